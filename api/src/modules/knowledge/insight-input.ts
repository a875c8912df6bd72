import { BadUserInputError } from '../../errors.js';
import type { PublishKnowledgeInsightInput } from '../../generated/graphql.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { requireAnonymized } from '../workshops/anonymization.js';

export interface InsightProps {
  title: string;
  lesson: string;
  domainCodes: string[];
  bureauCode: string | null;
  confirmedFlags: string[];
}

function text(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw new BadUserInputError(field, `${field} must be 1 to ${max} characters.`);
  }
  return trimmed;
}

/** Validates an insight; the same anonymization check as case materials runs over title and lesson. */
export function parseInsightInput(
  input: PublishKnowledgeInsightInput,
  catalog: ReferenceCatalog,
): InsightProps {
  const title = text('title', input.title, 200);
  const lesson = text('lesson', input.lesson, 5_000);
  const domainCodes = [...new Set(input.domains)].sort();
  if (domainCodes.length < 1 || domainCodes.length > 3) {
    throw new BadUserInputError('domains', 'Choose one to three support domains.');
  }
  for (const code of domainCodes) {
    if (!catalog.get('domains', code))
      throw new BadUserInputError('domains', `${code} is not a support domain.`);
  }
  if (input.bureau && catalog.get('bureaus', input.bureau)?.kind !== 'REGIONAL_BUREAU') {
    throw new BadUserInputError('bureau', `${input.bureau} is not a Regional Immigration Services Bureau.`);
  }
  const confirmed = requireAnonymized({ title, lesson }, input.confirmedFlags);
  return {
    title,
    lesson,
    domainCodes,
    bureauCode: input.bureau || null,
    confirmedFlags: confirmed.map((f) => JSON.stringify(f)),
  };
}

/** A domain filter also finds insights tagged with its sub-domains. */
export function domainFilter(code: string | null | undefined, catalog: ReferenceCatalog): string[] | null {
  if (!code) return null;
  if (!catalog.get('domains', code))
    throw new BadUserInputError('filter.domain', `${code} is not a support domain.`);
  return [
    code,
    ...catalog
      .all('domains')
      .filter((d) => d.parentCode === code)
      .map((d) => d.code),
  ];
}
