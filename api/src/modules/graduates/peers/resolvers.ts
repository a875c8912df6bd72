import { BadUserInputError, ConflictError, NotFoundError } from '../../../errors.js';
import type { Resolvers } from '../../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../../pagination.js';
import type { GraphQLContext } from '../../../context.js';
import { readerScope } from '../visibility.js';
import type { PeerRequestOutcome } from './repository.js';

/** Peer links and hand-offs are between coordinators: the viewer must act as one. */
export async function requireActingCoordinator(ctx: GraphQLContext) {
  const viewer = await ctx.access.requireRole('COORDINATOR');
  if (!viewer.coordinatorId) throw new NotFoundError('Your coordinator profile');
  return { viewer, coordinatorId: viewer.coordinatorId, scope: readerScope(viewer, ctx.catalog) };
}

function unwrap(outcome: PeerRequestOutcome) {
  switch (outcome.kind) {
    case 'OK':
      return { request: outcome.request };
    case 'SELF':
      throw new BadUserInputError('coordinatorId', 'You cannot connect with yourself.');
    case 'NO_SUCH_COORDINATOR':
      throw new NotFoundError('Coordinator');
    case 'ALREADY_PEERS':
      throw new ConflictError('You are already peers.');
    case 'PENDING_EXISTS':
      throw new ConflictError('A connect request between you is already pending.');
    case 'NO_SUCH_REQUEST':
      throw new NotFoundError('Connect request');
    case 'ANSWERED':
      throw new ConflictError('This request has already been answered.');
  }
}

export const peerResolvers: Resolvers = {
  Query: {
    myPeers: async (_root, args, ctx) => {
      const { coordinatorId, scope } = await requireActingCoordinator(ctx);
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['string', 'string']);
      const rows = await ctx.repos.peers.listPeers(coordinatorId, first + 1, after, scope);
      return toConnection(rows, first, (r) => [r.displayName, r.id], after !== null);
    },
    peerRequests: async (_root, args, ctx) => {
      const { coordinatorId, scope } = await requireActingCoordinator(ctx);
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const rows = await ctx.repos.peers.listPending(coordinatorId, first + 1, after, scope);
      return toConnection(rows, first, (r) => [r.createdAt, r.id], after !== null);
    },
  },
  Mutation: {
    requestPeerConnection: async (_root, { input }, ctx) => {
      const { coordinatorId, scope } = await requireActingCoordinator(ctx);
      return unwrap(await ctx.repos.peers.request(coordinatorId, input.coordinatorId, scope));
    },
    respondToPeerRequest: async (_root, { input }, ctx) => {
      const { coordinatorId, scope } = await requireActingCoordinator(ctx);
      return unwrap(await ctx.repos.peers.respond(input.requestId, coordinatorId, input.accept, scope));
    },
  },
};
