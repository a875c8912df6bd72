import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness, type TestUser } from '../support/api-harness.js';

interface Count {
  exact: number | null;
  lower: number;
  upper: number;
}
interface Dashboard {
  scopePrefecture: { code: string } | null;
  exact: boolean;
  total: Count;
  nationalTotal: Count;
  prefectures: { prefecture: { code: string }; count: Count }[];
  cells: { prefecture: { code: string }; domain: { code: string }; count: Count }[];
  months: { month: string; partial: boolean; count: Count }[];
}

const COUNT = 'exact lower upper';
const DASHBOARD = `query($filter: GapFilterInput) { gapDashboard(filter: $filter) {
  scopePrefecture { code } exact total { ${COUNT} } nationalTotal { ${COUNT} }
  prefectures { prefecture { code } count { ${COUNT} } }
  cells { prefecture { code } domain { code } count { ${COUNT} } }
  months { month partial count { ${COUNT} } } } }`;
const PREFECTURE = `query($code: ID!, $filter: GapFilterInput) { gapPrefecture(code: $code, filter: $filter) {
  prefecture { code } total { ${COUNT} }
  needs { domain { code } language { code } count { ${COUNT} } nearbyPartners { id name offersLanguage prefecture { code } } }
  addressed { id domain { code } partner { id } signals notified } } }`;
const MARK = `mutation($input: MarkGapAddressedInput!) { markGapAddressed(input: $input) {
  addressal { id prefecture { code } domain { code } language { code } partner { id name } signals notified at } } }`;
const CSV = `mutation($filter: GapFilterInput) { exportGapsCsv(filter: $filter) { csv filename } }`;
const SEARCH = `query($input: PartnerSearchInput!) { searchPartners(input: $input) { foundNearby prefecture { code } } }`;
const REPORT = `mutation($input: ReportMissingPartnerInput!) { reportMissingPartner(input: $input) { report { id } } }`;
const MY_REPORTS = `{ myMissingPartnerReports { id prefecture { code } domain { code } addressedAt } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind } } } }`;

let h: Harness;
const partnerIds: string[] = [];
const coordinatorIds: string[] = [];

async function token(role: TestUser['role'], prefecture: string): Promise<{ user: TestUser; token: string }> {
  const user = await h.createUser(role, { prefecture });
  return { user, token: await h.signIn(user) };
}

async function dashboard(tok: string, filter?: Record<string, unknown>): Promise<Dashboard> {
  const result = await h.gql<{ gapDashboard: Dashboard }>(DASHBOARD, { filter }, tok);
  expect(result.errors).toBeUndefined();
  return result.data!.gapDashboard;
}

async function createPartner(prefecture: string, domains: string[], languages: string[]): Promise<string> {
  const id = `test-gap-partner-${randomUUID()}`;
  await h.graph.writeRows(
    `MATCH (pref:Prefecture {code: $prefecture})
     CREATE (p:Partner {id: $id, name: $name, kind: 'SUP', prefectureCode: $prefecture, domainCodes: $domains,
                        languageCodes: $languages, statusCodes: [], test: true, createdAt: datetime()})
     CREATE (p)-[:LOCATED_IN]->(pref)
     WITH p UNWIND $domains AS code MATCH (d:SupportDomain {code: code}) CREATE (p)-[:SERVES]->(d)`,
    { id, prefecture, domains, languages, name: `【架空】テスト連携先 ${id.slice(-6)}` },
  );
  partnerIds.push(id);
  return id;
}

function cell(d: Dashboard, prefecture: string, domain: string) {
  return d.cells.find((c) => c.prefecture.code === prefecture && c.domain.code === domain);
}

/** Every count a non-ISA viewer gets is 0 or a band of five (1–4, 5–9, ...), never exact. */
function expectBanded(c: Count) {
  expect(c.exact).toBeNull();
  if (c.upper === 0) expect(c.lower).toBe(0);
  else if (c.lower === 1) expect(c.upper).toBe(4);
  else {
    expect(c.lower % 5).toBe(0);
    expect(c.upper - c.lower).toBe(4);
  }
}

function allCounts(d: Dashboard): Count[] {
  return [
    d.total,
    d.nationalTotal,
    ...d.prefectures.map((p) => p.count),
    ...d.cells.map((c) => c.count),
    ...d.months.map((m) => m.count),
  ];
}

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h.graph.writeRows(`MATCH (p:Partner) WHERE p.id IN $partners DETACH DELETE p`, {
    partners: partnerIds,
  });
  await h.graph.writeRows(`MATCH (c:Coordinator) WHERE c.id IN $ids DETACH DELETE c`, {
    ids: coordinatorIds,
  });
  await h.close();
});

