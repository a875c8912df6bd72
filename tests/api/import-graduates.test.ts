import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import { deleteCoordinators } from '../fixtures/graduates/coordinators.js';
import {
  cp932Base64,
  JA_HEADER,
  jaRow,
  toCsv,
  utf8Base64,
  utf8BomBase64,
} from '../fixtures/graduates/csv.js';

const IMPORT = `mutation($input: ImportGraduatesInput!) { importGraduates(input: $input) {
  committed encoding columns unknownColumns
  summary { rows created updated unchanged errors }
  errors { line column message }
  preview { line action certificateNumber name changedFields }
  invitations { coordinatorId certificateNumber code expiresAt }
} }`;
type Payload = {
  committed: boolean;
  encoding: string;
  columns: string[];
  unknownColumns: string[];
  summary: { rows: number; created: number; updated: number; unchanged: number; errors: number };
  errors: { line: number; column: string | null; message: string }[];
  preview: {
    line: number;
    action: string;
    certificateNumber: string | null;
    name: string | null;
    changedFields: string[];
  }[];
  invitations: { coordinatorId: string; certificateNumber: string; code: string; expiresAt: string }[];
};

// Each run uses its own certificate-number prefix; everything with it is removed afterwards.
const PREFIX = `TI${randomBytes(3).toString('hex').toUpperCase()}`;
let h: Harness;
let isa: string;

beforeAll(async () => {
  h = await startHarness({ BODY_LIMIT_BYTES: '8000000', REQUEST_TIMEOUT_MS: '120000' });
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
});
afterAll(async () => {
  await deleteCoordinators(h, 'MATCH (c:Coordinator) WHERE c.certificateNumber STARTS WITH $prefix', {
    prefix: PREFIX,
  });
  await h?.close();
});

async function runImport(fileBase64: string, dryRun: boolean, token = isa) {
  return h.gql<{ importGraduates: Payload }>(IMPORT, { input: { fileBase64, dryRun } }, token);
}
async function ok(fileBase64: string, dryRun: boolean): Promise<Payload> {
  const result = await runImport(fileBase64, dryRun);
  expect(result.errors).toBeUndefined();
  return result.data!.importGraduates;
}
async function countWithPrefix(prefix: string): Promise<number> {
  const [row] = await h.graph.readRows<{ n: number }>(
    'MATCH (c:Coordinator) WHERE c.certificateNumber STARTS WITH $prefix RETURN count(c) AS n',
    { prefix },
  );
  return row.n;
}

describe('CSV import: encodings and headers', () => {
  it('reads a CP932 (Shift_JIS) file with Japanese headers in a dry run that writes nothing', async () => {
    const p = `${PREFIX}A`;
    const csv = toCsv(JA_HEADER, [jaRow(p, 1), jaRow(p, 2, { 都道府県: '大阪府', 分野: '労働条件' })]);
    const result = await ok(cp932Base64(csv), true);
    expect(result.encoding).toBe('CP932');
    expect(result.committed).toBe(false);
    expect(result.summary).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0, errors: 0 });
    expect(result.preview[0]).toMatchObject({ line: 2, action: 'CREATE', name: '【架空】試験 太郎1' });
    expect(result.invitations).toEqual([]);
    expect(await countWithPrefix(p)).toBe(0);
  });

  it('reads UTF-8 with a BOM and English headers, reporting unknown columns', async () => {
    const p = `${PREFIX}B`;
    const csv = toCsv(
      ['name', 'certificate_number', 'cohort', 'prefecture', 'favourite_colour'],
      [['【架空】Test Hanako', `${p}-1`, '2025', 'Tokyo', 'blue']],
    );
    const result = await ok(utf8BomBase64(csv), true);
    expect(result.encoding).toBe('UTF-8-BOM');
    expect(result.columns).toEqual(['name', 'certificate_number', 'cohort', 'prefecture']);
    expect(result.unknownColumns).toEqual(['favourite_colour']);
    expect(result.summary.created).toBe(1);
  });

  it('reports a name of control characters, and bytes that are not text, as row errors', async () => {
    const p = `${PREFIX}U`;
    const header = ['name', 'certificate_number', 'cohort', 'prefecture', 'kana'];
    const csv = toCsv(header, [
      ['\u0000\u0000\u0000', `${p}-1`, '2025', 'Tokyo', ''],
      ['【架空】Test Ichiro', `${p}-2`, '2025', 'Tokyo', 'テスト\u0007'],
    ]);
    const nul = await ok(utf8Base64(csv), true);
    expect(nul.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'name'],
      [3, 'kana'],
    ]);
    // A BOM says UTF-8, but the bytes of the name are not: the decoder's U+FFFD must not be stored.
    const good = Buffer.from(toCsv(header, [['【架空】Test X', `${p}-3`, '2025', 'Tokyo', '']]), 'utf8');
    const broken = Buffer.from(good.toString('latin1').replace('X', '\xff\xfe'), 'latin1');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), broken]).toString('base64');
    const invalid = await ok(withBom, true);
    expect(invalid.encoding).toBe('UTF-8-BOM');
    expect(invalid.errors).toEqual([expect.objectContaining({ line: 2, column: 'name' })]);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const result = await runImport(
      utf8Base64(toCsv(['氏名', 'メール'], [['【架空】x', 'x@example.com']])),
      true,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('fileBase64');
    expect(result.errors![0].message).toMatch(/certificate_number.*cohort.*prefecture/);
  });

  it('reports per-row errors and duplicate rows within one file', async () => {
    const p = `${PREFIX}C`;
    const csv = toCsv(JA_HEADER, [
      jaRow(p, 1),
      jaRow(p, 1, { メール: 'other@synthetic.tsunagu.example' }), // same certificate number
      jaRow(p, 3, { 都道府県: 'Atlantis', 修了年度: 'soon', 言語: 'ja;klingon' }),
      jaRow(p, 4, { メール: `${p.toLowerCase()}-1@synthetic.tsunagu.example` }), // same e-mail as line 2
    ]);
    const result = await ok(utf8Base64(csv), true);
    expect(result.summary).toMatchObject({ rows: 4, created: 1, errors: 3 });
    const byLine = (line: number) =>
      result.errors
        .filter((e) => e.line === line)
        .map((e) => e.column)
        .sort();
    expect(byLine(3)).toEqual(['certificate_number']);
    expect(byLine(4)).toEqual(['cohort', 'languages', 'prefecture']);
    expect(byLine(5)).toEqual(['email']);
    expect(result.preview.map((r) => r.action)).toEqual(['CREATE', 'ERROR', 'ERROR', 'ERROR']);
  });

  it('is forbidden to coordinators', async () => {
    const token = await h.signIn(await h.createUser('COORDINATOR'));
    expect(errorCode(await runImport(utf8Base64('x'), true, token))).toBe('FORBIDDEN');
  });
});

