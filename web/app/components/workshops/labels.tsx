import { formatJst } from '~/components/bulletin/format';
import type { WorkshopRegistrationStatus } from '~/generated/graphql';
import { useLocale, useT } from '~/i18n/react';

/** "Confirmed" / "Waitlist #3" / "Cancelled" for one registration. */
export function RegistrationBadge({
  registration,
}: {
  registration: { status: WorkshopRegistrationStatus; waitlistPosition?: number | null } | null;
}) {
  const t = useT();
  if (!registration) return null;
  if (registration.status === 'WAITLISTED') {
    return (
      <span className="badge badge--pending">
        {t('workshops.status.WAITLISTED_AT', { position: registration.waitlistPosition ?? '?' })}
      </span>
    );
  }
  return (
    <span className={registration.status === 'CONFIRMED' ? 'badge badge--verified' : 'badge'}>
      {t(`workshops.status.${registration.status}`)}
    </span>
  );
}

/** Start–end in JST. */
export function WorkshopTime({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const locale = useLocale();
  return (
    <>
      {formatJst(locale, startsAt)} – {formatJst(locale, endsAt)}
    </>
  );
}
