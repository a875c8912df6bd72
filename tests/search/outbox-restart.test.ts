import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEILI_INDEX } from '../../api/src/modules/search/meili-documents.js';
import { startMeilisearch, type MeilisearchProcess } from '../../scripts/lib/meilisearch-process.js';
import { startHarness, type Harness } from '../support/api-harness.js';

// The outbox loses no update while Meilisearch is down: a real Meilisearch (its own process and
// data folder) is stopped mid-run while partners are proposed and edited through the API, whose
// own background sync keeps retrying; after the restart every change is searchable.
const binary = process.env.TEST_MEILISEARCH_BIN;
if (!binary) {
  console.log(
    '[search] outbox stop/restart test skipped: no Meilisearch binary (MEILISEARCH_BIN, ' +
      '../shared/meilisearch/meilisearch or `meilisearch` on PATH); it needs a process it can stop.',
  );
}

const PROPOSE = `mutation($input: ProposePartnerInput!) { proposePartner(input: $input) { partner { id } } }`;
const UPDATE = `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id } } }`;

// Letters only: Meilisearch splits words at digits.
const word = () => Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('');

async function until<T>(
  what: string,
  probe: () => Promise<T | null | false>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!binary)('search outbox across a Meilisearch stop and restart', () => {
  let meili: MeilisearchProcess;
  let client: Meilisearch;
  let h: Harness;
  let isa: string;
  const partnerIds: string[] = [];
  const saved = { host: process.env.MEILI_HOST, key: process.env.MEILI_MASTER_KEY };

  beforeAll(async () => {
    meili = await startMeilisearch({
      binary: binary!,
      dataDir: path.resolve('.data', 'meili-outbox-test'),
      fresh: true,
    });
    client = new Meilisearch({ host: meili.host, apiKey: meili.masterKey });
    // The API under test selects Meilisearch and runs its outbox sync (every 2 s) against it.
    process.env.MEILI_HOST = meili.host;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
    h = await startHarness({ MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey });
    isa = await h.signIn(await h.createUser('ISA_ADMIN'));
  });

  afterAll(async () => {
    if (saved.host === undefined) delete process.env.MEILI_HOST;
    else process.env.MEILI_HOST = saved.host;
    if (saved.key === undefined) delete process.env.MEILI_MASTER_KEY;
    else process.env.MEILI_MASTER_KEY = saved.key;
    await h?.graph.writeRows(
      `MATCH (o:SearchOutbox) WHERE o.partnerId IN $ids DELETE o
       WITH count(*) AS _
       MATCH (p:Partner) WHERE p.id IN $ids OPTIONAL MATCH (p)<-[:CHANGE_OF]-(ch) DETACH DELETE ch, p`,
      { ids: partnerIds },
    );
    await h?.close();
    await meili?.stop();
  });

  // Until the sync's first push the index may not exist yet: that is "nothing found", not a failure.
  const found = async (text: string): Promise<string[]> => {
    try {
      const result = await client
        .index(MEILI_INDEX)
        .search(text, { attributesToRetrieve: ['id'], limit: 50 });
      return result.hits.map((hit) => hit.id as string);
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === 'index_not_found') return [];
      throw error;
    }
  };
  const pending = async (ids: string[]) =>
    h.graph.readRows<{ partnerId: string; attempts: number }>(
      'MATCH (o:SearchOutbox) WHERE o.partnerId IN $ids RETURN o.partnerId AS partnerId, o.attempts AS attempts',
      { ids },
    );

  async function propose(token: string): Promise<string> {
    const own = word(); // names and web addresses differ, or the duplicate check refuses them
    const result = await h.gql<{ proposePartner: { partner: { id: string } } }>(
      PROPOSE,
      {
        input: {
          fields: {
            name: `【架空】検索同期テスト ${token} ${own}`,
            kind: 'SUP',
            prefecture: '13',
            domains: ['LIF'],
            languages: ['ja'],
            url: `https://${own}.tsunagu-test.example/`,
          },
        },
      },
      isa,
    );
    expect(result.errors).toBeUndefined();
    const id = result.data!.proposePartner.partner.id;
    partnerIds.push(id);
    return id;
  }

  it('queues changes while the server is down and pushes them all after the restart', async () => {
    const before = word();
    const first = [await propose(before), await propose(before), await propose(before)];
    await until('the first partners in Meilisearch', async () => (await found(before)).length === 3);

    await meili.stop();
    const after = word();
    for (const id of first) {
      const edit = await h.gql(
        UPDATE,
        { input: { partnerId: id, fields: { description: `【架空】${after} 更新後の説明` } } },
        isa,
      );
      expect(edit.errors).toBeUndefined();
    }
    const added = word();
    const later = [await propose(added), await propose(added)];
    const all = [...first, ...later];
    // The sync tried while the server was down: the entries are still there, deferred.
    const failed = await until('a failed push', async () => {
      const rows = await pending(all);
      return rows.length === all.length && rows.some((r) => r.attempts > 0) && rows;
    });
    expect(failed.map((r) => r.partnerId).sort()).toEqual([...all].sort());

    await meili.restart();
    await until('an empty outbox', async () => (await pending(all)).length === 0, 90_000);
    expect((await found(after)).sort()).toEqual([...first].sort());
    expect((await found(added)).sort()).toEqual([...later].sort());
    expect((await found(before)).sort()).toEqual([...first].sort()); // the name still holds it
    const stats = await client.index(MEILI_INDEX).getStats();
    expect(stats.numberOfDocuments).toBe(all.length);
  });
});