describe('gaps: the story from a search to an addressed gap', () => {
  it('a search finding nothing nearby and a report reach the local government, which closes the loop', async () => {
    const isa = await token('ISA_ADMIN', '13');
    // A prefecture where the synthetic directory has no labour consultant in the language nearby
    // (Vietnamese first; the test directory is random, so other languages are tried after it).
    let pref: string | null = null;
    let lang = 'vi';
    let coordinator: Awaited<ReturnType<typeof token>> | null = null;
    search: for (const language of ['vi', 'my', 'ne', 'th', 'id', 'km', 'mn', 'si', 'bn', 'uk', 'ru', 'fr']) {
      for (const code of ['32', '39', '36', '46', '47', '05', '02', '18', '30']) {
        coordinator = await token('COORDINATOR', code);
        const result = await h.gql<{ searchPartners: { foundNearby: boolean } }>(
          SEARCH,
          { input: { domains: ['WRK-CND'], language, prefecture: code } },
          coordinator.token,
        );
        if (result.errors) continue; // a language the reference data lacks
        if (!result.data!.searchPartners.foundNearby) {
          pref = code;
          lang = language;
          break search;
        }
      }
    }
    expect(pref).not.toBeNull();
    const P = pref!;
    const localGov = await token('LOCAL_GOV', P);
    const afterSearch = cell(
      await dashboard(isa.token, { domains: ['WRK-CND'], language: lang, sources: ['SEARCH'] }),
      P,
      'WRK-CND',
    );
    expect(afterSearch!.count.exact).toBeGreaterThanOrEqual(1);
    const before = cell(await dashboard(isa.token, { domains: ['WRK-CND'], language: lang }), P, 'WRK-CND')!
      .count.exact!;
    const report = await h.gql(
      REPORT,
      { input: { prefecture: P, domain: 'WRK-CND', language: lang } },
      coordinator!.token,
    );
    expect(report.errors).toBeUndefined();

    // ISA: the search and the report, exactly.
    const isaView = await dashboard(isa.token, { domains: ['WRK-CND'], language: lang });
    expect(isaView.exact).toBe(true);
    expect(isaView.prefectures).toHaveLength(47);
    expect(cell(isaView, P, 'WRK-CND')!.count.exact).toBe(before + 1);
    const bySource = await dashboard(isa.token, {
      domains: ['WRK-CND'],
      language: lang,
      sources: ['REPORT'],
    });
    expect(cell(bySource, P, 'WRK-CND')!.count.exact).toBeGreaterThanOrEqual(1);

    // The local government of Shimane: its prefecture only, banded, on the map and in the table.
    const lgView = await dashboard(localGov.token);
    expect(lgView.scopePrefecture?.code).toBe(P);
    expect(lgView.exact).toBe(false);
    expect(lgView.prefectures.map((p) => p.prefecture.code)).toEqual([P]);
    expect(lgView.prefectures[0].count.lower).toBeGreaterThanOrEqual(1);
    expect(lgView.cells.every((c) => c.prefecture.code === P)).toBe(true);
    expect(cell(lgView, P, 'WRK-CND')).toBeDefined();
    allCounts(lgView).forEach(expectBanded);
    const running = lgView.months.filter((m) => m.partial);
    expect(running).toHaveLength(1);
    expect(lgView.months.at(-1)!.partial).toBe(true);

    const detail = await h.gql<{
      gapPrefecture: { needs: { domain: { code: string }; language: { code: string } | null }[] };
    }>(PREFECTURE, { code: P, filter: { domains: ['WRK-CND'], language: lang } }, localGov.token);
    expect(detail.errors).toBeUndefined();
    expect(
      detail.data!.gapPrefecture.needs.some((n) => n.domain.code === 'WRK-CND' && n.language?.code === lang),
    ).toBe(true);

    // A partner is added; the local government marks the gap addressed with it.
    const partnerId = await createPartner(P, ['WRK-CND'], [lang, 'ja']);
    const nearby = await h.gql<{
      gapPrefecture: {
        needs: { domain: { code: string }; nearbyPartners: { id: string; offersLanguage: boolean }[] }[];
      };
    }>(PREFECTURE, { code: P, filter: { domains: ['WRK-CND'], language: lang } }, localGov.token);
    const labour = nearby.data!.gapPrefecture.needs.find((n) => n.domain.code === 'WRK-CND')!;
    expect(labour.nearbyPartners[0]).toMatchObject({ id: partnerId, offersLanguage: true });

    const marked = await h.gql<{
      markGapAddressed: { addressal: { signals: number; notified: number; partner: { id: string } } };
    }>(MARK, { input: { prefecture: P, domain: 'WRK-CND', language: lang, partnerId } }, localGov.token);
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markGapAddressed.addressal).toMatchObject({
      signals: before + 1,
      partner: { id: partnerId },
    });
    expect(marked.data!.markGapAddressed.addressal.notified).toBeGreaterThanOrEqual(1);

    // The coordinator is told; the report says when; the gap left the map but stays in the history.
    const notes = await h.gql<{ notifications: { edges: { node: { kind: string } }[] } }>(
      NOTIFICATIONS,
      {},
      coordinator!.token,
    );
    expect(notes.data!.notifications.edges.map((e) => e.node.kind)).toContain('GAP_ADDRESSED');
    const mine = await h.gql<{
      myMissingPartnerReports: { addressedAt: string | null; domain: { code: string } }[];
    }>(MY_REPORTS, {}, coordinator!.token);
    expect(mine.data!.myMissingPartnerReports[0]).toMatchObject({ domain: { code: 'WRK-CND' } });
    expect(mine.data!.myMissingPartnerReports[0].addressedAt).not.toBeNull();
    expect(
      cell(await dashboard(isa.token, { domains: ['WRK-CND'], language: lang }), P, 'WRK-CND'),
    ).toBeUndefined();
    const history = await dashboard(isa.token, { domains: ['WRK-CND'], language: lang, status: 'ADDRESSED' });
    expect(cell(history, P, 'WRK-CND')!.count.exact).toBeGreaterThanOrEqual(before + 1);
    const audit = await h.graph.readRows<{ n: number }>(
      `MATCH (a:AuditEntry {action: 'GAP_ADDRESSED', actorId: $actor}) RETURN count(a) AS n`,
      { actor: localGov.user.id },
    );
    expect(Number(audit[0].n)).toBe(1);

    // Nothing of it is open any more.
    const again = await h.gql(
      MARK,
      { input: { prefecture: P, domain: 'WRK-CND', language: lang, partnerId } },
      localGov.token,
    );
    expect(errorCode(again)).toBe('CONFLICT');
  });
});

