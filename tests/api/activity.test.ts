import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jstPeriod, openPeriods, shiftPeriod } from '../../api/src/modules/activity/periods.js';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import { cleanup, createGraduate, type Graduate } from './surveys.fixtures.js';

const FILE = `mutation($input: FileActivityReportInput!) { fileActivityReport(input: $input) { report {
  id period consultationsTotal referralsMade referralsOutsideRegion editable consultations { domain { code } count } } } }`;
const MINE = `{ myActivityReports(first: 10) { edges { node { period consultationsTotal } } } }`;
const TRENDS = `query($from: String!, $to: String!) { activityTrends(from: $from, to: $to) {
  periods reportCounts { period value } byDomain { domain { code } points { period value } }
  byBureau { bureau { code } consultations { period value } referralsOutsideRegion { period value } } } }`;
const TEMPLATE = `{ activityReportTemplate { recurrence graceDays openPeriods domains { code } } }`;

type Trends = {
  activityTrends: {
    periods: string[];
    reportCounts: { period: string; value: number }[];
    byDomain: { domain: { code: string }; points: { period: string; value: number }[] }[];
    byBureau: { bureau: { code: string }; consultations: { period: string; value: number }[] }[];
  };
};

let h: Harness;
let isa: string;
let osaka: Graduate;
let noProfile: string;
const period = jstPeriod(new Date());

beforeAll(async () => {
  h = await startHarness();
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
  osaka = await createGraduate(h, '27');
  noProfile = await h.signIn(await h.createUser('COORDINATOR'));
});

afterAll(async () => {
  await h.graph.writeRows(`MATCH (c:Coordinator {id: $id})-[:FILED]->(r:ActivityReport) DETACH DELETE r`, {
    id: osaka.coordinatorId,
  });
  await cleanup(h, []);
  await h.close();
});

const input = (overrides: Record<string, unknown> = {}) => ({
  period,
  consultations: [
    { domainCode: 'RES', count: 4 },
    { domainCode: 'WRK', count: 2 },
  ],
  referralsMade: 3,
  referralsOutsideRegion: 1,
  ...overrides,
});

async function trends(): Promise<Trends['activityTrends']> {
  const r = await h.gql<Trends>(TRENDS, { from: shiftPeriod(period, -2), to: period }, isa);
  expect(r.errors).toBeUndefined();
  return r.data!.activityTrends;
}

const at = (points: { period: string; value: number }[]) =>
  points.find((p) => p.period === period)?.value ?? 0;

describe('activity reports', () => {
  it('offers a monthly template with the top-level domains', async () => {
    const r = await h.gql<{
      activityReportTemplate: { recurrence: string; openPeriods: string[]; domains: { code: string }[] };
    }>(TEMPLATE, {}, osaka.token);
    expect(r.data!.activityReportTemplate.recurrence).toBe('MONTHLY');
    expect(r.data!.activityReportTemplate.openPeriods).toEqual(openPeriods(new Date()));
    expect(r.data!.activityReportTemplate.domains.map((d) => d.code)).toEqual(
      expect.arrayContaining(['RES', 'WRK']),
    );
    expect(r.data!.activityReportTemplate.domains.every((d) => !d.code.includes('-'))).toBe(true);
  });

  it('keeps one report per graduate and month, changeable while the period is open', async () => {
    const before = await trends();
    const first = await h.gql<{
      fileActivityReport: { report: { id: string; editable: boolean; consultationsTotal: number } };
    }>(FILE, { input: input() }, osaka.token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.fileActivityReport.report).toMatchObject({ consultationsTotal: 6, editable: true });
    const again = await h.gql<{ fileActivityReport: { report: { id: string; consultationsTotal: number } } }>(
      FILE,
      { input: input({ consultations: [{ domainCode: 'RES', count: 7 }] }) },
      osaka.token,
    );
    expect(again.data!.fileActivityReport.report.id).toBe(first.data!.fileActivityReport.report.id);
    const mine = await h.gql<{
      myActivityReports: { edges: { node: { period: string; consultationsTotal: number } }[] };
    }>(MINE, {}, osaka.token);
    expect(mine.data!.myActivityReports.edges.map((e) => e.node)).toEqual([
      { period, consultationsTotal: 7 },
    ]);

    const after = await trends();
    expect(at(after.reportCounts) - at(before.reportCounts)).toBe(1);
    const res = (t: typeof after) => at(t.byDomain.find((d) => d.domain.code === 'RES')?.points ?? []);
    expect(res(after) - res(before)).toBe(7);
    const osk = (t: typeof after) => at(t.byBureau.find((b) => b.bureau.code === 'OSK')?.consultations ?? []);
    expect(osk(after) - osk(before)).toBe(7);
    expect(after.periods).toEqual([shiftPeriod(period, -2), shiftPeriod(period, -1), period]);
  });

  it('rejects closed periods and inconsistent figures', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ period: shiftPeriod(period, 1) }, 'period'],
      [{ period: shiftPeriod(period, -3) }, 'period'],
      [{ period: '2026-13' }, 'period'],
      [{ consultations: [{ domainCode: 'RES-STS', count: 1 }] }, 'consultations.0.domainCode'],
      [{ consultations: [{ domainCode: 'RES', count: -1 }] }, 'consultations.0.count'],
      [{ referralsMade: 1, referralsOutsideRegion: 2 }, 'referralsOutsideRegion'],
    ];
    for (const [overrides, field] of cases) {
      const r = await h.gql(FILE, { input: input(overrides) }, osaka.token);
      expect(errorCode(r), field).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe(field);
    }
  });

  it('is for graduates with a profile to file, and for ISA to see trends', async () => {
    expect(errorCode(await h.gql(FILE, { input: input() }, noProfile))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(FILE, { input: input() }, isa))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(TRENDS, { from: period, to: period }, osaka.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(TRENDS, { from: '2020-01', to: '2026-01' }, isa))).toBe('BAD_USER_INPUT');
  });
});
