import type { Graph } from '../../../api/src/db/graph.js';
import type { ReferenceData } from '../data-files.js';
import { createRandom } from './random.js';

/** How many synthetic signals of unmet need to simulate, over how many months up to `endMonth`. */
export interface GapSignalSizes {
  searches: number;
  reports: number;
  months: number;
}

export const DEMO_GAP_SIZES: GapSignalSizes = { searches: 6_000, reports: 600, months: 12 };

/** One GapMonthly aggregate as signals.ts writes it. */
export interface GapAggregateRow {
  key: string;
  month: string;
  prefectureCode: string;
  domainCode: string;
  languageCode: string;
  statusCode: string;
  source: 'REPORT' | 'SEARCH';
  count: number;
}

function monthBefore(endMonth: string, back: number): string {
  const [y, m] = endMonth.split('-').map(Number);
  const i = y * 12 + (m - 1) - back;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/**
 * Simulates signals the way the API counts them: prefectures weighted by foreign residents, a few
 * domains and languages far more often than the rest, more signals in recent months; returns the
 * monthly aggregates those signals add up to (deterministic for a seed).
 */
export function simulateGapAggregates(
  ref: ReferenceData,
  sizes: GapSignalSizes,
  endMonth: string,
  seed: number,
): GapAggregateRow[] {
  const random = createRandom(seed);
  const pickPrefecture = random.weighted(ref.prefectures, (p) => p.foreignResidents);
  const leaves = ref.domains.filter((d) => d.parent !== null);
  const domainWeight = new Map(leaves.map((d, i) => [d.code, 1 / (1 + (i % 17))]));
  const pickDomain = random.weighted(leaves, (d) => domainWeight.get(d.code) ?? 1);
  const languages = ref.languages.filter((l) => l.code !== 'ja');
  const pickLanguage = random.weighted(languages, (l) => (l.priority ? 6 : 1));
  const statuses = ref.statuses.map((s) => s.code);
  const pickMonthBack = random.weighted(
    Array.from({ length: sizes.months }, (_, i) => i),
    (i) => sizes.months - i / 2,
  );
  const rows = new Map<string, GapAggregateRow>();
  const add = (source: 'REPORT' | 'SEARCH') => {
    const month = monthBefore(endMonth, pickMonthBack());
    const prefectureCode = pickPrefecture().code;
    const domainCode = pickDomain().code;
    const languageCode = random.chance(0.8) ? pickLanguage().code : '';
    const statusCode = source === 'SEARCH' && random.chance(0.3) ? random.pick(statuses) : '';
    const key = `${month}|${prefectureCode}|${domainCode}|${languageCode}|${statusCode}|${source}|O`;
    const row = rows.get(key);
    if (row) row.count += 1;
    else
      rows.set(key, { key, month, prefectureCode, domainCode, languageCode, statusCode, source, count: 1 });
  };
  for (let i = 0; i < sizes.searches; i++) add('SEARCH');
  for (let i = 0; i < sizes.reports; i++) add('REPORT');
  return [...rows.values()];
}

/**
 * Replaces the synthetic gap aggregates (marked `synthetic: true`) with a fresh simulation, in
 * batches. Aggregates the API counted (not synthetic) are left alone.
 */
export async function loadSyntheticGaps(
  graph: Graph,
  ref: ReferenceData,
  sizes: GapSignalSizes,
  endMonth: string,
  seed: number,
): Promise<number> {
  for (;;) {
    const [{ n }] = await graph.writeRows<{ n: number }>(
      `MATCH (g:GapMonthly {synthetic: true}) WITH g LIMIT 10000 DETACH DELETE g RETURN count(*) AS n`,
    );
    if (Number(n) === 0) break;
  }
  const rows = simulateGapAggregates(ref, sizes, endMonth, seed);
  for (let i = 0; i < rows.length; i += 5_000) {
    await graph.writeRows(
      `UNWIND $rows AS r
       MERGE (g:GapMonthly {key: r.key})
         ON CREATE SET g.month = r.month, g.prefectureCode = r.prefectureCode, g.domainCode = r.domainCode,
                       g.languageCode = r.languageCode, g.statusCode = r.statusCode, g.source = r.source,
                       g.open = true, g.count = 0, g.synthetic = true
       SET g.count = g.count + r.count`,
      { rows: rows.slice(i, i + 5_000) },
    );
  }
  return rows.length;
}
