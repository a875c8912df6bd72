import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { SignInDocument } from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { useT } from '~/i18n/react';
import { getViewer } from '~/utils/auth.server';
import { ApiError, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { safeRedirectPath } from '~/utils/redirects.server';
import { commitSession, getSession } from '~/utils/session.server';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'login.title');

export async function loader({ request }: LoaderFunctionArgs) {
  // Already signed in: go where the user was heading.
  if (await getViewer(request)) {
    throw redirect(safeRedirectPath(new URL(request.url).searchParams.get('redirectTo')));
  }
  return null;
}

type FormField = 'email' | 'password';

interface LoginFailure {
  message: MessageKey;
  params?: Record<string, number>;
  field?: FormField;
  email: string;
}

function failure(status: number, body: LoginFailure) {
  return data(body, { status });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const redirectTo = safeRedirectPath(form.get('redirectTo'));

  if (!email || !password) {
    return failure(400, { message: 'login.error.missing', field: !email ? 'email' : 'password', email });
  }

  try {
    const { signIn } = await gqlRequest(
      request,
      SignInDocument,
      { input: { email, password } },
      { anonymous: true },
    );
    const session = await getSession(request);
    if (signIn.secondFactorToken) {
      session.unset('sessionToken');
      session.set('secondFactorToken', signIn.secondFactorToken);
      return redirect(`/login/two-step?redirectTo=${encodeURIComponent(redirectTo)}`, {
        headers: { 'Set-Cookie': await commitSession(session) },
      });
    }
    if (!signIn.sessionToken || !signIn.expiresAt)
      throw new Error('signIn answered neither a session nor a step');
    session.set('sessionToken', signIn.sessionToken);
    return redirect(redirectTo, {
      headers: { 'Set-Cookie': await commitSession(session, new Date(signIn.expiresAt)) },
    });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    switch (error.code) {
      case 'BAD_USER_INPUT': {
        const field = error.field === 'email' || error.field === 'password' ? error.field : undefined;
        return failure(400, { message: 'login.error.invalid', field, email });
      }
      case 'UNAUTHENTICATED':
        return failure(401, { message: 'login.error.wrongCredentials', email });
      case 'FORBIDDEN':
        return failure(403, { message: 'accounts.deactivatedRefusal', email });
      case 'TOO_MANY_ATTEMPTS': {
        const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
        return failure(429, { message: 'login.error.tooManyAttempts', params: { minutes }, email });
      }
      default:
        console.error('[tsunagu-web] signIn failed', error);
        return failure(500, { message: 'login.error.unexpected', email });
    }
  }
}

export default function Login() {
  const t = useT();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const submitting = useNavigation().state === 'submitting';
  const messageId = 'login-message';
  const describedBy = (field: FormField) => (result?.field === field ? messageId : undefined);

  return (
    <div className="page page--narrow">
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      {searchParams.get('passwordSet') === '1' && !result ? (
        <p className="form-message" role="status">
          {t('accounts.passwordSet')}
        </p>
      ) : null}
      <Form method="post" className="form">
        {result && (
          <p id={messageId} className="form-message form-message--error" role="alert">
            {t(result.message, result.params)}
          </p>
        )}
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? '/'} />
        <div className="field">
          <label htmlFor="email">{t('login.email')}</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={result?.email ?? searchParams.get('email') ?? undefined}
            aria-invalid={result?.field === 'email' || undefined}
            aria-describedby={describedBy('email')}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t('login.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={result?.field === 'password' || undefined}
            aria-describedby={describedBy('password')}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={submitting}>
          {t('login.submit')}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t('accounts.forgotLink')}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
