import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

// Report through the validation context instead of throwing, so Apollo answers a normal
// GRAPHQL_VALIDATION_FAILED error rather than an internal one.
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

/** Operation limits; all are checked at parse/validation time, before any database work. */
export const OPERATION_LIMITS = {
  maxTokens: 2_000,
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 5_000,
} as const;

export function operationLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, ...report }),
    maxAliasesRule({ n: OPERATION_LIMITS.maxAliases, ...report }),
    maxDirectivesRule({ n: OPERATION_LIMITS.maxDirectives, ...report }),
    costLimitRule({ maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true, ...report }),
  ] as ValidationRule[];
}
