import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';

const NOTICE_FIELDS = `id title bodyHtml status version unread updatedSinceRead acknowledgementDue acknowledgedAt
  updateSummary history { summary substantive version fields } audience { allRegions bureaus { code } prefectures { code } roles }`;
const CREATE = `mutation($input: CreateNoticeInput!) { createNotice(input: $input) { notice { ${NOTICE_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateNoticeInput!) { updateNotice(input: $input) { notice { ${NOTICE_FIELDS} } } }`;
const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { notice { ${NOTICE_FIELDS} } } }`;
const READ = `mutation($id: ID!) { markNoticeRead(input: {id: $id}) { notice { ${NOTICE_FIELDS} } } }`;
const ACK = `mutation($id: ID!) { acknowledgeNotice(input: {id: $id}) { notice { ${NOTICE_FIELDS} } } }`;
const ONE = `query($id: ID!) { notice(id: $id) { ${NOTICE_FIELDS} } }`;
const LIST = `query($filter: NoticeFilter) { notices(first: 50, filter: $filter) { unreadCount edges { node { id unread } } } }`;
const STATS = `query($id: ID!) { noticeStats(id: $id) { audienceSize readCount acknowledgedCount readRate acknowledgedRate
  byPrefecture { prefecture { code } audience read acknowledged } notAcknowledged { id } csv } }`;

type Notice = {
  id: string;
  bodyHtml: string;
  status: string;
  version: number;
  unread: boolean;
  updatedSinceRead: boolean;
  acknowledgementDue: boolean;
  history: { summary: string; substantive: boolean; fields: string[] }[] | null;
};

const content = (overrides: Record<string, unknown> = {}) => ({
  title: `【テスト】大阪局からのお知らせ ${Math.random().toString(36).slice(2)}`,
  bodyMarkdown: '在留手続の**変更**についてのお知らせです。',
  category: 'LAW_CHANGE',
  effectiveDate: '2027-04-01',
  importance: 'REQUIRES_ACKNOWLEDGEMENT',
  audience: { allRegions: false, bureaus: ['OSK'] },
  attachments: [{ title: '出入国在留管理庁', url: 'https://www.example.go.jp/isa' }],
  ...overrides,
});

let h: Harness;
let isa: string;
let osaka: { id: string; token: string };
let kobe: { id: string; token: string };
let hokkaido: string;
let localGovOsaka: string;
const created: string[] = [];

async function createPublished(overrides: Record<string, unknown> = {}, publishAt?: string): Promise<string> {
  const made = await h.gql<{ createNotice: { notice: Notice } }>(
    CREATE,
    { input: { content: content(overrides) } },
    isa,
  );
  expect(made.errors).toBeUndefined();
  const id = made.data!.createNotice.notice.id;
  created.push(id);
  const published = await h.gql(PUBLISH, { input: { id, publishAt } }, isa);
  expect(published.errors).toBeUndefined();
  return id;
}

beforeAll(async () => {
  h = await startHarness();
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
  const o = await h.createUser('COORDINATOR', { prefecture: '27' }); // Osaka bureau
  const k = await h.createUser('COORDINATOR', { prefecture: '28' }); // Hyogo → Osaka bureau
  osaka = { id: o.id, token: await h.signIn(o) };
  kobe = { id: k.id, token: await h.signIn(k) };
  hokkaido = await h.signIn(await h.createUser('COORDINATOR', { prefecture: '01' }));
  localGovOsaka = await h.signIn(await h.createUser('LOCAL_GOV', { prefecture: '27' }));
});

afterAll(async () => {
  await h.graph.writeRows(
    `MATCH (n:Notice) WHERE n.id IN $ids OPTIONAL MATCH (rev:NoticeRevision)-[:OF]->(n) DETACH DELETE rev, n`,
    { ids: created },
  );
  await h.close();
});

describe('audience targeting, enforced by the API', () => {
  it('shows a notice for the Osaka bureau region to Osaka and Hyogo, and to nobody in Hokkaido', async () => {
    const id = await createPublished();
    expect((await h.gql<{ notice: Notice }>(ONE, { id }, osaka.token)).data?.notice.status).toBe('PUBLISHED');
    expect((await h.gql<{ notice: Notice }>(ONE, { id }, kobe.token)).data?.notice.id).toBe(id);

    const byId = await h.gql(ONE, { id }, hokkaido);
    expect(errorCode(byId)).toBe('NOT_FOUND');
    type List = { notices: { edges: { node: { id: string } }[] } };
    const list = await h.gql<List>(LIST, {}, hokkaido);
    expect(list.data!.notices.edges.map((e) => e.node.id)).not.toContain(id);
    const search = await h.gql<List>(LIST, { filter: { text: '大阪局' } }, hokkaido);
    expect(search.data!.notices.edges.map((e) => e.node.id)).not.toContain(id);
    const found = await h.gql<List>(LIST, { filter: { text: '大阪局' } }, osaka.token);
    expect(found.data!.notices.edges.map((e) => e.node.id)).toContain(id);
  });

  it('limits a notice to the roles it names', async () => {
    const id = await createPublished({ audience: { allRegions: true, roles: ['LOCAL_GOV'] } });
    expect(errorCode(await h.gql(ONE, { id }, osaka.token))).toBe('NOT_FOUND');
    expect((await h.gql<{ notice: Notice }>(ONE, { id }, localGovOsaka)).data?.notice.id).toBe(id);
  });

  it('keeps drafts and scheduled notices from readers until the publish time', async () => {
    const made = await h.gql<{ createNotice: { notice: Notice } }>(
      CREATE,
      { input: { content: content() } },
      isa,
    );
    const id = made.data!.createNotice.notice.id;
    created.push(id);
    expect(made.data!.createNotice.notice.status).toBe('DRAFT');
    expect(errorCode(await h.gql(ONE, { id }, osaka.token))).toBe('NOT_FOUND');

    const publishAt = new Date(Date.now() + 2_000).toISOString();
    const scheduled = await h.gql<{ publishNotice: { notice: Notice } }>(
      PUBLISH,
      { input: { id, publishAt } },
      isa,
    );
    expect(scheduled.data!.publishNotice.notice.status).toBe('SCHEDULED');
    expect(errorCode(await h.gql(ONE, { id }, osaka.token))).toBe('NOT_FOUND');

    await new Promise((r) => setTimeout(r, 2_500));
    const visible = await h.gql<{ notice: Notice }>(ONE, { id }, osaka.token);
    expect(visible.data?.notice).toMatchObject({ id, status: 'PUBLISHED', unread: true });
  });
});

describe('reading and confirming', () => {
  it('counts unread notices and clears one when it is opened', async () => {
    type Count = { notices: { unreadCount: number } };
    const before = (await h.gql<Count>(LIST, {}, kobe.token)).data!.notices.unreadCount;
    const id = await createPublished();
    expect((await h.gql<Count>(LIST, {}, kobe.token)).data!.notices.unreadCount).toBe(before + 1);
    const read = await h.gql<{ markNoticeRead: { notice: Notice } }>(READ, { id }, kobe.token);
    expect(read.data!.markNoticeRead.notice.unread).toBe(false);
    expect((await h.gql<Count>(LIST, {}, kobe.token)).data!.notices.unreadCount).toBe(before);
    expect(
      (await h.gql<{ unreadNoticeCount: number }>('{ unreadNoticeCount }', {}, kobe.token)).data!
        .unreadNoticeCount,
    ).toBe(before);
  });

  it('records one confirmation under 20 simultaneous submits', async () => {
    const id = await createPublished();
    const results = await Promise.all(Array.from({ length: 20 }, () => h.gql(ACK, { id }, osaka.token)));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const [row] = await h.graph.readRows<{ acks: number; reads: number }>(
      `MATCH (u:User {id: $user}), (n:Notice {id: $id})
       RETURN COUNT { (u)-[:ACKNOWLEDGED]->(n) } AS acks, COUNT { (u)-[:READ]->(n) } AS reads`,
      { user: osaka.id, id },
    );
    expect(row).toEqual({ acks: 1, reads: 1 });
  });

  it('asks for confirmation again after a substantive edit, not after a minor one', async () => {
    const id = await createPublished();
    await h.gql(ACK, { id }, osaka.token);
    const minor = await h.gql<{ updateNotice: { notice: Notice } }>(
      UPDATE,
      {
        input: {
          id,
          content: content({ title: '【テスト】誤字の修正' }),
          substantive: false,
          changeSummary: '誤字を修正',
        },
      },
      isa,
    );
    expect(minor.data!.updateNotice.notice.version).toBe(1);
    let seen = (await h.gql<{ notice: Notice }>(ONE, { id }, osaka.token)).data!.notice;
    expect(seen.acknowledgementDue).toBe(false);

    const major = await h.gql<{ updateNotice: { notice: Notice } }>(
      UPDATE,
      {
        input: {
          id,
          content: content({ title: '【テスト】施行日の変更', effectiveDate: '2027-10-01' }),
          substantive: true,
          changeSummary: '施行日が10月1日に変わりました',
        },
      },
      isa,
    );
    const edited = major.data!.updateNotice.notice;
    expect(edited.version).toBe(2);
    expect(edited.history!.map((h) => h.summary)).toEqual([
      'created',
      expect.stringMatching(/^publish at/),
      '誤字を修正',
      '施行日が10月1日に変わりました',
    ]);
    expect(edited.history!.at(-1)!.fields).toEqual(expect.arrayContaining(['title', 'effectiveDate']));
    seen = (await h.gql<{ notice: Notice & { updateSummary: string } }>(ONE, { id }, osaka.token)).data!
      .notice;
    expect(seen).toMatchObject({
      version: 2,
      unread: true,
      updatedSinceRead: true,
      acknowledgementDue: true,
      history: null,
    });
  });

  it('refuses to confirm a notice that does not ask for it', async () => {
    const id = await createPublished({ importance: 'NORMAL' });
    const result = await h.gql(ACK, { id }, osaka.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});

describe('ISA statistics', () => {
  it('counts audience, reads and confirmations by prefecture, with a CSV export', async () => {
    const id = await createPublished({ audience: { allRegions: false, prefectures: ['27', '28'] } });
    await h.gql(ACK, { id }, osaka.token);
    await h.gql(READ, { id }, kobe.token);
    type Stats = {
      noticeStats: {
        audienceSize: number;
        readCount: number;
        acknowledgedCount: number;
        byPrefecture: {
          prefecture: { code: string };
          audience: number;
          read: number;
          acknowledged: number;
        }[];
        notAcknowledged: { id: string }[];
        csv: string;
      };
    };
    const stats = (await h.gql<Stats>(STATS, { id }, isa)).data!.noticeStats;
    const osakaRow = stats.byPrefecture.find((r) => r.prefecture.code === '27')!;
    const hyogoRow = stats.byPrefecture.find((r) => r.prefecture.code === '28')!;
    expect(osakaRow.acknowledged).toBeGreaterThanOrEqual(1);
    expect(hyogoRow.read).toBeGreaterThanOrEqual(1);
    expect(stats.readCount).toBeGreaterThanOrEqual(2);
    expect(stats.acknowledgedCount).toBeLessThan(stats.audienceSize);
    expect(stats.notAcknowledged.map((r) => r.id)).toContain(kobe.id);
    expect(stats.notAcknowledged.map((r) => r.id)).not.toContain(osaka.id);
    expect(stats.csv.startsWith('\uFEFF')).toBe(true);
    expect(stats.csv).toContain('\r\n');

    expect(errorCode(await h.gql(STATS, { id }, osaka.token))).toBe('FORBIDDEN');
  });
});

describe('content safety and bad input', () => {
  it('renders Markdown with scripts, event handlers and javascript: links inert', async () => {
    const id = await createPublished({
      bodyMarkdown:
        '<script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)> [ok](https://example.org)',
    });
    const html = (await h.gql<{ notice: Notice }>(ONE, { id }, osaka.token)).data!.notice.bodyHtml;
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('href="https://example.org"');
  });

  it.each([
    [{ title: '  ' }, 'content.title'],
    [{ audience: { allRegions: true, bureaus: ['OSK'] } }, 'content.audience'],
    [{ audience: { allRegions: false, bureaus: ['YKH'] } }, 'content.audience.bureaus'],
    [{ audience: { allRegions: false, prefectures: ['99'] } }, 'content.audience.prefectures'],
    [{ effectiveDate: '2027-02-30' }, 'content.effectiveDate'],
    [{ attachments: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'content.attachments.url'],
  ])('answers BAD_USER_INPUT for %j naming %s, writing nothing', async (overrides, field) => {
    const [{ before }] = await h.graph.readRows<{ before: number }>('RETURN COUNT { (:Notice) } AS before');
    const result = await h.gql(CREATE, { input: { content: content(overrides) } }, isa);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe(field);
    const [{ after }] = await h.graph.readRows<{ after: number }>('RETURN COUNT { (:Notice) } AS after');
    expect(after).toBe(before);
  });

  it('lets only ISA write notices', async () => {
    expect(errorCode(await h.gql(CREATE, { input: { content: content() } }, osaka.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(LIST, { filter: { includeUnpublished: true } }, osaka.token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await h.gql(CREATE, { input: { content: content() } }))).toBe('UNAUTHENTICATED');
  });
});
