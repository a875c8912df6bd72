import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { mailerFor } from '../notifications/mailer.js';
import { parseModerationReason, parseReplyBody, parseThreadInput } from './input.js';
import { moderationOf, type QaReplyRow } from './model.js';
import type { QaRepository } from './repository.js';

/** Who may read the board (LOCAL_GOV may not); graduates (COORDINATOR) write. */
const READERS = ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER'] as const;
/** Replies fetched together with a thread: the default page of `replies` (50) plus one to know if more follow. */
const PREFETCHED_REPLIES = 51;

/** After a write on one's own post found nothing: NOT_FOUND, or FORBIDDEN when it is someone else's. */
async function notOwn(repo: QaRepository, userId: string, id: string): Promise<never> {
  if ((await repo.postAccess(userId, id)) === 'NOT_OWN')
    throw new ForbiddenError('Only the author may do this.');
  throw new NotFoundError('The post');
}

export const qaResolvers: Resolvers = {
  Query: {
    qaThreads: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole(...READERS);
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const rows = await ctx.repos.qa.listThreads({
        userId: viewer.id,
        limit: first + 1,
        after,
        domain: args.filter?.domain,
        prefecture: args.filter?.prefecture,
        bureau: args.filter?.bureau,
        mine: args.filter?.mine ?? false,
      });
      return toConnection(rows, first, (t) => [t.lastActivityAt, t.id], after !== null);
    },
    qaThread: async (_root, { id }, ctx) => {
      const viewer = await ctx.access.requireRole(...READERS);
      const thread = await ctx.repos.qa.threadWithReplies(viewer.id, id, PREFETCHED_REPLIES);
      if (!thread) throw new NotFoundError('The thread');
      return thread;
    },
  },
  Mutation: {
    createQaThread: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      return { thread: await ctx.repos.qa.createThread(viewer.id, parseThreadInput(input, ctx.catalog)) };
    },
    updateQaThread: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      const thread = await ctx.repos.qa.updateThread(
        viewer.id,
        input.id,
        parseThreadInput(input, ctx.catalog),
      );
      return { thread: thread ?? (await notOwn(ctx.repos.qa, viewer.id, input.id)) };
    },
    createQaReply: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      const body = parseReplyBody(input.body, input.confirmNoClientIdentifiers, input.confirmedNames ?? []);
      const created = await ctx.repos.qa.createReply(viewer.id, input.threadId, body);
      if (!created) throw new NotFoundError('The thread');
      if (created.recipient) {
        await mailerFor(ctx.config).send({
          to: created.recipient.email,
          subject: `【つなぐ】Q&A: ${created.recipient.threadTitle}`,
          text: `${viewer.displayName} replied to your question / ご質問に回答がありました。\n${ctx.config.PORTAL_URL}/qa/${input.threadId}`,
        });
      }
      return { reply: created.reply };
    },
    updateQaReply: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      const body = parseReplyBody(input.body, input.confirmNoClientIdentifiers, input.confirmedNames ?? []);
      const reply = await ctx.repos.qa.updateReply(viewer.id, input.id, body);
      return { reply: reply ?? (await notOwn(ctx.repos.qa, viewer.id, input.id)) };
    },
    deleteQaPost: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      if (!(await ctx.repos.qa.deletePost(viewer.id, input.id)))
        await notOwn(ctx.repos.qa, viewer.id, input.id);
      return { id: input.id, hidden: false, deleted: true };
    },
    markQaReplyHelpful: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      const reply = await ctx.repos.qa.markHelpful(viewer.id, input.id);
      if (reply) return { reply };
      if ((await ctx.repos.qa.postAccess(viewer.id, input.id)) === 'OWN') {
        throw new BadUserInputError('id', 'You cannot mark your own answer as helpful.');
      }
      throw new NotFoundError('The reply');
    },
    moderateQaPost: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN');
      const reason = parseModerationReason(input.hide, input.reason);
      const result = await ctx.repos.qa.moderate(viewer.id, input.id, reason);
      if (!result) throw new NotFoundError('The post');
      return { ...result, deleted: false };
    },
  },
  QaThread: {
    domains: (t, _args, ctx) => ctx.catalog.many('domains', t.domainCodes),
    prefecture: (t, _args, ctx) => ctx.catalog.get('prefectures', t.prefectureCode),
    bureau: (t, _args, ctx) => ctx.catalog.get('bureaus', t.bureauCode),
    edited: (t) => t.editedAt !== null,
    moderation: (t) => moderationOf(t),
    replies: async (t, args, ctx) => {
      const first = pageSize(args.first, 50);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      let rows: QaReplyRow[];
      if (!after && t.prefetchedReplies && first < PREFETCHED_REPLIES) {
        rows = t.prefetchedReplies.slice(0, first + 1);
      } else {
        const viewer = await ctx.access.requireViewer();
        rows = await ctx.repos.qa.replies(viewer.id, t.id, first + 1, after);
      }
      return toConnection(rows, first, (r) => [r.createdAt, r.id], after !== null);
    },
  },
  QaReply: {
    edited: (r) => r.editedAt !== null,
    moderation: (r) => moderationOf(r),
  },
  QaAuthor: {
    prefecture: (a, _args, ctx) => ctx.catalog.get('prefectures', a.prefectureCode),
  },
};
