import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { SessionViewer } from '../modules/auth/repository.js';
import { PrefectureRecord, BlockRecord, BureauRecord, DomainRecord, LanguageRecord, StatusRecord } from '../modules/reference/catalog.js';
import { PartnerRow } from '../modules/directory/repository.js';
import { CoordinatorRow } from '../modules/graduates/repository.js';
import { AccountRow } from '../modules/admin/repository.js';
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
  /** Number of active sessions. */
  activeSessions: Scalars['Int']['output'];
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

/** A certified coordinator as listed in the graduate directory. */
export type Coordinator = {
  __typename?: 'Coordinator';
  /** Fiscal year of certification. */
  cohort: Scalars['Int']['output'];
  /** Name shown in the directory. */
  displayName: Scalars['String']['output'];
  /** Domains of expertise. */
  domains: Array<SupportDomain>;
  /** Contact e-mail; visible to ISA_ADMIN and to coordinators of the same bureau region only. */
  email: Maybe<Scalars['String']['output']>;
  /** Coordinator id. */
  id: Scalars['ID']['output'];
  /** Languages the coordinator works in. */
  languages: Array<Language>;
  /** Prefecture of the coordinator's workplace. */
  prefecture: Prefecture;
  /** True for synthetic demo data. */
  synthetic: Scalars['Boolean']['output'];
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

/** State of the API and its dependencies. */
export type Health = {
  __typename?: 'Health';
  /** Neo4j server version, when reachable. */
  neo4jVersion: Maybe<Scalars['String']['output']>;
  /** True when the API can run a query on Neo4j. */
  ok: Scalars['Boolean']['output'];
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

/** The root mutation type; each capability extends it in its own schema file. */
export type Mutation = {
  __typename?: 'Mutation';
  /** No-op placeholder so that capability files can extend Mutation. */
  _noop: Maybe<Scalars['Boolean']['output']>;
  /** Sign in with e-mail and password. Repeated failures lock the account for a growing time (TOO_MANY_ATTEMPTS). */
  signIn: SignInPayload;
  /** End the current session. */
  signOut: SignOutPayload;
  /** End every session of the signed-in account, on every device. */
  signOutEverywhere: SignOutPayload;
};


/** The root mutation type; each capability extends it in its own schema file. */
export type MutationSignInArgs = {
  input: SignInInput;
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

/** A partner: an organization or person to whom coordinators refer foreign residents. */
export type Partner = {
  __typename?: 'Partner';
  /** Short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Support domains it serves. */
  domains: Array<SupportDomain>;
  /** Partner id. */
  id: Scalars['ID']['output'];
  /** Kind of partner. */
  kind: PartnerKind;
  /** Languages it offers. */
  languages: Array<Language>;
  /** The organization this partner belongs to (e.g. a FRESC member organization's FRESC), if any. */
  memberOf: Maybe<Partner>;
  /** Name. */
  name: Scalars['String']['output'];
  /** True when it serves the whole country. */
  nationwide: Scalars['Boolean']['output'];
  /** Prefecture where it is, null for a nationwide body. */
  prefecture: Maybe<Prefecture>;
  /** True when it serves remotely (phone or online). */
  remote: Scalars['Boolean']['output'];
  /** True for synthetic demo data. */
  synthetic: Scalars['Boolean']['output'];
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

/** Filters for the partner list. */
export type PartnerFilter = {
  /** Only partners serving this support domain (or a sub-domain of it). */
  domain?: InputMaybe<Scalars['ID']['input']>;
  /** Only partners offering this language. */
  language?: InputMaybe<Scalars['ID']['input']>;
  /** Only partners in this prefecture (JIS code). */
  prefecture?: InputMaybe<Scalars['ID']['input']>;
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

/** The root query type; each capability extends it in its own schema file. */
export type Query = {
  __typename?: 'Query';
  /** Portal accounts; ISA_ADMIN only. */
  accounts: AccountConnection;
  /** The graduate directory; COORDINATOR, ISA_ADMIN and WORKSHOP_ORGANIZER may read it, LOCAL_GOV may not. */
  coordinators: CoordinatorConnection;
  /** Liveness of the API and its graph database. */
  health: Health;
  /** Languages, priority languages first. */
  languages: Array<Language>;
  /** Partners, by name; any signed-in role may read them. */
  partners: PartnerConnection;
  /** The 47 prefectures, in JIS order. */
  prefectures: Array<Prefecture>;
  /** Statuses of residence. */
  statusesOfResidence: Array<StatusOfResidence>;
  /** The support-domain taxonomy, parents first. */
  supportDomains: Array<SupportDomain>;
  /** The signed-in account, or null without a valid session. */
  viewer: Maybe<Viewer>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryCoordinatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  prefecture?: InputMaybe<Scalars['ID']['input']>;
};


/** The root query type; each capability extends it in its own schema file. */
export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

/** E-mail and password for signing in. */
export type SignInInput = {
  /** Sign-in e-mail address. */
  email: Scalars['String']['input'];
  /** Password (at least 12 characters). */
  password: Scalars['String']['input'];
};

/** A new session. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** When the session expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque session token; the portal keeps it in a signed httpOnly cookie and sends it as a Bearer token. */
  sessionToken: Scalars['String']['output'];
  /** The account that signed in. */
  viewer: Viewer;
};

/** Result of ending sessions. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** How many sessions were revoked. */
  revokedSessions: Scalars['Int']['output'];
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
  /** Home prefecture, when the account has one. */
  prefecture: Maybe<Prefecture>;
  /** The account's role. */
  role: Role;
  /** When the current session expires. */
  sessionExpiresAt: Scalars['DateTime']['output'];
};

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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Bureau: ResolverTypeWrapper<BureauRecord>;
  BureauKind: BureauKind;
  Coordinator: ResolverTypeWrapper<CoordinatorRow>;
  CoordinatorConnection: ResolverTypeWrapper<Omit<CoordinatorConnection, 'edges'> & { edges: Array<ResolversTypes['CoordinatorEdge']> }>;
  CoordinatorEdge: ResolverTypeWrapper<Omit<CoordinatorEdge, 'node'> & { node: ResolversTypes['Coordinator'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Language: ResolverTypeWrapper<LanguageRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRow>;
  PartnerConnection: ResolverTypeWrapper<Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerEdge']> }>;
  PartnerEdge: ResolverTypeWrapper<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Partner'] }>;
  PartnerFilter: PartnerFilter;
  PartnerKind: PartnerKind;
  Prefecture: ResolverTypeWrapper<PrefectureRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegionalBlock: ResolverTypeWrapper<BlockRecord>;
  Role: Role;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  StatusOfResidence: ResolverTypeWrapper<StatusRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupportDomain: ResolverTypeWrapper<DomainRecord>;
  Viewer: ResolverTypeWrapper<SessionViewer>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Account: AccountRow;
  AccountConnection: Omit<AccountConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccountEdge']> };
  AccountEdge: Omit<AccountEdge, 'node'> & { node: ResolversParentTypes['Account'] };
  Boolean: Scalars['Boolean']['output'];
  Bureau: BureauRecord;
  Coordinator: CoordinatorRow;
  CoordinatorConnection: Omit<CoordinatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['CoordinatorEdge']> };
  CoordinatorEdge: Omit<CoordinatorEdge, 'node'> & { node: ResolversParentTypes['Coordinator'] };
  DateTime: Scalars['DateTime']['output'];
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Language: LanguageRecord;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Partner: PartnerRow;
  PartnerConnection: Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerEdge']> };
  PartnerEdge: Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Partner'] };
  PartnerFilter: PartnerFilter;
  Prefecture: PrefectureRecord;
  Query: Record<PropertyKey, never>;
  RegionalBlock: BlockRecord;
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  SignOutPayload: SignOutPayload;
  StatusOfResidence: StatusRecord;
  String: Scalars['String']['output'];
  SupportDomain: DomainRecord;
  Viewer: SessionViewer;
}>;

export type AccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = ResolversObject<{
  activeSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failedSignIns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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

export type BureauResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Bureau'] = ResolversParentTypes['Bureau']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hasInformationCenter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BureauKind'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CoordinatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Coordinator'] = ResolversParentTypes['Coordinator']> = ResolversObject<{
  cohort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  prefecture?: Resolver<ResolversTypes['Prefecture'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  neo4jVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type LanguageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Language'] = ResolversParentTypes['Language']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType>;
  signOutEverywhere?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  memberOf?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationwide?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  remote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PartnerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
}>;

export type PrefectureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Prefecture'] = ResolversParentTypes['Prefecture']> = ResolversObject<{
  block?: Resolver<ResolversTypes['RegionalBlock'], ParentType, ContextType>;
  borders?: Resolver<Array<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  bureau?: Resolver<ResolversTypes['Bureau'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accounts?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<QueryAccountsArgs, 'first'>>;
  coordinators?: Resolver<ResolversTypes['CoordinatorConnection'], ParentType, ContextType, RequireFields<QueryCoordinatorsArgs, 'first'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, RequireFields<QueryPartnersArgs, 'first'>>;
  prefectures?: Resolver<Array<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  statusesOfResidence?: Resolver<Array<ResolversTypes['StatusOfResidence']>, ParentType, ContextType>;
  supportDomains?: Resolver<Array<ResolversTypes['SupportDomain']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type RegionalBlockResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegionalBlock'] = ResolversParentTypes['RegionalBlock']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SignInPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sessionToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
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

export type SupportDomainResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportDomain'] = ResolversParentTypes['SupportDomain']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['Prefecture']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sessionExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Account?: AccountResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  Bureau?: BureauResolvers<ContextType>;
  Coordinator?: CoordinatorResolvers<ContextType>;
  CoordinatorConnection?: CoordinatorConnectionResolvers<ContextType>;
  CoordinatorEdge?: CoordinatorEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Health?: HealthResolvers<ContextType>;
  Language?: LanguageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  Prefecture?: PrefectureResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegionalBlock?: RegionalBlockResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  StatusOfResidence?: StatusOfResidenceResolvers<ContextType>;
  SupportDomain?: SupportDomainResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

