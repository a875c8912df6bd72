import { Form } from '@remix-run/react';
import type { PartnerPageQuery, ReferralOutcome } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

export const OUTCOMES = [
  'RESOLVED',
  'PARTLY_RESOLVED',
  'NOT_ELIGIBLE',
  'NO_CAPACITY',
  'COULD_NOT_CONTACT',
  'DECLINED',
  'UNKNOWN',
] as const satisfies readonly ReferralOutcome[];

type Page = PartnerPageQuery;

function OutcomeSelect({ id, defaultValue }: { id: string; defaultValue: ReferralOutcome }) {
  const t = useT();
  return (
    <select id={id} name="outcome" defaultValue={defaultValue}>
      {OUTCOMES.map((o) => (
        <option key={o} value={o}>
          {t(`partners.outcome.${o}`)}
        </option>
      ))}
    </select>
  );
}

/** "I referred a client here", the viewer's referrals with their outcomes, and the endorsement form. */
export function CoordinatorForms({ page, today }: { page: Page; today: string }) {
  const t = useT();
  const locale = useLocale();
  const { partner } = page;
  return (
    <>
      <section aria-labelledby="refer-heading">
        <h2 id="refer-heading">{t('partners.referTitle')}</h2>
        <p>{t('partners.referIntro')}</p>
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="refer" />
          <div className="field">
            <label htmlFor="refer-date">{t('partners.date')}</label>
            <input id="refer-date" name="date" type="date" required defaultValue={today} max={today} />
          </div>
          <div className="field">
            <label htmlFor="refer-domain">{t('partners.domain')}</label>
            <select id="refer-domain" name="domain" defaultValue={partner.domains[0]?.code}>
              {page.supportDomains.map((d) => (
                <option key={d.code} value={d.code}>
                  {localName(locale, d)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="refer-language">{t('partners.language')}</label>
            <select id="refer-language" name="language" defaultValue="ja">
              {page.languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {localName(locale, l)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="refer-outcome">{t('partners.outcome')}</label>
            <OutcomeSelect id="refer-outcome" defaultValue="UNKNOWN" />
          </div>
          <button type="submit" className="button button--primary">
            {t('partners.recordReferral')}
          </button>
        </Form>
        {partner.viewerReferrals.length > 0 && (
          <>
            <h3>{t('partners.myReferrals')}</h3>
            <ul className="referral-list">
              {partner.viewerReferrals.map((r) => (
                <li key={r.id}>
                  <Form method="post" className="form form--inline">
                    <input type="hidden" name="intent" value="outcome" />
                    <input type="hidden" name="referralId" value={r.id} />
                    <label htmlFor={`outcome-${r.id}`}>
                      {r.date} {r.domain ? localName(locale, r.domain) : ''}
                    </label>{' '}
                    <OutcomeSelect id={`outcome-${r.id}`} defaultValue={r.outcome} />{' '}
                    <button type="submit" className="button button--secondary">
                      {t('partners.updateOutcome')}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="endorse-heading">
        <h2 id="endorse-heading">{t('partners.endorseTitle')}</h2>
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="endorse" />
          <div className="field">
            <label htmlFor="endorse-note">{t('partners.note')}</label>
            <textarea
              id="endorse-note"
              name="note"
              maxLength={280}
              rows={3}
              required
              defaultValue={partner.viewerEndorsement?.note ?? ''}
            />
          </div>
          <button type="submit" className="button button--primary">
            {t('partners.endorse')}
          </button>
        </Form>
      </section>
    </>
  );
}

/** One-click "still accurate" (coordinators and ISA) and the ISA verify switch. */
export function UpkeepForms({ verified, isAdmin }: { verified: boolean; isAdmin: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="upkeep-heading">
      <h2 id="upkeep-heading">{t('partners.confirmIntro')}</h2>
      <Form method="post" className="form form--inline">
        <input type="hidden" name="intent" value="confirm" />
        <button type="submit" className="button button--secondary">
          {t('partners.confirm')}
        </button>
      </Form>
      {isAdmin && (
        <Form method="post" className="form form--inline">
          <input type="hidden" name="intent" value="verify" />
          <input type="hidden" name="verified" value={verified ? 'false' : 'true'} />
          <button type="submit" className="button button--secondary">
            {verified ? t('partners.unverify') : t('partners.verify')}
          </button>
        </Form>
      )}
    </section>
  );
}
