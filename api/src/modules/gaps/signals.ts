import type { Graph, GraphTx } from '../../db/graph.js';

/** Where a counted signal came from (REFERRAL is counted live from referral outcomes, never stored here). */
export type StoredGapSource = 'REPORT' | 'SEARCH';

/** One signal of unmet need, without anything that identifies a person. */
export interface GapSignal {
  prefectureCode: string;
  domainCodes: readonly string[];
  languageCode: string | null;
  /** Status of residence the search named (searches only). */
  statusCode?: string | null;
  source: StoredGapSource;
}

/** The running month in JST as "YYYY-MM". */
export function jstMonth(at: Date = new Date()): string {
  return new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 7);
}

/**
 * Adds one to the open monthly aggregate of each domain of the signal. The key is built in Cypher
 * from the same parts as MOVE_TO_ADDRESSED builds it, so both name the same node.
 */
const INCREMENT_CYPHER = `
UNWIND $domainCodes AS domainCode
WITH domainCode, $month + '|' + $prefectureCode + '|' + domainCode + '|' + $languageCode + '|' + $statusCode + '|' + $source + '|O' AS key
MERGE (g:GapMonthly {key: key})
  ON CREATE SET g.month = $month, g.prefectureCode = $prefectureCode, g.domainCode = domainCode,
                g.languageCode = $languageCode, g.statusCode = $statusCode, g.source = $source, g.open = true, g.count = 0
SET g.count = g.count + 1`;

function incrementParams(signal: GapSignal, month: string) {
  return {
    month,
    prefectureCode: signal.prefectureCode,
    domainCodes: [...new Set(signal.domainCodes)],
    languageCode: signal.languageCode ?? '',
    statusCode: signal.statusCode ?? '',
    source: signal.source,
  };
}

/** Counts a signal inside the caller's write transaction (a missing-partner report). */
export async function countGapSignal(tx: GraphTx, signal: GapSignal, at = new Date()): Promise<void> {
  if (signal.domainCodes.length === 0) return;
  await tx.rows(INCREMENT_CYPHER, incrementParams(signal, jstMonth(at)));
}

/**
 * Logs a search that found nothing nearby meeting its need: prefecture, domains, language, status
 * and month only. A failure is logged and swallowed, so the search itself never fails because of it.
 */
export async function logUnmetSearch(
  graph: Graph,
  need: {
    prefectureCode: string | null;
    domainCodes: readonly string[];
    languageCode: string | null;
    statusCode: string | null;
  },
): Promise<void> {
  if (!need.prefectureCode || need.domainCodes.length === 0) return;
  const signal: GapSignal = {
    prefectureCode: need.prefectureCode,
    domainCodes: need.domainCodes,
    languageCode: need.languageCode,
    statusCode: need.statusCode,
    source: 'SEARCH',
  };
  try {
    await graph.writeRows(INCREMENT_CYPHER, incrementParams(signal, jstMonth()));
  } catch (error) {
    console.error('gaps: could not log an unmet search', error);
  }
}
