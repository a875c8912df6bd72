import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { SessionViewer } from '../modules/auth/repository.js';
import { PrefectureRecord, BlockRecord, BureauRecord, DomainRecord, LanguageRecord, StatusRecord } from '../modules/reference/catalog.js';
import { PartnerParent, ReferralRow } from '../modules/directory/partner-projection.js';
import { PartnerRow, NeighbourhoodRow, NeighbourDomainRow } from '../modules/directory/repository.js';
import { CoordinatorRow } from '../modules/graduates/repository.js';
import { CertificationRow, CertificateParent } from '../modules/certificates/repository.js';
import { PeerRequestRow } from '../modules/graduates/peers/repository.js';
import { HandoffRow, HandoffMessageRow } from '../modules/graduates/handoffs/repository.js';
import { AccountRow } from '../modules/admin/repository.js';
import { NoticeRow } from '../modules/bulletin/model.js';
import { NoticeStatsResult, PrefectureStatsRow } from '../modules/bulletin/stats.js';
import { AudienceMemberRow } from '../modules/bulletin/repository.js';
import { QaThreadRow, QaReplyRow, QaAuthorRow } from '../modules/qa/model.js';
import { NotificationRow } from '../modules/notifications/repository.js';
import { SearchResultConnectionRow, SearchResultRow, SearchNeedRow, UnderstoodTermRow } from '../modules/search/results.js';
import { SearchReasonRow } from '../modules/search/reasons.js';
import { SearchTermRow } from '../modules/search/search-terms.js';
import { IntroductionRow, MissingPartnerReportRow } from '../modules/search/repository.js';
import { DashboardView, GapPrefectureCountRow, GapCellRow, GapNeedRow, GapPrefectureDetailRow, NearbyPartnerRow, AddressalRow } from '../modules/gaps/model.js';
import { SurveyRow } from '../modules/surveys/model.js';
import { QuestionDef } from '../modules/surveys/questions.js';
import { SurveyResultsView, QuestionResult, GroupRate } from '../modules/surveys/results.js';
import { TextAnswerRow } from '../modules/surveys/results-repository.js';
import { SubmitOutcome } from '../modules/surveys/responses.js';
import { ActivityReportRow } from '../modules/activity/repository.js';
import { WorkshopRow, RegistrationRow, ParticipantRow, GroupRow, PersonRow } from '../modules/workshops/model.js';
import { MaterialRow, MaterialSummaryRow, MaterialAccessRow } from '../modules/knowledge/material-model.js';
import { InsightRow } from '../modules/knowledge/insight-repository.js';
import { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO-8601 date-time with offset, e.g. 2026-04-01T09:00:00+09:00. */
  DateTime: { input: string; output: string; }
};

/** A portal account as seen by ISA administrators. */
export type Account = {
  __typename?: 'Account';
  /** False after ISA deactivated the account (sign-in refused, hidden from directories). */
  active: Scalars['Boolean']['output'];
  /** Number of active sessions. */
  activeSessions: Scalars['Int']['output'];
  /** True when the account acts as a Coordinator (a graduate); such accounts keep the COORDINATOR role. */
  coordinator: Scalars['Boolean']['output'];
  /** When the account was deactivated, if it is. */
  deactivatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Name shown in the portal. */
  displayName: Scalars['String']['output'];
  /** Sign-in e-mail. */
  email: Scalars['String']['output'];
  /** Failed sign-ins since the last success. */
  failedSignIns: Scalars['Int']['output'];
  /** Account id. */
  id: Scalars['ID']['output'];
  /** Locked until this time after repeated failures, if locked. */
  lockedUntil: Maybe<Scalars['DateTime']['output']>;
  /** False for a new staff account whose set-password link has not been used yet. */
  passwordSet: Scalars['Boolean']['output'];
  /** The account's prefecture (HOME_PREFECTURE), e.g. a local government's. */
  prefecture: Maybe<Prefecture>;
  /** Role. */
  role: Role;
};

/** A page of accounts. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** The accounts of this page. */
  edges: Array<AccountEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** An edge in an account connection. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The account. */
  node: Account;
};

/** Result of an account change. */
export type AccountPayload = {
  __typename?: 'AccountPayload';
  /** The account after the change. */
  account: Account;
};

/** Why a password link or a sign-in step was refused (in `extensions.reason` of a BAD_USER_INPUT or FORBIDDEN error). */
export type AccountRefusal =
  /** The account has been deactivated by ISA. */
  | 'ACCOUNT_DEACTIVATED'
  /** The second step came too late or after too many wrong codes: sign in again (UNAUTHENTICATED). */
  | 'CHALLENGE_EXPIRED'
  /** The change would leave no active ISA_ADMIN. */
  | 'LAST_ADMIN'
  /** The role requires two-step sign-in and it is not set up yet (FORBIDDEN). */
  | 'SECOND_FACTOR_REQUIRED'
  /** The second-step code is wrong or was used already (UNAUTHENTICATED). */
  | 'SECOND_FACTOR_WRONG'
  /** The link is older than its lifetime. */
  | 'TOKEN_EXPIRED'
  /** The link's token is unknown. */
  | 'TOKEN_INVALID'
  /** The link has already been used. */
  | 'TOKEN_USED';

/** Trend lines of one bureau region. */
export type ActivityBureauTrend = {
  __typename?: 'ActivityBureauTrend';
  /** The regional bureau. */
  bureau: Bureau;
  /** Consultations per period. */
  consultations: Array<ActivityTrendPoint>;
  /** Referrals made per period. */
  referrals: Array<ActivityTrendPoint>;
  /** Referrals outside the region per period. */
  referralsOutsideRegion: Array<ActivityTrendPoint>;
};

/** Consultations handled in one support domain during a report period. */
export type ActivityDomainCount = {
  __typename?: 'ActivityDomainCount';
  /** Number of consultations. */
  count: Scalars['Int']['output'];
  /** The top-level support domain. */
  domain: SupportDomain;
};

/** Consultations in one domain, as filed. */
export type ActivityDomainCountInput = {
  /** Number of consultations (0–10,000). */
  count: Scalars['Int']['input'];
  /** Top-level support domain code. */
  domainCode: Scalars['String']['input'];
};

/** A trend line of consultations in one support domain. */
export type ActivityDomainTrend = {
  __typename?: 'ActivityDomainTrend';
  /** The domain. */
  domain: SupportDomain;
  /** One point per period (zero when nobody reported). */
  points: Array<ActivityTrendPoint>;
};

