import { BadUserInputError } from '../../errors.js';
import type { SurveyContentInput } from '../../generated/graphql.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { parseQuestions } from './questions.js';

/** The stored properties of a survey's content (questions as a JSON string). */
export interface SurveyContentProps {
  title: string;
  description: string;
  opensAt: string;
  closesAt: string;
  anonymous: boolean;
  allowEdit: boolean;
  reminderDaysBeforeClose: number | null;
  audienceAll: boolean;
  audienceBureaus: string[];
  audiencePrefectures: string[];
  audienceWorkshops: string[];
  questionsJson: string;
}

function text(field: string, value: string | null | undefined, min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw new BadUserInputError(field, `${field} must be ${min} to ${max} characters.`);
  }
  return trimmed;
}

/** Validates the builder's content at the boundary; every error names its field. */
export function parseSurveyContent(input: SurveyContentInput, catalog: ReferenceCatalog): SurveyContentProps {
  const title = text('content.title', input.title, 1, 200);
  const description = text('content.description', input.description, 0, 4000);
  if (Date.parse(input.closesAt) <= Date.parse(input.opensAt)) {
    throw new BadUserInputError('content.closesAt', 'The close time must be after the open time.');
  }
  const reminder = input.reminderDaysBeforeClose ?? null;
  if (reminder !== null && (!Number.isInteger(reminder) || reminder < 1 || reminder > 30)) {
    throw new BadUserInputError(
      'content.reminderDaysBeforeClose',
      'Reminders are 1 to 30 days before the close.',
    );
  }
  const bureaus = [...new Set(input.audience.bureaus ?? [])].sort();
  const prefectures = [...new Set(input.audience.prefectures ?? [])].sort();
  const workshops = [...new Set(input.audience.workshopIds ?? [])].sort();
  for (const code of bureaus) {
    if (catalog.get('bureaus', code)?.kind !== 'REGIONAL_BUREAU') {
      throw new BadUserInputError(
        'content.audience.bureaus',
        `${code} is not a Regional Immigration Services Bureau.`,
      );
    }
  }
  for (const code of prefectures) {
    if (!catalog.get('prefectures', code)) {
      throw new BadUserInputError('content.audience.prefectures', `${code} is not a prefecture code.`);
    }
  }
  if (workshops.length > 50 || workshops.some((id) => id.length > 100)) {
    throw new BadUserInputError('content.audience.workshopIds', 'At most 50 workshops.');
  }
  const parts = bureaus.length + prefectures.length + workshops.length;
  if (input.audience.allRegions === parts > 0) {
    throw new BadUserInputError(
      'content.audience',
      'Choose all regions, or bureaus, prefectures or workshops (not both).',
    );
  }
  if (input.anonymous && input.allowEdit) {
    throw new BadUserInputError('content.allowEdit', 'Anonymous responses cannot be edited after submit.');
  }
  return {
    title,
    description,
    opensAt: new Date(input.opensAt).toISOString(),
    closesAt: new Date(input.closesAt).toISOString(),
    anonymous: input.anonymous,
    allowEdit: input.allowEdit ?? false,
    reminderDaysBeforeClose: reminder,
    audienceAll: input.audience.allRegions,
    audienceBureaus: bureaus,
    audiencePrefectures: prefectures,
    audienceWorkshops: workshops,
    questionsJson: JSON.stringify(parseQuestions(input.questions)),
  };
}
