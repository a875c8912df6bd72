import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useNavigation } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { MIN_PASSWORD_LENGTH, NewPasswordFields } from '~/components/accounts/new-password-fields';
import { ChangePasswordDocument } from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { useT } from '~/i18n/react';
import { requireViewer } from '~/utils/auth.server';
import { ApiError, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'accounts.change.title');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireViewer(request);
  return null;
}

type Field = 'current' | 'password' | 'confirm';
type Result = { ok: true; revoked: number } | { ok: false; message: MessageKey; field: Field };

export async function action({ request }: ActionFunctionArgs) {
  await requireViewer(request);
  const form = await request.formData();
  const current = String(form.get('current') ?? '');
  const password = String(form.get('password') ?? '');
  const confirm = String(form.get('confirm') ?? '');
  const fail = (message: MessageKey, field: Field) =>
    data<Result>({ ok: false, message, field }, { status: 400 });
  if (!current) return fail('accounts.change.currentMissing', 'current');
  if (password.length < MIN_PASSWORD_LENGTH) return fail('accounts.password.tooShort', 'password');
  if (password !== confirm) return fail('accounts.password.mismatch', 'confirm');
  try {
    const { changePassword } = await gqlRequest(request, ChangePasswordDocument, {
      input: { currentPassword: current, newPassword: password },
    });
    return data<Result>({ ok: true, revoked: changePassword.revokedSessions });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
      return error.field === 'currentPassword'
        ? fail('accounts.change.currentWrong', 'current')
        : fail('accounts.password.tooShort', 'password');
    }
    throw error;
  }
}

export default function ChangePassword() {
  const t = useT();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const failed = result && !result.ok ? result : null;
  const describedBy = (field: Field) => (failed?.field === field ? 'change-message' : undefined);
  return (
    <div className="page page--narrow">
      <h1>{t('accounts.change.title')}</h1>
      <p>{t('accounts.change.intro')}</p>
      {result?.ok ? (
        <p className="form-message" role="status">
          {t('accounts.change.done', { count: result.revoked })}
        </p>
      ) : null}
      <Form method="post" className="form">
        {failed && (
          <p id="change-message" className="form-message form-message--error" role="alert">
            {t(failed.message)}
          </p>
        )}
        <div className="field">
          <label htmlFor="current">{t('accounts.change.current')}</label>
          <input
            id="current"
            name="current"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={failed?.field === 'current' || undefined}
            aria-describedby={describedBy('current')}
          />
        </div>
        <NewPasswordFields invalidField={failed?.field} messageId="change-message" />
        <button type="submit" className="button button--primary" disabled={submitting}>
          {t('accounts.change.submit')}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
