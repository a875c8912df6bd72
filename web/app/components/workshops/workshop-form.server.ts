import { jstLocalToInstant } from '~/components/bulletin/format';
import type { WorkshopContentInput, WorkshopEligibility, WorkshopFormat } from '~/generated/graphql';

const FORMATS: readonly WorkshopFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
const ELIGIBILITY: readonly WorkshopEligibility[] = ['ANY_GRADUATE', 'CERTIFICATE_VALID'];

/** A form field the JST conversion refused, named like the API's BAD_USER_INPUT field. */
export class FormTimeError extends Error {
  constructor(readonly field: string) {
    super(`${field} is not a date and time.`);
  }
}

/**
 * Reads the workshop editor into the API's input: JST `datetime-local` values become ISO instants with
 * +09:00; everything else is validated by the API (BAD_USER_INPUT naming the field).
 */
export function workshopContentFrom(form: FormData): WorkshopContentInput {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const time = (name: string) => {
    const instant = jstLocalToInstant(text(name));
    if (!instant) throw new FormTimeError(name);
    return instant;
  };
  return {
    title: text('title'),
    description: text('description'),
    themes: form.getAll('themes').map(String).filter(Boolean),
    format: FORMATS.find((f) => f === text('format')) ?? 'IN_PERSON',
    startsAt: time('startsAt'),
    endsAt: time('endsAt'),
    venue: text('venue') || null,
    onlineUrl: text('onlineUrl') || null,
    prefecture: text('prefecture') || null,
    capacity: Number.parseInt(text('capacity'), 10) || 0,
    registrationOpensAt: time('registrationOpensAt'),
    registrationClosesAt: time('registrationClosesAt'),
    eligibility: ELIGIBILITY.find((e) => e === text('eligibility')) ?? 'ANY_GRADUATE',
    facilitatorEmails: text('facilitatorEmails')
      .split(/[\s,、]+/)
      .filter(Boolean),
  };
}
