import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../api/src/modules/auth/two-step.js';
import { errorCode, startHarness, type Harness, type TestUser } from '../support/api-harness.js';

const SIGN_IN = `mutation($input: SignInInput!) {
  signIn(input: $input) { sessionToken secondFactorToken viewer { id } } }`;
const COMPLETE = `mutation($token: String!, $code: String!) {
  completeSignIn(input: {secondFactorToken: $token, code: $code}) { sessionToken viewer { id twoStepEnabled } } }`;
const START = 'mutation { startTwoStepEnrollment { secret otpauthUri } }';
const CONFIRM = 'mutation($code: String!) { confirmTwoStepEnrollment(code: $code) { recoveryCodes } }';
const DISABLE = 'mutation($pw: String!) { disableTwoStep(currentPassword: $pw) { twoStepEnabled } }';
const VIEWER = '{ viewer { id twoStepEnabled twoStepRequired } }';
const ACCOUNTS = '{ accounts(first: 1) { edges { node { id } } } }';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ REQUIRE_ADMIN_TWO_STEP: 'true' });
});
afterAll(async () => {
  await h?.graph.writeRows(`MATCH (u:User {test: true})-[:HAS_SIGN_IN_CHALLENGE]->(c) DETACH DELETE c`);
  await h?.close();
});

async function enroll(
  user: TestUser,
): Promise<{ secret: string; recoveryCodes: string[]; token: string; enrolledAt: number }> {
  const token = await h.signIn(user);
  const started = await h.gql<{ startTwoStepEnrollment: { secret: string; otpauthUri: string } }>(
    START,
    {},
    token,
  );
  expect(started.errors).toBeUndefined();
  const { secret, otpauthUri } = started.data!.startTwoStepEnrollment;
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Tsunagu:.*secret=/);
  expect(otpauthUri).toContain('digits=6');
  const wrong = await h.gql(CONFIRM, { code: '000000' === totpCodeAt(secret) ? '111111' : '000000' }, token);
  expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  const enrolledAt = Date.now();
  const confirmed = await h.gql<{ confirmTwoStepEnrollment: { recoveryCodes: string[] } }>(
    CONFIRM,
    { code: totpCodeAt(secret, enrolledAt) },
    token,
  );
  expect(confirmed.errors).toBeUndefined();
  return {
    secret,
    recoveryCodes: confirmed.data!.confirmTwoStepEnrollment.recoveryCodes,
    token,
    enrolledAt,
  };
}

