import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { Resolvers, SurveyResultsFilter } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import type { SessionViewer } from '../auth/repository.js';
import type { GraphQLContext } from '../../context.js';
import { parseAnswerMap } from './answers.js';
import { parseSurveyContent } from './content.js';
import { canRespond, questionsOf, surveyStatus, type SurveyRow } from './model.js';
import { buildResults, isSuppressed, responsesCsv } from './results.js';
import type { ResultsFilter } from './results-repository.js';

const MANAGERS = ['ISA_ADMIN', 'WORKSHOP_ORGANIZER'] as const;

const found = (row: SurveyRow | null): SurveyRow => {
  if (!row) throw new NotFoundError('The survey');
  return row;
};

/** A workshop organizer may only address their workshops' attendees. */
function checkOrganizerAudience(
  viewer: SessionViewer,
  audience: {
    allRegions: boolean;
    bureaus?: string[] | null;
    prefectures?: string[] | null;
    workshopIds?: string[] | null;
  },
) {
  if (viewer.role !== 'WORKSHOP_ORGANIZER') return;
  if (
    audience.allRegions ||
    audience.bureaus?.length ||
    audience.prefectures?.length ||
    !audience.workshopIds?.length
  ) {
    throw new ForbiddenError('Workshop organizers address the attendees of their own workshops only.');
  }
}

async function managedSurvey(ctx: GraphQLContext, id: string): Promise<SurveyRow> {
  const viewer = await ctx.access.requireRole(...MANAGERS);
  const survey = found(await ctx.repos.surveys.surveyForViewer(viewer.id, id));
  if (!survey.canManage) throw new ForbiddenError();
  return survey;
}

/** The prefectures a survey's audience covers by region: its prefectures and those of its bureaus. */
function audiencePrefectures(survey: SurveyRow, ctx: GraphQLContext): string[] {
  const bureaus = new Set(survey.audienceBureaus);
  const fromBureaus = ctx.catalog.all('prefectures').filter((p) => bureaus.has(p.bureauCode));
  return [...new Set([...survey.audiencePrefectures, ...fromBureaus.map((p) => p.code)])];
}

function toFilter(filter: SurveyResultsFilter | null | undefined): { filter: ResultsFilter; any: boolean } {
  const f = filter ?? {};
  if ((f.questionId == null) !== (f.value == null)) {
    throw new BadUserInputError('filter.value', 'Give both questionId and value, or neither.');
  }
  const out: ResultsFilter = {
    prefecture: f.prefecture ?? null,
    bureau: f.bureau ?? null,
    cohort: f.cohort ?? null,
    choiceKey: f.questionId != null ? `${f.questionId}|${f.value}` : null,
  };
  return { filter: out, any: Object.values(out).some((v) => v !== null) };
}

