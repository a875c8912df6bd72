import type { NoticeCategory, Role } from '~/generated/graphql';

export const NOTICE_CATEGORIES = [
  'ADMINISTRATIVE',
  'LAW_CHANGE',
  'INSTITUTIONAL',
  'TRAINING_CERTIFICATION',
  'EVENT',
] as const satisfies readonly NoticeCategory[];

export const AUDIENCE_ROLES = [
  'COORDINATOR',
  'WORKSHOP_ORGANIZER',
  'LOCAL_GOV',
] as const satisfies readonly Role[];
