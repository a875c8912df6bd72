/** The shape of a partner archetype: what sort of organization it is and what follows from that. */
export type PartnerKindCode = 'ADM' | 'SPI' | 'SUP' | 'EXP' | 'SVC' | 'INT';
export type RemoteMode = 'PHONE' | 'ONLINE';
/** A Japanese and an English text, in that order. */
export type Bilingual = readonly [ja: string, en: string];

export interface LanguagePolicy {
  /** How many foreign languages, drawn by resident nationality shares in the partner's prefecture. */
  foreign: readonly [min: number, max: number];
  /** Chance of also offering Plain Japanese (やさしい日本語). */
  plain: number;
  /** Chance of adding English on top of the drawn languages. */
  english?: number;
  /** A community group: exactly one foreign language, which its name also states. */
  community?: boolean;
}

export interface PartnerArchetype {
  id: string;
  kind: PartnerKindCode;
  /**
   * Name templates, Japanese and English: {word}/{Word} a name word, {place}/{Place} the short
   * municipality (前橋 / Maebashi), {muni}/{Muni} the full one (太田市 / Ota City), {pref}/{Pref} and
   * {prefShort} the prefecture, {surname}/{Surname} and {surname2}/{Surname2} family names,
   * {nation}/{Nation} the community's nationality (ベトナム / Vietnamese).
   */
  names: readonly Bilingual[];
  /** Domains every partner of this archetype serves. */
  core: readonly string[];
  /** Domains some partners also serve; `extraCount` of them are drawn. */
  extras: readonly string[];
  extraCount: readonly [min: number, max: number];
  languages: LanguagePolicy;
  hours: readonly string[];
  fees: readonly string[];
  /** Eligibility texts; `{area}` is the partner's municipality or prefecture. */
  eligibility: readonly string[];
  /** Chance that eligibility is stated at all. */
  eligibilityChance: number;
  /** Chance of consultations by phone or online; national services are always remote. */
  remote: number;
  remoteModes: readonly (readonly RemoteMode[])[];
  /** Shelters: the address is protected and never part of the name. */
  sensitiveAddress?: boolean;
  /** Statuses of residence it is meant for (some partners state them). */
  statuses?: readonly string[];
  /** A national hotline or online service: no prefecture. */
  nationwide?: boolean;
  /** Relative frequency among local (or among national) archetypes. */
  weight: number;
  /** What the partner is, one picked per partner; `{area}`/`{Area}` as above. */
  intro: readonly Bilingual[];
  /** Further sentences about how it works; zero to two are picked. */
  notes: readonly Bilingual[];
}
