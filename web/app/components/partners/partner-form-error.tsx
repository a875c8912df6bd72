import { Link } from '@remix-run/react';
import { useT } from '~/i18n/react';
import type { PartnerActionResult } from './action-result';

/** The alert above a partner form after a refused save. */
export function PartnerFormError({ result }: { result: PartnerActionResult }) {
  const t = useT();
  return (
    <div className="form-message form-message--error" role="alert">
      <p>{t(result.message, { field: result.field ?? '' })}</p>
      {result.existingPartnerId && (
        <p>
          <Link to={`/partners/${encodeURIComponent(result.existingPartnerId)}`}>
            {t('partners.error.conflictLink')}
          </Link>
        </p>
      )}
    </div>
  );
}
