import { toCsv } from '../../csv.js';
import type { AudienceMemberRow } from './repository.js';

export interface PrefectureStatsRow {
  prefectureCode: string;
  audience: number;
  read: number;
  acknowledged: number;
}

export interface NoticeStatsResult {
  audienceSize: number;
  readCount: number;
  acknowledgedCount: number;
  readRate: number;
  acknowledgedRate: number;
  byPrefecture: PrefectureStatsRow[];
  notAcknowledged: AudienceMemberRow[];
  csv: string;
}

const rate = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;

/** Read and confirmation figures of one notice, overall, by prefecture and per reader (CSV). */
export function summarizeAudience(members: AudienceMemberRow[]): NoticeStatsResult {
  const byPrefecture = new Map<string, PrefectureStatsRow>();
  for (const m of members) {
    const code = m.prefectureCode ?? '--';
    const row = byPrefecture.get(code) ?? { prefectureCode: code, audience: 0, read: 0, acknowledged: 0 };
    row.audience += 1;
    if (m.readAt) row.read += 1;
    if (m.acknowledgedAt) row.acknowledged += 1;
    byPrefecture.set(code, row);
  }
  const readCount = members.filter((m) => m.readAt).length;
  const acknowledgedCount = members.filter((m) => m.acknowledgedAt).length;
  const sorted = [...members].sort((a, b) => a.displayName.localeCompare(b.displayName, 'ja'));
  return {
    audienceSize: members.length,
    readCount,
    acknowledgedCount,
    readRate: rate(readCount, members.length),
    acknowledgedRate: rate(acknowledgedCount, members.length),
    byPrefecture: [...byPrefecture.values()]
      .filter((r) => r.prefectureCode !== '--')
      .sort((a, b) => a.prefectureCode.localeCompare(b.prefectureCode)),
    notAcknowledged: sorted.filter((m) => !m.acknowledgedAt).slice(0, 500),
    csv: toCsv(
      [
        '氏名 name',
        'メール email',
        '都道府県 prefecture',
        '役割 role',
        '既読 read_at',
        '確認 acknowledged_at',
      ],
      sorted.map((m) => [m.displayName, m.email, m.prefectureCode, m.role, m.readAt, m.acknowledgedAt]),
    ),
  };
}
