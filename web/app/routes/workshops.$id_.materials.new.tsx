import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { confirmedFlagsFrom, formRefusal } from '~/components/workshops/flags.server';
import { MaterialForm } from '~/components/workshops/material-form';
import { OpenCaseMaterialDocument, SubmitCaseMaterialDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'materials.submit');

// ?revise=<id> prefills the author's own returned material (opening it is logged like any opening).
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('workshops'));
  const revise = new URL(request.url).searchParams.get('revise');
  if (!revise) return { workshopId: params.id!, material: null };
  try {
    const { openCaseMaterial } = await gqlRequest(request, OpenCaseMaterialDocument, { id: revise });
    if (!openCaseMaterial.material.mine) throw new Response('Forbidden', { status: 403 });
    return { workshopId: params.id!, material: openCaseMaterial.material };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, routeRolesFor('workshops'));
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? '');
  try {
    const { submitCaseMaterial } = await gqlRequest(request, SubmitCaseMaterialDocument, {
      input: {
        workshopId: params.id!,
        id: text('id') || null,
        title: text('title'),
        background: text('background'),
        problem: text('problem'),
        response: text('response'),
        outcome: text('outcome'),
        lessons: text('lessons'),
        confirmedFlags: confirmedFlagsFrom(form),
      },
    });
    return redirect(
      `/workshops/${encodeURIComponent(params.id!)}/materials/${encodeURIComponent(submitCaseMaterial.material.id)}`,
    );
  } catch (error) {
    return formRefusal(error, form);
  }
}

export default function NewMaterial() {
  const { workshopId, material } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>() ?? null;
  const t = useT();
  return (
    <div className="page">
      <p>
        <Link to={`/workshops/${encodeURIComponent(workshopId)}`}>← {t('section.workshops.title')}</Link>
      </p>
      <h1>{t('materials.submit')}</h1>
      <p className="lead">{t('materials.lead')}</p>
      <MaterialForm initial={material ?? {}} refusal={refusal} materialId={material?.id ?? null} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
