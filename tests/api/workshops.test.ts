import { runPrefix } from '../support/run-prefix.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import type { TestCoordinator } from '../fixtures/graduates/coordinators.js';
import {
  CANCEL,
  CREATE_WORKSHOP,
  REGISTER,
  workshopContent,
  workshopFixtures,
  type RosterEntry,
} from './workshops.fixtures.js';

const RUN = runPrefix('ws');
const SPLIT = `mutation($input: SplitWorkshopGroupsInput!) { splitWorkshopGroups(input: $input) {
  workshop { groups { number facilitator { id } bureauCount members { id bureau { code } domains { code } } } } } }`;
const MOVE = `mutation($input: MoveWorkshopParticipantInput!) { moveWorkshopParticipant(input: $input) {
  workshop { groups { number members { id } } } } }`;
const ATTEND = `mutation($input: RecordWorkshopAttendanceInput!) { recordWorkshopAttendance(input: $input) {
  peerLinksCreated workshop { attendanceRecordedAt } } }`;
const CONSENT = `mutation($input: SetWorkshopPeerConsentInput!) { setWorkshopPeerConsent(input: $input) {
  registration { peerConsent } } }`;
const MINE = `query($id: ID!) { workshop(id: $id) { onlineUrl myRegistration { status waitlistPosition }
  myGroup { number members { id } } groups { number } } }`;
const CSV = `query($id: ID!) { workshop(id: $id) { rosterCsv } }`;
const LIST = `query($scope: WorkshopScope) { workshops(filter: {scope: $scope}, first: 100) { edges { node { id } } } }`;
const INTRO = `query($id: ID!) { introductionToPartner(partnerId: $id) { chain hops } }`;

let h: Harness;
let fx: ReturnType<typeof workshopFixtures>;
let organizerToken: string;
let otherOrganizerToken: string;
let isaToken: string;
let facilitatorEmail: string;
let facilitatorId: string;
let people: TestCoordinator[];

beforeAll(async () => {
  h = await startHarness();
  fx = workshopFixtures(h);
  const organizer = await h.createUser('WORKSHOP_ORGANIZER');
  organizerToken = await h.signIn(organizer);
  otherOrganizerToken = await h.signIn(await h.createUser('WORKSHOP_ORGANIZER'));
  isaToken = await h.signIn(await h.createUser('ISA_ADMIN'));
  const facilitator = await h.createUser('WORKSHOP_ORGANIZER');
  facilitatorEmail = facilitator.email;
  facilitatorId = facilitator.id;
  people = await fx.graduates(60);
}, 120_000);

afterAll(async () => {
  await fx?.cleanup();
  await h?.close();
});

const register = (token: string, workshopId: string, peerConsent = true) =>
  h.gql<{ registerForWorkshop: { registration: { status: string; waitlistPosition: number | null } } }>(
    REGISTER,
    { input: { workshopId, peerConsent } },
    token,
  );

