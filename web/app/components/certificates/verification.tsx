import type { CertificateKind, CertificateState } from '~/generated/graphql';
import { useT } from '~/i18n/react';

/** The only facts a public verification shows: state, the holder's chosen name, the kind of certificate. */
export function VerificationFacts({
  verification,
}: {
  verification: { state: CertificateState; holderName: string; kind: CertificateKind };
}) {
  const t = useT();
  return (
    <dl className="facts" data-testid="verification">
      <dt>{t('verify.stateHeading')}</dt>
      <dd>
        <strong className={`badge verify-state verify-state--${verification.state.toLowerCase()}`}>
          {t(`verify.state.${verification.state}`)}
        </strong>
      </dd>
      <dt>{t('verify.holder')}</dt>
      <dd>{verification.holderName}</dd>
      <dt>{t('verify.kindHeading')}</dt>
      <dd>{t(`verify.kind.${verification.kind}`)}</dd>
    </dl>
  );
}
