import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { InsightCard } from '~/components/knowledge/insight-card';
import { NextPageNav } from '~/components/next-page-nav';
import { KnowledgeListDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';
import { ReferenceSelect } from '~/components/reference-select';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.knowledge.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('knowledge'));
  const params = new URL(request.url).searchParams;
  const value = (name: string) => params.get(name)?.trim() || null;
  try {
    const list = await gqlRequest(request, KnowledgeListDocument, {
      first: 20,
      after: value('after'),
      filter: { text: value('q'), domain: value('domain'), bureau: value('bureau') },
    });
    return { ...list, canPublish: viewer.role !== 'COORDINATOR' };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function Knowledge() {
  const { knowledgeInsights, supportDomains, prefectures, canPublish } = useLoaderData<typeof loader>();
  const t = useT();
  const [params] = useSearchParams();
  const bureaus = [...new Map(prefectures.map((p) => [p.bureau.code, p.bureau])).values()];
  return (
    <div className="page">
      <h1>{t('section.knowledge.title')}</h1>
      <p className="lead">{t('section.knowledge.description')}</p>
      {canPublish && (
        <p>
          <Link to="/knowledge/new" className="button button--primary">
            {t('knowledge.publish')}
          </Link>
        </p>
      )}
      <Form method="get" className="form filters" role="search" aria-label={t('knowledge.search')}>
        <div className="field">
          <label htmlFor="q">{t('knowledge.text')}</label>
          <input id="q" name="q" type="search" defaultValue={params.get('q') ?? ''} />
        </div>
        <ReferenceSelect
          id="domain"
          name="domain"
          label={t('knowledge.domain')}
          anyLabel={t('knowledge.anyDomain')}
          items={supportDomains}
          defaultValue={params.get('domain') ?? ''}
        />
        <ReferenceSelect
          id="bureau"
          name="bureau"
          label={t('knowledge.bureau')}
          anyLabel={t('knowledge.anyBureau')}
          items={bureaus}
          defaultValue={params.get('bureau') ?? ''}
        />
        <button type="submit" className="button button--secondary">
          {t('knowledge.searchSubmit')}
        </button>
      </Form>
      {knowledgeInsights.edges.length === 0 ? (
        <p className="empty">{t('knowledge.empty')}</p>
      ) : (
        <section aria-label={t('knowledge.results')} className="card-grid">
          {knowledgeInsights.edges.map(({ node }) => (
            <InsightCard key={node.id} insight={node} />
          ))}
        </section>
      )}
      <NextPageNav
        searchParams={params}
        cursorParam="after"
        pageInfo={knowledgeInsights.pageInfo}
        label={t('section.knowledge.title')}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
