import { Form } from '@remix-run/react';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { RegistrationBadge } from './labels';
import type { WorkshopPageData } from './types';

/** A graduate's own registration: register (with peer consent), consent, cancel, and their group. */
export function MyRegistration({ workshop }: { workshop: WorkshopPageData }) {
  const t = useT();
  const locale = useLocale();
  const mine = workshop.myRegistration;
  const active = mine && mine.status !== 'CANCELLED';
  const started = Date.parse(workshop.startsAt) <= Date.now();
  return (
    <section aria-labelledby="my-registration" className="form">
      <h2 id="my-registration">{t('workshops.myRegistration')}</h2>
      {mine && (
        <p role="status">
          <RegistrationBadge registration={mine} />{' '}
          {mine.status === 'WAITLISTED' && t('workshops.waitlistExplained')}
          {mine.attended && ` ${t('workshops.attendedYou')}`}
        </p>
      )}
      {!active && workshop.registrationOpen && (
        <Form method="post">
          <input type="hidden" name="intent" value="register" />
          <div className="field field--checkbox">
            <input id="peerConsent" name="peerConsent" type="checkbox" value="yes" defaultChecked />
            <label htmlFor="peerConsent">{t('workshops.peerConsent')}</label>
          </div>
          <p className="hint">{t('workshops.peerConsentHint')}</p>
          <button type="submit" className="button button--primary">
            {workshop.confirmedCount >= workshop.capacity
              ? t('workshops.joinWaitlist')
              : t('workshops.register')}
          </button>
        </Form>
      )}
      {!active && !workshop.registrationOpen && <p>{t('workshops.registrationClosed')}</p>}
      {active && !workshop.attendanceRecordedAt && (
        <Form method="post">
          <input type="hidden" name="intent" value="consent" />
          <div className="field field--checkbox">
            <input
              id="consent"
              name="peerConsent"
              type="checkbox"
              value="yes"
              defaultChecked={mine.peerConsent}
            />
            <label htmlFor="consent">{t('workshops.peerConsent')}</label>
          </div>
          <button type="submit" className="button button--secondary">
            {t('workshops.saveConsent')}
          </button>
        </Form>
      )}
      {active && workshop.attendanceRecordedAt && (
        <p>{mine.peerConsent ? t('workshops.consentGiven') : t('workshops.consentNotGiven')}</p>
      )}
      {active && !started && (
        <Form method="post">
          <input type="hidden" name="intent" value="cancel" />
          <button type="submit" className="button button--quiet">
            {t('workshops.cancel')}
          </button>
        </Form>
      )}
      {workshop.myGroup && (
        <>
          <h3>{t('workshops.myGroup', { number: workshop.myGroup.number })}</h3>
          <p>
            {t('workshops.groupFacilitator')}:{' '}
            {workshop.myGroup.facilitator?.displayName ?? t('workshops.none')}
          </p>
          <ul>
            {workshop.myGroup.members.map((m) => (
              <li key={m.id}>
                {m.displayName}
                {m.prefecture ? `（${localName(locale, m.prefecture)}）` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
