import { ForbiddenError } from '../../errors.js';
import type { SessionViewer } from '../auth/repository.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { rankKey, viewCount, type GapCountView } from './counts.js';
import { monthsBetween, type GapFilter } from './filter.js';
import type { GapRow } from './repository.js';
import { jstMonth } from './signals.js';

/** What a viewer may see: the country (exact) or one prefecture (banded) plus national totals. */
export interface GapScope {
  exact: boolean;
  prefectureCode: string | null;
}

export function gapScopeFor(viewer: SessionViewer): GapScope {
  if (viewer.role === 'ISA_ADMIN') return { exact: true, prefectureCode: null };
  const prefectureCode =
    viewer.role === 'COORDINATOR'
      ? (viewer.workPrefectureCode ?? viewer.prefectureCode)
      : viewer.role === 'LOCAL_GOV'
        ? viewer.prefectureCode
        : null;
  if (!prefectureCode) throw new ForbiddenError();
  return { exact: false, prefectureCode };
}

/** The viewer may look into this prefecture. */
export function requirePrefectureInScope(scope: GapScope, code: string): void {
  if (scope.prefectureCode !== null && scope.prefectureCode !== code) throw new ForbiddenError();
}

export interface DashboardView {
  scopePrefectureCode: string | null;
  exact: boolean;
  from: string;
  to: string;
  total: GapCountView;
  nationalTotal: GapCountView;
  prefectures: { prefectureCode: string; count: GapCountView }[];
  cells: { prefectureCode: string; domainCode: string; count: GapCountView; n: number }[];
  months: { month: string; count: GapCountView; partial: boolean }[];
}

function add(map: Map<string, number>, key: string, n: number) {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** Builds the map, the table and the trend from the country's rows, within the viewer's scope. */
export function buildDashboard(
  rows: readonly GapRow[],
  filter: GapFilter,
  scope: GapScope,
  catalog: ReferenceCatalog,
): DashboardView {
  let national = 0;
  let total = 0;
  const byPrefecture = new Map<string, number>();
  const byCell = new Map<string, number>();
  const byMonth = new Map<string, number>();
  for (const row of rows) {
    const n = Number(row.n);
    national += n;
    if (scope.prefectureCode !== null && row.p !== scope.prefectureCode) continue;
    total += n;
    add(byPrefecture, row.p, n);
    add(byCell, `${row.p}|${row.d}`, n);
    add(byMonth, row.m, n);
  }
  const prefectureCodes =
    scope.prefectureCode === null ? catalog.all('prefectures').map((p) => p.code) : [scope.prefectureCode];
  const cells = [...byCell.entries()]
    .map(([key, n]) => {
      const [prefectureCode, domainCode] = key.split('|');
      return { prefectureCode, domainCode, n, count: viewCount(n, scope.exact) };
    })
    .filter((c) => c.n > 0)
    .sort(
      (a, b) =>
        rankKey(b.n, scope.exact) - rankKey(a.n, scope.exact) ||
        a.prefectureCode.localeCompare(b.prefectureCode) ||
        a.domainCode.localeCompare(b.domainCode),
    );
  const running = jstMonth();
  return {
    scopePrefectureCode: scope.prefectureCode,
    exact: scope.exact,
    from: filter.from,
    to: filter.to,
    total: viewCount(total, scope.exact),
    nationalTotal: viewCount(national, scope.exact),
    prefectures: prefectureCodes.map((code) => ({
      prefectureCode: code,
      count: viewCount(byPrefecture.get(code) ?? 0, scope.exact),
    })),
    cells,
    months: monthsBetween(filter.from, filter.to).map((month) => ({
      month,
      count: viewCount(byMonth.get(month) ?? 0, scope.exact),
      partial: month === running,
    })),
  };
}