describe('gaps: who sees what', () => {
  it('keeps each role to its scope', async () => {
    const localGov = await token('LOCAL_GOV', '31');
    const coordinator = await token('COORDINATOR', '31');
    const organizer = await token('WORKSHOP_ORGANIZER', '31');
    const partnerId = await createPartner('13', ['WRK-CND'], []);

    expect(errorCode(await h.gql(DASHBOARD, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await h.gql(DASHBOARD, {}, organizer.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(PREFECTURE, { code: '13' }, localGov.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(PREFECTURE, { code: '13' }, coordinator.token))).toBe('FORBIDDEN');
    const mark = { prefecture: '13', domain: 'WRK-CND', partnerId };
    expect(errorCode(await h.gql(MARK, { input: mark }, localGov.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(MARK, { input: { ...mark, prefecture: '31' } }, coordinator.token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await h.gql(MY_REPORTS, {}, localGov.token))).toBe('FORBIDDEN');

    const coordinatorView = await dashboard(coordinator.token);
    expect(coordinatorView.scopePrefecture?.code).toBe('31');
    expect(coordinatorView.prefectures.map((p) => p.prefecture.code)).toEqual(['31']);
    expect(coordinatorView.cells.every((c) => c.prefecture.code === '31')).toBe(true);
  });

  it('refuses bad input naming the field', async () => {
    const isa = await token('ISA_ADMIN', '13');
    const field = (r: Awaited<ReturnType<Harness['gql']>>) => r.errors?.[0]?.extensions?.field;
    const cases: [Record<string, unknown>, string][] = [
      [{ from: '2026-13' }, 'filter.from'],
      [{ to: 'soon' }, 'filter.to'],
      [{ from: '2026-05', to: '2026-01' }, 'filter.from'],
      [{ domains: ['NOPE'] }, 'filter.domains'],
      [{ language: 'xx' }, 'filter.language'],
    ];
    for (const [filter, name] of cases) {
      const result = await h.gql(DASHBOARD, { filter }, isa.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(field(result)).toBe(name);
    }
    const partnerId = await createPartner('13', ['HLT'], []);
    const wrongDomain = await h.gql(
      MARK,
      { input: { prefecture: '13', domain: 'WRK-CND', partnerId } },
      isa.token,
    );
    expect(errorCode(wrongDomain)).toBe('BAD_USER_INPUT');
    expect(field(wrongDomain)).toBe('partnerId');
    const unknown = await h.gql(
      MARK,
      { input: { prefecture: '13', domain: 'WRK-CND', partnerId: 'nope' } },
      isa.token,
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const badPrefecture = await h.gql(
      MARK,
      { input: { prefecture: '99', domain: 'WRK-CND', partnerId } },
      isa.token,
    );
    expect(field(badPrefecture)).toBe('prefecture');
  });
});

describe('gaps: small cells', () => {
  it('no filter combination shows a single report outside ISA', async () => {
    const reporter = await token('COORDINATOR', '33');
    const localGov = await token('LOCAL_GOV', '33');
    const isa = await token('ISA_ADMIN', '13');
    const report = await h.gql(
      REPORT,
      { input: { prefecture: '33', domain: 'WRK-SAF', language: 'ne' } },
      reporter.token,
    );
    expect(report.errors).toBeUndefined();
    const exact = cell(
      await dashboard(isa.token, { domains: ['WRK-SAF'], language: 'ne', sources: ['REPORT'] }),
      '33',
      'WRK-SAF',
    );
    expect(exact!.count.exact).toBeGreaterThanOrEqual(1);

    const month = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 7);
    const domainOptions = [undefined, ['WRK'], ['WRK-SAF']];
    const languageOptions = [undefined, 'ne'];
    const sourceOptions = [undefined, ['REPORT'], ['SEARCH', 'REFERRAL']];
    const periodOptions = [{}, { from: month, to: month }];
    for (const viewer of [localGov, reporter]) {
      for (const domains of domainOptions)
        for (const language of languageOptions)
          for (const sources of sourceOptions)
            for (const period of periodOptions) {
              const filter = { domains, language, sources, ...period };
              const view = await dashboard(viewer.token, filter);
              allCounts(view).forEach(expectBanded);
              const csv = await h.gql<{ exportGapsCsv: { csv: string } }>(CSV, { filter }, viewer.token);
              const lines = csv.data!.exportGapsCsv.csv.split('\r\n').slice(1).filter(Boolean);
              for (const line of lines) expect(line.split(',')[3]).toMatch(/^(<5|\d+–\d+)$/);
            }
      const detail = await h.gql<{ gapPrefecture: { total: Count; needs: { count: Count }[] } }>(
        PREFECTURE,
        { code: '33' },
        viewer.token,
      );
      expectBanded(detail.data!.gapPrefecture.total);
      detail.data!.gapPrefecture.needs.forEach((n) => expectBanded(n.count));
    }
  });
});

describe('gaps: referral outcomes and the CSV', () => {
  it('counts referrals that ended without help where the coordinator works', async () => {
    const isa = await token('ISA_ADMIN', '13');
    const coordinatorId = `test-gap-coordinator-${randomUUID()}`;
    coordinatorIds.push(coordinatorId);
    const partnerId = await createPartner('13', ['HLT'], []);
    const filter = { domains: ['HLT'], sources: ['REFERRAL'] };
    const before = cell(await dashboard(isa.token, filter), '34', 'HLT')?.count.exact ?? 0;
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    await h.graph.writeRows(
      `MATCH (pref:Prefecture {code: '34'}), (p:Partner {id: $partnerId})
       CREATE (c:Coordinator {id: $coordinatorId, test: true})-[:WORKS_IN]->(pref)
       CREATE (c)-[:REFERRED {id: randomUUID(), date: date($today), domain: 'HLT', language: null, outcome: 'NO_CAPACITY', createdAt: datetime()}]->(p)
       CREATE (c)-[:REFERRED {id: randomUUID(), date: date($today), domain: 'HLT', language: null, outcome: 'RESOLVED', createdAt: datetime()}]->(p)`,
      { coordinatorId, partnerId, today },
    );
    expect(cell(await dashboard(isa.token, filter), '34', 'HLT')!.count.exact).toBe(before + 1);
    const marked = await h.gql<{ markGapAddressed: { addressal: { signals: number } } }>(
      MARK,
      { input: { prefecture: '34', domain: 'HLT', partnerId } },
      isa.token,
    );
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markGapAddressed.addressal.signals).toBeGreaterThanOrEqual(1);
    expect(cell(await dashboard(isa.token, filter), '34', 'HLT')).toBeUndefined();
  });

  it('exports the table with a BOM, Japanese headers and names, and audits it', async () => {
    const localGov = await token('LOCAL_GOV', '32');
    const result = await h.gql<{ exportGapsCsv: { csv: string; filename: string } }>(CSV, {}, localGov.token);
    expect(result.errors).toBeUndefined();
    const { csv, filename } = result.data!.exportGapsCsv;
    expect(csv.startsWith('\uFEFF都道府県,分野,詳細分野,')).toBe(true);
    expect(filename).toMatch(/^gaps-32-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
    for (const line of csv.slice(1).split('\r\n').slice(1).filter(Boolean))
      expect(line.startsWith('島根県,')).toBe(true);
    const audit = await h.graph.readRows<{ n: number }>(
      `MATCH (a:AuditEntry {action: 'GAPS_CSV_EXPORTED', actorId: $actor}) RETURN count(a) AS n`,
      { actor: localGov.user.id },
    );
    expect(Number(audit[0].n)).toBe(1);
  });
});
