import { Link } from '@remix-run/react';
import { formatJst } from '~/components/bulletin/format';
import type { InsightFieldsFragment } from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

/** One insight of the knowledge base. */
export function InsightCard({ insight }: { insight: InsightFieldsFragment }) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="card" aria-labelledby={`insight-${insight.id}`}>
      <h2 id={`insight-${insight.id}`} className="card__title">
        {insight.title}
      </h2>
      <p className="card__body">{insight.lesson}</p>
      <p className="muted">
        {localNames(locale, insight.domains)}
        {insight.bureau ? ` · ${localName(locale, insight.bureau)}` : ` · ${t('knowledge.allRegions')}`}
        {' · '}
        {insight.publishedBy.displayName} · {formatJst(locale, insight.publishedAt)}
        {insight.workshopId && insight.workshopTitle && (
          <>
            {' · '}
            <Link to={`/workshops/${encodeURIComponent(insight.workshopId)}`}>{insight.workshopTitle}</Link>
          </>
        )}
      </p>
    </article>
  );
}
