import { BadUserInputError } from '../../errors.js';
import { refuseClientIdentifiers, refuseUnconfirmedNames } from '../../privacy/identifier-error.js';
import type { ReferenceCatalog } from '../reference/catalog.js';

/** The stored tags and text of a thread. */
export interface QaThreadProps {
  title: string;
  body: string;
  domainCodes: string[];
  prefectureCode: string | null;
  /** The bureau named, or the bureau of the prefecture named (so a bureau filter finds both). */
  bureauCode: string | null;
}

interface ThreadInput {
  title: string;
  body: string;
  domains: readonly string[];
  prefecture?: string | null;
  bureau?: string | null;
  confirmNoClientIdentifiers: boolean;
  confirmedNames?: readonly string[] | null;
}

function text(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw new BadUserInputError(field, `${field} must be 1 to ${max} characters.`);
  }
  return trimmed;
}

function requireConfirmation(confirmed: boolean): void {
  if (!confirmed) {
    throw new BadUserInputError(
      'confirmNoClientIdentifiers',
      'Confirm that the post holds no detail that identifies a client.',
    );
  }
}

/** Validates a question: lengths, tags against the reference catalog, the confirmation, then identifiers. */
export function parseThreadInput(input: ThreadInput, catalog: ReferenceCatalog): QaThreadProps {
  const title = text('title', input.title, 200);
  const body = text('body', input.body, 5_000);
  const domainCodes = [...new Set(input.domains)].sort();
  if (domainCodes.length < 1 || domainCodes.length > 3) {
    throw new BadUserInputError('domains', 'Choose one to three support domains.');
  }
  for (const code of domainCodes) {
    if (!catalog.get('domains', code))
      throw new BadUserInputError('domains', `${code} is not a support domain.`);
  }
  const prefecture = input.prefecture ? catalog.get('prefectures', input.prefecture) : null;
  if (input.prefecture && !prefecture) {
    throw new BadUserInputError('prefecture', `${input.prefecture} is not a prefecture code.`);
  }
  if (input.bureau && catalog.get('bureaus', input.bureau)?.kind !== 'REGIONAL_BUREAU') {
    throw new BadUserInputError('bureau', `${input.bureau} is not a Regional Immigration Services Bureau.`);
  }
  if (prefecture && input.bureau && prefecture.bureauCode !== input.bureau) {
    throw new BadUserInputError('bureau', 'The prefecture is not in that bureau region.');
  }
  requireConfirmation(input.confirmNoClientIdentifiers);
  refuseClientIdentifiers({ title, body });
  refuseUnconfirmedNames({ title, body }, input.confirmedNames ?? []);
  return {
    title,
    body,
    domainCodes,
    prefectureCode: prefecture?.code ?? null,
    bureauCode: input.bureau || prefecture?.bureauCode || null,
  };
}

/** Validates an answer's text and confirmation, then refuses obvious identifiers and unconfirmed names. */
export function parseReplyBody(
  body: string,
  confirmed: boolean,
  confirmedNames: readonly string[] = [],
): string {
  const trimmed = text('body', body, 5_000);
  requireConfirmation(confirmed);
  refuseClientIdentifiers({ body: trimmed });
  refuseUnconfirmedNames({ body: trimmed }, confirmedNames);
  return trimmed;
}

export function parseModerationReason(hide: boolean, reason: string | null | undefined): string | null {
  if (!hide) return null;
  return text('reason', reason ?? '', 500);
}
