import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleName } from '../../api/src/modules/auth/repository.js';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';

const OPERATIONS = {
  viewer: '{ viewer { role } }',
  prefectures: '{ prefectures { code } }',
  referenceLists: '{ supportDomains { code } languages { code } statusesOfResidence { code } }',
  partners: '{ partners(first: 2) { edges { node { id } } } }',
  coordinators: '{ coordinators(first: 2) { edges { node { id } } } }',
  accounts: '{ accounts(first: 2) { edges { node { id } } } }',
} as const;

type Outcome = 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const ROLES: (RoleName | 'ANONYMOUS')[] = [
  'ANONYMOUS',
  'COORDINATOR',
  'ISA_ADMIN',
  'WORKSHOP_ORGANIZER',
  'LOCAL_GOV',
];

// The authorization matrix, enforced by the API whatever the portal shows.
const EXPECTED: Record<keyof typeof OPERATIONS, Record<(typeof ROLES)[number], Outcome>> = {
  viewer: { ANONYMOUS: 'OK', COORDINATOR: 'OK', ISA_ADMIN: 'OK', WORKSHOP_ORGANIZER: 'OK', LOCAL_GOV: 'OK' },
  prefectures: {
    ANONYMOUS: 'UNAUTHENTICATED',
    COORDINATOR: 'OK',
    ISA_ADMIN: 'OK',
    WORKSHOP_ORGANIZER: 'OK',
    LOCAL_GOV: 'OK',
  },
  referenceLists: {
    ANONYMOUS: 'UNAUTHENTICATED',
    COORDINATOR: 'OK',
    ISA_ADMIN: 'OK',
    WORKSHOP_ORGANIZER: 'OK',
    LOCAL_GOV: 'OK',
  },
  partners: {
    ANONYMOUS: 'UNAUTHENTICATED',
    COORDINATOR: 'OK',
    ISA_ADMIN: 'OK',
    WORKSHOP_ORGANIZER: 'OK',
    LOCAL_GOV: 'OK',
  },
  coordinators: {
    ANONYMOUS: 'UNAUTHENTICATED',
    COORDINATOR: 'OK',
    ISA_ADMIN: 'OK',
    WORKSHOP_ORGANIZER: 'OK',
    LOCAL_GOV: 'FORBIDDEN',
  },
  accounts: {
    ANONYMOUS: 'UNAUTHENTICATED',
    COORDINATOR: 'FORBIDDEN',
    ISA_ADMIN: 'OK',
    WORKSHOP_ORGANIZER: 'FORBIDDEN',
    LOCAL_GOV: 'FORBIDDEN',
  },
};

let h: Harness;
const tokens = new Map<string, string | undefined>();

beforeAll(async () => {
  h = await startHarness();
  tokens.set('ANONYMOUS', undefined);
  for (const role of ROLES.filter((r): r is RoleName => r !== 'ANONYMOUS')) {
    tokens.set(role, await h.signIn(await h.createUser(role)));
  }
});
afterAll(() => h?.close());

describe('authorization matrix', () => {
  for (const [name, query] of Object.entries(OPERATIONS) as [keyof typeof OPERATIONS, string][]) {
    for (const role of ROLES) {
      const expected = EXPECTED[name][role];
      it(`${role} → ${name}: ${expected}`, async () => {
        const result = await h.gql(query, {}, tokens.get(role));
        if (expected === 'OK') {
          expect(result.errors).toBeUndefined();
          expect(result.data).toBeTruthy();
        } else {
          expect(errorCode(result)).toBe(expected);
          expect(result.data).toBeNull();
        }
      });
    }
  }
});

describe('field visibility', () => {
  const EMAILS =
    '{ coordinators(first: 100, prefecture: $p) { edges { node { id email prefecture { bureau { code } } } } } }';
  const query = (p: string) => EMAILS.replace('$p', JSON.stringify(p));

  it("shows coordinators' e-mail to a coordinator of the same bureau region only", async () => {
    const gunmaCoordinator = await h.createUser('COORDINATOR', { prefecture: '10' }); // Tokyo bureau
    const token = await h.signIn(gunmaCoordinator);
    type Rows = {
      coordinators: { edges: { node: { email: string | null; prefecture: { bureau: { code: string } } } }[] };
    };
    const tokyo = await h.gql<Rows>(query('13'), {}, token);
    const osaka = await h.gql<Rows>(query('27'), {}, token);
    expect(tokyo.data!.coordinators.edges.length).toBeGreaterThan(0);
    expect(osaka.data!.coordinators.edges.length).toBeGreaterThan(0);
    expect(tokyo.data!.coordinators.edges.every((e) => e.node.email !== null)).toBe(true);
    expect(osaka.data!.coordinators.edges.every((e) => e.node.email === null)).toBe(true);
  });

  it('shows every e-mail to ISA and none to a workshop organizer', async () => {
    type Rows = { coordinators: { edges: { node: { email: string | null } }[] } };
    const isa = await h.gql<Rows>(query('27'), {}, tokens.get('ISA_ADMIN'));
    const organizer = await h.gql<Rows>(query('27'), {}, tokens.get('WORKSHOP_ORGANIZER'));
    expect(isa.data!.coordinators.edges.every((e) => e.node.email !== null)).toBe(true);
    expect(organizer.data!.coordinators.edges.every((e) => e.node.email === null)).toBe(true);
  });
});
