import type { SearchPartnersQuery } from '~/generated/graphql';
import { localName, localNames, t as translate, type Locale } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

type SearchNode = SearchPartnersQuery['searchPartners']['edges'][number]['node'];
export type SearchReason = SearchNode['reasons'][number];

/** The words of one reason chip, in the page's language. */
export function reasonText(locale: Locale, reason: SearchReason): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
  switch (reason.kind) {
    case 'TEXT_MATCH':
    case 'VERIFIED':
    case 'STALE':
      return t(`search.reason.${reason.kind}`);
    case 'DOMAIN_MATCH':
      return t('search.reason.DOMAIN_MATCH', { domains: localNames(locale, reason.domains ?? []) });
    case 'LANGUAGE_MATCH':
      return t('search.reason.LANGUAGE_MATCH', {
        language: reason.language ? localName(locale, reason.language) : '',
      });
    case 'STATUS_MATCH':
      return t('search.reason.STATUS_MATCH', {
        status: reason.status ? localName(locale, reason.status) : '',
      });
    case 'DISTANCE':
      return reason.distanceKm != null
        ? t('search.reason.DISTANCE_KM', {
            tier: t(`search.tier.${reason.tier ?? 'FAR'}`),
            km: Math.max(1, Math.round(reason.distanceKm)),
          })
        : t(`search.tier.${reason.tier ?? 'FAR'}`);
    case 'REFERRALS':
      return reason.peerGraduates
        ? t('search.reason.REFERRALS_PEERS', {
            graduates: reason.graduates ?? 0,
            resolved: reason.resolved ?? 0,
            peers: reason.peerGraduates,
          })
        : t('search.reason.REFERRALS', { graduates: reason.graduates ?? 0, resolved: reason.resolved ?? 0 });
    case 'PEER_ENDORSEMENT':
      return t(reason.hops === 1 ? 'search.reason.PEER_ENDORSEMENT_1' : 'search.reason.PEER_ENDORSEMENT_2');
    case 'ENDORSEMENTS':
      return t('search.reason.ENDORSEMENTS', { endorsements: reason.endorsements ?? 0 });
  }
}

const TONE: Partial<Record<SearchReason['kind'], string>> = {
  STALE: 'chip--warning',
  PEER_ENDORSEMENT: 'chip--trust',
  REFERRALS: 'chip--trust',
  VERIFIED: 'chip--trust',
};

/** Why a result ranks where it does, as a list of chips. */
export function ReasonChips({ reasons }: { reasons: readonly SearchReason[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="reason-chips" aria-label={t('search.reasonsLabel')}>
      {reasons.map((reason, i) => (
        <li
          key={`${reason.kind}-${i}`}
          className={`chip ${TONE[reason.kind] ?? ''}`.trim()}
          data-reason={reason.kind}
        >
          {reasonText(locale, reason)}
        </li>
      ))}
    </ul>
  );
}
