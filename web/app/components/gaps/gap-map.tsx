import { Link } from '@remix-run/react';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { countText, shadeClass, type CountView } from './count-text';
import { PREFECTURE_TILES, TILE_COLUMNS, TILE_ROWS } from './tiles';

const TILE = 40;
const GAP = 3;

export interface MapEntry {
  prefecture: { code: string; nameJa: string; nameEn: string };
  count: CountView;
}

/** The 47 prefectures as tiles shaded by unmet need, each a link to its drill-down; with a legend. */
export function GapMap({ entries, allNames }: { entries: MapEntry[]; allNames: MapEntry['prefecture'][] }) {
  const t = useT();
  const locale = useLocale();
  const byCode = new Map(entries.map((e) => [e.prefecture.code, e]));
  const max = Math.max(0, ...entries.map((e) => e.count.exact ?? e.count.lower));
  const shortName = (p: MapEntry['prefecture']) =>
    locale === 'ja' ? p.nameJa.replace(/[都府県]$/, '') : p.nameEn.slice(0, 3);
  return (
    <figure className="gap-map">
      <svg
        viewBox={`0 0 ${TILE_COLUMNS * TILE} ${TILE_ROWS * TILE}`}
        role="group"
        aria-labelledby="gap-map-title gap-map-desc"
        className="gap-map__svg"
      >
        <title id="gap-map-title">{t('gaps.map')}</title>
        <desc id="gap-map-desc">{t('gaps.mapDescription')}</desc>
        {allNames.map((p) => {
          const tile = PREFECTURE_TILES[p.code];
          if (!tile) return null;
          const entry = byCode.get(p.code);
          const shade = entry ? shadeClass(entry.count, max) : -1;
          const x = tile[0] * TILE + GAP / 2;
          const y = tile[1] * TILE + GAP / 2;
          const label = entry ? `${localName(locale, p)}: ${countText(entry.count)}` : localName(locale, p);
          const body = (
            <g className={`gap-tile gap-tile--${shade < 0 ? 'outside' : shade}`}>
              <title>{label}</title>
              <rect x={x} y={y} width={TILE - GAP} height={TILE - GAP} rx={4} />
              <text x={x + (TILE - GAP) / 2} y={y + (TILE - GAP) / 2 + 4} textAnchor="middle">
                {shortName(p)}
              </text>
            </g>
          );
          return entry ? (
            <Link key={p.code} to={`/gaps/${p.code}`} aria-label={label}>
              {body}
            </Link>
          ) : (
            <g key={p.code} aria-hidden="true">
              {body}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="gap-legend__title">{t('gaps.legend')}:</span>
        <ul className="gap-legend">
          <li>
            <span className="gap-swatch gap-tile--0" aria-hidden="true" /> {t('gaps.legend.none')}
          </li>
          {[1, 2, 3, 4].map((shade) => (
            <li key={shade}>
              <span className={`gap-swatch gap-tile--${shade}`} aria-hidden="true" />{' '}
              {legendRange(shade, max)}
            </li>
          ))}
          {entries.length < allNames.length ? (
            <li>
              <span className="gap-swatch gap-tile--outside" aria-hidden="true" /> {t('gaps.legend.outside')}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}

function legendRange(shade: number, max: number): string {
  const bounds = [0, 0.1, 0.33, 0.66, 1].map((f) => Math.round(f * max));
  if (max <= 0) return shade === 1 ? '1+' : '–';
  return `${shade === 1 ? 1 : bounds[shade - 1] + 1}–${bounds[shade]}`;
}
