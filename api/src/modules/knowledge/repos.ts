import type { Graph } from '../../db/graph.js';
import { InsightRepository } from './insight-repository.js';
import { MaterialRepository } from './material-repository.js';

/** The knowledge capability's repositories (case materials, insights), bound to one request's graph. */
export function createKnowledgeRepos(graph: Graph) {
  return { materials: new MaterialRepository(graph), insights: new InsightRepository(graph) };
}

export type KnowledgeRepos = ReturnType<typeof createKnowledgeRepos>;
