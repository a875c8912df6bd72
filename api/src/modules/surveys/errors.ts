import { BadUserInputError, ForbiddenError } from '../../errors.js';

/** One problem with one answer, for per-question messages in the form. */
export interface AnswerProblem {
  questionId: string;
  /** What is wrong, for the portal's own wording (surveys.problem.<code>); `params` fill it in. */
  code: AnswerProblemCode;
  params: { min?: number | null; max?: number | null };
  /** The same in English, for API clients. */
  message: string;
}

export type AnswerProblemCode =
  | 'REQUIRED'
  | 'CHOOSE_ONE'
  | 'CHOOSE_FROM_OPTIONS'
  | 'TOO_FEW_CHOICES'
  | 'TOO_MANY_CHOICES'
  | 'RATING_RANGE'
  | 'NOT_A_NUMBER'
  | 'NUMBER_RANGE'
  | 'DATE_FORMAT'
  | 'TOO_LONG';

/**
 * BAD_USER_INPUT naming the first bad answer (`answers.<questionId>`), with every problem in
 * `extensions.problems`, so the form can mark each question at once.
 */
export class SurveyAnswersError extends BadUserInputError {
  constructor(readonly problems: AnswerProblem[]) {
    super(`answers.${problems[0].questionId}`, problems[0].message);
    (this.extensions as Record<string, unknown>).problems = problems;
  }
}

export type SurveyClosedReason = 'SURVEY_NOT_OPEN' | 'SURVEY_CLOSED' | 'ALREADY_SUBMITTED';

/** FORBIDDEN with `extensions.reason`: the survey does not take answers from this viewer now. */
export class SurveyClosedError extends ForbiddenError {
  constructor(readonly reason: SurveyClosedReason) {
    super(
      reason === 'SURVEY_CLOSED'
        ? 'The survey is closed.'
        : reason === 'SURVEY_NOT_OPEN'
          ? 'The survey is not open yet.'
          : 'You have already submitted this survey.',
    );
    (this.extensions as Record<string, unknown>).reason = reason;
  }
}
