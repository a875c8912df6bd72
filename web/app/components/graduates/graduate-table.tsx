import { Link } from '@remix-run/react';
import type { CertificateStatus } from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { CertificateBadge } from './certificate-badge';

type Named = { code: string; nameJa: string; nameEn: string };

/** The fields a graduate row shows; the graduate directory also asks for the expert flag and certificate. */
export interface GraduateRow {
  id: string;
  displayName: string;
  cohort: number;
  synthetic: boolean;
  email?: string | null;
  prefecture: Named;
  domains: Named[];
  languages: Named[];
  expert?: boolean;
  certificateStatus?: CertificateStatus | null;
}

/**
 * Graduates as a table (the graduate directory and the /directory page). `linkProfiles` links each
 * name to its profile page; `headingId` names the heading that labels the scrollable region.
 */
export function GraduateTable({
  graduates,
  headingId,
  linkProfiles,
}: {
  graduates: GraduateRow[];
  headingId: string;
  linkProfiles: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  if (graduates.length === 0) return <p className="empty">{t('directory.coordinatorsEmpty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
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
                {linkProfiles ? (
                  <Link to={`/graduates/${encodeURIComponent(g.id)}`}>{g.displayName}</Link>
                ) : (
                  g.displayName
                )}
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
