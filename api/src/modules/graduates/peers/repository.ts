import { randomUUID } from 'node:crypto';
import type { Graph } from '../../../db/graph.js';
import type { CoordinatorRow } from '../repository.js';
import { coordinatorProjection, type ReaderScope } from '../visibility.js';

export interface PeerRequestRow {
  id: string;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED';
  createdAt: string;
  from: CoordinatorRow;
  to: CoordinatorRow;
}

export type PeerRequestOutcome =
  | { kind: 'OK'; request: PeerRequestRow }
  | {
      kind:
        'NO_SUCH_COORDINATOR' | 'SELF' | 'ALREADY_PEERS' | 'PENDING_EXISTS' | 'NO_SUCH_REQUEST' | 'ANSWERED';
    };

const REQUEST_PROJECTION = `r { .id, .status, .createdAt, from: ${coordinatorProjection('a')}, to: ${coordinatorProjection('b')} }`;

export class PeerRepository {
  constructor(private readonly graph: Graph) {}

  async listPeers(
    coordinatorId: string,
    limit: number,
    after: (string | number)[] | null,
    scope: ReaderScope,
  ): Promise<CoordinatorRow[]> {
    const rows = await this.graph.readRows<{ row: CoordinatorRow }>(
      `MATCH (:Coordinator {id: $coordinatorId})-[:PEER_OF]-(c:Coordinator)
       WITH DISTINCT c
       WHERE $a0 IS NULL OR c.displayName > $a0 OR (c.displayName = $a0 AND c.id > $a1)
       WITH c ORDER BY c.displayName, c.id LIMIT toInteger($limit)
       RETURN ${coordinatorProjection('c')} AS row`,
      { ...scope, coordinatorId, limit, a0: after?.[0] ?? null, a1: after?.[1] ?? null },
    );
    return rows.map((r) => r.row);
  }

  /** Pending requests sent to or by the coordinator, newest first. */
  async listPending(
    coordinatorId: string,
    limit: number,
    after: (string | number)[] | null,
    scope: ReaderScope,
  ): Promise<PeerRequestRow[]> {
    const rows = await this.graph.readRows<{ row: PeerRequestRow }>(
      `MATCH (a:Coordinator)-[:SENT]->(r:PeerRequest {status: 'PENDING'})-[:TO]->(b:Coordinator)
       WHERE (a.id = $coordinatorId OR b.id = $coordinatorId)
         AND ($a0 IS NULL OR r.createdAt < datetime($a0) OR (r.createdAt = datetime($a0) AND r.id > $a1))
       WITH a, r, b ORDER BY r.createdAt DESC, r.id LIMIT toInteger($limit)
       RETURN ${REQUEST_PROJECTION} AS row`,
      { ...scope, coordinatorId, limit, a0: after?.[0] ?? null, a1: after?.[1] ?? null },
    );
    return rows.map((r) => r.row);
  }

  /** Sends a request unless the two are the same, already peers, or a request between them is pending. */
  request(fromId: string, toId: string, scope: ReaderScope): Promise<PeerRequestOutcome> {
    return this.graph.write(async (tx) => {
      const state = await tx.one<{ peers: boolean; pending: boolean }>(
        `MATCH (a:Coordinator {id: $fromId}), (b:Coordinator {id: $toId})
         RETURN EXISTS { (a)-[:PEER_OF]-(b) } AS peers,
                EXISTS { (a)-[:SENT]->(:PeerRequest {status: 'PENDING'})-[:TO]->(b) }
                OR EXISTS { (b)-[:SENT]->(:PeerRequest {status: 'PENDING'})-[:TO]->(a) } AS pending`,
        { fromId, toId },
      );
      if (fromId === toId) return { kind: 'SELF' };
      if (!state) return { kind: 'NO_SUCH_COORDINATOR' };
      if (state.peers) return { kind: 'ALREADY_PEERS' };
      if (state.pending) return { kind: 'PENDING_EXISTS' };
      const row = await tx.one<{ row: PeerRequestRow }>(
        `MATCH (a:Coordinator {id: $fromId}), (b:Coordinator {id: $toId})
         CREATE (a)-[:SENT]->(r:PeerRequest {id: $id, status: 'PENDING', createdAt: datetime()})-[:TO]->(b)
         RETURN ${REQUEST_PROJECTION} AS row`,
        { ...scope, fromId, toId, id: randomUUID() },
      );
      return { kind: 'OK', request: row!.row };
    });
  }

  /** Only the recipient answers; accepting links the two with PEER_OF {via: CONNECT_REQUEST}. */
  respond(
    requestId: string,
    recipientId: string,
    accept: boolean,
    scope: ReaderScope,
  ): Promise<PeerRequestOutcome> {
    return this.graph.write(async (tx) => {
      const state = await tx.one<{ status: string }>(
        `MATCH (:Coordinator)-[:SENT]->(r:PeerRequest {id: $requestId})-[:TO]->(:Coordinator {id: $recipientId})
         RETURN r.status AS status`,
        { requestId, recipientId },
      );
      if (!state) return { kind: 'NO_SUCH_REQUEST' };
      if (state.status !== 'PENDING') return { kind: 'ANSWERED' };
      const row = await tx.one<{ row: PeerRequestRow }>(
        `MATCH (a:Coordinator)-[:SENT]->(r:PeerRequest {id: $requestId})-[:TO]->(b:Coordinator)
         SET r.status = $status, r.respondedAt = datetime()
         FOREACH (_ IN CASE WHEN $accept THEN [1] ELSE [] END |
           MERGE (a)-[p:PEER_OF]-(b) ON CREATE SET p.via = 'CONNECT_REQUEST', p.since = datetime())
         RETURN ${REQUEST_PROJECTION} AS row`,
        { ...scope, requestId, accept, status: accept ? 'ACCEPTED' : 'DECLINED' },
      );
      return { kind: 'OK', request: row!.row };
    });
  }
}
