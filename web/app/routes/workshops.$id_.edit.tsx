import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { WorkshopForm } from '~/components/workshops/workshop-form';
import { FormTimeError, workshopContentFrom } from '~/components/workshops/workshop-form.server';
import { UpdateWorkshopDocument, WorkshopEditorDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'workshops.edit');

const ORGANIZERS = ['WORKSHOP_ORGANIZER', 'ISA_ADMIN'] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ORGANIZERS);
  try {
    const editor = await gqlRequest(request, WorkshopEditorDocument, { id: params.id!, withWorkshop: true });
    if (!editor.workshop) throw new Response('Not found', { status: 404 });
    if (!editor.workshop.viewerIsOrganizer) throw new Response('Forbidden', { status: 403 });
    return { ...editor, workshop: editor.workshop };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, ORGANIZERS);
  const form = await request.formData();
  try {
    await gqlRequest(request, UpdateWorkshopDocument, {
      input: { id: params.id!, content: workshopContentFrom(form) },
    });
    return redirect(`/workshops/${encodeURIComponent(params.id!)}`);
  } catch (error) {
    if (error instanceof FormTimeError)
      return data({ field: error.field, detail: error.message }, { status: 400 });
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data({ field: error.field, detail: error.message }, { status: 400 });
  }
}

export default function EditWorkshop() {
  const editor = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>() ?? null;
  const t = useT();
  return (
    <div className="page">
      <p>
        <Link to={`/workshops/${encodeURIComponent(editor.workshop.id)}`}>← {editor.workshop.title}</Link>
      </p>
      <h1>{t('workshops.edit')}</h1>
      <WorkshopForm editor={editor} workshop={editor.workshop} error={error} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
