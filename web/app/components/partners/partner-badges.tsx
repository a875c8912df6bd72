import type { PartnerSummaryFragment } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

/** Kind, place, verified / stale / protected badges and the trust summary of a partner. */
export function PartnerBadges({ partner }: { partner: PartnerSummaryFragment }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p className="partner__tags">
        <span className="badge">{t(`directory.kind.${partner.kind}`)}</span>
        {partner.prefecture && (
          <span className="badge badge--place">{localName(locale, partner.prefecture)}</span>
        )}
        {partner.nationwide && <span className="badge badge--place">{t('directory.nationwide')}</span>}
        {partner.remote && <span className="badge">{t('directory.remote')}</span>}
        {partner.verifiedByIsa && (
          <span className="badge badge--verified">{t('partners.badge.verified')}</span>
        )}
        {partner.stale && <span className="badge badge--pending">{t('partners.badge.stale')}</span>}
        {partner.sensitiveAddress && <span className="badge">{t('partners.badge.sensitive')}</span>}
        {partner.synthetic && <span className="badge badge--demo">{t('directory.synthetic')}</span>}
      </p>
      <p className="partner__trust">
        {t('partners.trustSummary', {
          referrals: partner.trust.referralCount,
          resolved: partner.trust.resolvedCount,
          endorsements: partner.trust.endorsementCount,
        })}
      </p>
    </>
  );
}
