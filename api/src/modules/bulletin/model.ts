import type { NoticeCategory, Role } from '../../generated/graphql.js';

/** A notice row as the repository returns it (plain values; see docs/decisions/001). */
export interface NoticeRow {
  id: string;
  title: string;
  body: string;
  category: NoticeCategory;
  effectiveDate: string | null;
  importance: 'NORMAL' | 'REQUIRES_ACKNOWLEDGEMENT';
  audienceAll: boolean;
  audienceBureaus: string[];
  audiencePrefectures: string[];
  audienceRoles: Role[];
  pinnedUntil: string | null;
  attachmentTitles: string[];
  attachmentUrls: string[];
  publishAt: string | null;
  archivedAt: string | null;
  createdAt: string;
  version: number;
  updatedAt: string;
  updateSummary: string | null;
  authorName: string;
  readVersion: number | null;
  readAt: string | null;
  acknowledgedAt: string | null;
  history: RevisionRow[] | null;
}

export interface RevisionRow {
  at: string;
  by: string;
  summary: string;
  substantive: boolean;
  version: number;
  fields: string[];
}

export type NoticeStatusName = 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED';

/** Lifecycle status, derived from the publish and archive times (no scheduler needed). */
export function noticeStatus(
  row: Pick<NoticeRow, 'publishAt' | 'archivedAt'>,
  now = new Date(),
): NoticeStatusName {
  if (row.archivedAt) return 'ARCHIVED';
  if (!row.publishAt) return 'DRAFT';
  return Date.parse(row.publishAt) > now.getTime() ? 'SCHEDULED' : 'PUBLISHED';
}

export function isPinned(row: Pick<NoticeRow, 'pinnedUntil'>, now = new Date()): boolean {
  return row.pinnedUntil !== null && Date.parse(row.pinnedUntil) > now.getTime();
}

export function acknowledgementDue(row: NoticeRow, now = new Date()): boolean {
  const status = noticeStatus(row, now);
  return (
    row.importance === 'REQUIRES_ACKNOWLEDGEMENT' &&
    row.acknowledgedAt === null &&
    (status === 'PUBLISHED' || status === 'ARCHIVED')
  );
}
