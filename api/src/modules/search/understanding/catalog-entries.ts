import { normalizedKey } from './normalize.js';
import type { LexiconEntry } from './types.js';

/** The reference rows the lexicon derives terms from (the API's catalog records fit). */
export interface LexiconReference {
  domains: readonly { code: string; nameJa: string; nameEn: string; parentCode?: string | null }[];
  languages: readonly { code: string; nameJa: string; nameEn: string; nameNative?: string | null }[];
  statuses: readonly { code: string; nameJa: string; nameEn: string }[];
  prefectures: readonly { code: string; nameJa: string; nameEn: string }[];
}

const SOURCE = 'catalog';

const wordSet = (words: string) => new Set(words.trim().split(/\s+/));
// Label parts that say nothing about the topic on their own ("在留資格（取得・変更）").
const GENERIC_JA = wordSet('取得 変更 許可申請 取消 安全 その他');
const GENERIC_EN =
  wordSet(`acquisition application change civil contracts entry general health integration other
  safety simplified traditional transfer transfers`);
// Statuses whose names are ordinary words (医療 is also a domain, 教育 a field): never read from free text.
const GENERIC_STATUS_NAMES = wordSet(
  '外交 公用 教授 芸術 宗教 報道 経営・管理 法律・会計業務 医療 研究 教育 介護 興行 技能 文化活動 研修',
);
// Every partner works in Japanese, so "日本語" is read as Japanese learning (lexicon.json), not as a language need.
const LANGUAGES_NOT_READ = new Set(['ja']);

function japaneseParts(label: string): string[] {
  return label
    .replace(/に関する相談$/, '')
    .split(/[（）()・、,/／]|等の/)
    .map((part) => part.replace(/等$/, '').trim())
    .filter((part) => part && !GENERIC_JA.has(part));
}

const EN_LEADING_FILLER = /^(?:e\.g\.|incl\.|including|after|other)\s+/i;

function withoutFiller(part: string): string {
  let out = part.trim();
  while (EN_LEADING_FILLER.test(out)) out = out.replace(EN_LEADING_FILLER, '');
  return out.replace(/\s+integration$/i, '');
}

function englishParts(label: string): string[] {
  const parts: string[] = [];
  for (const raw of label.split(/[,;:()/]/)) {
    const part = withoutFiller(raw);
    parts.push(part);
    if (/ and /i.test(part)) parts.push(...part.split(/ and /i).map(withoutFiller));
  }
  return parts.filter((part) => part.length > 2 && !GENERIC_EN.has(part.toLowerCase()));
}

/** Terms each naming one code; a term that names several is kept only if `resolve` picks codes for it. */
class TermCollector {
  private readonly codesByKey = new Map<string, { term: string; codes: string[] }>();

  add(term: string, code: string): void {
    const key = normalizedKey(term);
    if (!key) return;
    const found = this.codesByKey.get(key);
    if (!found) this.codesByKey.set(key, { term, codes: [code] });
    else if (!found.codes.includes(code)) found.codes.push(code);
  }

  entries(kind: LexiconEntry['kind'], resolve: (codes: string[]) => string[]): LexiconEntry[] {
    const out: LexiconEntry[] = [];
    for (const { term, codes } of this.codesByKey.values()) {
      const resolved = resolve(codes);
      if (resolved.length) out.push({ term, kind, codes: resolved, source: SOURCE });
    }
    return out;
  }
}

const onlyOne = (codes: string[]) => (codes.length === 1 ? codes : []);

function domainEntries(domains: LexiconReference['domains']): LexiconEntry[] {
  const parentOf = new Map(domains.map((d) => [d.code, d.parentCode ?? null]));
  const terms = new TermCollector();
  for (const d of domains) {
    for (const part of [...japaneseParts(d.nameJa), ...englishParts(d.nameEn)]) terms.add(part, d.code);
  }
  // A part shared by a domain and its sub-domain ("医療" in 保健・医療 and 医療（受診…）) means the sub-domain.
  return terms.entries('DOMAIN', (codes) => codes.filter((c) => !codes.some((o) => parentOf.get(o) === c)));
}

function languageEntries(languages: LexiconReference['languages']): LexiconEntry[] {
  const terms = new TermCollector();
  for (const l of languages) {
    if (LANGUAGES_NOT_READ.has(l.code)) continue;
    const names = [...l.nameJa.split(/[（）()]/), ...l.nameEn.split(/[()]/), l.nameNative ?? ''];
    for (const name of names) {
      if (name.trim() && !GENERIC_EN.has(name.trim().toLowerCase())) terms.add(name.trim(), l.code);
    }
  }
  // "中国語" and "Chinese" name both Chinese scripts: lexicon.json says which one a bare name means.
  return terms.entries('LANGUAGE', onlyOne);
}

function statusEntries(statuses: LexiconReference['statuses']): LexiconEntry[] {
  const terms = new TermCollector();
  for (const s of statuses) {
    const nameJa = s.nameJa.replace(/（.*?）/g, '').trim();
    if (GENERIC_STATUS_NAMES.has(nameJa)) continue;
    terms.add(nameJa, s.code);
    if (nameJa.endsWith('等')) terms.add(nameJa.slice(0, -1), s.code);
    terms.add(s.nameEn.replace(/\(.*$/, '').trim(), s.code);
  }
  // "Specified Skilled Worker" is both (i) and (ii): lexicon.json says which one the bare name means.
  return terms.entries('STATUS', onlyOne);
}

function prefectureEntries(prefectures: LexiconReference['prefectures']): LexiconEntry[] {
  const terms = new TermCollector();
  for (const p of prefectures) {
    terms.add(p.nameJa, p.code);
    // 群馬県 → 群馬, 東京都 → 東京, 京都府 → 京都; 北海道 has no suffix to drop.
    if (/[都府県]$/.test(p.nameJa) && p.nameJa.length > 2) terms.add(p.nameJa.slice(0, -1), p.code);
    terms.add(p.nameEn, p.code);
  }
  return terms.entries('PREFECTURE', onlyOne);
}

/** Lexicon entries derived from the reference catalog's names (source 'catalog'). */
export function catalogLexiconEntries(ref: LexiconReference): LexiconEntry[] {
  return [
    ...domainEntries(ref.domains),
    ...languageEntries(ref.languages),
    ...statusEntries(ref.statuses),
    ...prefectureEntries(ref.prefectures),
  ];
}
