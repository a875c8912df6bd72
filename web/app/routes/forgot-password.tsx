import { data, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { RequestPasswordResetDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { ApiError, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'accounts.forgot.title');

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get('email') ?? '').trim();
  if (!email) return data({ outcome: 'invalid' as const, minutes: 0 }, { status: 400 });
  try {
    await gqlRequest(request, RequestPasswordResetDocument, { input: { email } }, { anonymous: true });
    return { outcome: 'sent' as const, minutes: 0 };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === 'BAD_USER_INPUT')
      return data({ outcome: 'invalid' as const, minutes: 0 }, { status: 400 });
    if (error.code === 'TOO_MANY_ATTEMPTS') {
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
      return data({ outcome: 'tooMany' as const, minutes }, { status: 429 });
    }
    throw error;
  }
}

export default function ForgotPassword() {
  const t = useT();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  return (
    <div className="page page--narrow">
      <h1>{t('accounts.forgot.title')}</h1>
      {result?.outcome === 'sent' ? (
        <p className="form-message" role="status">
          {t('accounts.forgot.sent')}
        </p>
      ) : (
        <>
          <p>{t('accounts.forgot.intro')}</p>
          <Form method="post" className="form">
            {result && (
              <p id="forgot-message" className="form-message form-message--error" role="alert">
                {result.outcome === 'tooMany'
                  ? t('accounts.forgot.tooMany', { minutes: result.minutes })
                  : t('accounts.forgot.invalid')}
              </p>
            )}
            <div className="field">
              <label htmlFor="email">{t('login.email')}</label>
              <input
                id="email"
                name="email"
                type="email"
                autoComplete="username"
                required
                aria-describedby={result ? 'forgot-message' : undefined}
              />
            </div>
            <button type="submit" className="button button--primary" disabled={submitting}>
              {t('accounts.forgot.submit')}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t('accounts.backToLogin')}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
