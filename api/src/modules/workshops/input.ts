import { BadUserInputError } from '../../errors.js';
import type { WorkshopContentInput } from '../../generated/graphql.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import type { WorkshopEligibility, WorkshopFormat } from './model.js';

/** The stored properties of a workshop (times as ISO strings, written with datetime()). */
export interface WorkshopProps {
  title: string;
  description: string;
  themeCodes: string[];
  format: WorkshopFormat;
  startsAt: string;
  endsAt: string;
  venue: string | null;
  onlineUrl: string | null;
  prefectureCode: string | null;
  capacity: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  eligibility: WorkshopEligibility;
}

export interface WorkshopContent {
  props: WorkshopProps;
  /** Lower-cased e-mails of the facilitators, resolved to accounts by the repository. */
  facilitatorEmails: string[];
}

export const MAX_CAPACITY = 500;

function text(field: string, value: string | null | undefined, max: number, required = true): string | null {
  const trimmed = (value ?? '').trim();
  if (!trimmed) {
    if (required) throw new BadUserInputError(field, `${field} is required.`);
    return null;
  }
  if (trimmed.length > max) throw new BadUserInputError(field, `${field} must be at most ${max} characters.`);
  return trimmed;
}

function httpsUrl(field: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return url.toString();
  } catch {
    // fall through
  }
  throw new BadUserInputError(field, `${field} must be an https:// link.`);
}

/** Validates the editable fields; every problem names its field. */
export function parseWorkshopContent(
  input: WorkshopContentInput,
  catalog: ReferenceCatalog,
): WorkshopContent {
  const title = text('title', input.title, 200)!;
  const description = text('description', input.description, 5_000, false) ?? '';
  const themeCodes = [...new Set(input.themes)].sort();
  if (themeCodes.length < 1 || themeCodes.length > 5) {
    throw new BadUserInputError('themes', 'Choose one to five support domains.');
  }
  for (const code of themeCodes) {
    if (!catalog.get('domains', code))
      throw new BadUserInputError('themes', `${code} is not a support domain.`);
  }
  const atVenue = input.format !== 'ONLINE';
  const online = input.format !== 'IN_PERSON';
  const venue = text('venue', input.venue, 300, atVenue);
  const prefecture = input.prefecture ? catalog.get('prefectures', input.prefecture) : null;
  if (input.prefecture && !prefecture) {
    throw new BadUserInputError('prefecture', `${input.prefecture} is not a prefecture code.`);
  }
  if (atVenue && !prefecture)
    throw new BadUserInputError('prefecture', 'Choose the prefecture of the venue.');
  const rawUrl = text('onlineUrl', input.onlineUrl, 500, online);
  const onlineUrl = rawUrl ? httpsUrl('onlineUrl', rawUrl) : null;
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > MAX_CAPACITY) {
    throw new BadUserInputError('capacity', `capacity must be 1 to ${MAX_CAPACITY}.`);
  }
  const [startsAt, endsAt, opensAt, closesAt] = [
    input.startsAt,
    input.endsAt,
    input.registrationOpensAt,
    input.registrationClosesAt,
  ].map((v) => new Date(v).toISOString());
  if (endsAt <= startsAt) throw new BadUserInputError('endsAt', 'The workshop must end after it starts.');
  if (closesAt <= opensAt) {
    throw new BadUserInputError('registrationClosesAt', 'Registration must close after it opens.');
  }
  if (closesAt > startsAt) {
    throw new BadUserInputError(
      'registrationClosesAt',
      'Registration must close before the workshop starts.',
    );
  }
  const facilitatorEmails = [...new Set(input.facilitatorEmails.map((e) => e.trim().toLowerCase()))].filter(
    Boolean,
  );
  if (facilitatorEmails.length > 20)
    throw new BadUserInputError('facilitatorEmails', 'At most 20 facilitators.');
  return {
    props: {
      title,
      description,
      themeCodes,
      format: input.format,
      startsAt,
      endsAt,
      venue: atVenue ? venue : null,
      onlineUrl: online ? onlineUrl : null,
      prefectureCode: atVenue ? prefecture!.code : (prefecture?.code ?? null),
      capacity: input.capacity,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesAt,
      eligibility: input.eligibility,
    },
    facilitatorEmails,
  };
}
