// Cypher fragments of case materials: constants, never built from input.
// Bindings: `m` the material, `a` its author (User), `w` its workshop, `me` the viewer.

import { person } from '../workshops/cypher.js';

/** Who may see what of workshop `w`: `runs` (organizer or facilitator) and `seated` (confirmed participant). */
export const WORKSHOP_ROLE = `
  EXISTS { (me)-[:ORGANIZES|FACILITATES]->(w) } AS runs,
  EXISTS { (me)-[:ACTS_AS]->(:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w) } AS seated`;

/** Opening rule: organizers and facilitators always; the author always; confirmed participants once approved. */
export const MAY_OPEN = `(runs OR a = me OR (seated AND m.status = 'APPROVED'))`;

/**
 * Review rule: the workshop's facilitators approve or return its materials; a workshop without facilitators
 * has its organizers do it, so no material waits for a reviewer who does not exist.
 */
export const MAY_REVIEW = `(EXISTS { (me)-[:FACILITATES]->(w) }
  OR (NOT EXISTS { ()-[:FACILITATES]->(w) } AND EXISTS { (me)-[:ORGANIZES]->(w) }))`;

/** Who reviews the materials of workshop `w`. */
export const REVIEWERS = `CASE WHEN EXISTS { ()-[:FACILITATES]->(w) } THEN 'FACILITATORS' ELSE 'ORGANIZERS' END`;

export const SUMMARY_PROJECTION = `m { .id, .title, .status, .submittedAt, author: ${person('a')}, mine: a = me }`;

export const MATERIAL_PROJECTION = `m { .id, .title, .status, .submittedAt, .background, .problem, .response,
  .outcome, .lessons, .reviewComment, .reviewedAt, author: ${person('a')}, mine: a = me,
  workshopId: w.id, workshopTitle: w.title, confirmedFlagsJson: coalesce(m.confirmedFlags, []),
  viewerCanReview: ${MAY_REVIEW}, reviewers: ${REVIEWERS} }`;
