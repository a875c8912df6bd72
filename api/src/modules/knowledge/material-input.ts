import { BadUserInputError } from '../../errors.js';
import type { SubmitCaseMaterialInput } from '../../generated/graphql.js';
import { requireAnonymized, type FlagRow } from '../workshops/anonymization.js';
import { MATERIAL_SECTIONS, type MaterialSection } from './material-model.js';

export const SECTION_MAX = 3_000;

export type MaterialProps = { title: string } & Record<MaterialSection, string>;

function text(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw new BadUserInputError(field, `${field} must be 1 to ${max} characters.`);
  }
  return trimmed;
}

/** Lengths first, then the anonymization check over every field (hard identifiers, names, rare combinations). */
export function parseMaterialInput(input: SubmitCaseMaterialInput): {
  props: MaterialProps;
  confirmedFlags: FlagRow[];
} {
  const props = { title: text('title', input.title, 200) } as MaterialProps;
  for (const section of MATERIAL_SECTIONS) props[section] = text(section, input[section], SECTION_MAX);
  const confirmedFlags = requireAnonymized(props, input.confirmedFlags);
  return { props, confirmedFlags };
}

export function parseReviewComment(approve: boolean, comment: string | null | undefined): string | null {
  const trimmed = (comment ?? '').trim();
  if (trimmed.length > 2_000)
    throw new BadUserInputError('comment', 'comment must be at most 2000 characters.');
  if (!approve && !trimmed)
    throw new BadUserInputError('comment', 'Say what to change when returning a material.');
  return trimmed || null;
}
