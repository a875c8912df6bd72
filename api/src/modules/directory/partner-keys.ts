/**
 * Keys that make duplicate partners findable: the same normalized name in the same prefecture,
 * the same telephone number, or the same web address. Stored on each partner (`nameKey`,
 * `phoneKeys`, `urlKey`) by the API and by the synthetic generator; the Cypher fallbacks below
 * compute the same keys for partners loaded without them (the national reference organizations).
 */

/** NFKC folds full-width letters and digits (ＡＢＣ１ → abc1); case and whitespace do not count. */
export function partnerNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Digits only; a +81 country prefix becomes the domestic leading 0. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+81') ? `0${digits.slice(2)}` : digits;
}

/** Lower case, without scheme, `www.`, fragment and trailing slashes. */
export function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/#.*$/, '')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** Cypher for partnerNameKey of `expr` (NFKC maps the ideographic space to a plain one). */
export function nameKeyCypher(expr: string): string {
  return `replace(toLower(normalize(${expr}, NFKC)), ' ', '')`;
}

/** Cypher for urlKey of `expr` (fragments aside, which the reference data does not use). */
export function urlKeyCypher(expr: string): string {
  const lower = `toLower(trim(${expr}))`;
  const noScheme = `CASE WHEN ${lower} STARTS WITH 'https://' THEN substring(${lower}, 8) WHEN ${lower} STARTS WITH 'http://' THEN substring(${lower}, 7) ELSE ${lower} END`;
  const noWww = `CASE WHEN (${noScheme}) STARTS WITH 'www.' THEN substring(${noScheme}, 4) ELSE ${noScheme} END`;
  return `CASE WHEN (${noWww}) ENDS WITH '/' THEN left(${noWww}, size(${noWww}) - 1) ELSE ${noWww} END`;
}
