import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../api/src/db/migrate.js';
import { storeCertificateReminders } from '../../api/src/modules/certificates/reminders.js';
import { rotateBadgeKeyFile } from '../../api/src/modules/certificates/keys.js';
import {
  addDays,
  addMonths,
  defaultExpiry,
  japanToday,
} from '../../api/src/modules/graduates/certificate.js';
import { startHarness, type Harness } from '../support/api-harness.js';
import { REGISTER } from './workshops.fixtures.js';

const KEY_DIR = mkdtempSync(path.join(tmpdir(), 'tsunagu-badge-'));
const KEY_FILE = path.join(KEY_DIR, 'badge-keys.json');

let h: Harness;
let isaToken: string;
let coordinatorToken: string;
let otherToken: string;
let coordinatorId: string;
let otherCoordinatorId: string;
let workshopId: string;
const today = japanToday();
const expiresOn = addMonths(today, 5);
const validFrom = addDays(addMonths(expiresOn, -36), 1);

const RECORD = `certification { coordinatorId badgeName renewalDue finalYearStartsOn
  current { id kind sequence validFrom expiresOn state current }
  history { id kind number sequence issuedOn validFrom expiresOn state current revocationReason }
  renewalTrainings { id title registrationOpen registered }
  expertEligibility { firstCertifiedOn yearsOfPractice trainerTrainingCompletedOn eligible } }`;
const MINE = `query { myCertification ${RECORD.slice('certification '.length)} }`;
const RECORD_RENEWAL = `mutation($input: RecordRenewalInput!) { recordRenewal(input: $input) { ${RECORD} } }`;
const REVOKE = `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { ${RECORD} } }`;
const BADGE = `query($id: ID!) { badge(certificateId: $id) { jwt credentialJson verifyUrl holderName } }`;
const VERIFY = `query($id: ID!) { verifyCertificate(id: $id) { state holderName kind } }`;
const VERIFY_BADGE = `query($jwt: String!) { verifyBadge(jwt: $jwt) { signatureValid problem verification { state holderName kind } } }`;

async function makeCoordinator(name: string, from: string, until: string) {
  const user = await h.createUser('COORDINATOR', { prefecture: '10' });
  const id = `test-cert-${randomUUID()}`;
  await h.graph.writeRows(
    `MATCH (u:User {id: $userId}), (p:Prefecture {code: '10'})
     CREATE (u)-[:ACTS_AS]->(c:Coordinator {id: $id, displayName: $name, cohort: 2023, test: true,
             certificateNumber: $number, certificateIssuedOn: date($from), certificateExpiresOn: date($until)})
     CREATE (c)-[:WORKS_IN]->(p)`,
    { userId: user.id, id, name, number: `TEST-${randomUUID().slice(0, 8)}`, from, until },
  );
  return { id, userId: user.id, token: await h.signIn(user) };
}

/** The statements of migration 0101, run as the migration runner runs them. */
async function runHistoryMigration() {
  const migration = (await readMigrations()).find((m) => m.version === 101)!;
  for (const statement of migration.statements) await h.graph.runAutoCommit(statement);
}

beforeAll(async () => {
  h = await startHarness({ BADGE_KEY_FILE: KEY_FILE, PORTAL_URL: 'http://portal.test' });
  isaToken = await h.signIn(await h.createUser('ISA_ADMIN'));
  const me = await makeCoordinator('【架空】更新 太郎', validFrom, expiresOn);
  coordinatorId = me.id;
  coordinatorToken = me.token;
  const other = await makeCoordinator('【架空】別人 花子', today, defaultExpiry(today));
  otherCoordinatorId = other.id;
  otherToken = other.token;
  await runHistoryMigration();
  workshopId = `test-renewal-${randomUUID()}`;
  await h.graph.writeRows(
    `CREATE (w:Workshop {id: $id, title: '【架空】更新研修', description: 'テスト', themeCodes: ['RES-STS'],
       format: 'ONLINE', onlineUrl: 'https://meet.example/x', capacity: 5, eligibility: 'RENEWAL',
       startsAt: datetime() + duration('P10D'), endsAt: datetime() + duration('P10DT3H'),
       registrationOpensAt: datetime() - duration('P1D'), registrationClosesAt: datetime() + duration('P9D'),
       registrationSeq: 0, createdAt: datetime(), updatedAt: datetime(), test: true})`,
    { id: workshopId },
  );
});

