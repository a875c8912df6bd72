import type { CodegenConfig } from '@graphql-codegen/cli';

// One schema (schema/*.graphql) feeds two generated files: resolver types for the API and typed
// operation documents for the portal. Both are committed; `npm run codegen:check` fails on drift.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#GraphQLContext',
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        mappers: {
          Viewer: '../modules/auth/repository.js#SessionViewer',
          Prefecture: '../modules/reference/catalog.js#PrefectureRecord',
          RegionalBlock: '../modules/reference/catalog.js#BlockRecord',
          Bureau: '../modules/reference/catalog.js#BureauRecord',
          SupportDomain: '../modules/reference/catalog.js#DomainRecord',
          Language: '../modules/reference/catalog.js#LanguageRecord',
          StatusOfResidence: '../modules/reference/catalog.js#StatusRecord',
          Partner: '../modules/directory/partner-projection.js#PartnerParent',
          PartnerAddress: '../modules/directory/repository.js#PartnerRow',
          Referral: '../modules/directory/partner-projection.js#ReferralRow',
          PartnerNeighbourhood: '../modules/directory/repository.js#NeighbourhoodRow',
          NeighbourDomain: '../modules/directory/repository.js#NeighbourDomainRow',
          Coordinator: '../modules/graduates/repository.js#CoordinatorRow',
          PeerRequest: '../modules/graduates/peers/repository.js#PeerRequestRow',
          Handoff: '../modules/graduates/handoffs/repository.js#HandoffRow',
          HandoffMessage: '../modules/graduates/handoffs/repository.js#HandoffMessageRow',
          Account: '../modules/admin/repository.js#AccountRow',
          Notice: '../modules/bulletin/model.js#NoticeRow',
          NoticeStats: '../modules/bulletin/stats.js#NoticeStatsResult',
          NoticePrefectureStats: '../modules/bulletin/stats.js#PrefectureStatsRow',
          NoticeReader: '../modules/bulletin/repository.js#AudienceMemberRow',
          QaThread: '../modules/qa/model.js#QaThreadRow',
          QaReply: '../modules/qa/model.js#QaReplyRow',
          QaAuthor: '../modules/qa/model.js#QaAuthorRow',
          Notification: '../modules/notifications/repository.js#NotificationRow',
          SearchResultConnection: '../modules/search/results.js#SearchResultConnectionRow',
          SearchResult: '../modules/search/results.js#SearchResultRow',
          SearchReason: '../modules/search/reasons.js#SearchReasonRow',
          SearchNeed: '../modules/search/results.js#SearchNeedRow',
          UnderstoodTerm: '../modules/search/results.js#UnderstoodTermRow',
          SearchTerm: '../modules/search/search-terms.js#SearchTermRow',
          Introduction: '../modules/search/repository.js#IntroductionRow',
          MissingPartnerReport: '../modules/search/repository.js#MissingPartnerReportRow',
          // Surveys and activity reports (issue 5)
          Survey: '../modules/surveys/model.js#SurveyRow',
          SurveyQuestion: '../modules/surveys/questions.js#QuestionDef',
          SurveyResults: '../modules/surveys/results.js#SurveyResultsView',
          SurveyQuestionResult: '../modules/surveys/results.js#QuestionResult',
          SurveyGroupRate: '../modules/surveys/results.js#GroupRate',
          SurveyTextAnswer: '../modules/surveys/results-repository.js#TextAnswerRow',
          SubmitSurveyResponsePayload: '../modules/surveys/responses.js#SubmitOutcome',
          ActivityReport: '../modules/activity/repository.js#ActivityReportRow',
          // Case-study workshops and knowledge base (issue 6)
          Workshop: '../modules/workshops/model.js#WorkshopRow',
          WorkshopRegistration: '../modules/workshops/model.js#RegistrationRow',
          WorkshopParticipant: '../modules/workshops/model.js#ParticipantRow',
          WorkshopGroup: '../modules/workshops/model.js#GroupRow',
          WorkshopPerson: '../modules/workshops/model.js#PersonRow',
          CaseMaterial: '../modules/knowledge/material-model.js#MaterialRow',
          CaseMaterialSummary: '../modules/knowledge/material-model.js#MaterialSummaryRow',
          MaterialAccess: '../modules/knowledge/material-model.js#MaterialAccessRow',
          KnowledgeInsight: '../modules/knowledge/insight-repository.js#InsightRow',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
    'web/app/generated/graphql.ts': {
      documents: 'web/app/graphql/**/*.graphql',
      // typescript-operations v6 emits the enums and inputs an operation uses by itself.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
