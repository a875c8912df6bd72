import { data, redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { RedeemInvitationDocument } from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { useT } from '~/i18n/react';
import { ApiError, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { commitSession, getSession } from '~/utils/session.server';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'invite.title');

type Field = 'code' | 'email' | 'password' | 'passwordAgain';
interface Failure {
  message: MessageKey;
  field?: Field;
  detail?: string;
  code: string;
  email: string;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const code = String(form.get('code') ?? '').trim();
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const fail = (body: Omit<Failure, 'code' | 'email'>) =>
    data<Failure>({ ...body, code, email }, { status: 400 });
  if (!code || !email || !password) return fail({ message: 'invite.error.missing' });
  if (password !== String(form.get('passwordAgain') ?? '')) {
    return fail({ message: 'invite.error.mismatch', field: 'passwordAgain' });
  }
  try {
    const { redeemInvitation } = await gqlRequest(
      request,
      RedeemInvitationDocument,
      { input: { code, email, password } },
      { anonymous: true },
    );
    const session = await getSession(request);
    session.set('sessionToken', redeemInvitation.sessionToken);
    return redirect('/profile', {
      headers: {
        'Set-Cookie': await commitSession(session, new Date(redeemInvitation.viewer.sessionExpiresAt)),
      },
    });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    const field = (['code', 'email', 'password'] as const).find((f) => f === error.field);
    return fail({ message: 'invite.error.refused', field, detail: error.message });
  }
}

export default function Invite() {
  const t = useT();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === 'submitting';
  const invalid = (field: Field) => failure?.field === field || undefined;
  return (
    <div className="page page--narrow">
      <h1>{t('invite.title')}</h1>
      <p>{t('invite.intro')}</p>
      <Form method="post" className="form">
        {failure && (
          <p id="invite-message" className="form-message form-message--error" role="alert">
            {t(failure.message)} {failure.detail}
          </p>
        )}
        <div className="field">
          <label htmlFor="code">{t('invite.code')}</label>
          <input
            id="code"
            name="code"
            required
            autoComplete="one-time-code"
            defaultValue={failure?.code ?? params.get('code') ?? ''}
            aria-invalid={invalid('code')}
          />
        </div>
        <div className="field">
          <label htmlFor="email">{t('login.email')}</label>
          <input
            id="email"
            name="email"
            type="email"
            required
            autoComplete="username"
            defaultValue={failure?.email}
            aria-invalid={invalid('email')}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t('login.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            required
            minLength={12}
            autoComplete="new-password"
            aria-invalid={invalid('password')}
          />
          <p className="cell-note">{t('invite.passwordHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="passwordAgain">{t('invite.passwordAgain')}</label>
          <input
            id="passwordAgain"
            name="passwordAgain"
            type="password"
            required
            minLength={12}
            autoComplete="new-password"
            aria-invalid={invalid('passwordAgain')}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('invite.submit')}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