describe('creating workshops', () => {
  it('lets organizers and ISA create, names the creator organizer, and refuses other roles', async () => {
    const input = { content: workshopContent(RUN, { facilitatorEmails: [facilitatorEmail] }) };
    const created = await h.gql<{ createWorkshop: { workshop: Record<string, unknown> } }>(
      CREATE_WORKSHOP,
      { input },
      organizerToken,
    );
    expect(created.errors).toBeUndefined();
    const w = created.data!.createWorkshop.workshop;
    fx.track(w.id as string);
    expect(w).toMatchObject({
      capacity: 40,
      format: 'HYBRID',
      registrationOpen: true,
      viewerIsOrganizer: true,
      facilitators: [{ id: facilitatorId }],
      prefecture: { code: '13' },
      onlineUrl: 'https://meet.example/test',
    });
    const [link] = await h.graph.readRows<{ n: number }>(
      'MATCH (:User)-[o:ORGANIZES]->(:Workshop {id: $id}) RETURN count(o) AS n',
      { id: w.id },
    );
    expect(link.n).toBe(1);
    expect(errorCode(await h.gql(CREATE_WORKSHOP, { input }, people[0].token))).toBe('FORBIDDEN');
    const isa = await h.gql<{ createWorkshop: { workshop: { id: string } } }>(
      CREATE_WORKSHOP,
      { input },
      isaToken,
    );
    expect(isa.errors).toBeUndefined();
    fx.track(isa.data!.createWorkshop.workshop.id);
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = await h.graph.readRows<{ n: number }>('MATCH (w:Workshop) RETURN count(w) AS n');
    for (const [overrides, field] of [
      [{ capacity: 0 }, 'capacity'],
      [{ themes: ['NOPE'] }, 'themes'],
      [{ endsAt: new Date(Date.now() + 3600_000).toISOString() }, 'endsAt'],
      [{ registrationClosesAt: new Date(Date.now() + 72 * 3600_000).toISOString() }, 'registrationClosesAt'],
      [{ format: 'IN_PERSON', venue: '' }, 'venue'],
      [{ format: 'ONLINE', onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
      [{ facilitatorEmails: ['nobody@test.tsunagu.example'] }, 'facilitatorEmails'],
    ] as const) {
      const result = await h.gql(
        CREATE_WORKSHOP,
        { input: { content: workshopContent(RUN, overrides) } },
        organizerToken,
      );
      expect(errorCode(result), field).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const after = await h.graph.readRows<{ n: number }>('MATCH (w:Workshop) RETURN count(w) AS n');
    expect(after[0].n).toBe(before[0].n);
  });
});

describe('a 40-seat workshop with 60 graduates registering at once', () => {
  let workshopId: string;

  it('confirms exactly 40 and waitlists 20 at positions 1..20', async () => {
    workshopId = await fx.createWorkshop(organizerToken, RUN, { facilitatorEmails: [facilitatorEmail] });
    const results = await Promise.all(people.map((p) => register(p.token, workshopId)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const statuses = results.map((r) => r.data!.registerForWorkshop.registration.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(40);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(20);
    const roster = await fx.roster(organizerToken, workshopId);
    expect(roster.filter((r) => r.status === 'CONFIRMED')).toHaveLength(40);
    expect(roster.filter((r) => r.status === 'WAITLISTED').map((r) => r.waitlistPosition)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    // A second registration is a conflict, and only graduates register.
    expect(errorCode(await register(people[0].token, workshopId))).toBe('CONFLICT');
    expect(errorCode(await register(organizerToken, workshopId))).toBe('FORBIDDEN');
  }, 60_000);

  it('promotes the earliest waitlisted graduates when seats are cancelled in parallel, with notifications', async () => {
    const before = await fx.roster(organizerToken, workshopId);
    const confirmed = before.filter((r) => r.status === 'CONFIRMED').slice(0, 5);
    const firstWaiting = before
      .filter((r) => r.status === 'WAITLISTED')
      .slice(0, 5)
      .map((r) => r.participant.id);
    const tokenOf = new Map(people.map((p) => [p.id, p.token]));
    const results = await Promise.all(
      confirmed.map((r) => h.gql(CANCEL, { input: { workshopId } }, tokenOf.get(r.participant.id))),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const after = await fx.roster(organizerToken, workshopId);
    const seated = after.filter((r) => r.status === 'CONFIRMED').map((r) => r.participant.id);
    expect(seated).toHaveLength(40);
    expect(seated).toEqual(expect.arrayContaining(firstWaiting));
    expect(after.filter((r) => r.status === 'WAITLISTED').map((r) => r.waitlistPosition)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
    expect(after.filter((r) => r.status === 'CANCELLED')).toHaveLength(5);
    const notes = await h.graph.readRows<{ kind: string }>(
      `MATCH (n:Notification)-[:FOR]->(:User)-[:ACTS_AS]->(c:Coordinator) WHERE c.id IN $ids AND n.link = $link
       RETURN n.kind AS kind`,
      { ids: firstWaiting, link: `/workshops/${workshopId}` },
    );
    expect(notes.map((n) => n.kind)).toEqual(Array(5).fill('WORKSHOP_SEAT_CONFIRMED'));
    // Cancelling a waitlisted place closes the gap.
    const waiting = after.find((r) => r.waitlistPosition === 3)!;
    await h.gql(CANCEL, { input: { workshopId } }, tokenOf.get(waiting.participant.id));
    const last = await fx.roster(organizerToken, workshopId);
    expect(last.filter((r) => r.status === 'WAITLISTED').map((r) => r.waitlistPosition)).toEqual(
      Array.from({ length: 14 }, (_, i) => i + 1),
    );
  }, 60_000);

  it('shows each graduate their own place and hides the roster and meeting link from others', async () => {
    const roster = await fx.roster(organizerToken, workshopId);
    const waiting = roster.find((r) => r.waitlistPosition === 1)!;
    const token = people.find((p) => p.id === waiting.participant.id)!.token;
    const mine = await h.gql<{ workshop: { onlineUrl: string | null; myRegistration: unknown } }>(
      MINE,
      { id: workshopId },
      token,
    );
    expect(mine.data!.workshop).toMatchObject({
      onlineUrl: null,
      myRegistration: { status: 'WAITLISTED', waitlistPosition: 1 },
    });
    expect(
      errorCode(
        await h.gql(
          `query($id: ID!) { workshop(id: $id) { roster { edges { cursor } } } }`,
          { id: workshopId },
          token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(CSV, { id: workshopId }, otherOrganizerToken))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(CSV, { id: workshopId }, isaToken))).toBe('FORBIDDEN');
    const mine2 = await h.gql<{ workshops: { edges: { node: { id: string } }[] } }>(
      LIST,
      { scope: 'MINE' },
      token,
    );
    expect(mine2.data!.workshops.edges.map((e) => e.node.id)).toContain(workshopId);
  });

  it('exports the roster as CSV with a BOM, status, position, group, consent and attendance', async () => {
    const result = await h.gql<{ workshop: { rosterCsv: string } }>(CSV, { id: workshopId }, organizerToken);
    const csv = result.data!.workshop.rosterCsv;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'coordinator_id,name,prefecture,bureau,domains,status,waitlist_position,group,peer_consent,attended,registered_at,cancelled_at',
    );
    expect(lines).toHaveLength(61);
    expect(lines.filter((l) => l.includes(',WAITLISTED,1,'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes(',CANCELLED,'))).toHaveLength(6);
  });

  it('splits 40 into 3 mixed groups of 13–14, deterministically, and never lets a group pass 15', async () => {
    type Groups = {
      number: number;
      facilitator: { id: string } | null;
      bureauCount: number;
      members: { id: string; domains: { code: string }[] }[];
    }[];
    const split = await h.gql<{ splitWorkshopGroups: { workshop: { groups: Groups } } }>(
      SPLIT,
      { input: { workshopId, seed: 42 } },
      organizerToken,
    );
    expect(split.errors).toBeUndefined();
    const groups = split.data!.splitWorkshopGroups.workshop.groups;
    expect(groups.map((g) => g.members.length).sort()).toEqual([13, 13, 14]);
    for (const g of groups) {
      expect(g.bureauCount).toBeGreaterThanOrEqual(6);
      expect(new Set(g.members.flatMap((m) => m.domains.map((d) => d.code))).size).toBeGreaterThanOrEqual(3);
      expect(g.facilitator?.id).toBe(facilitatorId);
    }
    const again = await h.gql<{ splitWorkshopGroups: { workshop: { groups: Groups } } }>(
      SPLIT,
      { input: { workshopId, seed: 42 } },
      organizerToken,
    );
    const ids = (gs: Groups) => gs.map((g) => g.members.map((m) => m.id).sort());
    expect(ids(again.data!.splitWorkshopGroups.workshop.groups)).toEqual(ids(groups));

    // Fill group 1 up to 15 by hand, then a 16th is refused.
    const small = groups.filter((g) => g.members.length === 13);
    const target = groups.find((g) => g.members.length === 14)!;
    const mover = small[0].members[0].id;
    const moved = await h.gql(
      MOVE,
      { input: { workshopId, participantId: mover, groupNumber: target.number } },
      organizerToken,
    );
    expect(moved.errors).toBeUndefined();
    const refused = await h.gql(
      MOVE,
      { input: { workshopId, participantId: small[1].members[0].id, groupNumber: target.number } },
      organizerToken,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.field).toBe('groupNumber');
    expect(errorCode(await h.gql(SPLIT, { input: { workshopId } }, otherOrganizerToken))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(SPLIT, { input: { workshopId } }, people[0].token))).toBe('FORBIDDEN');

    const token = people.find((p) => p.id === mover)!.token;
    const mine = await h.gql<{
      workshop: { myGroup: { number: number; members: unknown[] }; groups: unknown[] };
    }>(MINE, { id: workshopId }, token);
    expect(mine.data!.workshop.myGroup).toMatchObject({ number: target.number });
    expect(mine.data!.workshop.myGroup.members).toHaveLength(15);
    expect(mine.data!.workshop.groups).toEqual([]);
  });

  it('records attendance and peer-links consenting attendees, which the search then uses', async () => {
    const roster = await fx.roster(organizerToken, workshopId);
    const seated = roster.filter((r) => r.status === 'CONFIRMED');
    const [a, b, noConsent] = seated;
    const tokenOf = new Map(people.map((p) => [p.id, p.token]));
    // Consent can change before attendance is recorded.
    const off = await h.gql<{ setWorkshopPeerConsent: { registration: { peerConsent: boolean } } }>(
      CONSENT,
      { input: { workshopId, peerConsent: false } },
      tokenOf.get(noConsent.participant.id),
    );
    expect(off.data!.setWorkshopPeerConsent.registration.peerConsent).toBe(false);
    expect(
      errorCode(
        await h.gql(ATTEND, { input: { workshopId, attendedIds: [a.participant.id] } }, organizerToken),
      ),
    ).toBe('CONFLICT');
    await fx.start(workshopId);
    const stranger = roster.find((r) => r.status === 'WAITLISTED')!.participant.id;
    const bad = await h.gql(
      ATTEND,
      { input: { workshopId, attendedIds: [a.participant.id, stranger] } },
      organizerToken,
    );
    expect(bad.errors![0].extensions!.field).toBe('attendedIds');

    // An existing link keeps its `via`.
    await h.graph.writeRows(
      `MATCH (x:Coordinator {id: $a}), (y:Coordinator {id: $b}) CREATE (x)-[:PEER_OF {via: 'COHORT', since: datetime()}]->(y)`,
      { a: seated[3].participant.id, b: seated[4].participant.id },
    );
    const attendees = seated.slice(0, 30).map((r) => r.participant.id);
    const recorded = await h.gql<{ recordWorkshopAttendance: { peerLinksCreated: number } }>(
      ATTEND,
      { input: { workshopId, attendedIds: attendees } },
      organizerToken,
    );
    expect(recorded.errors).toBeUndefined();
    // 29 consenting attendees: 29·28/2 pairs, one of which already existed.
    expect(recorded.data!.recordWorkshopAttendance.peerLinksCreated).toBe((29 * 28) / 2 - 1);
    const links = await h.graph.readRows<{ via: string; n: number }>(
      `MATCH (x:Coordinator)-[p:PEER_OF]-(y:Coordinator) WHERE x.id IN $ids AND y.id IN $ids AND x.id < y.id
       RETURN p.via AS via, count(*) AS n ORDER BY via`,
      { ids: attendees },
    );
    expect(links).toEqual([
      { via: 'COHORT', n: 1 },
      { via: 'WORKSHOP', n: (29 * 28) / 2 - 1 },
    ]);
    const [withAbsent] = await h.graph.readRows<{ n: number }>(
      `MATCH (x:Coordinator {id: $id})-[p:PEER_OF]-() RETURN count(p) AS n`,
      { id: noConsent.participant.id },
    );
    expect(withAbsent.n).toBe(0);
    // Recording again creates nothing new; consent is now fixed.
    const again = await h.gql<{ recordWorkshopAttendance: { peerLinksCreated: number } }>(
      ATTEND,
      { input: { workshopId, attendedIds: attendees } },
      organizerToken,
    );
    expect(again.data!.recordWorkshopAttendance.peerLinksCreated).toBe(0);
    expect(
      errorCode(
        await h.gql(CONSENT, { input: { workshopId, peerConsent: true } }, tokenOf.get(a.participant.id)),
      ),
    ).toBe('CONFLICT');
    const roster2 = await fx.roster(organizerToken, workshopId);
    expect(roster2.filter((r: RosterEntry) => r.attended)).toHaveLength(30);

    // The search's "who can introduce me" now finds the workshop peer.
    const partnerId = `test-partner-${RUN}`;
    await h.graph.writeRows(
      `MATCH (c:Coordinator {id: $b}), (p:Prefecture {code: '27'})
       CREATE (x:Partner {id: $partnerId, name: '【架空】テスト連携先', kind: 'SUP', synthetic: true, test: true})-[:LOCATED_IN]->(p)
       CREATE (c)-[:REFERRED {id: $partnerId, date: date(), outcome: 'RESOLVED'}]->(x)`,
      { b: b.participant.id, partnerId },
    );
    try {
      const intro = await h.gql<{ introductionToPartner: { chain: string[]; hops: number } | null }>(
        INTRO,
        { id: partnerId },
        tokenOf.get(a.participant.id),
      );
      expect(intro.data!.introductionToPartner).toMatchObject({ hops: 1 });
    } finally {
      await h.graph.writeRows('MATCH (x:Partner {id: $partnerId}) DETACH DELETE x', { partnerId });
    }
  }, 60_000);
});

describe('eligibility and the registration window', () => {
  it('refuses an expired certificate for CERTIFICATE_VALID and a closed window', async () => {
    const [expired, valid] = await fx.graduates(2);
    await h.graph.writeRows(
      `MATCH (c:Coordinator) WHERE c.id IN [$e, $v]
       SET c.certificateExpiresOn = CASE c.id WHEN $e THEN date('2020-03-31') ELSE date() + duration('P2Y') END`,
      { e: expired.id, v: valid.id },
    );
    const id = await fx.createWorkshop(organizerToken, RUN, {
      eligibility: 'CERTIFICATE_VALID',
      capacity: 5,
    });
    const refused = await register(expired.token, id);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect((await register(valid.token, id)).data!.registerForWorkshop.registration.status).toBe('CONFIRMED');
    const closed = await fx.createWorkshop(organizerToken, RUN, {
      registrationOpensAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(errorCode(await register(valid.token, closed))).toBe('CONFLICT');
    expect(errorCode(await register(valid.token, 'no-such-workshop'))).toBe('NOT_FOUND');
  });

  it('promotes the waitlist when an organizer raises the capacity, and refuses a capacity below the seats', async () => {
    const [first, second] = await fx.graduates(2);
    const id = await fx.createWorkshop(organizerToken, RUN, { capacity: 1 });
    await register(first.token, id);
    expect((await register(second.token, id)).data!.registerForWorkshop.registration.status).toBe(
      'WAITLISTED',
    );
    const UPDATE = `mutation($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) {
      workshop { confirmedCount waitlistCount } } }`;
    const raised = await h.gql<{
      updateWorkshop: { workshop: { confirmedCount: number; waitlistCount: number } };
    }>(UPDATE, { input: { id, content: workshopContent(RUN, { capacity: 2 }) } }, organizerToken);
    expect(raised.data!.updateWorkshop.workshop).toEqual({ confirmedCount: 2, waitlistCount: 0 });
    const lowered = await h.gql(
      UPDATE,
      { input: { id, content: workshopContent(RUN, { capacity: 1 }) } },
      organizerToken,
    );
    expect(lowered.errors![0].extensions!.field).toBe('capacity');
    expect(
      errorCode(await h.gql(UPDATE, { input: { id, content: workshopContent(RUN) } }, otherOrganizerToken)),
    ).toBe('FORBIDDEN');
    const [note] = await h.graph.readRows<{ n: number }>(
      `MATCH (n:Notification {kind: 'WORKSHOP_SEAT_CONFIRMED'})-[:FOR]->(:User)-[:ACTS_AS]->(:Coordinator {id: $c})
       RETURN count(n) AS n`,
      { c: second.id },
    );
    expect(note.n).toBe(1);
  });

  it('costs one statement for the workshop page after the session lookup', async () => {
    const id = await fx.createWorkshop(organizerToken, RUN);
    const result = await h.gql(MINE, { id }, organizerToken);
    expect(result.extensions?.neo4jRoundTrips).toBe(2);
  });
});

describe('demo data (loaded by the test stack like by npm start)', () => {
  it('has an upcoming workshop with a waitlist and a past one with attendance, peer links and an insight', async () => {
    const [upcoming] = await h.graph.readRows<{ confirmed: number; waiting: number; future: boolean }>(
      `MATCH (w:Workshop {id: 'demo-workshop-upcoming'})
       RETURN COUNT { (:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w) } AS confirmed,
              COUNT { (:Coordinator)-[:REGISTERED {status: 'WAITLISTED'}]->(w) } AS waiting,
              w.startsAt > datetime() AS future`,
    );
    expect(upcoming).toEqual({ confirmed: 10, waiting: 2, future: true });
    const [past] = await h.graph.readRows<{
      attended: number;
      links: number;
      insights: number;
      approved: number;
    }>(
      `MATCH (w:Workshop {id: 'demo-workshop-past'})
       RETURN COUNT { (:Coordinator)-[:ATTENDED]->(w) } AS attended,
              COUNT { (a:Coordinator)-[:ATTENDED]->(w)<-[:ATTENDED]-(b:Coordinator) WHERE EXISTS { (a)-[:PEER_OF]-(b) } } AS links,
              COUNT { (:KnowledgeInsight)-[:FROM_WORKSHOP]->(w) } AS insights,
              COUNT { (:CaseMaterial {status: 'APPROVED'})-[:FOR_WORKSHOP]->(w) } AS approved`,
    );
    // 4 attendees: 6 pairs, all peer-linked (each pair matched from both ends).
    expect(past).toEqual({ attended: 4, links: 12, insights: 1, approved: 1 });
  });
});
