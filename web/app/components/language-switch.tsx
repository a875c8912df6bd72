import { useLocation } from '@remix-run/react';
import { useId } from 'react';
import { useLocale, useT } from '~/i18n/react';
import { LOCALES } from '~/i18n';

/** A plain form POST to /lang that comes back to this page, so it works without JavaScript. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const labelId = useId();
  return (
    <form method="post" action="/lang" className="language-switch">
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <span id={labelId} className="language-switch__label">
        {t('profile.language')}
      </span>
      <span role="group" aria-labelledby={labelId} className="language-switch__options">
        {LOCALES.map((option) => (
          <button
            key={option}
            type="submit"
            name="lang"
            value={option}
            lang={option}
            aria-pressed={option === locale}
            className="language-switch__option"
          >
            {t(`lang.${option}`)}
          </button>
        ))}
      </span>
    </form>
  );
}
