import { BadUserInputError } from '../../errors.js';
import type { NoticeContentInput } from '../../generated/graphql.js';
import type { ReferenceCatalog } from '../reference/catalog.js';

/** The stored shape of a notice's content (list properties keep the audience; see docs/bulletin.md). */
export interface NoticeContentProps {
  title: string;
  body: string;
  category: string;
  effectiveDate: string | null;
  importance: string;
  audienceAll: boolean;
  audienceBureaus: string[];
  audiencePrefectures: string[];
  audienceRoles: string[];
  pinnedUntil: string | null;
  attachmentTitles: string[];
  attachmentUrls: string[];
}

/** Property names compared to tell which fields an edit changed. */
export const CONTENT_FIELDS: readonly (keyof NoticeContentProps)[] = [
  'title',
  'body',
  'category',
  'effectiveDate',
  'importance',
  'audienceAll',
  'audienceBureaus',
  'audiencePrefectures',
  'audienceRoles',
  'pinnedUntil',
  'attachmentTitles',
  'attachmentUrls',
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function requireLength(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw new BadUserInputError(field, `${field} must be 1 to ${max} characters.`);
  }
  return trimmed;
}

export function isValidDate(value: string): boolean {
  return (
    DATE.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

function httpUrl(field: string, value: string): string {
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // fall through
  }
  throw new BadUserInputError(field, `${field} must be an absolute http(s) URL.`);
}

/** Validates notice content at the boundary; every error names its field. */
export function parseNoticeContent(input: NoticeContentInput, catalog: ReferenceCatalog): NoticeContentProps {
  const title = requireLength('content.title', input.title, 200);
  const body = requireLength('content.bodyMarkdown', input.bodyMarkdown, 20_000);
  if (input.effectiveDate != null && !isValidDate(input.effectiveDate)) {
    throw new BadUserInputError('content.effectiveDate', 'effectiveDate must be a date like 2026-04-01.');
  }
  const bureaus = [...new Set(input.audience.bureaus ?? [])];
  const prefectures = [...new Set(input.audience.prefectures ?? [])];
  for (const code of bureaus) {
    if (catalog.get('bureaus', code)?.kind !== 'REGIONAL_BUREAU') {
      throw new BadUserInputError(
        'content.audience.bureaus',
        `${code} is not a Regional Immigration Services Bureau.`,
      );
    }
  }
  for (const code of prefectures) {
    if (!catalog.get('prefectures', code)) {
      throw new BadUserInputError('content.audience.prefectures', `${code} is not a prefecture code.`);
    }
  }
  if (input.audience.allRegions && (bureaus.length || prefectures.length)) {
    throw new BadUserInputError(
      'content.audience',
      'Choose all regions, or bureaus and prefectures, not both.',
    );
  }
  if (!input.audience.allRegions && !bureaus.length && !prefectures.length) {
    throw new BadUserInputError(
      'content.audience',
      'Choose all regions, or at least one bureau or prefecture.',
    );
  }
  const attachments = input.attachments ?? [];
  if (attachments.length > 10) throw new BadUserInputError('content.attachments', 'At most 10 links.');
  return {
    title,
    body,
    category: input.category,
    effectiveDate: input.effectiveDate ?? null,
    importance: input.importance,
    audienceAll: input.audience.allRegions,
    audienceBureaus: bureaus.sort(),
    audiencePrefectures: prefectures.sort(),
    audienceRoles: [...new Set(input.audience.roles ?? [])].sort(),
    pinnedUntil: input.pinnedUntil ?? null,
    attachmentTitles: attachments.map((a) => requireLength('content.attachments.title', a.title, 200)),
    attachmentUrls: attachments.map((a) => httpUrl('content.attachments.url', a.url)),
  };
}

export function parseChangeSummary(summary: string): string {
  return requireLength('changeSummary', summary, 500);
}

/** JST calendar date → the instant it starts, for the list's date filters. */
export function jstDayStart(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!isValidDate(value)) throw new BadUserInputError(field, `${field} must be a date like 2026-04-01.`);
  return `${value}T00:00:00+09:00`;
}
