import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutgoingMail } from '../../api/src/modules/notifications/mailer.js';
import { mailDueNotices } from '../../api/src/modules/notifications/notice-mail.js';
import { startHarness, type Harness, type TestUser } from '../support/api-harness.js';

// E-mail about notices (only when SMTP is configured, so the job is called directly here with a
// collecting sender): each audience member is mailed once per notice — also when two API processes
// run the job at once — and again only when a notice asks to be confirmed again.

const CREATE = `mutation($input: CreateNoticeInput!) { createNotice(input: $input) { notice { id } } }`;
const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { notice { id } } }`;
const UPDATE = `mutation($input: UpdateNoticeInput!) { updateNotice(input: $input) { notice { id version } } }`;
const ACK = `mutation($id: ID!) { acknowledgeNotice(input: {id: $id}) { notice { id } } }`;

let h: Harness;
let isa: string;
let shimane: TestUser;
let shimaneToken: string;
let shimane2: TestUser;
let hokkaido: TestUser;
const created: string[] = [];

const content = (
  importance: string,
  title = `【テスト】メール通知 ${Math.random().toString(36).slice(2)}`,
) => ({
  title,
  bodyMarkdown: 'メール通知のテスト用の架空のお知らせです。',
  category: 'ADMINISTRATIVE',
  importance,
  audience: { allRegions: false, prefectures: ['32'] },
});

async function publish(importance: string): Promise<string> {
  const made = await h.gql<{ createNotice: { notice: { id: string } } }>(
    CREATE,
    { input: { content: content(importance) } },
    isa,
  );
  expect(made.errors).toBeUndefined();
  const id = made.data!.createNotice.notice.id;
  created.push(id);
  expect((await h.gql(PUBLISH, { input: { id } }, isa)).errors).toBeUndefined();
  return id;
}

/** Runs the job (twice at once when asked) and returns the mails about this notice. */
async function mailsAbout(noticeId: string, parallelRuns = 1): Promise<OutgoingMail[]> {
  const sent: OutgoingMail[] = [];
  const send = async (mail: OutgoingMail) => void sent.push(mail);
  await Promise.all(
    Array.from({ length: parallelRuns }, () => mailDueNotices(h.graph, send, 'https://portal.example')),
  );
  return sent.filter((m) => m.text.includes(`/bulletin/${noticeId}`));
}

beforeAll(async () => {
  h = await startHarness();
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
  shimane = await h.createUser('COORDINATOR', { prefecture: '32' });
  shimaneToken = await h.signIn(shimane);
  shimane2 = await h.createUser('COORDINATOR', { prefecture: '32' });
  hokkaido = await h.createUser('COORDINATOR', { prefecture: '01' });
});

afterAll(async () => {
  await h.graph.writeRows(
    `MATCH (n:Notice) WHERE n.id IN $ids OPTIONAL MATCH (rev:NoticeRevision)-[:OF]->(n) DETACH DELETE rev, n`,
    { ids: created },
  );
  await h.graph.writeRows(`MATCH (c:MailClaim) WHERE any(id IN $ids WHERE c.key CONTAINS id) DELETE c`, {
    ids: created,
  });
  await h.close();
});

describe('notice e-mail', () => {
  it('mails each audience member once, also with two processes running the job at once', async () => {
    const id = await publish('NORMAL');
    const first = await mailsAbout(id, 2);
    expect(first.map((m) => m.to).sort()).toEqual([shimane.email, shimane2.email].sort());
    expect(first.map((m) => m.to)).not.toContain(hokkaido.email);
    expect(first[0].subject).toMatch(/^【つなぐ】新しいお知らせ: 【テスト】メール通知/);
    expect(first[0].text).toContain(`https://portal.example/bulletin/${id}`);
    expect(await mailsAbout(id)).toEqual([]);
  });

  it('asks again after a substantive edit, but not those who confirmed the new version', async () => {
    const id = await publish('REQUIRES_ACKNOWLEDGEMENT');
    const first = await mailsAbout(id);
    expect(first.map((m) => m.to).sort()).toEqual([shimane.email, shimane2.email].sort());
    expect(first[0].subject).toMatch(/^【つなぐ】確認のお願い/);
    const edited = await h.gql(
      UPDATE,
      {
        input: {
          id,
          content: content('REQUIRES_ACKNOWLEDGEMENT', '【テスト】メール通知（改訂）'),
          substantive: true,
          changeSummary: '対象を変更しました',
        },
      },
      isa,
    );
    expect(edited.errors).toBeUndefined();
    expect((await h.gql(ACK, { id }, shimaneToken)).errors).toBeUndefined();
    const again = await mailsAbout(id);
    expect(again.map((m) => m.to)).toEqual([shimane2.email]);
  });
});
