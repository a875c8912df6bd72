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
import { postProblem } from '~/components/qa/post-outcome.server';
import { ConfirmNoIdentifiers, flaggedNames, PostProblemMessage } from '~/components/qa/post-problem';
import {
  CreateQaReplyDocument,
  DeleteQaPostDocument,
  MarkQaReplyHelpfulDocument,
  ModerateQaPostDocument,
  QaThreadPageDocument,
  UpdateQaReplyDocument,
  UpdateQaThreadDocument,
} from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.qa.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('qa'));
  try {
    const { qaThread } = await gqlRequest(request, QaThreadPageDocument, {
      id: params.id!,
      after: new URL(request.url).searchParams.get('after'),
    });
    return { thread: qaThread, canPost: viewer.role === 'COORDINATOR', isAdmin: viewer.role === 'ISA_ADMIN' };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, ['COORDINATOR', 'ISA_ADMIN']);
  const threadId = params.id!;
  const here = `/qa/${encodeURIComponent(threadId)}`;
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const confirmed = form.get('confirmNoClientIdentifiers') === 'yes';
  const confirmedNames = form.getAll('confirmedNames').map(String);
  try {
    switch (text('intent')) {
      case 'reply':
        await gqlRequest(request, CreateQaReplyDocument, {
          input: { threadId, body: text('body'), confirmNoClientIdentifiers: confirmed, confirmedNames },
        });
        return redirect(here);
      case 'edit-reply':
        await gqlRequest(request, UpdateQaReplyDocument, {
          input: {
            id: text('id'),
            body: text('body'),
            confirmNoClientIdentifiers: confirmed,
            confirmedNames,
          },
        });
        return redirect(here);
      case 'edit-thread':
        await gqlRequest(request, UpdateQaThreadDocument, {
          input: {
            id: threadId,
            title: text('title'),
            body: text('body'),
            domains: form.getAll('domains').map(String),
            prefecture: text('prefecture') || null,
            bureau: text('bureau') || null,
            confirmNoClientIdentifiers: confirmed,
            confirmedNames,
          },
        });
        return redirect(here);
      case 'helped':
        await gqlRequest(request, MarkQaReplyHelpfulDocument, { id: text('id') });
        return redirect(here);
      case 'delete':
        await gqlRequest(request, DeleteQaPostDocument, { id: text('id') });
        return redirect(text('id') === threadId ? '/qa' : here);
      case 'moderate':
        await gqlRequest(request, ModerateQaPostDocument, {
          input: { id: text('id'), hide: text('hide') === 'yes', reason: text('reason') || null },
        });
        return redirect(here);
      default:
        return data(
          {
            ok: false as const,
            field: 'intent',
            detail: 'Unknown action',
            identifiers: [],
            values: { intent: '', title: '', body: '' },
          },
          { status: 400 },
        );
    }
  } catch (error) {
    return postProblem(error, form);
  }
}

function ModerationForm({ id }: { id: string }) {
  const t = useT();
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value="moderate" />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="hide" value="yes" />
      <label htmlFor={`reason-${id}`}>{t('qa.moderationReason')}</label>{' '}
      <input id={`reason-${id}`} name="reason" required maxLength={500} />{' '}
      <button type="submit" className="button button--quiet">
        {t('qa.hide')}
      </button>
    </Form>
  );
}

function Moderation({
  moderation,
  id,
  isAdmin,
}: {
  moderation: { reason: string } | null;
  id: string;
  isAdmin: boolean;
}) {
  const t = useT();
  if (!moderation) return isAdmin ? <ModerationForm id={id} /> : null;
  return (
    <div className="form-message form-message--error" role="note">
      {t('qa.hiddenBecause', { reason: moderation.reason })}
      {isAdmin && (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="moderate" />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="hide" value="no" />
          <button type="submit" className="button button--quiet">
            {t('qa.unhide')}
          </button>
        </Form>
      )}
    </div>
  );
}

function DeleteButton({ id }: { id: string }) {
  const t = useT();
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value="delete" />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--quiet">
        {t('qa.delete')}
      </button>
    </Form>
  );
}

