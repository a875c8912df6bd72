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
import { PartnerFieldsForm, type PartnerFormValues } from '~/components/partners/partner-form';
import { PartnerFormError } from '~/components/partners/partner-form-error';
import { partnerFormValues, readPartnerForm } from '~/components/partners/partner-form.server';
import { PartnerEditDocument, UpdatePartnerDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [
  { title: page ? `${page.partner.name} | つなぐ Tsunagu` : 'つなぐ Tsunagu' },
];

/** Who may propose edits (the API records the author; ISA keeps the national reference organizations). */
const EDITORS = ['COORDINATOR', 'ISA_ADMIN'] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, EDITORS);
  try {
    const { partner, prefectures, supportDomains, languages } = await gqlRequest(
      request,
      PartnerEditDocument,
      {
        id: params.id ?? '',
      },
    );
    return {
      partner: { id: partner.id, name: partner.name, addressWithheld: partner.addressWithheld },
      options: { prefectures, supportDomains, languages },
      values: partnerFormValues(partner),
    };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

type EditResult = PartnerActionResult & { values: PartnerFormValues };

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, EDITORS);
  const partnerId = params.id ?? '';
  const { values, fields } = readPartnerForm(await request.formData());
  try {
    const { updatePartner } = await gqlRequest(request, UpdatePartnerDocument, {
      input: { partnerId, fields },
    });
    const done = updatePartner.change ? 'edit' : 'unchanged';
    return redirect(`/partners/${encodeURIComponent(partnerId)}?done=${done}`);
  } catch (error) {
    if (!(error instanceof ApiError) || !ERROR_MESSAGES[error.code]) throw apiErrorResponse(error);
    return data<EditResult>({ ...partnerActionError(error), values }, { status: statusOf(error) });
  }
}

export default function EditPartner() {
  const { partner, options, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <p>
        <Link to={`/partners/${encodeURIComponent(partner.id)}`}>← {partner.name}</Link>
      </p>
      <h1>{t('partners.edit.title')}</h1>
      <p>{t('partners.edit.intro')}</p>
      {partner.addressWithheld && <p className="hint">{t('partners.edit.addressWithheld')}</p>}
      {result && <PartnerFormError result={result} />}
      <PartnerFieldsForm
        options={options}
        values={result?.values ?? values}
        submitLabel="partners.edit.submit"
        withAddress={!partner.addressWithheld}
        withDetails
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
