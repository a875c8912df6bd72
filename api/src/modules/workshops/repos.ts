import type { Graph } from '../../db/graph.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { AttendanceRepository } from './attendance.js';
import { GroupRepository } from './groups.js';
import { RegistrationRepository } from './registration.js';
import { WorkshopRepository } from './repository.js';

/** The workshops capability's repositories, bound to one request's graph (context.ts). */
export function createWorkshopRepos(graph: Graph, catalog: ReferenceCatalog) {
  return {
    workshops: new WorkshopRepository(graph),
    registrations: new RegistrationRepository(graph),
    groups: new GroupRepository(graph, catalog),
    attendance: new AttendanceRepository(graph),
  };
}

export type WorkshopRepos = ReturnType<typeof createWorkshopRepos>;
