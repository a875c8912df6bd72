import type { PrefectureItem, ReferenceData } from '../data-files.js';
import type { Bilingual, PartnerArchetype } from './archetype-types.js';
import { drawDomains, LOCAL_ARCHETYPES, NATIONAL_ARCHETYPES } from './archetypes.js';
import { createDescriber } from './descriptions.js';
import type { PartnerRow } from './generate.js';
import { pad } from './ids.js';
import { createPartnerDetailer } from './partner-details.js';
import { COMMUNITY_NATIONS, type createLanguageDrawer } from './partner-languages.js';
import { createPartnerNamer, type PartnerName } from './partner-names.js';
import { PLACES } from './places.js';
import { createRandom, type Random } from './random.js';

/** Share of partners that are national hotlines or online services (no prefecture). */
const NATIONWIDE_SHARE = 0.02;

export interface PartnerDraws {
  random: Random;
  pickPrefecture: () => PrefectureItem;
  languages: ReturnType<typeof createLanguageDrawer>;
}

/**
 * Partners drawn archetype first: the archetype fixes kind, name, domains, language policy,
 * hours and fees; the prefecture follows foreign-resident numbers; names are unique per
 * prefecture; details and descriptions come from their own seed-derived streams.
 */
export function generatePartners(
  ref: ReferenceData,
  count: number,
  seed: number,
  draws: PartnerDraws,
): PartnerRow[] {
  const { random, pickPrefecture, languages } = draws;
  const pickLocal = random.weighted(LOCAL_ARCHETYPES, (a) => a.weight);
  const pickNational = random.weighted(NATIONAL_ARCHETYPES, (a) => a.weight);
  const nameOf = createPartnerNamer(random);
  const detailsOf = createPartnerDetailer(ref, seed);
  const describe = createDescriber(ref, createRandom((seed ^ 0x0de5_c21b) >>> 0));

  const partners: PartnerRow[] = [];
  for (let i = 1; i <= count; i++) {
    const nationwide = random.chance(NATIONWIDE_SHARE);
    const pref = nationwide ? null : pickPrefecture();
    const prefecture = pref?.code ?? null;
    const municipalities = pref ? PLACES[pref.code].municipalities : [];
    let archetype: PartnerArchetype;
    let communityLanguage: string | undefined;
    let name: PartnerName | null;
    do {
      archetype = nationwide ? pickNational() : pickLocal();
      communityLanguage = archetype.languages.community ? languages.community(prefecture) : undefined;
      const nation = communityLanguage ? COMMUNITY_NATIONS[communityLanguage] : undefined;
      name = nameOf(archetype.names, { prefecture: pref, municipalities, nation });
    } while (!name);
    const nation = communityLanguage ? COMMUNITY_NATIONS[communityLanguage] : undefined;
    const domains = drawDomains(random, archetype);
    const partnerLanguages = languages.forPolicy(archetype.languages, prefecture, communityLanguage);
    const remote = nationwide || random.chance(archetype.remote);
    const area: Bilingual = name.municipality
      ? [name.municipality.ja, name.municipality.en]
      : pref
        ? [pref.nameJa, pref.nameEn]
        : ['全国', 'Japan'];
    const details = detailsOf({
      serial: `p${pad(i)}`,
      nameKey: name.nameKey,
      archetype,
      prefecture,
      municipality: name.municipality,
      municipalityInName: name.municipality !== null,
      remote,
      areaJa: area[0],
    });
    const description = describe({
      archetype,
      domains,
      languages: partnerLanguages,
      area,
      nation,
      remoteModes: details.remoteModes,
      sensitiveAddress: details.sensitiveAddress,
      fees: details.fees,
    });
    // Own fields first, details spread last: the reverse order made rows slower to build and
    // larger in memory (measured at 100k partners).
    partners.push({
      id: `syn-partner-${pad(i)}`,
      name: name.ja,
      alternateName: name.en,
      kind: archetype.kind,
      description,
      prefecture,
      nationwide,
      remote,
      domains,
      languages: partnerLanguages,
      ...details,
    });
  }
  return partners;
}
