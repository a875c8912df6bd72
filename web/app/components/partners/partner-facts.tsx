import type { PartnerPageQuery } from '~/generated/graphql';
import type { Locale } from '~/i18n';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

type Partner = PartnerPageQuery['partner'];

// Fixed to Japan time so the server render and the browser agree.
export function formatWhen(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'Asia/Tokyo',
  }).format(date);
}

/** Reference data (domains, languages) as a plain list of names in the reader's language. */
function NameList({
  locale,
  named,
}: {
  locale: Locale;
  named: readonly { code: string; nameJa: string; nameEn: string }[];
}) {
  return (
    <ul className="facts__list">
      {named.map((item) => (
        <li key={item.code}>{localName(locale, item)}</li>
      ))}
    </ul>
  );
}

/** Contact, address (or the notice that it is protected), domains and languages, service details and provenance. */
export function PartnerFacts({ partner }: { partner: Partner }) {
  const t = useT();
  const locale = useLocale();
  const by = (name: string | null | undefined) => (name ? t('partners.by', { name }) : '');
  const address = partner.address;
  return (
    <>
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t('partners.contact')}</h2>
        <dl className="facts">
          {partner.url && (
            <div>
              <dt>{t('partners.url')}</dt>
              <dd>
                <a href={partner.url} rel="noopener noreferrer nofollow">
                  {partner.url}
                </a>
              </dd>
            </div>
          )}
          {partner.email && (
            <div>
              <dt>{t('partners.email')}</dt>
              <dd>{partner.email}</dd>
            </div>
          )}
          {partner.phones.length > 0 && (
            <div>
              <dt>{t('partners.phones')}</dt>
              <dd>{partner.phones.join(' / ')}</dd>
            </div>
          )}
          <div>
            <dt>{t('partners.address')}</dt>
            <dd>
              {partner.addressWithheld ? (
                <span className="notice">{t('partners.addressWithheld')}</span>
              ) : address ? (
                [
                  address.postalCode ? `〒${address.postalCode}` : null,
                  address.prefecture ? localName(locale, address.prefecture) : null,
                  address.municipality,
                  address.addressLine,
                ]
                  .filter(Boolean)
                  .join(' ')
              ) : (
                '—'
              )}
            </dd>
          </div>
          {partner.domains.length > 0 && (
            <div>
              <dt>{t('partners.domains')}</dt>
              <dd>
                <NameList locale={locale} named={partner.domains} />
              </dd>
            </div>
          )}
          {partner.languages.length > 0 && (
            <div>
              <dt>{t('partners.languages')}</dt>
              <dd>
                <NameList locale={locale} named={partner.languages} />
              </dd>
            </div>
          )}
          {partner.openingHours && (
            <div>
              <dt>{t('partners.openingHours')}</dt>
              <dd>{partner.openingHours}</dd>
            </div>
          )}
          {partner.fees && (
            <div>
              <dt>{t('partners.fees')}</dt>
              <dd>{partner.fees}</dd>
            </div>
          )}
          {partner.eligibility && (
            <div>
              <dt>{t('partners.eligibility')}</dt>
              <dd>{partner.eligibility}</dd>
            </div>
          )}
          {partner.acceptedStatuses.length > 0 && (
            <div>
              <dt>{t('partners.acceptedStatuses')}</dt>
              <dd>{localNames(locale, partner.acceptedStatuses)}</dd>
            </div>
          )}
          {partner.serviceArea.length > 0 && (
            <div>
              <dt>{t('partners.serviceArea')}</dt>
              <dd>{localNames(locale, partner.serviceArea)}</dd>
            </div>
          )}
          {partner.remoteModes.length > 0 && (
            <div>
              <dt>{t('partners.remoteModes')}</dt>
              <dd>{partner.remoteModes.map((m) => t(`partners.remoteMode.${m}`)).join(' / ')}</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="provenance-heading">
        <h2 id="provenance-heading">{t('partners.provenance')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('partners.createdAt')}</dt>
            <dd>
              {formatWhen(locale, partner.createdAt) || '—'}
              {by(partner.createdByName)}
            </dd>
          </div>
          <div>
            <dt>{t('partners.updatedAt')}</dt>
            <dd>{formatWhen(locale, partner.updatedAt) || '—'}</dd>
          </div>
          <div>
            <dt>{t('partners.verifiedAt')}</dt>
            <dd>
              {partner.verifiedByIsa ? formatWhen(locale, partner.verifiedAt) || '✓' : t('partners.never')}
            </dd>
          </div>
          <div>
            <dt>{t('partners.lastConfirmedAt')}</dt>
            <dd>
              {partner.lastConfirmedAt ? formatWhen(locale, partner.lastConfirmedAt) : t('partners.never')}
              {by(partner.lastConfirmedByName)}
            </dd>
          </div>
        </dl>
        <h3>{t('partners.history')}</h3>
        {partner.recentChanges.length === 0 ? (
          <p className="empty">{t('partners.historyEmpty')}</p>
        ) : (
          <ul>
            {partner.recentChanges.map((change) => (
              <li key={change.id}>
                {formatWhen(locale, change.at)} — {t(`partners.change.${change.summary as 'CREATED'}`)}
                {by(change.authorName ?? t('partners.someone'))}: {change.fields.join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
