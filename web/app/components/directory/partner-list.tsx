import type { DirectoryPartnersQuery } from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

type Partner = DirectoryPartnersQuery['partners']['edges'][number]['node'];

export function PartnerList({ partners }: { partners: Partner[] }) {
  const t = useT();
  const locale = useLocale();
  if (partners.length === 0) return <p className="empty">{t('directory.partnersEmpty')}</p>;

  return (
    <ul className="partner-list">
      {partners.map((partner) => (
        <li key={partner.id} className="partner">
          <h3 className="partner__name">{partner.name}</h3>
          <p className="partner__tags">
            <span className="badge">{t(`directory.kind.${partner.kind}`)}</span>
            {partner.prefecture && (
              <span className="badge badge--place">{localName(locale, partner.prefecture)}</span>
            )}
            {partner.nationwide && <span className="badge badge--place">{t('directory.nationwide')}</span>}
            {partner.remote && <span className="badge">{t('directory.remote')}</span>}
            {partner.synthetic && <span className="badge badge--demo">{t('directory.synthetic')}</span>}
          </p>
          {partner.description && <p className="partner__description">{partner.description}</p>}
          <dl className="facts">
            {partner.domains.length > 0 && (
              <div>
                <dt>{t('directory.domains')}</dt>
                <dd>{localNames(locale, partner.domains)}</dd>
              </div>
            )}
            {partner.languages.length > 0 && (
              <div>
                <dt>{t('directory.languages')}</dt>
                <dd>{localNames(locale, partner.languages)}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
