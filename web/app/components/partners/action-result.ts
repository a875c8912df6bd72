import type { MessageKey } from '~/i18n';

/** What a partner form action reports back to its page (a plain object, serializable). */
export interface PartnerActionResult {
  ok: boolean;
  message: MessageKey;
  field?: string | null;
  existingPartnerId?: string | null;
}

export const ERROR_MESSAGES: Record<string, MessageKey> = {
  BAD_USER_INPUT: 'partners.error.input',
  FORBIDDEN: 'partners.error.forbidden',
  NOT_FOUND: 'partners.error.notFound',
  CONFLICT: 'partners.error.conflict',
};

/** The page's account of an API error that ERROR_MESSAGES knows (a duplicate links the existing partner). */
export function partnerActionError(error: {
  code: string;
  field: string | null;
  extensions: Record<string, unknown>;
}): PartnerActionResult {
  const existing = error.extensions.existingPartnerId;
  return {
    ok: false,
    message: ERROR_MESSAGES[error.code] ?? 'partners.error.unexpected',
    field: error.field ?? (typeof error.extensions.field === 'string' ? error.extensions.field : null),
    existingPartnerId: typeof existing === 'string' ? existing : null,
  };
}

/** HTTP status of a form answer for that error. */
export function statusOf(error: { code: string }): number {
  if (error.code === 'CONFLICT') return 409;
  if (error.code === 'BAD_USER_INPUT') return 400;
  if (error.code === 'NOT_FOUND') return 404;
  return 403;
}
