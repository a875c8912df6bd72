import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../../errors.js';
import type { Resolvers } from '../../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../../pagination.js';
import { requireActingCoordinator } from '../peers/resolvers.js';
import { findIdentifier } from '../../../privacy/identifiers.js';
import { HandoffRepository, type HandoffChange } from './repository.js';

export const HANDOFF_OUTCOMES = [
  'RESOLVED',
  'PARTLY_RESOLVED',
  'NOT_ELIGIBLE',
  'NO_CAPACITY',
  'COULD_NOT_CONTACT',
  'DECLINED',
  'UNKNOWN',
] as const;

/** Length and identifier checks; BAD_USER_INPUT names the field and the kind of identifier found. */
function anonymousText(field: string, text: string, min: number, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw new BadUserInputError(field, `${field} must be ${min} to ${max} characters.`);
  }
  const identifier = findIdentifier(trimmed);
  if (identifier) {
    throw new BadUserInputError(
      field,
      `${field} seems to contain a ${identifier}; remove identifying details.`,
    );
  }
  return trimmed;
}

function unwrap(change: HandoffChange) {
  switch (change.kind) {
    case 'OK':
      return { handoff: change.handoff };
    case 'NOT_FOUND':
      throw new NotFoundError('Hand-off');
    case 'NOT_RECEIVER':
      throw new ForbiddenError('Only the receiving coordinator may do this.');
    case 'WRONG_STATUS':
      throw new ConflictError('The hand-off is not in a state that allows this.');
    case 'NOT_PEERS':
      throw new BadUserInputError('toCoordinatorId', 'Hand-offs go to peers only: connect first.');
  }
}

export const handoffResolvers: Resolvers = {
  Query: {
    handoffs: async (_root, args, ctx) => {
      const { scope } = await requireActingCoordinator(ctx);
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const rows = await ctx.repos.handoffs.list(first + 1, after, scope);
      return toConnection(rows, first, (r) => [r.createdAt, r.id], after !== null);
    },
    handoff: async (_root, args, ctx) => {
      const { scope } = await requireActingCoordinator(ctx);
      const row = await ctx.repos.handoffs.byId(args.id, scope);
      if (!row) throw new NotFoundError('Hand-off');
      return row;
    },
  },
  Mutation: {
    sendHandoff: async (_root, { input }, ctx) => {
      const { scope } = await requireActingCoordinator(ctx);
      const summary = anonymousText('summary', input.summary, 10, 2_000);
      if (input.domain && !ctx.catalog.get('domains', input.domain)) {
        throw new BadUserInputError('domain', 'Unknown support domain.');
      }
      if (input.language && !ctx.catalog.get('languages', input.language)) {
        throw new BadUserInputError('language', 'Unknown language.');
      }
      const change = await ctx.repos.handoffs.send(
        {
          toId: input.toCoordinatorId,
          summary,
          domain: input.domain ?? null,
          language: input.language ?? null,
        },
        scope,
      );
      return unwrap(change);
    },
    respondToHandoff: async (_root, { input }, ctx) => {
      const { scope } = await requireActingCoordinator(ctx);
      const to = input.accept ? 'ACCEPTED' : 'DECLINED';
      return unwrap(await ctx.repos.handoffs.transition(input.handoffId, { from: 'PENDING', to }, scope));
    },
    recordHandoffOutcome: async (_root, { input }, ctx) => {
      const { scope } = await requireActingCoordinator(ctx);
      if (!(HANDOFF_OUTCOMES as readonly string[]).includes(input.outcome)) {
        throw new BadUserInputError('outcome', `Use one of ${HANDOFF_OUTCOMES.join(', ')}.`);
      }
      return unwrap(
        await ctx.repos.handoffs.transition(
          input.handoffId,
          { from: 'ACCEPTED', to: 'CLOSED', outcome: input.outcome },
          scope,
        ),
      );
    },
    postHandoffMessage: async (_root, { input }, ctx) => {
      const { scope } = await requireActingCoordinator(ctx);
      const body = anonymousText('body', input.body, 1, 2_000);
      return unwrap(await ctx.repos.handoffs.postMessage(input.handoffId, body, scope));
    },
  },
  Handoff: {
    domain: (h, _args, ctx) => ctx.catalog.get('domains', h.domainCode),
    language: (h, _args, ctx) => ctx.catalog.get('languages', h.languageCode),
  },
};
