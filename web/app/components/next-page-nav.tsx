import { Link } from '@remix-run/react';
import { useT } from '~/i18n/react';
import { withParams } from '~/utils/query-string';

interface Props {
  searchParams: URLSearchParams;
  /** The query parameter that carries this list's cursor (a page may have more than one list). */
  cursorParam: string;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** What is being paged, for the nav's accessible name. */
  label: string;
}

/** Forward-only cursor paging as plain links, so it works without JavaScript. */
export function NextPageNav({ searchParams, cursorParam, pageInfo, label }: Props) {
  const t = useT();
  const onLaterPage = searchParams.has(cursorParam);
  const hasNext = pageInfo.hasNextPage && pageInfo.endCursor !== null;
  if (!onLaterPage && !hasNext) return null;
  return (
    <nav className="pager" aria-label={`${label}: ${t('pagination.label')}`}>
      {onLaterPage && (
        <Link to={withParams(searchParams, { [cursorParam]: null })} preventScrollReset>
          {t('pagination.first')}
        </Link>
      )}
      {hasNext && (
        <Link
          to={withParams(searchParams, { [cursorParam]: pageInfo.endCursor })}
          preventScrollReset
          rel="next"
        >
          {t('pagination.next')}
        </Link>
      )}
    </nav>
  );
}
