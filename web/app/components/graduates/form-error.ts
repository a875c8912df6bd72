import type { MessageKey } from '~/i18n';

/** What an action tells its form: a message key, the field at fault, and the API's message. */
export interface FormOutcome {
  ok: boolean;
  message: MessageKey;
  field?: string | null;
  detail?: string;
}
