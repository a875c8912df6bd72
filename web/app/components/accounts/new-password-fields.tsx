import { useT } from '~/i18n/react';

/** The shortest password the API accepts (accounts/passwords). */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * The new-password and confirmation fields with their hint, for setting, changing and resetting a password.
 * `invalidField` marks the field the API refused; `messageId` is the form message that explains it.
 */
export function NewPasswordFields({
  invalidField,
  messageId,
}: {
  invalidField?: string | null;
  messageId: string;
}) {
  const t = useT();
  return (
    <>
      <p id="password-hint" className="hint">
        {t('accounts.password.hint', { min: MIN_PASSWORD_LENGTH })}
      </p>
      <div className="field">
        <label htmlFor="password">{t('accounts.password.new')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          required
          aria-invalid={invalidField === 'password' || undefined}
          aria-describedby={invalidField === 'password' ? messageId : 'password-hint'}
        />
      </div>
      <div className="field">
        <label htmlFor="confirm">{t('accounts.password.confirm')}</label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={invalidField === 'confirm' || undefined}
          aria-describedby={invalidField === 'confirm' ? messageId : undefined}
        />
      </div>
    </>
  );
}
