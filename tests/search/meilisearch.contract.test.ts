import { describe } from 'vitest';
import { geoMapOf } from '../../api/src/modules/search/input.js';
import { createMeiliClient, MeiliSearchBackend } from '../../api/src/modules/search/meili-backend.js';
import { applyMeiliSettings, pushPartners } from '../../api/src/modules/search/sync.js';
import { runSearchContract } from './contract.js';

const host = process.env.MEILI_HOST;
if (!host) {
  console.log(
    '[search] Meilisearch contract suite skipped: MEILI_HOST is not set (Meilisearch cannot be installed on this ' +
      'machine; run with MEILI_HOST=http://127.0.0.1:7700 [MEILI_API_KEY=…] against a real server).',
  );
}

// Skipped without MEILI_HOST: the suite needs a real Meilisearch, never a fake one.
describe.skipIf(!host)('meilisearch backend', () => {
  runSearchContract('meilisearch', async (catalog) => {
    const client = createMeiliClient({ host: host!, apiKey: process.env.MEILI_API_KEY });
    await applyMeiliSettings(client);
    return {
      backend: new MeiliSearchBackend(client, () => geoMapOf(catalog)),
      indexPartners: (graph, ids) => pushPartners(graph, client, ids),
    };
  });
});
