import { Link } from '@remix-run/react';
import type { SearchPartnersQuery } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { withParams } from '~/utils/query-string';

type Need = SearchPartnersQuery['searchPartners']['need'];
type Place = NonNullable<SearchPartnersQuery['searchPartners']['prefecture']>;

/** The same search with the given query-string changes (a fresh first page). */
function searchHref(params: URLSearchParams, changes: Record<string, string | null>): string {
  return withParams(params, { after: null, ...changes, searched: '1' });
}

/** The text without one understood piece (its first occurrence), whitespace tidied. */
export function textWithout(text: string, piece: string): string {
  const at = text.indexOf(piece);
  if (at < 0) return text;
  return `${text.slice(0, at)} ${text.slice(at + piece.length)}`.replace(/\s+/g, ' ').trim();
}

interface Chip {
  key: string;
  label: string;
  /** Where the remove link goes; null for a chip that cannot be removed (the searcher's own place). */
  removeHref: string | null;
  /** The words typed that the chip stands for. */
  typed?: string;
}

/** A domain label without its parenthesised details ("労働条件（労働契約・賃金・労働時間）" → "労働条件"). */
const shortName = (label: string) => label.replace(/\s*[（(].*[)）]\s*$/, '');

/**
 * What the search understood, as chips ("労働条件 · ベトナム語 · 群馬県から"): each piece read from the
 * text (removing it takes it out of the text), each filter chosen in the form (removing it clears
 * the filter) and the place the ranking is measured from. Plain links, so it works without JavaScript.
 */
export function NeedChips({
  need,
  prefecture,
  params,
}: {
  need: Need;
  prefecture: Place | null;
  params: URLSearchParams;
}) {
  const t = useT();
  const locale = useLocale();
  const text = params.get('text') ?? '';
  const chips: Chip[] = [];
  for (const [i, term] of need.terms.entries()) {
    const label =
      term.kind === 'DOMAIN'
        ? term.domains.map((d) => shortName(localName(locale, d))).join('・')
        : term.kind === 'PREFECTURE' && term.prefecture
          ? t('search.need.from', { prefecture: localName(locale, term.prefecture) })
          : term.language
            ? localName(locale, term.language)
            : term.status
              ? localName(locale, term.status)
              : term.text;
    chips.push({
      key: `term-${i}`,
      label,
      typed: term.text,
      removeHref: searchHref(params, { text: textWithout(text, term.text) || null }),
    });
  }
  const chosen = (name: string, label: string | null) => {
    if (params.get(name) && label)
      chips.push({ key: name, label, removeHref: searchHref(params, { [name]: null }) });
  };
  const chosenDomain = need.domains.find((d) => d.code === params.get('domain'));
  chosen('domain', chosenDomain ? shortName(localName(locale, chosenDomain)) : null);
  chosen('language', params.get('language') && need.language ? localName(locale, need.language) : null);
  chosen('status', params.get('status') && need.status ? localName(locale, need.status) : null);
  if (prefecture && !need.prefectureFromText) {
    const label = t('search.need.from', { prefecture: localName(locale, prefecture) });
    chips.push({
      key: 'prefecture',
      label,
      removeHref: params.get('prefecture') ? searchHref(params, { prefecture: null }) : null,
    });
  }
  if (!chips.length) return null;
  return (
    <div className="need" data-testid="search-need">
      <p className="need__label" id="need-label">
        {t('search.need.label')}
      </p>
      <ul className="need-chips" aria-labelledby="need-label">
        {chips.map((chip) => (
          <li
            key={chip.key}
            className="chip chip--need"
            data-chip={chip.key}
            title={chip.typed ? t('search.need.typed', { text: chip.typed }) : undefined}
          >
            <span>{chip.label}</span>
            {chip.removeHref && (
              <Link
                to={chip.removeHref}
                className="chip__remove"
                aria-label={t('search.need.remove', { label: chip.label })}
              >
                ×
              </Link>
            )}
          </li>
        ))}
      </ul>
      {need.remainingText && (
        <p className="need__text">{t('search.need.remainingText', { text: need.remainingText })}</p>
      )}
      {need.language && (
        <p className="need__language" data-testid="language-switch">
          {need.languageRequired
            ? t('search.need.onlyLanguage', { language: localName(locale, need.language) })
            : t('search.need.allLanguages', { language: localName(locale, need.language) })}{' '}
          <Link to={searchHref(params, { otherLanguages: need.languageRequired ? 'true' : null })}>
            {need.languageRequired
              ? t('search.need.showOthers')
              : t('search.need.showOnly', { language: localName(locale, need.language) })}
          </Link>
        </p>
      )}
    </div>
  );
}
