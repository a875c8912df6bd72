import { readFileSync } from 'node:fs';
import { BadUserInputError } from '../../errors.js';
import { findIdentifiers, type IdentifierKind } from '../../privacy/identifiers.js';
import { findPersonNames } from '../../privacy/person-names.js';

/**
 * The anonymization check of workshop case materials and knowledge-base insights. Hard identifiers come
 * from the shared detector (privacy/identifiers.ts: residence card, e-mail, phone, and every full y-m-d date,
 * which it reports as BIRTH_DATE); they can never be waived. This module adds two workshop-only, "soft" rules
 * that the author may confirm as false positives:
 *
 * - PERSONAL_NAME: a likely name of a person (privacy/person-names.ts: honorifics, katakana full names, names after
 *   a role word or nationality, Latin names).
 * - RARE_COMBINATION: the material names a town or village (a word ending in 町/村, or a 郡) AND a nationality
 *   that is rare among residents: one of the reference list (graph-seeds/data/resident-nationalities.json) with a
 *   share below RARE_SHARE, or a katakana country word before 国籍/出身/人 that is not on that list at all (the
 *   list names every nationality above 1.4 %). Flagged on each field that names the rare nationality.
 */
export type FlagKind = IdentifierKind | 'PERSONAL_NAME' | 'RARE_COMBINATION';

export interface FlagRow {
  field: string;
  kind: FlagKind;
  match: string;
  soft: boolean;
}

export const SOFT_KINDS: ReadonlySet<FlagKind> = new Set(['PERSONAL_NAME', 'RARE_COMBINATION']);

/** Below this share of all foreign residents a nationality counts as rare (about 68,000 people). */
export const RARE_SHARE = 0.02;

interface NationalityItem {
  nationalityEn: string;
  nationalityJa: string;
  share: number;
}

// Reference data shared with the seed loader (the Nationality nodes are loaded from the same file).
const NATIONALITIES: NationalityItem[] = (
  JSON.parse(
    readFileSync(
      new URL('../../../../graph-seeds/data/resident-nationalities.json', import.meta.url),
      'utf8',
    ),
  ) as { items: NationalityItem[] }
).items.filter((n) => n.nationalityEn !== 'Other');

const COMMON_JA = new Set(NATIONALITIES.filter((n) => n.share >= RARE_SHARE).map((n) => n.nationalityJa));
const RARE_LISTED = NATIONALITIES.filter((n) => n.share < RARE_SHARE);
/** Words before 人/国籍/出身 that are not nationalities. */
const NOT_NATIONALITY = new Set(
  'アジア アフリカ ヨーロッパ ラテンアメリカ オセアニア ネイティブ ゲスト ボランティア スタッフ'.split(' '),
);
/** Generic words ending in 町/村 that are not place names. */
const NOT_TOWN = new Set('市町村 町村 山村 農村 漁村 農山村 下町 城下町 門前町'.split(' '));

const TOWN = /[一-龯ァ-ヶ]{1,5}(?:町|村|郡)(?!内)/g;
const KATAKANA_NATIONALITY = /([ァ-ヶー]{2,12})(?:国籍|出身|人)/g;

function rareNationalities(text: string): string[] {
  const found: string[] = [];
  for (const n of RARE_LISTED) {
    // Katakana names must stand alone (タイ is not タイミング, インド is not インドネシア).
    if (new RegExp(`(?<![ァ-ヶー])${n.nationalityJa}(?![ァ-ヶー])`).test(text)) found.push(n.nationalityJa);
    else if (new RegExp(`\\b${n.nationalityEn}\\b`, 'i').test(text)) found.push(n.nationalityEn);
  }
  for (const m of text.matchAll(KATAKANA_NATIONALITY)) {
    const word = m[1];
    const listed = NATIONALITIES.some((n) => n.nationalityJa === word);
    if (!listed && !COMMON_JA.has(word) && !NOT_NATIONALITY.has(word)) found.push(word);
  }
  return [...new Set(found)];
}

/** Every flag in the given fields (field name → text), hard and soft, in field order. */
export function findAnonymizationFlags(fields: Record<string, string>): FlagRow[] {
  const flags: FlagRow[] = [];
  const push = (field: string, kind: FlagKind, match: string) => {
    if (!flags.some((f) => f.field === field && f.kind === kind && f.match === match)) {
      flags.push({ field, kind, match, soft: SOFT_KINDS.has(kind) });
    }
  };
  const folded = Object.entries(fields).map(([field, text]) => [field, text.normalize('NFKC')] as const);
  const towns = folded
    .flatMap(([, text]) => [...text.matchAll(TOWN)].map((m) => m[0]))
    .filter((town) => !NOT_TOWN.has(town) && ![...NOT_TOWN].some((w) => town.endsWith(w)));
  for (const [field, text] of folded) {
    for (const f of findIdentifiers(text)) push(field, f.kind, f.match);
    for (const name of findPersonNames(text)) push(field, 'PERSONAL_NAME', name);
    if (towns.length) {
      for (const nationality of rareNationalities(text)) {
        push(field, 'RARE_COMBINATION', `${towns[0]} + ${nationality}`);
      }
    }
  }
  return flags;
}

/** A confirmation the author sent for a flag. */
export interface FlagConfirmation {
  field: string;
  kind: string;
  match: string;
}

/** The flags that still block: every hard flag, and each soft flag the author did not confirm. */
export function blockingFlags(flags: FlagRow[], confirmed: readonly FlagConfirmation[]): FlagRow[] {
  return flags.filter(
    (f) => !f.soft || !confirmed.some((c) => c.field === f.field && c.kind === f.kind && c.match === f.match),
  );
}

/** BAD_USER_INPUT naming the first blocking field, with `extensions.flags` listing all of them. */
export class AnonymizationError extends BadUserInputError {
  constructor(readonly flags: FlagRow[]) {
    super(
      flags[0].field,
      `Possible identifiers remain: ${flags.map((f) => `${f.field}: ${f.kind} "${f.match}"`).join('; ')}.`,
    );
    Object.assign(this.extensions, { flags });
  }
}

/**
 * Checks the fields; throws AnonymizationError while blocking flags remain. Returns the soft flags the
 * author confirmed (stored with the text so a reviewer sees them).
 */
export function requireAnonymized(
  fields: Record<string, string>,
  confirmed: readonly FlagConfirmation[] | null | undefined,
): FlagRow[] {
  const flags = findAnonymizationFlags(fields);
  const blocking = blockingFlags(flags, confirmed ?? []);
  if (blocking.length) throw new AnonymizationError(blocking);
  return flags.filter((f) => f.soft);
}
