import type { PartnerPageQuery } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

type Neighbourhood = PartnerPageQuery['partnerNeighbourhood'];

const WIDTH = 760;
const HEIGHT = 400;
const CX = WIDTH / 2;
const CY = 190;
const RADIUS = 140;
const FONT = 14;
// Room for a label beside a node at the outer edge of the arcs, in em: about 12 full-width characters.
const LABEL_EM = 12;

const COLOURS = {
  partner: '#1d4f91',
  referrer: '#2a7f62',
  referrerLine: '#8aa',
  domain: '#b5651d',
  domainLine: '#a98',
} as const;

/** Points on an arc around the centre, for `count` nodes. */
function arc(count: number, from: number, to: number): [number, number][] {
  return Array.from({ length: count }, (_, i) => {
    const angle = count === 1 ? (from + to) / 2 : from + ((to - from) * i) / (count - 1);
    return [CX + RADIUS * Math.cos(angle), CY + RADIUS * Math.sin(angle)];
  });
}

/** Estimated width in em: full-width (CJK) characters are about 1em, Latin letters and digits about 0.6em. */
const emWidth = (ch: string) => (ch.codePointAt(0)! > 0xff ? 1 : 0.6);

/** The text cut with "…" so that it fits in `max` em. */
function short(text: string, max = LABEL_EM): string {
  const chars = [...text];
  let width = 0;
  for (let i = 0; i < chars.length; i++) {
    width += emWidth(chars[i]);
    if (width > max) return `${chars.slice(0, i).join('').trimEnd()}…`;
  }
  return text;
}

/**
 * A domain's name as a label: without its parenthesised part ("配偶者等からの暴力（DV）" becomes
 * "配偶者等からの暴力") and, for names that list several things, up to the first comma, colon, semicolon
 * or slash ("Medical care, hospitals, …" becomes "Medical care").
 */
export function domainLabel(text: string): string {
  const label = text
    .replace(/\s*[（(][^）)]*[）)]/g, '')
    .split(/\s*[,;:]\s*|\s+\/\s+/)[0]
    .trim();
  return label || text;
}

/** Text drawn over lines stays legible with a white halo. */
const halo = { paintOrder: 'stroke', stroke: '#fff', strokeWidth: 4, strokeLinejoin: 'round' } as const;

/**
 * A small server-rendered SVG of the partner's neighbourhood: referring coordinators on the left,
 * domains on the right, the region below, with a legend. The `<title>`/`<desc>` and the caption carry the
 * text alternative; the list of referrals by domain (and the referrer list on the page) give the same
 * facts in text, and are all a phone shows, where the picture would be too small to read.
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
  const peopleAt = arc(people.length, (Math.PI * 2) / 3, (Math.PI * 4) / 3);
  const domainsAt = arc(domains.length, -Math.PI / 3, Math.PI / 3);
  return (
    <>
      <figure className="neighbourhood">
        <svg
          className="neighbourhood__picture"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby="nb-title nb-desc"
          width="100%"
          fontSize={FONT}
        >
          <title id="nb-title">{t('partners.neighbourhood')}</title>
          <desc id="nb-desc">{alt}</desc>
          {peopleAt.map(([x, y], i) => (
            <line
              key={`pl${i}`}
              x1={CX}
              y1={CY}
              x2={x}
              y2={y}
              stroke={COLOURS.referrerLine}
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
              stroke={COLOURS.domainLine}
              strokeWidth={2}
              strokeDasharray={domains[i].served ? undefined : '5 5'}
            />
          ))}
          <line x1={CX} y1={CY} x2={CX} y2={HEIGHT - 34} stroke="#999" />
          <circle cx={CX} cy={CY} r={34} fill={COLOURS.partner} />
          <text x={CX} y={30} textAnchor="middle" fontWeight="bold" {...halo}>
            {short(name, 44)}
          </text>
          {peopleAt.map(([x, y], i) => (
            <g key={`p${i}`}>
              <circle cx={x} cy={y} r={10} fill={COLOURS.referrer} />
              <text x={x - 16} y={y + 5} textAnchor="end" {...halo}>
                {short(people[i].displayName)} ({people[i].referralCount})
              </text>
            </g>
          ))}
          {neighbourhood.referrersHidden && (
            <text x={CX - 60} y={CY + 5} textAnchor="end" {...halo}>
              {t('partners.referrerTotal', { count: neighbourhood.referrerCount })}
            </text>
          )}
          {domainsAt.map(([x, y], i) => (
            <g key={`d${i}`}>
              <rect x={x - 8} y={y - 8} width={16} height={16} fill={COLOURS.domain} />
              <text x={x + 16} y={y + 5} {...halo}>
                {short(domainLabel(localName(locale, domains[i].domain)))} ({domains[i].referralCount})
              </text>
            </g>
          ))}
          <text x={CX} y={HEIGHT - 12} textAnchor="middle" {...halo}>
            {region}
          </text>
        </svg>
        <ul className="neighbourhood__legend" aria-label={t('partners.legend')}>
          <li>
            <Swatch kind="partner" /> {t('partners.legend.partner')}
          </li>
          <li>
            <Swatch kind="referrer" /> {t('partners.legend.referrer')}
          </li>
          <li>
            <Swatch kind="served" /> {t('partners.legend.served')}
          </li>
          <li>
            <Swatch kind="notServed" /> {t('partners.legend.notServed')}
          </li>
          <li>{t('partners.legend.counts')}</li>
        </ul>
        <figcaption>{alt}</figcaption>
      </figure>
      {neighbourhood.domains.length > 0 && (
        <>
          <h3>{t('partners.domainReferrals')}</h3>
          <ul className="domain-referrals">
            {neighbourhood.domains.map((d) => (
              <li key={d.domain.code}>
                {localName(locale, d.domain)}
                {d.served ? '' : `（${t('partners.notServed')}）`} —{' '}
                {t('partners.referralsCount', { count: d.referralCount })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The legend's small sample of each mark in the picture (decorative: the text beside it says what it is). */
function Swatch({ kind }: { kind: 'partner' | 'referrer' | 'served' | 'notServed' }) {
  return (
    <svg className="neighbourhood__swatch" viewBox="0 0 36 16" width="36" height="16" aria-hidden="true">
      {kind === 'partner' && <circle cx={18} cy={8} r={7} fill={COLOURS.partner} />}
      {kind === 'referrer' && (
        <>
          <line x1={0} y1={8} x2={24} y2={8} stroke={COLOURS.referrerLine} strokeWidth={4} />
          <circle cx={28} cy={8} r={6} fill={COLOURS.referrer} />
        </>
      )}
      {(kind === 'served' || kind === 'notServed') && (
        <>
          <line
            x1={0}
            y1={8}
            x2={22}
            y2={8}
            stroke={COLOURS.domainLine}
            strokeWidth={2}
            strokeDasharray={kind === 'served' ? undefined : '5 5'}
          />
          <rect x={23} y={2} width={12} height={12} fill={COLOURS.domain} />
        </>
      )}
    </svg>
  );
}
