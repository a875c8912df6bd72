import { formatJst } from '~/components/bulletin/format';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { WorkshopTime } from './labels';
import type { WorkshopPageData } from './types';

/** The workshop's details as a definition list. */
export function WorkshopFacts({ workshop }: { workshop: WorkshopPageData }) {
  const t = useT();
  const locale = useLocale();
  const names = (people: readonly { displayName: string }[]) =>
    people.map((p) => p.displayName).join(locale === 'ja' ? '、' : ', ') || t('workshops.none');
  return (
    <dl className="facts">
      <dt>{t('workshops.when')}</dt>
      <dd>
        <WorkshopTime startsAt={workshop.startsAt} endsAt={workshop.endsAt} />
      </dd>
      <dt>{t('workshops.field.format')}</dt>
      <dd>{t(`workshops.format.${workshop.format}`)}</dd>
      {workshop.venue && (
        <>
          <dt>{t('workshops.field.venue')}</dt>
          <dd>
            {workshop.venue}
            {workshop.prefecture ? `（${localName(locale, workshop.prefecture)}）` : ''}
          </dd>
        </>
      )}
      {workshop.onlineUrl && (
        <>
          <dt>{t('workshops.field.onlineUrl')}</dt>
          <dd>
            <a href={workshop.onlineUrl} rel="noopener noreferrer nofollow">
              {workshop.onlineUrl}
            </a>
          </dd>
        </>
      )}
      <dt>{t('workshops.seats')}</dt>
      <dd>
        {t('workshops.seatsValue', {
          confirmed: workshop.confirmedCount,
          capacity: workshop.capacity,
          waitlist: workshop.waitlistCount,
        })}
      </dd>
      <dt>{t('workshops.registrationWindow')}</dt>
      <dd>
        {formatJst(locale, workshop.registrationOpensAt)} – {formatJst(locale, workshop.registrationClosesAt)}{' '}
        {workshop.registrationOpen && <span className="badge">{t('workshops.open')}</span>}
      </dd>
      <dt>{t('workshops.field.eligibility')}</dt>
      <dd>{t(`workshops.eligibility.${workshop.eligibility}`)}</dd>
      <dt>{t('workshops.field.themes')}</dt>
      <dd>{localNames(locale, workshop.themes)}</dd>
      <dt>{t('workshops.organizers')}</dt>
      <dd>{names(workshop.organizers)}</dd>
      <dt>{t('workshops.facilitators')}</dt>
      <dd>{names(workshop.facilitators)}</dd>
    </dl>
  );
}
