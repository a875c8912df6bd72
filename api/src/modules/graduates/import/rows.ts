import type { ReferenceCatalog } from '../../reference/catalog.js';
import { defaultExpiry, parseIsoDate } from '../certificate.js';
import { CERTIFICATE_NUMBER_PATTERN, EMAIL_PATTERN } from '../profile-input.js';
import type { ImportColumn } from './columns.js';

export interface RowError {
  line: number;
  column: string | null;
  message: string;
}

/**
 * A valid row as graph values. A field is undefined when its column is not in the file (an update
 * leaves it alone) and null when the cell is empty (an update clears it).
 */
export interface ImportRecord {
  line: number;
  certificateNumber: string;
  nameKanji: string;
  nameKana?: string | null;
  nameLatin?: string | null;
  cohort: number;
  prefecture: string;
  municipality?: string | null;
  email?: string | null;
  affiliation?: string | null;
  certificateIssuedOn?: string | null;
  certificateExpiresOn?: string | null;
  languages?: string[];
  domains?: string[];
  expert?: boolean;
}

const LIST_SEPARATORS = /[;；、,，/|・]+/;
const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 'はい', '○', '◯', '有']);
const FALSE_WORDS = new Set(['', 'false', '0', 'no', 'n', 'いいえ', '×', '無']);

/** 2024, 2024年度, R6, 令和6(年度) → 2024. */
export function parseCohort(text: string): number | null {
  const t = text
    .normalize('NFKC')
    .trim()
    .replace(/年度?$/, '');
  const reiwa = /^(?:令和|r)(\d{1,2}|元)$/i.exec(t);
  if (reiwa) return 2018 + (reiwa[1] === '元' ? 1 : Number(reiwa[1]));
  if (/^\d{4}$/.test(t)) {
    const year = Number(t);
    return year >= 2000 && year <= 2100 ? year : null;
  }
  return null;
}

/** A JIS code (1–47, with or without a leading zero), or a Japanese or English name. */
export function parsePrefecture(text: string, catalog: ReferenceCatalog): string | null {
  const t = text.normalize('NFKC').trim();
  if (/^\d{1,2}$/.test(t)) return catalog.get('prefectures', t.padStart(2, '0'))?.code ?? null;
  const lower = t.toLowerCase();
  const found = catalog
    .all('prefectures')
    .find(
      (p) =>
        p.nameJa === t ||
        p.nameJa.replace(/[都道府県]$/, '') === t ||
        p.nameEn.toLowerCase() === lower ||
        p.nameEn.toLowerCase().replace(/-(to|do|fu|ken)$/, '') === lower,
    );
  return found?.code ?? null;
}

function parseCodes(
  text: string,
  items: readonly { code: string; nameJa: string; nameEn: string }[],
): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of text.normalize('NFKC').split(LIST_SEPARATORS)) {
    const t = part.trim();
    if (!t) continue;
    const lower = t.toLowerCase();
    const hit = items.find(
      (i) =>
        i.code.toLowerCase() === lower ||
        i.nameJa === t ||
        i.nameEn.toLowerCase() === lower ||
        // "労働条件" for "労働条件（労働契約・賃金・労働時間）"; "Working conditions" likewise
        i.nameJa.replace(/[（(].*$/, '') === t ||
        i.nameEn.toLowerCase().split(/[:(]/)[0].trim() === lower,
    );
    if (hit) codes.push(hit.code);
    else unknown.push(t);
  }
  return { codes: [...new Set(codes)], unknown };
}

/** Control characters, and U+FFFD: what a decoder puts where the file's bytes were not text. */
const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

/** Validates one data row; returns the record or the row's errors (each naming its column). */
export function readImportRow(
  line: number,
  values: Partial<Record<ImportColumn, string>>,
  catalog: ReferenceCatalog,
): { record: ImportRecord | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: ImportColumn, message: string) => errors.push({ line, column, message });
  const text = (column: ImportColumn, max: number): string | null | undefined => {
    const raw = values[column];
    if (raw === undefined) return undefined;
    const t = raw.normalize('NFKC').trim();
    if (UNREADABLE.test(t))
      fail(column, 'Contains control characters or bytes that are not text in this encoding.');
    else if (t.length > max) fail(column, `At most ${max} characters.`);
    return t === '' ? null : t;
  };

  const name = text('name', 60);
  if (!name) fail('name', 'The name is required.');
  const certificateNumber = text('certificate_number', 32);
  if (!certificateNumber) fail('certificate_number', 'The certificate number is required.');
  else if (!CERTIFICATE_NUMBER_PATTERN.test(certificateNumber)) {
    fail('certificate_number', 'Use 3–32 letters, digits or hyphens.');
  }
  const cohort = parseCohort(values.cohort ?? '');
  if (cohort === null) fail('cohort', 'Use a fiscal year such as 2024 or 令和6.');
  const prefecture = parsePrefecture(values.prefecture ?? '', catalog);
  if (!prefecture) fail('prefecture', 'Use a prefecture name or JIS code (01–47).');

  const email = text('email', 254)?.toLowerCase();
  if (email && !EMAIL_PATTERN.test(email)) fail('email', 'Not a valid e-mail address.');

  const date = (column: 'issued_on' | 'expires_on') => {
    const t = text(column, 20);
    if (!t) return t;
    const parsed = parseIsoDate(t);
    if (!parsed) fail(column, 'Use a date such as 2025-04-01.');
    return parsed;
  };
  const issuedOn = date('issued_on');
  let expiresOn = date('expires_on');
  if (issuedOn && expiresOn === undefined) expiresOn = defaultExpiry(issuedOn);
  if (issuedOn && expiresOn && expiresOn <= issuedOn)
    fail('expires_on', 'The expiry must be after the issue date.');

  const list = (column: 'languages' | 'domains', kind: 'languages' | 'domains') => {
    if (values[column] === undefined) return undefined;
    const { codes, unknown } = parseCodes(values[column]!, catalog.all(kind));
    if (unknown.length) fail(column, `Unknown: ${unknown.join(', ')}.`);
    return codes;
  };
  const languages = list('languages', 'languages');
  const domains = list('domains', 'domains');

  let expert: boolean | undefined;
  if (values.expert !== undefined) {
    const t = values.expert.normalize('NFKC').trim().toLowerCase();
    if (TRUE_WORDS.has(t)) expert = true;
    else if (FALSE_WORDS.has(t)) expert = false;
    else fail('expert', 'Use yes/no (はい/いいえ).');
  }

  const record: ImportRecord = {
    line,
    certificateNumber: certificateNumber ?? '',
    nameKanji: name ?? '',
    nameKana: text('kana', 60),
    nameLatin: text('name_latin', 80),
    cohort: cohort ?? 0,
    prefecture: prefecture ?? '',
    municipality: text('municipality', 60),
    email,
    affiliation: text('affiliation', 120),
    certificateIssuedOn: issuedOn,
    certificateExpiresOn: expiresOn,
    languages,
    domains,
    expert,
  };
  return errors.length ? { record: null, errors } : { record, errors };
}
