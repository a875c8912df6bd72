import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { formatJst } from '~/components/bulletin/format';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { SurveyAnswerForm } from '~/components/surveys/answer-form';
import { answersFromForm, problemsFrom } from '~/components/surveys/answers.server';
import {
  DuplicateSurveyDocument,
  PublishSurveyDocument,
  SaveSurveyDraftDocument,
  SubmitSurveyResponseDocument,
  SurveyPageDocument,
} from '~/generated/graphql';
import { localNames } from '~/i18n';
import { getLocale } from '~/i18n/locale.server';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.surveys.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('surveys'));
  try {
    const { survey } = await gqlRequest(request, SurveyPageDocument, { id: params.id! });
    if (!survey) throw new Response('Not Found', { status: 404 });
    return { survey };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('surveys'));
  const id = params.id!;
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  const here = `/surveys/${encodeURIComponent(id)}`;
  try {
    if (intent === 'publish') {
      await gqlRequest(request, PublishSurveyDocument, { id });
      return redirect(here);
    }
    if (intent === 'duplicate') {
      const { duplicateSurvey } = await gqlRequest(request, DuplicateSurveyDocument, { id });
      return redirect(`/surveys/${encodeURIComponent(duplicateSurvey.survey.id)}/edit`);
    }
    const { survey } = await gqlRequest(request, SurveyPageDocument, { id });
    if (!survey) throw new Response('Not Found', { status: 404 });
    const answers = answersFromForm(
      form,
      survey.questions.map((q) => q.id),
    );
    if (intent === 'draft') {
      await gqlRequest(request, SaveSurveyDraftDocument, { input: { surveyId: id, answers } });
      return redirect(`${here}?saved=1`);
    }
    await gqlRequest(request, SubmitSurveyResponseDocument, { input: { surveyId: id, answers } });
    return redirect(`${here}?submitted=1`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    const answers = Object.fromEntries(
      [...new Set([...form.keys()].filter((k) => k.startsWith('a.')))].map((k) => [
        k.slice(2),
        form.getAll(k).map(String),
      ]),
    );
    return data(
      {
        problems: problemsFrom(
          error.extensions,
          error.field,
          error.message,
          await getLocale(request, viewer.locale),
        ),
        answers,
        error: {
          code: error.code,
          reason: typeof error.extensions.reason === 'string' ? error.extensions.reason : null,
          detail: error.message,
        },
      },
      { status: error.code === 'BAD_USER_INPUT' ? 400 : 403 },
    );
  }
}

function ManagePanel() {
  const { survey } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const href = `/surveys/${encodeURIComponent(survey.id)}`;
  const audience = survey.audience.allRegions
    ? t('surveys.audience.all')
    : [
        localNames(locale, survey.audience.bureaus),
        localNames(locale, survey.audience.prefectures),
        survey.audience.workshopIds.join(', '),
      ]
        .filter(Boolean)
        .join(' · ');
  return (
    <section aria-labelledby="manage-heading" className="card">
      <h2 id="manage-heading">{t('surveys.manage')}</h2>
      <dl className="facts">
        <dt>{t('surveys.statusLabel')}</dt>
        <dd data-testid="survey-status">{t(`surveys.status.${survey.status}`)}</dd>
        <dt>{t('surveys.period')}</dt>
        <dd>
          {formatJst(locale, survey.opensAt)} – {formatJst(locale, survey.closesAt)}
        </dd>
        <dt>{t('surveys.builder.audience')}</dt>
        <dd>{audience}</dd>
        <dt>{t('surveys.responses')}</dt>
        <dd>{survey.responseCount}</dd>
        <dt>{t('surveys.versionLabel')}</dt>
        <dd>v{survey.version}</dd>
      </dl>
      <Form method="post" className="form--inline">
        {survey.status === 'DRAFT' && (
          <button type="submit" name="intent" value="publish" className="button button--primary">
            {t('surveys.publish')}
          </button>
        )}{' '}
        <button type="submit" name="intent" value="duplicate" className="button button--secondary">
          {t('surveys.duplicate')}
        </button>{' '}
        <Link to={`${href}/edit`} className="button button--secondary">
          {t('surveys.edit')}
        </Link>{' '}
        <Link to={`${href}/results`} className="button button--secondary">
          {t('surveys.results')}
        </Link>
      </Form>
      <h2>{t('surveys.preview')}</h2>
    </section>
  );
}

export default function SurveyPage() {
  const { survey } = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const saved = Object.fromEntries((survey.myAnswers ?? []).map((a) => [a.questionId, a.values]));
  const answers = acted?.answers ?? saved;
  return (
    <div className="page">
      <p>
        <Link to="/surveys">← {t('section.surveys.title')}</Link>
      </p>
      <h1>{survey.title}</h1>
      {survey.description && <p className="lead">{survey.description}</p>}
      <p>
        {t('surveys.closesAt')}: <strong>{formatJst(locale, survey.closesAt)}</strong>
        {survey.anonymous && <span className="badge"> {t('surveys.anonymous')}</span>}
      </p>
      {params.get('submitted') && !acted && (
        <p className="form-message" role="status" data-testid="submitted">
          {t('surveys.answer.thanks')}
        </p>
      )}
      {params.get('saved') && !acted && (
        <p className="form-message" role="status">
          {t('surveys.answer.draftSaved', { at: formatJst(locale, survey.draftSavedAt) })}
        </p>
      )}
      {acted?.error && acted.error.code !== 'BAD_USER_INPUT' && (
        <p className="form-message form-message--error" role="alert">
          {acted.error.reason
            ? t(`surveys.reason.${acted.error.reason as 'SURVEY_CLOSED'}`)
            : acted.error.detail}
        </p>
      )}
      {survey.canManage && <ManagePanel />}
      {survey.canManage ? (
        <SurveyAnswerForm
          questions={survey.questions}
          answers={{}}
          problems={{}}
          preview
          anonymous={survey.anonymous}
          canSaveDraft={false}
        />
      ) : survey.canRespond ? (
        <>
          {survey.answered && <p className="hint">{t('surveys.answer.editable')}</p>}
          <SurveyAnswerForm
            questions={survey.questions}
            answers={answers}
            problems={acted?.problems ?? {}}
            anonymous={survey.anonymous}
            canSaveDraft={!survey.answered}
          />
        </>
      ) : (
        <p className="empty" data-testid="not-answerable">
          {survey.answered
            ? survey.anonymous
              ? t('surveys.answer.doneAnonymous')
              : t('surveys.answer.done')
            : t(`surveys.status.${survey.status}`)}
        </p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
