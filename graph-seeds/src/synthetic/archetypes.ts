import type { PartnerArchetype } from './archetype-types.js';
import { NATIONAL_ARCHETYPES } from './archetypes-national.js';
import { PUBLIC_ARCHETYPES } from './archetypes-public.js';
import { SERVICE_ARCHETYPES } from './archetypes-services.js';
import { SUPPORT_ARCHETYPES } from './archetypes-support.js';
import type { Random } from './random.js';

export type { PartnerArchetype } from './archetype-types.js';

/**
 * The sorts of partner the synthetic directory holds: each fixes the kind, the name, the support
 * domains (a core set plus coherent extras), languages, hours, fees and eligibility, so a
 * 日本語教室 teaches Japanese and a 労働相談センター handles labour problems.
 */
export const LOCAL_ARCHETYPES: readonly PartnerArchetype[] = [
  ...PUBLIC_ARCHETYPES,
  ...SUPPORT_ARCHETYPES,
  ...SERVICE_ARCHETYPES,
];
export { NATIONAL_ARCHETYPES };
export const ARCHETYPES: readonly PartnerArchetype[] = [...LOCAL_ARCHETYPES, ...NATIONAL_ARCHETYPES];

/** The archetype's core domains, then `extraCount` distinct extras. */
export function drawDomains(random: Random, archetype: PartnerArchetype): string[] {
  const [min, max] = archetype.extraCount;
  const extras = archetype.extras.length
    ? random.distinct(random.int(min, max), () => random.pick(archetype.extras))
    : [];
  return [...archetype.core, ...extras.filter((d) => !archetype.core.includes(d))];
}
