import { parseStoredQuestions, type QuestionDef } from './questions.js';

/** A survey as the repository returns it, with the viewer's relation to it. */
export interface SurveyRow {
  id: string;
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
  version: number;
  questionsJson: string;
  publishedAt: string | null;
  createdAt: string;
  responseCount: number;
  canManage: boolean;
  inAudience: boolean;
  answered: boolean;
  draftJson: string | null;
  draftSavedAt: string | null;
  /** The viewer's identified response (never read for anonymous surveys). */
  myResponseJson: string | null;
}

export type SurveyStatus = 'DRAFT' | 'SCHEDULED' | 'OPEN' | 'CLOSED';

export function surveyStatus(
  s: Pick<SurveyRow, 'publishedAt' | 'opensAt' | 'closesAt'>,
  now = Date.now(),
): SurveyStatus {
  if (!s.publishedAt) return 'DRAFT';
  if (Date.parse(s.closesAt) <= now) return 'CLOSED';
  if (Date.parse(s.opensAt) > now) return 'SCHEDULED';
  return 'OPEN';
}

const parsed = new WeakMap<SurveyRow, QuestionDef[]>();

/** The current version's questions (parsed once per row). */
export function questionsOf(s: SurveyRow): QuestionDef[] {
  let questions = parsed.get(s);
  if (!questions) {
    questions = parseStoredQuestions(s.questionsJson);
    parsed.set(s, questions);
  }
  return questions;
}

/** May the viewer submit now: in the audience, open, and not yet answered (or editable identified). */
export function canRespond(s: SurveyRow, now = Date.now()): boolean {
  return s.inAudience && surveyStatus(s, now) === 'OPEN' && (!s.answered || (s.allowEdit && !s.anonymous));
}
