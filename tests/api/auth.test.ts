import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS } from '../../api/src/modules/auth/lockout.js';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';

const SIGN_IN =
  'mutation($input: SignInInput!) { signIn(input: $input) { sessionToken expiresAt viewer { email role } } }';
const VIEWER = '{ viewer { id email role sessionExpiresAt } }';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('sign-in', () => {
  it('opens a session for the right password and the API recognises its token', async () => {
    const user = await h.createUser('COORDINATOR');
    const result = await h.gql<{ signIn: { sessionToken: string; viewer: { email: string } } }>(SIGN_IN, {
      input: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.signIn.viewer.email).toBe(user.email);
    const viewer = await h.gql<{ viewer: { id: string; role: string } }>(
      VIEWER,
      {},
      result.data!.signIn.sessionToken,
    );
    expect(viewer.data?.viewer).toMatchObject({ id: user.id, role: 'COORDINATOR' });
  });

  it('answers UNAUTHENTICATED, with the same message, for a wrong password and an unknown e-mail', async () => {
    const user = await h.createUser('COORDINATOR');
    const wrong = await h.gql(SIGN_IN, { input: { email: user.email, password: 'not-the-password' } });
    const unknown = await h.gql(SIGN_IN, {
      input: { email: 'nobody@test.tsunagu.example', password: 'whatever-it-is' },
    });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('answers BAD_USER_INPUT naming the field for a malformed e-mail, without touching Neo4j', async () => {
    const result = await h.gql(SIGN_IN, { input: { email: 'not-an-email', password: 'x' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('email');
    expect(result.extensions?.neo4jRoundTrips).toBe(0);
  });

  it(`locks the account after ${FREE_ATTEMPTS} failures, refusing even the right password until the lock ends`, async () => {
    const user = await h.createUser('COORDINATOR');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      codes.push(errorCode(await h.gql(SIGN_IN, { input: { email: user.email, password: `wrong-${i}` } })));
    }
    expect(codes.slice(0, FREE_ATTEMPTS - 1).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[FREE_ATTEMPTS - 1]).toBe('TOO_MANY_ATTEMPTS');
    const locked = await h.gql(SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(errorCode(locked)).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);

    // When the lock has run out, the right password works and resets the count.
    await h.graph.writeRows(
      'MATCH (u:User {id: $id}) SET u.lockedUntil = datetime() - duration({seconds: 1})',
      {
        id: user.id,
      },
    );
    const after = await h.gql(SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(after.errors).toBeUndefined();
    const [row] = await h.graph.readRows<{ failures: number }>(
      'MATCH (u:User {id: $id}) RETURN u.failedSignIns AS failures',
      { id: user.id },
    );
    expect(row.failures).toBe(0);
  });
});

describe('sessions', () => {
  it('treats a forged token as signed out', async () => {
    const forged = 'A'.repeat(43);
    const viewer = await h.gql(VIEWER, {}, forged);
    expect(viewer.data).toEqual({ viewer: null });
    const partners = await h.gql('{ partners(first: 1) { edges { cursor } } }', {}, forged);
    expect(errorCode(partners)).toBe('UNAUTHENTICATED');
  });

  it('rejects garbage tokens without a database round trip', async () => {
    const result = await h.gql(VIEWER, {}, 'garbage; DROP');
    expect(result.data).toEqual({ viewer: null });
    expect(result.extensions?.neo4jRoundTrips).toBe(0);
  });

  it('refuses an expired session', async () => {
    const user = await h.createUser('ISA_ADMIN');
    const token = await h.signIn(user);
    await h.graph.writeRows(
      'MATCH (:User {id: $id})-[:HAS_SESSION]->(s:Session) SET s.expiresAt = datetime() - duration({minutes: 1})',
      { id: user.id },
    );
    expect((await h.gql(VIEWER, {}, token)).data).toEqual({ viewer: null });
    expect(errorCode(await h.gql('{ accounts { edges { cursor } } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('signOut ends only the current session; signOutEverywhere ends all of them', async () => {
    const user = await h.createUser('COORDINATOR');
    const [a, b, c] = [await h.signIn(user), await h.signIn(user), await h.signIn(user)];
    const out = await h.gql<{ signOut: { revokedSessions: number } }>(
      'mutation { signOut { revokedSessions } }',
      {},
      a,
    );
    expect(out.data?.signOut.revokedSessions).toBe(1);
    expect((await h.gql(VIEWER, {}, a)).data).toEqual({ viewer: null });
    expect((await h.gql<{ viewer: unknown }>(VIEWER, {}, b)).data?.viewer).not.toBeNull();

    const all = await h.gql<{ signOutEverywhere: { revokedSessions: number } }>(
      'mutation { signOutEverywhere { revokedSessions } }',
      {},
      b,
    );
    expect(all.data?.signOutEverywhere.revokedSessions).toBe(2);
    expect((await h.gql(VIEWER, {}, b)).data).toEqual({ viewer: null });
    expect((await h.gql(VIEWER, {}, c)).data).toEqual({ viewer: null });
  });

  it('needs a session to sign out', async () => {
    expect(errorCode(await h.gql('mutation { signOut { revokedSessions } }'))).toBe('UNAUTHENTICATED');
  });
});
