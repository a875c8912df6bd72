import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { percent } from '~/components/bulletin/format';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { GroupRatesTable, QuestionChart } from '~/components/surveys/results-view';
import {
  SurveyResultsPageDocument,
  SurveyTextAnswersPageDocument,
  type SurveyResultsFilter,
} from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { ReferenceSelect } from '~/components/reference-select';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'surveys.results');

function filterFrom(params: URLSearchParams): SurveyResultsFilter {
  const answer = params.get('answer') ?? '';
  const bar = answer.indexOf('|');
  const cohort = Number(params.get('cohort'));
  return {
    prefecture: params.get('prefecture') || null,
    bureau: params.get('bureau') || null,
    cohort: Number.isInteger(cohort) && cohort > 1900 ? cohort : null,
    questionId: bar > 0 ? answer.slice(0, bar) : null,
    value: bar > 0 ? answer.slice(bar + 1) : null,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN', 'WORKSHOP_ORGANIZER']);
  const search = new URL(request.url).searchParams;
  const filter = filterFrom(search);
  try {
    const page = await gqlRequest(request, SurveyResultsPageDocument, { id: params.id!, filter });
    const textQuestions = page.surveyResults.survey.questions.filter(
      (q) => q.type === 'SHORT_TEXT' || q.type === 'LONG_TEXT',
    );
    const textQuestion = textQuestions.find((q) => q.id === search.get('tq')) ?? textQuestions[0] ?? null;
    const texts = textQuestion
      ? (
          await gqlRequest(request, SurveyTextAnswersPageDocument, {
            id: params.id!,
            questionId: textQuestion.id,
            search: search.get('text')?.trim() || null,
            filter,
            after: search.get('after'),
          })
        ).surveyTextAnswers
      : null;
    return { ...page, textQuestions, textQuestionId: textQuestion?.id ?? null, texts };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function SurveyResultsPage() {
  const {
    surveyResults: r,
    prefectures,
    textQuestions,
    textQuestionId,
    texts,
  } = useLoaderData<typeof loader>();
  const t = useT();
  const [params] = useSearchParams();
  const href = `/surveys/${encodeURIComponent(r.survey.id)}`;
  const bureaus = [...new Map(prefectures.map((p) => [p.bureau.code, p.bureau])).values()];
  const choiceQuestions = r.survey.questions.filter((q) => q.options.length > 0);
  return (
    <div className="page">
      <p>
        <Link to={href}>← {r.survey.title}</Link>
      </p>
      <h1>{t('surveys.results')}</h1>
      <p className="lead">
        {r.survey.title}
        {r.survey.anonymous && <span className="badge"> {t('surveys.anonymous')}</span>}
      </p>
      <dl className="facts">
        <dt>{t('surveys.results.audience')}</dt>
        <dd data-testid="audience-size">{r.audienceSize}</dd>
        <dt>{t('surveys.responses')}</dt>
        <dd data-testid="response-count">
          {r.responseCount ?? t('surveys.results.suppressedShort', { n: r.minimumGroupSize })}
        </dd>
        <dt>{t('surveys.results.rate')}</dt>
        <dd data-testid="response-rate">{percent(r.responseRate)}</dd>
      </dl>
      <p>
        <a href={`${href}/results.csv`} download>
          {t('surveys.results.csv')}
        </a>
      </p>
      <Form method="get" className="filter-bar" aria-label={t('surveys.results.filters')}>
        <ReferenceSelect
          id="f-prefecture"
          name="prefecture"
          label={t('surveys.audience.prefectures')}
          anyLabel={t('surveys.results.any')}
          items={prefectures}
          defaultValue={params.get('prefecture') ?? ''}
        />
        <ReferenceSelect
          id="f-bureau"
          name="bureau"
          label={t('surveys.audience.bureaus')}
          anyLabel={t('surveys.results.any')}
          items={bureaus}
          defaultValue={params.get('bureau') ?? ''}
        />
        <div className="field">
          <label htmlFor="f-cohort">{t('surveys.results.cohort')}</label>
          <input
            id="f-cohort"
            name="cohort"
            type="number"
            min={2000}
            max={2100}
            defaultValue={params.get('cohort') ?? ''}
          />
        </div>
        <div className="field">
          <label htmlFor="f-answer">{t('surveys.results.answer')}</label>
          <select id="f-answer" name="answer" defaultValue={params.get('answer') ?? ''}>
            <option value="">{t('surveys.results.any')}</option>
            {choiceQuestions.flatMap((q) =>
              q.options.map((o) => (
                <option key={`${q.id}|${o.value}`} value={`${q.id}|${o.value}`}>
                  {q.label}: {o.label}
                </option>
              )),
            )}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t('surveys.results.apply')}
        </button>
      </Form>
      {r.suppressed ? (
        <p className="form-message" role="status" data-testid="suppressed">
          {t('surveys.results.suppressed', { n: r.minimumGroupSize })}
        </p>
      ) : (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading">{t('surveys.results.questions')}</h2>
          {r.questions.map((q) => (
            <QuestionChart key={q.question.id} result={q} />
          ))}
        </section>
      )}
      <GroupRatesTable
        caption={t('surveys.results.byBureau')}
        rows={r.byBureau}
        minimum={r.minimumGroupSize}
      />
      <GroupRatesTable
        caption={t('surveys.results.byPrefecture')}
        rows={r.byPrefecture}
        minimum={r.minimumGroupSize}
      />
      <GroupRatesTable
        caption={t('surveys.results.byCohort')}
        rows={r.byCohort}
        minimum={r.minimumGroupSize}
      />
      {texts && (
        <section aria-labelledby="texts-heading">
          <h2 id="texts-heading">{t('surveys.results.texts')}</h2>
          <Form method="get" className="filter-bar">
            {['prefecture', 'bureau', 'cohort', 'answer'].map((name) =>
              params.get(name) ? (
                <input key={name} type="hidden" name={name} value={params.get(name)!} />
              ) : null,
            )}
            <div className="field">
              <label htmlFor="tq">{t('surveys.results.textQuestion')}</label>
              <select id="tq" name="tq" defaultValue={textQuestionId ?? ''}>
                {textQuestions.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="text">{t('surveys.results.search')}</label>
              <input id="text" name="text" type="search" defaultValue={params.get('text') ?? ''} />
            </div>
            <button type="submit" className="button button--secondary">
              {t('surveys.results.searchButton')}
            </button>
          </Form>
          {texts.suppressed ? (
            <p className="form-message">{t('surveys.results.suppressed', { n: r.minimumGroupSize })}</p>
          ) : texts.edges.length === 0 ? (
            <p className="empty">{t('surveys.results.noTexts')}</p>
          ) : (
            <ul className="survey-texts" data-testid="texts">
              {texts.edges.map((e, i) => (
                <li key={i}>{e.node.text}</li>
              ))}
            </ul>
          )}
          <p className="hint">{t('surveys.results.textOrder')}</p>
          <NextPageNav
            searchParams={params}
            cursorParam="after"
            pageInfo={texts.pageInfo}
            label={t('surveys.results.texts')}
          />
        </section>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
