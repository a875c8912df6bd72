import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { WorkshopForm } from '~/components/workshops/workshop-form';
import { FormTimeError, workshopContentFrom } from '~/components/workshops/workshop-form.server';
import { CreateWorkshopDocument, WorkshopEditorDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'workshops.new');

const ORGANIZERS = ['WORKSHOP_ORGANIZER', 'ISA_ADMIN'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ORGANIZERS);
  try {
    return await gqlRequest(request, WorkshopEditorDocument, { id: '', withWorkshop: false });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ORGANIZERS);
  const form = await request.formData();
  try {
    const { createWorkshop } = await gqlRequest(request, CreateWorkshopDocument, {
      input: { content: workshopContentFrom(form) },
    });
    return redirect(`/workshops/${encodeURIComponent(createWorkshop.workshop.id)}`);
  } catch (error) {
    if (error instanceof FormTimeError)
      return data({ field: error.field, detail: error.message }, { status: 400 });
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data({ field: error.field, detail: error.message }, { status: 400 });
  }
}

export default function NewWorkshop() {
  const editor = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>() ?? null;
  const t = useT();
  return (
    <div className="page">
      <h1>{t('workshops.new')}</h1>
      <WorkshopForm editor={editor} workshop={null} error={error} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
