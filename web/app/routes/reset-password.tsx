import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { MIN_PASSWORD_LENGTH, NewPasswordFields } from '~/components/accounts/new-password-fields';
import { ResetPasswordDocument } from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { useT } from '~/i18n/react';
import { ApiError, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'accounts.reset.title');

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

const REASONS: Record<string, MessageKey> = {
  TOKEN_INVALID: 'accounts.reset.invalid',
  TOKEN_USED: 'accounts.reset.used',
  TOKEN_EXPIRED: 'accounts.reset.expired',
  ACCOUNT_DEACTIVATED: 'accounts.deactivatedRefusal',
};

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const token = String(form.get('token') ?? '');
  const password = String(form.get('password') ?? '');
  const confirm = String(form.get('confirm') ?? '');
  if (password.length < MIN_PASSWORD_LENGTH) {
    return data({ message: 'accounts.password.tooShort' as MessageKey, field: 'password' }, { status: 400 });
  }
  if (password !== confirm) {
    return data({ message: 'accounts.password.mismatch' as MessageKey, field: 'confirm' }, { status: 400 });
  }
  try {
    const { resetPassword } = await gqlRequest(
      request,
      ResetPasswordDocument,
      { input: { token, newPassword: password } },
      { anonymous: true },
    );
    return redirect(`/login?passwordSet=1&email=${encodeURIComponent(resetPassword.email)}`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const reason = String(error.extensions.reason ?? '');
    if (REASONS[reason]) return data({ message: REASONS[reason], field: 'token' }, { status: 400 });
    if (error.code === 'BAD_USER_INPUT') {
      return data(
        { message: 'accounts.password.tooShort' as MessageKey, field: 'password' },
        { status: 400 },
      );
    }
    throw error;
  }
}

export default function ResetPassword() {
  const t = useT();
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  return (
    <div className="page page--narrow">
      <h1>{t('accounts.reset.title')}</h1>
      <p>{t('accounts.reset.intro')}</p>
      <Form method="post" className="form">
        {result && (
          <p id="reset-message" className="form-message form-message--error" role="alert">
            {t(result.message)}
            {result.field === 'token' ? (
              <>
                {' '}
                <Link to="/forgot-password">{t('accounts.reset.askAgain')}</Link>
              </>
            ) : null}
          </p>
        )}
        <input type="hidden" name="token" value={token} />
        <NewPasswordFields invalidField={result?.field} messageId="reset-message" />
        <button type="submit" className="button button--primary" disabled={submitting}>
          {t('accounts.reset.submit')}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
