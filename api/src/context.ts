import type { ApiConfig } from './config.js';
import type { Graph } from './db/graph.js';
import { Access, bearerTokenFrom } from './modules/auth/access.js';
import { AuthRepository } from './modules/auth/repository.js';
import { AdminRepository } from './modules/admin/repository.js';
import { createDirectoryLoaders, type DirectoryLoaders } from './modules/directory/loaders.js';
import { DirectoryRepository } from './modules/directory/repository.js';
import { GraduatesRepository } from './modules/graduates/repository.js';
import type { ReferenceCatalog } from './modules/reference/catalog.js';

/** Process-wide services, built once at boot. */
export interface AppServices {
  config: ApiConfig;
  graph: Graph;
  catalog: ReferenceCatalog;
}

/** What every resolver receives: the viewer (lazily), repositories bound to a request-scoped round-trip counter. */
export interface GraphQLContext {
  config: ApiConfig;
  graph: Graph;
  catalog: ReferenceCatalog;
  access: Access;
  repos: {
    auth: AuthRepository;
    directory: DirectoryRepository;
    graduates: GraduatesRepository;
    admin: AdminRepository;
  };
  /** Fresh DataLoaders for each request, so nothing is cached across viewers. */
  loaders: DirectoryLoaders;
}

export function buildContext(services: AppServices, authorizationHeader: string | undefined): GraphQLContext {
  const graph = services.graph.forRequest();
  const auth = new AuthRepository(graph);
  const directory = new DirectoryRepository(graph);
  return {
    config: services.config,
    graph,
    catalog: services.catalog,
    access: new Access(auth, bearerTokenFrom(authorizationHeader)),
    repos: { auth, directory, graduates: new GraduatesRepository(graph), admin: new AdminRepository(graph) },
    loaders: createDirectoryLoaders(directory),
  };
}
