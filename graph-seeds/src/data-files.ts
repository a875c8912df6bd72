import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

export interface PrefectureItem {
  code: string;
  nameEn: string;
  nameJa: string;
  capitalEn: string;
  /** Approximate position of the prefectural capital (for distances in search). */
  latitude: number;
  longitude: number;
  block: string;
  bureau: string;
  handlingOffice: string;
  borders: string[];
  foreignResidents: number;
}
export interface BureauItem {
  code: string;
  kind: 'REGIONAL_BUREAU' | 'DISTRICT_OFFICE' | 'BRANCH_OFFICE';
  nameEn: string;
  nameJa: string;
  parent: string | null;
  prefecture: string;
  city: string;
  airport: boolean;
  hasInformationCenter: boolean;
}
export interface CodedItem {
  code: string;
  nameEn: string;
  nameJa: string;
}
export interface DomainItem extends CodedItem {
  parent: string | null;
}
export interface LanguageItem extends CodedItem {
  nameNative: string;
  priority: boolean;
}
export interface StatusItem extends CodedItem {
  category: string;
}
export interface NationalityItem {
  nationalityEn: string;
  nationalityJa: string;
  share: number;
  languages: string[];
}
export interface OrganizationItem {
  id: string;
  nameEn: string;
  nameJa: string;
  kind: string;
  scope: 'NATIONAL' | 'PREFECTURE';
  prefecture: string | null;
  bureau: string | null;
  memberOf: string | null;
  ministry: string | null;
  url: string | null;
  domains: string[];
  languages: string[];
  remote: boolean;
  description: string;
}

export interface ReferenceData {
  blocks: CodedItem[];
  bureaus: BureauItem[];
  prefectures: PrefectureItem[];
  domains: DomainItem[];
  statuses: StatusItem[];
  languages: LanguageItem[];
  nationalities: NationalityItem[];
  partnerKinds: CodedItem[];
  organizations: OrganizationItem[];
}

function items<T>(file: string): T[] {
  const parsed = JSON.parse(readFileSync(`${DATA_DIR}/${file}`, 'utf8')) as { items: T[] };
  if (!Array.isArray(parsed.items)) throw new Error(`${file}: no "items" array`);
  return parsed.items;
}

/** Reads every reference data file in graph-seeds/data (sources are in that folder's README). */
export function readReferenceData(): ReferenceData {
  return {
    blocks: items('regional-blocks.json'),
    bureaus: items('bureaus.json'),
    prefectures: items('prefectures.json'),
    domains: items('support-domains.json'),
    statuses: items('statuses-of-residence.json'),
    languages: items('languages.json'),
    nationalities: items('resident-nationalities.json'),
    partnerKinds: items('partner-kinds.json'),
    organizations: items('organizations.json'),
  };
}
