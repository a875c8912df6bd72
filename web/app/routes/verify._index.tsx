import { data, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { VerificationFacts } from '~/components/certificates/verification';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { VerifyBadgePageDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'verify.title');

const MAX_BADGE_CHARS = 20_000;

/** Public: checks a pasted badge (VC-JWT) against the portal's keys. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const jwt = String(form.get('jwt') ?? '')
    .trim()
    .slice(0, MAX_BADGE_CHARS);
  if (!jwt) return data({ check: null }, { status: 400 });
  try {
    const { verifyBadge } = await gqlRequest(request, VerifyBadgePageDocument, { jwt }, { anonymous: true });
    return { check: verifyBadge };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function VerifyBadge() {
  const result = useActionData<typeof action>();
  const t = useT();
  const check = result?.check;
  return (
    <div className="page">
      <h1>{t('verify.title')}</h1>
      <p className="lead">{t('verify.lead')}</p>
      <Form method="post" className="form" aria-labelledby="badge-heading">
        <h2 id="badge-heading">{t('verify.badgeHeading')}</h2>
        <div className="field">
          <label htmlFor="jwt">{t('verify.badgeLabel')}</label>
          <textarea id="jwt" name="jwt" rows={6} required spellCheck={false} />
        </div>
        <button type="submit" className="button button--primary">
          {t('verify.check')}
        </button>
      </Form>
      {check && (
        <section aria-live="polite" data-testid="badge-check">
          {check.problem ? (
            <p className="form-message form-message--error" role="alert">
              {t(`verify.problem.${check.problem}`)}
            </p>
          ) : (
            <p className="form-message">{t('verify.signatureValid')}</p>
          )}
          {check.verification && <VerificationFacts verification={check.verification} />}
        </section>
      )}
      <p className="hint">{t('verify.onlyThese')}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
