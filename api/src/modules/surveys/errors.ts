import { BadUserInputError, ForbiddenError } from '../../errors.js';

/** One problem with one answer, for per-question messages in the form. */
export interface AnswerProblem {
  questionId: string;
  message: string;
}

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