export default function QaThreadPage() {
  const { thread, canPost, isAdmin } = useLoaderData<typeof loader>();
  const problem = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const editing = params.get('edit');
  const where = (a: { prefecture: { nameJa: string; nameEn: string } | null }) =>
    a.prefecture ? ` (${localName(locale, a.prefecture)})` : '';

  return (
    <article className="page">
      <p>
        <Link to="/qa">← {t('section.qa.title')}</Link>
      </p>
      <h1>{thread.title}</h1>
      <p className="muted">
        {thread.author.displayName}
        {where(thread.author)} · {formatJst(locale, thread.createdAt)}
        {thread.edited ? ` · ${t('qa.edited')}` : ''} · {localNames(locale, thread.domains)}
        {thread.prefecture
          ? ` · ${localName(locale, thread.prefecture)}`
          : thread.bureau
            ? ` · ${localName(locale, thread.bureau)}`
            : ''}
      </p>
      {problem && <PostProblemMessage problem={problem} />}
      <Moderation moderation={thread.moderation} id={thread.id} isAdmin={isAdmin} />
      {editing === thread.id && thread.mine ? (
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="edit-thread" />
          {thread.domains.map((d) => (
            <input key={d.code} type="hidden" name="domains" value={d.code} />
          ))}
          <input type="hidden" name="prefecture" value={thread.prefecture?.code ?? ''} />
          <input type="hidden" name="bureau" value={thread.prefecture ? '' : (thread.bureau?.code ?? '')} />
          <div className="field">
            <label htmlFor="edit-title">{t('qa.title')}</label>
            <input id="edit-title" name="title" defaultValue={thread.title} required />
          </div>
          <div className="field">
            <label htmlFor="edit-body">{t('qa.body')}</label>
            <textarea id="edit-body" name="body" defaultValue={thread.body} rows={6} required />
          </div>
          <ConfirmNoIdentifiers id="confirm-edit-thread" />
          <button type="submit" className="button button--primary">
            {t('qa.save')}
          </button>
        </Form>
      ) : (
        <div className="qa-post">
          <p style={{ whiteSpace: 'pre-wrap' }}>{thread.body}</p>
          {thread.mine && (
            <p>
              <Link to={`?edit=${encodeURIComponent(thread.id)}`}>{t('qa.edit')}</Link>{' '}
              <DeleteButton id={thread.id} />
            </p>
          )}
        </div>
      )}

      <section aria-labelledby="replies-heading">
        <h2 id="replies-heading">{t('qa.replyCount', { count: thread.replyCount })}</h2>
        <ol className="qa-replies">
          {thread.replies.edges.map(({ node }) => (
            <li key={node.id} className="qa-post" data-reply-id={node.id}>
              <p className="muted">
                {node.author.displayName}
                {where(node.author)} · {formatJst(locale, node.createdAt)}
                {node.edited ? ` · ${t('qa.edited')}` : ''}
              </p>
              <Moderation moderation={node.moderation} id={node.id} isAdmin={isAdmin} />
              {editing === node.id && node.mine ? (
                <Form method="post" className="form">
                  <input type="hidden" name="intent" value="edit-reply" />
                  <input type="hidden" name="id" value={node.id} />
                  <div className="field">
                    <label htmlFor={`edit-${node.id}`}>{t('qa.answer')}</label>
                    <textarea id={`edit-${node.id}`} name="body" defaultValue={node.body} rows={4} required />
                  </div>
                  <ConfirmNoIdentifiers id={`confirm-${node.id}`} />
                  <button type="submit" className="button button--primary">
                    {t('qa.save')}
                  </button>
                </Form>
              ) : (
                <p style={{ whiteSpace: 'pre-wrap' }}>{node.body}</p>
              )}
              <p>
                <span aria-label={t('qa.helpedCount', { count: node.helpedCount })}>
                  {t('qa.helpedCount', { count: node.helpedCount })}
                </span>{' '}
                {canPost && !node.mine && !node.helpedByMe && (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="helped" />
                    <input type="hidden" name="id" value={node.id} />
                    <button type="submit" className="button button--secondary">
                      {t('qa.helped')}
                    </button>
                  </Form>
                )}
                {node.helpedByMe && <span className="badge badge--place">{t('qa.youFoundHelpful')}</span>}{' '}
                {node.mine && (
                  <>
                    <Link to={`?edit=${encodeURIComponent(node.id)}`}>{t('qa.edit')}</Link>{' '}
                    <DeleteButton id={node.id} />
                  </>
                )}
              </p>
            </li>
          ))}
        </ol>
        {thread.replies.pageInfo.hasNextPage && thread.replies.pageInfo.endCursor && (
          <Link to={`?after=${encodeURIComponent(thread.replies.pageInfo.endCursor)}`}>
            {t('pagination.next')}
          </Link>
        )}
      </section>

      {canPost && (
        <Form method="post" className="form" aria-labelledby="answer-heading">
          <h2 id="answer-heading">{t('qa.answer')}</h2>
          <input type="hidden" name="intent" value="reply" />
          <p className="hint">{t('qa.confidentialityHint')}</p>
          <div className="field">
            <label htmlFor="reply-body">{t('qa.answerBody')}</label>
            <textarea
              id="reply-body"
              name="body"
              rows={5}
              required
              defaultValue={problem?.values?.intent === 'reply' ? problem.values.body : undefined}
            />
          </div>
          <ConfirmNoIdentifiers
            id="confirm-reply"
            names={problem?.values?.intent === 'reply' ? flaggedNames(problem) : []}
          />
          <button type="submit" className="button button--primary">
            {t('qa.postAnswer')}
          </button>
        </Form>
      )}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