export const surveyResolvers: Resolvers = {
  Query: {
    mySurveys: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const rows = await ctx.repos.surveys.mySurveys(viewer.id, first + 1, after);
      return toConnection(rows, first, (s) => [s.closesAt, s.id], after !== null);
    },
    managedSurveys: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole(...MANAGERS);
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const rows = await ctx.repos.surveys.managedSurveys(viewer.id, first + 1, after);
      return toConnection(rows, first, (s) => [s.createdAt, s.id], after !== null);
    },
    survey: async (_root, { id }, ctx) => {
      const viewer = await ctx.access.requireViewer();
      return ctx.repos.surveys.surveyForViewer(viewer.id, id);
    },
    surveyResults: async (_root, { id, filter }, ctx) => {
      const survey = await managedSurvey(ctx, id);
      const { filter: f, any } = toFilter(filter);
      const audienceKey = JSON.stringify([
        id,
        survey.audienceAll,
        survey.audienceBureaus,
        survey.audiencePrefectures,
        survey.audienceWorkshops,
      ]);
      const raw = await ctx.repos.surveyResults.aggregate(
        id,
        f,
        audiencePrefectures(survey, ctx),
        audienceKey,
      );
      return buildResults(survey, raw, any, ctx.catalog);
    },
    surveyTextAnswers: async (_root, args, ctx) => {
      const survey = await managedSurvey(ctx, args.id);
      const question = questionsOf(survey).find((q) => q.id === args.questionId);
      if (!question || (question.type !== 'SHORT_TEXT' && question.type !== 'LONG_TEXT')) {
        throw new BadUserInputError('questionId', 'Not a text question of this survey.');
      }
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['string', 'string']);
      const { filter, any } = toFilter(args.filter);
      if (survey.anonymous) {
        const counts = await ctx.repos.surveyResults.counts(args.id, filter);
        if (isSuppressed(true, counts.filtered, counts.total, any)) {
          return { ...toConnection([], first, () => [], false), suppressed: true };
        }
      }
      const search = args.search?.trim() ? args.search.trim().slice(0, 200) : null;
      const rows = await ctx.repos.surveyResults.textAnswers(
        args.id,
        question.id,
        search,
        filter,
        first + 1,
        after,
      );
      return {
        ...toConnection(
          rows.map((r) => ({ text: r.text, rid: r.rid })),
          first,
          (r) => [r.text, r.rid],
          after !== null,
        ),
        suppressed: false,
      };
    },
    surveyResponsesCsv: async (_root, { id }, ctx) => {
      const survey = await managedSurvey(ctx, id);
      if (survey.anonymous && survey.responseCount < 5) {
        throw new ForbiddenError('Fewer than 5 responses: the anonymous results are withheld.');
      }
      return responsesCsv(survey, await ctx.repos.surveyResults.csvRows(id, survey.anonymous));
    },
  },
  Mutation: {
    createSurvey: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...MANAGERS);
      checkOrganizerAudience(viewer, input.content.audience);
      const content = parseSurveyContent(input.content, ctx.catalog);
      const organizerOnly = viewer.role === 'WORKSHOP_ORGANIZER';
      const survey = await ctx.repos.surveys.createSurvey(viewer.id, content, organizerOnly);
      if (!survey) throw new ForbiddenError('You do not organize every one of these workshops.');
      return { survey };
    },
    updateSurvey: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...MANAGERS);
      checkOrganizerAudience(viewer, input.content.audience);
      const content = parseSurveyContent(input.content, ctx.catalog);
      const organizerOnly = viewer.role === 'WORKSHOP_ORGANIZER';
      return {
        survey: found(await ctx.repos.surveys.updateSurvey(viewer.id, input.id, content, organizerOnly)),
      };
    },
    publishSurvey: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...MANAGERS);
      return { survey: found(await ctx.repos.surveys.publishSurvey(viewer.id, input.id)) };
    },
    duplicateSurvey: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...MANAGERS);
      const copy = viewer.locale === 'en' ? ' (copy)' : '（コピー）';
      return { survey: found(await ctx.repos.surveys.duplicateSurvey(viewer.id, input.id, copy)) };
    },
    saveSurveyDraft: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      return { survey: await ctx.repos.surveyResponses.saveDraft(viewer.id, input.surveyId, input.answers) };
    },
    submitSurveyResponse: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      return ctx.repos.surveyResponses.submit(viewer.id, input.surveyId, input.answers);
    },
  },
  Viewer: {
    openSurveyCount: async (viewer, _args, ctx) =>
      viewer.role === 'COORDINATOR' ? ctx.repos.surveys.openSurveyCount(viewer.id) : 0,
  },
  Survey: {
    status: (s) => surveyStatus(s),
    reminderDaysBeforeClose: (s) => s.reminderDaysBeforeClose ?? null,
    audience: (s, _args, ctx) => ({
      allRegions: s.audienceAll,
      bureaus: ctx.catalog.many('bureaus', s.audienceBureaus),
      prefectures: ctx.catalog.many('prefectures', s.audiencePrefectures),
      workshopIds: s.audienceWorkshops,
    }),
    questions: (s) => questionsOf(s),
    questionsLocked: (s) => s.responseCount > 0,
    responseCount: (s) => (s.canManage ? s.responseCount : null),
    canRespond: (s) => canRespond(s),
    myAnswers: (s) => {
      const json = s.draftJson ?? s.myResponseJson;
      if (!json) return null;
      return Object.entries(parseAnswerMap(json)).map(([questionId, values]) => ({ questionId, values }));
    },
  },
  SubmitSurveyResponsePayload: {
    // Read only when asked for: a submit itself is one statement.
    survey: async (outcome, _args, ctx) =>
      found(await ctx.repos.surveys.surveyForViewer(outcome.viewerId, outcome.surveyId)),
  },
  SurveyTextAnswer: {
    text: (row) => row.text,
  },
};