describe('CSV import: commit', () => {
  it('writes nothing when one row is bad', async () => {
    const p = `${PREFIX}D`;
    const csv = toCsv(JA_HEADER, [jaRow(p, 1), jaRow(p, 2), jaRow(p, 3, { 認定日: '2025/02/30' })]);
    const result = await runImport(utf8Base64(csv), false);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('fileBase64');
    expect(await countWithPrefix(p)).toBe(0);
  });

  it('creates graduates with invitation codes, and a re-import updates without duplicates', async () => {
    const p = `${PREFIX}E`;
    const rows = [jaRow(p, 1), jaRow(p, 2), jaRow(p, 3)];
    const first = await ok(cp932Base64(toCsv(JA_HEADER, rows)), false);
    expect(first.committed).toBe(true);
    expect(first.summary).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(first.invitations).toHaveLength(3);
    expect(new Set(first.invitations.map((i) => i.code)).size).toBe(3);
    const stored = await h.graph.readRows<{ hash: string; expires: string; pref: string; langs: string[] }>(
      `MATCH (i:Invitation)-[:INVITES]->(c:Coordinator {certificateNumber: $n})-[:WORKS_IN]->(p)
       RETURN i.codeHash AS hash, toString(c.certificateExpiresOn) AS expires, p.code AS pref,
              [(c)-[:SPEAKS]->(l) | l.code] AS langs`,
      { n: `${p}-00001` },
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].hash).not.toContain(first.invitations[0].code.replace(/-/g, ''));
    expect(stored[0]).toMatchObject({ expires: '2028-03-31', pref: '10' });
    expect(stored[0].langs.sort()).toEqual(['ja', 'vi']);

    rows[1] = jaRow(p, 2, { 所属: '【架空】新しい所属', 言語: 'ja' });
    rows.push(jaRow(p, 4));
    const second = await ok(utf8Base64(toCsv(JA_HEADER, rows)), false);
    expect(second.summary).toMatchObject({ created: 1, updated: 1, unchanged: 2, errors: 0 });
    expect(second.preview.find((r) => r.action === 'UPDATE')?.changedFields.sort()).toEqual([
      'affiliation',
      'languages',
    ]);
    expect(second.invitations.map((i) => i.certificateNumber)).toEqual([`${p}-00004`]);
    expect(await countWithPrefix(p)).toBe(4);
    const third = await ok(utf8Base64(toCsv(JA_HEADER, rows)), true);
    expect(third.summary).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('imports a generated 10,000-row file in one transaction', async () => {
    const p = `${PREFIX}F`;
    const rows = Array.from({ length: 10_000 }, (_, i) => jaRow(p, i + 1));
    const file = cp932Base64(toCsv(JA_HEADER, rows));
    const dryStarted = performance.now();
    const dry = await ok(file, true);
    const dryMs = performance.now() - dryStarted;
    expect(dry.summary.created).toBe(10_000);
    const started = performance.now();
    const result = await runImport(file, false);
    const commitMs = performance.now() - started;
    expect(result.errors).toBeUndefined();
    expect(result.data!.importGraduates.summary.created).toBe(10_000);
    expect(result.data!.importGraduates.invitations).toHaveLength(10_000);
    expect(await countWithPrefix(p)).toBe(10_000);
    console.log(
      `[import-10k] file ${(Buffer.from(file, 'base64').length / 1e6).toFixed(2)} MB CP932; ` +
        `dry run ${(dryMs / 1000).toFixed(1)} s; commit ${(commitMs / 1000).toFixed(1)} s; ` +
        `round trips ${result.extensions?.neo4jRoundTrips}`,
    );
  }, 180_000);
});

describe('invitation codes', () => {
  const REDEEM = `mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) {
    sessionToken viewer { role } } }`;
  const PASSWORD = 'synthetic-password-2026';

  it('creates a COORDINATOR account acting as the graduate, once', async () => {
    const p = `${PREFIX}G`;
    const created = await ok(utf8Base64(toCsv(JA_HEADER, [jaRow(p, 1)])), false);
    const { code, coordinatorId } = created.invitations[0];
    const email = `${p.toLowerCase()}-account@test.tsunagu.example`;
    const short = await h.gql(REDEEM, { input: { code, email, password: 'short' } });
    expect(short.errors![0].extensions!.field).toBe('password');

    const redeemed = await h.gql<{ redeemInvitation: { sessionToken: string; viewer: { role: string } } }>(
      REDEEM,
      { input: { code: code.toLowerCase(), email, password: PASSWORD } },
    );
    expect(redeemed.errors).toBeUndefined();
    expect(redeemed.data!.redeemInvitation.viewer.role).toBe('COORDINATOR');
    const mine = await h.gql<{ myProfile: { id: string; isViewer: boolean } }>(
      '{ myProfile { id isViewer } }',
      {},
      redeemed.data!.redeemInvitation.sessionToken,
    );
    expect(mine.data!.myProfile).toEqual({ id: coordinatorId, isViewer: true });

    const again = await h.gql(REDEEM, { input: { code, email: `x${email}`, password: PASSWORD } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].message).toMatch(/already been used/);
  });

  it('refuses an expired or unknown code and writes no account', async () => {
    const p = `${PREFIX}H`;
    const created = await ok(utf8Base64(toCsv(JA_HEADER, [jaRow(p, 1)])), false);
    const { code, coordinatorId } = created.invitations[0];
    await h.graph.writeRows(
      `MATCH (i:Invitation)-[:INVITES]->(:Coordinator {id: $coordinatorId})
       SET i.expiresAt = datetime() - duration({days: 1})`,
      { coordinatorId },
    );
    const email = `${p.toLowerCase()}-account@test.tsunagu.example`;
    const expired = await h.gql(REDEEM, { input: { code, email, password: PASSWORD } });
    expect(expired.errors![0].message).toMatch(/expired/);
    const unknown = await h.gql(REDEEM, { input: { code: 'AAAA-BBBB-CCCC', email, password: PASSWORD } });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    const [row] = await h.graph.readRows<{ n: number }>(
      'MATCH (u:User {email: $email}) RETURN count(u) AS n',
      { email },
    );
    expect(row.n).toBe(0);

    // ISA issues a new code; it works where the expired one did not
    const REISSUE = `mutation($input: ReissueInvitationsInput!) { reissueInvitations(input: $input) {
      invitations { coordinatorId code } } }`;
    const coordinatorToken = await h.signIn(await h.createUser('COORDINATOR'));
    expect(
      errorCode(await h.gql(REISSUE, { input: { coordinatorIds: [coordinatorId] } }, coordinatorToken)),
    ).toBe('FORBIDDEN');
    const reissued = await h.gql<{
      reissueInvitations: { invitations: { coordinatorId: string; code: string }[] };
    }>(REISSUE, { input: { coordinatorIds: [coordinatorId] } }, isa);
    expect(reissued.data!.reissueInvitations.invitations).toHaveLength(1);
    const fresh = reissued.data!.reissueInvitations.invitations[0].code;
    const redeemed = await h.gql(REDEEM, { input: { code: fresh, email, password: PASSWORD } });
    expect(redeemed.errors).toBeUndefined();
    // once the graduate has an account, no new code is issued
    const again = await h.gql<{ reissueInvitations: { invitations: unknown[] } }>(
      REISSUE,
      { input: { coordinatorIds: [coordinatorId] } },
      isa,
    );
    expect(again.data!.reissueInvitations.invitations).toEqual([]);
  });
});
