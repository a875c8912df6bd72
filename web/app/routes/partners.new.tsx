import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import {
  ERROR_MESSAGES,
  partnerActionError,
  statusOf,
  type PartnerActionResult,
} from '~/components/partners/action-result';
import { PartnerFormError } from '~/components/partners/partner-form-error';
import { PartnerFieldsForm, type PartnerFormValues } from '~/components/partners/partner-form';
import { readPartnerForm } from '~/components/partners/partner-form.server';
import { PartnerFormOptionsDocument, ProposePartnerDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'partners.new.title');

const PROPOSERS = ['COORDINATOR', 'ISA_ADMIN'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, PROPOSERS);
  try {
    return await gqlRequest(request, PartnerFormOptionsDocument, {});
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

type ProposeResult = PartnerActionResult & { values: PartnerFormValues };

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, PROPOSERS);
  const { values, fields } = readPartnerForm(await request.formData());
  try {
    const { proposePartner } = await gqlRequest(request, ProposePartnerDocument, { input: { fields } });
    return redirect(`/partners/${encodeURIComponent(proposePartner.partner.id)}`);
  } catch (error) {
    if (!(error instanceof ApiError) || !ERROR_MESSAGES[error.code]) throw apiErrorResponse(error);
    return data<ProposeResult>({ ...partnerActionError(error), values }, { status: statusOf(error) });
  }
}

const EMPTY: PartnerFormValues = {
  text: {},
  nationwide: false,
  sensitiveAddress: false,
  domains: [],
  languages: [],
};

export default function ProposePartner() {
  const options = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <p>
        <Link to="/partners">← {t('partners.title')}</Link>
      </p>
      <h1>{t('partners.new.title')}</h1>
      <p>{t('partners.new.intro')}</p>
      {result && <PartnerFormError result={result} />}
      <PartnerFieldsForm
        options={options}
        values={result?.values ?? EMPTY}
        submitLabel="partners.new.submit"
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
