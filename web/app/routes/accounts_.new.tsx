import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { AccountPrefecturesDocument, CreateStaffAccountDocument, type Role } from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'accounts.create.title');

const STAFF_ROLES: readonly Role[] = ['ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('accounts'));
  try {
    const { prefectures } = await gqlRequest(request, AccountPrefecturesDocument, {});
    return { prefectures };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

type Field = 'email' | 'displayName' | 'role' | 'prefectureCode';
interface Failure {
  message: MessageKey;
  field?: Field;
  values: Record<string, string>;
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, routeRolesFor('accounts'));
  const form = await request.formData();
  const values = {
    email: String(form.get('email') ?? '').trim(),
    displayName: String(form.get('displayName') ?? '').trim(),
    role: String(form.get('role') ?? ''),
    prefectureCode: String(form.get('prefectureCode') ?? ''),
    locale: String(form.get('locale') ?? 'ja'),
  };
  const fail = (message: MessageKey, field?: Field) =>
    data<Failure>({ message, field, values }, { status: 400 });
  if (!STAFF_ROLES.includes(values.role as Role)) return fail('accounts.create.roleMissing', 'role');
  try {
    await gqlRequest(request, CreateStaffAccountDocument, {
      input: {
        email: values.email,
        displayName: values.displayName,
        role: values.role as Role,
        prefectureCode: values.prefectureCode || null,
        locale: values.locale === 'en' ? 'en' : 'ja',
      },
    });
    return redirect(`/accounts?q=${encodeURIComponent(values.email)}&created=1`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === 'CONFLICT') return fail('accounts.create.emailTaken', 'email');
    if (error.code === 'BAD_USER_INPUT') {
      switch (error.field) {
        case 'email':
          return fail('accounts.create.emailInvalid', 'email');
        case 'displayName':
          return fail('accounts.create.nameInvalid', 'displayName');
        case 'prefectureCode':
          return fail('accounts.create.prefectureRequired', 'prefectureCode');
        default:
          return fail('accounts.create.roleMissing', 'role');
      }
    }
    throw apiErrorResponse(error);
  }
}

export default function CreateAccount() {
  const t = useT();
  const locale = useLocale();
  const { prefectures } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const v = result?.values;
  const invalid = (field: Field) => (result?.field === field ? true : undefined);
  const describedBy = (field: Field) => (result?.field === field ? 'create-message' : undefined);
  return (
    <div className="page page--narrow">
      <h1>{t('accounts.create.title')}</h1>
      <p>{t('accounts.create.intro')}</p>
      <Form method="post" className="form">
        {result && (
          <p id="create-message" className="form-message form-message--error" role="alert">
            {t(result.message)}
          </p>
        )}
        <div className="field">
          <label htmlFor="displayName">{t('accounts.name')}</label>
          <input
            id="displayName"
            name="displayName"
            required
            maxLength={100}
            defaultValue={v?.displayName}
            aria-invalid={invalid('displayName')}
            aria-describedby={describedBy('displayName')}
          />
        </div>
        <div className="field">
          <label htmlFor="email">{t('accounts.email')}</label>
          <input
            id="email"
            name="email"
            type="email"
            required
            defaultValue={v?.email}
            aria-invalid={invalid('email')}
            aria-describedby={describedBy('email')}
          />
        </div>
        <fieldset aria-describedby={describedBy('role')}>
          <legend>{t('accounts.role')}</legend>
          {STAFF_ROLES.map((role) => (
            <label key={role} className="checkbox">
              <input type="radio" name="role" value={role} required defaultChecked={v?.role === role} />{' '}
              {t(`role.${role}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="prefectureCode">{t('accounts.manage.prefecture')}</label>
          <select
            id="prefectureCode"
            name="prefectureCode"
            defaultValue={v?.prefectureCode ?? ''}
            aria-invalid={invalid('prefectureCode')}
            aria-describedby={describedBy('prefectureCode') ?? 'prefecture-hint'}
          >
            <option value="">{t('accounts.manage.none')}</option>
            {prefectures.map((p) => (
              <option key={p.code} value={p.code}>
                {locale === 'ja' ? p.nameJa : p.nameEn}
              </option>
            ))}
          </select>
          <p id="prefecture-hint" className="hint">
            {t('accounts.create.prefectureHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="locale">{t('accounts.create.locale')}</label>
          <select id="locale" name="locale" defaultValue={v?.locale ?? 'ja'}>
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={submitting}>
          {t('accounts.create.submit')}
        </button>
      </Form>
      <p>
        <Link to="/accounts">{t('accounts.create.back')}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
