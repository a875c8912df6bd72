import { audienceOf } from './listed-counts.js';
import { toLuceneQuery } from '../../db/lucene.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { jstDayStart, parseChangeSummary, parseNoticeContent } from './input.js';
import { renderNoticeMarkdown } from './markdown.js';
import { acknowledgementDue, isPinned, noticeStatus, type NoticeRow } from './model.js';
import { summarizeAudience } from './stats.js';

const found = (row: NoticeRow | null): { notice: NoticeRow } => {
  if (!row) throw new NotFoundError('The notice');
  return { notice: row };
};

export const bulletinResolvers: Resolvers = {
  Query: {
    notices: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['number', 'datetime', 'string']);
      const filter = args.filter ?? {};
      if (filter.includeUnpublished && viewer.role !== 'ISA_ADMIN') throw new ForbiddenError();
      const { unreadCount, page } = await ctx.repos.bulletin.listNotices({
        userId: viewer.id,
        audience: audienceOf(viewer),
        limit: first + 1,
        after,
        category: filter.category,
        from: jstDayStart('filter.from', filter.from),
        to: jstDayStart('filter.to', filter.to),
        unreadOnly: filter.unreadOnly ?? false,
        includeUnpublished: filter.includeUnpublished ?? false,
        lucene: filter.text ? toLuceneQuery(filter.text) : null,
      });
      return {
        ...toConnection(page, first, (r) => [r.pinRank, r.sortAt, r.id], after !== null),
        unreadCount,
      };
    },
    notice: async (_root, { id }, ctx) => {
      const viewer = await ctx.access.requireViewer();
      return found(await ctx.repos.bulletin.noticeForViewer(viewer.id, id)).notice;
    },
    unreadNoticeCount: async (_root, _args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      return ctx.repos.bulletin.unreadCount(viewer.id, audienceOf(viewer));
    },
    noticeStats: async (_root, { id }, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      const audience = await ctx.repos.bulletin.audienceOf(id);
      if (!audience) throw new NotFoundError('The notice');
      return summarizeAudience(audience.members);
    },
  },
  Mutation: {
    createNotice: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN');
      const content = parseNoticeContent(input.content, ctx.catalog);
      return { notice: await ctx.repos.bulletin.createNotice(viewer.id, content) };
    },
    updateNotice: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN');
      const content = parseNoticeContent(input.content, ctx.catalog);
      const summary = parseChangeSummary(input.changeSummary);
      return found(
        await ctx.repos.bulletin.updateNotice(viewer.id, input.id, content, input.substantive, summary),
      );
    },
    publishNotice: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN');
      return found(await ctx.repos.bulletin.publishNotice(viewer.id, input.id, input.publishAt ?? null));
    },
    archiveNotice: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN');
      return found(await ctx.repos.bulletin.archiveNotice(viewer.id, input.id));
    },
    markNoticeRead: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireViewer();
      return found(await ctx.repos.bulletin.recordReading(viewer.id, input.id, false));
    },
    acknowledgeNotice: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const notice = await ctx.repos.bulletin.noticeForViewer(viewer.id, input.id);
      if (!notice || noticeStatus(notice) === 'DRAFT' || noticeStatus(notice) === 'SCHEDULED') {
        throw new NotFoundError('The notice');
      }
      if (notice.importance !== 'REQUIRES_ACKNOWLEDGEMENT') {
        throw new BadUserInputError('id', 'This notice does not ask for confirmation.');
      }
      return found(await ctx.repos.bulletin.recordReading(viewer.id, input.id, true));
    },
  },
  Notice: {
    bodyMarkdown: (n) => n.body,
    bodyHtml: (n) => renderNoticeMarkdown(n.body),
    audience: (n, _args, ctx) => ({
      allRegions: n.audienceAll,
      bureaus: ctx.catalog.many('bureaus', n.audienceBureaus),
      prefectures: ctx.catalog.many('prefectures', n.audiencePrefectures),
      roles: n.audienceRoles,
    }),
    pinned: (n) => isPinned(n),
    attachments: (n) => n.attachmentTitles.map((title, i) => ({ title, url: n.attachmentUrls[i] })),
    status: (n) => noticeStatus(n),
    category: (n) => n.category,
    unread: (n) => n.readAt === null,
    updatedSinceRead: (n) => n.readVersion !== null && n.readVersion < n.version,
    acknowledgementDue: (n) => acknowledgementDue(n),
    history: (n) =>
      n.history ? [...n.history].sort((a, b) => a.at.localeCompare(b.at) || a.version - b.version) : null,
  },
  NoticePrefectureStats: {
    prefecture: (row, _args, ctx) => ctx.catalog.get('prefectures', row.prefectureCode)!,
  },
};
