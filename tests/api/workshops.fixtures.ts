import { coordinatorFixtures, type TestCoordinator } from '../fixtures/graduates/coordinators.js';
import type { Harness } from '../support/api-harness.js';

export const CREATE_WORKSHOP = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) {
  workshop { id title capacity format startsAt registrationOpen confirmedCount waitlistCount viewerIsOrganizer
             facilitators { id } organizers { id } themes { code } prefecture { code } onlineUrl } } }`;
export const REGISTER = `mutation($input: RegisterForWorkshopInput!) { registerForWorkshop(input: $input) {
  registration { status waitlistPosition peerConsent } workshop { confirmedCount waitlistCount } } }`;
export const CANCEL = `mutation($input: CancelWorkshopRegistrationInput!) { cancelWorkshopRegistration(input: $input) {
  registration { status } workshop { confirmedCount waitlistCount } } }`;
export const ROSTER = `query($id: ID!, $first: Int, $after: String) { workshop(id: $id) {
  roster(first: $first, after: $after) { edges { node { participant { id } status waitlistPosition peerConsent attended groupNumber } }
    pageInfo { hasNextPage endCursor } } } }`;

export interface RosterEntry {
  participant: { id: string };
  status: string;
  waitlistPosition: number | null;
  peerConsent: boolean;
  attended: boolean;
  groupNumber: number | null;
}

const hour = 3600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

/** Workshop content whose registration is open now and which starts in two days. */
export function workshopContent(run: string, overrides: Record<string, unknown> = {}) {
  return {
    title: `【架空】${run} 事例研究会`,
    description: '【架空】テスト用の研究会です。',
    themes: ['WRK-CND', 'RES-STS'],
    format: 'HYBRID',
    startsAt: iso(48 * hour),
    endsAt: iso(51 * hour),
    venue: '【架空】テスト会場',
    onlineUrl: 'https://meet.example/test',
    prefecture: '13',
    capacity: 40,
    registrationOpensAt: iso(-hour),
    registrationClosesAt: iso(24 * hour),
    eligibility: 'ANY_GRADUATE',
    facilitatorEmails: [],
    ...overrides,
  };
}

/** Prefectures in eight bureau regions, for mixing. */
export const SPREAD = ['01', '04', '13', '23', '27', '34', '37', '40'];
export const DOMAINS = ['WRK-CND', 'RES-STS', 'EDU-SCH', 'HLT-MED'];

/** Test workshops and coordinators, with everything hanging off them removed by cleanup(). */
export function workshopFixtures(h: Harness) {
  const coordinators = coordinatorFixtures(h);
  const workshopIds: string[] = [];
  return {
    /** `n` graduates spread over bureau regions and domains, created and signed in 10 at a time. */
    async graduates(n: number, props: Record<string, unknown> = {}): Promise<TestCoordinator[]> {
      const out: TestCoordinator[] = [];
      for (let i = 0; i < n; i += 10) {
        const batch = Array.from({ length: Math.min(10, n - i) }, (_, j) => i + j);
        out.push(
          ...(await Promise.all(
            batch.map((k) =>
              coordinators.create({
                prefecture: SPREAD[k % SPREAD.length],
                domains: [DOMAINS[k % DOMAINS.length]],
                props,
              }),
            ),
          )),
        );
      }
      return out;
    },
    /** One graduate in `prefecture`. */
    create(prefecture: string, domains: string[] = ['WRK-CND']): Promise<TestCoordinator> {
      return coordinators.create({ prefecture, domains });
    },
    async createWorkshop(token: string, run: string, overrides: Record<string, unknown> = {}) {
      const result = await h.gql<{ createWorkshop: { workshop: { id: string } } }>(
        CREATE_WORKSHOP,
        { input: { content: workshopContent(run, overrides) } },
        token,
      );
      if (!result.data?.createWorkshop) throw new Error(JSON.stringify(result.errors));
      workshopIds.push(result.data.createWorkshop.workshop.id);
      return result.data.createWorkshop.workshop.id;
    },
    track(id: string) {
      workshopIds.push(id);
    },
    /** Moves the workshop's start into the past (attendance needs a started workshop). */
    async start(id: string) {
      await h.graph.writeRows(
        `MATCH (w:Workshop {id: $id})
         SET w.startsAt = datetime() - duration('PT1H'), w.endsAt = datetime() + duration('PT2H'),
             w.registrationClosesAt = datetime() - duration('PT2H')`,
        { id },
      );
    },
    async roster(token: string, id: string): Promise<RosterEntry[]> {
      const result = await h.gql<{ workshop: { roster: { edges: { node: RosterEntry }[] } } }>(
        ROSTER,
        { id, first: 100 },
        token,
      );
      if (!result.data?.workshop) throw new Error(JSON.stringify(result.errors));
      return result.data.workshop.roster.edges.map((e) => e.node);
    },
    async cleanup() {
      await h.graph.writeRows(
        `MATCH (w:Workshop) WHERE w.id IN $ids
         OPTIONAL MATCH (g:WorkshopGroup)-[:GROUP_OF]->(w)
         OPTIONAL MATCH (m:CaseMaterial)-[:FOR_WORKSHOP]->(w)
         OPTIONAL MATCH (log:MaterialAccess)-[:OF]->(m)
         OPTIONAL MATCH (i:KnowledgeInsight)-[:FROM_WORKSHOP]->(w)
         DETACH DELETE log, m, g, i, w`,
        { ids: workshopIds },
      );
      await h.graph.writeRows(
        `MATCH (n:Notification) WHERE any(id IN $ids WHERE n.link STARTS WITH '/workshops/' + id) DETACH DELETE n`,
        { ids: workshopIds },
      );
      await coordinators.cleanup();
    },
  };
}
