import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { formatJst } from '~/components/bulletin/format';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { ReferenceSelect } from '~/components/reference-select';
import {
  AddSearchTermDocument,
  RemoveSearchTermDocument,
  SearchOptionsDocument,
  SearchTermsDocument,
  type SearchTermsQuery,
  type UnderstoodTermKind,
} from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'searchTerms.title');

const KINDS: readonly UnderstoodTermKind[] = ['DOMAIN', 'LANGUAGE', 'NATIONALITY', 'STATUS', 'PREFECTURE'];
/** Which form field holds the code for each kind. */
const CODE_FIELD: Record<UnderstoodTermKind, string> = {
  DOMAIN: 'domain',
  LANGUAGE: 'language',
  NATIONALITY: 'language',
  STATUS: 'status',
  PREFECTURE: 'prefecture',
};

type ActionResult =
  | { ok: true; intent: 'add' | 'remove'; term: string }
  | { ok: false; error: 'term' | 'codes' | 'conflict' | 'invalid' };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  try {
    const [terms, options] = await Promise.all([
      gqlRequest(request, SearchTermsDocument, {}),
      gqlRequest(request, SearchOptionsDocument, {}),
    ]);
    return { terms: terms.searchTerms, options };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  const form = await request.formData();
  const value = (name: string) => String(form.get(name) ?? '').trim();
  try {
    if (value('intent') === 'remove') {
      await gqlRequest(request, RemoveSearchTermDocument, { id: value('id') });
      return data<ActionResult>({ ok: true, intent: 'remove', term: value('term') });
    }
    if (value('intent') !== 'add') throw new Response('Bad Request', { status: 400 });
    const kind = value('kind') as UnderstoodTermKind;
    if (!KINDS.includes(kind)) return data<ActionResult>({ ok: false, error: 'invalid' }, { status: 400 });
    const code = value(CODE_FIELD[kind]);
    if (!value('term')) return data<ActionResult>({ ok: false, error: 'term' }, { status: 400 });
    if (!code) return data<ActionResult>({ ok: false, error: 'codes' }, { status: 400 });
    const { addSearchTerm } = await gqlRequest(request, AddSearchTermDocument, {
      input: { term: value('term'), kind, codes: [code] },
    });
    return data<ActionResult>({ ok: true, intent: 'add', term: addSearchTerm.searchTerm.term });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'CONFLICT') {
      return data<ActionResult>({ ok: false, error: 'conflict' }, { status: 409 });
    }
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
      const field = error.field === 'term' ? 'term' : error.field === 'codes' ? 'codes' : 'invalid';
      return data<ActionResult>({ ok: false, error: field }, { status: 400 });
    }
    throw apiErrorResponse(error);
  }
}

type Term = SearchTermsQuery['searchTerms'][number];

function Meaning({ term }: { term: Term }) {
  const locale = useLocale();
  if (term.kind === 'DOMAIN') return <>{localNames(locale, term.domains)}</>;
  const target = term.language ?? term.status ?? term.prefecture;
  return <>{target ? localName(locale, target) : ''}</>;
}

export default function SearchTerms() {
  const { terms, options } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t('searchTerms.title')}</h1>
      <p className="lead">{t('searchTerms.lead')}</p>

      <section aria-labelledby="search-term-add">
        <h2 id="search-term-add">{t('searchTerms.add')}</h2>
        <Form method="post" className="stack-form">
          <input type="hidden" name="intent" value="add" />
          <div className="field">
            <label htmlFor="term-text">{t('searchTerms.term')}</label>
            <input id="term-text" name="term" maxLength={40} required aria-describedby="term-help" />
            <p id="term-help" className="field__help">
              {t('searchTerms.termHelp')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="term-kind">{t('searchTerms.kind')}</label>
            <select id="term-kind" name="kind" defaultValue="DOMAIN">
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`searchTerms.kind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <p className="field__help">{t('searchTerms.targetHelp')}</p>
          {(
            [
              ['domain', t('search.domain'), options.supportDomains],
              ['language', t('search.language'), options.languages],
              ['status', t('search.status'), options.statusesOfResidence],
              ['prefecture', t('search.prefecture'), options.prefectures],
            ] as const
          ).map(([name, label, items]) => (
            <ReferenceSelect
              key={name}
              id={`term-${name}`}
              name={name}
              label={label}
              anyLabel={t('search.any')}
              items={items}
              defaultValue=""
            />
          ))}
          {result && !result.ok && (
            <p className="form-message form-message--error" role="alert">
              {t(`searchTerms.error.${result.error}`)}
            </p>
          )}
          {result?.ok && (
            <p className="form-message form-message--success" role="status">
              {t(result.intent === 'add' ? 'searchTerms.added' : 'searchTerms.removed', {
                term: result.term,
              })}
            </p>
          )}
          <button type="submit" className="button">
            {t('searchTerms.submit')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="search-term-list">
        <h2 id="search-term-list">{t('searchTerms.list')}</h2>
        {terms.length === 0 ? (
          <p className="empty">{t('searchTerms.empty')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="search-term-list" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('searchTerms.term')}</th>
                  <th scope="col">{t('searchTerms.kind')}</th>
                  <th scope="col">{t('searchTerms.meaning')}</th>
                  <th scope="col">{t('searchTerms.addedBy')}</th>
                  <th scope="col">{t('searchTerms.addedAt')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('searchTerms.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {terms.map((term) => (
                  <tr key={term.id}>
                    <td>{term.term}</td>
                    <td>{t(`searchTerms.kind.${term.kind}`)}</td>
                    <td>
                      <Meaning term={term} />
                    </td>
                    <td>{term.addedBy ?? ''}</td>
                    <td>{formatJst(locale, term.createdAt)}</td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="id" value={term.id} />
                        <input type="hidden" name="term" value={term.term} />
                        <button
                          type="submit"
                          className="button button--secondary"
                          aria-label={t('searchTerms.removeOne', { term: term.term })}
                        >
                          {t('searchTerms.remove')}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
