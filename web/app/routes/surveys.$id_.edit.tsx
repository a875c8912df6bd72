import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { SurveyBuilderForm } from '~/components/surveys/builder-form';
import { contentFromState, stateFromSurvey } from '~/components/surveys/builder-model';
import { applyIntent, stateFromForm } from '~/components/surveys/builder.server';
import { SurveyEditorDocument, UpdateSurveyDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'surveys.edit');

const MANAGERS = ['ISA_ADMIN', 'WORKSHOP_ORGANIZER'] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, MANAGERS);
  try {
    const { prefectures, survey } = await gqlRequest(request, SurveyEditorDocument, {
      id: params.id!,
      withSurvey: true,
    });
    if (!survey || !survey.canManage) throw new Response('Not Found', { status: 404 });
    return { prefectures, survey, state: stateFromSurvey(survey, null) };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, MANAGERS);
  const form = await request.formData();
  const state = stateFromForm(form);
  const changed = applyIntent(state, String(form.get('intent') ?? 'save'), String(form.get('newType') ?? ''));
  if (changed) return data({ state: changed, error: null });
  try {
    await gqlRequest(request, UpdateSurveyDocument, {
      input: { id: params.id!, content: contentFromState(state) },
    });
    return redirect(`/surveys/${encodeURIComponent(params.id!)}`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data({ state, error: { field: error.field, detail: error.message } }, { status: 400 });
  }
}

export default function EditSurvey() {
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page">
      <h1>{t('surveys.edit')}</h1>
      <p className="lead">
        {loaded.survey.title} (v{loaded.survey.version})
      </p>
      <SurveyBuilderForm
        state={acted?.state ?? loaded.state}
        prefectures={loaded.prefectures}
        error={acted?.error ?? null}
        locked={loaded.survey.questionsLocked}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
