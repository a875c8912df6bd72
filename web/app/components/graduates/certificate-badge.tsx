import type { CertificateStatus } from '~/generated/graphql';
import { useT } from '~/i18n/react';

/** The certificate state as a small badge; nothing when the viewer may not see it. */
export function CertificateBadge({ status }: { status: CertificateStatus | null | undefined }) {
  const t = useT();
  if (!status) return null;
  const tone = status === 'VALID' ? 'badge--place' : 'badge--pending';
  return <span className={`badge ${tone}`}>{t(`graduates.certificate.${status}`)}</span>;
}
