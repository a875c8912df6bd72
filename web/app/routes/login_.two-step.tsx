import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { CompleteSignInDocument } from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { useT } from '~/i18n/react';
import { ApiError, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { safeRedirectPath } from '~/utils/redirects.server';
import { commitSession, getSession } from '~/utils/session.server';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'accounts.twoStep.signInTitle');

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  if (!session.get('secondFactorToken')) throw redirect('/login');
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  const secondFactorToken = session.get('secondFactorToken');
  if (!secondFactorToken) throw redirect('/login');
  const form = await request.formData();
  const code = String(form.get('code') ?? '').trim();
  const redirectTo = safeRedirectPath(form.get('redirectTo'));
  if (!code) return data({ message: 'accounts.twoStep.codeMissing' as MessageKey }, { status: 400 });
  try {
    const { completeSignIn } = await gqlRequest(
      request,
      CompleteSignInDocument,
      { input: { secondFactorToken, code } },
      { anonymous: true },
    );
    session.unset('secondFactorToken');
    session.set('sessionToken', completeSignIn.sessionToken!);
    return redirect(redirectTo, {
      headers: { 'Set-Cookie': await commitSession(session, new Date(completeSignIn.expiresAt!)) },
    });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.extensions.reason === 'CHALLENGE_EXPIRED') {
      session.unset('secondFactorToken');
      throw redirect('/login', { headers: { 'Set-Cookie': await commitSession(session) } });
    }
    if (error.code === 'UNAUTHENTICATED' || error.code === 'BAD_USER_INPUT') {
      return data({ message: 'accounts.twoStep.codeWrong' as MessageKey }, { status: 401 });
    }
    throw error;
  }
}

export default function TwoStepSignIn() {
  const t = useT();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const submitting = useNavigation().state === 'submitting';
  return (
    <div className="page page--narrow">
      <h1>{t('accounts.twoStep.signInTitle')}</h1>
      <p>{t('accounts.twoStep.signInIntro')}</p>
      <Form method="post" className="form">
        {result && (
          <p id="code-message" className="form-message form-message--error" role="alert">
            {t(result.message)}
          </p>
        )}
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? '/'} />
        <div className="field">
          <label htmlFor="code">{t('accounts.twoStep.code')}</label>
          <input
            id="code"
            name="code"
            autoComplete="one-time-code"
            inputMode="text"
            required
            maxLength={20}
            aria-invalid={result ? true : undefined}
            aria-describedby={result ? 'code-message' : 'code-hint'}
          />
          <p id="code-hint" className="hint">
            {t('accounts.twoStep.codeHint')}
          </p>
        </div>
        <button type="submit" className="button button--primary" disabled={submitting}>
          {t('login.submit')}
        </button>
      </Form>
      <p>
        <Link to="/login">{t('accounts.backToLogin')}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