afterAll(async () => {
  await h.graph.writeRows(
    `MATCH (c:Coordinator) WHERE c.id IN $ids
     OPTIONAL MATCH (c)-[:HOLDS]->(k:Certificate)
     DETACH DELETE k, c`,
    { ids: [coordinatorId, otherCoordinatorId] },
  );
  await h.graph.writeRows(`MATCH (w:Workshop {id: $id}) DETACH DELETE w`, { id: workshopId });
  await h.close();
});

describe('certificate history', () => {
  it('migrates the existing dates into a first PROGRAM certificate, once', async () => {
    await runHistoryMigration(); // a second run adds nothing
    const res = await h.gql<{ myCertification: Record<string, any> }>(MINE, {}, coordinatorToken);
    expect(res.errors).toBeUndefined();
    const record = res.data!.myCertification;
    expect(record.history).toHaveLength(1);
    expect(record.history[0]).toMatchObject({
      kind: 'PROGRAM',
      sequence: 1,
      validFrom,
      expiresOn,
      state: 'VALID',
      current: true,
    });
    expect(record.renewalDue).toBe(true);
    expect(record.finalYearStartsOn).toBe(addMonths(addDays(expiresOn, 1), -12));
    expect(record.renewalTrainings.map((w: { id: string }) => w.id)).toContain(workshopId);
  });

  it('opens RENEWAL workshops only to graduates in their final year', async () => {
    const refused = await h.gql(REGISTER, { input: { workshopId, peerConsent: false } }, otherToken);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workshopId' });
    expect(refused.errors?.[0]?.message).toMatch(/final year/);
    const ok = await h.gql(REGISTER, { input: { workshopId, peerConsent: false } }, coordinatorToken);
    expect(ok.errors).toBeUndefined();
  });

  it('reminds once per threshold, in the portal and by e-mail, even when runs race', async () => {
    const now = new Date();
    const runs = await Promise.all([
      storeCertificateReminders(h.graph, now),
      storeCertificateReminders(h.graph, now),
    ]);
    const mine = runs.flat().filter((m) => m.expiresOn === expiresOn && m.months === 6);
    // The other test coordinator has no reminder; ours is mailed once (seeded graduates may be reminded too).
    const rows = await h.graph.readRows<{ key: string }>(
      `MATCH (n:Notification {kind: 'CERTIFICATE_RENEWAL_DUE'})-[:FOR]->(:User)-[:ACTS_AS]->(c:Coordinator)
       WHERE c.id IN $ids RETURN n.dedupeKey AS key`,
      { ids: [coordinatorId, otherCoordinatorId] },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].key).toMatch(/^certificate-reminder:.+:6$/);
    expect(mine.length).toBe(runs.flat().filter((m) => m.expiresOn === expiresOn && m.months === 6).length);
    const ownMails = await h.graph.readRows<{ n: number }>(
      `MATCH (m:MailClaim) WHERE m.key = $key RETURN count(m) AS n`,
      { key: rows[0].key },
    );
    expect(ownMails[0].n).toBe(1);
    expect(
      runs.flat().filter((m) => rows[0].key.endsWith(':6') && m.expiresOn === expiresOn).length,
    ).toBeGreaterThanOrEqual(1);
    // A later run the same day stores nothing new for us.
    await storeCertificateReminders(h.graph, now);
    const again = await h.graph.readRows<{ n: number }>(
      `MATCH (n:Notification {kind: 'CERTIFICATE_RENEWAL_DUE'})-[:FOR]->(:User)-[:ACTS_AS]->(c:Coordinator {id: $id})
       RETURN count(n) AS n`,
      { id: coordinatorId },
    );
    expect(again[0].n).toBe(1);
    // Three months before expiry, the 3-month reminder follows (once).
    const threeMonthsBefore = new Date(`${addMonths(addDays(expiresOn, 1), -3)}T03:00:00Z`);
    await storeCertificateReminders(h.graph, threeMonthsBefore);
    await storeCertificateReminders(h.graph, threeMonthsBefore);
    const later = await h.graph.readRows<{ key: string }>(
      `MATCH (n:Notification {kind: 'CERTIFICATE_RENEWAL_DUE'})-[:FOR]->(:User)-[:ACTS_AS]->(c:Coordinator {id: $id})
       RETURN n.dedupeKey AS key ORDER BY key`,
      { id: coordinatorId },
    );
    expect(later.map((r) => r.key.split(':').pop())).toEqual(['3', '6']);
  });

  it('lets only ISA record a renewal, after the training took place, and appends a new certificate', async () => {
    const input = { coordinatorId, workshopId };
    const early = await h.gql(RECORD_RENEWAL, { input }, isaToken);
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT'); // not started yet
    await h.graph.writeRows(
      `MATCH (w:Workshop {id: $id}) SET w.startsAt = datetime() - duration('PT3H'), w.endsAt = datetime() - duration('PT1H')`,
      { id: workshopId },
    );
    const forbidden = await h.gql(RECORD_RENEWAL, { input }, coordinatorToken);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noSeat = await h.gql(
      RECORD_RENEWAL,
      { input: { coordinatorId: otherCoordinatorId, workshopId } },
      isaToken,
    );
    expect(noSeat.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workshopId' });

    const res = await h.gql<{ recordRenewal: { certification: Record<string, any> } }>(
      RECORD_RENEWAL,
      { input },
      isaToken,
    );
    expect(res.errors).toBeUndefined();
    const record = res.data!.recordRenewal.certification;
    expect(record.history.map((k: any) => [k.kind, k.sequence])).toEqual([
      ['PROGRAM', 1],
      ['RENEWAL', 2],
    ]);
    const [first, renewal] = record.history;
    expect(first).toMatchObject({ validFrom, expiresOn, current: false }); // never overwritten
    expect(renewal).toMatchObject({
      issuedOn: today,
      validFrom: addDays(expiresOn, 1),
      expiresOn: defaultExpiry(addDays(expiresOn, 1)),
      state: 'NOT_YET_VALID',
      current: true,
      number: first.number,
    });
    expect(record.renewalDue).toBe(false);
    // The directory's dates follow the current certificate.
    const dir = await h.graph.readRows<{ exp: string }>(
      `MATCH (c:Coordinator {id: $id}) RETURN toString(c.certificateExpiresOn) AS exp`,
      { id: coordinatorId },
    );
    expect(dir[0].exp).toBe(renewal.expiresOn);
    const twice = await h.gql(RECORD_RENEWAL, { input }, isaToken);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const audit = await h.graph.readRows<{ n: number }>(
      `MATCH (a:AuditEntry {action: 'CERTIFICATE_RENEWED', targetId: $id}) RETURN count(a) AS n`,
      { id: coordinatorId },
    );
    expect(audit[0].n).toBe(1);
  });
});

