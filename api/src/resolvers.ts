import { GraphQLScalarType, Kind } from 'graphql';
import type { Resolvers } from './generated/graphql.js';
import { accountResolvers } from './modules/accounts/resolvers.js';
import { auditResolvers } from './modules/audit/resolvers.js';
import { adminResolvers } from './modules/admin/resolvers.js';
import { authResolvers } from './modules/auth/resolvers.js';
import { twoStepResolvers } from './modules/auth/two-step-resolvers.js';
import { bulletinResolvers } from './modules/bulletin/resolvers.js';
import { directoryResolvers } from './modules/directory/resolvers.js';
import { handoffResolvers } from './modules/graduates/handoffs/resolvers.js';
import { importResolvers } from './modules/graduates/import/resolvers.js';
import { peerResolvers } from './modules/graduates/peers/resolvers.js';
import { graduatesResolvers } from './modules/graduates/resolvers.js';
import { gapResolvers } from './modules/gaps/resolvers.js';
import { certificateResolvers } from './modules/certificates/resolvers.js';
import { healthResolvers } from './modules/health/resolvers.js';
import { hsdsResolvers } from './modules/hsds/resolvers.js';
import { notificationResolvers } from './modules/notifications/resolvers.js';
import { qaResolvers } from './modules/qa/resolvers.js';
import { invitationResolvers } from './modules/invitations/resolvers.js';
import { referenceResolvers } from './modules/reference/resolvers.js';
import { searchResolvers } from './modules/search/resolvers.js';
import { insightResolvers } from './modules/knowledge/insight-resolvers.js';
import { materialResolvers } from './modules/knowledge/material-resolvers.js';
import { workshopMutationResolvers } from './modules/workshops/mutation-resolvers.js';
import { workshopQueryResolvers } from './modules/workshops/resolvers.js';
import { activityResolvers } from './modules/activity/resolvers.js';
import { surveyResolvers } from './modules/surveys/resolvers.js';

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO-8601 date-time',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDateTime(ast.value) : null),
});

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new TypeError('DateTime must be an ISO-8601 string');
  }
  return new Date(value).toISOString();
}

const modules: Resolvers[] = [
  healthResolvers,
  authResolvers,
  twoStepResolvers,
  referenceResolvers,
  directoryResolvers,
  adminResolvers,
  accountResolvers,
  auditResolvers,
  graduatesResolvers,
  certificateResolvers,
  importResolvers,
  invitationResolvers,
  peerResolvers,
  handoffResolvers,
  searchResolvers,
  hsdsResolvers,
  bulletinResolvers,
  qaResolvers,
  notificationResolvers,
  surveyResolvers,
  activityResolvers,
  workshopQueryResolvers,
  workshopMutationResolvers,
  materialResolvers,
  insightResolvers,
  gapResolvers,
];

/** Merges each capability's resolver map type by type. */
export function buildResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const module of modules) {
    for (const [typeName, fields] of Object.entries(module)) {
      merged[typeName] = { ...merged[typeName], ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers), DateTime };
}
