import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { formatJst } from '~/components/bulletin/format';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { postProblem } from '~/components/qa/post-outcome.server';
import { ConfirmNoIdentifiers, flaggedNames, PostProblemMessage } from '~/components/qa/post-problem';
import { CreateQaThreadDocument, QaBoardDocument } from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';
import { ReferenceSelect } from '~/components/reference-select';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.qa.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('qa'));
  const params = new URL(request.url).searchParams;
  const value = (name: string) => params.get(name)?.trim() || null;
  try {
    const board = await gqlRequest(request, QaBoardDocument, {
      first: 20,
      after: value('after'),
      filter: {
        domain: value('domain'),
        prefecture: value('prefecture'),
        bureau: value('bureau'),
        mine: params.get('mine') === '1',
      },
    });
    return { ...board, canPost: viewer.role === 'COORDINATOR' };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['COORDINATOR']);
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? '').trim();
  try {
    const { createQaThread } = await gqlRequest(request, CreateQaThreadDocument, {
      input: {
        title: text('title'),
        body: text('body'),
        domains: form.getAll('domains').map(String).filter(Boolean),
        prefecture: text('prefecture') || null,
        bureau: text('bureau') || null,
        confirmNoClientIdentifiers: form.get('confirmNoClientIdentifiers') === 'yes',
        confirmedNames: form.getAll('confirmedNames').map(String),
      },
    });
    return redirect(`/qa/${encodeURIComponent(createQaThread.thread.id)}`);
  } catch (error) {
    return postProblem(error, form);
  }
}

export default function QaBoard() {
  const { qaThreads, prefectures, supportDomains, canPost } = useLoaderData<typeof loader>();
  const problem = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const bureaus = [...new Map(prefectures.map((p) => [p.bureau.code, p.bureau])).values()];

  const placeOptions = (
    <>
      <option value="">{t('qa.anyPrefecture')}</option>
      {prefectures.map((p) => (
        <option key={p.code} value={p.code}>
          {localName(locale, p)}
        </option>
      ))}
    </>
  );
  const bureauOptions = (
    <>
      <option value="">{t('qa.anyBureau')}</option>
      {bureaus.map((b) => (
        <option key={b.code} value={b.code}>
          {localName(locale, b)}
        </option>
      ))}
    </>
  );

  return (
    <div className="page">
      <h1>{t('section.qa.title')}</h1>
      <p className="lead">{t('section.qa.description')}</p>
      <Form method="get" className="form filters" role="search" aria-label={t('qa.filters')}>
        <ReferenceSelect
          id="f-domain"
          name="domain"
          label={t('qa.domain')}
          anyLabel={t('qa.anyDomain')}
          items={supportDomains}
          defaultValue={params.get('domain') ?? ''}
        />
        <div className="field">
          <label htmlFor="f-prefecture">{t('qa.prefecture')}</label>
          <select id="f-prefecture" name="prefecture" defaultValue={params.get('prefecture') ?? ''}>
            {placeOptions}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-bureau">{t('qa.bureau')}</label>
          <select id="f-bureau" name="bureau" defaultValue={params.get('bureau') ?? ''}>
            {bureauOptions}
          </select>
        </div>
        {canPost && (
          <div className="field field--checkbox">
            <input
              id="f-mine"
              name="mine"
              type="checkbox"
              value="1"
              defaultChecked={params.get('mine') === '1'}
            />
            <label htmlFor="f-mine">{t('qa.mine')}</label>
          </div>
        )}
        <button type="submit" className="button button--secondary">
          {t('bulletin.apply')}
        </button>
      </Form>

      {qaThreads.edges.length === 0 ? (
        <p className="empty">{t('qa.empty')}</p>
      ) : (
        <ul className="notice-list" aria-label={t('qa.threads')}>
          {qaThreads.edges.map(({ node }) => (
            <li key={node.id}>
              {node.moderation && <span className="badge badge--demo">{t('qa.hidden')}</span>}{' '}
              <Link to={`/qa/${encodeURIComponent(node.id)}`}>{node.title}</Link>{' '}
              <span className="muted">
                {t('qa.replyCount', { count: node.replyCount })} · {localNames(locale, node.domains)}
                {node.prefecture
                  ? ` · ${localName(locale, node.prefecture)}`
                  : node.bureau
                    ? ` · ${localName(locale, node.bureau)}`
                    : ''}
                {' · '}
                {formatJst(locale, node.lastActivityAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <NextPageNav
        searchParams={params}
        cursorParam="after"
        pageInfo={qaThreads.pageInfo}
        label={t('qa.threads')}
      />

      {canPost && (
        <Form method="post" className="form" aria-labelledby="ask-heading">
          <h2 id="ask-heading">{t('qa.ask')}</h2>
          {problem && <PostProblemMessage problem={problem} />}
          <p className="hint">{t('qa.confidentialityHint')}</p>
          <div className="field">
            <label htmlFor="title">{t('qa.title')}</label>
            <input id="title" name="title" required maxLength={200} defaultValue={problem?.values?.title} />
          </div>
          <div className="field">
            <label htmlFor="body">{t('qa.body')}</label>
            <textarea id="body" name="body" required rows={6} defaultValue={problem?.values?.body} />
          </div>
          <div className="field">
            <label htmlFor="domains">{t('qa.domain')}</label>
            <select id="domains" name="domains" multiple size={6} required>
              {supportDomains.map((d) => (
                <option key={d.code} value={d.code}>
                  {localName(locale, d)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="prefecture">{t('qa.prefecture')}</label>
            <select id="prefecture" name="prefecture" defaultValue="">
              {placeOptions}
            </select>
          </div>
          <div className="field">
            <label htmlFor="bureau">{t('qa.bureau')}</label>
            <select id="bureau" name="bureau" defaultValue="">
              {bureauOptions}
            </select>
          </div>
          <ConfirmNoIdentifiers id="confirm-thread" names={flaggedNames(problem)} />
          <button type="submit" className="button button--primary">
            {t('qa.post')}
          </button>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
