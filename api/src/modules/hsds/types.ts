/**
 * The shapes crossing this module. HSDS objects are loose JSON (validated by the schema, not by
 * TypeScript); `PartnerExportRow` and `PartnerImport` are Tsunagu's side of the mapping.
 */
export type HsdsObject = Record<string, unknown>;

/** One partner as the export query returns it (sensitive addresses already nulled in Cypher). */
export interface PartnerExportRow {
  id: string;
  name: string;
  alternateName: string | null;
  description: string | null;
  kind: string | null;
  url: string | null;
  email: string | null;
  phones: string[];
  postalCode: string | null;
  municipality: string | null;
  addressLine: string | null;
  latitude: number | null;
  longitude: number | null;
  openingHours: string | null;
  fees: string | null;
  eligibility: string | null;
  nationwide: boolean;
  remote: boolean;
  remoteModes: string[];
  sensitiveAddress: boolean;
  updatedAt: string | null;
  hsdsOrganizationId: string | null;
  hsdsServiceId: string | null;
  hsdsLocationId: string | null;
  prefectureCode: string | null;
  areaCodes: string[];
  domainCodes: string[];
  languageCodes: string[];
  statusCodes: string[];
  parent: { id: string; hsdsOrganizationId: string | null } | null;
}

/** Partner properties an import sets (null removes the property: the import replaces mapped fields). */
export interface PartnerImportProps {
  name: string;
  alternateName: string | null;
  description: string | null;
  url: string | null;
  email: string | null;
  phones: string[];
  postalCode: string | null;
  municipality: string | null;
  addressLine: string | null;
  latitude: number | null;
  longitude: number | null;
  openingHours: string | null;
  fees: string | null;
  eligibility: string | null;
  nationwide: boolean;
  remote: boolean;
  remoteModes: string[];
  hsdsOrganizationId: string | null;
  hsdsServiceId: string | null;
  hsdsLocationId: string | null;
  /** Duplicate-detection keys, derived when the partner is validated (as the API's own partner writes do). */
  nameKey?: string;
  phoneKeys?: string[];
  urlKey?: string | null;
}

/** One partner an import creates or updates, with its relationships by code. */
export interface PartnerImport {
  id: string;
  /** Where in the document this partner came from (JSON pointer). */
  sourcePath: string;
  /** Null: keep the existing kind (or the default on create). */
  kind: string | null;
  props: PartnerImportProps;
  /** Null: keep the existing LOCATED_IN (no usable address in the document). */
  prefectureCode: string | null;
  areaCodes: string[];
  domainCodes: string[];
  languageCodes: string[];
  statusCodes: string[];
  /** HSDS id of the parent organization; linked as MEMBER_OF when Tsunagu knows it. */
  parentHsdsId: string | null;
  /** Where the parent id sits in the document, to report it when the parent is unknown. */
  parentPath: string | null;
}

/** A field of the input that the import did not store, with why. */
export interface UnmappedField {
  path: string;
  reason: string;
}

/** A schema violation, with the JSON pointer of the offending value in the uploaded document. */
export interface SchemaViolation {
  path: string;
  message: string;
}
