import { BadUserInputError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { audienceOf } from '../bulletin/listed-counts.js';
import type { ReadMarks } from './repository.js';

const NEW_NOTICE_ID = /^notice-new:(.+)$/;
const ACK_ID = /^notice-ack:(.+):(\d+)$/;

/** Sorts notification ids by where their read state lives (see cypher.ts). */
export function readMarksFor(ids: readonly string[]): ReadMarks {
  const marks: ReadMarks = { stored: [], newNotices: [], acknowledgements: [] };
  for (const id of ids) {
    const ack = ACK_ID.exec(id);
    const fresh = NEW_NOTICE_ID.exec(id);
    if (ack) marks.acknowledgements.push({ noticeId: ack[1], version: Number(ack[2]) });
    else if (fresh) marks.newNotices.push(fresh[1]);
    else marks.stored.push(id);
  }
  return marks;
}

export const notificationResolvers: Resolvers = {
  Query: {
    notifications: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const { unreadCount, page } = await ctx.repos.notifications.page(viewer.id, first + 1, after);
      return { ...toConnection(page, first, (n) => [n.at, n.id], after !== null), unreadCount };
    },
  },
  Mutation: {
    markNotificationsRead: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const ids = input.ids ?? [];
      if (ids.length > 100) throw new BadUserInputError('ids', 'At most 100 ids at a time.');
      await ctx.repos.notifications.markRead(viewer.id, input.all ?? false, readMarksFor(ids));
      const { unreadCount } = await ctx.repos.notifications.page(viewer.id, 1, null);
      return { unreadCount };
    },
    manageNoticeFeedToken: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const token = await ctx.repos.notifications.replaceFeedToken(viewer.id, input.revoke);
      return { token, feedPath: token ? `/feeds/notices/${token}.atom` : null, active: token !== null };
    },
  },
  Viewer: {
    unreadNoticeCount: async (viewer, _args, ctx) =>
      (await ctx.repos.notifications.badgesOnce(viewer.id, audienceOf(viewer))).unreadNoticeCount,
    unreadNotificationCount: async (viewer, _args, ctx) =>
      (await ctx.repos.notifications.badgesOnce(viewer.id, audienceOf(viewer))).unreadNotificationCount,
    noticeFeedActive: async (viewer, _args, ctx) =>
      (await ctx.repos.notifications.badgesOnce(viewer.id, audienceOf(viewer))).noticeFeedActive,
  },
};
