import { useId } from 'react';
import { useT } from '~/i18n/react';

// Server-rendered SVG charts: each has a title and a data table below it, so the figures are there
// without JavaScript and for screen readers (the SVG itself is marked as an image with the title).

const PALETTE = ['#1f5fa8', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#16a085', '#7f8c8d', '#b7950b'];

interface BarRow {
  label: string;
  value: number;
}

/** Horizontal bars (choices, ratings, histogram bins) with a table of the same figures. */
export function BarChart({ title, rows, valueLabel }: { title: string; rows: BarRow[]; valueLabel: string }) {
  const id = useId();
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 26;
  const labelWidth = 180;
  const width = 560;
  const height = rows.length * rowHeight + 8;
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
      >
        <title>{title}</title>
        {rows.map((row, i) => {
          const barWidth = ((width - labelWidth - 50) * row.value) / max;
          const y = i * rowHeight + 4;
          return (
            <g key={`${row.label}-${i}`}>
              <text x={labelWidth - 6} y={y + 16} textAnchor="end" fontSize="12">
                {row.label.length > 24 ? `${row.label.slice(0, 23)}…` : row.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={barWidth} height={rowHeight - 8} fill={PALETTE[0]} />
              <text x={labelWidth + barWidth + 4} y={y + 16} fontSize="12">
                {row.value}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.label}-${i}`}>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export interface LineSeries {
  name: string;
  values: number[];
}

/** Lines over periods (months), a legend, and a table with one row per series. */
export function LineChart({
  title,
  periods,
  series,
  partialPeriod,
}: {
  title: string;
  periods: string[];
  series: LineSeries[];
  /** A period still being counted (the running month): drawn dashed on a shaded band and marked in the table. */
  partialPeriod?: string;
}) {
  const id = useId();
  const t = useT();
  const partialIndex = partialPeriod ? periods.indexOf(partialPeriod) : -1;
  const width = 640;
  const height = 260;
  const pad = { left: 44, right: 12, top: 12, bottom: 36 };
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) =>
    pad.left + (periods.length <= 1 ? 0 : (i * (width - pad.left - pad.right)) / (periods.length - 1));
  const y = (v: number) => height - pad.bottom - (v * (height - pad.top - pad.bottom)) / max;
  const ticks = [0, Math.round(max / 2), max];
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
      >
        <title>{title}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="#ddd" />
            <text x={pad.left - 4} y={y(tick) + 4} textAnchor="end" fontSize="11">
              {tick}
            </text>
          </g>
        ))}
        {partialIndex > 0 && (
          <g data-testid="partial-period">
            <rect
              x={x(partialIndex - 1)}
              y={pad.top}
              width={x(partialIndex) - x(partialIndex - 1)}
              height={height - pad.top - pad.bottom}
              fill="#f4f4f4"
            />
            <text x={x(partialIndex)} y={pad.top + 10} textAnchor="end" fontSize="11">
              {t('charts.partial')}
            </text>
          </g>
        )}
        {periods.map((p, i) =>
          i % Math.max(1, Math.ceil(periods.length / 8)) === 0 ? (
            <text key={p} x={x(i)} y={height - pad.bottom + 16} textAnchor="middle" fontSize="11">
              {p}
            </text>
          ) : null,
        )}
        {series.map((s, si) => {
          const complete = partialIndex > 0 ? s.values.slice(0, partialIndex) : s.values;
          return (
            <g key={s.name}>
              <polyline
                fill="none"
                stroke={PALETTE[si % PALETTE.length]}
                strokeWidth={2}
                points={complete.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
              />
              {partialIndex > 0 && (
                <polyline
                  fill="none"
                  stroke={PALETTE[si % PALETTE.length]}
                  strokeWidth={2}
                  strokeDasharray="4 4"
                  points={[partialIndex - 1, partialIndex].map((i) => `${x(i)},${y(s.values[i])}`).join(' ')}
                />
              )}
            </g>
          );
        })}
      </svg>
      {partialIndex >= 0 && (
        <p className="hint">{t('charts.partialNote', { period: periods[partialIndex] })}</p>
      )}
      <ul className="chart-legend">
        {series.map((s, si) => (
          <li key={s.name}>
            <span aria-hidden="true" style={{ color: PALETTE[si % PALETTE.length] }}>
              ■
            </span>{' '}
            {s.name}
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{title}</th>
              {periods.map((p) => (
                <th scope="col" key={p}>
                  {p}
                  {p === partialPeriod && ` ${t('charts.partial')}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.name}>
                <th scope="row">{s.name}</th>
                {s.values.map((v, i) => (
                  <td key={periods[i]}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
