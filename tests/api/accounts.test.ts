import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness, type TestUser } from '../support/api-harness.js';
import { linkToken, startMailServer, type MailServer } from '../support/mail-server.js';

const SIGN_IN =
  'mutation($input: SignInInput!) { signIn(input: $input) { sessionToken viewer { id role } } }';
const VIEWER = '{ viewer { id role prefecture { code } } }';
const REQUEST_RESET =
  'mutation($email: String!) { requestPasswordReset(input: {email: $email}) { accepted } }';
const RESET =
  'mutation($token: String!, $pw: String!) { resetPassword(input: {token: $token, newPassword: $pw}) { email } }';
const CHANGE =
  'mutation($cur: String!, $pw: String!) { changePassword(input: {currentPassword: $cur, newPassword: $pw}) { revokedSessions } }';
const CREATE_STAFF = `mutation($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) { account { id email role active passwordSet prefecture { code } } } }`;
const CHANGE_ROLE = `mutation($input: ChangeAccountRoleInput!) {
  changeAccountRole(input: $input) { account { id role prefecture { code } } } }`;
const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) {
  setAccountActive(input: {accountId: $id, active: $active}) { account { id active activeSessions } } }`;
const SEND_LINK = 'mutation($id: ID!) { sendSetPasswordLink(accountId: $id) { account { id } } }';
const AUDIT = `query($filter: AuditFilter) { auditEntries(filter: $filter, first: 100) {
  edges { node { action actorId actorRole targetKind targetId details } } } }`;
const AUDIT_CSV = 'query($filter: AuditFilter) { auditCsv(filter: $filter) }';
const ACCOUNTS = '{ accounts(first: 5) { edges { node { id } } } }';

const NEW_PASSWORD = 'a-brand-new-passphrase-2026';

let h: Harness;
let mail: MailServer;
let isa: TestUser;
let isaToken: string;
const createdEmails: string[] = [];

beforeAll(async () => {
  mail = await startMailServer();
  h = await startHarness({ SMTP_URL: mail.url, PORTAL_URL: 'http://portal.test.tsunagu.example' });
  isa = await h.createUser('ISA_ADMIN');
  isaToken = await h.signIn(isa);
});
afterAll(async () => {
  await h?.graph.writeRows(
    `MATCH (u:User) WHERE u.email IN $emails
     OPTIONAL MATCH (u)-[:HAS_SESSION|HAS_PASSWORD_TOKEN]->(x) DETACH DELETE x, u`,
    { emails: createdEmails },
  );
  await h?.graph.writeRows(
    `MATCH (u:User) WHERE u.test = true OPTIONAL MATCH (u)-[:HAS_PASSWORD_TOKEN]->(t) DETACH DELETE t`,
  );
  await h?.close();
  await mail?.close();
});

async function auditFor(targetId: string) {
  const result = await h.gql<{ auditEntries: { edges: { node: Record<string, string> }[] } }>(
    AUDIT,
    { filter: { targetId } },
    isaToken,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.auditEntries.edges.map((e) => e.node);
}

describe('password reset by e-mail', () => {
  it('mails a single-use link that sets the password and ends every session', async () => {
    const user = await h.createUser('COORDINATOR');
    const oldSession = await h.signIn(user);
    const answer = await h.gql(REQUEST_RESET, { email: user.email.toUpperCase() });
    expect(answer.errors).toBeUndefined();
    const message = await mail.next(user.email);
    expect(message.subject).toContain('パスワード');
    expect(message.text).toContain('http://portal.test.tsunagu.example/reset-password?token=');
    const token = linkToken(message);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);

    // Only the hash is stored.
    const stored = await h.graph.readRows<{ hash: string }>(
      'MATCH (:User {id: $id})-[:HAS_PASSWORD_TOKEN]->(t) RETURN t.tokenHash AS hash',
      { id: user.id },
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].hash).not.toContain(token);

    const reset = await h.gql<{ resetPassword: { email: string } }>(RESET, { token, pw: NEW_PASSWORD });
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetPassword.email).toBe(user.email);

    expect((await h.gql(VIEWER, {}, oldSession)).data?.viewer).toBeNull();
    expect(errorCode(await h.gql(SIGN_IN, { input: { email: user.email, password: user.password } }))).toBe(
      'UNAUTHENTICATED',
    );
    const signIn = await h.gql(SIGN_IN, { input: { email: user.email, password: NEW_PASSWORD } });
    expect(signIn.errors).toBeUndefined();

    const reused = await h.gql(RESET, { token, pw: 'yet-another-passphrase' });
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    expect(reused.errors![0].extensions).toMatchObject({ field: 'token', reason: 'TOKEN_USED' });
    expect((await auditFor(user.id)).map((e) => e.action)).toContain('PASSWORD_RESET');
  });

  it('refuses an expired link and a made-up one', async () => {
    const user = await h.createUser('COORDINATOR');
    await h.gql(REQUEST_RESET, { email: user.email });
    const token = linkToken(await mail.next(user.email));
    await h.graph.writeRows(
      `MATCH (:User {id: $id})-[:HAS_PASSWORD_TOKEN]->(t) SET t.expiresAt = datetime() - duration({seconds: 1})`,
      { id: user.id },
    );
    const expired = await h.gql(RESET, { token, pw: NEW_PASSWORD });
    expect(expired.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_EXPIRED' });
    const madeUp = await h.gql(RESET, { token: 'A'.repeat(43), pw: NEW_PASSWORD });
    expect(madeUp.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
    const garbage = await h.gql(RESET, { token: 'x', pw: NEW_PASSWORD });
    expect(garbage.errors![0].extensions).toMatchObject({ reason: 'TOKEN_INVALID' });
    // The old password still works.
    expect(
      (await h.gql(SIGN_IN, { input: { email: user.email, password: user.password } })).errors,
    ).toBeUndefined();
  });

  it('answers an unknown address the same, in about the same time, and mails nothing', async () => {
    const user = await h.createUser('COORDINATOR');
    const unknown = `nobody-${randomUUID()}@test.tsunagu.example`;
    const time = async (email: string) => {
      const started = performance.now();
      const result = await h.gql(REQUEST_RESET, { email });
      return { result, ms: performance.now() - started };
    };
    const known = await time(user.email);
    const missing = await time(unknown);
    expect(missing.result.data).toEqual(known.result.data);
    expect(missing.result.errors).toBeUndefined();
    expect(known.ms).toBeGreaterThanOrEqual(390);
    expect(missing.ms).toBeGreaterThanOrEqual(390);
    expect(Math.abs(known.ms - missing.ms)).toBeLessThan(200);
    await mail.next(user.email);
    await new Promise((r) => setTimeout(r, 300));
    expect(mail.pending(unknown)).toHaveLength(0);
  });

  it('limits requests per address: three links an hour, then TOO_MANY_ATTEMPTS after five requests', async () => {
    const user = await h.createUser('COORDINATOR');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push(errorCode(await h.gql(REQUEST_RESET, { email: user.email })));
    expect(codes.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(codes[5]).toBe('TOO_MANY_ATTEMPTS');
    const unknown = `nobody-${randomUUID()}@test.tsunagu.example`;
    for (let i = 0; i < 5; i++) await h.gql(REQUEST_RESET, { email: unknown });
    expect(errorCode(await h.gql(REQUEST_RESET, { email: unknown }))).toBe('TOO_MANY_ATTEMPTS');
    await new Promise((r) => setTimeout(r, 500));
    expect(mail.pending(user.email)).toHaveLength(3);
    const tokens = await h.graph.readRows<{ n: number }>(
      'MATCH (:User {id: $id})-[:HAS_PASSWORD_TOKEN]->(t) RETURN count(t) AS n',
      { id: user.id },
    );
    expect(tokens[0].n).toBe(3);
  });

  it('refuses a short new password before any token is used', async () => {
    const result = await h.gql(RESET, { token: 'A'.repeat(43), pw: 'short' });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
  });
});

describe('password change', () => {
  it('needs the current password and ends every other session, keeping this one', async () => {
    const user = await h.createUser('WORKSHOP_ORGANIZER');
    const other = await h.signIn(user);
    const current = await h.signIn(user);
    const wrong = await h.gql(CHANGE, { cur: 'not-my-password', pw: NEW_PASSWORD }, current);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await h.gql(CHANGE, { cur: user.password, pw: 'short' }, current);
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const changed = await h.gql<{ changePassword: { revokedSessions: number } }>(
      CHANGE,
      { cur: user.password, pw: NEW_PASSWORD },
      current,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changePassword.revokedSessions).toBe(1);
    expect((await h.gql(VIEWER, {}, other)).data?.viewer).toBeNull();
    expect((await h.gql<{ viewer: { id: string } }>(VIEWER, {}, current)).data?.viewer?.id).toBe(user.id);
    expect(
      (await h.gql(SIGN_IN, { input: { email: user.email, password: NEW_PASSWORD } })).errors,
    ).toBeUndefined();
    expect((await auditFor(user.id)).map((e) => e.action)).toContain('PASSWORD_CHANGED');
  });

  it('is refused without a session', async () => {
    expect(errorCode(await h.gql(CHANGE, { cur: 'whatever-it-is', pw: NEW_PASSWORD }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('staff accounts', () => {
  it('ISA creates a local-government account; its holder sets a password from the mail and signs in', async () => {
    const email = `localgov-${randomUUID()}@test.tsunagu.example`;
    createdEmails.push(email);
    const created = await h.gql<{
      createStaffAccount: { account: { id: string; passwordSet: boolean; prefecture: { code: string } } };
    }>(
      CREATE_STAFF,
      {
        input: { email, displayName: '【架空】愛知県 多文化共生課', role: 'LOCAL_GOV', prefectureCode: '23' },
      },
      isaToken,
    );
    expect(created.errors).toBeUndefined();
    const account = created.data!.createStaffAccount.account;
    expect(account).toMatchObject({ passwordSet: false, prefecture: { code: '23' } });
    // Stored the way other modules read a local government's prefecture.
    const [stored] = await h.graph.readRows<{ code: string }>(
      'MATCH (:User {id: $id})-[:HOME_PREFECTURE]->(p:Prefecture) RETURN p.code AS code',
      { id: account.id },
    );
    expect(stored.code).toBe('23');

    const message = await mail.next(email);
    expect(message.subject).toContain('アカウント');
    const token = linkToken(message);
    // Without a password yet, no password signs in.
    expect(errorCode(await h.gql(SIGN_IN, { input: { email, password: NEW_PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect((await h.gql(RESET, { token, pw: NEW_PASSWORD })).errors).toBeUndefined();
    const signIn = await h.gql<{ signIn: { sessionToken: string } }>(SIGN_IN, {
      input: { email, password: NEW_PASSWORD },
    });
    expect(signIn.errors).toBeUndefined();
    const viewer = await h.gql<{ viewer: { role: string; prefecture: { code: string } } }>(
      VIEWER,
      {},
      signIn.data!.signIn.sessionToken,
    );
    expect(viewer.data!.viewer).toMatchObject({ role: 'LOCAL_GOV', prefecture: { code: '23' } });

    const actions = (await auditFor(account.id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['ACCOUNT_CREATED', 'PASSWORD_SET_FROM_LINK']));
    const signIns = await h.gql<{ auditEntries: { edges: { node: { actorId: string } }[] } }>(
      AUDIT,
      { filter: { action: 'STAFF_SIGNED_IN', actorId: account.id } },
      isaToken,
    );
    expect(signIns.data!.auditEntries.edges).toHaveLength(1);
  });

  it('checks the input: LOCAL_GOV needs a prefecture, COORDINATOR is not a staff role, e-mails are unique', async () => {
    const email = `staff-${randomUUID()}@test.tsunagu.example`;
    createdEmails.push(email);
    const noPref = await h.gql(
      CREATE_STAFF,
      { input: { email, displayName: 'X', role: 'LOCAL_GOV' } },
      isaToken,
    );
    expect(noPref.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefectureCode' });
    const badPref = await h.gql(
      CREATE_STAFF,
      { input: { email, displayName: 'X', role: 'LOCAL_GOV', prefectureCode: '99' } },
      isaToken,
    );
    expect(badPref.errors![0].extensions).toMatchObject({ field: 'prefectureCode' });
    const coord = await h.gql(
      CREATE_STAFF,
      { input: { email, displayName: 'X', role: 'COORDINATOR' } },
      isaToken,
    );
    expect(coord.errors![0].extensions).toMatchObject({ field: 'role' });
    const taken = await h.gql(
      CREATE_STAFF,
      { input: { email: isa.email, displayName: 'X', role: 'WORKSHOP_ORGANIZER' } },
      isaToken,
    );
    expect(taken.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('changes a role (with the prefecture for LOCAL_GOV) and records it', async () => {
    const user = await h.createUser('WORKSHOP_ORGANIZER');
    const changed = await h.gql<{
      changeAccountRole: { account: { role: string; prefecture: { code: string } } };
    }>(CHANGE_ROLE, { input: { accountId: user.id, role: 'LOCAL_GOV', prefectureCode: '01' } }, isaToken);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changeAccountRole.account).toMatchObject({
      role: 'LOCAL_GOV',
      prefecture: { code: '01' },
    });
    const [entry] = await auditFor(user.id);
    expect(entry).toMatchObject({ action: 'ACCOUNT_ROLE_CHANGED', actorId: isa.id, actorRole: 'ISA_ADMIN' });
    expect(JSON.parse(entry.details)).toMatchObject({ from: 'WORKSHOP_ORGANIZER', to: 'LOCAL_GOV' });
    const token = await h.signIn(user);
    expect((await h.gql<{ viewer: { role: string } }>(VIEWER, {}, token)).data!.viewer.role).toBe(
      'LOCAL_GOV',
    );
  });

  it('re-sends a set-password link; the older link stops working', async () => {
    const email = `resend-${randomUUID()}@test.tsunagu.example`;
    createdEmails.push(email);
    const created = await h.gql<{ createStaffAccount: { account: { id: string } } }>(
      CREATE_STAFF,
      { input: { email, displayName: '【架空】研修担当', role: 'WORKSHOP_ORGANIZER', locale: 'en' } },
      isaToken,
    );
    const first = linkToken(await mail.next(email));
    const resent = await h.gql(SEND_LINK, { id: created.data!.createStaffAccount.account.id }, isaToken);
    expect(resent.errors).toBeUndefined();
    const second = await mail.next(email);
    expect(second.subject).toBe('[Tsunagu] Your account has been created');
    expect((await h.gql(RESET, { token: first, pw: NEW_PASSWORD })).errors![0].extensions!.reason).toBe(
      'TOKEN_USED',
    );
    expect((await h.gql(RESET, { token: linkToken(second), pw: NEW_PASSWORD })).errors).toBeUndefined();
  });
});

describe('deactivation', () => {
  it('ends sessions, refuses sign-in and reset mail, hides the profile, and reactivation undoes it', async () => {
    const user = await h.createUser('COORDINATOR');
    const coordinatorId = `test-coord-${randomUUID()}`;
    await h.graph.writeRows(
      `MATCH (u:User {id: $userId}), (p:Prefecture {code: '13'})
       CREATE (c:Coordinator {id: $id, displayName: '【架空】停止 テスト', cohort: 1901, test: true})-[:WORKS_IN]->(p)
       CREATE (u)-[:ACTS_AS]->(c)`,
      { userId: user.id, id: coordinatorId },
    );
    try {
      const session = await h.signIn(user);
      const listed = async () => {
        const r = await h.gql<{ coordinators: { edges: { node: { id: string } }[] } }>(
          `{ coordinators(first: 100, filter: {cohort: 1901}) { edges { node { id } } } }`,
          {},
          isaToken,
        );
        expect(r.errors).toBeUndefined();
        return r.data!.coordinators.edges.some((e) => e.node.id === coordinatorId);
      };
      expect(await listed()).toBe(true);

      const off = await h.gql<{ setAccountActive: { account: { active: boolean; activeSessions: number } } }>(
        SET_ACTIVE,
        { id: user.id, active: false },
        isaToken,
      );
      expect(off.errors).toBeUndefined();
      expect(off.data!.setAccountActive.account).toEqual({ id: user.id, active: false, activeSessions: 0 });
      expect((await h.gql(VIEWER, {}, session)).data?.viewer).toBeNull();
      const refused = await h.gql(SIGN_IN, { input: { email: user.email, password: user.password } });
      expect(refused.errors![0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ACCOUNT_DEACTIVATED',
      });
      expect(await listed()).toBe(false);
      await h.gql(REQUEST_RESET, { email: user.email });
      await new Promise((r) => setTimeout(r, 300));
      expect(mail.pending(user.email)).toHaveLength(0);

      const on = await h.gql(SET_ACTIVE, { id: user.id, active: true }, isaToken);
      expect(on.errors).toBeUndefined();
      expect(
        (await h.gql(SIGN_IN, { input: { email: user.email, password: user.password } })).errors,
      ).toBeUndefined();
      expect(await listed()).toBe(true);
      const actions = (await auditFor(user.id)).map((e) => e.action);
      expect(actions.slice(0, 2)).toEqual(['ACCOUNT_REACTIVATED', 'ACCOUNT_DEACTIVATED']);
    } finally {
      await h.graph.writeRows('MATCH (c:Coordinator {id: $id}) DETACH DELETE c', { id: coordinatorId });
    }
  });

  it('never removes the last active ISA_ADMIN, by deactivation or by role change', async () => {
    // Park every other active administrator for the duration of this test (test files run one after another).
    const parked = await h.graph.writeRows<{ id: string }>(
      `MATCH (u:User {role: 'ISA_ADMIN'}) WHERE u.id <> $id AND u.deactivatedAt IS NULL
       SET u.deactivatedAt = datetime(), u.parkedByAccountsTest = true RETURN u.id AS id`,
      { id: isa.id },
    );
    try {
      const off = await h.gql(SET_ACTIVE, { id: isa.id, active: false }, isaToken);
      expect(off.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
      const demote = await h.gql(
        CHANGE_ROLE,
        { input: { accountId: isa.id, role: 'WORKSHOP_ORGANIZER' } },
        isaToken,
      );
      expect(demote.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
      expect((await h.gql<{ viewer: { role: string } }>(VIEWER, {}, isaToken)).data!.viewer.role).toBe(
        'ISA_ADMIN',
      );

      // With a second administrator, the first may step down.
      const second = await h.createUser('ISA_ADMIN');
      const demoted = await h.gql(
        CHANGE_ROLE,
        { input: { accountId: second.id, role: 'LOCAL_GOV' } },
        isaToken,
      );
      expect(demoted.errors).toBeUndefined();
    } finally {
      await h.graph.writeRows(
        `MATCH (u:User) WHERE u.id IN $ids REMOVE u.parkedByAccountsTest SET u.deactivatedAt = null`,
        { ids: parked.map((p) => p.id) },
      );
    }
  });
});

describe('audit log', () => {
  it('filters by action and exports CSV, recording the export', async () => {
    const csv = await h.gql<{ auditCsv: string }>(
      AUDIT_CSV,
      { filter: { action: 'ACCOUNT_CREATED' } },
      isaToken,
    );
    expect(csv.errors).toBeUndefined();
    const lines = csv
      .data!.auditCsv.replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('at,action,actor_id,actor_name,actor_role,target_kind,target_id,details');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.split(',')[1] === 'ACCOUNT_CREATED')).toBe(true);
    const exports = await h.gql<{ auditEntries: { edges: { node: { actorId: string } }[] } }>(
      AUDIT,
      { filter: { action: 'AUDIT_LOG_EXPORTED', actorId: isa.id } },
      isaToken,
    );
    expect(exports.data!.auditEntries.edges.length).toBeGreaterThanOrEqual(1);
    const bad = await h.gql(AUDIT, { filter: { action: 'DROP (n)' } }, isaToken);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
  });

  it('pages newest first with a cursor', async () => {
    const page = async (after: string | null) =>
      h.gql<{
        auditEntries: { edges: { node: { at: string; id: string } }[]; pageInfo: { endCursor: string } };
      }>(
        'query($after: String) { auditEntries(first: 2, after: $after) { edges { node { id at } } pageInfo { endCursor } } }',
        { after },
        isaToken,
      );
    const one = await page(null);
    const two = await page(one.data!.auditEntries.pageInfo.endCursor);
    const all = [...one.data!.auditEntries.edges, ...two.data!.auditEntries.edges].map((e) => e.node);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const times = all.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('authorization matrix', () => {
  const matrixEmail = `matrix-${randomUUID()}@test.tsunagu.example`;
  createdEmails.push(matrixEmail);
  const ops: [string, string, Record<string, unknown>][] = [
    ['accounts', ACCOUNTS, {}],
    ['auditEntries', AUDIT, {}],
    ['auditCsv', AUDIT_CSV, {}],
    [
      'createStaffAccount',
      CREATE_STAFF,
      { input: { email: matrixEmail, displayName: 'X', role: 'ISA_ADMIN' } },
    ],
    ['changeAccountRole', CHANGE_ROLE, { input: { accountId: 'nobody', role: 'ISA_ADMIN' } }],
    ['setAccountActive', SET_ACTIVE, { id: 'nobody', active: false }],
    ['sendSetPasswordLink', SEND_LINK, { id: 'nobody' }],
  ];

  it('only ISA_ADMIN manages accounts and reads the audit log', async () => {
    const tokens: Record<string, string | undefined> = { anonymous: undefined };
    for (const role of ['COORDINATOR', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'] as const) {
      tokens[role] = await h.signIn(await h.createUser(role));
    }
    const seen: Record<string, string | undefined> = {};
    for (const [name, query, variables] of ops) {
      for (const [who, token] of Object.entries(tokens)) {
        seen[`${name}/${who}`] = errorCode(await h.gql(query, variables, token));
      }
      // ISA_ADMIN gets past authorization (NOT_FOUND for the made-up account id, or data).
      const asIsa = errorCode(await h.gql(query, variables, isaToken));
      expect([undefined, 'NOT_FOUND'], `${name} as ISA_ADMIN`).toContain(asIsa);
    }
    for (const [key, code] of Object.entries(seen)) {
      expect(code, key).toBe(key.endsWith('/anonymous') ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });
});
