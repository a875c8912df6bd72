import { BadUserInputError } from '../../errors.js';
import type { UpdateCertificationInput, UpdateMyProfileInput } from '../../generated/graphql.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { defaultExpiry, parseIsoDate } from './certificate.js';
import type { CertificationChanges, ProfileChanges } from './repository.js';
import { PROTECTED_FIELD_NAMES, PROTECTED_FIELDS } from './visibility.js';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const CERTIFICATE_NUMBER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{2,31}$/;

// Free-text profile fields and their longest accepted length.
const TEXT_LIMITS = {
  displayName: 60,
  nameKanji: 60,
  nameKana: 60,
  nameLatin: 80,
  affiliation: 120,
  municipality: 60,
  email: 254,
  bio: 800,
  contactNote: 300,
} as const;

/** Validates a coordinator's own changes (BAD_USER_INPUT names the field) into graph properties. */
export function profileChanges(input: UpdateMyProfileInput, catalog: ReferenceCatalog): ProfileChanges {
  const props: Record<string, string | null> = {};
  for (const field of Object.keys(TEXT_LIMITS) as (keyof typeof TEXT_LIMITS)[]) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    const text = value.trim();
    if (text.length > TEXT_LIMITS[field]) {
      throw new BadUserInputError(field, `${field} must be at most ${TEXT_LIMITS[field]} characters.`);
    }
    if (field === 'displayName' && text.length === 0) {
      throw new BadUserInputError(field, 'displayName must not be empty.');
    }
    if (field === 'email' && text && !EMAIL_PATTERN.test(text)) {
      throw new BadUserInputError(field, 'Enter a valid e-mail address.');
    }
    props[field] = text === '' ? null : field === 'email' ? text.toLowerCase() : text;
  }
  for (const field of PROTECTED_FIELD_NAMES) {
    const visibility = input.visibility?.[field];
    if (visibility) props[PROTECTED_FIELDS[field].visibilityProp] = visibility;
  }
  const changes: ProfileChanges = { props };
  if (input.prefecture != null) {
    if (!catalog.get('prefectures', input.prefecture)) {
      throw new BadUserInputError('prefecture', 'Unknown prefecture code.');
    }
    changes.prefecture = input.prefecture;
  }
  if (input.languages != null)
    changes.languages = knownCodes(catalog, 'languages', input.languages, 'languages');
  if (input.domains != null) changes.domains = knownCodes(catalog, 'domains', input.domains, 'domains');
  return changes;
}

function knownCodes(
  catalog: ReferenceCatalog,
  kind: 'languages' | 'domains',
  codes: readonly string[],
  field: string,
): string[] {
  const unknown = codes.filter((c) => !catalog.get(kind, c));
  if (unknown.length) throw new BadUserInputError(field, `Unknown codes: ${unknown.join(', ')}.`);
  if (codes.length > 20) throw new BadUserInputError(field, 'At most 20 entries.');
  return [...new Set(codes)];
}

/** Validates ISA's certification changes; an issue date alone sets the expiry three years later. */
export function certificationChanges(input: UpdateCertificationInput): CertificationChanges {
  const changes: CertificationChanges = {};
  if (input.certificateNumber != null) {
    const number = input.certificateNumber.trim();
    if (!CERTIFICATE_NUMBER_PATTERN.test(number)) {
      throw new BadUserInputError('certificateNumber', 'Use 3–32 letters, digits or hyphens.');
    }
    changes.certificateNumber = number;
  }
  if (input.issuedOn != null) {
    const issued = parseIsoDate(input.issuedOn);
    if (!issued) throw new BadUserInputError('issuedOn', 'Use a date like 2025-04-01.');
    changes.certificateIssuedOn = issued;
    changes.certificateExpiresOn = defaultExpiry(issued);
  }
  if (input.expiresOn != null) {
    const expires = parseIsoDate(input.expiresOn);
    if (!expires) throw new BadUserInputError('expiresOn', 'Use a date like 2028-03-31.');
    if (changes.certificateIssuedOn && expires <= changes.certificateIssuedOn) {
      throw new BadUserInputError('expiresOn', 'The expiry must be after the issue date.');
    }
    changes.certificateExpiresOn = expires;
  }
  if (input.expert != null) changes.expert = input.expert;
  return changes;
}
