import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ValidationRule } from 'graphql';

/** Operation limits; all are checked at parse/validation time, before any database work. */
export const OPERATION_LIMITS = {
  maxTokens: 2_000,
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 5_000,
} as const;

export function operationLimitRules(): ValidationRule[] {
  // propagateOnRejection (the default) makes each rule report a GraphQL validation error.
  return [
    maxDepthRule({ n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true }),
    maxAliasesRule({ n: OPERATION_LIMITS.maxAliases }),
    maxDirectivesRule({ n: OPERATION_LIMITS.maxDirectives }),
    costLimitRule({ maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true }),
  ] as ValidationRule[];
}
