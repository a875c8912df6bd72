import { Link } from '@remix-run/react';
import { PartnerBadges } from '~/components/partners/partner-badges';
import type { SearchPartnersQuery } from '~/generated/graphql';
import { localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { ReasonChips } from './reason-chips';

type SearchNode = SearchPartnersQuery['searchPartners']['edges'][number]['node'];

/** Tiers inside the searcher's own prefecture: no introduction is offered for these (as in the API). */
const OWN_PREFECTURE = new Set(['SAME_MUNICIPALITY', 'SAME_PREFECTURE']);

/** One ranked partner: name (linking to its page), badges, reason chips and, far away, who can introduce me. */
export function SearchResult({
  result,
  showIntroduction,
}: {
  result: SearchNode;
  showIntroduction: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const { partner } = result;
  return (
    <li className="partner search-result" data-tier={result.tier}>
      <h3 className="partner__name">
        <Link to={`/partners/${encodeURIComponent(partner.id)}`}>{partner.name}</Link>
      </h3>
      <PartnerBadges partner={partner} />
      {partner.languages.length > 0 && (
        <p className="search-result__languages">
          {t('search.result.languages', { languages: localNames(locale, partner.languages) })}
        </p>
      )}
      <ReasonChips reasons={result.reasons} />
      {showIntroduction && !OWN_PREFECTURE.has(result.tier) && (
        <details className="introduction">
          <summary>{t('search.introduction.summary')}</summary>
          <p>
            {result.introduction
              ? t('search.introduction.chain', {
                  hops: result.introduction.hops,
                  chain: result.introduction.chain.join(' → '),
                })
              : t('search.introduction.none')}
          </p>
          {!result.introduction && (
            <p>
              <Link to="/qa">{t('search.introduction.askQa')}</Link>
            </p>
          )}
        </details>
      )}
    </li>
  );
}
