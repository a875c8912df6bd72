import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import {
  ConfirmTwoStepEnrollmentDocument,
  DisableTwoStepDocument,
  StartTwoStepEnrollmentDocument,
} from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { useT } from '~/i18n/react';
import { requireViewer } from '~/utils/auth.server';
import { ApiError, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'accounts.twoStep.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return { enabled: viewer.twoStepEnabled, required: viewer.twoStepRequired };
}

type Result =
  | { step: 'enroll'; secret: string; otpauthUri: string; message?: MessageKey }
  | { step: 'codes'; recoveryCodes: string[] }
  | { step: 'disabled' }
  | { step: 'error'; message: MessageKey };

export async function action({ request }: ActionFunctionArgs) {
  await requireViewer(request);
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  try {
    if (intent === 'start') {
      const { startTwoStepEnrollment } = await gqlRequest(request, StartTwoStepEnrollmentDocument, {});
      return data<Result>({ step: 'enroll', ...startTwoStepEnrollment });
    }
    if (intent === 'confirm') {
      const code = String(form.get('code') ?? '').trim();
      try {
        const { confirmTwoStepEnrollment } = await gqlRequest(request, ConfirmTwoStepEnrollmentDocument, {
          code,
        });
        return data<Result>({ step: 'codes', recoveryCodes: confirmTwoStepEnrollment.recoveryCodes });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
          return data<Result>(
            {
              step: 'enroll',
              secret: String(form.get('secret') ?? ''),
              otpauthUri: String(form.get('otpauthUri') ?? ''),
              message: 'accounts.twoStep.codeWrong',
            },
            { status: 400 },
          );
        }
        throw error;
      }
    }
    if (intent === 'disable') {
      await gqlRequest(request, DisableTwoStepDocument, {
        currentPassword: String(form.get('currentPassword') ?? ''),
      });
      return data<Result>({ step: 'disabled' });
    }
    throw new Response('Bad Request', { status: 400 });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === 'BAD_USER_INPUT') {
      return data<Result>({ step: 'error', message: 'accounts.change.currentWrong' }, { status: 400 });
    }
    if (error.code === 'FORBIDDEN') {
      return data<Result>({ step: 'error', message: 'accounts.twoStep.cannotDisable' }, { status: 403 });
    }
    throw error;
  }
}

export default function TwoStep() {
  const t = useT();
  const { enabled, required } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const submitting = useNavigation().state === 'submitting';

  if (result?.step === 'codes') {
    return (
      <div className="page page--narrow">
        <h1>{t('accounts.twoStep.title')}</h1>
        <p className="form-message" role="status">
          {t('accounts.twoStep.enabledNow')}
        </p>
        <h2>{t('accounts.twoStep.recoveryTitle')}</h2>
        <p>{t('accounts.twoStep.recoveryIntro')}</p>
        <ul className="recovery-codes">
          {result.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>{t('accounts.twoStep.title')}</h1>
      {searchParams.get('required') === '1' || (required && !enabled) ? (
        <p className="form-message form-message--error" role="alert">
          {t('accounts.twoStep.requiredNotice')}
        </p>
      ) : null}
      {result?.step === 'error' ? (
        <p className="form-message form-message--error" role="alert">
          {t(result.message)}
        </p>
      ) : null}
      {result?.step === 'disabled' ? (
        <p className="form-message" role="status">
          {t('accounts.twoStep.disabledNow')}
        </p>
      ) : null}
      <p>{t('accounts.twoStep.intro')}</p>
      {result?.step === 'enroll' ? (
        <Form method="post" className="form">
          {result.message ? (
            <p id="confirm-message" className="form-message form-message--error" role="alert">
              {t(result.message)}
            </p>
          ) : null}
          <p>{t('accounts.twoStep.addSecret')}</p>
          <p>
            <code>{result.secret}</code>
          </p>
          <p>
            <a href={result.otpauthUri}>{t('accounts.twoStep.openInApp')}</a>
          </p>
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="secret" value={result.secret} />
          <input type="hidden" name="otpauthUri" value={result.otpauthUri} />
          <div className="field">
            <label htmlFor="code">{t('accounts.twoStep.codeFromApp')}</label>
            <input
              id="code"
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9]{6}"
              required
              aria-describedby={result.message ? 'confirm-message' : undefined}
            />
          </div>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {t('accounts.twoStep.confirm')}
          </button>
        </Form>
      ) : enabled && result?.step !== 'disabled' ? (
        <>
          <p>{t('accounts.twoStep.isOn')}</p>
          {!required ? (
            <Form method="post" className="form">
              <input type="hidden" name="intent" value="disable" />
              <div className="field">
                <label htmlFor="currentPassword">{t('accounts.change.current')}</label>
                <input
                  id="currentPassword"
                  name="currentPassword"
                  type="password"
                  autoComplete="current-password"
                  required
                />
              </div>
              <button type="submit" className="button button--secondary" disabled={submitting}>
                {t('accounts.twoStep.disable')}
              </button>
            </Form>
          ) : null}
        </>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="start" />
          <button type="submit" className="button button--primary" disabled={submitting}>
            {t('accounts.twoStep.start')}
          </button>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
