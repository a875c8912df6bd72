/**
 * The Cypher that turns a (:Partner) into the plain row the API serves. Tiered disclosure
 * happens here: a sensitive partner's address and coordinates are projected only when the
 * viewer is ISA_ADMIN or a coordinator whose certificate has not expired (a missing expiry date
 * counts as expired). Names of people are projected only for roles that may see coordinators.
 * Parameters: $viewerUserId, $viewerCoordinatorId, $viewerIsAdmin, $viewerSeesPeople (scopeParams).
 */

export type PartnerKindCode = 'ADM' | 'SPI' | 'SUP' | 'EXP' | 'SVC' | 'INT';
export type RemoteModeCode = 'PHONE' | 'ONLINE';
export type OutcomeCode =
  | 'RESOLVED'
  | 'PARTLY_RESOLVED'
  | 'NOT_ELIGIBLE'
  | 'NO_CAPACITY'
  | 'COULD_NOT_CONTACT'
  | 'DECLINED'
  | 'UNKNOWN';

export interface PartnerChangeRow {
  id: string;
  at: string;
  authorName: string | null;
  summary: string;
  fields: string[];
}
export interface EndorsementRow {
  coordinatorName: string | null;
  note: string;
  date: string;
}
export interface ReferralRow {
  id: string;
  partnerId: string;
  date: string;
  domainCode: string | null;
  languageCode: string | null;
  outcome: OutcomeCode;
}
export interface PartnerDetailRow {
  recentChanges: PartnerChangeRow[];
  recentEndorsements: EndorsementRow[];
  viewerEndorsement: EndorsementRow | null;
  viewerReferrals: ReferralRow[];
}

export interface PartnerRow {
  id: string;
  name: string;
  alternateName: string | null;
  kind: PartnerKindCode;
  description: string | null;
  url: string | null;
  email: string | null;
  phones: string[];
  postalCode: string | null;
  municipality: string | null;
  addressLine: string | null;
  latitude: number | null;
  longitude: number | null;
  sensitiveAddress: boolean;
  addressWithheld: boolean;
  openingHours: string | null;
  fees: string | null;
  eligibility: string | null;
  statusCodes: string[];
  prefectureCode: string | null;
  serviceAreaCodes: string[];
  nationwide: boolean;
  remote: boolean;
  remoteModes: RemoteModeCode[];
  domainCodes: string[];
  languageCodes: string[];
  synthetic: boolean;
  reference: boolean;
  memberOfId: string | null;
  createdAt: string | null;
  createdByName: string | null;
  updatedAt: string | null;
  verifiedByIsa: boolean;
  verifiedAt: string | null;
  lastConfirmedAt: string | null;
  lastConfirmedByName: string | null;
  stale: boolean;
  trust: { referralCount: number; resolvedCount: number; endorsementCount: number };
  /** Present when the query fetched the detail lists in the same statement. */
  detail?: PartnerDetailRow;
}

/** Binds `certified`: may this viewer see protected addresses? Put it before any MATCH of partners. */
export const VIEWER_CERTIFIED = `
  CALL () {
    OPTIONAL MATCH (vc:Coordinator {id: $viewerCoordinatorId})
    RETURN $viewerIsAdmin OR coalesce(date(vc.certificateExpiresOn) >= date({timezone: 'Asia/Tokyo'}), false) AS certified
  }`;

/** True when `p` has not been confirmed (or, failing that, created) in the last 12 months. */
export const STALE_PREDICATE = `coalesce(coalesce(p.lastConfirmedAt, p.createdAt) < datetime() - duration({months: 12}), true)`;

const located = `(NOT coalesce(p.sensitiveAddress, false) OR certified)`;
const personName = (expr: string) => `CASE WHEN $viewerSeesPeople THEN ${expr} END`;

/** Read the same way by the full row and the card (a map projection's body, not a map). */
const LISTED_FIELDS = `sensitiveAddress: coalesce(p.sensitiveAddress, false),
    addressWithheld: NOT ${located},
    nationwide: coalesce(p.nationwide, false), remote: coalesce(p.remote, false),
    remoteModes: coalesce(p.remoteModes, []),
    domainCodes: coalesce(p.domainCodes, []),
    languageCodes: coalesce(p.languageCodes, []),
    synthetic: coalesce(p.synthetic, false), reference: coalesce(p.reference, false),
    memberOfId: [(p)-[:MEMBER_OF]->(m:Partner) | m.id][0],
    verifiedByIsa: coalesce(p.verifiedByIsa, false),
    stale: ${STALE_PREDICATE}`;

/** The trust counters of `p` (a search computes the same ones while ranking and passes them). */
const TRUST_COUNTS = `{
      referralCount: COUNT { (p)<-[:REFERRED]-(:Coordinator) },
      resolvedCount: COUNT { (p)<-[pReferral:REFERRED]-(:Coordinator) WHERE pReferral.outcome = 'RESOLVED' },
      endorsementCount: COUNT { (p)<-[:ENDORSED]-(:Coordinator) } }`;

