import { Link } from '@remix-run/react';
import type { GraduatesDirectoryQuery } from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { CertificateBadge } from './certificate-badge';

type Graduate = GraduatesDirectoryQuery['coordinators']['edges'][number]['node'];

export function GraduateTable({ graduates }: { graduates: Graduate[] }) {
  const t = useT();
  const locale = useLocale();
  if (graduates.length === 0) return <p className="empty">{t('directory.coordinatorsEmpty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="graduates-heading" tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('directory.name')}</th>
            <th scope="col">{t('directory.prefecture')}</th>
            <th scope="col">{t('directory.domains')}</th>
            <th scope="col">{t('directory.languages')}</th>
            <th scope="col">{t('directory.email')}</th>
          </tr>
        </thead>
        <tbody>
          {graduates.map((g) => (
            <tr key={g.id}>
              <th scope="row">
                <Link to={`/graduates/${encodeURIComponent(g.id)}`}>{g.displayName}</Link>
                <span className="cell-note">{t('directory.cohort', { year: g.cohort })}</span>
                {g.expert && <span className="badge badge--place">{t('graduates.expert')}</span>}
                <CertificateBadge status={g.certificateStatus} />
                {g.synthetic && <span className="badge badge--demo">{t('directory.synthetic')}</span>}
              </th>
              <td>{localName(locale, g.prefecture)}</td>
              <td>{localNames(locale, g.domains)}</td>
              <td>{localNames(locale, g.languages)}</td>
              <td>{g.email ? <a href={`mailto:${g.email}`}>{g.email}</a> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
