import type { ApiConfig } from './config.js';
import type { Graph } from './db/graph.js';
import { Access, bearerTokenFrom } from './modules/auth/access.js';
import { AuthRepository } from './modules/auth/repository.js';
import { AccountsRepository } from './modules/accounts/repository.js';
import { AdminRepository } from './modules/admin/repository.js';
import { AuditRepository } from './modules/audit/repository.js';
import { BulletinRepository } from './modules/bulletin/repository.js';
import { createDirectoryLoaders, type DirectoryLoaders } from './modules/directory/loaders.js';
import { PartnerWriteRepository } from './modules/directory/partner-writes.js';
import { DirectoryRepository } from './modules/directory/repository.js';
import { TrustWriteRepository } from './modules/directory/trust-writes.js';
import { GapRepository } from './modules/gaps/repository.js';
import { HandoffRepository } from './modules/graduates/handoffs/repository.js';
import { PeerRepository } from './modules/graduates/peers/repository.js';
import { NotificationRepository } from './modules/notifications/repository.js';
import { QaRepository } from './modules/qa/repository.js';
import { GraduatesRepository } from './modules/graduates/repository.js';
import { InvitationRepository } from './modules/invitations/repository.js';
import type { ReferenceCatalog } from './modules/reference/catalog.js';
import { createSearchLoaders, type SearchLoaders } from './modules/search/loaders.js';
import type { SearchLexicon } from './modules/search/lexicon-store.js';
import { SearchRepository } from './modules/search/repository.js';
import { SearchTermRepository } from './modules/search/search-terms.js';
import type { SearchBackend } from './modules/search/types.js';
import { createKnowledgeRepos, type KnowledgeRepos } from './modules/knowledge/repos.js';
import { createWorkshopRepos, type WorkshopRepos } from './modules/workshops/repos.js';
import { ActivityRepository } from './modules/activity/repository.js';
import { SurveyRepository } from './modules/surveys/repository.js';
import type { SurveyDefinitionCache } from './modules/surveys/definitions.js';
import { SurveyResponseRepository } from './modules/surveys/responses.js';
import { SurveyResultsRepository } from './modules/surveys/results-repository.js';

/** Process-wide services, built once at boot. */
export interface AppServices {
  config: ApiConfig;
  graph: Graph;
  catalog: ReferenceCatalog;
  /** Survey definitions that submits validate against (checked by revision on every write). */
  surveyDefinitions: SurveyDefinitionCache;
  /** The search's query interpreter (reference catalog, curated lexicon, ISA-added terms). */
  searchLexicon: SearchLexicon;
  /** Neo4j full-text or Meilisearch, chosen once from the validated configuration. */
  searchBackend: SearchBackend;
}

/** What every resolver receives: the viewer (lazily), repositories bound to a request-scoped round-trip counter. */
export interface GraphQLContext {
  config: ApiConfig;
  graph: Graph;
  catalog: ReferenceCatalog;
  searchLexicon: SearchLexicon;
  searchBackend: SearchBackend;
  access: Access;
  repos: {
    auth: AuthRepository;
    directory: DirectoryRepository;
    partnerWrites: PartnerWriteRepository;
    trustWrites: TrustWriteRepository;
    graduates: GraduatesRepository;
    peers: PeerRepository;
    handoffs: HandoffRepository;
    invitations: InvitationRepository;
    admin: AdminRepository;
    /** Password links, staff accounts, deactivation. */
    accounts: AccountsRepository;
    /** The audit log's reading side. */
    audit: AuditRepository;
    bulletin: BulletinRepository;
    qa: QaRepository;
    notifications: NotificationRepository;
    search: SearchRepository;
    searchTerms: SearchTermRepository;
    // Surveys and activity reports (issue 5)
    surveys: SurveyRepository;
    surveyResponses: SurveyResponseRepository;
    surveyResults: SurveyResultsRepository;
    activity: ActivityRepository;
    /** Case-study workshops (issue 6). */
    workshops: WorkshopRepos;
    /** Case materials and the knowledge base (issue 6). */
    knowledge: KnowledgeRepos;
    /** Gaps: unmet need for governments. */
    gaps: GapRepository;
  };
  /** Fresh DataLoaders for each request, so nothing is cached across viewers. */
  loaders: DirectoryLoaders & SearchLoaders;
}

export function buildContext(services: AppServices, authorizationHeader: string | undefined): GraphQLContext {
  const graph = services.graph.forRequest();
  const auth = new AuthRepository(graph);
  const directory = new DirectoryRepository(graph);
  const access = new Access(
    auth,
    bearerTokenFrom(authorizationHeader),
    services.config.REQUIRE_ADMIN_TWO_STEP,
  );
  const search = new SearchRepository(graph);
  return {
    config: services.config,
    graph,
    catalog: services.catalog,
    searchLexicon: services.searchLexicon,
    searchBackend: services.searchBackend,
    access,
    repos: {
      bulletin: new BulletinRepository(graph),
      qa: new QaRepository(graph),
      notifications: new NotificationRepository(graph),
      auth,
      directory,
      partnerWrites: new PartnerWriteRepository(graph),
      trustWrites: new TrustWriteRepository(graph),
      graduates: new GraduatesRepository(graph),
      peers: new PeerRepository(graph),
      handoffs: new HandoffRepository(graph),
      invitations: new InvitationRepository(graph),
      admin: new AdminRepository(graph),
      accounts: new AccountsRepository(graph),
      audit: new AuditRepository(graph),
      search,
      searchTerms: new SearchTermRepository(graph),
      surveys: new SurveyRepository(graph),
      surveyResponses: new SurveyResponseRepository(graph, services.surveyDefinitions),
      surveyResults: new SurveyResultsRepository(graph),
      activity: new ActivityRepository(graph),
      workshops: createWorkshopRepos(graph, services.catalog),
      knowledge: createKnowledgeRepos(graph),
      gaps: new GapRepository(graph),
    },
    loaders: { ...createDirectoryLoaders(directory, access), ...createSearchLoaders(search, access) },
  };
}