/** The partner row of `p`; needs `certified` in scope (VIEWER_CERTIFIED). */
export const PARTNER_PROJECTION = `p { .id, .name, .alternateName, .kind, .description, .url, .email,
    phones: coalesce(p.phones, []),
    postalCode: CASE WHEN ${located} THEN p.postalCode END,
    municipality: CASE WHEN ${located} THEN p.municipality END,
    addressLine: CASE WHEN ${located} THEN p.addressLine END,
    latitude: CASE WHEN ${located} THEN p.latitude END,
    longitude: CASE WHEN ${located} THEN p.longitude END,
    .openingHours, .fees, .eligibility,
    statusCodes: coalesce(p.statusCodes, []),
    prefectureCode: [(p)-[:LOCATED_IN]->(pref:Prefecture) | pref.code][0],
    serviceAreaCodes: [(p)-[:SERVES_AREA]->(area:Prefecture) | area.code],
    .createdAt, .updatedAt, .verifiedAt, .lastConfirmedAt,
    createdByName: ${personName(`[(p)<-[:CHANGE_OF]-(:PartnerChange {summary: 'CREATED'})<-[:MADE]-(pAuthor:User) | pAuthor.displayName][0]`)},
    lastConfirmedByName: ${personName(`COLLECT { MATCH (pConfirmer:User {id: p.lastConfirmedById}) RETURN pConfirmer.displayName }[0]`)},
    ${LISTED_FIELDS}, trust: ${TRUST_COUNTS} }`;

/** The fields of a partner card in a list (search results, directory pages). */
export type PartnerCardField =
  | 'id'
  | 'name'
  | 'alternateName'
  | 'kind'
  | 'description'
  | 'sensitiveAddress'
  | 'addressWithheld'
  | 'prefectureCode'
  | 'nationwide'
  | 'remote'
  | 'remoteModes'
  | 'domainCodes'
  | 'languageCodes'
  | 'synthetic'
  | 'reference'
  | 'memberOfId'
  | 'verifiedByIsa'
  | 'stale'
  | 'trust';

/**
 * A partner as a list shows it: the card fields only. Any other field asked of it is resolved from
 * the full row, loaded for the whole page in one batched statement (directory resolvers).
 */
export type PartnerCardRow = Pick<PartnerRow, PartnerCardField> & { card: true };

/** What the Partner resolvers receive: a full row, or a card from a list. */
export type PartnerParent = PartnerRow | PartnerCardRow;

/**
 * The card of `p`; needs `certified` in scope (VIEWER_CERTIFIED). Leaves out what lists do not show
 * and costs most to read: the address, the authors' names, the dates, the accepted statuses and the
 * service area. `p.prefectureCode` mirrors LOCATED_IN (migration 0031).
 */
export const PARTNER_CARD_PROJECTION = partnerCard(TRUST_COUNTS);

/** The card with its trust counters taken from `trust` (a search's ranking has counted them already). */
export const PARTNER_CARD_WITH_TRUST_PROJECTION = partnerCard('trust');

function partnerCard(trust: string): string {
  return `p { .id, .name, .alternateName, .kind, .description,
    prefectureCode: p.prefectureCode,
    ${LISTED_FIELDS}, trust: ${trust},
    card: true }`;
}

const ENDORSEMENT_MAP = (e: string, c: string) =>
  `{ note: ${e}.note, date: toString(coalesce(${e}.updatedAt, ${e}.date)), coordinatorName: ${personName(`${c}.displayName`)} }`;

/** The lists of the partner page; needs `p` in scope (inner names are unique: Cypher forbids shadowing). */
export const PARTNER_DETAIL_PROJECTION = `{
    recentChanges: COLLECT {
      MATCH (p)<-[:CHANGE_OF]-(dChange:PartnerChange) OPTIONAL MATCH (dChange)<-[:MADE]-(dAuthor:User)
      WITH dChange, dAuthor ORDER BY dChange.at DESC, dChange.id LIMIT 10
      RETURN dChange { .id, .at, .summary, fields: coalesce(dChange.fields, []),
                       authorName: ${personName('dAuthor.displayName')} } },
    recentEndorsements: COLLECT {
      MATCH (p)<-[dEndorsed:ENDORSED]-(dEndorser:Coordinator)
      WITH dEndorsed, dEndorser ORDER BY coalesce(dEndorsed.updatedAt, dEndorsed.date) DESC, dEndorser.id LIMIT 10
      RETURN ${ENDORSEMENT_MAP('dEndorsed', 'dEndorser')} },
    viewerEndorsement: COLLECT {
      MATCH (p)<-[dMine:ENDORSED]-(dMe:Coordinator {id: $viewerCoordinatorId})
      RETURN ${ENDORSEMENT_MAP('dMine', 'dMe')} }[0],
    viewerReferrals: COLLECT {
      MATCH (p)<-[dReferral:REFERRED]-(:Coordinator {id: $viewerCoordinatorId})
      WITH dReferral ORDER BY dReferral.date DESC, dReferral.createdAt DESC LIMIT 20
      RETURN ${REFERRAL_MAP('dReferral', 'p')} } }`;

export function REFERRAL_MAP(r: string, p: string): string {
  return `{ id: ${r}.id, partnerId: ${p}.id, date: toString(${r}.date), domainCode: ${r}.domain,
            languageCode: ${r}.language, outcome: coalesce(${r}.outcome, 'UNKNOWN') }`;
}

/** Full partner row with its detail lists, as `row`. */
export const PARTNER_WITH_DETAIL = `${PARTNER_PROJECTION.replace(/ \}$/, '')}, detail: ${PARTNER_DETAIL_PROJECTION} }`;