async function passwordStep(user: TestUser): Promise<string> {
  const result = await h.gql<{ signIn: { sessionToken: string | null; secondFactorToken: string | null } }>(
    SIGN_IN,
    { input: { email: user.email, password: user.password } },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.signIn.sessionToken).toBeNull();
  expect(result.data!.signIn.secondFactorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return result.data!.signIn.secondFactorToken!;
}

describe('two-step sign-in', () => {
  it('ISA_ADMIN without it may sign in but no administrative operation works until it is set up', async () => {
    const isa = await h.createUser('ISA_ADMIN');
    const token = await h.signIn(isa);
    const viewer = await h.gql<{ viewer: { twoStepEnabled: boolean; twoStepRequired: boolean } }>(
      VIEWER,
      {},
      token,
    );
    expect(viewer.data!.viewer).toMatchObject({ twoStepEnabled: false, twoStepRequired: true });
    const refused = await h.gql(ACCOUNTS, {}, token);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SECOND_FACTOR_REQUIRED',
    });

    const { secret, enrolledAt } = await enroll(isa);
    // The session that enrolled now works for ISA operations.
    expect((await h.gql(ACCOUNTS, {}, token)).errors).toBeUndefined();
    // Required for the role: it cannot be turned off.
    const off = await h.gql(DISABLE, { pw: isa.password }, token);
    expect(off.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SECOND_FACTOR_REQUIRED' });

    const challenge = await passwordStep(isa);
    const wrong = await h.gql(COMPLETE, { token: challenge, code: '12345x' });
    expect(wrong.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SECOND_FACTOR_WRONG',
    });
    // The enrolment used the current step, so the same code cannot sign in again (replay).
    const replay = await h.gql(COMPLETE, { token: challenge, code: totpCodeAt(secret, enrolledAt) });
    expect(replay.errors![0].extensions).toMatchObject({ reason: 'SECOND_FACTOR_WRONG' });
    const next = await h.gql<{ completeSignIn: { sessionToken: string } }>(COMPLETE, {
      token: challenge,
      code: totpCodeAt(secret, enrolledAt + 30_000),
    });
    expect(next.errors).toBeUndefined();
    const session = next.data!.completeSignIn.sessionToken;
    expect((await h.gql(ACCOUNTS, {}, session)).errors).toBeUndefined();
    // The challenge is used up.
    const again = await h.gql(COMPLETE, { token: challenge, code: totpCodeAt(secret, Date.now() + 60_000) });
    expect(again.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'CHALLENGE_EXPIRED',
    });
  });

  it('accepts each recovery code once', async () => {
    const user = await h.createUser('COORDINATOR');
    const { recoveryCodes } = await enroll(user);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await h.graph.readRows<{ hashes: string[] }>(
      'MATCH (u:User {id: $id}) RETURN u.recoveryCodeHashes AS hashes',
      { id: user.id },
    );
    expect(stored[0].hashes).toHaveLength(10);
    expect(stored[0].hashes).not.toContain(recoveryCodes[0]);

    const first = await h.gql(COMPLETE, {
      token: await passwordStep(user),
      code: recoveryCodes[0].toUpperCase(),
    });
    expect(first.errors).toBeUndefined();
    const reused = await h.gql(COMPLETE, { token: await passwordStep(user), code: recoveryCodes[0] });
    expect(reused.errors![0].extensions).toMatchObject({ reason: 'SECOND_FACTOR_WRONG' });
  });

  it('ends the challenge after five wrong codes and when it is older than five minutes', async () => {
    const user = await h.createUser('WORKSHOP_ORGANIZER');
    const { secret } = await enroll(user);
    const challenge = await passwordStep(user);
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await h.gql(COMPLETE, { token: challenge, code: 'zzzz-zzzz' }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const late = await h.gql(COMPLETE, { token: challenge, code: totpCodeAt(secret, Date.now() + 30_000) });
    expect(late.errors![0].extensions).toMatchObject({ reason: 'CHALLENGE_EXPIRED' });

    const old = await passwordStep(user);
    await h.graph.writeRows(
      `MATCH (:User {id: $id})-[:HAS_SIGN_IN_CHALLENGE]->(c) SET c.expiresAt = datetime() - duration({seconds: 1})`,
      { id: user.id },
    );
    const expired = await h.gql(COMPLETE, { token: old, code: totpCodeAt(secret, Date.now() + 30_000) });
    expect(expired.errors![0].extensions).toMatchObject({ reason: 'CHALLENGE_EXPIRED' });
  });

  it('may be turned off by a role that does not require it, with the password', async () => {
    const user = await h.createUser('LOCAL_GOV');
    const { token } = await enroll(user);
    const wrong = await h.gql(DISABLE, { pw: 'not-the-password' }, token);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await h.gql(DISABLE, { pw: user.password }, token)).errors).toBeUndefined();
    const direct = await h.gql<{ signIn: { sessionToken: string } }>(SIGN_IN, {
      input: { email: user.email, password: user.password },
    });
    expect(direct.data!.signIn.sessionToken).toBeTruthy();
  });

  it('a right password without the code gives no session', async () => {
    const user = await h.createUser('COORDINATOR');
    await enroll(user);
    const result = await h.gql<{ signIn: { sessionToken: string | null; viewer: unknown } }>(SIGN_IN, {
      input: { email: user.email, password: user.password },
    });
    expect(result.data!.signIn).toMatchObject({ sessionToken: null, viewer: null });
  });
});
