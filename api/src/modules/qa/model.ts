/** Plain rows as the Q&A repository returns them (see docs/decisions/001 for integers and times). */
export interface QaAuthorRow {
  id: string;
  displayName: string;
  prefectureCode: string | null;
}

export interface QaReplyRow {
  id: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  hiddenAt: string | null;
  hiddenReason: string | null;
  author: QaAuthorRow;
  mine: boolean;
  helpedCount: number;
  helpedByMe: boolean;
}

export interface QaThreadRow {
  id: string;
  title: string;
  body: string;
  domainCodes: string[];
  prefectureCode: string | null;
  bureauCode: string | null;
  createdAt: string;
  lastActivityAt: string;
  editedAt: string | null;
  hiddenAt: string | null;
  hiddenReason: string | null;
  author: QaAuthorRow;
  mine: boolean;
  replyCount: number;
  /** Replies fetched with the thread (first page, default size), so `qaThread` costs one query. */
  prefetchedReplies?: QaReplyRow[];
}

export const moderationOf = (row: { hiddenAt: string | null; hiddenReason: string | null }) =>
  row.hiddenAt ? { hiddenAt: row.hiddenAt, reason: row.hiddenReason ?? '' } : null;
