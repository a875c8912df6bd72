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
import { CreateSurveyDocument, SurveyEditorDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'surveys.new');

const MANAGERS = ['ISA_ADMIN', 'WORKSHOP_ORGANIZER'] as const;

/** /surveys/new[?workshop=<id>]: a workshop's feedback survey starts with its attendees as the audience. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, MANAGERS);
  const workshop = new URL(request.url).searchParams.get('workshop')?.slice(0, 100) || null;
  try {
    const { prefectures } = await gqlRequest(request, SurveyEditorDocument, { id: '', withSurvey: false });
    return { prefectures, state: stateFromSurvey(null, workshop) };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, MANAGERS);
  const form = await request.formData();
  const state = stateFromForm(form);
  const changed = applyIntent(state, String(form.get('intent') ?? 'save'), String(form.get('newType') ?? ''));
  if (changed) return data({ state: changed, error: null });
  try {
    const { createSurvey } = await gqlRequest(request, CreateSurveyDocument, {
      input: { content: contentFromState(state) },
    });
    return redirect(`/surveys/${encodeURIComponent(createSurvey.survey.id)}`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data({ state, error: { field: error.field, detail: error.message } }, { status: 400 });
  }
}

export default function NewSurvey() {
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page">
      <h1>{t('surveys.new')}</h1>
      <p className="lead">{t('surveys.builder.intro')}</p>
      <SurveyBuilderForm
        state={acted?.state ?? loaded.state}
        prefectures={loaded.prefectures}
        error={acted?.error ?? null}
        locked={false}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
