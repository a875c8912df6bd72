import { randomUUID } from 'node:crypto';
import type { Graph } from '../../../db/graph.js';
import type { CoordinatorRow } from '../repository.js';
import { coordinatorProjection, type ReaderScope } from '../visibility.js';

export type HandoffStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'CLOSED';

export interface HandoffMessageRow {
  id: string;
  body: string;
  createdAt: string;
  author: CoordinatorRow;
}

export interface HandoffRow {
  id: string;
  summary: string;
  domainCode: string | null;
  languageCode: string | null;
  status: HandoffStatus;
  outcome: string | null;
  createdAt: string;
  from: CoordinatorRow;
  to: CoordinatorRow;
  messages: HandoffMessageRow[];
}

// Sender `a`, hand-off `h`, receiver `b`; the thread is fetched in the same statement, and each
// message names its author by id (always one of the two parties).
const HANDOFF_PROJECTION = `h { .id, .summary, .status, .outcome, .createdAt,
  domainCode: h.domain, languageCode: h.language,
  from: ${coordinatorProjection('a')}, to: ${coordinatorProjection('b')},
  messages: COLLECT { MATCH (author:Coordinator)-[:WROTE]->(m:HandoffMessage)-[:IN_THREAD]->(h)
                      WITH author, m ORDER BY m.createdAt, m.id LIMIT 200
                      RETURN m { .id, .body, .createdAt, authorId: author.id } } }`;

// Only the two parties match: everyone else sees nothing.
const PARTY_MATCH = `MATCH (a:Coordinator)-[:HANDED_OFF]->(h:Handoff {id: $handoffId})-[:HANDED_TO]->(b:Coordinator)
  WHERE $viewerCoordinatorId IN [a.id, b.id]`;

type RawHandoff = Omit<HandoffRow, 'messages'> & {
  messages: (Omit<HandoffMessageRow, 'author'> & { authorId: string })[];
};

function withAuthors(raw: RawHandoff): HandoffRow {
  return {
    ...raw,
    messages: raw.messages.map(({ authorId, ...m }) => ({
      ...m,
      author: authorId === raw.from.id ? raw.from : raw.to,
    })),
  };
}

export type HandoffChange =
  { kind: 'OK'; handoff: HandoffRow } | { kind: 'NOT_FOUND' | 'NOT_RECEIVER' | 'WRONG_STATUS' | 'NOT_PEERS' };

export interface NewHandoff {
  toId: string;
  summary: string;
  domain: string | null;
  language: string | null;
}

export class HandoffRepository {
  constructor(private readonly graph: Graph) {}

  async byId(handoffId: string, scope: ReaderScope): Promise<HandoffRow | null> {
    const row = await this.graph.readOne<{ row: RawHandoff }>(
      `${PARTY_MATCH} RETURN ${HANDOFF_PROJECTION} AS row`,
      {
        ...scope,
        handoffId,
      },
    );
    return row ? withAuthors(row.row) : null;
  }

  /** Hand-offs the viewer sent or received, newest first. */
  async list(limit: number, after: (string | number)[] | null, scope: ReaderScope): Promise<HandoffRow[]> {
    const rows = await this.graph.readRows<{ row: RawHandoff }>(
      `MATCH (a:Coordinator)-[:HANDED_OFF]->(h:Handoff)-[:HANDED_TO]->(b:Coordinator)
       WHERE $viewerCoordinatorId IN [a.id, b.id]
         AND ($a0 IS NULL OR h.createdAt < datetime($a0) OR (h.createdAt = datetime($a0) AND h.id > $a1))
       WITH a, h, b ORDER BY h.createdAt DESC, h.id LIMIT toInteger($limit)
       RETURN ${HANDOFF_PROJECTION} AS row`,
      { ...scope, limit, a0: after?.[0] ?? null, a1: after?.[1] ?? null },
    );
    return rows.map((r) => withAuthors(r.row));
  }

  /** Creates a hand-off to a peer (the two must be PEER_OF). */
  send(input: NewHandoff, scope: ReaderScope): Promise<HandoffChange> {
    return this.graph.write(async (tx) => {
      const row = await tx.one<{ row: RawHandoff }>(
        `MATCH (a:Coordinator {id: $viewerCoordinatorId})-[:PEER_OF]-(b:Coordinator {id: $toId})
         WITH DISTINCT a, b
         CREATE (a)-[:HANDED_OFF]->(h:Handoff {id: $handoffId, summary: $summary, domain: $domain,
                  language: $language, status: 'PENDING', createdAt: datetime()})-[:HANDED_TO]->(b)
         RETURN ${HANDOFF_PROJECTION} AS row`,
        { ...scope, ...input, handoffId: randomUUID() },
      );
      return row ? { kind: 'OK', handoff: withAuthors(row.row) } : { kind: 'NOT_PEERS' };
    });
  }

  /** Changes the state when the viewer may: `receiverOnly` and the status it must be in now. */
  transition(
    handoffId: string,
    change: { from: HandoffStatus; to: HandoffStatus; outcome?: string },
    scope: ReaderScope,
  ): Promise<HandoffChange> {
    return this.graph.write(async (tx) => {
      const state = await tx.one<{ status: HandoffStatus; receiver: boolean }>(
        `${PARTY_MATCH} RETURN h.status AS status, b.id = $viewerCoordinatorId AS receiver`,
        { ...scope, handoffId },
      );
      if (!state) return { kind: 'NOT_FOUND' };
      if (!state.receiver) return { kind: 'NOT_RECEIVER' };
      if (state.status !== change.from) return { kind: 'WRONG_STATUS' };
      const row = await tx.one<{ row: RawHandoff }>(
        `${PARTY_MATCH}
         SET h.status = $to, h.outcome = coalesce($outcome, h.outcome), h.updatedAt = datetime()
         RETURN ${HANDOFF_PROJECTION} AS row`,
        { ...scope, handoffId, to: change.to, outcome: change.outcome ?? null },
      );
      return { kind: 'OK', handoff: withAuthors(row!.row) };
    });
  }

  postMessage(handoffId: string, body: string, scope: ReaderScope): Promise<HandoffChange> {
    return this.graph.write(async (tx) => {
      const row = await tx.one<{ row: RawHandoff }>(
        `${PARTY_MATCH}
         MATCH (me:Coordinator {id: $viewerCoordinatorId})
         CREATE (me)-[:WROTE]->(:HandoffMessage {id: $messageId, body: $body, createdAt: datetime()})-[:IN_THREAD]->(h)
         WITH a, h, b
         RETURN ${HANDOFF_PROJECTION} AS row`,
        { ...scope, handoffId, body, messageId: randomUUID() },
      );
      return row ? { kind: 'OK', handoff: withAuthors(row.row) } : { kind: 'NOT_FOUND' };
    });
  }
}
