import type { DirectoryCoordinatorsQuery } from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

type Coordinator = DirectoryCoordinatorsQuery['coordinators']['edges'][number]['node'];

export function CoordinatorTable({ coordinators }: { coordinators: Coordinator[] }) {
  const t = useT();
  const locale = useLocale();
  if (coordinators.length === 0) return <p className="empty">{t('directory.coordinatorsEmpty')}</p>;

  return (
    <div className="table-scroll" role="region" aria-labelledby="coordinators-heading" tabIndex={0}>
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
          {coordinators.map((coordinator) => (
            <tr key={coordinator.id}>
              <th scope="row">
                {coordinator.displayName}
                <span className="cell-note">{t('directory.cohort', { year: coordinator.cohort })}</span>
                {coordinator.synthetic && (
                  <span className="badge badge--demo">{t('directory.synthetic')}</span>
                )}
              </th>
              <td>{localName(locale, coordinator.prefecture)}</td>
              <td>{localNames(locale, coordinator.domains)}</td>
              <td>{localNames(locale, coordinator.languages)}</td>
              <td>
                {coordinator.email ? <a href={`mailto:${coordinator.email}`}>{coordinator.email}</a> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
