import type { PartnerPageQuery } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

type Neighbourhood = PartnerPageQuery['partnerNeighbourhood'];

const WIDTH = 640;
const HEIGHT = 360;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;

/** Points on an arc around the centre, for `count` nodes. */
function arc(count: number, radius: number, from: number, to: number): [number, number][] {
  return Array.from({ length: count }, (_, i) => {
    const angle = count === 1 ? (from + to) / 2 : from + ((to - from) * i) / (count - 1);
    return [CX + radius * Math.cos(angle), CY + radius * Math.sin(angle)];
  });
}

const short = (text: string, max = 14) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A small server-rendered SVG of the partner's neighbourhood: referring coordinators on the left,
 * domains on the right, the region below. The `<title>`/`<desc>` and the caption carry the text
 * alternative; the lists below the picture give the same facts to screen readers.
 */
export function NeighbourhoodPicture({
  name,
  neighbourhood,
}: {
  name: string;
  neighbourhood: Neighbourhood;
}) {
  const t = useT();
  const locale = useLocale();
  const people = neighbourhood.referrers.slice(0, 8);
  const domains = neighbourhood.domains.slice(0, 8);
  const region = neighbourhood.prefecture
    ? `${localName(locale, neighbourhood.prefecture)} / ${localName(locale, neighbourhood.prefecture.block)}`
    : t('directory.nationwide');
  const alt = t('partners.neighbourhoodAlt', {
    name,
    count: neighbourhood.referrerCount,
    domains: neighbourhood.domains.length,
    region,
  });
  const peopleAt = arc(people.length, 150, (Math.PI * 2) / 3, (Math.PI * 4) / 3);
  const domainsAt = arc(domains.length, 150, -Math.PI / 3, Math.PI / 3);
  return (
    <figure className="neighbourhood">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="nb-title nb-desc" width="100%">
        <title id="nb-title">{t('partners.neighbourhood')}</title>
        <desc id="nb-desc">{alt}</desc>
        {peopleAt.map(([x, y], i) => (
          <line
            key={`pl${i}`}
            x1={CX}
            y1={CY}
            x2={x}
            y2={y}
            stroke="#8aa"
            strokeWidth={1 + Math.min(people[i].referralCount, 5)}
          />
        ))}
        {domainsAt.map(([x, y], i) => (
          <line
            key={`dl${i}`}
            x1={CX}
            y1={CY}
            x2={x}
            y2={y}
            stroke="#a98"
            strokeDasharray={domains[i].served ? undefined : '4 4'}
          />
        ))}
        <line x1={CX} y1={CY} x2={CX} y2={HEIGHT - 30} stroke="#999" />
        <circle cx={CX} cy={CY} r={34} fill="#1d4f91" />
        <text x={CX} y={CY + 54} textAnchor="middle" fontSize="14" fontWeight="bold">
          {short(name, 24)}
        </text>
        {peopleAt.map(([x, y], i) => (
          <g key={`p${i}`}>
            <circle cx={x} cy={y} r={10} fill="#2a7f62" />
            <text x={x - 14} y={y + 4} textAnchor="end" fontSize="12">
              {short(people[i].displayName)} ({people[i].referralCount})
            </text>
          </g>
        ))}
        {neighbourhood.referrersHidden && (
          <text x={40} y={CY} fontSize="12">
            {t('partners.referrersHidden', { count: neighbourhood.referrerCount })}
          </text>
        )}
        {domainsAt.map(([x, y], i) => (
          <g key={`d${i}`}>
            <rect x={x - 8} y={y - 8} width={16} height={16} fill="#b5651d" />
            <text x={x + 14} y={y + 4} fontSize="12">
              {short(localName(locale, domains[i].domain))} ({domains[i].referralCount})
            </text>
          </g>
        ))}
        <text x={CX} y={HEIGHT - 12} textAnchor="middle" fontSize="12">
          {region}
        </text>
      </svg>
      <figcaption>{alt}</figcaption>
    </figure>
  );
}
