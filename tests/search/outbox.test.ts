import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeOutboxEntries,
  dueOutboxEntries,
  enqueuePartnerReindex,
  searchOutboxEnabled,
} from '../../api/src/modules/search/outbox.js';
import { startHarness, type Harness } from '../support/api-harness.js';

// The search outbox (the Meilisearch backend's feed) against the real Neo4j: partner writes queue a
// reindex in their own transaction when MEILI_HOST is set, one entry per partner, and an entry that
// changed while it was being pushed stays queued. Pushing to Meilisearch itself is covered by the
// contract suite, which needs a real Meilisearch (MEILI_HOST).

const PROPOSE = `mutation($input: ProposePartnerInput!) { proposePartner(input: $input) { partner { id } } }`;
const UPDATE = `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id } } }`;

let h: Harness;
let isa: string;
const partnerIds: string[] = [];

const outboxOf = async (id: string) =>
  (
    await h.graph.readRows<{ version: number }>(
      'MATCH (o:SearchOutbox {partnerId: $id}) RETURN o.version AS version',
      { id },
    )
  ).map((r) => r.version);

async function propose(): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const result = await h.gql<{ proposePartner: { partner: { id: string } } }>(
    PROPOSE,
    {
      input: {
        fields: {
          name: `【架空】検索連携テスト窓口 ${tag}`,
          kind: 'SUP',
          prefecture: '13',
          domains: ['LIF'],
          languages: ['ja'],
          url: `https://${tag}.tsunagu-test.example/`,
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

beforeAll(async () => {
  h = await startHarness();
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
});

afterAll(async () => {
  delete process.env.MEILI_HOST;
  await h.graph.writeRows(
    `MATCH (o:SearchOutbox) WHERE o.partnerId IN $ids DELETE o
     WITH count(*) AS _
     MATCH (p:Partner) WHERE p.id IN $ids OPTIONAL MATCH (p)<-[:CHANGE_OF]-(ch) DETACH DELETE ch, p`,
    { ids: partnerIds },
  );
  await h.close();
});

describe('search outbox', () => {
  it('queues nothing without MEILI_HOST (nothing would drain it)', async () => {
    delete process.env.MEILI_HOST;
    expect(searchOutboxEnabled()).toBe(false);
    const id = await propose();
    expect(await outboxOf(id)).toEqual([]);
  });

  it('queues one entry per partner from proposals and edits when MEILI_HOST is set', async () => {
    process.env.MEILI_HOST = 'http://127.0.0.1:7700'; // read per write; no drainer runs in this process
    try {
      const id = await propose();
      expect(await outboxOf(id)).toEqual([1]);
      const edit = await h.gql(
        UPDATE,
        { input: { partnerId: id, fields: { description: '【架空】更新' } } },
        isa,
      );
      expect(edit.errors).toBeUndefined();
      expect(await outboxOf(id)).toEqual([2]);
    } finally {
      delete process.env.MEILI_HOST;
    }
  });

  it('keeps an entry that changed after it was read for a push', async () => {
    const id = `test-outbox-${randomUUID()}`;
    partnerIds.push(id);
    await h.graph.write((tx) => enqueuePartnerReindex(tx, [id]));
    const due = (await h.graph.read((tx) => dueOutboxEntries(tx, 1000))).filter((e) => e.partnerId === id);
    expect(due).toHaveLength(1);
    await h.graph.write((tx) => enqueuePartnerReindex(tx, [id])); // a change during the push
    await h.graph.write((tx) => completeOutboxEntries(tx, due));
    expect(await outboxOf(id)).toEqual([2]);
    const again = (await h.graph.read((tx) => dueOutboxEntries(tx, 1000))).filter((e) => e.partnerId === id);
    await h.graph.write((tx) => completeOutboxEntries(tx, again));
    expect(await outboxOf(id)).toEqual([]);
  });
});
