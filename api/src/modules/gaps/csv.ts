import { toCsv } from '../../csv.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import type { GapCountView } from './counts.js';
import type { DashboardView } from './dashboard.js';

function countText(c: GapCountView): string {
  if (c.exact !== null) return String(c.exact);
  if (c.upper === 0) return '0';
  return c.lower === 1 ? '<5' : `${c.lower}–${c.upper}`;
}

/** The prefecture × domain table with Japanese headers and names (BOM, CRLF). */
export function gapsCsv(view: DashboardView, catalog: ReferenceCatalog): string {
  const period = `${view.from}〜${view.to}`;
  const rows = view.cells.map((cell) => {
    const domain = catalog.get('domains', cell.domainCode);
    const parent = catalog.get('domains', domain?.parentCode ?? null);
    return [
      catalog.get('prefectures', cell.prefectureCode)?.nameJa ?? cell.prefectureCode,
      parent?.nameJa ?? domain?.nameJa ?? cell.domainCode,
      domain?.nameJa ?? cell.domainCode,
      countText(cell.count),
      period,
    ];
  });
  const headers = [
    '都道府県',
    '分野',
    '詳細分野',
    view.exact ? '件数' : '件数（5件単位、5件未満は「<5」）',
    '期間',
  ];
  return toCsv(headers, rows);
}
