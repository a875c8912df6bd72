import type { Role } from '~/generated/graphql';

/**
 * The one place that says which portal sections each role sees (nav, home cards, route guards).
 * The API enforces authorization on its own; this only shapes the portal.
 */
export const SECTIONS = [
  { id: 'search', path: '/search', roles: ['COORDINATOR', 'ISA_ADMIN'] },
  { id: 'directory', path: '/directory', roles: ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER'] },
  {
    id: 'bulletin',
    path: '/bulletin',
    roles: ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'],
  },
  // Peer Q&A board and notifications (bulletin, issue 4)
  { id: 'qa', path: '/qa', roles: ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER'] },
  {
    id: 'notifications',
    path: '/notifications',
    roles: ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'],
  },
  // Surveys and activity reports (issue 5); organizers run workshop feedback surveys
  { id: 'surveys', path: '/surveys', roles: ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER'] },
  { id: 'activity', path: '/activity', roles: ['COORDINATOR', 'ISA_ADMIN'] },
  { id: 'workshops', path: '/workshops', roles: ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER'] },
  // Knowledge base of workshop insights (issue 6): every role that reads graduates' content
  { id: 'knowledge', path: '/knowledge', roles: ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER'] },
  { id: 'gaps', path: '/gaps', roles: ['COORDINATOR', 'ISA_ADMIN', 'LOCAL_GOV'] },
  { id: 'accounts', path: '/accounts', roles: ['ISA_ADMIN'] },
  { id: 'import', path: '/import', roles: ['ISA_ADMIN'] },
  { id: 'hsds', path: '/hsds', roles: ['ISA_ADMIN'] },
] as const satisfies readonly { id: string; path: string; roles: readonly Role[] }[];

export type Section = (typeof SECTIONS)[number];
export type SectionId = Section['id'];

/** The sections a role sees, in menu order. */
export function sectionsFor(role: Role): Section[] {
  return SECTIONS.filter((section) => (section.roles as readonly Role[]).includes(role));
}

export const ALL_ROLES: readonly Role[] = ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'];

/**
 * The partner list is readable by every role (schema: `partners`), so the directory page opens for any
 * signed-in account even though the menu does not offer it to LOCAL_GOV; the API then withholds coordinators.
 */
const OPEN_TO_EVERY_ROLE: ReadonlySet<SectionId> = new Set<SectionId>(['directory']);

/** The roles allowed to open a section's page. */
export function routeRolesFor(id: SectionId): readonly Role[] {
  if (OPEN_TO_EVERY_ROLE.has(id)) return ALL_ROLES;
  const section = SECTIONS.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`Unknown section ${id}`);
  return section.roles;
}
