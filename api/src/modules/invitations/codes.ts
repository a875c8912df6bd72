import { createHash, randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read aloud and to type from paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** A new invitation code, 60 random bits, e.g. "7K3M-Q9TX-2BHD"; only its hash is stored. */
export function newInvitationCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** Case, spaces, hyphens and look-alike letters do not matter when a code is typed in. */
export function normalizeInvitationCode(code: string): string {
  return code.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function hashInvitationCode(code: string): string {
  return createHash('sha256')
    .update(`tsunagu-invitation:${normalizeInvitationCode(code)}`)
    .digest('hex');
}

export function looksLikeInvitationCode(code: string): boolean {
  return new RegExp(`^[${ALPHABET}]{${GROUPS * GROUP_LENGTH}}$`).test(normalizeInvitationCode(code));
}
