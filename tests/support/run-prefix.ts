import { randomBytes } from 'node:crypto';

/**
 * A unique prefix for one run's data, in letters only: six random hex digits would sometimes be all
 * digits, which the identifier checks (Q&A posts, case materials, insights) rightly take for a phone number.
 */
export function runPrefix(name: string): string {
  return `${name}-${randomBytes(3)
    .toString('hex')
    .replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)])}`;
}
