import type { NoticeContentInput, Role } from '~/generated/graphql';
import { AUDIENCE_ROLES, NOTICE_CATEGORIES } from './categories';
import { jstLocalToInstant } from './format';

const MAX_ATTACHMENTS = 10;

/**
 * Reads the notice editor's form into the API's content input. Validation is the API's job (it
 * answers BAD_USER_INPUT naming the field); this only maps form fields and converts JST times.
 */
export function noticeContentFrom(form: FormData): NoticeContentInput {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const list = (name: string) => form.getAll(name).map(String).filter(Boolean);
  const category = NOTICE_CATEGORIES.find((c) => c === text('category')) ?? 'ADMINISTRATIVE';
  const attachments = Array.from({ length: MAX_ATTACHMENTS }, (_, i) => ({
    title: text(`attachmentTitle${i}`),
    url: text(`attachmentUrl${i}`),
  })).filter((a) => a.title || a.url);
  const allRegions = text('scope') === 'all';
  return {
    title: text('title'),
    bodyMarkdown: text('bodyMarkdown'),
    category,
    effectiveDate: text('effectiveDate') || null,
    importance: form.get('requiresAck') === 'on' ? 'REQUIRES_ACKNOWLEDGEMENT' : 'NORMAL',
    audience: {
      allRegions,
      bureaus: allRegions ? [] : list('bureaus'),
      prefectures: allRegions ? [] : list('prefectures'),
      roles: list('roles').filter((r): r is Role => (AUDIENCE_ROLES as readonly string[]).includes(r)),
    },
    pinnedUntil: jstLocalToInstant(text('pinnedUntil')),
    attachments,
  };
}
