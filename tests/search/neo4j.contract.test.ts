import { Neo4jSearchBackend } from '../../api/src/modules/search/neo4j-backend.js';
import { geoMapOf } from '../../api/src/modules/search/input.js';
import { runSearchContract } from './contract.js';

// The default backend: Neo4j's full-text indexes see writes as soon as they commit.
runSearchContract('neo4j', async (catalog) => ({
  backend: new Neo4jSearchBackend(() => geoMapOf(catalog)),
  indexPartners: async () => {},
  stems: true,
}));