/** A graduate's monthly activity report. */
export type ActivityReport = {
  __typename?: 'ActivityReport';
  /** Consultations by top-level support domain (domains with zero are left out). */
  consultations: Array<ActivityDomainCount>;
  /** All consultations of the period. */
  consultationsTotal: Scalars['Int']['output'];
  /** True while the period is still open for changes (until the grace days after the month). */
  editable: Scalars['Boolean']['output'];
  /** Report id. */
  id: Scalars['ID']['output'];
  /** The month reported on (YYYY-MM, JST). */
  period: Scalars['String']['output'];
  /** Referrals made to partners. */
  referralsMade: Scalars['Int']['output'];
  /** Of those, referrals to partners outside one's own bureau region. */
  referralsOutsideRegion: Scalars['Int']['output'];
  /** When it was first filed. */
  submittedAt: Scalars['DateTime']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of reports. */
export type ActivityReportConnection = {
  __typename?: 'ActivityReportConnection';
  /** The rows. */
  edges: Array<ActivityReportEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** An edge of the report history. */
export type ActivityReportEdge = {
  __typename?: 'ActivityReportEdge';
  /** Cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: ActivityReport;
};

/** The recurring report template: what a monthly report asks. */
export type ActivityReportTemplate = {
  __typename?: 'ActivityReportTemplate';
  /** Top-level support domains counted. */
  domains: Array<SupportDomain>;
  /** Days after the end of a month during which its report can still be filed or changed. */
  graceDays: Scalars['Int']['output'];
  /** Periods the viewer can file now (the current month, and the previous one during the grace days). */
  openPeriods: Array<Scalars['String']['output']>;
  /** Recurrence (always MONTHLY). */
  recurrence: Scalars['String']['output'];
};

/** One point of a trend line. */
export type ActivityTrendPoint = {
  __typename?: 'ActivityTrendPoint';
  /** The month (YYYY-MM). */
  period: Scalars['String']['output'];
  /** The total of that month. */
  value: Scalars['Int']['output'];
};

/** Activity trends for ISA. */
export type ActivityTrends = {
  __typename?: 'ActivityTrends';
  /** Consultations and referrals by bureau region over time. */
  byBureau: Array<ActivityBureauTrend>;
  /** Consultations by domain over time. */
  byDomain: Array<ActivityDomainTrend>;
  /** The periods covered, oldest first. */
  periods: Array<Scalars['String']['output']>;
  /** Reports filed per period. */
  reportCounts: Array<ActivityTrendPoint>;
};

/** Input of addSearchTerm. */
export type AddSearchTermInput = {
  /** DOMAIN: 1–3 domain codes; otherwise exactly one language, status or prefecture code. */
  codes: Array<Scalars['ID']['input']>;
  /** What it is read as. */
  kind: UnderstoodTermKind;
  /** The term, 1–40 characters. */
  term: Scalars['String']['input'];
};

/** Result of addSearchTerm. */
export type AddSearchTermPayload = {
  __typename?: 'AddSearchTermPayload';
  /** The stored term. */
  searchTerm: SearchTerm;
};

/** One detail the anonymization check found. */
export type AnonymizationFlag = {
  __typename?: 'AnonymizationFlag';
  /** The input field it is in. */
  field: Scalars['String']['output'];
  /** What it looks like. */
  kind: AnonymizationFlagKind;
  /** The text that matched. */
  match: Scalars['String']['output'];
  /** True when the author may confirm it as a false positive. */
  soft: Scalars['Boolean']['output'];
};

/** A soft flag the author confirms is not an identifier. */
export type AnonymizationFlagInput = {
  /** The input field. */
  field: Scalars['String']['input'];
  /** The kind (only PERSONAL_NAME and RARE_COMBINATION can be confirmed). */
  kind: AnonymizationFlagKind;
  /** The matched text, as the API reported it. */
  match: Scalars['String']['input'];
};

/** A kind of detail that may identify a resident. */
export type AnonymizationFlagKind =
  /** A full date, e.g. of birth or of an event (cannot be confirmed away). */
  | 'BIRTH_DATE'
  /** An e-mail address (cannot be confirmed away). */
  | 'EMAIL_ADDRESS'
  /** A personal name with an honorific (〇〇さん, Mr. Xxx); may be confirmed as a false positive. */
  | 'PERSONAL_NAME'
  /** A phone number (cannot be confirmed away). */
  | 'PHONE_NUMBER'
  /** A town or village together with a rare nationality; may be confirmed as a false positive. */
  | 'RARE_COMBINATION'
  /** A residence card number (cannot be confirmed away). */
  | 'RESIDENCE_CARD_NUMBER';

/** One administrative action, as recorded (append-only). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** UPPER_SNAKE action code, e.g. ACCOUNT_CREATED. */
  action: Scalars['String']['output'];
  /** Account that acted (null for system actions). */
  actorId: Maybe<Scalars['ID']['output']>;
  /** The actor's name at reading time, when the account still exists. */
  actorName: Maybe<Scalars['String']['output']>;
  /** The actor's role when acting. */
  actorRole: Maybe<Role>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Small non-personal parameters, as a JSON object text. */
  details: Scalars['String']['output'];
  /** Entry id. */
  id: Scalars['ID']['output'];
  /** Id of the thing acted on. */
  targetId: Maybe<Scalars['ID']['output']>;
  /** Kind of thing acted on, e.g. Account. */
  targetKind: Scalars['String']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page. */
  edges: Array<AuditEntryEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** An edge in an audit connection. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Filters of the audit log; all optional and combined with AND. */
export type AuditFilter = {
  /** Only this action code. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only this actor. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** From this time (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this target. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this kind of target. */
  targetKind?: InputMaybe<Scalars['String']['input']>;
  /** Before this time (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The signed Open Badges 3.0 credential of one certificate. */
export type Badge = {
  __typename?: 'Badge';
  /** The certificate. */
  certificate: Certificate;
  /** The credential's JSON (what the JWT signs). */
  credentialJson: Scalars['String']['output'];
  /** Holder name on the badge. */
  holderName: Scalars['String']['output'];
  /** The credential as a VC-JWT (EdDSA / Ed25519), the verifiable form. */
  jwt: Scalars['String']['output'];
  /** Public page showing the badge's status. */
  verifyUrl: Scalars['String']['output'];
};

/** The result of checking a presented badge. */
export type BadgeCheck = {
  __typename?: 'BadgeCheck';
  /** Why not, when it does not. */
  problem: Maybe<BadgeProblem>;
  /** True when the signature verifies with one of the deployment's keys. */
  signatureValid: Scalars['Boolean']['output'];
  /** The certificate's state, when the signature verifies. */
  verification: Maybe<CertificateVerification>;
};

/** Why a presented badge did not verify. */
export type BadgeProblem =
  /** The signature does not match (the badge was altered). */
  | 'BAD_SIGNATURE'
  /** Not a VC-JWT of this deployment. */
  | 'MALFORMED'
  /** The signature is ours but the certificate is no longer on record. */
  | 'UNKNOWN_CERTIFICATE'
  /** Signed with a key this deployment never had. */
  | 'UNKNOWN_KEY';

/** A public key that verifies badges (JWK, Ed25519). */
export type BadgePublicKey = {
  __typename?: 'BadgePublicKey';
  /** Always Ed25519. */
  crv: Scalars['String']['output'];
  /** True for the key that signs new badges. */
  current: Scalars['Boolean']['output'];
  /** Key id (the JWT header's kid). */
  kid: Scalars['ID']['output'];
  /** Always OKP. */
  kty: Scalars['String']['output'];
  /** The public key, base64url. */
  x: Scalars['String']['output'];
};

/** An immigration services office: a Regional Bureau, a District Office or a Branch Office. */
export type Bureau = {
  __typename?: 'Bureau';
  /** Office code, e.g. TKY or YKH. */
  code: Scalars['ID']['output'];
  /** True when an Immigration Information Center is set up at this office. */
  hasInformationCenter: Scalars['Boolean']['output'];
  /** Kind of office. */
  kind: BureauKind;
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** Japanese name. */
  nameJa: Scalars['String']['output'];
};

/** Kinds of immigration services offices. */
export type BureauKind =
  /** A Branch Office. */
  | 'BRANCH_OFFICE'
  /** A District Immigration Services Office. */
  | 'DISTRICT_OFFICE'
  /** One of the eight Regional Immigration Services Bureaus. */
  | 'REGIONAL_BUREAU';

/** Input of cancelWorkshopRegistration. */
export type CancelWorkshopRegistrationInput = {
  /** Workshop id. */
  workshopId: Scalars['ID']['input'];
};

/** A case material with its body; reading it is logged. */
export type CaseMaterial = {
  __typename?: 'CaseMaterial';
  /** Who submitted it. */
  author: WorkshopPerson;
  /** Background of the case. */
  background: Scalars['String']['output'];
  /** Soft flags the author confirmed as false positives, for the reviewer to check. */
  confirmedFlags: Array<AnonymizationFlag>;
  /** Material id. */
  id: Scalars['ID']['output'];
  /** Lessons. */
  lessons: Scalars['String']['output'];
  /** True when the viewer wrote it. */
  mine: Scalars['Boolean']['output'];
  /** How it ended. */
  outcome: Scalars['String']['output'];
  /** The problem. */
  problem: Scalars['String']['output'];
  /** What was done. */
  response: Scalars['String']['output'];
  /** The facilitator's comment when returned (or approved with a note). */
  reviewComment: Maybe<Scalars['String']['output']>;
  /** When a facilitator last decided. */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who approves or returns the workshop's materials. */
  reviewers: MaterialReviewers;
  /** Review state. */
  status: CaseMaterialStatus;
  /** When it was (last) submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** True when the viewer may approve or return it (a facilitator of the workshop; an organizer when it has none). */
  viewerCanReview: Scalars['Boolean']['output'];
  /** The workshop it belongs to. */
  workshopId: Scalars['ID']['output'];
  /** Title of that workshop. */
  workshopTitle: Scalars['String']['output'];
};

/** Result of a change to, or the opening of, a case material. */
export type CaseMaterialPayload = {
  __typename?: 'CaseMaterialPayload';
  /** The material. */
  material: CaseMaterial;
};

/** Where a case material stands. */
export type CaseMaterialStatus =
  /** Approved: shared with the workshop's participants. */
  | 'APPROVED'
  /** Returned to the author with a comment. */
  | 'RETURNED'
  /** Waiting for a facilitator. */
  | 'SUBMITTED';

/** A case material as listed on its workshop (no body). */
export type CaseMaterialSummary = {
  __typename?: 'CaseMaterialSummary';
  /** Who submitted it. */
  author: WorkshopPerson;
  /** Material id. */
  id: Scalars['ID']['output'];
  /** True when the viewer wrote it. */
  mine: Scalars['Boolean']['output'];
  /** Review state. */
  status: CaseMaterialStatus;
  /** When it was (last) submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** A page of case materials. */
export type CaseMaterialSummaryConnection = {
  __typename?: 'CaseMaterialSummaryConnection';
  /** The materials of this page. */
  edges: Array<CaseMaterialSummaryEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** An edge of a material list. */
export type CaseMaterialSummaryEdge = {
  __typename?: 'CaseMaterialSummaryEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The material. */
  node: CaseMaterialSummary;
};

/** One issued certificate; renewals append to the history and never overwrite it. */
export type Certificate = {
  __typename?: 'Certificate';
  /** True for the certificate the coordinator's status is derived from. */
  current: Scalars['Boolean']['output'];
  /** Last day in force, YYYY-MM-DD; null for the expert title. */
  expiresOn: Maybe<Scalars['String']['output']>;
  /** Certificate id (also the badge's verification id). */
  id: Scalars['ID']['output'];
  /** Issue date, YYYY-MM-DD (JST). */
  issuedOn: Scalars['String']['output'];
  /** Who issued it. */
  issuer: Scalars['String']['output'];
  /** What it certifies. */
  kind: CertificateKind;
  /** The coordinator's certificate (registration) number. */
  number: Scalars['String']['output'];
  /** Why ISA revoked it. */
  revocationReason: Maybe<Scalars['String']['output']>;
  /** When ISA revoked it. */
  revokedAt: Maybe<Scalars['String']['output']>;
  /** 1 for the first certificate, then 2, 3 … in order of issue. */
  sequence: Scalars['Int']['output'];
  /** State today. */
  state: CertificateState;
  /** First day in force, YYYY-MM-DD. */
  validFrom: Scalars['String']['output'];
};

/** What a certificate certifies. */
export type CertificateKind =
  /** The expert title (three years of practice and the trainer training); no expiry. */
  | 'EXPERT'
  /** Issued on completing the training program. */
  | 'PROGRAM'
  /** Issued on completing a renewal training in the final year (or after expiry). */
  | 'RENEWAL';

/** Filters of the certificate list. */
export type CertificateListFilter = {
  /** Current certificate expires in this month, YYYY-MM. */
  expiresInMonth?: InputMaybe<Scalars['String']['input']>;
  /** Status of the current certificate. */
  status?: InputMaybe<CertificateStatus>;
};

/** A certificate's state on today's date in Japan. */
export type CertificateState =
  /** Past its expiry date. */
  | 'EXPIRED'
  /** A renewal that starts after the current certificate ends. */
  | 'NOT_YET_VALID'
  /** Revoked by ISA. */
  | 'REVOKED'
  /** In force. */
  | 'VALID';

/** State of a coordinator's certificate (valid for three years from issue). */
export type CertificateStatus =
  /** Past its expiry date. */
  | 'EXPIRED'
  /** Expires within 90 days. */
  | 'EXPIRING_SOON'
  /** Valid for more than 90 more days. */
  | 'VALID';

/** What the public verification page shows, and nothing else. */
export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  /** The holder's name as they chose to show it. */
  holderName: Scalars['String']['output'];
  /** What the certificate certifies. */
  kind: CertificateKind;
  /** State today. */
  state: CertificateState;
};

/** A coordinator's certificates, renewal and expert status (the coordinator themself and ISA_ADMIN). */
export type Certification = {
  __typename?: 'Certification';
  /** The name shown on badges and the public verification page (defaults to the directory name). */
  badgeName: Scalars['String']['output'];
  /** Coordinator id. */
  coordinatorId: Scalars['ID']['output'];
  /** The current certificate. */
  current: Maybe<Certificate>;
  /** Directory name. */
  displayName: Scalars['String']['output'];
  /** True while the coordinator holds the expert title. */
  expert: Scalars['Boolean']['output'];
  /** Expert criteria. */
  expertEligibility: ExpertEligibility;
  /** First day of the final year, YYYY-MM-DD. */
  finalYearStartsOn: Maybe<Scalars['String']['output']>;
  /** Every certificate issued, oldest first. */
  history: Array<Certificate>;
  /** True in the final year of the current certificate and after it expired. */
  renewalDue: Scalars['Boolean']['output'];
  /** Renewal trainings that have not started (registration needs renewalDue). */
  renewalTrainings: Array<RenewalTraining>;
};

/** A certification after a change. */
export type CertificationPayload = {
  __typename?: 'CertificationPayload';
  /** The coordinator's certification. */
  certification: Certification;
};

/** Change a staff account's role. */
export type ChangeAccountRoleInput = {
  /** Account id. */
  accountId: Scalars['ID']['input'];
  /** Prefecture code; required when the new role is LOCAL_GOV and the account has none. */
  prefectureCode?: InputMaybe<Scalars['String']['input']>;
  /** ISA_ADMIN, WORKSHOP_ORGANIZER or LOCAL_GOV. */
  role: Role;
};

/** Change the signed-in account's password. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: Scalars['String']['input'];
  /** The new password (at least 12 characters). */
  newPassword: Scalars['String']['input'];
};

/** Result of a password change. */
export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** How many other sessions were ended. */
  revokedSessions: Scalars['Int']['output'];
};

/** The second step of a sign-in. */
export type CompleteSignInInput = {
  /** The 6-digit code of the authenticator app, or one unused recovery code (xxxx-xxxx). */
  code: Scalars['String']['input'];
  /** secondFactorToken from signIn. */
  secondFactorToken: Scalars['String']['input'];
};

/** Input of confirmPartner. */
export type ConfirmPartnerInput = {
  /** The partner whose data is still accurate. */
  partnerId: Scalars['ID']['input'];
};

/** Result of confirmPartner. */
export type ConfirmPartnerPayload = {
  __typename?: 'ConfirmPartnerPayload';
  /** The partner, with lastConfirmedAt set to now. */
  partner: Partner;
};

/** A certified coordinator as listed in the graduate directory; personal fields are null where the viewer may not see them. */
export type Coordinator = {
  __typename?: 'Coordinator';
  /** Affiliation (per its visibility). */
  affiliation: Maybe<Scalars['String']['output']>;
  /** Short biography (per its visibility). */
  bio: Maybe<Scalars['String']['output']>;
  /** Certificate expiry date, YYYY-MM-DD (per the certificate visibility). */
  certificateExpiresOn: Maybe<Scalars['String']['output']>;
  /** Certificate issue date, YYYY-MM-DD (per the certificate visibility). */
  certificateIssuedOn: Maybe<Scalars['String']['output']>;
  /** Certificate number (per the certificate visibility). */
  certificateNumber: Maybe<Scalars['String']['output']>;
  /** Certificate state, computed from the expiry date (per the certificate visibility). */
  certificateStatus: Maybe<CertificateStatus>;
  /** Fiscal year of certification. */
  cohort: Scalars['Int']['output'];
  /** How to be contacted (per its visibility). */
  contactNote: Maybe<Scalars['String']['output']>;
  /** Name shown in the directory. */
  displayName: Scalars['String']['output'];
  /** Domains of expertise. */
  domains: Array<SupportDomain>;
  /** Contact e-mail (per its visibility; by default the same bureau region). */
  email: Maybe<Scalars['String']['output']>;
  /** True for a coordinator designated as expert by ISA. */
  expert: Scalars['Boolean']['output'];
  /** Coordinator id. */
  id: Scalars['ID']['output'];
  /** True when the viewer and this coordinator are peers. */
  isPeer: Scalars['Boolean']['output'];
  /** True when this is the viewer's own profile. */
  isViewer: Scalars['Boolean']['output'];
  /** Languages the coordinator works in. */
  languages: Array<Language>;
  /** Municipality of the workplace (per its visibility). */
  municipality: Maybe<Scalars['String']['output']>;
  /** Kana reading of the name (per its visibility). */
  nameKana: Maybe<Scalars['String']['output']>;
  /** Name in kanji (always visible to readers of the directory). */
  nameKanji: Maybe<Scalars['String']['output']>;
  /** Name in Latin letters (per its visibility). */
  nameLatin: Maybe<Scalars['String']['output']>;
  /** Prefecture of the coordinator's workplace. */
  prefecture: Prefecture;
  /** True for synthetic demo data. */
  synthetic: Scalars['Boolean']['output'];
  /** Field visibilities; only for the coordinator themself and ISA_ADMIN. */
  visibility: Maybe<ProfileVisibility>;
};

/** A page of coordinators. */
export type CoordinatorConnection = {
  __typename?: 'CoordinatorConnection';
  /** The coordinators of this page. */
  edges: Array<CoordinatorEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** An edge in a coordinator connection. */
export type CoordinatorEdge = {
  __typename?: 'CoordinatorEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The coordinator. */
  node: Coordinator;
};

/** Filters for the graduate directory; all given filters must hold. */
export type CoordinatorFilter = {
  /** Workplace under this regional bureau (code). */
  bureau?: InputMaybe<Scalars['ID']['input']>;
  /** Certified in this fiscal year. */
  cohort?: InputMaybe<Scalars['Int']['input']>;
  /** Expert in this support domain or a sub-domain of it. */
  domain?: InputMaybe<Scalars['ID']['input']>;
  /** Only (or never) designated experts. */
  expert?: InputMaybe<Scalars['Boolean']['input']>;
  /** Works in this language. */
  language?: InputMaybe<Scalars['ID']['input']>;
  /** Workplace in this prefecture (JIS code). */
  prefecture?: InputMaybe<Scalars['ID']['input']>;
};

/** How to order the graduate directory. */
export type CoordinatorSort =
  /** Newest cohort first, then by display name. */
  | 'COHORT'
  /** By display name, then id. */
  | 'NAME';

/** A new draft notice. */
export type CreateNoticeInput = {
  /** Its content. */
  content: NoticeContentInput;
};

/** A new answer. */
export type CreateQaReplyInput = {
  /** The answer (1–5,000 characters). */
  body: Scalars['String']['input'];
  /** The author confirms the post holds no detail that identifies a client (must be true). */
  confirmNoClientIdentifiers: Scalars['Boolean']['input'];
  /**
   * Words the check took for names of people that the author confirms are not (or may be shared); each must be
   * one the API reported (extensions.identifiers of kind PERSON_NAME).
   */
  confirmedNames?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Thread id. */
  threadId: Scalars['ID']['input'];
};

/** A new question. */
export type CreateQaThreadInput = {
  /** The question (1–5,000 characters). */
  body: Scalars['String']['input'];
  /** Bureau region the question is about (bureau code), if any. */
  bureau?: InputMaybe<Scalars['ID']['input']>;
  /** The author confirms the post holds no detail that identifies a client (must be true). */
  confirmNoClientIdentifiers: Scalars['Boolean']['input'];
  /**
   * Words the check took for names of people that the author confirms are not (or may be shared); each must be
   * one the API reported (extensions.identifiers of kind PERSON_NAME).
   */
  confirmedNames?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Support domain codes (1–3). */
  domains: Array<Scalars['ID']['input']>;
  /** Prefecture the question is about (JIS code), if any. */
  prefecture?: InputMaybe<Scalars['ID']['input']>;
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
};

/** A new staff account (created by ISA_ADMIN). */
export type CreateStaffAccountInput = {
  /** Name shown in the portal. */
  displayName: Scalars['String']['input'];
  /** Sign-in e-mail; the set-password link goes there. */
  email: Scalars['String']['input'];
  /** Portal language of the account and its e-mail: "ja" (default) or "en". */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** JIS prefecture code ("01"–"47"); required for LOCAL_GOV, optional otherwise. */
  prefectureCode?: InputMaybe<Scalars['String']['input']>;
  /** ISA_ADMIN, WORKSHOP_ORGANIZER or LOCAL_GOV. */
  role: Role;
};

/** Input of createSurvey. */
export type CreateSurveyInput = {
  /** The content. */
  content: SurveyContentInput;
};

/** Input of createWorkshop. */
export type CreateWorkshopInput = {
  /** The workshop. */
  content: WorkshopContentInput;
};

/** How far a partner is from the searcher's prefecture, nearest first. */
export type DistanceTier =
  /** A prefecture sharing a land border. */
  | 'BORDERING_PREFECTURE'
  /** Far away and only in person. */
  | 'FAR'
  /** Far away, but the partner serves the whole country or remotely. */
  | 'NATIONWIDE_OR_REMOTE'
  /** A prefecture of the same regional block. */
  | 'SAME_BLOCK'
  /** A prefecture under the same Regional Immigration Services Bureau. */
  | 'SAME_BUREAU_REGION'
  /** Same municipality (city, ward or town) in the same prefecture. */
  | 'SAME_MUNICIPALITY'
  /** Same prefecture. */
  | 'SAME_PREFECTURE';

/** Input of endorsePartner. */
export type EndorsePartnerInput = {
  /** Short note, 1 to 280 characters. */
  note: Scalars['String']['input'];
  /** The partner. */
  partnerId: Scalars['ID']['input'];
};

/** Result of endorsePartner. */
export type EndorsePartnerPayload = {
  __typename?: 'EndorsePartnerPayload';
  /** The viewer's endorsement. */
  endorsement: Endorsement;
  /** The partner, with its trust counts. */
  partner: Partner;
  /** True when this replaced an earlier endorsement by the same coordinator. */
  replaced: Scalars['Boolean']['output'];
};

/** A coordinator's short endorsement of a partner. */
export type Endorsement = {
  __typename?: 'Endorsement';
  /** The endorsing coordinator's display name; null for roles that may not see coordinators. */
  coordinatorName: Maybe<Scalars['String']['output']>;
  /** When it was written or last updated (ISO-8601 date or date-time). */
  date: Scalars['String']['output'];
  /** The note (at most 280 characters). */
  note: Scalars['String']['output'];
};

/** The closed set of error codes found in `errors[].extensions.code`. */
export type ErrorCode =
  /** The input is invalid; `extensions.field` names the field. */
  | 'BAD_USER_INPUT'
  /** The change conflicts with existing data (e.g. a duplicate). */
  | 'CONFLICT'
  /** Signed in, but this role may not do this. */
  | 'FORBIDDEN'
  /** Unexpected failure; details are logged, never returned. */
  | 'INTERNAL_SERVER_ERROR'
  /** No such object, or not visible to the viewer. */
  | 'NOT_FOUND'
  /** Too many failed attempts; retry later (`extensions.retryAfterSeconds`). */
  | 'TOO_MANY_ATTEMPTS'
  /** No valid session: sign in. */
  | 'UNAUTHENTICATED';

/** Granting or revoking the expert title. */
export type ExpertChangeInput = {
  /** The graduate. */
  coordinatorId: Scalars['ID']['input'];
  /** Why (1–500 characters; kept in the audit log). */
  reason: Scalars['String']['input'];
};

/** The criteria of the expert title. */
export type ExpertEligibility = {
  __typename?: 'ExpertEligibility';
  /** True with at least three years of practice and the trainer training. */
  eligible: Scalars['Boolean']['output'];
  /** Start of the first certificate, YYYY-MM-DD. */
  firstCertifiedOn: Maybe<Scalars['String']['output']>;
  /** When the trainer training was completed (recorded by ISA). */
  trainerTrainingCompletedOn: Maybe<Scalars['String']['output']>;
  /** Whole years since then. */
  yearsOfPractice: Scalars['Int']['output'];
};

/** Who may read one personal field of a coordinator's profile (ISA_ADMIN and the coordinator always may). */
export type FieldVisibility =
  /** Every graduate (any coordinator) and workshop organizers. */
  | 'ALL_GRADUATES'
  /** Only ISA administrators (and the coordinator). */
  | 'ISA_ONLY'
  /** Coordinators whose workplace is under the same regional immigration bureau. */
  | 'SAME_BUREAU_REGION';

/** Input of fileActivityReport. */
export type FileActivityReportInput = {
  /** Consultations by domain. */
  consultations: Array<ActivityDomainCountInput>;
  /** The month (YYYY-MM) — the current one, or the previous one during the grace days. */
  period: Scalars['String']['input'];
  /** Referrals made (0–10,000). */
  referralsMade: Scalars['Int']['input'];
  /** Referrals outside one's bureau region (at most referralsMade). */
  referralsOutsideRegion: Scalars['Int']['input'];
};

/** Result of fileActivityReport. */
export type FileActivityReportPayload = {
  __typename?: 'FileActivityReportPayload';
  /** The report as stored. */
  report: ActivityReport;
};

/** A gap marked as addressed. */
export type GapAddressal = {
  __typename?: 'GapAddressal';
  /** When it was marked. */
  at: Scalars['DateTime']['output'];
  /** The support domain. */
  domain: SupportDomain;
  /** Id. */
  id: Scalars['ID']['output'];
  /** The language, when only that language's gap was addressed. */
  language: Maybe<Language>;
  /** Reporters who were told. */
  notified: Scalars['Int']['output'];
  /** The partner that now covers the need. */
  partner: GapNearbyPartner;
  /** The prefecture. */
  prefecture: Prefecture;
  /** Signals that were open and are now addressed. */
  signals: Scalars['Int']['output'];
};

/** Unmet need in one prefecture for one support domain. */
export type GapCell = {
  __typename?: 'GapCell';
  /** Signals of unmet need. */
  count: GapCount;
  /** The support domain (as reported; the portal groups it under its parent). */
  domain: SupportDomain;
  /** The prefecture. */
  prefecture: Prefecture;
};

/** A count as the viewer may see it: exact for ISA, otherwise a band of five ("<5" is lower 1, upper 4). */
export type GapCount = {
  __typename?: 'GapCount';
  /** The exact count (ISA_ADMIN only; null for other roles). */
  exact: Maybe<Scalars['Int']['output']>;
  /** Lowest value the count can have (0 means none). */
  lower: Scalars['Int']['output'];
  /** Highest value the count can have. */
  upper: Scalars['Int']['output'];
};

/** Result of exportGapsCsv. */
export type GapCsvPayload = {
  __typename?: 'GapCsvPayload';
  /** UTF-8 CSV with a BOM, Japanese headers and names. */
  csv: Scalars['String']['output'];
  /** Suggested file name. */
  filename: Scalars['String']['output'];
};

/** The gap dashboard within the viewer's scope. */
export type GapDashboard = {
  __typename?: 'GapDashboard';
  /** Prefecture × domain table within the scope, largest first; cells without signals are left out. */
  cells: Array<GapCell>;
  /** Counts are exact (ISA_ADMIN) rather than bands of five. */
  exact: Scalars['Boolean']['output'];
  /** The months counted, "YYYY-MM". */
  from: Scalars['String']['output'];
  /** Monthly trend within the scope, oldest first. */
  months: Array<GapMonth>;
  /** Total in the whole country. */
  nationalTotal: GapCount;
  /** Map data: every prefecture for ISA, the viewer's own otherwise. */
  prefectures: Array<GapPrefectureCount>;
  /** The viewer's prefecture when the view is limited to it (LOCAL_GOV, COORDINATOR); null for ISA (the country). */
  scopePrefecture: Maybe<Prefecture>;
  /** Last month counted. */
  to: Scalars['String']['output'];
  /** Total in the viewer's scope. */
  total: GapCount;
};

/** Filters of the gap dashboard. */
export type GapFilterInput = {
  /** Support domain codes; a parent domain includes its subdomains. */
  domains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** First month, "YYYY-MM" (JST); default 11 months before the running month. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Language code. */
  language?: InputMaybe<Scalars['ID']['input']>;
  /** Sources to count (all three when empty). */
  sources?: InputMaybe<Array<GapSource>>;
  /** OPEN (default) or ADDRESSED. */
  status?: InputMaybe<GapStatus>;
  /** Last month, "YYYY-MM" (JST); default the running month. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Unmet need in one month. */
export type GapMonth = {
  __typename?: 'GapMonth';
  /** Signals of unmet need. */
  count: GapCount;
  /** The month, "YYYY-MM" (JST). */
  month: Scalars['String']['output'];
  /** The running month, still being counted. */
  partial: Scalars['Boolean']['output'];
};

/** A partner that exists near a prefecture for an unmet need. */
export type GapNearbyPartner = {
  __typename?: 'GapNearbyPartner';
  /** Partner id. */
  id: Scalars['ID']['output'];
  /** Partner name. */
  name: Scalars['String']['output'];
  /** The partner offers the need's language. */
  offersLanguage: Scalars['Boolean']['output'];
  /** Where the partner is. */
  prefecture: Maybe<Prefecture>;
};

/** One unmet need (domain and language) in a prefecture. */
export type GapNeed = {
  __typename?: 'GapNeed';
  /** Signals of unmet need. */
  count: GapCount;
  /** The support domain. */
  domain: SupportDomain;
  /** The language needed, if any. */
  language: Maybe<Language>;
  /** Partners serving the domain in the prefecture or a bordering one (at most 5). */
  nearbyPartners: Array<GapNearbyPartner>;
};

/** Unmet need in one prefecture. */
export type GapPrefectureCount = {
  __typename?: 'GapPrefectureCount';
  /** Signals of unmet need. */
  count: GapCount;
  /** The prefecture. */
  prefecture: Prefecture;
};

/** One prefecture's unmet needs. */
export type GapPrefectureDetail = {
  __typename?: 'GapPrefectureDetail';
  /** Gaps marked addressed here, newest first (at most 20). */
  addressed: Array<GapAddressal>;
  /** Top unmet needs (domain × language), largest first, at most 10. */
  needs: Array<GapNeed>;
  /** The prefecture. */
  prefecture: Prefecture;
  /** Total in the prefecture. */
  total: GapCount;
};

/** Where an unmet need was seen. */
export type GapSource =
  /** A referral ended NO_CAPACITY, NOT_ELIGIBLE or COULD_NOT_CONTACT. */
  | 'REFERRAL'
  /** A coordinator reported that a kind of partner is missing. */
  | 'REPORT'
  /** A search found nothing nearby meeting the need (logged without user or text). */
  | 'SEARCH';

/** Whether gaps are still open or were marked addressed. */
export type GapStatus =
  /** Marked addressed with a partner that now covers the need. */
  | 'ADDRESSED'
  /** Not yet addressed (what the map shows). */
  | 'OPEN';

/** A case passed from one coordinator to a peer; only the two parties can read it. */
export type Handoff = {
  __typename?: 'Handoff';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Support domain of the case, if given. */
  domain: Maybe<SupportDomain>;
  /** The coordinator who passed the case. */
  from: Coordinator;
  /** Hand-off id. */
  id: Scalars['ID']['output'];
  /** Language of the case, if given. */
  language: Maybe<Language>;
  /** The thread, oldest first (at most 200 messages). */
  messages: Array<HandoffMessage>;
  /** Outcome recorded by the receiver (a referral outcome code). */
  outcome: Maybe<Scalars['String']['output']>;
  /** State. */
  status: HandoffStatus;
  /** Case summary without identifying details. */
  summary: Scalars['String']['output'];
  /** The coordinator who received it. */
  to: Coordinator;
};

/** A page of hand-offs. */
export type HandoffConnection = {
  __typename?: 'HandoffConnection';
  /** The hand-offs of this page. */
  edges: Array<HandoffEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** An edge in a hand-off connection. */
export type HandoffEdge = {
  __typename?: 'HandoffEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The hand-off. */
  node: Handoff;
};

/** A message in a hand-off thread. */
export type HandoffMessage = {
  __typename?: 'HandoffMessage';
  /** Who wrote it. */
  author: Coordinator;
  /** Text (no identifying details). */
  body: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Message id. */
  id: Scalars['ID']['output'];
};

/** The hand-off after a change. */
export type HandoffPayload = {
  __typename?: 'HandoffPayload';
  /** The hand-off. */
  handoff: Handoff;
};

/** State of a hand-off. */
export type HandoffStatus =
  /** Accepted; an outcome may follow. */
  | 'ACCEPTED'
  /** Outcome recorded. */
  | 'CLOSED'
  /** Declined. */
  | 'DECLINED'
  /** Waiting for the receiving coordinator. */
  | 'PENDING';

/** State of the API and its dependencies. */
export type Health = {
  __typename?: 'Health';
  /** Neo4j server version, when reachable. */
  neo4jVersion: Maybe<Scalars['String']['output']>;
  /** True when the API can run a query on Neo4j. */
  ok: Scalars['Boolean']['output'];
};

/** What an HSDS 3.0 export of the partner directory would hold, and where to download it. */
export type HsdsExportInfo = {
  __typename?: 'HsdsExportInfo';
  /** API path of the download (GET with the session token as Bearer); add `?includeSynthetic=true` for demo data. */
  downloadPath: Scalars['String']['output'];
  /** All partners in the directory. */
  partnerCount: Scalars['Int']['output'];
  /** Partners whose address is sensitive: exported without address or coordinates. */
  sensitiveCount: Scalars['Int']['output'];
  /** Synthetic (demo) partners, left out unless asked for. */
  syntheticCount: Scalars['Int']['output'];
};

/** The report of an import (one document, so a plain bounded list rather than a connection). */
export type HsdsImportReport = {
  __typename?: 'HsdsImportReport';
  /** True when nothing was written. */
  dryRun: Scalars['Boolean']['output'];
  /** The partners created or updated (or that would be, in a dry run). */
  partners: Array<HsdsImportedPartner>;
  /** The fields not stored (the first 1,000). */
  unmapped: Array<HsdsUnmappedField>;
  /** Number of fields not stored. */
  unmappedCount: Scalars['Int']['output'];
};

/** One partner created or updated by an import. */
export type HsdsImportedPartner = {
  __typename?: 'HsdsImportedPartner';
  /** True when the partner did not exist before. */
  created: Scalars['Boolean']['output'];
  /** The HSDS id it came with. */
  hsdsId: Maybe<Scalars['ID']['output']>;
  /** Partner name. */
  name: Scalars['String']['output'];
  /** Tsunagu partner id (from the JP-TSUNAGU organization identifier, else `hsds-<organization id>`). */
  partnerId: Scalars['ID']['output'];
  /** JSON pointer of the object it came from. */
  sourcePath: Scalars['String']['output'];
};

/** A field of the imported document that was not stored, with the reason. */
export type HsdsUnmappedField = {
  __typename?: 'HsdsUnmappedField';
  /** JSON pointer into the uploaded document. */
  path: Scalars['String']['output'];
  /** Why it was not stored. */
  reason: Scalars['String']['output'];
};

/** A graduate CSV file, UTF-8 (with or without BOM) or CP932/Shift_JIS. */
export type ImportGraduatesInput = {
  /** True: check and report only; false: write everything in one transaction, or nothing if any row has an error. */
  dryRun: Scalars['Boolean']['input'];
  /** The file's bytes, base64-encoded (at most about 5 MB decoded). */
  fileBase64: Scalars['String']['input'];
};

/** The result of a dry run or a commit. */
export type ImportGraduatesPayload = {
  __typename?: 'ImportGraduatesPayload';
  /** Canonical names of the recognised columns, in file order. */
  columns: Array<Scalars['String']['output']>;
  /** True when the rows were written. */
  committed: Scalars['Boolean']['output'];
  /** Detected encoding: UTF-8, UTF-8-BOM or CP932. */
  encoding: Scalars['String']['output'];
  /** Every row error (at most 1,000). */
  errors: Array<ImportRowError>;
  /** Invitation codes for the created coordinators (commit only). */
  invitations: Array<InvitationCode>;
  /** The first 200 rows' planned outcome. */
  preview: Array<ImportRowPreview>;
  /** Counts. */
  summary: ImportSummary;
  /** Headers that were not recognised (ignored). */
  unknownColumns: Array<Scalars['String']['output']>;
};

/** Input of importHsds. */
export type ImportHsdsInput = {
  /** The HSDS 3.0 JSON text: an organization, service, location or service-at-location object, an array of them, or an HSDS API page. */
  document: Scalars['String']['input'];
  /** Check and report without writing anything. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of importHsds. */
export type ImportHsdsPayload = {
  __typename?: 'ImportHsdsPayload';
  /** What was imported and what was not. */
  report: HsdsImportReport;
};

/** What an import row does (or would do in a dry run). */
export type ImportRowAction =
  /** A new coordinator (with an invitation code). */
  | 'CREATE'
  /** The row has errors; a commit writes nothing while any row has one. */
  | 'ERROR'
  /** An existing coordinator whose fields are the same. */
  | 'UNCHANGED'
  /** An existing coordinator (same certificate number) with changed fields. */
  | 'UPDATE';

/** One problem in one row. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** The column (canonical name, e.g. certificate_number), or null for the whole row. */
  column: Maybe<Scalars['String']['output']>;
  /** Line number in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  /** What is wrong. */
  message: Scalars['String']['output'];
};

/** The planned outcome of one row. */
export type ImportRowPreview = {
  __typename?: 'ImportRowPreview';
  /** What the row does. */
  action: ImportRowAction;
  /** Certificate number of the row. */
  certificateNumber: Maybe<Scalars['String']['output']>;
  /** Changed fields for an update. */
  changedFields: Array<Scalars['String']['output']>;
  /** Line number in the file. */
  line: Scalars['Int']['output'];
  /** Name of the row. */
  name: Maybe<Scalars['String']['output']>;
};

/** Counts of what an import does. */
export type ImportSummary = {
  __typename?: 'ImportSummary';
  /** New coordinators. */
  created: Scalars['Int']['output'];
  /** Rows with errors. */
  errors: Scalars['Int']['output'];
  /** Data rows read. */
  rows: Scalars['Int']['output'];
  /** Rows without changes. */
  unchanged: Scalars['Int']['output'];
  /** Updated coordinators. */
  updated: Scalars['Int']['output'];
};

/** A chain of peers through which the searcher can be introduced to a partner. */
export type Introduction = {
  __typename?: 'Introduction';
  /** Display names from your first peer to the graduate who referred residents to the partner (1–3 names). */
  chain: Array<Scalars['String']['output']>;
  /** Number of PEER_OF links in the chain. */
  hops: Scalars['Int']['output'];
};

/** A one-time invitation code for a newly imported graduate; shown only in this result. */
export type InvitationCode = {
  __typename?: 'InvitationCode';
  /** Certificate number of the coordinator. */
  certificateNumber: Scalars['String']['output'];
  /** The code (stored only as a hash). */
  code: Scalars['String']['output'];
  /** The new coordinator. */
  coordinatorId: Scalars['ID']['output'];
  /** When the code stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Name of the coordinator. */
  name: Scalars['String']['output'];
};

/** An anonymized lesson from a workshop, readable by every graduate. */
export type KnowledgeInsight = {
  __typename?: 'KnowledgeInsight';
  /** The bureau region it applies to, if limited to one. */
  bureau: Maybe<Bureau>;
  /** Support domains it is about. */
  domains: Array<SupportDomain>;
  /** Insight id. */
  id: Scalars['ID']['output'];
  /** The lesson (plain text). */
  lesson: Scalars['String']['output'];
  /** When. */
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it. */
  publishedBy: WorkshopPerson;
  /** Title. */
  title: Scalars['String']['output'];
  /** Id of the workshop it came from. */
  workshopId: Maybe<Scalars['ID']['output']>;
  /** Title of that workshop. */
  workshopTitle: Maybe<Scalars['String']['output']>;
};

/** A page of the knowledge base, newest first. */
export type KnowledgeInsightConnection = {
  __typename?: 'KnowledgeInsightConnection';
  /** The insights of this page. */
  edges: Array<KnowledgeInsightEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** An edge of the knowledge base. */
export type KnowledgeInsightEdge = {
  __typename?: 'KnowledgeInsightEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The insight. */
  node: KnowledgeInsight;
};

/** Filter of the knowledge base. */
export type KnowledgeInsightFilter = {
  /** Bureau code of the region scope. */
  bureau?: InputMaybe<Scalars['String']['input']>;
  /** Support domain code. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Words to find in title or lesson (Japanese or English). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Result of publishing an insight. */
export type KnowledgeInsightPayload = {
  __typename?: 'KnowledgeInsightPayload';
  /** The insight. */
  insight: KnowledgeInsight;
};

/** A language in which support is offered. */
export type Language = {
  __typename?: 'Language';
  /** Language code (BCP 47 style), e.g. vi, zh-Hans, ja-plain. */
  code: Scalars['ID']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** Japanese name. */
  nameJa: Scalars['String']['output'];
  /** True for the multilingual-service priority languages. */
  priority: Scalars['Boolean']['output'];
};

/** Create, rotate or revoke the viewer's personal notice feed token. */
export type ManageNoticeFeedTokenInput = {
  /** True to revoke the token (the feed URL stops working); false to create a new one (the old one stops working). */
  revoke: Scalars['Boolean']['input'];
};

/** Input of markGapAddressed. */
export type MarkGapAddressedInput = {
  /** Support domain code. */
  domain: Scalars['ID']['input'];
  /** Language code: only that language's gap; omitted, every language of the domain. */
  language?: InputMaybe<Scalars['ID']['input']>;
  /** The partner that now covers the need (it must serve the domain). */
  partnerId: Scalars['ID']['input'];
  /** Prefecture (JIS code). */
  prefecture: Scalars['ID']['input'];
};

/** Result of markGapAddressed. */
export type MarkGapAddressedPayload = {
  __typename?: 'MarkGapAddressedPayload';
  /** The record of the addressed gap. */
  addressal: GapAddressal;
};

/** Notifications to mark as read. */
export type MarkNotificationsReadInput = {
  /** True to mark every current notification as read. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** These notifications (ids from `notifications`). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The viewer's unread count after marking. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** Unread notifications left. */
  unreadCount: Scalars['Int']['output'];
};

/** One attempt to open a case material. */
export type MaterialAccess = {
  __typename?: 'MaterialAccess';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** False when the API refused (FORBIDDEN). */
  granted: Scalars['Boolean']['output'];
  /** Material id. */
  materialId: Scalars['ID']['output'];
  /** Material title. */
  materialTitle: Scalars['String']['output'];
  /** Who. */
  reader: WorkshopPerson;
  /** The reader's role. */
  readerRole: Role;
};

/** A page of the access log, newest first. */
export type MaterialAccessConnection = {
  __typename?: 'MaterialAccessConnection';
  /** The entries of this page. */
  edges: Array<MaterialAccessEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** An edge of the access log. */
export type MaterialAccessEdge = {
  __typename?: 'MaterialAccessEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: MaterialAccess;
};

/** Who reviews a workshop's case materials. */
export type MaterialReviewers =
  /** The workshop's facilitators. */
  | 'FACILITATORS'
  /** Its organizers, because the workshop has no facilitator. */
  | 'ORGANIZERS';

/** A coordinator's report that a kind of partner is missing in a prefecture. */
export type MissingPartnerReport = {
  __typename?: 'MissingPartnerReport';
  /** When the gap it reported was marked addressed, if it was. */
  addressedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was reported. */
  createdAt: Scalars['DateTime']['output'];
  /** The support domain that is missing. */
  domain: SupportDomain;
  /** Report id. */
  id: Scalars['ID']['output'];
  /** The language needed, if any. */
  language: Maybe<Language>;
  /** Free-text note (at most 1000 characters). */
  note: Maybe<Scalars['String']['output']>;
  /** Where the partner is missing. */
  prefecture: Prefecture;
};

/** A moderation decision on a thread or reply. */
export type ModerateQaPostInput = {
  /** True to hide, false to show again. */
  hide: Scalars['Boolean']['input'];
  /** Thread or reply id. */
  id: Scalars['ID']['input'];
  /** Why it is hidden (1–500 characters; required to hide), shown to the author. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Input of moveWorkshopParticipant. */
export type MoveWorkshopParticipantInput = {
  /** Number of the target group. */
  groupNumber: Scalars['Int']['input'];
  /** Coordinator id of the participant. */
  participantId: Scalars['ID']['input'];
  /** Workshop id. */
  workshopId: Scalars['ID']['input'];
};

/** The root mutation type; each capability extends it in its own schema file. */
export type Mutation = {
  __typename?: 'Mutation';
  /** No-op placeholder so that capability files can extend Mutation. */
  _noop: Maybe<Scalars['Boolean']['output']>;
  /** Confirm the notice's current version (idempotent; only for notices that require it). */
  acknowledgeNotice: NoticePayload;
  /** Adds a search term (CONFLICT when the same term already means something of that kind); ISA_ADMIN only. */
  addSearchTerm: AddSearchTermPayload;
  /** Archive a notice; ISA_ADMIN only. */
  archiveNotice: NoticePayload;
  /** Cancels the viewer's registration; a freed seat goes to the first on the waitlist. */
  cancelWorkshopRegistration: WorkshopRegistrationPayload;
  /** ISA_ADMIN: change a staff account's role. The last active ISA_ADMIN cannot be changed (LAST_ADMIN). */
  changeAccountRole: AccountPayload;
  /** Change the signed-in account's password; every other session of the account ends. */
  changePassword: ChangePasswordPayload;
  /**
   * Finish a sign-in with the authenticator code or a recovery code. A code works once; five wrong codes end the
   * challenge (UNAUTHENTICATED with reason CHALLENGE_EXPIRED, sign in again).
   */
  completeSignIn: SignInPayload;
  /** Confirms a partner's data is still accurate (COORDINATOR or ISA_ADMIN). */
  confirmPartner: ConfirmPartnerPayload;
  /** Confirm the set-up with a current code from the app; answers the recovery codes. */
  confirmTwoStepEnrollment: TwoStepEnabledPayload;
  /** Create a draft notice; ISA_ADMIN only. */
  createNotice: NoticePayload;
  /** Answer a question; COORDINATOR only. The thread's author is notified. */
  createQaReply: QaReplyPayload;
  /** Ask a question; COORDINATOR only. Obvious client identifiers are refused (BAD_USER_INPUT, `extensions.identifiers`). */
  createQaThread: QaThreadPayload;
  /** ISA_ADMIN: create a staff account and e-mail it a set-password link (valid 72 hours). */
  createStaffAccount: AccountPayload;
  /** Creates a draft survey (ISA; workshop organizers for their workshops' attendees). */
  createSurvey: SurveyPayload;
  /** Creates a workshop; the creator organizes it (WORKSHOP_ORGANIZER, ISA_ADMIN). */
  createWorkshop: WorkshopPayload;
  /** Delete one's own thread or reply (kept, but shown to nobody). */
  deleteQaPost: QaPostPayload;
  /** Turn two-step sign-in off (current password required); refused when the role requires it. */
  disableTwoStep: TwoStepDisabledPayload;
  /** Copies a survey into a new draft. */
  duplicateSurvey: SurveyPayload;
  /** Endorses a partner; a second endorsement by the same coordinator replaces the first (COORDINATOR). */
  endorsePartner: EndorsePartnerPayload;
  /** The prefecture × domain table as CSV (recorded in the audit log); the roles and scope of gapDashboard. */
  exportGapsCsv: GapCsvPayload;
  /** Files or changes the viewer's report for one month (one per graduate and month). */
  fileActivityReport: FileActivityReportPayload;
  /** ISA_ADMIN grants the expert title (needs the eligibility criteria). */
  grantExpert: CertificationPayload;
  /** ISA_ADMIN imports graduates from CSV (dry run or all-or-nothing commit). */
  importGraduates: ImportGraduatesPayload;
  /** Imports HSDS 3.0 organizations as partners (merged by stable id, one transaction); ISA_ADMIN only. */
  importHsds: ImportHsdsPayload;
  /** Create, rotate or revoke the viewer's personal Atom feed token. */
  manageNoticeFeedToken: NoticeFeedTokenPayload;
  /** Marks a gap addressed by a partner and tells its reporters; ISA_ADMIN any prefecture, LOCAL_GOV its own. */
  markGapAddressed: MarkGapAddressedPayload;
  /** Record that the viewer opened the notice's current version (idempotent). */
  markNoticeRead: NoticePayload;
  /** Mark notifications as read (idempotent). */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Mark an answer as helpful (once per person; idempotent). Not one's own answer. */
  markQaReplyHelpful: QaReplyPayload;
  /** Hide (with a reason the author sees) or show again a thread or reply; ISA_ADMIN only. */
  moderateQaPost: QaPostPayload;
  /** Moves a participant to another group (never above 15; organizers). */
  moveWorkshopParticipant: WorkshopPayload;
  /** Opens a material and logs the opening in the same transaction (FORBIDDEN, also logged, for anyone else). */
  openCaseMaterial: CaseMaterialPayload;
  /** Add a message to a hand-off thread (either party). */
  postHandoffMessage: HandoffPayload;
  /** Adds a partner (COORDINATOR or ISA_ADMIN); CONFLICT with `existingPartnerId` when it duplicates one. */
  proposePartner: ProposePartnerPayload;
  /** Publishes an anonymized insight to the knowledge base (WORKSHOP_ORGANIZER, ISA_ADMIN). */
  publishKnowledgeInsight: KnowledgeInsightPayload;
  /** Schedule (or publish now) a draft or scheduled notice; ISA_ADMIN only. */
  publishNotice: NoticePayload;
  /** Publishes a draft survey. */
  publishSurvey: SurveyPayload;
  /** Record the outcome of an accepted hand-off. */
  recordHandoffOutcome: HandoffPayload;
  /** Records that the viewer's coordinator referred a resident to a partner (COORDINATOR). */
  recordReferral: RecordReferralPayload;
  /** ISA_ADMIN records completion of a renewal training, which issues the new certificate. */
  recordRenewal: CertificationPayload;
  /** ISA_ADMIN records a completed trainer training. */
  recordTrainerTraining: CertificationPayload;
  /** Records who attended and peer-links the consenting attendees (organizers, once the workshop has started). */
  recordWorkshopAttendance: RecordWorkshopAttendancePayload;
  /** Anyone with a valid invitation code creates their COORDINATOR account (single use). */
  redeemInvitation: RedeemInvitationPayload;
  /** Registers the viewing graduate: a seat while there is one, else the waitlist. */
  registerForWorkshop: WorkshopRegistrationPayload;
  /** ISA_ADMIN issues new invitation codes, e.g. when a code expired or an import result was lost. */
  reissueInvitations: ReissueInvitationsPayload;
  /** Removes a search term that ISA added; ISA_ADMIN only. */
  removeSearchTerm: RemoveSearchTermPayload;
  /** Reports that no suitable partner exists nearby; COORDINATOR only. */
  reportMissingPartner: ReportMissingPartnerPayload;
  /**
   * E-mail a single-use reset link (30 minutes). Answers the same for unknown addresses; TOO_MANY_ATTEMPTS when an
   * address is asked for too often.
   */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Ask another coordinator to become peers. */
  requestPeerConnection: RequestPeerConnectionPayload;
  /** Set a new password from an e-mailed link; ends every session of the account. */
  resetPassword: ResetPasswordPayload;
  /** Accept or decline a hand-off addressed to the viewer. */
  respondToHandoff: HandoffPayload;
  /** Accept or decline a connect request addressed to the viewer. */
  respondToPeerRequest: RespondToPeerRequestPayload;
  /** Approves or returns a material (a facilitator of its workshop). */
  reviewCaseMaterial: CaseMaterialPayload;
  /** ISA_ADMIN revokes a certificate (and its badge). */
  revokeCertificate: CertificationPayload;
  /** ISA_ADMIN revokes the expert title. */
  revokeExpert: CertificationPayload;
  /** Saves the viewer's answers as a draft to finish later. */
  saveSurveyDraft: SaveSurveyDraftPayload;
  /** Pass a case summary to a peer coordinator. */
  sendHandoff: SendHandoffPayload;
  /** ISA_ADMIN: e-mail a staff account a new set-password link (for example when the first one expired). */
  sendSetPasswordLink: AccountPayload;
  /** ISA_ADMIN: deactivate or reactivate an account. The last active ISA_ADMIN cannot be deactivated (LAST_ADMIN). */
  setAccountActive: AccountPayload;
  /** The holder chooses the name on badges (1–80 characters; null for the directory name). */
  setBadgeName: CertificationPayload;
  /** Names the facilitator of a group (organizers). */
  setWorkshopGroupFacilitator: WorkshopPayload;
  /** Changes the viewer's peer-link consent (until attendance is recorded). */
  setWorkshopPeerConsent: WorkshopRegistrationPayload;
  /** Sign in with e-mail and password. Repeated failures lock the account for a growing time (TOO_MANY_ATTEMPTS). */
  signIn: SignInPayload;
  /** End the current session. */
  signOut: SignOutPayload;
  /** End every session of the signed-in account, on every device. */
  signOutEverywhere: SignOutPayload;
  /** Splits the confirmed participants into groups of at most 15, mixing bureau regions and domains (organizers). */
  splitWorkshopGroups: WorkshopPayload;
  /** Start setting up two-step sign-in: a new secret, not active until confirmed. */
  startTwoStepEnrollment: TwoStepEnrollment;
  /** Submits (or revises) a case material; refused with BAD_USER_INPUT and `extensions.flags` while identifiers remain. */
  submitCaseMaterial: CaseMaterialPayload;
  /** Submits the viewer's response once (a retry or double submit stores one response). */
  submitSurveyResponse: SubmitSurveyResponsePayload;
  /** ISA_ADMIN edits a coordinator's certificate number, dates and expert designation. */
  updateCertification: UpdateCertificationPayload;
  /** A coordinator edits their own profile and field visibilities. */
  updateMyProfile: UpdateMyProfilePayload;
  /** Edit a notice; ISA_ADMIN only. Every edit is recorded in the history. */
  updateNotice: NoticePayload;
  /** Changes a partner and records who changed what (COORDINATOR or ISA_ADMIN). */
  updatePartner: UpdatePartnerPayload;
  /** Edit one's own answer. */
  updateQaReply: QaReplyPayload;
  /** Edit one's own question. */
  updateQaThread: QaThreadPayload;
  /** Changes the outcome of one of the viewer's own referrals (COORDINATOR). */
  updateReferralOutcome: UpdateReferralOutcomePayload;
  /** Changes a survey; changed questions after responses exist make a new version. */
  updateSurvey: SurveyPayload;
  /** Edits a workshop (its organizers); a larger capacity promotes waitlisted graduates. */
  updateWorkshop: WorkshopPayload;
  /** Marks a partner verified or not (ISA_ADMIN). */
  verifyPartner: VerifyPartnerPayload;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationAcknowledgeNoticeArgs = {
  input: NoticeIdInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationAddSearchTermArgs = {
  input: AddSearchTermInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationArchiveNoticeArgs = {
  input: NoticeIdInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationCancelWorkshopRegistrationArgs = {
  input: CancelWorkshopRegistrationInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationChangeAccountRoleArgs = {
  input: ChangeAccountRoleInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationCompleteSignInArgs = {
  input: CompleteSignInInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationConfirmPartnerArgs = {
  input: ConfirmPartnerInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationConfirmTwoStepEnrollmentArgs = {
  code: Scalars['String']['input'];
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationCreateNoticeArgs = {
  input: CreateNoticeInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationCreateQaReplyArgs = {
  input: CreateQaReplyInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationCreateQaThreadArgs = {
  input: CreateQaThreadInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationCreateWorkshopArgs = {
  input: CreateWorkshopInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationDeleteQaPostArgs = {
  input: QaPostIdInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationDisableTwoStepArgs = {
  currentPassword: Scalars['String']['input'];
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationDuplicateSurveyArgs = {
  input: SurveyIdInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationEndorsePartnerArgs = {
  input: EndorsePartnerInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationExportGapsCsvArgs = {
  filter?: InputMaybe<GapFilterInput>;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationFileActivityReportArgs = {
  input: FileActivityReportInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationGrantExpertArgs = {
  input: ExpertChangeInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationImportGraduatesArgs = {
  input: ImportGraduatesInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationImportHsdsArgs = {
  input: ImportHsdsInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationManageNoticeFeedTokenArgs = {
  input: ManageNoticeFeedTokenInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationMarkGapAddressedArgs = {
  input: MarkGapAddressedInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationMarkNoticeReadArgs = {
  input: NoticeIdInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationMarkQaReplyHelpfulArgs = {
  input: QaPostIdInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationModerateQaPostArgs = {
  input: ModerateQaPostInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationMoveWorkshopParticipantArgs = {
  input: MoveWorkshopParticipantInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationOpenCaseMaterialArgs = {
  input: OpenCaseMaterialInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationPostHandoffMessageArgs = {
  input: PostHandoffMessageInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationProposePartnerArgs = {
  input: ProposePartnerInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationPublishKnowledgeInsightArgs = {
  input: PublishKnowledgeInsightInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationPublishNoticeArgs = {
  input: PublishNoticeInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationPublishSurveyArgs = {
  input: SurveyIdInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRecordHandoffOutcomeArgs = {
  input: RecordHandoffOutcomeInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRecordReferralArgs = {
  input: RecordReferralInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRecordRenewalArgs = {
  input: RecordRenewalInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRecordTrainerTrainingArgs = {
  input: RecordTrainerTrainingInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRecordWorkshopAttendanceArgs = {
  input: RecordWorkshopAttendanceInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRedeemInvitationArgs = {
  input: RedeemInvitationInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRegisterForWorkshopArgs = {
  input: RegisterForWorkshopInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationReissueInvitationsArgs = {
  input: ReissueInvitationsInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRemoveSearchTermArgs = {
  id: Scalars['ID']['input'];
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationReportMissingPartnerArgs = {
  input: ReportMissingPartnerInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRequestPeerConnectionArgs = {
  input: RequestPeerConnectionInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRespondToHandoffArgs = {
  input: RespondToHandoffInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRespondToPeerRequestArgs = {
  input: RespondToPeerRequestInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationReviewCaseMaterialArgs = {
  input: ReviewCaseMaterialInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRevokeCertificateArgs = {
  input: RevokeCertificateInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationRevokeExpertArgs = {
  input: ExpertChangeInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSaveSurveyDraftArgs = {
  input: SurveyAnswersInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSendHandoffArgs = {
  input: SendHandoffInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSendSetPasswordLinkArgs = {
  accountId: Scalars['ID']['input'];
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSetAccountActiveArgs = {
  input: SetAccountActiveInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSetBadgeNameArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSetWorkshopGroupFacilitatorArgs = {
  input: SetWorkshopGroupFacilitatorInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSetWorkshopPeerConsentArgs = {
  input: SetWorkshopPeerConsentInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSplitWorkshopGroupsArgs = {
  input: SplitWorkshopGroupsInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSubmitCaseMaterialArgs = {
  input: SubmitCaseMaterialInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSubmitSurveyResponseArgs = {
  input: SurveyAnswersInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationUpdateCertificationArgs = {
  input: UpdateCertificationInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationUpdateMyProfileArgs = {
  input: UpdateMyProfileInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationUpdateNoticeArgs = {
  input: UpdateNoticeInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationUpdatePartnerArgs = {
  input: UpdatePartnerInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationUpdateQaReplyArgs = {
  input: UpdateQaReplyInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationUpdateQaThreadArgs = {
  input: UpdateQaThreadInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationUpdateReferralOutcomeArgs = {
  input: UpdateReferralOutcomeInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationUpdateSurveyArgs = {
  input: UpdateSurveyInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationUpdateWorkshopArgs = {
  input: UpdateWorkshopInput;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationVerifyPartnerArgs = {
  input: VerifyPartnerInput;
};

/** A coordinator who referred residents to a partner, as shown in the partner's neighbourhood. */
export type NeighbourCoordinator = {
  __typename?: 'NeighbourCoordinator';
  /** Display name only (no id, no contact details). */
  displayName: Scalars['String']['output'];
  /** True when this coordinator works in the partner's prefecture. */
  local: Scalars['Boolean']['output'];
  /** Referrals this coordinator made to the partner. */
  referralCount: Scalars['Int']['output'];
};

/** A support domain around a partner, with the referrals made there in it. */
export type NeighbourDomain = {
  __typename?: 'NeighbourDomain';
  /** The domain. */
  domain: SupportDomain;
  /** Referrals to the partner in this domain. */
  referralCount: Scalars['Int']['output'];
  /** True when the partner lists it as served. */
  served: Scalars['Boolean']['output'];
};

/** A notice on the bulletin board, from the Immigration Services Agency. */
export type Notice = {
  __typename?: 'Notice';
  /** When the viewer confirmed the current version, if they have. */
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  /** True when the notice requires confirmation and the viewer has not confirmed its current version. */
  acknowledgementDue: Scalars['Boolean']['output'];
  /** Links attached to the notice. */
  attachments: Array<NoticeAttachment>;
  /** Audience. */
  audience: NoticeAudience;
  /** Author's display name. */
  authorName: Scalars['String']['output'];
  /** Body rendered to sanitized HTML (no raw HTML, safe links only). */
  bodyHtml: Scalars['String']['output'];
  /** Body as written (Markdown). */
  bodyMarkdown: Scalars['String']['output'];
  /** Category. */
  category: NoticeCategory;
  /** For legal changes: the date the change takes effect. */
  effectiveDate: Maybe<Scalars['String']['output']>;
  /** Edit history; ISA_ADMIN only (null for others). */
  history: Maybe<Array<NoticeRevision>>;
  /** Notice id. */
  id: Scalars['ID']['output'];
  /** Importance. */
  importance: NoticeImportance;
  /** True while pinned. */
  pinned: Scalars['Boolean']['output'];
  /** Shown at the top of the list until this time. */
  pinnedUntil: Maybe<Scalars['DateTime']['output']>;
  /** When it is (or was) published. */
  publishAt: Maybe<Scalars['DateTime']['output']>;
  /** When the viewer opened the current version, if they have. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** Lifecycle status. */
  status: NoticeStatus;
  /** Title. */
  title: Scalars['String']['output'];
  /** True when the viewer has not read the current version. */
  unread: Scalars['Boolean']['output'];
  /** Summary of the last substantive change, shown to readers as "updated". */
  updateSummary: Maybe<Scalars['String']['output']>;
  /** Last change time. */
  updatedAt: Scalars['DateTime']['output'];
  /** True when the viewer read an earlier version and it has changed since. */
  updatedSinceRead: Scalars['Boolean']['output'];
  /** Version; a substantive edit raises it. */
  version: Scalars['Int']['output'];
};

/** A link attached to a notice. */
export type NoticeAttachment = {
  __typename?: 'NoticeAttachment';
  /** Link text. */
  title: Scalars['String']['output'];
  /** Absolute http(s) URL. */
  url: Scalars['String']['output'];
};

/** A link to attach to a notice. */
export type NoticeAttachmentInput = {
  /** Link text (1–200 characters). */
  title: Scalars['String']['input'];
  /** Absolute http(s) URL. */
  url: Scalars['String']['input'];
};

/** Who a notice is for; a reader must match every part that is set. */
export type NoticeAudience = {
  __typename?: 'NoticeAudience';
  /** True when the notice is for all graduates, whatever their region. */
  allRegions: Scalars['Boolean']['output'];
  /** Regional bureaus whose jurisdiction the notice is for. */
  bureaus: Array<Bureau>;
  /** Prefectures the notice is for. */
  prefectures: Array<Prefecture>;
  /** Roles the notice is for; empty means every role. */
  roles: Array<Role>;
};

/** Who a notice is for. */
export type NoticeAudienceInput = {
  /** For all regions (then bureaus and prefectures must be empty). */
  allRegions: Scalars['Boolean']['input'];
  /** Regional bureau codes, e.g. OSK. */
  bureaus?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Prefecture JIS codes. */
  prefectures?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Roles; empty or missing means every role. */
  roles?: InputMaybe<Array<Role>>;
};

/** What a notice is about. */
export type NoticeCategory =
  /** Administrative communication from ISA. */
  | 'ADMINISTRATIVE'
  /** An event. */
  | 'EVENT'
  /** A change in institutional arrangements. */
  | 'INSTITUTIONAL'
  /** A change in a law or regulation. */
  | 'LAW_CHANGE'
  /** Training and certification. */
  | 'TRAINING_CERTIFICATION';

/** A page of notices, pinned first, then newest first. */
export type NoticeConnection = {
  __typename?: 'NoticeConnection';
  /** The notices of this page. */
  edges: Array<NoticeEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Unread notices for the viewer in the whole list (ignoring filters). */
  unreadCount: Scalars['Int']['output'];
};

/** The content of a notice. */
export type NoticeContentInput = {
  /** Attached links (at most 10). */
  attachments?: InputMaybe<Array<NoticeAttachmentInput>>;
  /** Audience. */
  audience: NoticeAudienceInput;
  /** Body in Markdown (1–20,000 characters). */
  bodyMarkdown: Scalars['String']['input'];
  /** Category. */
  category: NoticeCategory;
  /** Effective date of a legal change (YYYY-MM-DD). */
  effectiveDate?: InputMaybe<Scalars['String']['input']>;
  /** Importance. */
  importance: NoticeImportance;
  /** Pin to the top until this time. */
  pinnedUntil?: InputMaybe<Scalars['DateTime']['input']>;
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
};

/** An edge in a notice connection. */
export type NoticeEdge = {
  __typename?: 'NoticeEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The notice. */
  node: Notice;
};

/** The feed token after a change. */
export type NoticeFeedTokenPayload = {
  __typename?: 'NoticeFeedTokenPayload';
  /** True when the viewer has a working feed token. */
  active: Scalars['Boolean']['output'];
  /** The feed's path on the API, e.g. /feeds/notices/<token>.atom (null after a revocation). */
  feedPath: Maybe<Scalars['String']['output']>;
  /** The new token, shown once (null after a revocation). Only its SHA-256 is stored. */
  token: Maybe<Scalars['String']['output']>;
};

/** Filters for the notice list. */
export type NoticeFilter = {
  /** Only this category. */
  category?: InputMaybe<NoticeCategory>;
  /** Published on or after this date (YYYY-MM-DD, JST). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** ISA_ADMIN only: include drafts, scheduled and archived notices. */
  includeUnpublished?: InputMaybe<Scalars['Boolean']['input']>;
  /** Full-text search in title and body (Japanese or English). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before this date (YYYY-MM-DD, JST). */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Only unread notices. */
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A notice to act on by id. */
export type NoticeIdInput = {
  /** Notice id. */
  id: Scalars['ID']['input'];
};

/** How important a notice is. */
export type NoticeImportance =
  /** Informational. */
  | 'NORMAL'
  /** Readers must confirm they have read it. */
  | 'REQUIRES_ACKNOWLEDGEMENT';

/** The notice after a change. */
export type NoticePayload = {
  __typename?: 'NoticePayload';
  /** The notice. */
  notice: Notice;
};

/** Read and acknowledgement figures for one notice and one prefecture. */
export type NoticePrefectureStats = {
  __typename?: 'NoticePrefectureStats';
  /** Of them, how many confirmed the current version. */
  acknowledged: Scalars['Int']['output'];
  /** Accounts in the audience in this prefecture. */
  audience: Scalars['Int']['output'];
  /** Prefecture. */
  prefecture: Prefecture;
  /** Of them, how many read the current version. */
  read: Scalars['Int']['output'];
};

/** An audience member as seen by ISA in notice statistics. */
export type NoticeReader = {
  __typename?: 'NoticeReader';
  /** Display name. */
  displayName: Scalars['String']['output'];
  /** E-mail. */
  email: Scalars['String']['output'];
  /** Account id. */
  id: Scalars['ID']['output'];
  /** Prefecture code, if known. */
  prefectureCode: Maybe<Scalars['String']['output']>;
};

/** One recorded change of a notice. */
export type NoticeRevision = {
  __typename?: 'NoticeRevision';
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** Who made it. */
  by: Scalars['String']['output'];
  /** Names of the fields that changed. */
  fields: Array<Scalars['String']['output']>;
  /** True when the change raised the version (readers must confirm again). */
  substantive: Scalars['Boolean']['output'];
  /** What changed, in the editor's words. */
  summary: Scalars['String']['output'];
  /** The notice version after the change. */
  version: Scalars['Int']['output'];
};

/** Read and acknowledgement figures for a notice (ISA_ADMIN only). */
export type NoticeStats = {
  __typename?: 'NoticeStats';
  /** How many confirmed the current version. */
  acknowledgedCount: Scalars['Int']['output'];
  /** acknowledgedCount / audienceSize (0 when the audience is empty). */
  acknowledgedRate: Scalars['Float']['output'];
  /** Accounts in the audience. */
  audienceSize: Scalars['Int']['output'];
  /** The same figures by prefecture. */
  byPrefecture: Array<NoticePrefectureStats>;
  /** The per-reader figures as CSV (UTF-8 with BOM, so spreadsheet software in Japan opens it). */
  csv: Scalars['String']['output'];
  /** Audience members who have not confirmed the current version (display name and e-mail), at most 500. */
  notAcknowledged: Array<NoticeReader>;
  /** How many read the current version. */
  readCount: Scalars['Int']['output'];
  /** readCount / audienceSize (0 when the audience is empty). */
  readRate: Scalars['Float']['output'];
};

/** Where a notice is in its lifecycle (derived from its publish and archive times). */
export type NoticeStatus =
  /** Withdrawn from the list; still readable by id for its audience. */
  | 'ARCHIVED'
  /** Not yet scheduled; visible to ISA only. */
  | 'DRAFT'
  /** Visible to its audience. */
  | 'PUBLISHED'
  /** Will be published at `publishAt`; visible to ISA only until then. */
  | 'SCHEDULED';

/** One notification in the portal. */
export type Notification = {
  __typename?: 'Notification';
  /** Who caused it (the replier's display name for QA_REPLY). */
  actorName: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Notification id (opaque). */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: NotificationKind;
  /** Portal path it opens, for the kinds other than notices and Q&A. */
  link: Maybe<Scalars['String']['output']>;
  /** The notice it is about (NEW_NOTICE, ACKNOWLEDGEMENT_DUE). */
  noticeId: Maybe<Scalars['ID']['output']>;
  /** Title of that notice. */
  noticeTitle: Maybe<Scalars['String']['output']>;
  /** True once the viewer opened the thing it is about or marked it read. */
  read: Scalars['Boolean']['output'];
  /** Title of what it is about, for the kinds other than notices and Q&A (e.g. the survey's title). */
  subjectTitle: Maybe<Scalars['String']['output']>;
  /** The Q&A thread it is about (QA_REPLY). */
  threadId: Maybe<Scalars['ID']['output']>;
  /** Title of that thread. */
  threadTitle: Maybe<Scalars['String']['output']>;
};

/** The viewer's notifications, newest first. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications of this page. */
  edges: Array<NotificationEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Unread notifications in the whole list. */
  unreadCount: Scalars['Int']['output'];
};

/** An edge in a notification connection. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** What a notification is about. */
export type NotificationKind =
  /** A notice asks the viewer to confirm it (its current version). */
  | 'ACKNOWLEDGEMENT_DUE'
  /** The viewer's certificate enters its last 12, 6, 3 or 1 months (subjectTitle is the expiry date). */
  | 'CERTIFICATE_RENEWAL_DUE'
  /** A gap the viewer reported was marked addressed by a partner. */
  | 'GAP_ADDRESSED'
  /** A new notice was published for the viewer's audience. */
  | 'NEW_NOTICE'
  /** Someone replied to the viewer's Q&A thread. */
  | 'QA_REPLY'
  /** A survey the viewer has not answered closes soon. */
  | 'SURVEY_REMINDER'
  /** A case material was shared with the viewer's workshop. */
  | 'WORKSHOP_MATERIAL_SHARED'
  /** The viewer has a seat at a workshop (registered from the waitlist). */
  | 'WORKSHOP_SEAT_CONFIRMED';

/** Input of openCaseMaterial. */
export type OpenCaseMaterialInput = {
  /** Material id. */
  id: Scalars['ID']['input'];
};

/** A mail the API would have sent (development without SMTP_URL). */
export type OutboxMail = {
  __typename?: 'OutboxMail';
  /** When it was written. */
  at: Scalars['DateTime']['output'];
  /** Subject. */
  subject: Scalars['String']['output'];
  /** Plain-text body. */
  text: Scalars['String']['output'];
  /** Recipient. */
  to: Scalars['String']['output'];
};

/** Relay-style page information shared by every connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to fetch the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede the first edge (only known when paging backwards is supported). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A partner: an organization or person to whom coordinators refer foreign residents (HSDS organization + service + location). */
export type Partner = {
  __typename?: 'Partner';
  /** Statuses of residence it accepts (empty: not restricted or not known). */
  acceptedStatuses: Array<StatusOfResidence>;
  /** Postal address; null when there is none or it is withheld from the viewer. */
  address: Maybe<PartnerAddress>;
  /** True when this viewer does not see the protected address. */
  addressWithheld: Scalars['Boolean']['output'];
  /** Other name, e.g. in English. */
  alternateName: Maybe<Scalars['String']['output']>;
  /** When it was added. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Who added it (display name); null when unknown or hidden from the viewer's role. */
  createdByName: Maybe<Scalars['String']['output']>;
  /** Short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Support domains it serves. */
  domains: Array<SupportDomain>;
  /** Who is eligible, free text. */
  eligibility: Maybe<Scalars['String']['output']>;
  /** Contact e-mail. */
  email: Maybe<Scalars['String']['output']>;
  /** Fees, free text. */
  fees: Maybe<Scalars['String']['output']>;
  /** Partner id. */
  id: Scalars['ID']['output'];
  /** Kind of partner. */
  kind: PartnerKind;
  /** Languages it offers. */
  languages: Array<Language>;
  /** When someone last confirmed its data is still accurate. */
  lastConfirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who last confirmed it (display name); null when unknown or hidden from the viewer's role. */
  lastConfirmedByName: Maybe<Scalars['String']['output']>;
  /** Latitude (WGS 84); null when withheld. */
  latitude: Maybe<Scalars['Float']['output']>;
  /** Longitude (WGS 84); null when withheld. */
  longitude: Maybe<Scalars['Float']['output']>;
  /** The organization this partner belongs to (e.g. a FRESC member organization's FRESC), if any. */
  memberOf: Maybe<Partner>;
  /** Name (Japanese where known). */
  name: Scalars['String']['output'];
  /** True when it serves the whole country. */
  nationwide: Scalars['Boolean']['output'];
  /** Opening hours, free text. */
  openingHours: Maybe<Scalars['String']['output']>;
  /** Telephone numbers. */
  phones: Array<Scalars['String']['output']>;
  /** Prefecture where it is, null for a nationwide body. */
  prefecture: Maybe<Prefecture>;
  /** The newest changes, newest first (at most 10). */
  recentChanges: Array<PartnerChange>;
  /** The newest endorsements, newest first (at most 10). */
  recentEndorsements: Array<Endorsement>;
  /** True for national organizations from the reference data. */
  reference: Scalars['Boolean']['output'];
  /** True when it serves remotely (phone or online). */
  remote: Scalars['Boolean']['output'];
  /** How it serves remotely. */
  remoteModes: Array<RemoteMode>;
  /** True when the address is protected (e.g. a DV shelter) and shown only to certified coordinators and ISA. */
  sensitiveAddress: Scalars['Boolean']['output'];
  /** Further prefectures it serves beyond its own. */
  serviceArea: Array<Prefecture>;
  /** True when nobody has confirmed it for 12 months. */
  stale: Scalars['Boolean']['output'];
  /** True for synthetic demo data. */
  synthetic: Scalars['Boolean']['output'];
  /** Referral and endorsement counts. */
  trust: PartnerTrust;
  /** When it was last changed. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Web site. */
  url: Maybe<Scalars['String']['output']>;
  /** When ISA verified it. */
  verifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** True when ISA has verified it. */
  verifiedByIsa: Scalars['Boolean']['output'];
  /** The viewer's own endorsement, if any. */
  viewerEndorsement: Maybe<Endorsement>;
  /** The viewer's own referrals to this partner, newest first (at most 20). */
  viewerReferrals: Array<Referral>;
};

/** A postal address in Japan; withheld (null) for sensitive partners unless the viewer may see it. */
export type PartnerAddress = {
  __typename?: 'PartnerAddress';
  /** Street address after the municipality. */
  addressLine: Maybe<Scalars['String']['output']>;
  /** City, ward or town (Japanese name). */
  municipality: Maybe<Scalars['String']['output']>;
  /** Postal code, e.g. 370-0000. */
  postalCode: Maybe<Scalars['String']['output']>;
  /** Prefecture of the address. */
  prefecture: Maybe<Prefecture>;
};

/** One recorded change of a partner's data (provenance). */
export type PartnerChange = {
  __typename?: 'PartnerChange';
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** Display name of who made it; null for roles that may not see coordinators. */
  authorName: Maybe<Scalars['String']['output']>;
  /** Names of the fields that changed. */
  fields: Array<Scalars['String']['output']>;
  /** Change id. */
  id: Scalars['ID']['output'];
  /** CREATED, UPDATED, VERIFIED or UNVERIFIED. */
  summary: Scalars['String']['output'];
};

/** A page of partners. */
export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  /** The partners of this page. */
  edges: Array<PartnerEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** An edge in a partner connection. */
export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The partner. */
  node: Partner;
};

/** Fields of a partner that a proposal or an update sets. */
export type PartnerFieldsInput = {
  /** Codes of accepted statuses of residence. */
  acceptedStatuses?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Street address after the municipality. */
  addressLine?: InputMaybe<Scalars['String']['input']>;
  /** Other name, e.g. in English. */
  alternateName?: InputMaybe<Scalars['String']['input']>;
  /** Short description, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Support domain codes it serves. */
  domains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Who is eligible, free text. */
  eligibility?: InputMaybe<Scalars['String']['input']>;
  /** Contact e-mail. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Fees, free text. */
  fees?: InputMaybe<Scalars['String']['input']>;
  /** Kind of partner. */
  kind?: InputMaybe<PartnerKind>;
  /** Language codes it offers. */
  languages?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Latitude (WGS 84, within Japan). */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude (WGS 84, within Japan). */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** City, ward or town. */
  municipality?: InputMaybe<Scalars['String']['input']>;
  /** Name (Japanese where known), 2 to 120 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Serves the whole country. */
  nationwide?: InputMaybe<Scalars['Boolean']['input']>;
  /** Opening hours, free text. */
  openingHours?: InputMaybe<Scalars['String']['input']>;
  /** Telephone numbers (digits, spaces, hyphens, leading +). */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Postal code, NNN-NNNN. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Prefecture (JIS code) where it is; omit for a nationwide body. */
  prefecture?: InputMaybe<Scalars['ID']['input']>;
  /** Remote modes offered; non-empty means it serves remotely. */
  remoteModes?: InputMaybe<Array<RemoteMode>>;
  /** Protect the address (e.g. a DV shelter); only ISA_ADMIN may turn this off. */
  sensitiveAddress?: InputMaybe<Scalars['Boolean']['input']>;
  /** Further prefectures served (JIS codes). */
  serviceArea?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Web site (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the partner list. */
export type PartnerFilter = {
  /** Only partners serving this support domain (or a sub-domain of it). */
  domain?: InputMaybe<Scalars['ID']['input']>;
  /** Only partners of this kind. */
  kind?: InputMaybe<PartnerKind>;
  /** Only partners offering this language. */
  language?: InputMaybe<Scalars['ID']['input']>;
  /** Only partners in this prefecture (JIS code). */
  prefecture?: InputMaybe<Scalars['ID']['input']>;
  /** Only partners not confirmed for 12 months (true) or confirmed within them (false). */
  stale?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only partners verified by ISA (true) or not (false). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Kinds of partners (sources of assistance). */
export type PartnerKind =
  /** Administrative agency. */
  | 'ADM'
  /** Expert. */
  | 'EXP'
  /** Interpreting and translation. */
  | 'INT'
  /** Specialized institution. */
  | 'SPI'
  /** Support group. */
  | 'SUP'
  /** Service provider. */
  | 'SVC';

/** The small graph around a partner, for the picture on its page. */
export type PartnerNeighbourhood = {
  __typename?: 'PartnerNeighbourhood';
  /** Domains served or referred in, most referrals first. */
  domains: Array<NeighbourDomain>;
  /** The partner at the centre. */
  partner: Partner;
  /** The partner's prefecture (its region and bureau via Prefecture). */
  prefecture: Maybe<Prefecture>;
  /** How many distinct coordinators referred there (every role sees this count). */
  referrerCount: Scalars['Int']['output'];
  /** Coordinators who referred there, most referrals first (at most 12); empty for roles that may not see coordinators. */
  referrers: Array<NeighbourCoordinator>;
  /** True when `referrers` is withheld from this viewer's role. */
  referrersHidden: Scalars['Boolean']['output'];
  /** Prefectures it serves beyond its own. */
  serviceArea: Array<Prefecture>;
};

/** What to search for. */
export type PartnerSearchInput = {
  /** Support domains; a parent domain matches its sub-domains. Partners must serve at least one. */
  domains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Also list partners that do not offer the requested language (ranked after those that do; default false). */
  includeOtherLanguages?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include nationwide and remote services (default true). */
  includeRemote?: InputMaybe<Scalars['Boolean']['input']>;
  /** The resident's language: results offer it, unless includeOtherLanguages is true. */
  language?: InputMaybe<Scalars['ID']['input']>;
  /** Prefecture to search from; defaults to your Coordinator's WORKS_IN or your home prefecture. */
  prefecture?: InputMaybe<Scalars['ID']['input']>;
  /** Status of residence of the resident (ranked higher when the partner states it accepts it). */
  status?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Free text in Japanese or English (at most 200 characters). Topics, abbreviations, languages,
   * nationalities, statuses and places in it are read into the need (see SearchResultConnection.need);
   * the rest is searched as text.
   */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Counts behind the trust a partner has earned in the network. */
export type PartnerTrust = {
  __typename?: 'PartnerTrust';
  /** Coordinators who endorsed this partner. */
  endorsementCount: Scalars['Int']['output'];
  /** Referrals coordinators recorded to this partner. */
  referralCount: Scalars['Int']['output'];
  /** Of those, referrals with outcome RESOLVED. */
  resolvedCount: Scalars['Int']['output'];
};

/** A request from one coordinator to become peers with another. */
export type PeerRequest = {
  __typename?: 'PeerRequest';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Who asked. */
  from: Coordinator;
  /** Request id. */
  id: Scalars['ID']['output'];
  /** State. */
  status: PeerRequestStatus;
  /** Who was asked. */
  to: Coordinator;
};

/** A page of peer requests. */
export type PeerRequestConnection = {
  __typename?: 'PeerRequestConnection';
  /** The requests of this page. */
  edges: Array<PeerRequestEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** An edge in a peer request connection. */
export type PeerRequestEdge = {
  __typename?: 'PeerRequestEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: PeerRequest;
};

/** State of a connect request. */
export type PeerRequestStatus =
  /** Accepted: the two are peers. */
  | 'ACCEPTED'
  /** Declined by the recipient. */
  | 'DECLINED'
  /** Waiting for the recipient. */
  | 'PENDING';

/** Adding a message to a hand-off thread. */
export type PostHandoffMessageInput = {
  /** Text (1 to 2,000 characters, no identifying details). */
  body: Scalars['String']['input'];
  /** The hand-off. */
  handoffId: Scalars['ID']['input'];
};

/** One of Japan's 47 prefectures (JIS X 0401). */
export type Prefecture = {
  __typename?: 'Prefecture';
  /** Regional block (8-block scheme). */
  block: RegionalBlock;
  /** Prefectures sharing a land border. */
  borders: Array<Prefecture>;
  /** Regional Immigration Services Bureau with jurisdiction. */
  bureau: Bureau;
  /** JIS code, "01" to "47". */
  code: Scalars['ID']['output'];
  /** English name, e.g. Tokyo. */
  nameEn: Scalars['String']['output'];
  /** Japanese name, e.g. 東京都. */
  nameJa: Scalars['String']['output'];
};

/** An audience whose view of a profile its owner can preview. */
export type ProfileAudience =
  /** A graduate working in another region (or a workshop organizer). */
  | 'OTHER_REGION'
  /** A graduate working in the same Regional Immigration Services Bureau region. */
  | 'SAME_BUREAU_REGION';

/** The visibility of each personal field of a profile. */
export type ProfileVisibility = {
  __typename?: 'ProfileVisibility';
  /** Affiliation (employer or counter). */
  affiliation: FieldVisibility;
  /** Short biography. */
  bio: FieldVisibility;
  /** Certificate number and dates. */
  certificate: FieldVisibility;
  /** How to be contacted. */
  contactNote: FieldVisibility;
  /** Contact e-mail. */
  email: FieldVisibility;
  /** Municipality of the workplace. */
  municipality: FieldVisibility;
  /** Kana reading of the name. */
  nameKana: FieldVisibility;
  /** Name in Latin letters. */
  nameLatin: FieldVisibility;
};

/** Field visibilities to change. */
export type ProfileVisibilityInput = {
  /** Affiliation. */
  affiliation?: InputMaybe<FieldVisibility>;
  /** Short biography. */
  bio?: InputMaybe<FieldVisibility>;
  /** Certificate number and dates. */
  certificate?: InputMaybe<FieldVisibility>;
  /** How to be contacted. */
  contactNote?: InputMaybe<FieldVisibility>;
  /** Contact e-mail. */
  email?: InputMaybe<FieldVisibility>;
  /** Municipality. */
  municipality?: InputMaybe<FieldVisibility>;
  /** Kana reading of the name. */
  nameKana?: InputMaybe<FieldVisibility>;
  /** Name in Latin letters. */
  nameLatin?: InputMaybe<FieldVisibility>;
};

/** Input of proposePartner. */
export type ProposePartnerInput = {
  /** The new partner's fields; name and kind are required, and a prefecture unless nationwide. */
  fields: PartnerFieldsInput;
};

/** Result of proposePartner. */
export type ProposePartnerPayload = {
  __typename?: 'ProposePartnerPayload';
  /** The new partner. */
  partner: Partner;
};

/** Input of publishKnowledgeInsight. */
export type PublishKnowledgeInsightInput = {
  /** Regional bureau code, when the lesson applies to one region only. */
  bureau?: InputMaybe<Scalars['String']['input']>;
  /** Soft flags the author confirms as false positives. */
  confirmedFlags?: InputMaybe<Array<AnonymizationFlagInput>>;
  /** Support domain codes (1–3). */
  domains: Array<Scalars['String']['input']>;
  /** The lesson (1–5,000 characters). */
  lesson: Scalars['String']['input'];
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
  /** The source workshop (one the viewer organizes). */
  workshopId?: InputMaybe<Scalars['ID']['input']>;
};

/** When to publish a notice. */
export type PublishNoticeInput = {
  /** Notice id. */
  id: Scalars['ID']['input'];
  /** Publish at this time (e.g. 2026-12-01T09:00:00+09:00); now when missing. */
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The author of a Q&A post as other graduates see them. */
export type QaAuthor = {
  __typename?: 'QaAuthor';
  /** Display name. */
  displayName: Scalars['String']['output'];
  /** Account id. */
  id: Scalars['ID']['output'];
  /** Where the author works (or lives), if known. */
  prefecture: Maybe<Prefecture>;
};

/** Why a post was hidden by an ISA moderator; shown to its author and to ISA only. */
export type QaModeration = {
  __typename?: 'QaModeration';
  /** When it was hidden. */
  hiddenAt: Scalars['DateTime']['output'];
  /** The moderator's reason, shown to the author. */
  reason: Scalars['String']['output'];
};

/** A Q&A post (thread or reply) to act on by id. */
export type QaPostIdInput = {
  /** Thread or reply id. */
  id: Scalars['ID']['input'];
};

/** The outcome of deleting or moderating a post. */
export type QaPostPayload = {
  __typename?: 'QaPostPayload';
  /** True when the post is now deleted by its author. */
  deleted: Scalars['Boolean']['output'];
  /** True when the post is now hidden by a moderator. */
  hidden: Scalars['Boolean']['output'];
  /** The post's id. */
  id: Scalars['ID']['output'];
};

/** An answer in a Q&A thread. */
export type QaReply = {
  __typename?: 'QaReply';
  /** Who answered. */
  author: QaAuthor;
  /** The answer (plain text). */
  body: Scalars['String']['output'];
  /** When it was posted. */
  createdAt: Scalars['DateTime']['output'];
  /** True when the author edited it after posting. */
  edited: Scalars['Boolean']['output'];
  /** True when the viewer marked it as helpful. */
  helpedByMe: Scalars['Boolean']['output'];
  /** How many graduates marked it as helpful. */
  helpedCount: Scalars['Int']['output'];
  /** Reply id. */
  id: Scalars['ID']['output'];
  /** True when the viewer wrote it. */
  mine: Scalars['Boolean']['output'];
  /** Set when a moderator hid it (only the author and ISA see hidden posts). */
  moderation: Maybe<QaModeration>;
};

/** A page of replies, oldest first. */
export type QaReplyConnection = {
  __typename?: 'QaReplyConnection';
  /** The replies of this page. */
  edges: Array<QaReplyEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** An edge in a reply connection. */
export type QaReplyEdge = {
  __typename?: 'QaReplyEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The reply. */
  node: QaReply;
};

/** The reply after a change. */
export type QaReplyPayload = {
  __typename?: 'QaReplyPayload';
  /** The reply. */
  reply: QaReply;
};

/** A question on the peer Q&A board. */
export type QaThread = {
  __typename?: 'QaThread';
  /** Who asked. */
  author: QaAuthor;
  /** The question (plain text). */
  body: Scalars['String']['output'];
  /** The bureau region the question is about, if any. */
  bureau: Maybe<Bureau>;
  /** When it was asked. */
  createdAt: Scalars['DateTime']['output'];
  /** Support domains the question is about. */
  domains: Array<SupportDomain>;
  /** True when the author edited it after posting. */
  edited: Scalars['Boolean']['output'];
  /** Thread id. */
  id: Scalars['ID']['output'];
  /** When the question or its latest reply was last written. */
  lastActivityAt: Scalars['DateTime']['output'];
  /** True when the viewer asked it. */
  mine: Scalars['Boolean']['output'];
  /** Set when a moderator hid it (only the author and ISA see hidden posts). */
  moderation: Maybe<QaModeration>;
  /** The prefecture the question is about, if any. */
  prefecture: Maybe<Prefecture>;
  /** Replies, oldest first. */
  replies: QaReplyConnection;
  /** Replies visible to the viewer. */
  replyCount: Scalars['Int']['output'];
  /** Title of the question. */
  title: Scalars['String']['output'];
};


/** A question on the peer Q&A board. */
export type QaThreadRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of threads, most recently active first. */
export type QaThreadConnection = {
  __typename?: 'QaThreadConnection';
  /** The threads of this page. */
  edges: Array<QaThreadEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** An edge in a thread connection. */
export type QaThreadEdge = {
  __typename?: 'QaThreadEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The thread. */
  node: QaThread;
};

/** Filters for the thread list. */
export type QaThreadFilter = {
  /** Only threads about this bureau region (bureau code), or about a prefecture in it. */
  bureau?: InputMaybe<Scalars['ID']['input']>;
  /** Only threads tagged with this support domain code. */
  domain?: InputMaybe<Scalars['ID']['input']>;
  /** Only the viewer's own threads. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only threads about this prefecture (JIS code). */
  prefecture?: InputMaybe<Scalars['ID']['input']>;
};

/** The thread after a change. */
export type QaThreadPayload = {
  __typename?: 'QaThreadPayload';
  /** The thread. */
  thread: QaThread;
};

/** The root query type; each capability extends it in its own schema file. */
export type Query = {
  __typename?: 'Query';
  /** One account; ISA_ADMIN only. */
  account: Maybe<Account>;
  /** Portal accounts, by e-mail; ISA_ADMIN only. Optional filters: role, active or deactivated, text in name or e-mail. */
  accounts: AccountConnection;
  /** The monthly report template. */
  activityReportTemplate: ActivityReportTemplate;
  /** Trends by domain and bureau region over the months from..to (YYYY-MM, at most 36 months; ISA only). */
  activityTrends: ActivityTrends;
  /** ISA_ADMIN: the action codes that occur in the log, for the filter. */
  auditActions: Array<Scalars['String']['output']>;
  /** ISA_ADMIN: the filtered audit log as CSV (UTF-8 with BOM, at most 10,000 newest rows); exporting it is itself recorded. */
  auditCsv: Scalars['String']['output'];
  /** ISA_ADMIN: the audit log, newest first. */
  auditEntries: AuditEntryConnection;
  /** The signed badge of one of the viewer's certificates (the holder or ISA_ADMIN). */
  badge: Badge;
  /** Public: the keys that verify badges (current and retired). */
  badgePublicKeys: Array<BadgePublicKey>;
  /** ISA_ADMIN: CSV (UTF-8 with BOM) of graduates by current certificate status / expiry month. */
  certificateListCsv: Scalars['String']['output'];
  /** A coordinator's certificates (ISA_ADMIN). */
  certification: Certification;
  /**
   * One coordinator's profile, filtered by the viewer's visibility (NOT_FOUND when unknown). With `previewAs`, the
   * owner sees their own profile as that audience would (FORBIDDEN for anyone else's profile).
   */
  coordinator: Coordinator;
  /** The graduate directory; COORDINATOR, ISA_ADMIN and WORKSHOP_ORGANIZER may read it, LOCAL_GOV may not. */
  coordinators: CoordinatorConnection;
  /**
   * ISA_ADMIN, development only: the last 50 mails not sent because SMTP_URL is unset, newest first. NOT_FOUND in
   * production or when SMTP_URL is set.
   */
  devOutbox: Array<OutboxMail>;
  /** The gap dashboard: ISA_ADMIN the country; LOCAL_GOV and COORDINATOR their prefecture and national totals. */
  gapDashboard: GapDashboard;
  /** One prefecture's unmet needs and nearby partners; ISA_ADMIN any, LOCAL_GOV and COORDINATOR their own. */
  gapPrefecture: GapPrefectureDetail;
  /** One hand-off; NOT_FOUND unless the viewer is one of its two parties. */
  handoff: Handoff;
  /** Hand-offs the viewer sent or received, newest first (COORDINATOR only). */
  handoffs: HandoffConnection;
  /** Liveness of the API and its graph database. */
  health: Health;
  /** HSDS export summary and download path; ISA_ADMIN only. */
  hsdsExport: HsdsExportInfo;
  /** The shortest chain of peers (≤ 3 hops) to a graduate who referred residents to the partner; COORDINATOR, ISA_ADMIN, WORKSHOP_ORGANIZER. */
  introductionToPartner: Maybe<Introduction>;
  /** One insight. */
  knowledgeInsight: Maybe<KnowledgeInsight>;
  /** The knowledge base (graduates, organizers, ISA). */
  knowledgeInsights: KnowledgeInsightConnection;
  /** Languages, priority languages first (in the order of the Guidebook on Living and Working). */
  languages: Array<Language>;
  /** Surveys the viewer manages (ISA: all; workshop organizers: their own), newest first. */
  managedSurveys: SurveyConnection;
  /** Access log of a workshop's materials, newest first (ISA_ADMIN and the workshop's organizers). */
  materialAccessLog: MaterialAccessConnection;
  /** The viewer's own reports, newest period first (graduates only). */
  myActivityReports: ActivityReportConnection;
  /** The viewer's certificates (COORDINATOR acting as a Coordinator; null otherwise). */
  myCertification: Maybe<Certification>;
  /** The viewer's own missing-partner reports, newest first (at most 50); COORDINATOR. */
  myMissingPartnerReports: Array<MissingPartnerReport>;
  /** The viewer's peers (COORDINATOR only). */
  myPeers: CoordinatorConnection;
  /** The viewer's own profile; null for an account that does not act as a coordinator. */
  myProfile: Maybe<Coordinator>;
  /** Surveys for the viewer to answer (open, or answered) in their audience, soonest close first. */
  mySurveys: SurveyConnection;
  /** One notice, if the viewer is in its audience (or is ISA_ADMIN); NOT_FOUND otherwise. */
  notice: Notice;
  /** Read and acknowledgement figures of a notice; ISA_ADMIN only. */
  noticeStats: NoticeStats;
  /** Notices the viewer may read, pinned first then newest first, with the viewer's unread count. */
  notices: NoticeConnection;
  /** The viewer's notifications, newest first, with the unread count. */
  notifications: NotificationConnection;
  /** One partner; NOT_FOUND when there is none. Any signed-in role. */
  partner: Partner;
  /** The small graph around a partner (referrers, domains, region), in one query. */
  partnerNeighbourhood: PartnerNeighbourhood;
  /** Partners, by name; any signed-in role may read them. */
  partners: PartnerConnection;
  /** Pending connect requests sent to or by the viewer (COORDINATOR only). */
  peerRequests: PeerRequestConnection;
  /** The 47 prefectures, in JIS order. */
  prefectures: Array<Prefecture>;
  /** One Q&A thread; NOT_FOUND when deleted, or hidden and not the viewer's (ISA sees hidden ones). */
  qaThread: QaThread;
  /** Q&A threads, most recently active first; COORDINATOR, ISA_ADMIN and WORKSHOP_ORGANIZER. */
  qaThreads: QaThreadConnection;
  /** Ranked cross-regional search for partners; any signed-in role may search. */
  searchPartners: SearchResultConnection;
  /** Partner names and domain labels starting with `prefix` (Japanese or English), at most `first` (≤ 10). */
  searchSuggestions: Array<SearchSuggestion>;
  /** The search terms ISA added, newest first; ISA_ADMIN only. */
  searchTerms: Array<SearchTerm>;
  /** Statuses of residence, in the order of the Immigration Control Act's appended tables. */
  statusesOfResidence: Array<StatusOfResidence>;
  /** The support-domain taxonomy: each parent followed by its sub-domains, その他 last. */
  supportDomains: Array<SupportDomain>;
  /** One survey, for its audience (once published) or its managers. */
  survey: Maybe<Survey>;
  /** CSV of all responses (UTF-8 with BOM, one row per response; no identity for anonymous surveys). */
  surveyResponsesCsv: Scalars['String']['output'];
  /** Results for managers, with filters; small groups of anonymous surveys are suppressed. */
  surveyResults: SurveyResults;
  /** Free-text answers of one question, searchable, in text order. */
  surveyTextAnswers: SurveyTextAnswerConnection;
  /** Unread notices for the viewer (for the navigation badge). */
  unreadNoticeCount: Scalars['Int']['output'];
  /** Public (no sign-in): checks a presented VC-JWT badge against the deployment's keys. */
  verifyBadge: BadgeCheck;
  /** Public (no sign-in): a certificate's state, holder name and kind; null when unknown. */
  verifyCertificate: Maybe<CertificateVerification>;
  /** The signed-in account, or null without a valid session. */
  viewer: Maybe<Viewer>;
  /** One workshop. */
  workshop: Maybe<Workshop>;
  /** Workshops (graduates, organizers, ISA), soonest first (PAST: newest first). */
  workshops: WorkshopConnection;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryAccountsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
  text?: InputMaybe<Scalars['String']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryActivityTrendsArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryAuditCsvArgs = {
  filter?: InputMaybe<AuditFilter>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryBadgeArgs = {
  certificateId: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryCertificateListCsvArgs = {
  filter?: InputMaybe<CertificateListFilter>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryCertificationArgs = {
  coordinatorId: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryCoordinatorArgs = {
  id: Scalars['ID']['input'];
  previewAs?: InputMaybe<ProfileAudience>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryCoordinatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CoordinatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  prefecture?: InputMaybe<Scalars['ID']['input']>;
  sort?: InputMaybe<CoordinatorSort>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryGapDashboardArgs = {
  filter?: InputMaybe<GapFilterInput>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryGapPrefectureArgs = {
  code: Scalars['ID']['input'];
  filter?: InputMaybe<GapFilterInput>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryHandoffArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryHandoffsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryIntroductionToPartnerArgs = {
  partnerId: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryKnowledgeInsightArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryKnowledgeInsightsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KnowledgeInsightFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryManagedSurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryMaterialAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  workshopId: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryMyActivityReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryMyPeersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryMySurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryNoticeArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryNoticeStatsArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryPartnerNeighbourhoodArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryPeerRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryQaThreadArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryQaThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QaThreadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QuerySearchPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  input: PartnerSearchInput;
};


/** The root query type; each capability extends it in its own schema file. */
export type QuerySearchSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QuerySurveyResponsesCsvArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QuerySurveyResultsArgs = {
  filter?: InputMaybe<SurveyResultsFilter>;
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QuerySurveyTextAnswersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyResultsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryVerifyBadgeArgs = {
  jwt: Scalars['String']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryVerifyCertificateArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryWorkshopArgs = {
  id: Scalars['ID']['input'];
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryWorkshopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkshopFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Recording the outcome of an accepted hand-off (receiver only). */
export type RecordHandoffOutcomeInput = {
  /** The hand-off. */
  handoffId: Scalars['ID']['input'];
  /** One of RESOLVED PARTLY_RESOLVED NOT_ELIGIBLE NO_CAPACITY COULD_NOT_CONTACT DECLINED UNKNOWN. */
  outcome: Scalars['String']['input'];
};

/** Input of recordReferral: no free text about the resident. */
export type RecordReferralInput = {
  /** Day of the referral, YYYY-MM-DD, not in the future. */
  date: Scalars['String']['input'];
  /** Support domain code of the matter. */
  domain: Scalars['ID']['input'];
  /** Language code used with the resident. */
  language: Scalars['ID']['input'];
  /** What came of it (UNKNOWN when not known yet). */
  outcome?: InputMaybe<ReferralOutcome>;
  /** The partner referred to. */
  partnerId: Scalars['ID']['input'];
};

/** Result of recordReferral. */
export type RecordReferralPayload = {
  __typename?: 'RecordReferralPayload';
  /** The recorded referral. */
  referral: Referral;
};

/** Completion of a renewal training. */
export type RecordRenewalInput = {
  /** The graduate. */
  coordinatorId: Scalars['ID']['input'];
  /** The renewal training (workshop of eligibility RENEWAL) the graduate had a seat at. */
  workshopId: Scalars['ID']['input'];
};

/** A completed trainer training. */
export type RecordTrainerTrainingInput = {
  /** Completion date, YYYY-MM-DD. */
  completedOn: Scalars['String']['input'];
  /** The graduate. */
  coordinatorId: Scalars['ID']['input'];
};

/** Input of recordWorkshopAttendance. */
export type RecordWorkshopAttendanceInput = {
  /** Coordinator ids of the confirmed participants who attended (the others are recorded absent). */
  attendedIds: Array<Scalars['ID']['input']>;
  /** Workshop id. */
  workshopId: Scalars['ID']['input'];
};

/** Result of recording attendance. */
export type RecordWorkshopAttendancePayload = {
  __typename?: 'RecordWorkshopAttendancePayload';
  /** Peer links newly created between consenting attendees. */
  peerLinksCreated: Scalars['Int']['output'];
  /** The workshop after the change. */
  workshop: Workshop;
};

/** Redeeming an invitation code: the graduate chooses the sign-in e-mail and password. */
export type RedeemInvitationInput = {
  /** The invitation code. */
  code: Scalars['String']['input'];
  /** Sign-in e-mail address. */
  email: Scalars['String']['input'];
  /** Password (at least 12 characters). */
  password: Scalars['String']['input'];
};

/** The new account, signed in. */
export type RedeemInvitationPayload = {
  __typename?: 'RedeemInvitationPayload';
  /** Opaque session token for the new account. */
  sessionToken: Scalars['String']['output'];
  /** The account. */
  viewer: Viewer;
};

/** A referral the viewer's coordinator made to a partner. */
export type Referral = {
  __typename?: 'Referral';
  /** Day of the referral, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Support domain of the matter. */
  domain: Maybe<SupportDomain>;
  /** Referral id. */
  id: Scalars['ID']['output'];
  /** Language used with the resident. */
  language: Maybe<Language>;
  /** What came of it. */
  outcome: ReferralOutcome;
  /** The partner referred to. */
  partner: Partner;
};

/** What came of a referral (nothing about the resident is recorded). */
export type ReferralOutcome =
  /** The resident could not reach the partner. */
  | 'COULD_NOT_CONTACT'
  /** The partner declined. */
  | 'DECLINED'
  /** The resident was not eligible for the partner's help. */
  | 'NOT_ELIGIBLE'
  /** The partner had no capacity at the time. */
  | 'NO_CAPACITY'
  /** The partner resolved part of the matter. */
  | 'PARTLY_RESOLVED'
  /** The partner resolved the matter. */
  | 'RESOLVED'
  /** Not known (yet). */
  | 'UNKNOWN';

/** A regional block such as Kanto or Kinki. */
export type RegionalBlock = {
  __typename?: 'RegionalBlock';
  /** Block code, e.g. KNT. */
  code: Scalars['ID']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** Japanese name. */
  nameJa: Scalars['String']['output'];
};

/** Input of registerForWorkshop. */
export type RegisterForWorkshopInput = {
  /** Agree to be peer-linked with the other consenting attendees after the workshop. */
  peerConsent: Scalars['Boolean']['input'];
  /** Workshop id. */
  workshopId: Scalars['ID']['input'];
};

/** Graduates who need a new invitation code (lost, expired, or never delivered). */
export type ReissueInvitationsInput = {
  /** Coordinators without an account (at most 1,000); their unused codes stop working. */
  coordinatorIds: Array<Scalars['ID']['input']>;
};

/** The new codes, shown only in this result. */
export type ReissueInvitationsPayload = {
  __typename?: 'ReissueInvitationsPayload';
  /** One new code per coordinator that has no account yet. */
  invitations: Array<InvitationCode>;
};

/** How a partner can be reached without a visit. */
export type RemoteMode =
  /** Consultation online (video call, chat, e-mail). */
  | 'ONLINE'
  /** Consultation by telephone. */
  | 'PHONE';

/** Result of removeSearchTerm. */
export type RemoveSearchTermPayload = {
  __typename?: 'RemoveSearchTermPayload';
  /** Id of the removed term. */
  id: Scalars['ID']['output'];
};

/** A renewal training (workshop with eligibility RENEWAL) that has not started. */
export type RenewalTraining = {
  __typename?: 'RenewalTraining';
  /** Workshop id. */
  id: Scalars['ID']['output'];
  /** True when the coordinator has a seat or waitlist place. */
  registered: Scalars['Boolean']['output'];
  /** True while registration is open. */
  registrationOpen: Scalars['Boolean']['output'];
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** Input of reportMissingPartner. */
export type ReportMissingPartnerInput = {
  /** Support domain code. */
  domain: Scalars['ID']['input'];
  /** Language code, if a language was needed. */
  language?: InputMaybe<Scalars['ID']['input']>;
  /** Note, at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Prefecture (JIS code) where no suitable partner was found. */
  prefecture: Scalars['ID']['input'];
};

/** Result of reportMissingPartner. */
export type ReportMissingPartnerPayload = {
  __typename?: 'ReportMissingPartnerPayload';
  /** The stored report. */
  report: MissingPartnerReport;
};

/** Ask for a password-reset e-mail. */
export type RequestPasswordResetInput = {
  /** The account's sign-in e-mail. */
  email: Scalars['String']['input'];
};

/** The same answer whether or not the address belongs to an account. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** Always true: if the address has an active account, a link valid for 30 minutes was e-mailed. */
  accepted: Scalars['Boolean']['output'];
};

/** Asking a coordinator to become peers. */
export type RequestPeerConnectionInput = {
  /** The coordinator asked. */
  coordinatorId: Scalars['ID']['input'];
};

/** The request sent. */
export type RequestPeerConnectionPayload = {
  __typename?: 'RequestPeerConnectionPayload';
  /** The new request. */
  request: PeerRequest;
};

/** Set a new password with the token from an e-mailed link (reset, or a new staff account's first password). */
export type ResetPasswordInput = {
  /** The new password (at least 12 characters). */
  newPassword: Scalars['String']['input'];
  /** The token from the link. */
  token: Scalars['String']['input'];
};

/** Result of setting a password from a link. */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** The sign-in e-mail of the account, to prefill the sign-in form. */
  email: Scalars['String']['output'];
};

/** Accepting or declining a hand-off addressed to the viewer. */
export type RespondToHandoffInput = {
  /** True to accept, false to decline. */
  accept: Scalars['Boolean']['input'];
  /** The hand-off. */
  handoffId: Scalars['ID']['input'];
};

/** Answering a connect request addressed to the viewer. */
export type RespondToPeerRequestInput = {
  /** True to accept, false to decline. */
  accept: Scalars['Boolean']['input'];
  /** The request. */
  requestId: Scalars['ID']['input'];
};

/** The answered request. */
export type RespondToPeerRequestPayload = {
  __typename?: 'RespondToPeerRequestPayload';
  /** The request with its new state. */
  request: PeerRequest;
};

/** Input of reviewCaseMaterial. */
export type ReviewCaseMaterialInput = {
  /** True approves (shares it with the participants); false returns it. */
  approve: Scalars['Boolean']['input'];
  /** Comment; required when returning. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Material id. */
  id: Scalars['ID']['input'];
};

/** Revoking a certificate. */
export type RevokeCertificateInput = {
  /** The certificate. */
  certificateId: Scalars['ID']['input'];
  /** Why (1–500 characters; kept in the audit log). */
  reason: Scalars['String']['input'];
};

/** What a signed-in account may do in Tsunagu. */
export type Role =
  /** A certified Support Coordinator for Foreign Nationals (a graduate of the training program). */
  | 'COORDINATOR'
  /** Immigration Services Agency staff: bulletin notices, surveys, the graduate list. */
  | 'ISA_ADMIN'
  /** Local government official with read-only access (gap reports). */
  | 'LOCAL_GOV'
  /** Organizer of case-study workshops. */
  | 'WORKSHOP_ORGANIZER';

/** Result of saving a draft. */
export type SaveSurveyDraftPayload = {
  __typename?: 'SaveSurveyDraftPayload';
  /** The survey, with the viewer's draft. */
  survey: Survey;
};

/** The structured need a search answers. */
export type SearchNeed = {
  __typename?: 'SearchNeed';
  /** Support domains a partner must serve (one of them): chosen and understood. */
  domains: Array<SupportDomain>;
  /** The resident's language, chosen or understood. */
  language: Maybe<Language>;
  /** True when results must offer the language (false when other languages were included). */
  languageRequired: Scalars['Boolean']['output'];
  /** True when the prefecture searched from was read from the text. */
  prefectureFromText: Scalars['Boolean']['output'];
  /** The text left for full-text search after the understood pieces and filler words were taken out. */
  remainingText: Maybe<Scalars['String']['output']>;
  /** Status of residence, chosen or understood. */
  status: Maybe<StatusOfResidence>;
  /** Pieces of the text that were understood, in the order typed. */
  terms: Array<UnderstoodTerm>;
};

/** One reason for a result's place in the ranking; only the fields of its kind are set. */
export type SearchReason = {
  __typename?: 'SearchReason';
  /** DISTANCE: kilometres from the searched prefecture's capital, when the partner has coordinates. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** DOMAIN_MATCH: the requested domains the partner serves. */
  domains: Maybe<Array<SupportDomain>>;
  /** ENDORSEMENTS: number of endorsements. */
  endorsements: Maybe<Scalars['Int']['output']>;
  /** REFERRALS: graduates who referred residents here. */
  graduates: Maybe<Scalars['Int']['output']>;
  /** PEER_ENDORSEMENT: 1 for a direct peer, 2 for a peer of a peer (the nearest one). */
  hops: Maybe<Scalars['Int']['output']>;
  /** What kind of reason this is. */
  kind: SearchReasonKind;
  /** LANGUAGE_MATCH: the language offered. */
  language: Maybe<Language>;
  /** PEER_ENDORSEMENT: endorsements by peers you know. */
  peerEndorsements: Maybe<Scalars['Int']['output']>;
  /** REFERRALS: how many of those graduates are your peers (1–2 hops). */
  peerGraduates: Maybe<Scalars['Int']['output']>;
  /** REFERRALS: graduates whose referral here was resolved. */
  resolved: Maybe<Scalars['Int']['output']>;
  /** STATUS_MATCH: the status of residence accepted. */
  status: Maybe<StatusOfResidence>;
  /** DISTANCE: the distance tier. */
  tier: Maybe<DistanceTier>;
};

/** Kinds of reasons why a partner appears in the results. */
export type SearchReasonKind =
  /** Where the partner is relative to the searcher (`tier`, and `distanceKm` when the partner has coordinates). */
  | 'DISTANCE'
  /** The partner serves the requested domains (`domains`). */
  | 'DOMAIN_MATCH'
  /** Other graduates endorsed the partner (`endorsements`). */
  | 'ENDORSEMENTS'
  /** The partner offers the requested language (`language`). */
  | 'LANGUAGE_MATCH'
  /** A peer you know (1–2 PEER_OF hops) endorsed the partner (`peerEndorsements`, `hops`). */
  | 'PEER_ENDORSEMENT'
  /** Graduates referred residents here (`graduates`, `resolved`, `peerGraduates`). */
  | 'REFERRALS'
  /** The listing was not confirmed in the last 12 months. */
  | 'STALE'
  /** The partner states that it accepts the requested status of residence (`status`). */
  | 'STATUS_MATCH'
  /** The search text matched the partner's name or description. */
  | 'TEXT_MATCH'
  /** The listing was verified by the Immigration Services Agency. */
  | 'VERIFIED';

/** One search result. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Kilometres from the searched prefecture's capital, when the partner has coordinates. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** Who can introduce you, for partners outside the searched prefecture; null when no chain of at most 3 peers exists or your role has no peer network. */
  introduction: Maybe<Introduction>;
  /** The partner found. */
  partner: Partner;
  /** Why the partner appears here, most important first. */
  reasons: Array<SearchReason>;
  /** Ranking score (higher is better); only comparable within one search. */
  score: Scalars['Float']['output'];
  /** Distance tier relative to the searched prefecture. */
  tier: DistanceTier;
};

/** A page of search results, best first. */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** Which backend answered (neo4j or meilisearch). */
  backend: Scalars['String']['output'];
  /** The results of this page. */
  edges: Array<SearchResultEdge>;
  /** True when some result lies in the searched prefecture, a bordering one or the same bureau region. */
  foundNearby: Scalars['Boolean']['output'];
  /** The need the results answer: what was chosen and what the text was read as. */
  need: SearchNeed;
  /** Paging state. */
  pageInfo: PageInfo;
  /** The prefecture the distance tiers refer to (given, or the searcher's own). */
  prefecture: Maybe<Prefecture>;
};

/** An edge in a search result connection. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: SearchResult;
};

/** A suggestion while typing. */
export type SearchSuggestion = {
  __typename?: 'SearchSuggestion';
  /** Partner id or domain code. */
  id: Scalars['ID']['output'];
  /** PARTNER or DOMAIN. */
  kind: Scalars['String']['output'];
  /** The text to put in the search box. */
  label: Scalars['String']['output'];
};

/** A search term that ISA added, so the search reads it as a domain, language, status or place. */
export type SearchTerm = {
  __typename?: 'SearchTerm';
  /** Who added it (display name). */
  addedBy: Maybe<Scalars['String']['output']>;
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** DOMAIN: the support domains. */
  domains: Array<SupportDomain>;
  /** Term id. */
  id: Scalars['ID']['output'];
  /** What the term is read as. */
  kind: UnderstoodTermKind;
  /** LANGUAGE or NATIONALITY: the language. */
  language: Maybe<Language>;
  /** PREFECTURE: the prefecture. */
  prefecture: Maybe<Prefecture>;
  /** STATUS: the status of residence. */
  status: Maybe<StatusOfResidence>;
  /** The term as written (any script; matching ignores width, case and katakana/hiragana). */
  term: Scalars['String']['output'];
};

/** Passing a case to a peer. */
export type SendHandoffInput = {
  /** Support domain code. */
  domain?: InputMaybe<Scalars['ID']['input']>;
  /** Language code. */
  language?: InputMaybe<Scalars['ID']['input']>;
  /** Case summary (10 to 2,000 characters; no phone numbers, residence card numbers, e-mail addresses or birth dates). */
  summary: Scalars['String']['input'];
  /** The receiving coordinator (must be a peer). */
  toCoordinatorId: Scalars['ID']['input'];
};

/** The hand-off sent. */
export type SendHandoffPayload = {
  __typename?: 'SendHandoffPayload';
  /** The new hand-off. */
  handoff: Handoff;
};

/** Deactivate or reactivate an account. */
export type SetAccountActiveInput = {
  /** Account id. */
  accountId: Scalars['ID']['input'];
  /** false deactivates (sign-in refused, sessions ended, profile hidden from directories); true reactivates. */
  active: Scalars['Boolean']['input'];
};

/** Input of setWorkshopGroupFacilitator. */
export type SetWorkshopGroupFacilitatorInput = {
  /** Account id of one of the workshop's facilitators. */
  facilitatorId: Scalars['ID']['input'];
  /** Group number. */
  groupNumber: Scalars['Int']['input'];
  /** Workshop id. */
  workshopId: Scalars['ID']['input'];
};

/** Input of setWorkshopPeerConsent. */
export type SetWorkshopPeerConsentInput = {
  /** The new consent. */
  peerConsent: Scalars['Boolean']['input'];
  /** Workshop id. */
  workshopId: Scalars['ID']['input'];
};

/** E-mail and password for signing in. */
export type SignInInput = {
  /** Sign-in e-mail address. */
  email: Scalars['String']['input'];
  /** Password (at least 12 characters). */
  password: Scalars['String']['input'];
};

/** A new session, or (for an account with two-step sign-in) the token for the second step. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** When the session expires; null when a second step is needed. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * Set when the password was right and the account uses two-step sign-in: pass it with the code to completeSignIn
   * within 5 minutes.
   */
  secondFactorToken: Maybe<Scalars['String']['output']>;
  /**
   * Opaque session token; the portal keeps it in a signed httpOnly cookie and sends it as a Bearer token. Null when
   * a second step is needed.
   */
  sessionToken: Maybe<Scalars['String']['output']>;
  /** The account that signed in; null when a second step is needed. */
  viewer: Maybe<Viewer>;
};

/** Result of ending sessions. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** How many sessions were revoked. */
  revokedSessions: Scalars['Int']['output'];
};

/** Input of splitWorkshopGroups. */
export type SplitWorkshopGroupsInput = {
  /** Seed of the tie-break order (same seed and participants give the same groups). */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** Workshop id. */
  workshopId: Scalars['ID']['input'];
};

/** A status of residence under the Immigration Control Act. */
export type StatusOfResidence = {
  __typename?: 'StatusOfResidence';
  /** Category of the status. */
  category: Scalars['String']['output'];
  /** Stable code, e.g. SSW_1. */
  code: Scalars['ID']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** Japanese name. */
  nameJa: Scalars['String']['output'];
};

/** Input of submitCaseMaterial. */
export type SubmitCaseMaterialInput = {
  /** Background (1–3,000 characters). */
  background: Scalars['String']['input'];
  /** Soft flags the author confirms as false positives. */
  confirmedFlags?: InputMaybe<Array<AnonymizationFlagInput>>;
  /** Id of one's own material to revise (SUBMITTED or RETURNED); omit for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Lessons (1–3,000 characters). */
  lessons: Scalars['String']['input'];
  /** How it ended (1–3,000 characters). */
  outcome: Scalars['String']['input'];
  /** The problem (1–3,000 characters). */
  problem: Scalars['String']['input'];
  /** What was done (1–3,000 characters). */
  response: Scalars['String']['input'];
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
  /** Workshop id. */
  workshopId: Scalars['ID']['input'];
};

/** Result of a submit. */
export type SubmitSurveyResponsePayload = {
  __typename?: 'SubmitSurveyResponsePayload';
  /** True when this call stored or changed the response; false when an earlier submit already had (a retry). */
  stored: Scalars['Boolean']['output'];
  /** The survey, now answered. */
  survey: Survey;
};

/** A support domain (consultation topic) in the hierarchical taxonomy. */
export type SupportDomain = {
  __typename?: 'SupportDomain';
  /** Domain code, e.g. WRK-CND. */
  code: Scalars['ID']['output'];
  /** English label. */
  nameEn: Scalars['String']['output'];
  /** Japanese label. */
  nameJa: Scalars['String']['output'];
  /** Parent domain code, null for a top-level domain. */
  parentCode: Maybe<Scalars['ID']['output']>;
};

/** A questionnaire for graduates. */
export type Survey = {
  __typename?: 'Survey';
  /** True when a respondent may change an identified response until the close time. */
  allowEdit: Scalars['Boolean']['output'];
  /** True when responses are stored without any link to the respondent. */
  anonymous: Scalars['Boolean']['output'];
  /** True when the viewer has submitted a response. */
  answered: Scalars['Boolean']['output'];
  /** Who the survey is for. */
  audience: SurveyAudience;
  /** True when the viewer may manage it (edit, publish, results). */
  canManage: Scalars['Boolean']['output'];
  /** True when the viewer may submit (in the audience, open, not yet answered or editable). */
  canRespond: Scalars['Boolean']['output'];
  /** When answers stop being accepted. */
  closesAt: Scalars['DateTime']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Description shown above the questions. */
  description: Scalars['String']['output'];
  /** When the viewer's draft was last saved. */
  draftSavedAt: Maybe<Scalars['DateTime']['output']>;
  /** Survey id. */
  id: Scalars['ID']['output'];
  /** The viewer's saved draft answers, or their identified response's answers when editable. */
  myAnswers: Maybe<Array<SurveyAnswer>>;
  /** When answers are first accepted. */
  opensAt: Scalars['DateTime']['output'];
  /** When it was published (null while a draft). */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Questions of the current version, in order. */
  questions: Array<SurveyQuestion>;
  /** True when responses exist, so a change of questions makes a new version. */
  questionsLocked: Scalars['Boolean']['output'];
  /** Days before the close time when non-respondents get a reminder (null: none). */
  reminderDaysBeforeClose: Maybe<Scalars['Int']['output']>;
  /** Number of responses (managers only; null for respondents). */
  responseCount: Maybe<Scalars['Int']['output']>;
  /** Lifecycle status. */
  status: SurveyStatus;
  /** Title. */
  title: Scalars['String']['output'];
  /** Question version; raised when questions change after responses exist. */
  version: Scalars['Int']['output'];
};

/** An answer as stored: the values given for one question. */
export type SurveyAnswer = {
  __typename?: 'SurveyAnswer';
  /** The question's id. */
  questionId: Scalars['ID']['output'];
  /** Values (one for most types; several for MULTI_CHOICE). */
  values: Array<Scalars['String']['output']>;
};

/** An answer as the respondent gives it. */
export type SurveyAnswerInput = {
  /** The question's id. */
  questionId: Scalars['ID']['input'];
  /** Values (option values, a number, a date or text). */
  values: Array<Scalars['String']['input']>;
};

/** Input of saveSurveyDraft and submitSurveyResponse. */
export type SurveyAnswersInput = {
  /** Answers; questions hidden by a condition are ignored. */
  answers: Array<SurveyAnswerInput>;
  /** Survey id. */
  surveyId: Scalars['ID']['input'];
};

/** Who a survey is for: graduates (COORDINATOR accounts) matching any part that is set. */
export type SurveyAudience = {
  __typename?: 'SurveyAudience';
  /** True when every graduate is in the audience. */
  allRegions: Scalars['Boolean']['output'];
  /** Regional bureaus whose graduates are in the audience. */
  bureaus: Array<Bureau>;
  /** Prefectures whose graduates are in the audience. */
  prefectures: Array<Prefecture>;
  /** Workshops whose attendees are in the audience. */
  workshopIds: Array<Scalars['ID']['output']>;
};

/** The audience of a survey. */
export type SurveyAudienceInput = {
  /** Every graduate. */
  allRegions: Scalars['Boolean']['input'];
  /** Regional bureau codes. */
  bureaus?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Prefecture codes. */
  prefectures?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Workshop ids (their attendees). */
  workshopIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Show a question only when an earlier choice question has one of the given values. */
export type SurveyCondition = {
  __typename?: 'SurveyCondition';
  /** The earlier question's id. */
  questionId: Scalars['ID']['output'];
  /** Values of that question that make this one visible. */
  values: Array<Scalars['String']['output']>;
};

/** A condition for showing a question. */
export type SurveyConditionInput = {
  /** An earlier choice question's id. */
  questionId: Scalars['ID']['input'];
  /** Values that make the question visible. */
  values: Array<Scalars['String']['input']>;
};

/** A page of surveys. */
export type SurveyConnection = {
  __typename?: 'SurveyConnection';
  /** The rows. */
  edges: Array<SurveyEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** Everything the builder edits. */
export type SurveyContentInput = {
  /** Let respondents change identified responses until the close time. */
  allowEdit?: InputMaybe<Scalars['Boolean']['input']>;
  /** Store responses without a link to the respondent. */
  anonymous: Scalars['Boolean']['input'];
  /** Who the survey is for. */
  audience: SurveyAudienceInput;
  /** Close time (after the open time). */
  closesAt: Scalars['DateTime']['input'];
  /** Description (up to 4,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Open time (ISO instant; the portal sends JST +09:00). */
  opensAt: Scalars['DateTime']['input'];
  /** Questions in order (1–100). */
  questions: Array<SurveyQuestionInput>;
  /** Days before the close time for a reminder (1–30), or null for none. */
  reminderDaysBeforeClose?: InputMaybe<Scalars['Int']['input']>;
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
};

/** An edge of a survey list. */
export type SurveyEdge = {
  __typename?: 'SurveyEdge';
  /** Cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The survey. */
  node: Survey;
};

/** Response rate of one group (prefecture, bureau or cohort). */
export type SurveyGroupRate = {
  __typename?: 'SurveyGroupRate';
  /** Audience members in the group (null when suppressed). */
  audience: Maybe<Scalars['Int']['output']>;
  /** Group code (prefecture code, bureau code or cohort year). */
  code: Scalars['String']['output'];
  /** Display name of the group. */
  name: Scalars['String']['output'];
  /** Responses from the group (null when suppressed). */
  responses: Maybe<Scalars['Int']['output']>;
  /** True when the group has fewer than 5 respondents in an anonymous survey, so nothing is shown. */
  suppressed: Scalars['Boolean']['output'];
};

/** One bin of a histogram of numbers. */
export type SurveyHistogramBin = {
  __typename?: 'SurveyHistogramBin';
  /** How many answers fall in it. */
  count: Scalars['Int']['output'];
  /** Lower bound (inclusive). */
  from: Scalars['Float']['output'];
  /** Upper bound (exclusive, inclusive for the last bin). */
  to: Scalars['Float']['output'];
};

/** Input of publishSurvey, duplicateSurvey and deleteSurveyDraft. */
export type SurveyIdInput = {
  /** Survey id. */
  id: Scalars['ID']['input'];
};

/** One option of a choice question. */
export type SurveyOption = {
  __typename?: 'SurveyOption';
  /** Text shown to respondents. */
  label: Scalars['String']['output'];
  /** Stored value (stable across versions; results count by it). */
  value: Scalars['String']['output'];
};

/** An option of a choice question. */
export type SurveyOptionInput = {
  /** Text shown. */
  label: Scalars['String']['input'];
  /** Stored value (defaults to the label). */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a survey change. */
export type SurveyPayload = {
  __typename?: 'SurveyPayload';
  /** The survey. */
  survey: Survey;
};

/** One question of a survey version. */
export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  /** Help text under the question. */
  help: Maybe<Scalars['String']['output']>;
  /** Stable id within the survey (e.g. q1). */
  id: Scalars['ID']['output'];
  /** Question text. */
  label: Scalars['String']['output'];
  /** Largest allowed NUMBER. */
  max: Maybe<Scalars['Float']['output']>;
  /** Most number of options for MULTI_CHOICE. */
  maxChoices: Maybe<Scalars['Int']['output']>;
  /** Label of the high end of a RATING scale. */
  maxLabel: Maybe<Scalars['String']['output']>;
  /** Smallest allowed NUMBER. */
  min: Maybe<Scalars['Float']['output']>;
  /** Least number of options for MULTI_CHOICE. */
  minChoices: Maybe<Scalars['Int']['output']>;
  /** Label of the low end of a RATING scale. */
  minLabel: Maybe<Scalars['String']['output']>;
  /** Options of a choice question. */
  options: Array<SurveyOption>;
  /** True when an answer is needed (only while the question is shown). */
  required: Scalars['Boolean']['output'];
  /** Highest value of a RATING scale. */
  scaleMax: Maybe<Scalars['Int']['output']>;
  /** Lowest value of a RATING scale. */
  scaleMin: Maybe<Scalars['Int']['output']>;
  /** Section heading this question starts or belongs to. */
  section: Maybe<Scalars['String']['output']>;
  /** Condition for showing this question, if any. */
  showIf: Maybe<SurveyCondition>;
  /** Question type. */
  type: SurveyQuestionType;
};

/** A question as written in the builder. */
export type SurveyQuestionInput = {
  /** Help text. */
  help?: InputMaybe<Scalars['String']['input']>;
  /** Stable id (kept across edits; new questions may leave it out). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Question text. */
  label: Scalars['String']['input'];
  /** NUMBER maximum. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** MULTI_CHOICE maximum. */
  maxChoices?: InputMaybe<Scalars['Int']['input']>;
  /** RATING high-end label. */
  maxLabel?: InputMaybe<Scalars['String']['input']>;
  /** NUMBER minimum. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** MULTI_CHOICE minimum. */
  minChoices?: InputMaybe<Scalars['Int']['input']>;
  /** RATING low-end label. */
  minLabel?: InputMaybe<Scalars['String']['input']>;
  /** Options of a choice question. */
  options?: InputMaybe<Array<SurveyOptionInput>>;
  /** True when an answer is needed. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** RATING high end (default 5). */
  scaleMax?: InputMaybe<Scalars['Int']['input']>;
  /** RATING low end (default 1). */
  scaleMin?: InputMaybe<Scalars['Int']['input']>;
  /** Section heading. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Condition for showing it. */
  showIf?: InputMaybe<SurveyConditionInput>;
  /** Question type. */
  type: SurveyQuestionType;
};

/** Aggregated answers to one question. */
export type SurveyQuestionResult = {
  __typename?: 'SurveyQuestionResult';
  /** Responses that answered it. */
  answered: Scalars['Int']['output'];
  /** Counts per value (choices, ratings, dates); empty for text and numbers. */
  counts: Array<SurveyValueCount>;
  /** Histogram for NUMBER questions. */
  histogram: Array<SurveyHistogramBin>;
  /** Mean of RATING and NUMBER answers. */
  mean: Maybe<Scalars['Float']['output']>;
  /** The question. */
  question: SurveyQuestion;
};

/** The kind of a survey question. */
export type SurveyQuestionType =
  /** A calendar date (YYYY-MM-DD). */
  | 'DATE'
  /** Free text (up to 4,000 characters). */
  | 'LONG_TEXT'
  /** Several options from a list, between minChoices and maxChoices. */
  | 'MULTI_CHOICE'
  /** A number within an optional range. */
  | 'NUMBER'
  /** A whole number on a scale with labelled ends. */
  | 'RATING'
  /** One line of text (up to 200 characters). */
  | 'SHORT_TEXT'
  /** One option from a list. */
  | 'SINGLE_CHOICE';

/** Results of a survey for its managers. */
export type SurveyResults = {
  __typename?: 'SurveyResults';
  /** Audience size (graduates the survey is for). */
  audienceSize: Scalars['Int']['output'];
  /** Rates by bureau region. */
  byBureau: Array<SurveyGroupRate>;
  /** Rates by cohort (fiscal year of certification). */
  byCohort: Array<SurveyGroupRate>;
  /** Rates by prefecture. */
  byPrefecture: Array<SurveyGroupRate>;
  /** Minimum group size shown for anonymous surveys. */
  minimumGroupSize: Scalars['Int']['output'];
  /** Per-question aggregates (empty when suppressed). */
  questions: Array<SurveyQuestionResult>;
  /** Responses matching the filters (null when suppressed). */
  responseCount: Maybe<Scalars['Int']['output']>;
  /** Responses over the audience size, without filters. */
  responseRate: Scalars['Float']['output'];
  /** True when the filters narrow an anonymous survey to fewer than 5 responses: nothing is shown. */
  suppressed: Scalars['Boolean']['output'];
  /** The survey. */
  survey: Survey;
};

/** Filters of survey results. */
export type SurveyResultsFilter = {
  /** Only respondents under this regional bureau. */
  bureau?: InputMaybe<Scalars['String']['input']>;
  /** Only respondents of this cohort. */
  cohort?: InputMaybe<Scalars['Int']['input']>;
  /** Only respondents working in this prefecture. */
  prefecture?: InputMaybe<Scalars['String']['input']>;
  /** Only responses that gave this value to this question. */
  questionId?: InputMaybe<Scalars['ID']['input']>;
  /** The value for questionId. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** Where a survey is in its lifecycle (derived from its publish, open and close times). */
export type SurveyStatus =
  /** Past its close time. */
  | 'CLOSED'
  /** Being written; visible to its managers only. */
  | 'DRAFT'
  /** Accepting answers. */
  | 'OPEN'
  /** Published, but its open time is still ahead. */
  | 'SCHEDULED';

/** One free-text answer. */
export type SurveyTextAnswer = {
  __typename?: 'SurveyTextAnswer';
  /** The text. */
  text: Scalars['String']['output'];
};

/** Free-text answers, in text order (never in time order). */
export type SurveyTextAnswerConnection = {
  __typename?: 'SurveyTextAnswerConnection';
  /** The rows. */
  edges: Array<SurveyTextAnswerEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** True when the filters narrow an anonymous survey to fewer than 5 responses: nothing is listed. */
  suppressed: Scalars['Boolean']['output'];
};

/** An edge of free-text answers. */
export type SurveyTextAnswerEdge = {
  __typename?: 'SurveyTextAnswerEdge';
  /** Cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The answer. */
  node: SurveyTextAnswer;
};

/** Count of one answer value. */
export type SurveyValueCount = {
  __typename?: 'SurveyValueCount';
  /** How many responses gave it. */
  count: Scalars['Int']['output'];
  /** Label shown for it. */
  label: Scalars['String']['output'];
  /** The value (option value, rating, number, date). */
  value: Scalars['String']['output'];
};

/** Result of turning two-step sign-in off. */
export type TwoStepDisabledPayload = {
  __typename?: 'TwoStepDisabledPayload';
  /** Always false. */
  twoStepEnabled: Scalars['Boolean']['output'];
};

/** Two-step sign-in is on. */
export type TwoStepEnabledPayload = {
  __typename?: 'TwoStepEnabledPayload';
  /** Ten single-use recovery codes, shown only now (only their hashes are stored). */
  recoveryCodes: Array<Scalars['String']['output']>;
};

/** A secret to add to an authenticator app. */
export type TwoStepEnrollment = {
  __typename?: 'TwoStepEnrollment';
  /** otpauth:// URI (RFC 6238: SHA-1, 6 digits, 30 s). */
  otpauthUri: Scalars['String']['output'];
  /** The secret in base32, for typing in. */
  secret: Scalars['String']['output'];
};

/** A piece of the search text that was understood. */
export type UnderstoodTerm = {
  __typename?: 'UnderstoodTerm';
  /** DOMAIN: the support domains. */
  domains: Array<SupportDomain>;
  /** What it was read as. */
  kind: UnderstoodTermKind;
  /** LANGUAGE or NATIONALITY: the language. */
  language: Maybe<Language>;
  /** PREFECTURE: the prefecture. */
  prefecture: Maybe<Prefecture>;
  /** STATUS: the status of residence. */
  status: Maybe<StatusOfResidence>;
  /** The text as typed (remove it from the search text to undo the reading). */
  text: Scalars['String']['output'];
};

/** What kind of thing a piece of the search text was read as. */
export type UnderstoodTermKind =
  /** A support domain (a topic such as 労働条件, or an abbreviation such as 労基署). */
  | 'DOMAIN'
  /** A language (ベトナム語, Vietnamese, Tiếng Việt). */
  | 'LANGUAGE'
  /** A nationality, read as its main language (ブラジル → Portuguese). */
  | 'NATIONALITY'
  /** A prefecture or a major city. */
  | 'PREFECTURE'
  /** A status of residence (技能実習, 留学). */
  | 'STATUS';

/** ISA's changes to a coordinator's certification. */
export type UpdateCertificationInput = {
  /** Certificate number (unique). */
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  /** The coordinator. */
  coordinatorId: Scalars['ID']['input'];
  /** Expert designation. */
  expert?: InputMaybe<Scalars['Boolean']['input']>;
  /** Expiry date, YYYY-MM-DD; defaults to three years after the issue date when only that is given. */
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  /** Issue date, YYYY-MM-DD. */
  issuedOn?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updating a certification. */
export type UpdateCertificationPayload = {
  __typename?: 'UpdateCertificationPayload';
  /** The updated coordinator. */
  coordinator: Coordinator;
};

/** Changes to the viewer's own profile; omitted fields stay as they are. Certification fields are ISA's. */
export type UpdateMyProfileInput = {
  /** Affiliation. */
  affiliation?: InputMaybe<Scalars['String']['input']>;
  /** Short biography (at most 800 characters). */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** How to be contacted (at most 300 characters). */
  contactNote?: InputMaybe<Scalars['String']['input']>;
  /** Name shown in the directory. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Support domain codes (replaces the list). */
  domains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Contact e-mail. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Language codes (replaces the list). */
  languages?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Municipality of the workplace. */
  municipality?: InputMaybe<Scalars['String']['input']>;
  /** Kana reading. */
  nameKana?: InputMaybe<Scalars['String']['input']>;
  /** Name in kanji. */
  nameKanji?: InputMaybe<Scalars['String']['input']>;
  /** Name in Latin letters. */
  nameLatin?: InputMaybe<Scalars['String']['input']>;
  /** Prefecture of the workplace (JIS code). */
  prefecture?: InputMaybe<Scalars['ID']['input']>;
  /** New field visibilities (only the fields given change). */
  visibility?: InputMaybe<ProfileVisibilityInput>;
};

/** The result of updating one's profile. */
export type UpdateMyProfilePayload = {
  __typename?: 'UpdateMyProfilePayload';
  /** The updated profile. */
  coordinator: Coordinator;
};

/** An edit of a notice. */
export type UpdateNoticeInput = {
  /** What changed, shown to readers for a substantive change (1–500 characters). */
  changeSummary: Scalars['String']['input'];
  /** The new content (replaces the old). */
  content: NoticeContentInput;
  /** Notice id. */
  id: Scalars['ID']['input'];
  /** True for a substantive change: the version goes up and readers must read (and confirm) again. */
  substantive: Scalars['Boolean']['input'];
};

/** Input of updatePartner. */
export type UpdatePartnerInput = {
  /** Only the fields given are changed; null clears an optional field. */
  fields: PartnerFieldsInput;
  /** The partner to change. */
  partnerId: Scalars['ID']['input'];
};

/** Result of updatePartner. */
export type UpdatePartnerPayload = {
  __typename?: 'UpdatePartnerPayload';
  /** The recorded change; null when nothing differed. */
  change: Maybe<PartnerChange>;
  /** The changed partner. */
  partner: Partner;
};

/** An edit of one's own answer. */
export type UpdateQaReplyInput = {
  /** The answer (1–5,000 characters). */
  body: Scalars['String']['input'];
  /** The author confirms the post holds no detail that identifies a client (must be true). */
  confirmNoClientIdentifiers: Scalars['Boolean']['input'];
  /**
   * Words the check took for names of people that the author confirms are not (or may be shared); each must be
   * one the API reported (extensions.identifiers of kind PERSON_NAME).
   */
  confirmedNames?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Reply id. */
  id: Scalars['ID']['input'];
};

/** An edit of one's own question. */
export type UpdateQaThreadInput = {
  /** The question (1–5,000 characters). */
  body: Scalars['String']['input'];
  /** Bureau region (bureau code), if any. */
  bureau?: InputMaybe<Scalars['ID']['input']>;
  /** The author confirms the post holds no detail that identifies a client (must be true). */
  confirmNoClientIdentifiers: Scalars['Boolean']['input'];
  /**
   * Words the check took for names of people that the author confirms are not (or may be shared); each must be
   * one the API reported (extensions.identifiers of kind PERSON_NAME).
   */
  confirmedNames?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Support domain codes (1–3). */
  domains: Array<Scalars['ID']['input']>;
  /** Thread id. */
  id: Scalars['ID']['input'];
  /** Prefecture (JIS code), if any. */
  prefecture?: InputMaybe<Scalars['ID']['input']>;
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
};

/** Input of updateReferralOutcome. */
export type UpdateReferralOutcomeInput = {
  /** The new outcome. */
  outcome: ReferralOutcome;
  /** One of the viewer's own referrals. */
  referralId: Scalars['ID']['input'];
};

/** Result of updateReferralOutcome. */
export type UpdateReferralOutcomePayload = {
  __typename?: 'UpdateReferralOutcomePayload';
  /** The referral with its new outcome. */
  referral: Referral;
};

/** Input of updateSurvey. */
export type UpdateSurveyInput = {
  /** The new content. */
  content: SurveyContentInput;
  /** Survey id. */
  id: Scalars['ID']['input'];
};

/** Input of updateWorkshop. */
export type UpdateWorkshopInput = {
  /** The new content. */
  content: WorkshopContentInput;
  /** Workshop id. */
  id: Scalars['ID']['input'];
};

/** Input of verifyPartner. */
export type VerifyPartnerInput = {
  /** The partner. */
  partnerId: Scalars['ID']['input'];
  /** True to mark verified, false to withdraw the verification. */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of verifyPartner. */
export type VerifyPartnerPayload = {
  __typename?: 'VerifyPartnerPayload';
  /** The partner. */
  partner: Partner;
};

/** The signed-in account. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Name shown in the portal. */
  displayName: Scalars['String']['output'];
  /** Sign-in e-mail address. */
  email: Scalars['String']['output'];
  /** Account id. */
  id: Scalars['ID']['output'];
  /** Preferred portal language: "ja" or "en". */
  locale: Scalars['String']['output'];
  /** True when the viewer has a personal notice feed token. */
  noticeFeedActive: Scalars['Boolean']['output'];
  /** Open surveys for the viewer that they have not answered yet (the navigation badge). */
  openSurveyCount: Scalars['Int']['output'];
  /** Home prefecture, when the account has one. */
  prefecture: Maybe<Prefecture>;
  /** The account's role. */
  role: Role;
  /** When the current session expires. */
  sessionExpiresAt: Scalars['DateTime']['output'];
  /** Two-step sign-in (TOTP) is set up. */
  twoStepEnabled: Scalars['Boolean']['output'];
  /** This account must set up two-step sign-in before its role's operations work (ISA_ADMIN when required). */
  twoStepRequired: Scalars['Boolean']['output'];
  /** Unread notices for the viewer (the navigation badge). */
  unreadNoticeCount: Scalars['Int']['output'];
  /** Unread notifications for the viewer (the navigation badge). */
  unreadNotificationCount: Scalars['Int']['output'];
};

/** A case-study workshop. */
export type Workshop = {
  __typename?: 'Workshop';
  /** When attendance was first recorded (peer consent is fixed from then on). */
  attendanceRecordedAt: Maybe<Scalars['DateTime']['output']>;
  /** Number of seats. */
  capacity: Scalars['Int']['output'];
  /** Confirmed seats. */
  confirmedCount: Scalars['Int']['output'];
  /** Description (plain text). */
  description: Scalars['String']['output'];
  /** Who may register. */
  eligibility: WorkshopEligibility;
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** E-mail addresses of the facilitators; organizers only (others get an empty list). */
  facilitatorEmails: Array<Scalars['String']['output']>;
  /** Facilitators. */
  facilitators: Array<WorkshopPerson>;
  /** In person, online or hybrid. */
  format: WorkshopFormat;
  /** All groups; organizers and facilitators only (others get an empty list). */
  groups: Array<WorkshopGroup>;
  /** Workshop id. */
  id: Scalars['ID']['output'];
  /** Case materials the viewer may see listed (titles and states, never bodies). */
  materials: CaseMaterialSummaryConnection;
  /** The viewer's group, if any. */
  myGroup: Maybe<WorkshopGroup>;
  /** The viewer's own registration, if any. */
  myRegistration: Maybe<WorkshopRegistration>;
  /** Meeting link; only for confirmed participants, facilitators and organizers. */
  onlineUrl: Maybe<Scalars['String']['output']>;
  /** Organizers. */
  organizers: Array<WorkshopPerson>;
  /** Prefecture of the venue. */
  prefecture: Maybe<Prefecture>;
  /** Registration closes. */
  registrationClosesAt: Scalars['DateTime']['output'];
  /** True when registration is open now. */
  registrationOpen: Scalars['Boolean']['output'];
  /** Registration opens. */
  registrationOpensAt: Scalars['DateTime']['output'];
  /** Registrations in order (confirmed, waitlisted by position, cancelled); organizers and facilitators only. */
  roster: WorkshopRegistrationConnection;
  /** The roster as CSV (UTF-8 with BOM); organizers only. */
  rosterCsv: Scalars['String']['output'];
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Support domains the workshop is about. */
  themes: Array<SupportDomain>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Venue (in person or hybrid). */
  venue: Maybe<Scalars['String']['output']>;
  /** True when the viewer facilitates this workshop. */
  viewerIsFacilitator: Scalars['Boolean']['output'];
  /** True when the viewer organizes this workshop. */
  viewerIsOrganizer: Scalars['Boolean']['output'];
  /** People on the waitlist. */
  waitlistCount: Scalars['Int']['output'];
};


/** A case-study workshop. */
export type WorkshopMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A case-study workshop. */
export type WorkshopRosterArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of workshops. */
export type WorkshopConnection = {
  __typename?: 'WorkshopConnection';
  /** The workshops of this page. */
  edges: Array<WorkshopEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** The editable fields of a workshop. */
export type WorkshopContentInput = {
  /** Seats (1–500). */
  capacity: Scalars['Int']['input'];
  /** Description (up to 5,000 characters). */
  description: Scalars['String']['input'];
  /** Who may register. */
  eligibility: WorkshopEligibility;
  /** End, after the start. */
  endsAt: Scalars['DateTime']['input'];
  /** E-mail addresses of the facilitators (organizers or graduates). */
  facilitatorEmails: Array<Scalars['String']['input']>;
  /** In person, online or hybrid. */
  format: WorkshopFormat;
  /** Meeting link (https); required online and hybrid. */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Prefecture code of the venue; required in person and hybrid. */
  prefecture?: InputMaybe<Scalars['String']['input']>;
  /** Registration closes, before the start. */
  registrationClosesAt: Scalars['DateTime']['input'];
  /** Registration opens. */
  registrationOpensAt: Scalars['DateTime']['input'];
  /** Start, with offset (the portal sends +09:00). */
  startsAt: Scalars['DateTime']['input'];
  /** Support domain codes (1–5). */
  themes: Array<Scalars['String']['input']>;
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
  /** Venue; required in person and hybrid. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** An edge of a workshop list. */
export type WorkshopEdge = {
  __typename?: 'WorkshopEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The workshop. */
  node: Workshop;
};

/** Who may register for a workshop. */
export type WorkshopEligibility =
  /** Every graduate (a COORDINATOR account acting as a Coordinator). */
  | 'ANY_GRADUATE'
  /** Graduates whose certificate is valid on the day of registration. */
  | 'CERTIFICATE_VALID'
  /** A renewal training: graduates in the final year of their certificate or whose certificate expired. */
  | 'RENEWAL';

/** Filter of the workshop list. */
export type WorkshopFilter = {
  /** Which workshops (default UPCOMING). */
  scope?: InputMaybe<WorkshopScope>;
};

/** How a workshop is held. */
export type WorkshopFormat =
  /** At a venue and online. */
  | 'HYBRID'
  /** At a venue. */
  | 'IN_PERSON'
  /** Online, with a meeting link for registered participants. */
  | 'ONLINE';

/** A group of at most 15 participants with a facilitator. */
export type WorkshopGroup = {
  __typename?: 'WorkshopGroup';
  /** How many different bureau regions the members come from. */
  bureauCount: Scalars['Int']['output'];
  /** Who facilitates the group. */
  facilitator: Maybe<WorkshopPerson>;
  /** Group id. */
  id: Scalars['ID']['output'];
  /** The group's members. */
  members: Array<WorkshopParticipant>;
  /** 1-based group number. */
  number: Scalars['Int']['output'];
};

/** A registered graduate as organizers and facilitators see them. */
export type WorkshopParticipant = {
  __typename?: 'WorkshopParticipant';
  /** The bureau region of that prefecture. */
  bureau: Maybe<Bureau>;
  /** Display name. */
  displayName: Scalars['String']['output'];
  /** The graduate's support domains of expertise. */
  domains: Array<SupportDomain>;
  /** Coordinator id. */
  id: Scalars['ID']['output'];
  /** Where the graduate works. */
  prefecture: Maybe<Prefecture>;
};

/** Result of a change to a workshop. */
export type WorkshopPayload = {
  __typename?: 'WorkshopPayload';
  /** The workshop after the change. */
  workshop: Workshop;
};

/** A user named on a workshop (organizer, facilitator, author, reader), as others see them. */
export type WorkshopPerson = {
  __typename?: 'WorkshopPerson';
  /** Display name. */
  displayName: Scalars['String']['output'];
  /** Account id. */
  id: Scalars['ID']['output'];
};

/** One graduate's registration for a workshop. */
export type WorkshopRegistration = {
  __typename?: 'WorkshopRegistration';
  /** True when the organizer recorded the graduate as present. */
  attended: Scalars['Boolean']['output'];
  /** When the registration was cancelled, if it was. */
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** Number of the graduate's group, once groups exist. */
  groupNumber: Maybe<Scalars['Int']['output']>;
  /** The graduate. */
  participant: WorkshopParticipant;
  /** True when the graduate agrees to be peer-linked with the other consenting attendees. */
  peerConsent: Scalars['Boolean']['output'];
  /** When the graduate (last) registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** Seat, waitlist or cancelled. */
  status: WorkshopRegistrationStatus;
  /** 1-based place on the waitlist (no gaps), when waitlisted. */
  waitlistPosition: Maybe<Scalars['Int']['output']>;
};

/** A page of the roster. */
export type WorkshopRegistrationConnection = {
  __typename?: 'WorkshopRegistrationConnection';
  /** The registrations of this page. */
  edges: Array<WorkshopRegistrationEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** An edge of a roster. */
export type WorkshopRegistrationEdge = {
  __typename?: 'WorkshopRegistrationEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The registration. */
  node: WorkshopRegistration;
};

/** Result of a registration change. */
export type WorkshopRegistrationPayload = {
  __typename?: 'WorkshopRegistrationPayload';
  /** The viewer's registration after the change. */
  registration: WorkshopRegistration;
  /** The workshop after the change. */
  workshop: Workshop;
};

/** State of one registration. */
export type WorkshopRegistrationStatus =
  /** Cancelled by the participant. */
  | 'CANCELLED'
  /** Has a seat. */
  | 'CONFIRMED'
  /** On the waitlist; promoted automatically when a seat frees up. */
  | 'WAITLISTED';

/** Which workshops to list. */
export type WorkshopScope =
  /** Workshops the viewer registered for (not cancelled). */
  | 'MINE'
  /** Upcoming workshops whose registration window is open now. */
  | 'OPEN'
  /** Workshops the viewer organizes or facilitates. */
  | 'ORGANIZING'
  /** Workshops that have started, newest first. */
  | 'PAST'
  /** Workshops that have not started yet. */
  | 'UPCOMING';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Account: ResolverTypeWrapper<AccountRow>;
  AccountConnection: ResolverTypeWrapper<Omit<AccountConnection, 'edges'> & { edges: Array<ResolversTypes['AccountEdge']> }>;
  AccountEdge: ResolverTypeWrapper<Omit<AccountEdge, 'node'> & { node: ResolversTypes['Account'] }>;
  AccountPayload: ResolverTypeWrapper<Omit<AccountPayload, 'account'> & { account: ResolversTypes['Account'] }>;
  AccountRefusal: AccountRefusal;
  ActivityBureauTrend: ResolverTypeWrapper<Omit<ActivityBureauTrend, 'bureau'> & { bureau: ResolversTypes['Bureau'] }>;
  ActivityDomainCount: ResolverTypeWrapper<Omit<ActivityDomainCount, 'domain'> & { domain: ResolversTypes['SupportDomain'] }>;
  ActivityDomainCountInput: ActivityDomainCountInput;
  ActivityDomainTrend: ResolverTypeWrapper<Omit<ActivityDomainTrend, 'domain'> & { domain: ResolversTypes['SupportDomain'] }>;
  ActivityReport: ResolverTypeWrapper<ActivityReportRow>;
  ActivityReportConnection: ResolverTypeWrapper<Omit<ActivityReportConnection, 'edges'> & { edges: Array<ResolversTypes['ActivityReportEdge']> }>;
  ActivityReportEdge: ResolverTypeWrapper<Omit<ActivityReportEdge, 'node'> & { node: ResolversTypes['ActivityReport'] }>;
  ActivityReportTemplate: ResolverTypeWrapper<Omit<ActivityReportTemplate, 'domains'> & { domains: Array<ResolversTypes['SupportDomain']> }>;
  ActivityTrendPoint: ResolverTypeWrapper<ActivityTrendPoint>;
  ActivityTrends: ResolverTypeWrapper<Omit<ActivityTrends, 'byBureau' | 'byDomain'> & { byBureau: Array<ResolversTypes['ActivityBureauTrend']>, byDomain: Array<ResolversTypes['ActivityDomainTrend']> }>;
  AddSearchTermInput: AddSearchTermInput;
  AddSearchTermPayload: ResolverTypeWrapper<Omit<AddSearchTermPayload, 'searchTerm'> & { searchTerm: ResolversTypes['SearchTerm'] }>;
  AnonymizationFlag: ResolverTypeWrapper<AnonymizationFlag>;
  AnonymizationFlagInput: AnonymizationFlagInput;
  AnonymizationFlagKind: AnonymizationFlagKind;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  AuditFilter: AuditFilter;
  Badge: ResolverTypeWrapper<Omit<Badge, 'certificate'> & { certificate: ResolversTypes['Certificate'] }>;
  BadgeCheck: ResolverTypeWrapper<BadgeCheck>;
  BadgeProblem: BadgeProblem;
  BadgePublicKey: ResolverTypeWrapper<BadgePublicKey>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Bureau: ResolverTypeWrapper<BureauRecord>;
  BureauKind: BureauKind;
  CancelWorkshopRegistrationInput: CancelWorkshopRegistrationInput;
  CaseMaterial: ResolverTypeWrapper<MaterialRow>;
  CaseMaterialPayload: ResolverTypeWrapper<Omit<CaseMaterialPayload, 'material'> & { material: ResolversTypes['CaseMaterial'] }>;
  CaseMaterialStatus: CaseMaterialStatus;
  CaseMaterialSummary: ResolverTypeWrapper<MaterialSummaryRow>;
  CaseMaterialSummaryConnection: ResolverTypeWrapper<Omit<CaseMaterialSummaryConnection, 'edges'> & { edges: Array<ResolversTypes['CaseMaterialSummaryEdge']> }>;
  CaseMaterialSummaryEdge: ResolverTypeWrapper<Omit<CaseMaterialSummaryEdge, 'node'> & { node: ResolversTypes['CaseMaterialSummary'] }>;
  Certificate: ResolverTypeWrapper<CertificateParent>;
  CertificateKind: CertificateKind;
  CertificateListFilter: CertificateListFilter;
  CertificateState: CertificateState;
  CertificateStatus: CertificateStatus;
  CertificateVerification: ResolverTypeWrapper<CertificateVerification>;
  Certification: ResolverTypeWrapper<CertificationRow>;
  CertificationPayload: ResolverTypeWrapper<Omit<CertificationPayload, 'certification'> & { certification: ResolversTypes['Certification'] }>;
  ChangeAccountRoleInput: ChangeAccountRoleInput;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<ChangePasswordPayload>;
  CompleteSignInInput: CompleteSignInInput;
  ConfirmPartnerInput: ConfirmPartnerInput;
  ConfirmPartnerPayload: ResolverTypeWrapper<Omit<ConfirmPartnerPayload, 'partner'> & { partner: ResolversTypes['Partner'] }>;
  Coordinator: ResolverTypeWrapper<CoordinatorRow>;
  CoordinatorConnection: ResolverTypeWrapper<Omit<CoordinatorConnection, 'edges'> & { edges: Array<ResolversTypes['CoordinatorEdge']> }>;
  CoordinatorEdge: ResolverTypeWrapper<Omit<CoordinatorEdge, 'node'> & { node: ResolversTypes['Coordinator'] }>;
  CoordinatorFilter: CoordinatorFilter;
  CoordinatorSort: CoordinatorSort;
  CreateNoticeInput: CreateNoticeInput;
  CreateQaReplyInput: CreateQaReplyInput;
  CreateQaThreadInput: CreateQaThreadInput;
  CreateStaffAccountInput: CreateStaffAccountInput;
  CreateSurveyInput: CreateSurveyInput;
  CreateWorkshopInput: CreateWorkshopInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistanceTier: DistanceTier;
  EndorsePartnerInput: EndorsePartnerInput;
  EndorsePartnerPayload: ResolverTypeWrapper<Omit<EndorsePartnerPayload, 'partner'> & { partner: ResolversTypes['Partner'] }>;
  Endorsement: ResolverTypeWrapper<Endorsement>;
  ErrorCode: ErrorCode;
  ExpertChangeInput: ExpertChangeInput;
  ExpertEligibility: ResolverTypeWrapper<ExpertEligibility>;
  FieldVisibility: FieldVisibility;
  FileActivityReportInput: FileActivityReportInput;
  FileActivityReportPayload: ResolverTypeWrapper<Omit<FileActivityReportPayload, 'report'> & { report: ResolversTypes['ActivityReport'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapAddressal: ResolverTypeWrapper<AddressalRow>;
  GapCell: ResolverTypeWrapper<GapCellRow>;
  GapCount: ResolverTypeWrapper<GapCount>;
  GapCsvPayload: ResolverTypeWrapper<GapCsvPayload>;
  GapDashboard: ResolverTypeWrapper<DashboardView>;
  GapFilterInput: GapFilterInput;
  GapMonth: ResolverTypeWrapper<GapMonth>;
  GapNearbyPartner: ResolverTypeWrapper<NearbyPartnerRow>;
  GapNeed: ResolverTypeWrapper<GapNeedRow>;
  GapPrefectureCount: ResolverTypeWrapper<GapPrefectureCountRow>;
  GapPrefectureDetail: ResolverTypeWrapper<GapPrefectureDetailRow>;
  GapSource: GapSource;
  GapStatus: GapStatus;
  Handoff: ResolverTypeWrapper<HandoffRow>;
  HandoffConnection: ResolverTypeWrapper<Omit<HandoffConnection, 'edges'> & { edges: Array<ResolversTypes['HandoffEdge']> }>;
  HandoffEdge: ResolverTypeWrapper<Omit<HandoffEdge, 'node'> & { node: ResolversTypes['Handoff'] }>;
  HandoffMessage: ResolverTypeWrapper<HandoffMessageRow>;
  HandoffPayload: ResolverTypeWrapper<Omit<HandoffPayload, 'handoff'> & { handoff: ResolversTypes['Handoff'] }>;
  HandoffStatus: HandoffStatus;
  Health: ResolverTypeWrapper<Health>;
  HsdsExportInfo: ResolverTypeWrapper<HsdsExportInfo>;
  HsdsImportReport: ResolverTypeWrapper<HsdsImportReport>;
  HsdsImportedPartner: ResolverTypeWrapper<HsdsImportedPartner>;
  HsdsUnmappedField: ResolverTypeWrapper<HsdsUnmappedField>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportGraduatesInput: ImportGraduatesInput;
  ImportGraduatesPayload: ResolverTypeWrapper<ImportGraduatesPayload>;
  ImportHsdsInput: ImportHsdsInput;
  ImportHsdsPayload: ResolverTypeWrapper<ImportHsdsPayload>;
  ImportRowAction: ImportRowAction;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  ImportRowPreview: ResolverTypeWrapper<ImportRowPreview>;
  ImportSummary: ResolverTypeWrapper<ImportSummary>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Introduction: ResolverTypeWrapper<IntroductionRow>;
  InvitationCode: ResolverTypeWrapper<InvitationCode>;
  KnowledgeInsight: ResolverTypeWrapper<InsightRow>;
  KnowledgeInsightConnection: ResolverTypeWrapper<Omit<KnowledgeInsightConnection, 'edges'> & { edges: Array<ResolversTypes['KnowledgeInsightEdge']> }>;
  KnowledgeInsightEdge: ResolverTypeWrapper<Omit<KnowledgeInsightEdge, 'node'> & { node: ResolversTypes['KnowledgeInsight'] }>;
  KnowledgeInsightFilter: KnowledgeInsightFilter;
  KnowledgeInsightPayload: ResolverTypeWrapper<Omit<KnowledgeInsightPayload, 'insight'> & { insight: ResolversTypes['KnowledgeInsight'] }>;
  Language: ResolverTypeWrapper<LanguageRecord>;
  ManageNoticeFeedTokenInput: ManageNoticeFeedTokenInput;
  MarkGapAddressedInput: MarkGapAddressedInput;
  MarkGapAddressedPayload: ResolverTypeWrapper<Omit<MarkGapAddressedPayload, 'addressal'> & { addressal: ResolversTypes['GapAddressal'] }>;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  MaterialAccess: ResolverTypeWrapper<MaterialAccessRow>;
  MaterialAccessConnection: ResolverTypeWrapper<Omit<MaterialAccessConnection, 'edges'> & { edges: Array<ResolversTypes['MaterialAccessEdge']> }>;
  MaterialAccessEdge: ResolverTypeWrapper<Omit<MaterialAccessEdge, 'node'> & { node: ResolversTypes['MaterialAccess'] }>;
  MaterialReviewers: MaterialReviewers;
  MissingPartnerReport: ResolverTypeWrapper<MissingPartnerReportRow>;
  ModerateQaPostInput: ModerateQaPostInput;
  MoveWorkshopParticipantInput: MoveWorkshopParticipantInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighbourCoordinator: ResolverTypeWrapper<NeighbourCoordinator>;
  NeighbourDomain: ResolverTypeWrapper<NeighbourDomainRow>;
  Notice: ResolverTypeWrapper<NoticeRow>;
  NoticeAttachment: ResolverTypeWrapper<NoticeAttachment>;
  NoticeAttachmentInput: NoticeAttachmentInput;
  NoticeAudience: ResolverTypeWrapper<Omit<NoticeAudience, 'bureaus' | 'prefectures'> & { bureaus: Array<ResolversTypes['Bureau']>, prefectures: Array<ResolversTypes['Prefecture']> }>;
  NoticeAudienceInput: NoticeAudienceInput;
  NoticeCategory: NoticeCategory;
  NoticeConnection: ResolverTypeWrapper<Omit<NoticeConnection, 'edges'> & { edges: Array<ResolversTypes['NoticeEdge']> }>;
  NoticeContentInput: NoticeContentInput;
  NoticeEdge: ResolverTypeWrapper<Omit<NoticeEdge, 'node'> & { node: ResolversTypes['Notice'] }>;
  NoticeFeedTokenPayload: ResolverTypeWrapper<NoticeFeedTokenPayload>;
  NoticeFilter: NoticeFilter;
  NoticeIdInput: NoticeIdInput;
  NoticeImportance: NoticeImportance;
  NoticePayload: ResolverTypeWrapper<Omit<NoticePayload, 'notice'> & { notice: ResolversTypes['Notice'] }>;
  NoticePrefectureStats: ResolverTypeWrapper<PrefectureStatsRow>;
  NoticeReader: ResolverTypeWrapper<AudienceMemberRow>;
  NoticeRevision: ResolverTypeWrapper<NoticeRevision>;
  NoticeStats: ResolverTypeWrapper<NoticeStatsResult>;
  NoticeStatus: NoticeStatus;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  OpenCaseMaterialInput: OpenCaseMaterialInput;
  OutboxMail: ResolverTypeWrapper<OutboxMail>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerParent>;
  PartnerAddress: ResolverTypeWrapper<PartnerRow>;
  PartnerChange: ResolverTypeWrapper<PartnerChange>;
  PartnerConnection: ResolverTypeWrapper<Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerEdge']> }>;
  PartnerEdge: ResolverTypeWrapper<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Partner'] }>;
  PartnerFieldsInput: PartnerFieldsInput;
  PartnerFilter: PartnerFilter;
  PartnerKind: PartnerKind;
  PartnerNeighbourhood: ResolverTypeWrapper<NeighbourhoodRow>;
  PartnerSearchInput: PartnerSearchInput;
  PartnerTrust: ResolverTypeWrapper<PartnerTrust>;
  PeerRequest: ResolverTypeWrapper<PeerRequestRow>;
  PeerRequestConnection: ResolverTypeWrapper<Omit<PeerRequestConnection, 'edges'> & { edges: Array<ResolversTypes['PeerRequestEdge']> }>;
  PeerRequestEdge: ResolverTypeWrapper<Omit<PeerRequestEdge, 'node'> & { node: ResolversTypes['PeerRequest'] }>;
  PeerRequestStatus: PeerRequestStatus;
  PostHandoffMessageInput: PostHandoffMessageInput;
  Prefecture: ResolverTypeWrapper<PrefectureRecord>;
  ProfileAudience: ProfileAudience;
  ProfileVisibility: ResolverTypeWrapper<ProfileVisibility>;
  ProfileVisibilityInput: ProfileVisibilityInput;
  ProposePartnerInput: ProposePartnerInput;
  ProposePartnerPayload: ResolverTypeWrapper<Omit<ProposePartnerPayload, 'partner'> & { partner: ResolversTypes['Partner'] }>;
  PublishKnowledgeInsightInput: PublishKnowledgeInsightInput;
  PublishNoticeInput: PublishNoticeInput;
  QaAuthor: ResolverTypeWrapper<QaAuthorRow>;
  QaModeration: ResolverTypeWrapper<QaModeration>;
  QaPostIdInput: QaPostIdInput;
  QaPostPayload: ResolverTypeWrapper<QaPostPayload>;
  QaReply: ResolverTypeWrapper<QaReplyRow>;
  QaReplyConnection: ResolverTypeWrapper<Omit<QaReplyConnection, 'edges'> & { edges: Array<ResolversTypes['QaReplyEdge']> }>;
  QaReplyEdge: ResolverTypeWrapper<Omit<QaReplyEdge, 'node'> & { node: ResolversTypes['QaReply'] }>;
  QaReplyPayload: ResolverTypeWrapper<Omit<QaReplyPayload, 'reply'> & { reply: ResolversTypes['QaReply'] }>;
  QaThread: ResolverTypeWrapper<QaThreadRow>;
  QaThreadConnection: ResolverTypeWrapper<Omit<QaThreadConnection, 'edges'> & { edges: Array<ResolversTypes['QaThreadEdge']> }>;
  QaThreadEdge: ResolverTypeWrapper<Omit<QaThreadEdge, 'node'> & { node: ResolversTypes['QaThread'] }>;
  QaThreadFilter: QaThreadFilter;
  QaThreadPayload: ResolverTypeWrapper<Omit<QaThreadPayload, 'thread'> & { thread: ResolversTypes['QaThread'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordHandoffOutcomeInput: RecordHandoffOutcomeInput;
  RecordReferralInput: RecordReferralInput;
  RecordReferralPayload: ResolverTypeWrapper<Omit<RecordReferralPayload, 'referral'> & { referral: ResolversTypes['Referral'] }>;
  RecordRenewalInput: RecordRenewalInput;
  RecordTrainerTrainingInput: RecordTrainerTrainingInput;
  RecordWorkshopAttendanceInput: RecordWorkshopAttendanceInput;
  RecordWorkshopAttendancePayload: ResolverTypeWrapper<Omit<RecordWorkshopAttendancePayload, 'workshop'> & { workshop: ResolversTypes['Workshop'] }>;
  RedeemInvitationInput: RedeemInvitationInput;
  RedeemInvitationPayload: ResolverTypeWrapper<Omit<RedeemInvitationPayload, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  Referral: ResolverTypeWrapper<ReferralRow>;
  ReferralOutcome: ReferralOutcome;
  RegionalBlock: ResolverTypeWrapper<BlockRecord>;
  RegisterForWorkshopInput: RegisterForWorkshopInput;
  ReissueInvitationsInput: ReissueInvitationsInput;
  ReissueInvitationsPayload: ResolverTypeWrapper<ReissueInvitationsPayload>;
  RemoteMode: RemoteMode;
  RemoveSearchTermPayload: ResolverTypeWrapper<RemoveSearchTermPayload>;
  RenewalTraining: ResolverTypeWrapper<RenewalTraining>;
  ReportMissingPartnerInput: ReportMissingPartnerInput;
  ReportMissingPartnerPayload: ResolverTypeWrapper<Omit<ReportMissingPartnerPayload, 'report'> & { report: ResolversTypes['MissingPartnerReport'] }>;
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetPayload: ResolverTypeWrapper<RequestPasswordResetPayload>;
  RequestPeerConnectionInput: RequestPeerConnectionInput;
  RequestPeerConnectionPayload: ResolverTypeWrapper<Omit<RequestPeerConnectionPayload, 'request'> & { request: ResolversTypes['PeerRequest'] }>;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResolverTypeWrapper<ResetPasswordPayload>;
  RespondToHandoffInput: RespondToHandoffInput;
  RespondToPeerRequestInput: RespondToPeerRequestInput;
  RespondToPeerRequestPayload: ResolverTypeWrapper<Omit<RespondToPeerRequestPayload, 'request'> & { request: ResolversTypes['PeerRequest'] }>;
  ReviewCaseMaterialInput: ReviewCaseMaterialInput;
  RevokeCertificateInput: RevokeCertificateInput;
  Role: Role;
  SaveSurveyDraftPayload: ResolverTypeWrapper<Omit<SaveSurveyDraftPayload, 'survey'> & { survey: ResolversTypes['Survey'] }>;
  SearchNeed: ResolverTypeWrapper<SearchNeedRow>;
  SearchReason: ResolverTypeWrapper<SearchReasonRow>;
  SearchReasonKind: SearchReasonKind;
  SearchResult: ResolverTypeWrapper<SearchResultRow>;
  SearchResultConnection: ResolverTypeWrapper<SearchResultConnectionRow>;
  SearchResultEdge: ResolverTypeWrapper<Omit<SearchResultEdge, 'node'> & { node: ResolversTypes['SearchResult'] }>;
  SearchSuggestion: ResolverTypeWrapper<SearchSuggestion>;
  SearchTerm: ResolverTypeWrapper<SearchTermRow>;
  SendHandoffInput: SendHandoffInput;
  SendHandoffPayload: ResolverTypeWrapper<Omit<SendHandoffPayload, 'handoff'> & { handoff: ResolversTypes['Handoff'] }>;
  SetAccountActiveInput: SetAccountActiveInput;
  SetWorkshopGroupFacilitatorInput: SetWorkshopGroupFacilitatorInput;
  SetWorkshopPeerConsentInput: SetWorkshopPeerConsentInput;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  SplitWorkshopGroupsInput: SplitWorkshopGroupsInput;
  StatusOfResidence: ResolverTypeWrapper<StatusRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitCaseMaterialInput: SubmitCaseMaterialInput;
  SubmitSurveyResponsePayload: ResolverTypeWrapper<SubmitOutcome>;
  SupportDomain: ResolverTypeWrapper<DomainRecord>;
  Survey: ResolverTypeWrapper<SurveyRow>;
  SurveyAnswer: ResolverTypeWrapper<SurveyAnswer>;
  SurveyAnswerInput: SurveyAnswerInput;
  SurveyAnswersInput: SurveyAnswersInput;
  SurveyAudience: ResolverTypeWrapper<Omit<SurveyAudience, 'bureaus' | 'prefectures'> & { bureaus: Array<ResolversTypes['Bureau']>, prefectures: Array<ResolversTypes['Prefecture']> }>;
  SurveyAudienceInput: SurveyAudienceInput;
  SurveyCondition: ResolverTypeWrapper<SurveyCondition>;
  SurveyConditionInput: SurveyConditionInput;
  SurveyConnection: ResolverTypeWrapper<Omit<SurveyConnection, 'edges'> & { edges: Array<ResolversTypes['SurveyEdge']> }>;
  SurveyContentInput: SurveyContentInput;
  SurveyEdge: ResolverTypeWrapper<Omit<SurveyEdge, 'node'> & { node: ResolversTypes['Survey'] }>;
  SurveyGroupRate: ResolverTypeWrapper<GroupRate>;
  SurveyHistogramBin: ResolverTypeWrapper<SurveyHistogramBin>;
  SurveyIdInput: SurveyIdInput;
  SurveyOption: ResolverTypeWrapper<SurveyOption>;
  SurveyOptionInput: SurveyOptionInput;
  SurveyPayload: ResolverTypeWrapper<Omit<SurveyPayload, 'survey'> & { survey: ResolversTypes['Survey'] }>;
  SurveyQuestion: ResolverTypeWrapper<QuestionDef>;
  SurveyQuestionInput: SurveyQuestionInput;
  SurveyQuestionResult: ResolverTypeWrapper<QuestionResult>;
  SurveyQuestionType: SurveyQuestionType;
  SurveyResults: ResolverTypeWrapper<SurveyResultsView>;
  SurveyResultsFilter: SurveyResultsFilter;
  SurveyStatus: SurveyStatus;
  SurveyTextAnswer: ResolverTypeWrapper<TextAnswerRow>;
  SurveyTextAnswerConnection: ResolverTypeWrapper<Omit<SurveyTextAnswerConnection, 'edges'> & { edges: Array<ResolversTypes['SurveyTextAnswerEdge']> }>;
  SurveyTextAnswerEdge: ResolverTypeWrapper<Omit<SurveyTextAnswerEdge, 'node'> & { node: ResolversTypes['SurveyTextAnswer'] }>;
  SurveyValueCount: ResolverTypeWrapper<SurveyValueCount>;
  TwoStepDisabledPayload: ResolverTypeWrapper<TwoStepDisabledPayload>;
  TwoStepEnabledPayload: ResolverTypeWrapper<TwoStepEnabledPayload>;
  TwoStepEnrollment: ResolverTypeWrapper<TwoStepEnrollment>;
  UnderstoodTerm: ResolverTypeWrapper<UnderstoodTermRow>;
  UnderstoodTermKind: UnderstoodTermKind;
  UpdateCertificationInput: UpdateCertificationInput;
  UpdateCertificationPayload: ResolverTypeWrapper<Omit<UpdateCertificationPayload, 'coordinator'> & { coordinator: ResolversTypes['Coordinator'] }>;
  UpdateMyProfileInput: UpdateMyProfileInput;
  UpdateMyProfilePayload: ResolverTypeWrapper<Omit<UpdateMyProfilePayload, 'coordinator'> & { coordinator: ResolversTypes['Coordinator'] }>;
  UpdateNoticeInput: UpdateNoticeInput;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdatePartnerPayload: ResolverTypeWrapper<Omit<UpdatePartnerPayload, 'partner'> & { partner: ResolversTypes['Partner'] }>;
  UpdateQaReplyInput: UpdateQaReplyInput;
  UpdateQaThreadInput: UpdateQaThreadInput;
  UpdateReferralOutcomeInput: UpdateReferralOutcomeInput;
  UpdateReferralOutcomePayload: ResolverTypeWrapper<Omit<UpdateReferralOutcomePayload, 'referral'> & { referral: ResolversTypes['Referral'] }>;
  UpdateSurveyInput: UpdateSurveyInput;
  UpdateWorkshopInput: UpdateWorkshopInput;
  VerifyPartnerInput: VerifyPartnerInput;
  VerifyPartnerPayload: ResolverTypeWrapper<Omit<VerifyPartnerPayload, 'partner'> & { partner: ResolversTypes['Partner'] }>;
  Viewer: ResolverTypeWrapper<SessionViewer>;
  Workshop: ResolverTypeWrapper<WorkshopRow>;
  WorkshopConnection: ResolverTypeWrapper<Omit<WorkshopConnection, 'edges'> & { edges: Array<ResolversTypes['WorkshopEdge']> }>;
  WorkshopContentInput: WorkshopContentInput;
  WorkshopEdge: ResolverTypeWrapper<Omit<WorkshopEdge, 'node'> & { node: ResolversTypes['Workshop'] }>;
  WorkshopEligibility: WorkshopEligibility;
  WorkshopFilter: WorkshopFilter;
  WorkshopFormat: WorkshopFormat;
  WorkshopGroup: ResolverTypeWrapper<GroupRow>;
  WorkshopParticipant: ResolverTypeWrapper<ParticipantRow>;
  WorkshopPayload: ResolverTypeWrapper<Omit<WorkshopPayload, 'workshop'> & { workshop: ResolversTypes['Workshop'] }>;
  WorkshopPerson: ResolverTypeWrapper<PersonRow>;
  WorkshopRegistration: ResolverTypeWrapper<RegistrationRow>;
  WorkshopRegistrationConnection: ResolverTypeWrapper<Omit<WorkshopRegistrationConnection, 'edges'> & { edges: Array<ResolversTypes['WorkshopRegistrationEdge']> }>;
  WorkshopRegistrationEdge: ResolverTypeWrapper<Omit<WorkshopRegistrationEdge, 'node'> & { node: ResolversTypes['WorkshopRegistration'] }>;
  WorkshopRegistrationPayload: ResolverTypeWrapper<Omit<WorkshopRegistrationPayload, 'registration' | 'workshop'> & { registration: ResolversTypes['WorkshopRegistration'], workshop: ResolversTypes['Workshop'] }>;
  WorkshopRegistrationStatus: WorkshopRegistrationStatus;
  WorkshopScope: WorkshopScope;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Account: AccountRow;
  AccountConnection: Omit<AccountConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccountEdge']> };
  AccountEdge: Omit<AccountEdge, 'node'> & { node: ResolversParentTypes['Account'] };
  AccountPayload: Omit<AccountPayload, 'account'> & { account: ResolversParentTypes['Account'] };
  ActivityBureauTrend: Omit<ActivityBureauTrend, 'bureau'> & { bureau: ResolversParentTypes['Bureau'] };
  ActivityDomainCount: Omit<ActivityDomainCount, 'domain'> & { domain: ResolversParentTypes['SupportDomain'] };
  ActivityDomainCountInput: ActivityDomainCountInput;
  ActivityDomainTrend: Omit<ActivityDomainTrend, 'domain'> & { domain: ResolversParentTypes['SupportDomain'] };
  ActivityReport: ActivityReportRow;
  ActivityReportConnection: Omit<ActivityReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActivityReportEdge']> };
  ActivityReportEdge: Omit<ActivityReportEdge, 'node'> & { node: ResolversParentTypes['ActivityReport'] };
  ActivityReportTemplate: Omit<ActivityReportTemplate, 'domains'> & { domains: Array<ResolversParentTypes['SupportDomain']> };
  ActivityTrendPoint: ActivityTrendPoint;
  ActivityTrends: Omit<ActivityTrends, 'byBureau' | 'byDomain'> & { byBureau: Array<ResolversParentTypes['ActivityBureauTrend']>, byDomain: Array<ResolversParentTypes['ActivityDomainTrend']> };
  AddSearchTermInput: AddSearchTermInput;
  AddSearchTermPayload: Omit<AddSearchTermPayload, 'searchTerm'> & { searchTerm: ResolversParentTypes['SearchTerm'] };
  AnonymizationFlag: AnonymizationFlag;
  AnonymizationFlagInput: AnonymizationFlagInput;
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  AuditFilter: AuditFilter;
  Badge: Omit<Badge, 'certificate'> & { certificate: ResolversParentTypes['Certificate'] };
  BadgeCheck: BadgeCheck;
  BadgePublicKey: BadgePublicKey;
  Boolean: Scalars['Boolean']['output'];
  Bureau: BureauRecord;
  CancelWorkshopRegistrationInput: CancelWorkshopRegistrationInput;
  CaseMaterial: MaterialRow;
  CaseMaterialPayload: Omit<CaseMaterialPayload, 'material'> & { material: ResolversParentTypes['CaseMaterial'] };
  CaseMaterialSummary: MaterialSummaryRow;
  CaseMaterialSummaryConnection: Omit<CaseMaterialSummaryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CaseMaterialSummaryEdge']> };
  CaseMaterialSummaryEdge: Omit<CaseMaterialSummaryEdge, 'node'> & { node: ResolversParentTypes['CaseMaterialSummary'] };
  Certificate: CertificateParent;
  CertificateListFilter: CertificateListFilter;
  CertificateVerification: CertificateVerification;
  Certification: CertificationRow;
  CertificationPayload: Omit<CertificationPayload, 'certification'> & { certification: ResolversParentTypes['Certification'] };
  ChangeAccountRoleInput: ChangeAccountRoleInput;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ChangePasswordPayload;
  CompleteSignInInput: CompleteSignInInput;
  ConfirmPartnerInput: ConfirmPartnerInput;
  ConfirmPartnerPayload: Omit<ConfirmPartnerPayload, 'partner'> & { partner: ResolversParentTypes['Partner'] };
  Coordinator: CoordinatorRow;
  CoordinatorConnection: Omit<CoordinatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['CoordinatorEdge']> };
  CoordinatorEdge: Omit<CoordinatorEdge, 'node'> & { node: ResolversParentTypes['Coordinator'] };
  CoordinatorFilter: CoordinatorFilter;
  CreateNoticeInput: CreateNoticeInput;
  CreateQaReplyInput: CreateQaReplyInput;
  CreateQaThreadInput: CreateQaThreadInput;
  CreateStaffAccountInput: CreateStaffAccountInput;
  CreateSurveyInput: CreateSurveyInput;
  CreateWorkshopInput: CreateWorkshopInput;
  DateTime: Scalars['DateTime']['output'];
  EndorsePartnerInput: EndorsePartnerInput;
  EndorsePartnerPayload: Omit<EndorsePartnerPayload, 'partner'> & { partner: ResolversParentTypes['Partner'] };
  Endorsement: Endorsement;
  ExpertChangeInput: ExpertChangeInput;
  ExpertEligibility: ExpertEligibility;
  FileActivityReportInput: FileActivityReportInput;
  FileActivityReportPayload: Omit<FileActivityReportPayload, 'report'> & { report: ResolversParentTypes['ActivityReport'] };
  Float: Scalars['Float']['output'];
  GapAddressal: AddressalRow;
  GapCell: GapCellRow;
  GapCount: GapCount;
  GapCsvPayload: GapCsvPayload;
  GapDashboard: DashboardView;
  GapFilterInput: GapFilterInput;
  GapMonth: GapMonth;
  GapNearbyPartner: NearbyPartnerRow;
  GapNeed: GapNeedRow;
  GapPrefectureCount: GapPrefectureCountRow;
  GapPrefectureDetail: GapPrefectureDetailRow;
  Handoff: HandoffRow;
  HandoffConnection: Omit<HandoffConnection, 'edges'> & { edges: Array<ResolversParentTypes['HandoffEdge']> };
  HandoffEdge: Omit<HandoffEdge, 'node'> & { node: ResolversParentTypes['Handoff'] };
  HandoffMessage: HandoffMessageRow;
  HandoffPayload: Omit<HandoffPayload, 'handoff'> & { handoff: ResolversParentTypes['Handoff'] };
  Health: Health;
  HsdsExportInfo: HsdsExportInfo;
  HsdsImportReport: HsdsImportReport;
  HsdsImportedPartner: HsdsImportedPartner;
  HsdsUnmappedField: HsdsUnmappedField;
  ID: Scalars['ID']['output'];
  ImportGraduatesInput: ImportGraduatesInput;
  ImportGraduatesPayload: ImportGraduatesPayload;
  ImportHsdsInput: ImportHsdsInput;
  ImportHsdsPayload: ImportHsdsPayload;
  ImportRowError: ImportRowError;
  ImportRowPreview: ImportRowPreview;
  ImportSummary: ImportSummary;
  Int: Scalars['Int']['output'];
  Introduction: IntroductionRow;
  InvitationCode: InvitationCode;
  KnowledgeInsight: InsightRow;
  KnowledgeInsightConnection: Omit<KnowledgeInsightConnection, 'edges'> & { edges: Array<ResolversParentTypes['KnowledgeInsightEdge']> };
  KnowledgeInsightEdge: Omit<KnowledgeInsightEdge, 'node'> & { node: ResolversParentTypes['KnowledgeInsight'] };
  KnowledgeInsightFilter: KnowledgeInsightFilter;
  KnowledgeInsightPayload: Omit<KnowledgeInsightPayload, 'insight'> & { insight: ResolversParentTypes['KnowledgeInsight'] };
  Language: LanguageRecord;
  ManageNoticeFeedTokenInput: ManageNoticeFeedTokenInput;
  MarkGapAddressedInput: MarkGapAddressedInput;
  MarkGapAddressedPayload: Omit<MarkGapAddressedPayload, 'addressal'> & { addressal: ResolversParentTypes['GapAddressal'] };
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  MaterialAccess: MaterialAccessRow;
  MaterialAccessConnection: Omit<MaterialAccessConnection, 'edges'> & { edges: Array<ResolversParentTypes['MaterialAccessEdge']> };
  MaterialAccessEdge: Omit<MaterialAccessEdge, 'node'> & { node: ResolversParentTypes['MaterialAccess'] };
  MissingPartnerReport: MissingPartnerReportRow;
  ModerateQaPostInput: ModerateQaPostInput;
  MoveWorkshopParticipantInput: MoveWorkshopParticipantInput;
  Mutation: Record<PropertyKey, never>;
  NeighbourCoordinator: NeighbourCoordinator;
  NeighbourDomain: NeighbourDomainRow;
  Notice: NoticeRow;
  NoticeAttachment: NoticeAttachment;
  NoticeAttachmentInput: NoticeAttachmentInput;
  NoticeAudience: Omit<NoticeAudience, 'bureaus' | 'prefectures'> & { bureaus: Array<ResolversParentTypes['Bureau']>, prefectures: Array<ResolversParentTypes['Prefecture']> };
  NoticeAudienceInput: NoticeAudienceInput;
  NoticeConnection: Omit<NoticeConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoticeEdge']> };
  NoticeContentInput: NoticeContentInput;
  NoticeEdge: Omit<NoticeEdge, 'node'> & { node: ResolversParentTypes['Notice'] };
  NoticeFeedTokenPayload: NoticeFeedTokenPayload;
  NoticeFilter: NoticeFilter;
  NoticeIdInput: NoticeIdInput;
  NoticePayload: Omit<NoticePayload, 'notice'> & { notice: ResolversParentTypes['Notice'] };
  NoticePrefectureStats: PrefectureStatsRow;
  NoticeReader: AudienceMemberRow;
  NoticeRevision: NoticeRevision;
  NoticeStats: NoticeStatsResult;
  Notification: NotificationRow;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  OpenCaseMaterialInput: OpenCaseMaterialInput;
  OutboxMail: OutboxMail;
  PageInfo: PageInfo;
  Partner: PartnerParent;
  PartnerAddress: PartnerRow;
  PartnerChange: PartnerChange;
  PartnerConnection: Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerEdge']> };
  PartnerEdge: Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Partner'] };
  PartnerFieldsInput: PartnerFieldsInput;
  PartnerFilter: PartnerFilter;
  PartnerNeighbourhood: NeighbourhoodRow;
  PartnerSearchInput: PartnerSearchInput;
  PartnerTrust: PartnerTrust;
  PeerRequest: PeerRequestRow;
  PeerRequestConnection: Omit<PeerRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['PeerRequestEdge']> };
  PeerRequestEdge: Omit<PeerRequestEdge, 'node'> & { node: ResolversParentTypes['PeerRequest'] };
  PostHandoffMessageInput: PostHandoffMessageInput;
  Prefecture: PrefectureRecord;
  ProfileVisibility: ProfileVisibility;
  ProfileVisibilityInput: ProfileVisibilityInput;
  ProposePartnerInput: ProposePartnerInput;
  ProposePartnerPayload: Omit<ProposePartnerPayload, 'partner'> & { partner: ResolversParentTypes['Partner'] };
  PublishKnowledgeInsightInput: PublishKnowledgeInsightInput;
  PublishNoticeInput: PublishNoticeInput;
  QaAuthor: QaAuthorRow;
  QaModeration: QaModeration;
  QaPostIdInput: QaPostIdInput;
  QaPostPayload: QaPostPayload;
  QaReply: QaReplyRow;
  QaReplyConnection: Omit<QaReplyConnection, 'edges'> & { edges: Array<ResolversParentTypes['QaReplyEdge']> };
  QaReplyEdge: Omit<QaReplyEdge, 'node'> & { node: ResolversParentTypes['QaReply'] };
  QaReplyPayload: Omit<QaReplyPayload, 'reply'> & { reply: ResolversParentTypes['QaReply'] };
  QaThread: QaThreadRow;
  QaThreadConnection: Omit<QaThreadConnection, 'edges'> & { edges: Array<ResolversParentTypes['QaThreadEdge']> };
  QaThreadEdge: Omit<QaThreadEdge, 'node'> & { node: ResolversParentTypes['QaThread'] };
  QaThreadFilter: QaThreadFilter;
  QaThreadPayload: Omit<QaThreadPayload, 'thread'> & { thread: ResolversParentTypes['QaThread'] };
  Query: Record<PropertyKey, never>;
  RecordHandoffOutcomeInput: RecordHandoffOutcomeInput;
  RecordReferralInput: RecordReferralInput;
  RecordReferralPayload: Omit<RecordReferralPayload, 'referral'> & { referral: ResolversParentTypes['Referral'] };
  RecordRenewalInput: RecordRenewalInput;
  RecordTrainerTrainingInput: RecordTrainerTrainingInput;
  RecordWorkshopAttendanceInput: RecordWorkshopAttendanceInput;
  RecordWorkshopAttendancePayload: Omit<RecordWorkshopAttendancePayload, 'workshop'> & { workshop: ResolversParentTypes['Workshop'] };
  RedeemInvitationInput: RedeemInvitationInput;
  RedeemInvitationPayload: Omit<RedeemInvitationPayload, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  Referral: ReferralRow;
  RegionalBlock: BlockRecord;
  RegisterForWorkshopInput: RegisterForWorkshopInput;
  ReissueInvitationsInput: ReissueInvitationsInput;
  ReissueInvitationsPayload: ReissueInvitationsPayload;
  RemoveSearchTermPayload: RemoveSearchTermPayload;
  RenewalTraining: RenewalTraining;
  ReportMissingPartnerInput: ReportMissingPartnerInput;
  ReportMissingPartnerPayload: Omit<ReportMissingPartnerPayload, 'report'> & { report: ResolversParentTypes['MissingPartnerReport'] };
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetPayload: RequestPasswordResetPayload;
  RequestPeerConnectionInput: RequestPeerConnectionInput;
  RequestPeerConnectionPayload: Omit<RequestPeerConnectionPayload, 'request'> & { request: ResolversParentTypes['PeerRequest'] };
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResetPasswordPayload;
  RespondToHandoffInput: RespondToHandoffInput;
  RespondToPeerRequestInput: RespondToPeerRequestInput;
  RespondToPeerRequestPayload: Omit<RespondToPeerRequestPayload, 'request'> & { request: ResolversParentTypes['PeerRequest'] };
  ReviewCaseMaterialInput: ReviewCaseMaterialInput;
  RevokeCertificateInput: RevokeCertificateInput;
  SaveSurveyDraftPayload: Omit<SaveSurveyDraftPayload, 'survey'> & { survey: ResolversParentTypes['Survey'] };
  SearchNeed: SearchNeedRow;
  SearchReason: SearchReasonRow;
  SearchResult: SearchResultRow;
  SearchResultConnection: SearchResultConnectionRow;
  SearchResultEdge: Omit<SearchResultEdge, 'node'> & { node: ResolversParentTypes['SearchResult'] };
  SearchSuggestion: SearchSuggestion;
  SearchTerm: SearchTermRow;
  SendHandoffInput: SendHandoffInput;
  SendHandoffPayload: Omit<SendHandoffPayload, 'handoff'> & { handoff: ResolversParentTypes['Handoff'] };
  SetAccountActiveInput: SetAccountActiveInput;
  SetWorkshopGroupFacilitatorInput: SetWorkshopGroupFacilitatorInput;
  SetWorkshopPeerConsentInput: SetWorkshopPeerConsentInput;
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  SignOutPayload: SignOutPayload;
  SplitWorkshopGroupsInput: SplitWorkshopGroupsInput;
  StatusOfResidence: StatusRecord;
  String: Scalars['String']['output'];
  SubmitCaseMaterialInput: SubmitCaseMaterialInput;
  SubmitSurveyResponsePayload: SubmitOutcome;
  SupportDomain: DomainRecord;
  Survey: SurveyRow;
  SurveyAnswer: SurveyAnswer;
  SurveyAnswerInput: SurveyAnswerInput;
  SurveyAnswersInput: SurveyAnswersInput;
  SurveyAudience: Omit<SurveyAudience, 'bureaus' | 'prefectures'> & { bureaus: Array<ResolversParentTypes['Bureau']>, prefectures: Array<ResolversParentTypes['Prefecture']> };
  SurveyAudienceInput: SurveyAudienceInput;
  SurveyCondition: SurveyCondition;
  SurveyConditionInput: SurveyConditionInput;
  SurveyConnection: Omit<SurveyConnection, 'edges'> & { edges: Array<ResolversParentTypes['SurveyEdge']> };
  SurveyContentInput: SurveyContentInput;
  SurveyEdge: Omit<SurveyEdge, 'node'> & { node: ResolversParentTypes['Survey'] };
  SurveyGroupRate: GroupRate;
  SurveyHistogramBin: SurveyHistogramBin;
  SurveyIdInput: SurveyIdInput;
  SurveyOption: SurveyOption;
  SurveyOptionInput: SurveyOptionInput;
  SurveyPayload: Omit<SurveyPayload, 'survey'> & { survey: ResolversParentTypes['Survey'] };
  SurveyQuestion: QuestionDef;
  SurveyQuestionInput: SurveyQuestionInput;
  SurveyQuestionResult: QuestionResult;
  SurveyResults: SurveyResultsView;
  SurveyResultsFilter: SurveyResultsFilter;
  SurveyTextAnswer: TextAnswerRow;
  SurveyTextAnswerConnection: Omit<SurveyTextAnswerConnection, 'edges'> & { edges: Array<ResolversParentTypes['SurveyTextAnswerEdge']> };
  SurveyTextAnswerEdge: Omit<SurveyTextAnswerEdge, 'node'> & { node: ResolversParentTypes['SurveyTextAnswer'] };
  SurveyValueCount: SurveyValueCount;
  TwoStepDisabledPayload: TwoStepDisabledPayload;
  TwoStepEnabledPayload: TwoStepEnabledPayload;
  TwoStepEnrollment: TwoStepEnrollment;
  UnderstoodTerm: UnderstoodTermRow;
  UpdateCertificationInput: UpdateCertificationInput;
  UpdateCertificationPayload: Omit<UpdateCertificationPayload, 'coordinator'> & { coordinator: ResolversParentTypes['Coordinator'] };
  UpdateMyProfileInput: UpdateMyProfileInput;
  UpdateMyProfilePayload: Omit<UpdateMyProfilePayload, 'coordinator'> & { coordinator: ResolversParentTypes['Coordinator'] };
  UpdateNoticeInput: UpdateNoticeInput;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdatePartnerPayload: Omit<UpdatePartnerPayload, 'partner'> & { partner: ResolversParentTypes['Partner'] };
  UpdateQaReplyInput: UpdateQaReplyInput;
  UpdateQaThreadInput: UpdateQaThreadInput;
  UpdateReferralOutcomeInput: UpdateReferralOutcomeInput;
  UpdateReferralOutcomePayload: Omit<UpdateReferralOutcomePayload, 'referral'> & { referral: ResolversParentTypes['Referral'] };
  UpdateSurveyInput: UpdateSurveyInput;
  UpdateWorkshopInput: UpdateWorkshopInput;
  VerifyPartnerInput: VerifyPartnerInput;
  VerifyPartnerPayload: Omit<VerifyPartnerPayload, 'partner'> & { partner: ResolversParentTypes['Partner'] };
  Viewer: SessionViewer;
  Workshop: WorkshopRow;
  WorkshopConnection: Omit<WorkshopConnection, 'edges'> & { edges: Array<ResolversParentTypes['WorkshopEdge']> };
  WorkshopContentInput: WorkshopContentInput;
  WorkshopEdge: Omit<WorkshopEdge, 'node'> & { node: ResolversParentTypes['Workshop'] };
  WorkshopFilter: WorkshopFilter;
  WorkshopGroup: GroupRow;
  WorkshopParticipant: ParticipantRow;
  WorkshopPayload: Omit<WorkshopPayload, 'workshop'> & { workshop: ResolversParentTypes['Workshop'] };
  WorkshopPerson: PersonRow;
  WorkshopRegistration: RegistrationRow;
  WorkshopRegistrationConnection: Omit<WorkshopRegistrationConnection, 'edges'> & { edges: Array<ResolversParentTypes['WorkshopRegistrationEdge']> };
  WorkshopRegistrationEdge: Omit<WorkshopRegistrationEdge, 'node'> & { node: ResolversParentTypes['WorkshopRegistration'] };
  WorkshopRegistrationPayload: Omit<WorkshopRegistrationPayload, 'registration' | 'workshop'> & { registration: ResolversParentTypes['WorkshopRegistration'], workshop: ResolversParentTypes['Workshop'] };
}>;

export type AccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  activeSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coordinator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failedSignIns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  passwordSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type AccountConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountConnection'] = ResolversParentTypes['AccountConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AccountEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountEdge'] = ResolversParentTypes['AccountEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
}>;

export type AccountPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountPayload'] = ResolversParentTypes['AccountPayload']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
}>;

export type ActivityBureauTrendResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityBureauTrend'] = ResolversParentTypes['ActivityBureauTrend']> = ResolversObject<{
  bureau?: Resolver<ResolversTypes['Bureau'], ParentType, ContextType>;
  consultations?: Resolver<Array<ResolversTypes['ActivityTrendPoint']>, ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['ActivityTrendPoint']>, ParentType, ContextType>;
  referralsOutsideRegion?: Resolver<Array<ResolversTypes['ActivityTrendPoint']>, ParentType, ContextType>;
}>;

export type ActivityDomainCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityDomainCount'] = ResolversParentTypes['ActivityDomainCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['SupportDomain'], ParentType, ContextType>;
}>;

export type ActivityDomainTrendResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityDomainTrend'] = ResolversParentTypes['ActivityDomainTrend']> = ResolversObject<{
  domain?: Resolver<ResolversTypes['SupportDomain'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['ActivityTrendPoint']>, ParentType, ContextType>;
}>;

export type ActivityReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityReport'] = ResolversParentTypes['ActivityReport']> = ResolversObject<{
  consultations?: Resolver<Array<ResolversTypes['ActivityDomainCount']>, ParentType, ContextType>;
  consultationsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referralsMade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referralsOutsideRegion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ActivityReportConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityReportConnection'] = ResolversParentTypes['ActivityReportConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ActivityReportEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityReportEdge'] = ResolversParentTypes['ActivityReportEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivityReport'], ParentType, ContextType>;
}>;

export type ActivityReportTemplateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityReportTemplate'] = ResolversParentTypes['ActivityReportTemplate']> = ResolversObject<{
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  graceDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openPeriods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recurrence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityTrendPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityTrendPoint'] = ResolversParentTypes['ActivityTrendPoint']> = ResolversObject<{
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityTrendsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityTrends'] = ResolversParentTypes['ActivityTrends']> = ResolversObject<{
  byBureau?: Resolver<Array<ResolversTypes['ActivityBureauTrend']>, ParentType, ContextType>;
  byDomain?: Resolver<Array<ResolversTypes['ActivityDomainTrend']>, ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reportCounts?: Resolver<Array<ResolversTypes['ActivityTrendPoint']>, ParentType, ContextType>;
}>;

export type AddSearchTermPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddSearchTermPayload'] = ResolversParentTypes['AddSearchTermPayload']> = ResolversObject<{
  searchTerm?: Resolver<ResolversTypes['SearchTerm'], ParentType, ContextType>;
}>;

export type AnonymizationFlagResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnonymizationFlag'] = ResolversParentTypes['AnonymizationFlag']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AnonymizationFlagKind'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soft?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type BadgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Badge'] = ResolversParentTypes['Badge']> = ResolversObject<{
  certificate?: Resolver<ResolversTypes['Certificate'], ParentType, ContextType>;
  credentialJson?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jwt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifyUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BadgeCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BadgeCheck'] = ResolversParentTypes['BadgeCheck']> = ResolversObject<{
  problem?: Resolver<Maybe<ResolversTypes['BadgeProblem']>, ParentType, ContextType>;
  signatureValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verification?: Resolver<Maybe<ResolversTypes['CertificateVerification']>, ParentType, ContextType>;
}>;

export type BadgePublicKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BadgePublicKey'] = ResolversParentTypes['BadgePublicKey']> = ResolversObject<{
  crv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kty?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BureauResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Bureau'] = ResolversParentTypes['Bureau']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hasInformationCenter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BureauKind'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CaseMaterialResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseMaterial'] = ResolversParentTypes['CaseMaterial']> = ResolversObject<{
  author?: Resolver<ResolversTypes['WorkshopPerson'], ParentType, ContextType>;
  background?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmedFlags?: Resolver<Array<ResolversTypes['AnonymizationFlag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lessons?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  response?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewers?: Resolver<ResolversTypes['MaterialReviewers'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseMaterialStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workshopId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workshopTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CaseMaterialPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseMaterialPayload'] = ResolversParentTypes['CaseMaterialPayload']> = ResolversObject<{
  material?: Resolver<ResolversTypes['CaseMaterial'], ParentType, ContextType>;
}>;

export type CaseMaterialSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseMaterialSummary'] = ResolversParentTypes['CaseMaterialSummary']> = ResolversObject<{
  author?: Resolver<ResolversTypes['WorkshopPerson'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseMaterialStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CaseMaterialSummaryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseMaterialSummaryConnection'] = ResolversParentTypes['CaseMaterialSummaryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CaseMaterialSummaryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CaseMaterialSummaryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseMaterialSummaryEdge'] = ResolversParentTypes['CaseMaterialSummaryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CaseMaterialSummary'], ParentType, ContextType>;
}>;

export type CertificateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Certificate'] = ResolversParentTypes['Certificate']> = ResolversObject<{
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CertificateKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CertificateState'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CertificateVerificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertificateVerification'] = ResolversParentTypes['CertificateVerification']> = ResolversObject<{
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CertificateKind'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CertificateState'], ParentType, ContextType>;
}>;

export type CertificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Certification'] = ResolversParentTypes['Certification']> = ResolversObject<{
  badgeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coordinatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expert?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expertEligibility?: Resolver<ResolversTypes['ExpertEligibility'], ParentType, ContextType>;
  finalYearStartsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Certificate']>, ParentType, ContextType>;
  renewalDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  renewalTrainings?: Resolver<Array<ResolversTypes['RenewalTraining']>, ParentType, ContextType>;
}>;

export type CertificationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertificationPayload'] = ResolversParentTypes['CertificationPayload']> = ResolversObject<{
  certification?: Resolver<ResolversTypes['Certification'], ParentType, ContextType>;
}>;

export type ChangePasswordPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = ResolversObject<{
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConfirmPartnerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfirmPartnerPayload'] = ResolversParentTypes['ConfirmPartnerPayload']> = ResolversObject<{
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
}>;

export type CoordinatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Coordinator'] = ResolversParentTypes['Coordinator']> = ResolversObject<{
  affiliation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateExpiresOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateIssuedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateStatus?: Resolver<Maybe<ResolversTypes['CertificateStatus']>, ParentType, ContextType>;
  cohort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contactNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expert?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPeer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameKana?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameKanji?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameLatin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefecture?: Resolver<ResolversTypes['Prefecture'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  visibility?: Resolver<Maybe<ResolversTypes['ProfileVisibility']>, ParentType, ContextType>;
}>;

export type CoordinatorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoordinatorConnection'] = ResolversParentTypes['CoordinatorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CoordinatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CoordinatorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoordinatorEdge'] = ResolversParentTypes['CoordinatorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Coordinator'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EndorsePartnerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EndorsePartnerPayload'] = ResolversParentTypes['EndorsePartnerPayload']> = ResolversObject<{
  endorsement?: Resolver<ResolversTypes['Endorsement'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  replaced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type EndorsementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Endorsement'] = ResolversParentTypes['Endorsement']> = ResolversObject<{
  coordinatorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExpertEligibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpertEligibility'] = ResolversParentTypes['ExpertEligibility']> = ResolversObject<{
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstCertifiedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trainerTrainingCompletedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  yearsOfPractice?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FileActivityReportPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FileActivityReportPayload'] = ResolversParentTypes['FileActivityReportPayload']> = ResolversObject<{
  report?: Resolver<ResolversTypes['ActivityReport'], ParentType, ContextType>;
}>;

export type GapAddressalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapAddressal'] = ResolversParentTypes['GapAddressal']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['SupportDomain'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  notified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['GapNearbyPartner'], ParentType, ContextType>;
  prefecture?: Resolver<ResolversTypes['Prefecture'], ParentType, ContextType>;
  signals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GapCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapCell'] = ResolversParentTypes['GapCell']> = ResolversObject<{
  count?: Resolver<ResolversTypes['GapCount'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['SupportDomain'], ParentType, ContextType>;
  prefecture?: Resolver<ResolversTypes['Prefecture'], ParentType, ContextType>;
}>;

export type GapCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapCount'] = ResolversParentTypes['GapCount']> = ResolversObject<{
  exact?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lower?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upper?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GapCsvPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapCsvPayload'] = ResolversParentTypes['GapCsvPayload']> = ResolversObject<{
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GapDashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapDashboard'] = ResolversParentTypes['GapDashboard']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['GapCell']>, ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['GapMonth']>, ParentType, ContextType>;
  nationalTotal?: Resolver<ResolversTypes['GapCount'], ParentType, ContextType>;
  prefectures?: Resolver<Array<ResolversTypes['GapPrefectureCount']>, ParentType, ContextType>;
  scopePrefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['GapCount'], ParentType, ContextType>;
}>;

export type GapMonthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapMonth'] = ResolversParentTypes['GapMonth']> = ResolversObject<{
  count?: Resolver<ResolversTypes['GapCount'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type GapNearbyPartnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapNearbyPartner'] = ResolversParentTypes['GapNearbyPartner']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offersLanguage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
}>;

export type GapNeedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapNeed'] = ResolversParentTypes['GapNeed']> = ResolversObject<{
  count?: Resolver<ResolversTypes['GapCount'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['SupportDomain'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  nearbyPartners?: Resolver<Array<ResolversTypes['GapNearbyPartner']>, ParentType, ContextType>;
}>;

export type GapPrefectureCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapPrefectureCount'] = ResolversParentTypes['GapPrefectureCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['GapCount'], ParentType, ContextType>;
  prefecture?: Resolver<ResolversTypes['Prefecture'], ParentType, ContextType>;
}>;

export type GapPrefectureDetailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapPrefectureDetail'] = ResolversParentTypes['GapPrefectureDetail']> = ResolversObject<{
  addressed?: Resolver<Array<ResolversTypes['GapAddressal']>, ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['GapNeed']>, ParentType, ContextType>;
  prefecture?: Resolver<ResolversTypes['Prefecture'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['GapCount'], ParentType, ContextType>;
}>;

export type HandoffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Handoff'] = ResolversParentTypes['Handoff']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Coordinator'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['HandoffMessage']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HandoffStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Coordinator'], ParentType, ContextType>;
}>;

export type HandoffConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HandoffConnection'] = ResolversParentTypes['HandoffConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HandoffEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HandoffEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HandoffEdge'] = ResolversParentTypes['HandoffEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Handoff'], ParentType, ContextType>;
}>;

export type HandoffMessageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HandoffMessage'] = ResolversParentTypes['HandoffMessage']> = ResolversObject<{
  author?: Resolver<ResolversTypes['Coordinator'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type HandoffPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HandoffPayload'] = ResolversParentTypes['HandoffPayload']> = ResolversObject<{
  handoff?: Resolver<ResolversTypes['Handoff'], ParentType, ContextType>;
}>;

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  neo4jVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type HsdsExportInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HsdsExportInfo'] = ResolversParentTypes['HsdsExportInfo']> = ResolversObject<{
  downloadPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sensitiveCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  syntheticCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HsdsImportReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HsdsImportReport'] = ResolversParentTypes['HsdsImportReport']> = ResolversObject<{
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['HsdsImportedPartner']>, ParentType, ContextType>;
  unmapped?: Resolver<Array<ResolversTypes['HsdsUnmappedField']>, ParentType, ContextType>;
  unmappedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HsdsImportedPartnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HsdsImportedPartner'] = ResolversParentTypes['HsdsImportedPartner']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hsdsId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourcePath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HsdsUnmappedFieldResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HsdsUnmappedField'] = ResolversParentTypes['HsdsUnmappedField']> = ResolversObject<{
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportGraduatesPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportGraduatesPayload'] = ResolversParentTypes['ImportGraduatesPayload']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  encoding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  invitations?: Resolver<Array<ResolversTypes['InvitationCode']>, ParentType, ContextType>;
  preview?: Resolver<Array<ResolversTypes['ImportRowPreview']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['ImportSummary'], ParentType, ContextType>;
  unknownColumns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportHsdsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportHsdsPayload'] = ResolversParentTypes['ImportHsdsPayload']> = ResolversObject<{
  report?: Resolver<ResolversTypes['HsdsImportReport'], ParentType, ContextType>;
}>;

export type ImportRowErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError']> = ResolversObject<{
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportRowPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRowPreview'] = ResolversParentTypes['ImportRowPreview']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ImportRowAction'], ParentType, ContextType>;
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportSummary'] = ResolversParentTypes['ImportSummary']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IntroductionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Introduction'] = ResolversParentTypes['Introduction']> = ResolversObject<{
  chain?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvitationCodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvitationCode'] = ResolversParentTypes['InvitationCode']> = ResolversObject<{
  certificateNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coordinatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KnowledgeInsightResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KnowledgeInsight'] = ResolversParentTypes['KnowledgeInsight']> = ResolversObject<{
  bureau?: Resolver<Maybe<ResolversTypes['Bureau']>, ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lesson?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['WorkshopPerson'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workshopId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  workshopTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type KnowledgeInsightConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KnowledgeInsightConnection'] = ResolversParentTypes['KnowledgeInsightConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['KnowledgeInsightEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type KnowledgeInsightEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KnowledgeInsightEdge'] = ResolversParentTypes['KnowledgeInsightEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeInsight'], ParentType, ContextType>;
}>;

export type KnowledgeInsightPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KnowledgeInsightPayload'] = ResolversParentTypes['KnowledgeInsightPayload']> = ResolversObject<{
  insight?: Resolver<ResolversTypes['KnowledgeInsight'], ParentType, ContextType>;
}>;

export type LanguageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Language'] = ResolversParentTypes['Language']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MarkGapAddressedPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MarkGapAddressedPayload'] = ResolversParentTypes['MarkGapAddressedPayload']> = ResolversObject<{
  addressal?: Resolver<ResolversTypes['GapAddressal'], ParentType, ContextType>;
}>;

export type MarkNotificationsReadPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = ResolversObject<{
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MaterialAccessResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MaterialAccess'] = ResolversParentTypes['MaterialAccess']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  materialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  materialTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reader?: Resolver<ResolversTypes['WorkshopPerson'], ParentType, ContextType>;
  readerRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type MaterialAccessConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MaterialAccessConnection'] = ResolversParentTypes['MaterialAccessConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MaterialAccessEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MaterialAccessEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MaterialAccessEdge'] = ResolversParentTypes['MaterialAccessEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MaterialAccess'], ParentType, ContextType>;
}>;

export type MissingPartnerReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MissingPartnerReport'] = ResolversParentTypes['MissingPartnerReport']> = ResolversObject<{
  addressedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['SupportDomain'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefecture?: Resolver<ResolversTypes['Prefecture'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  acknowledgeNotice?: Resolver<ResolversTypes['NoticePayload'], ParentType, ContextType, RequireFields<MutationAcknowledgeNoticeArgs, 'input'>>;
  addSearchTerm?: Resolver<ResolversTypes['AddSearchTermPayload'], ParentType, ContextType, RequireFields<MutationAddSearchTermArgs, 'input'>>;
  archiveNotice?: Resolver<ResolversTypes['NoticePayload'], ParentType, ContextType, RequireFields<MutationArchiveNoticeArgs, 'input'>>;
  cancelWorkshopRegistration?: Resolver<ResolversTypes['WorkshopRegistrationPayload'], ParentType, ContextType, RequireFields<MutationCancelWorkshopRegistrationArgs, 'input'>>;
  changeAccountRole?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationChangeAccountRoleArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  completeSignIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationCompleteSignInArgs, 'input'>>;
  confirmPartner?: Resolver<ResolversTypes['ConfirmPartnerPayload'], ParentType, ContextType, RequireFields<MutationConfirmPartnerArgs, 'input'>>;
  confirmTwoStepEnrollment?: Resolver<ResolversTypes['TwoStepEnabledPayload'], ParentType, ContextType, RequireFields<MutationConfirmTwoStepEnrollmentArgs, 'code'>>;
  createNotice?: Resolver<ResolversTypes['NoticePayload'], ParentType, ContextType, RequireFields<MutationCreateNoticeArgs, 'input'>>;
  createQaReply?: Resolver<ResolversTypes['QaReplyPayload'], ParentType, ContextType, RequireFields<MutationCreateQaReplyArgs, 'input'>>;
  createQaThread?: Resolver<ResolversTypes['QaThreadPayload'], ParentType, ContextType, RequireFields<MutationCreateQaThreadArgs, 'input'>>;
  createStaffAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationCreateStaffAccountArgs, 'input'>>;
  createSurvey?: Resolver<ResolversTypes['SurveyPayload'], ParentType, ContextType, RequireFields<MutationCreateSurveyArgs, 'input'>>;
  createWorkshop?: Resolver<ResolversTypes['WorkshopPayload'], ParentType, ContextType, RequireFields<MutationCreateWorkshopArgs, 'input'>>;
  deleteQaPost?: Resolver<ResolversTypes['QaPostPayload'], ParentType, ContextType, RequireFields<MutationDeleteQaPostArgs, 'input'>>;
  disableTwoStep?: Resolver<ResolversTypes['TwoStepDisabledPayload'], ParentType, ContextType, RequireFields<MutationDisableTwoStepArgs, 'currentPassword'>>;
  duplicateSurvey?: Resolver<ResolversTypes['SurveyPayload'], ParentType, ContextType, RequireFields<MutationDuplicateSurveyArgs, 'input'>>;
  endorsePartner?: Resolver<ResolversTypes['EndorsePartnerPayload'], ParentType, ContextType, RequireFields<MutationEndorsePartnerArgs, 'input'>>;
  exportGapsCsv?: Resolver<ResolversTypes['GapCsvPayload'], ParentType, ContextType, Partial<MutationExportGapsCsvArgs>>;
  fileActivityReport?: Resolver<ResolversTypes['FileActivityReportPayload'], ParentType, ContextType, RequireFields<MutationFileActivityReportArgs, 'input'>>;
  grantExpert?: Resolver<ResolversTypes['CertificationPayload'], ParentType, ContextType, RequireFields<MutationGrantExpertArgs, 'input'>>;
  importGraduates?: Resolver<ResolversTypes['ImportGraduatesPayload'], ParentType, ContextType, RequireFields<MutationImportGraduatesArgs, 'input'>>;
  importHsds?: Resolver<ResolversTypes['ImportHsdsPayload'], ParentType, ContextType, RequireFields<MutationImportHsdsArgs, 'input'>>;
  manageNoticeFeedToken?: Resolver<ResolversTypes['NoticeFeedTokenPayload'], ParentType, ContextType, RequireFields<MutationManageNoticeFeedTokenArgs, 'input'>>;
  markGapAddressed?: Resolver<ResolversTypes['MarkGapAddressedPayload'], ParentType, ContextType, RequireFields<MutationMarkGapAddressedArgs, 'input'>>;
  markNoticeRead?: Resolver<ResolversTypes['NoticePayload'], ParentType, ContextType, RequireFields<MutationMarkNoticeReadArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'input'>>;
  markQaReplyHelpful?: Resolver<ResolversTypes['QaReplyPayload'], ParentType, ContextType, RequireFields<MutationMarkQaReplyHelpfulArgs, 'input'>>;
  moderateQaPost?: Resolver<ResolversTypes['QaPostPayload'], ParentType, ContextType, RequireFields<MutationModerateQaPostArgs, 'input'>>;
  moveWorkshopParticipant?: Resolver<ResolversTypes['WorkshopPayload'], ParentType, ContextType, RequireFields<MutationMoveWorkshopParticipantArgs, 'input'>>;
  openCaseMaterial?: Resolver<ResolversTypes['CaseMaterialPayload'], ParentType, ContextType, RequireFields<MutationOpenCaseMaterialArgs, 'input'>>;
  postHandoffMessage?: Resolver<ResolversTypes['HandoffPayload'], ParentType, ContextType, RequireFields<MutationPostHandoffMessageArgs, 'input'>>;
  proposePartner?: Resolver<ResolversTypes['ProposePartnerPayload'], ParentType, ContextType, RequireFields<MutationProposePartnerArgs, 'input'>>;
  publishKnowledgeInsight?: Resolver<ResolversTypes['KnowledgeInsightPayload'], ParentType, ContextType, RequireFields<MutationPublishKnowledgeInsightArgs, 'input'>>;
  publishNotice?: Resolver<ResolversTypes['NoticePayload'], ParentType, ContextType, RequireFields<MutationPublishNoticeArgs, 'input'>>;
  publishSurvey?: Resolver<ResolversTypes['SurveyPayload'], ParentType, ContextType, RequireFields<MutationPublishSurveyArgs, 'input'>>;
  recordHandoffOutcome?: Resolver<ResolversTypes['HandoffPayload'], ParentType, ContextType, RequireFields<MutationRecordHandoffOutcomeArgs, 'input'>>;
  recordReferral?: Resolver<ResolversTypes['RecordReferralPayload'], ParentType, ContextType, RequireFields<MutationRecordReferralArgs, 'input'>>;
  recordRenewal?: Resolver<ResolversTypes['CertificationPayload'], ParentType, ContextType, RequireFields<MutationRecordRenewalArgs, 'input'>>;
  recordTrainerTraining?: Resolver<ResolversTypes['CertificationPayload'], ParentType, ContextType, RequireFields<MutationRecordTrainerTrainingArgs, 'input'>>;
  recordWorkshopAttendance?: Resolver<ResolversTypes['RecordWorkshopAttendancePayload'], ParentType, ContextType, RequireFields<MutationRecordWorkshopAttendanceArgs, 'input'>>;
  redeemInvitation?: Resolver<ResolversTypes['RedeemInvitationPayload'], ParentType, ContextType, RequireFields<MutationRedeemInvitationArgs, 'input'>>;
  registerForWorkshop?: Resolver<ResolversTypes['WorkshopRegistrationPayload'], ParentType, ContextType, RequireFields<MutationRegisterForWorkshopArgs, 'input'>>;
  reissueInvitations?: Resolver<ResolversTypes['ReissueInvitationsPayload'], ParentType, ContextType, RequireFields<MutationReissueInvitationsArgs, 'input'>>;
  removeSearchTerm?: Resolver<ResolversTypes['RemoveSearchTermPayload'], ParentType, ContextType, RequireFields<MutationRemoveSearchTermArgs, 'id'>>;
  reportMissingPartner?: Resolver<ResolversTypes['ReportMissingPartnerPayload'], ParentType, ContextType, RequireFields<MutationReportMissingPartnerArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['RequestPasswordResetPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'input'>>;
  requestPeerConnection?: Resolver<ResolversTypes['RequestPeerConnectionPayload'], ParentType, ContextType, RequireFields<MutationRequestPeerConnectionArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  respondToHandoff?: Resolver<ResolversTypes['HandoffPayload'], ParentType, ContextType, RequireFields<MutationRespondToHandoffArgs, 'input'>>;
  respondToPeerRequest?: Resolver<ResolversTypes['RespondToPeerRequestPayload'], ParentType, ContextType, RequireFields<MutationRespondToPeerRequestArgs, 'input'>>;
  reviewCaseMaterial?: Resolver<ResolversTypes['CaseMaterialPayload'], ParentType, ContextType, RequireFields<MutationReviewCaseMaterialArgs, 'input'>>;
  revokeCertificate?: Resolver<ResolversTypes['CertificationPayload'], ParentType, ContextType, RequireFields<MutationRevokeCertificateArgs, 'input'>>;
  revokeExpert?: Resolver<ResolversTypes['CertificationPayload'], ParentType, ContextType, RequireFields<MutationRevokeExpertArgs, 'input'>>;
  saveSurveyDraft?: Resolver<ResolversTypes['SaveSurveyDraftPayload'], ParentType, ContextType, RequireFields<MutationSaveSurveyDraftArgs, 'input'>>;
  sendHandoff?: Resolver<ResolversTypes['SendHandoffPayload'], ParentType, ContextType, RequireFields<MutationSendHandoffArgs, 'input'>>;
  sendSetPasswordLink?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationSendSetPasswordLinkArgs, 'accountId'>>;
  setAccountActive?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationSetAccountActiveArgs, 'input'>>;
  setBadgeName?: Resolver<ResolversTypes['CertificationPayload'], ParentType, ContextType, Partial<MutationSetBadgeNameArgs>>;
  setWorkshopGroupFacilitator?: Resolver<ResolversTypes['WorkshopPayload'], ParentType, ContextType, RequireFields<MutationSetWorkshopGroupFacilitatorArgs, 'input'>>;
  setWorkshopPeerConsent?: Resolver<ResolversTypes['WorkshopRegistrationPayload'], ParentType, ContextType, RequireFields<MutationSetWorkshopPeerConsentArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType>;
  signOutEverywhere?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType>;
  splitWorkshopGroups?: Resolver<ResolversTypes['WorkshopPayload'], ParentType, ContextType, RequireFields<MutationSplitWorkshopGroupsArgs, 'input'>>;
  startTwoStepEnrollment?: Resolver<ResolversTypes['TwoStepEnrollment'], ParentType, ContextType>;
  submitCaseMaterial?: Resolver<ResolversTypes['CaseMaterialPayload'], ParentType, ContextType, RequireFields<MutationSubmitCaseMaterialArgs, 'input'>>;
  submitSurveyResponse?: Resolver<ResolversTypes['SubmitSurveyResponsePayload'], ParentType, ContextType, RequireFields<MutationSubmitSurveyResponseArgs, 'input'>>;
  updateCertification?: Resolver<ResolversTypes['UpdateCertificationPayload'], ParentType, ContextType, RequireFields<MutationUpdateCertificationArgs, 'input'>>;
  updateMyProfile?: Resolver<ResolversTypes['UpdateMyProfilePayload'], ParentType, ContextType, RequireFields<MutationUpdateMyProfileArgs, 'input'>>;
  updateNotice?: Resolver<ResolversTypes['NoticePayload'], ParentType, ContextType, RequireFields<MutationUpdateNoticeArgs, 'input'>>;
  updatePartner?: Resolver<ResolversTypes['UpdatePartnerPayload'], ParentType, ContextType, RequireFields<MutationUpdatePartnerArgs, 'input'>>;
  updateQaReply?: Resolver<ResolversTypes['QaReplyPayload'], ParentType, ContextType, RequireFields<MutationUpdateQaReplyArgs, 'input'>>;
  updateQaThread?: Resolver<ResolversTypes['QaThreadPayload'], ParentType, ContextType, RequireFields<MutationUpdateQaThreadArgs, 'input'>>;
  updateReferralOutcome?: Resolver<ResolversTypes['UpdateReferralOutcomePayload'], ParentType, ContextType, RequireFields<MutationUpdateReferralOutcomeArgs, 'input'>>;
  updateSurvey?: Resolver<ResolversTypes['SurveyPayload'], ParentType, ContextType, RequireFields<MutationUpdateSurveyArgs, 'input'>>;
  updateWorkshop?: Resolver<ResolversTypes['WorkshopPayload'], ParentType, ContextType, RequireFields<MutationUpdateWorkshopArgs, 'input'>>;
  verifyPartner?: Resolver<ResolversTypes['VerifyPartnerPayload'], ParentType, ContextType, RequireFields<MutationVerifyPartnerArgs, 'input'>>;
}>;

export type NeighbourCoordinatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeighbourCoordinator'] = ResolversParentTypes['NeighbourCoordinator']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  referralCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NeighbourDomainResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeighbourDomain'] = ResolversParentTypes['NeighbourDomain']> = ResolversObject<{
  domain?: Resolver<ResolversTypes['SupportDomain'], ParentType, ContextType>;
  referralCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  served?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type NoticeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = ResolversObject<{
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgementDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['NoticeAttachment']>, ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['NoticeAudience'], ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyMarkdown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['NoticeCategory'], ParentType, ContextType>;
  effectiveDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['NoticeRevision']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['NoticeImportance'], ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pinnedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NoticeStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unread?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updateSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedSinceRead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoticeAttachmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeAttachment'] = ResolversParentTypes['NoticeAttachment']> = ResolversObject<{
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NoticeAudienceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeAudience'] = ResolversParentTypes['NoticeAudience']> = ResolversObject<{
  allRegions?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bureaus?: Resolver<Array<ResolversTypes['Bureau']>, ParentType, ContextType>;
  prefectures?: Resolver<Array<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type NoticeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeConnection'] = ResolversParentTypes['NoticeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NoticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoticeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeEdge'] = ResolversParentTypes['NoticeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notice'], ParentType, ContextType>;
}>;

export type NoticeFeedTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeFeedTokenPayload'] = ResolversParentTypes['NoticeFeedTokenPayload']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  feedPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NoticePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticePayload'] = ResolversParentTypes['NoticePayload']> = ResolversObject<{
  notice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType>;
}>;

export type NoticePrefectureStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticePrefectureStats'] = ResolversParentTypes['NoticePrefectureStats']> = ResolversObject<{
  acknowledged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prefecture?: Resolver<ResolversTypes['Prefecture'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoticeReaderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeReader'] = ResolversParentTypes['NoticeReader']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prefectureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NoticeRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeRevision'] = ResolversParentTypes['NoticeRevision']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  substantive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoticeStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoticeStats'] = ResolversParentTypes['NoticeStats']> = ResolversObject<{
  acknowledgedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  acknowledgedRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  audienceSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byPrefecture?: Resolver<Array<ResolversTypes['NoticePrefectureStats']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notAcknowledged?: Resolver<Array<ResolversTypes['NoticeReader']>, ParentType, ContextType>;
  readCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noticeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  noticeTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  threadId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  threadTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NotificationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
}>;

export type OutboxMailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutboxMail'] = ResolversParentTypes['OutboxMail']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = ResolversObject<{
  acceptedStatuses?: Resolver<Array<ResolversTypes['StatusOfResidence']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['PartnerAddress']>, ParentType, ContextType>;
  addressWithheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  alternateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  eligibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fees?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  lastConfirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastConfirmedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  memberOf?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationwide?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openingHours?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  recentChanges?: Resolver<Array<ResolversTypes['PartnerChange']>, ParentType, ContextType>;
  recentEndorsements?: Resolver<Array<ResolversTypes['Endorsement']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remoteModes?: Resolver<Array<ResolversTypes['RemoteMode']>, ParentType, ContextType>;
  sensitiveAddress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serviceArea?: Resolver<Array<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  trust?: Resolver<ResolversTypes['PartnerTrust'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verifiedByIsa?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerEndorsement?: Resolver<Maybe<ResolversTypes['Endorsement']>, ParentType, ContextType>;
  viewerReferrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
}>;

export type PartnerAddressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerAddress'] = ResolversParentTypes['PartnerAddress']> = ResolversObject<{
  addressLine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
}>;

export type PartnerChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerChange'] = ResolversParentTypes['PartnerChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PartnerConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PartnerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
}>;

export type PartnerNeighbourhoodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerNeighbourhood'] = ResolversParentTypes['PartnerNeighbourhood']> = ResolversObject<{
  domains?: Resolver<Array<ResolversTypes['NeighbourDomain']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  referrerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referrers?: Resolver<Array<ResolversTypes['NeighbourCoordinator']>, ParentType, ContextType>;
  referrersHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serviceArea?: Resolver<Array<ResolversTypes['Prefecture']>, ParentType, ContextType>;
}>;

export type PartnerTrustResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerTrust'] = ResolversParentTypes['PartnerTrust']> = ResolversObject<{
  endorsementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referralCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PeerRequestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PeerRequest'] = ResolversParentTypes['PeerRequest']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Coordinator'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PeerRequestStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Coordinator'], ParentType, ContextType>;
}>;

export type PeerRequestConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PeerRequestConnection'] = ResolversParentTypes['PeerRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PeerRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PeerRequestEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PeerRequestEdge'] = ResolversParentTypes['PeerRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PeerRequest'], ParentType, ContextType>;
}>;

export type PrefectureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Prefecture'] = ResolversParentTypes['Prefecture']> = ResolversObject<{
  block?: Resolver<ResolversTypes['RegionalBlock'], ParentType, ContextType>;
  borders?: Resolver<Array<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  bureau?: Resolver<ResolversTypes['Bureau'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProfileVisibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProfileVisibility'] = ResolversParentTypes['ProfileVisibility']> = ResolversObject<{
  affiliation?: Resolver<ResolversTypes['FieldVisibility'], ParentType, ContextType>;
  bio?: Resolver<ResolversTypes['FieldVisibility'], ParentType, ContextType>;
  certificate?: Resolver<ResolversTypes['FieldVisibility'], ParentType, ContextType>;
  contactNote?: Resolver<ResolversTypes['FieldVisibility'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['FieldVisibility'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['FieldVisibility'], ParentType, ContextType>;
  nameKana?: Resolver<ResolversTypes['FieldVisibility'], ParentType, ContextType>;
  nameLatin?: Resolver<ResolversTypes['FieldVisibility'], ParentType, ContextType>;
}>;

export type ProposePartnerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProposePartnerPayload'] = ResolversParentTypes['ProposePartnerPayload']> = ResolversObject<{
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
}>;

export type QaAuthorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaAuthor'] = ResolversParentTypes['QaAuthor']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
}>;

export type QaModerationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaModeration'] = ResolversParentTypes['QaModeration']> = ResolversObject<{
  hiddenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QaPostPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaPostPayload'] = ResolversParentTypes['QaPostPayload']> = ResolversObject<{
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QaReplyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaReply'] = ResolversParentTypes['QaReply']> = ResolversObject<{
  author?: Resolver<ResolversTypes['QaAuthor'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  edited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  helpedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  helpedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moderation?: Resolver<Maybe<ResolversTypes['QaModeration']>, ParentType, ContextType>;
}>;

export type QaReplyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaReplyConnection'] = ResolversParentTypes['QaReplyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QaReplyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type QaReplyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaReplyEdge'] = ResolversParentTypes['QaReplyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['QaReply'], ParentType, ContextType>;
}>;

export type QaReplyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaReplyPayload'] = ResolversParentTypes['QaReplyPayload']> = ResolversObject<{
  reply?: Resolver<ResolversTypes['QaReply'], ParentType, ContextType>;
}>;

export type QaThreadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaThread'] = ResolversParentTypes['QaThread']> = ResolversObject<{
  author?: Resolver<ResolversTypes['QaAuthor'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bureau?: Resolver<Maybe<ResolversTypes['Bureau']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  edited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastActivityAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moderation?: Resolver<Maybe<ResolversTypes['QaModeration']>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  replies?: Resolver<ResolversTypes['QaReplyConnection'], ParentType, ContextType, RequireFields<QaThreadRepliesArgs, 'first'>>;
  replyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QaThreadConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaThreadConnection'] = ResolversParentTypes['QaThreadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QaThreadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type QaThreadEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaThreadEdge'] = ResolversParentTypes['QaThreadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['QaThread'], ParentType, ContextType>;
}>;

export type QaThreadPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QaThreadPayload'] = ResolversParentTypes['QaThreadPayload']> = ResolversObject<{
  thread?: Resolver<ResolversTypes['QaThread'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountArgs, 'id'>>;
  accounts?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<QueryAccountsArgs, 'first'>>;
  activityReportTemplate?: Resolver<ResolversTypes['ActivityReportTemplate'], ParentType, ContextType>;
  activityTrends?: Resolver<ResolversTypes['ActivityTrends'], ParentType, ContextType, RequireFields<QueryActivityTrendsArgs, 'from' | 'to'>>;
  auditActions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  auditCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryAuditCsvArgs>>;
  auditEntries?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditEntriesArgs, 'first'>>;
  badge?: Resolver<ResolversTypes['Badge'], ParentType, ContextType, RequireFields<QueryBadgeArgs, 'certificateId'>>;
  badgePublicKeys?: Resolver<Array<ResolversTypes['BadgePublicKey']>, ParentType, ContextType>;
  certificateListCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryCertificateListCsvArgs>>;
  certification?: Resolver<ResolversTypes['Certification'], ParentType, ContextType, RequireFields<QueryCertificationArgs, 'coordinatorId'>>;
  coordinator?: Resolver<ResolversTypes['Coordinator'], ParentType, ContextType, RequireFields<QueryCoordinatorArgs, 'id'>>;
  coordinators?: Resolver<ResolversTypes['CoordinatorConnection'], ParentType, ContextType, RequireFields<QueryCoordinatorsArgs, 'first' | 'sort'>>;
  devOutbox?: Resolver<Array<ResolversTypes['OutboxMail']>, ParentType, ContextType>;
  gapDashboard?: Resolver<ResolversTypes['GapDashboard'], ParentType, ContextType, Partial<QueryGapDashboardArgs>>;
  gapPrefecture?: Resolver<ResolversTypes['GapPrefectureDetail'], ParentType, ContextType, RequireFields<QueryGapPrefectureArgs, 'code'>>;
  handoff?: Resolver<ResolversTypes['Handoff'], ParentType, ContextType, RequireFields<QueryHandoffArgs, 'id'>>;
  handoffs?: Resolver<ResolversTypes['HandoffConnection'], ParentType, ContextType, RequireFields<QueryHandoffsArgs, 'first'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  hsdsExport?: Resolver<ResolversTypes['HsdsExportInfo'], ParentType, ContextType>;
  introductionToPartner?: Resolver<Maybe<ResolversTypes['Introduction']>, ParentType, ContextType, RequireFields<QueryIntroductionToPartnerArgs, 'partnerId'>>;
  knowledgeInsight?: Resolver<Maybe<ResolversTypes['KnowledgeInsight']>, ParentType, ContextType, RequireFields<QueryKnowledgeInsightArgs, 'id'>>;
  knowledgeInsights?: Resolver<ResolversTypes['KnowledgeInsightConnection'], ParentType, ContextType, RequireFields<QueryKnowledgeInsightsArgs, 'first'>>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  managedSurveys?: Resolver<ResolversTypes['SurveyConnection'], ParentType, ContextType, Partial<QueryManagedSurveysArgs>>;
  materialAccessLog?: Resolver<ResolversTypes['MaterialAccessConnection'], ParentType, ContextType, RequireFields<QueryMaterialAccessLogArgs, 'first' | 'workshopId'>>;
  myActivityReports?: Resolver<ResolversTypes['ActivityReportConnection'], ParentType, ContextType, Partial<QueryMyActivityReportsArgs>>;
  myCertification?: Resolver<Maybe<ResolversTypes['Certification']>, ParentType, ContextType>;
  myMissingPartnerReports?: Resolver<Array<ResolversTypes['MissingPartnerReport']>, ParentType, ContextType>;
  myPeers?: Resolver<ResolversTypes['CoordinatorConnection'], ParentType, ContextType, RequireFields<QueryMyPeersArgs, 'first'>>;
  myProfile?: Resolver<Maybe<ResolversTypes['Coordinator']>, ParentType, ContextType>;
  mySurveys?: Resolver<ResolversTypes['SurveyConnection'], ParentType, ContextType, Partial<QueryMySurveysArgs>>;
  notice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<QueryNoticeArgs, 'id'>>;
  noticeStats?: Resolver<ResolversTypes['NoticeStats'], ParentType, ContextType, RequireFields<QueryNoticeStatsArgs, 'id'>>;
  notices?: Resolver<ResolversTypes['NoticeConnection'], ParentType, ContextType, RequireFields<QueryNoticesArgs, 'first'>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first'>>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partnerNeighbourhood?: Resolver<ResolversTypes['PartnerNeighbourhood'], ParentType, ContextType, RequireFields<QueryPartnerNeighbourhoodArgs, 'id'>>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, RequireFields<QueryPartnersArgs, 'first'>>;
  peerRequests?: Resolver<ResolversTypes['PeerRequestConnection'], ParentType, ContextType, RequireFields<QueryPeerRequestsArgs, 'first'>>;
  prefectures?: Resolver<Array<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  qaThread?: Resolver<ResolversTypes['QaThread'], ParentType, ContextType, RequireFields<QueryQaThreadArgs, 'id'>>;
  qaThreads?: Resolver<ResolversTypes['QaThreadConnection'], ParentType, ContextType, RequireFields<QueryQaThreadsArgs, 'first'>>;
  searchPartners?: Resolver<ResolversTypes['SearchResultConnection'], ParentType, ContextType, RequireFields<QuerySearchPartnersArgs, 'first' | 'input'>>;
  searchSuggestions?: Resolver<Array<ResolversTypes['SearchSuggestion']>, ParentType, ContextType, RequireFields<QuerySearchSuggestionsArgs, 'first' | 'prefix'>>;
  searchTerms?: Resolver<Array<ResolversTypes['SearchTerm']>, ParentType, ContextType>;
  statusesOfResidence?: Resolver<Array<ResolversTypes['StatusOfResidence']>, ParentType, ContextType>;
  supportDomains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  survey?: Resolver<Maybe<ResolversTypes['Survey']>, ParentType, ContextType, RequireFields<QuerySurveyArgs, 'id'>>;
  surveyResponsesCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QuerySurveyResponsesCsvArgs, 'id'>>;
  surveyResults?: Resolver<ResolversTypes['SurveyResults'], ParentType, ContextType, RequireFields<QuerySurveyResultsArgs, 'id'>>;
  surveyTextAnswers?: Resolver<ResolversTypes['SurveyTextAnswerConnection'], ParentType, ContextType, RequireFields<QuerySurveyTextAnswersArgs, 'id' | 'questionId'>>;
  unreadNoticeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verifyBadge?: Resolver<ResolversTypes['BadgeCheck'], ParentType, ContextType, RequireFields<QueryVerifyBadgeArgs, 'jwt'>>;
  verifyCertificate?: Resolver<Maybe<ResolversTypes['CertificateVerification']>, ParentType, ContextType, RequireFields<QueryVerifyCertificateArgs, 'id'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  workshop?: Resolver<Maybe<ResolversTypes['Workshop']>, ParentType, ContextType, RequireFields<QueryWorkshopArgs, 'id'>>;
  workshops?: Resolver<ResolversTypes['WorkshopConnection'], ParentType, ContextType, RequireFields<QueryWorkshopsArgs, 'first'>>;
}>;

export type RecordReferralPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordReferralPayload'] = ResolversParentTypes['RecordReferralPayload']> = ResolversObject<{
  referral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
}>;

export type RecordWorkshopAttendancePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordWorkshopAttendancePayload'] = ResolversParentTypes['RecordWorkshopAttendancePayload']> = ResolversObject<{
  peerLinksCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workshop?: Resolver<ResolversTypes['Workshop'], ParentType, ContextType>;
}>;

export type RedeemInvitationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedeemInvitationPayload'] = ResolversParentTypes['RedeemInvitationPayload']> = ResolversObject<{
  sessionToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type ReferralResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ReferralOutcome'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
}>;

export type RegionalBlockResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegionalBlock'] = ResolversParentTypes['RegionalBlock']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReissueInvitationsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReissueInvitationsPayload'] = ResolversParentTypes['ReissueInvitationsPayload']> = ResolversObject<{
  invitations?: Resolver<Array<ResolversTypes['InvitationCode']>, ParentType, ContextType>;
}>;

export type RemoveSearchTermPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveSearchTermPayload'] = ResolversParentTypes['RemoveSearchTermPayload']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type RenewalTrainingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RenewalTraining'] = ResolversParentTypes['RenewalTraining']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registrationOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReportMissingPartnerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportMissingPartnerPayload'] = ResolversParentTypes['ReportMissingPartnerPayload']> = ResolversObject<{
  report?: Resolver<ResolversTypes['MissingPartnerReport'], ParentType, ContextType>;
}>;

export type RequestPasswordResetPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RequestPasswordResetPayload'] = ResolversParentTypes['RequestPasswordResetPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RequestPeerConnectionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RequestPeerConnectionPayload'] = ResolversParentTypes['RequestPeerConnectionPayload']> = ResolversObject<{
  request?: Resolver<ResolversTypes['PeerRequest'], ParentType, ContextType>;
}>;

export type ResetPasswordPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResetPasswordPayload'] = ResolversParentTypes['ResetPasswordPayload']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RespondToPeerRequestPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RespondToPeerRequestPayload'] = ResolversParentTypes['RespondToPeerRequestPayload']> = ResolversObject<{
  request?: Resolver<ResolversTypes['PeerRequest'], ParentType, ContextType>;
}>;

export type SaveSurveyDraftPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SaveSurveyDraftPayload'] = ResolversParentTypes['SaveSurveyDraftPayload']> = ResolversObject<{
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
}>;

export type SearchNeedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchNeed'] = ResolversParentTypes['SearchNeed']> = ResolversObject<{
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  languageRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prefectureFromText?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['StatusOfResidence']>, ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['UnderstoodTerm']>, ParentType, ContextType>;
}>;

export type SearchReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchReason'] = ResolversParentTypes['SearchReason']> = ResolversObject<{
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  domains?: Resolver<Maybe<Array<ResolversTypes['SupportDomain']>>, ParentType, ContextType>;
  endorsements?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  graduates?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hops?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchReasonKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  peerEndorsements?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  peerGraduates?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resolved?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['StatusOfResidence']>, ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['DistanceTier']>, ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  introduction?: Resolver<Maybe<ResolversTypes['Introduction']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['SearchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['DistanceTier'], ParentType, ContextType>;
}>;

export type SearchResultConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResultConnection'] = ResolversParentTypes['SearchResultConnection']> = ResolversObject<{
  backend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SearchResultEdge']>, ParentType, ContextType>;
  foundNearby?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['SearchNeed'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
}>;

export type SearchResultEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResultEdge'] = ResolversParentTypes['SearchResultEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
}>;

export type SearchSuggestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchSuggestion'] = ResolversParentTypes['SearchSuggestion']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchTermResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchTerm'] = ResolversParentTypes['SearchTerm']> = ResolversObject<{
  addedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnderstoodTermKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['StatusOfResidence']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SendHandoffPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SendHandoffPayload'] = ResolversParentTypes['SendHandoffPayload']> = ResolversObject<{
  handoff?: Resolver<ResolversTypes['Handoff'], ParentType, ContextType>;
}>;

export type SignInPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = ResolversObject<{
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  secondFactorToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sessionToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type SignOutPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignOutPayload'] = ResolversParentTypes['SignOutPayload']> = ResolversObject<{
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatusOfResidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusOfResidence'] = ResolversParentTypes['StatusOfResidence']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubmitSurveyResponsePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubmitSurveyResponsePayload'] = ResolversParentTypes['SubmitSurveyResponsePayload']> = ResolversObject<{
  stored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
}>;

export type SupportDomainResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportDomain'] = ResolversParentTypes['SupportDomain']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type SurveyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey']> = ResolversObject<{
  allowEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['SurveyAudience'], ParentType, ContextType>;
  canManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canRespond?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  draftSavedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  myAnswers?: Resolver<Maybe<Array<ResolversTypes['SurveyAnswer']>>, ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyQuestion']>, ParentType, ContextType>;
  questionsLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reminderDaysBeforeClose?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  responseCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveyStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SurveyAnswerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyAnswer'] = ResolversParentTypes['SurveyAnswer']> = ResolversObject<{
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SurveyAudienceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyAudience'] = ResolversParentTypes['SurveyAudience']> = ResolversObject<{
  allRegions?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bureaus?: Resolver<Array<ResolversTypes['Bureau']>, ParentType, ContextType>;
  prefectures?: Resolver<Array<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  workshopIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type SurveyConditionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyCondition'] = ResolversParentTypes['SurveyCondition']> = ResolversObject<{
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SurveyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyConnection'] = ResolversParentTypes['SurveyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SurveyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SurveyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyEdge'] = ResolversParentTypes['SurveyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
}>;

export type SurveyGroupRateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyGroupRate'] = ResolversParentTypes['SurveyGroupRate']> = ResolversObject<{
  audience?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responses?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SurveyHistogramBinResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyHistogramBin'] = ResolversParentTypes['SurveyHistogramBin']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SurveyOptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyOption'] = ResolversParentTypes['SurveyOption']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SurveyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyPayload'] = ResolversParentTypes['SurveyPayload']> = ResolversObject<{
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
}>;

export type SurveyQuestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyQuestion'] = ResolversParentTypes['SurveyQuestion']> = ResolversObject<{
  help?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxChoices?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minChoices?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['SurveyOption']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scaleMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scaleMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  showIf?: Resolver<Maybe<ResolversTypes['SurveyCondition']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SurveyQuestionType'], ParentType, ContextType>;
}>;

export type SurveyQuestionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyQuestionResult'] = ResolversParentTypes['SurveyQuestionResult']> = ResolversObject<{
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['SurveyValueCount']>, ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['SurveyHistogramBin']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['SurveyQuestion'], ParentType, ContextType>;
}>;

export type SurveyResultsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyResults'] = ResolversParentTypes['SurveyResults']> = ResolversObject<{
  audienceSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byBureau?: Resolver<Array<ResolversTypes['SurveyGroupRate']>, ParentType, ContextType>;
  byCohort?: Resolver<Array<ResolversTypes['SurveyGroupRate']>, ParentType, ContextType>;
  byPrefecture?: Resolver<Array<ResolversTypes['SurveyGroupRate']>, ParentType, ContextType>;
  minimumGroupSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyQuestionResult']>, ParentType, ContextType>;
  responseCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  responseRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
}>;

export type SurveyTextAnswerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyTextAnswer'] = ResolversParentTypes['SurveyTextAnswer']> = ResolversObject<{
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SurveyTextAnswerConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyTextAnswerConnection'] = ResolversParentTypes['SurveyTextAnswerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SurveyTextAnswerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SurveyTextAnswerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyTextAnswerEdge'] = ResolversParentTypes['SurveyTextAnswerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SurveyTextAnswer'], ParentType, ContextType>;
}>;

export type SurveyValueCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyValueCount'] = ResolversParentTypes['SurveyValueCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TwoStepDisabledPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TwoStepDisabledPayload'] = ResolversParentTypes['TwoStepDisabledPayload']> = ResolversObject<{
  twoStepEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TwoStepEnabledPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TwoStepEnabledPayload'] = ResolversParentTypes['TwoStepEnabledPayload']> = ResolversObject<{
  recoveryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TwoStepEnrollmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TwoStepEnrollment'] = ResolversParentTypes['TwoStepEnrollment']> = ResolversObject<{
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UnderstoodTermResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnderstoodTerm'] = ResolversParentTypes['UnderstoodTerm']> = ResolversObject<{
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnderstoodTermKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['StatusOfResidence']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UpdateCertificationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateCertificationPayload'] = ResolversParentTypes['UpdateCertificationPayload']> = ResolversObject<{
  coordinator?: Resolver<ResolversTypes['Coordinator'], ParentType, ContextType>;
}>;

export type UpdateMyProfilePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateMyProfilePayload'] = ResolversParentTypes['UpdateMyProfilePayload']> = ResolversObject<{
  coordinator?: Resolver<ResolversTypes['Coordinator'], ParentType, ContextType>;
}>;

export type UpdatePartnerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdatePartnerPayload'] = ResolversParentTypes['UpdatePartnerPayload']> = ResolversObject<{
  change?: Resolver<Maybe<ResolversTypes['PartnerChange']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
}>;

export type UpdateReferralOutcomePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateReferralOutcomePayload'] = ResolversParentTypes['UpdateReferralOutcomePayload']> = ResolversObject<{
  referral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
}>;

export type VerifyPartnerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VerifyPartnerPayload'] = ResolversParentTypes['VerifyPartnerPayload']> = ResolversObject<{
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noticeFeedActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openSurveyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sessionExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  twoStepEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  twoStepRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unreadNoticeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkshopResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Workshop'] = ResolversParentTypes['Workshop']> = ResolversObject<{
  attendanceRecordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['WorkshopEligibility'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  facilitatorEmails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  facilitators?: Resolver<Array<ResolversTypes['WorkshopPerson']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['WorkshopFormat'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['WorkshopGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  materials?: Resolver<ResolversTypes['CaseMaterialSummaryConnection'], ParentType, ContextType, RequireFields<WorkshopMaterialsArgs, 'first'>>;
  myGroup?: Resolver<Maybe<ResolversTypes['WorkshopGroup']>, ParentType, ContextType>;
  myRegistration?: Resolver<Maybe<ResolversTypes['WorkshopRegistration']>, ParentType, ContextType>;
  onlineUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizers?: Resolver<Array<ResolversTypes['WorkshopPerson']>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  registrationClosesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registrationOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registrationOpensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  roster?: Resolver<ResolversTypes['WorkshopRegistrationConnection'], ParentType, ContextType, RequireFields<WorkshopRosterArgs, 'first'>>;
  rosterCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewerIsFacilitator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsOrganizer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkshopConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkshopConnection'] = ResolversParentTypes['WorkshopConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkshopEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WorkshopEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkshopEdge'] = ResolversParentTypes['WorkshopEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Workshop'], ParentType, ContextType>;
}>;

export type WorkshopGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkshopGroup'] = ResolversParentTypes['WorkshopGroup']> = ResolversObject<{
  bureauCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facilitator?: Resolver<Maybe<ResolversTypes['WorkshopPerson']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['WorkshopParticipant']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkshopParticipantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkshopParticipant'] = ResolversParentTypes['WorkshopParticipant']> = ResolversObject<{
  bureau?: Resolver<Maybe<ResolversTypes['Bureau']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
}>;

export type WorkshopPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkshopPayload'] = ResolversParentTypes['WorkshopPayload']> = ResolversObject<{
  workshop?: Resolver<ResolversTypes['Workshop'], ParentType, ContextType>;
}>;

export type WorkshopPersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkshopPerson'] = ResolversParentTypes['WorkshopPerson']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkshopRegistrationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkshopRegistration'] = ResolversParentTypes['WorkshopRegistration']> = ResolversObject<{
  attended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  groupNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['WorkshopParticipant'], ParentType, ContextType>;
  peerConsent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkshopRegistrationStatus'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WorkshopRegistrationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkshopRegistrationConnection'] = ResolversParentTypes['WorkshopRegistrationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkshopRegistrationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WorkshopRegistrationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkshopRegistrationEdge'] = ResolversParentTypes['WorkshopRegistrationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkshopRegistration'], ParentType, ContextType>;
}>;

export type WorkshopRegistrationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkshopRegistrationPayload'] = ResolversParentTypes['WorkshopRegistrationPayload']> = ResolversObject<{
  registration?: Resolver<ResolversTypes['WorkshopRegistration'], ParentType, ContextType>;
  workshop?: Resolver<ResolversTypes['Workshop'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Account?: AccountResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  AccountPayload?: AccountPayloadResolvers<ContextType>;
  ActivityBureauTrend?: ActivityBureauTrendResolvers<ContextType>;
  ActivityDomainCount?: ActivityDomainCountResolvers<ContextType>;
  ActivityDomainTrend?: ActivityDomainTrendResolvers<ContextType>;
  ActivityReport?: ActivityReportResolvers<ContextType>;
  ActivityReportConnection?: ActivityReportConnectionResolvers<ContextType>;
  ActivityReportEdge?: ActivityReportEdgeResolvers<ContextType>;
  ActivityReportTemplate?: ActivityReportTemplateResolvers<ContextType>;
  ActivityTrendPoint?: ActivityTrendPointResolvers<ContextType>;
  ActivityTrends?: ActivityTrendsResolvers<ContextType>;
  AddSearchTermPayload?: AddSearchTermPayloadResolvers<ContextType>;
  AnonymizationFlag?: AnonymizationFlagResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Badge?: BadgeResolvers<ContextType>;
  BadgeCheck?: BadgeCheckResolvers<ContextType>;
  BadgePublicKey?: BadgePublicKeyResolvers<ContextType>;
  Bureau?: BureauResolvers<ContextType>;
  CaseMaterial?: CaseMaterialResolvers<ContextType>;
  CaseMaterialPayload?: CaseMaterialPayloadResolvers<ContextType>;
  CaseMaterialSummary?: CaseMaterialSummaryResolvers<ContextType>;
  CaseMaterialSummaryConnection?: CaseMaterialSummaryConnectionResolvers<ContextType>;
  CaseMaterialSummaryEdge?: CaseMaterialSummaryEdgeResolvers<ContextType>;
  Certificate?: CertificateResolvers<ContextType>;
  CertificateVerification?: CertificateVerificationResolvers<ContextType>;
  Certification?: CertificationResolvers<ContextType>;
  CertificationPayload?: CertificationPayloadResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  ConfirmPartnerPayload?: ConfirmPartnerPayloadResolvers<ContextType>;
  Coordinator?: CoordinatorResolvers<ContextType>;
  CoordinatorConnection?: CoordinatorConnectionResolvers<ContextType>;
  CoordinatorEdge?: CoordinatorEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EndorsePartnerPayload?: EndorsePartnerPayloadResolvers<ContextType>;
  Endorsement?: EndorsementResolvers<ContextType>;
  ExpertEligibility?: ExpertEligibilityResolvers<ContextType>;
  FileActivityReportPayload?: FileActivityReportPayloadResolvers<ContextType>;
  GapAddressal?: GapAddressalResolvers<ContextType>;
  GapCell?: GapCellResolvers<ContextType>;
  GapCount?: GapCountResolvers<ContextType>;
  GapCsvPayload?: GapCsvPayloadResolvers<ContextType>;
  GapDashboard?: GapDashboardResolvers<ContextType>;
  GapMonth?: GapMonthResolvers<ContextType>;
  GapNearbyPartner?: GapNearbyPartnerResolvers<ContextType>;
  GapNeed?: GapNeedResolvers<ContextType>;
  GapPrefectureCount?: GapPrefectureCountResolvers<ContextType>;
  GapPrefectureDetail?: GapPrefectureDetailResolvers<ContextType>;
  Handoff?: HandoffResolvers<ContextType>;
  HandoffConnection?: HandoffConnectionResolvers<ContextType>;
  HandoffEdge?: HandoffEdgeResolvers<ContextType>;
  HandoffMessage?: HandoffMessageResolvers<ContextType>;
  HandoffPayload?: HandoffPayloadResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  HsdsExportInfo?: HsdsExportInfoResolvers<ContextType>;
  HsdsImportReport?: HsdsImportReportResolvers<ContextType>;
  HsdsImportedPartner?: HsdsImportedPartnerResolvers<ContextType>;
  HsdsUnmappedField?: HsdsUnmappedFieldResolvers<ContextType>;
  ImportGraduatesPayload?: ImportGraduatesPayloadResolvers<ContextType>;
  ImportHsdsPayload?: ImportHsdsPayloadResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  ImportRowPreview?: ImportRowPreviewResolvers<ContextType>;
  ImportSummary?: ImportSummaryResolvers<ContextType>;
  Introduction?: IntroductionResolvers<ContextType>;
  InvitationCode?: InvitationCodeResolvers<ContextType>;
  KnowledgeInsight?: KnowledgeInsightResolvers<ContextType>;
  KnowledgeInsightConnection?: KnowledgeInsightConnectionResolvers<ContextType>;
  KnowledgeInsightEdge?: KnowledgeInsightEdgeResolvers<ContextType>;
  KnowledgeInsightPayload?: KnowledgeInsightPayloadResolvers<ContextType>;
  Language?: LanguageResolvers<ContextType>;
  MarkGapAddressedPayload?: MarkGapAddressedPayloadResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  MaterialAccess?: MaterialAccessResolvers<ContextType>;
  MaterialAccessConnection?: MaterialAccessConnectionResolvers<ContextType>;
  MaterialAccessEdge?: MaterialAccessEdgeResolvers<ContextType>;
  MissingPartnerReport?: MissingPartnerReportResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourCoordinator?: NeighbourCoordinatorResolvers<ContextType>;
  NeighbourDomain?: NeighbourDomainResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  NoticeAttachment?: NoticeAttachmentResolvers<ContextType>;
  NoticeAudience?: NoticeAudienceResolvers<ContextType>;
  NoticeConnection?: NoticeConnectionResolvers<ContextType>;
  NoticeEdge?: NoticeEdgeResolvers<ContextType>;
  NoticeFeedTokenPayload?: NoticeFeedTokenPayloadResolvers<ContextType>;
  NoticePayload?: NoticePayloadResolvers<ContextType>;
  NoticePrefectureStats?: NoticePrefectureStatsResolvers<ContextType>;
  NoticeReader?: NoticeReaderResolvers<ContextType>;
  NoticeRevision?: NoticeRevisionResolvers<ContextType>;
  NoticeStats?: NoticeStatsResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  OutboxMail?: OutboxMailResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerAddress?: PartnerAddressResolvers<ContextType>;
  PartnerChange?: PartnerChangeResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  PartnerNeighbourhood?: PartnerNeighbourhoodResolvers<ContextType>;
  PartnerTrust?: PartnerTrustResolvers<ContextType>;
  PeerRequest?: PeerRequestResolvers<ContextType>;
  PeerRequestConnection?: PeerRequestConnectionResolvers<ContextType>;
  PeerRequestEdge?: PeerRequestEdgeResolvers<ContextType>;
  Prefecture?: PrefectureResolvers<ContextType>;
  ProfileVisibility?: ProfileVisibilityResolvers<ContextType>;
  ProposePartnerPayload?: ProposePartnerPayloadResolvers<ContextType>;
  QaAuthor?: QaAuthorResolvers<ContextType>;
  QaModeration?: QaModerationResolvers<ContextType>;
  QaPostPayload?: QaPostPayloadResolvers<ContextType>;
  QaReply?: QaReplyResolvers<ContextType>;
  QaReplyConnection?: QaReplyConnectionResolvers<ContextType>;
  QaReplyEdge?: QaReplyEdgeResolvers<ContextType>;
  QaReplyPayload?: QaReplyPayloadResolvers<ContextType>;
  QaThread?: QaThreadResolvers<ContextType>;
  QaThreadConnection?: QaThreadConnectionResolvers<ContextType>;
  QaThreadEdge?: QaThreadEdgeResolvers<ContextType>;
  QaThreadPayload?: QaThreadPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordReferralPayload?: RecordReferralPayloadResolvers<ContextType>;
  RecordWorkshopAttendancePayload?: RecordWorkshopAttendancePayloadResolvers<ContextType>;
  RedeemInvitationPayload?: RedeemInvitationPayloadResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  RegionalBlock?: RegionalBlockResolvers<ContextType>;
  ReissueInvitationsPayload?: ReissueInvitationsPayloadResolvers<ContextType>;
  RemoveSearchTermPayload?: RemoveSearchTermPayloadResolvers<ContextType>;
  RenewalTraining?: RenewalTrainingResolvers<ContextType>;
  ReportMissingPartnerPayload?: ReportMissingPartnerPayloadResolvers<ContextType>;
  RequestPasswordResetPayload?: RequestPasswordResetPayloadResolvers<ContextType>;
  RequestPeerConnectionPayload?: RequestPeerConnectionPayloadResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  RespondToPeerRequestPayload?: RespondToPeerRequestPayloadResolvers<ContextType>;
  SaveSurveyDraftPayload?: SaveSurveyDraftPayloadResolvers<ContextType>;
  SearchNeed?: SearchNeedResolvers<ContextType>;
  SearchReason?: SearchReasonResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchResultConnection?: SearchResultConnectionResolvers<ContextType>;
  SearchResultEdge?: SearchResultEdgeResolvers<ContextType>;
  SearchSuggestion?: SearchSuggestionResolvers<ContextType>;
  SearchTerm?: SearchTermResolvers<ContextType>;
  SendHandoffPayload?: SendHandoffPayloadResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  StatusOfResidence?: StatusOfResidenceResolvers<ContextType>;
  SubmitSurveyResponsePayload?: SubmitSurveyResponsePayloadResolvers<ContextType>;
  SupportDomain?: SupportDomainResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyAnswer?: SurveyAnswerResolvers<ContextType>;
  SurveyAudience?: SurveyAudienceResolvers<ContextType>;
  SurveyCondition?: SurveyConditionResolvers<ContextType>;
  SurveyConnection?: SurveyConnectionResolvers<ContextType>;
  SurveyEdge?: SurveyEdgeResolvers<ContextType>;
  SurveyGroupRate?: SurveyGroupRateResolvers<ContextType>;
  SurveyHistogramBin?: SurveyHistogramBinResolvers<ContextType>;
  SurveyOption?: SurveyOptionResolvers<ContextType>;
  SurveyPayload?: SurveyPayloadResolvers<ContextType>;
  SurveyQuestion?: SurveyQuestionResolvers<ContextType>;
  SurveyQuestionResult?: SurveyQuestionResultResolvers<ContextType>;
  SurveyResults?: SurveyResultsResolvers<ContextType>;
  SurveyTextAnswer?: SurveyTextAnswerResolvers<ContextType>;
  SurveyTextAnswerConnection?: SurveyTextAnswerConnectionResolvers<ContextType>;
  SurveyTextAnswerEdge?: SurveyTextAnswerEdgeResolvers<ContextType>;
  SurveyValueCount?: SurveyValueCountResolvers<ContextType>;
  TwoStepDisabledPayload?: TwoStepDisabledPayloadResolvers<ContextType>;
  TwoStepEnabledPayload?: TwoStepEnabledPayloadResolvers<ContextType>;
  TwoStepEnrollment?: TwoStepEnrollmentResolvers<ContextType>;
  UnderstoodTerm?: UnderstoodTermResolvers<ContextType>;
  UpdateCertificationPayload?: UpdateCertificationPayloadResolvers<ContextType>;
  UpdateMyProfilePayload?: UpdateMyProfilePayloadResolvers<ContextType>;
  UpdatePartnerPayload?: UpdatePartnerPayloadResolvers<ContextType>;
  UpdateReferralOutcomePayload?: UpdateReferralOutcomePayloadResolvers<ContextType>;
  VerifyPartnerPayload?: VerifyPartnerPayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Workshop?: WorkshopResolvers<ContextType>;
  WorkshopConnection?: WorkshopConnectionResolvers<ContextType>;
  WorkshopEdge?: WorkshopEdgeResolvers<ContextType>;
  WorkshopGroup?: WorkshopGroupResolvers<ContextType>;
  WorkshopParticipant?: WorkshopParticipantResolvers<ContextType>;
  WorkshopPayload?: WorkshopPayloadResolvers<ContextType>;
  WorkshopPerson?: WorkshopPersonResolvers<ContextType>;
  WorkshopRegistration?: WorkshopRegistrationResolvers<ContextType>;
  WorkshopRegistrationConnection?: WorkshopRegistrationConnectionResolvers<ContextType>;
  WorkshopRegistrationEdge?: WorkshopRegistrationEdgeResolvers<ContextType>;
  WorkshopRegistrationPayload?: WorkshopRegistrationPayloadResolvers<ContextType>;
}>;

