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