describe('badges', () => {
  let programId: string;
  let jwt: string;

  it('gives the holder (and no other graduate) a signed Open Badges 3.0 credential', async () => {
    const mine = await h.gql<{ myCertification: Record<string, any> }>(MINE, {}, coordinatorToken);
    programId = mine.data!.myCertification.history[0].id;
    const other = await h.gql(BADGE, { id: programId }, otherToken);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anon = await h.gql(BADGE, { id: programId });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const res = await h.gql<{ badge: { jwt: string; credentialJson: string; verifyUrl: string } }>(
      BADGE,
      { id: programId },
      coordinatorToken,
    );
    expect(res.errors).toBeUndefined();
    jwt = res.data!.badge.jwt;
    expect(res.data!.badge.verifyUrl).toBe(`http://portal.test/verify/${programId}`);
    const credential = JSON.parse(res.data!.badge.credentialJson);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(credential.credentialSubject.name).toBe('【架空】更新 太郎');
    const [header] = jwt.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'EdDSA' });
    // The private key stays in the key file, created with owner-only permissions.
    expect(JSON.parse(readFileSync(KEY_FILE, 'utf8')).current.privateJwk.d).toBeTruthy();
    expect(jwt).not.toContain(JSON.parse(readFileSync(KEY_FILE, 'utf8')).current.privateJwk.d);
  });

  it('verifies the signed badge publicly and refuses a tampered one', async () => {
    const ok = await h.gql<{ verifyBadge: any }>(VERIFY_BADGE, { jwt });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.verifyBadge).toEqual({
      signatureValid: true,
      problem: null,
      verification: { state: 'VALID', holderName: '【架空】更新 太郎', kind: 'PROGRAM' },
    });
    const [header, payload, signature] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.credentialSubject.name = '【架空】なりすまし';
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const bad = await h.gql<{ verifyBadge: any }>(VERIFY_BADGE, { jwt: tampered });
    expect(bad.data!.verifyBadge).toEqual({
      signatureValid: false,
      problem: 'BAD_SIGNATURE',
      verification: null,
    });
    const junk = await h.gql<{ verifyBadge: any }>(VERIFY_BADGE, { jwt: 'not-a-jwt' });
    expect(junk.data!.verifyBadge.problem).toBe('MALFORMED');
  });

  it('shows only state, chosen name and kind on the public page, and revoked after ISA revokes', async () => {
    await h.gql(
      `mutation { setBadgeName(name: "T. Koushin") { certification { badgeName } } }`,
      {},
      coordinatorToken,
    );
    const page = await h.gql<{ verifyCertificate: Record<string, unknown> }>(VERIFY, { id: programId });
    expect(page.data!.verifyCertificate).toEqual({
      state: 'VALID',
      holderName: 'T. Koushin',
      kind: 'PROGRAM',
    });
    const unknown = await h.gql<{ verifyCertificate: unknown }>(VERIFY, { id: 'nope' });
    expect(unknown.data!.verifyCertificate).toBeNull();
    // The type exposes nothing else to anonymous callers.
    const extra = await h.gql(`query($id: ID!) { verifyCertificate(id: $id) { state number } }`, {
      id: programId,
    });
    expect(extra.errors?.[0]?.message).toMatch(/Cannot query field "number"/);

    const notIsa = await h.gql(
      REVOKE,
      { input: { certificateId: programId, reason: '【架空】誤発行' } },
      coordinatorToken,
    );
    expect(notIsa.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noReason = await h.gql(REVOKE, { input: { certificateId: programId, reason: ' ' } }, isaToken);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const revoked = await h.gql<{ revokeCertificate: { certification: any } }>(
      REVOKE,
      { input: { certificateId: programId, reason: '【架空】誤発行' } },
      isaToken,
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeCertificate.certification.history[0]).toMatchObject({
      state: 'REVOKED',
      revocationReason: '【架空】誤発行',
    });
    const after = await h.gql<{ verifyBadge: any }>(VERIFY_BADGE, { jwt });
    expect(after.data!.verifyBadge.verification.state).toBe('REVOKED');
    const audit = await h.graph.readRows<{ n: number }>(
      `MATCH (a:AuditEntry {action: 'CERTIFICATE_REVOKED', targetId: $id}) RETURN count(a) AS n`,
      { id: programId },
    );
    expect(audit[0].n).toBe(1);
  });

  it('keeps verifying badges signed before a key rotation (the new key is read when the file changes)', async () => {
    const newKid = rotateBadgeKeyFile(KEY_FILE);
    const file = JSON.parse(readFileSync(KEY_FILE, 'utf8'));
    expect(file.current.kid).toBe(newKid);
    expect(file.retired[0].kid).not.toBe(newKid);
    expect(file.retired[0].privateJwk).toBeUndefined();
    const restarted = await startHarness({ BADGE_KEY_FILE: KEY_FILE, PORTAL_URL: 'http://portal.test' });
    try {
      const old = await restarted.gql<{ verifyBadge: any }>(VERIFY_BADGE, { jwt });
      expect(old.data!.verifyBadge.signatureValid).toBe(true);
      const keys = await restarted.gql<{ badgePublicKeys: { kid: string; current: boolean }[] }>(
        `query { badgePublicKeys { kid current } }`,
      );
      expect(keys.data!.badgePublicKeys.find((k) => k.current)?.kid).toBe(newKid);
    } finally {
      await restarted.close();
    }
  });
});

describe('ISA certificate list', () => {
  it('exports graduates by expiry month as CSV (ISA only, audited)', async () => {
    const q = `query($f: CertificateListFilter) { certificateListCsv(filter: $f) }`;
    const denied = await h.gql(q, { f: {} }, coordinatorToken);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await h.gql(q, { f: { expiresInMonth: '2026-13' } }, isaToken);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresInMonth' });
    const month = defaultExpiry(today).slice(0, 7);
    const res = await h.gql<{ certificateListCsv: string }>(
      q,
      { f: { expiresInMonth: month, status: 'VALID' } },
      isaToken,
    );
    const lines = res
      .data!.certificateListCsv.replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('certificate_number,name,prefecture,email,valid_from,expires_on,status,expert');
    expect(lines.some((l) => l.includes('【架空】別人 花子'))).toBe(true);
    expect(lines.slice(1).every((l) => l.includes(`,${month}-`))).toBe(true);
  });
});
