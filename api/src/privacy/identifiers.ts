/**
 * Obvious personal identifiers that must not appear in text shared beyond the counter (hand-offs, Q&A posts,
 * workshop case materials). The check is deliberately simple: it cannot prove anonymity, it catches the
 * obvious and errs on the side of refusing. Full-width digits and letters are folded (NFKC) first.
 */
export type IdentifierKind = 'RESIDENCE_CARD_NUMBER' | 'EMAIL_ADDRESS' | 'PHONE_NUMBER' | 'BIRTH_DATE';

/** One identifier found in a text: its kind and the text that matched (after NFKC folding). */
export interface FoundIdentifier {
  kind: IdentifierKind;
  match: string;
}

// Order matters: earlier kinds claim their characters first, so an e-mail's digits are not also a "phone".
const PATTERNS: readonly { kind: IdentifierKind; label: string; pattern: RegExp }[] = [
  {
    kind: 'RESIDENCE_CARD_NUMBER',
    label: 'residence card number',
    pattern: /(?<![A-Z0-9])[A-Z]{2}\s?\d{8}\s?[A-Z]{2}(?![A-Z0-9])/gi,
  },
  {
    kind: 'EMAIL_ADDRESS',
    label: 'e-mail address',
    pattern: /[^\s@、。,;:()<>「」]+@[^\s@、。,;:()<>「」]+\.[A-Za-z]{2,}/g,
  },
  {
    kind: 'BIRTH_DATE',
    label: 'birth date',
    pattern:
      /(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?|(?:昭和|平成|令和|[SHR])\s?\d{1,2}\s?[年.]\s?\d{1,2}\s?[月.]\s?\d{1,2}\s?日?|生年月日|(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}/gi,
  },
  // Japanese numbers (0X-XXXX-XXXX, 090…, 0120…) and international +NN forms.
  {
    kind: 'PHONE_NUMBER',
    label: 'phone number',
    pattern:
      /(?:\+\d{1,3}[\s-]?)?(?<!\d)0\d{1,4}[\s\-()]?\d{1,4}[\s\-()]?\d{3,4}(?!\d)|\+\d{1,3}[\s-]?\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}/g,
  },
];

/** Every identifier in `text`, in order of kind, without duplicates. */
export function findIdentifiers(text: string): FoundIdentifier[] {
  let rest = text.normalize('NFKC');
  const found: FoundIdentifier[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const m of rest.matchAll(pattern)) {
      const match = m[0].trim();
      if (!found.some((f) => f.kind === kind && f.match === match)) found.push({ kind, match });
    }
    rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return found;
}

/** A human label of the first identifier kind in `text` ("phone number", …), or null. */
export function findIdentifier(text: string): string | null {
  const first = findIdentifiers(text)[0];
  return first ? PATTERNS.find((p) => p.kind === first.kind)!.label : null;
}
