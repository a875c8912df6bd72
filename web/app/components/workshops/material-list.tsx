import { Link } from '@remix-run/react';
import { formatJst } from '~/components/bulletin/format';
import { useLocale, useT } from '~/i18n/react';
import type { WorkshopPageData } from './types';

/** Case materials the viewer may see (titles only; opening one is logged). */
export function MaterialList({ workshop, canSubmit }: { workshop: WorkshopPageData; canSubmit: boolean }) {
  const t = useT();
  const locale = useLocale();
  const id = encodeURIComponent(workshop.id);
  const materials = workshop.materials.edges.map((e) => e.node);
  return (
    <section aria-labelledby="materials-heading">
      <h2 id="materials-heading">{t('materials.heading')}</h2>
      <p className="hint">{t('materials.confidential')}</p>
      {canSubmit && (
        <p>
          <Link to={`/workshops/${id}/materials/new`} className="button button--secondary">
            {t('materials.submit')}
          </Link>
        </p>
      )}
      {materials.length === 0 ? (
        <p className="empty">{t('materials.none')}</p>
      ) : (
        <ul>
          {materials.map((m) => (
            <li key={m.id}>
              <Link to={`/workshops/${id}/materials/${encodeURIComponent(m.id)}`}>{m.title}</Link>{' '}
              <span className="badge">{t(`materials.status.${m.status}`)}</span>{' '}
              <span className="muted">
                {m.author.displayName} · {formatJst(locale, m.submittedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
