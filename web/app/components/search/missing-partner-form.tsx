import { Form } from '@remix-run/react';
import type { SearchOptionsQuery } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

/** "Report a missing partner" (COORDINATOR only): posts to the search page's action. */
export function MissingPartnerForm({
  options,
  prefecture,
  domain,
  language,
  languageName,
  error,
}: {
  options: SearchOptionsQuery;
  prefecture: string;
  domain: string;
  language: string;
  /** The needed language's name, shown so the reporter sees it is part of the report. */
  languageName: string | null;
  error: string | null;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="missing-partner" aria-labelledby="missing-partner-heading">
      <h2 id="missing-partner-heading">{t('search.missing.heading')}</h2>
      <p>{t('search.missing.lead')}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="report-missing" />
        <input type="hidden" name="prefecture" value={prefecture} />
        <input type="hidden" name="language" value={language} />
        {languageName && (
          <p className="missing-partner__language">
            {t('search.missing.language', { language: languageName })}
          </p>
        )}
        <div className="field">
          <label htmlFor="missing-domain">{t('search.domain')}</label>
          <select id="missing-domain" name="domain" defaultValue={domain} required>
            <option value="">{t('search.any')}</option>
            {options.supportDomains.map((d) => (
              <option key={d.code} value={d.code}>
                {localName(locale, d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="missing-note">{t('search.missing.note')}</label>
          <textarea id="missing-note" name="note" maxLength={1000} rows={3} />
        </div>
        {error && (
          <p className="form-message form-message--error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--secondary">
          {t('search.missing.submit')}
        </button>
      </Form>
    </section>
  );
}
