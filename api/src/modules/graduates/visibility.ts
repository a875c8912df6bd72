import { ForbiddenError } from '../../errors.js';
import type { SessionViewer } from '../auth/repository.js';
import type { ReferenceCatalog } from '../reference/catalog.js';

export const FIELD_VISIBILITIES = ['ALL_GRADUATES', 'SAME_BUREAU_REGION', 'ISA_ONLY'] as const;
export type FieldVisibility = (typeof FIELD_VISIBILITIES)[number];

/**
 * The personal fields whose visibility a coordinator chooses: the GraphQL field, the Coordinator
 * properties it covers, the property holding its visibility and the default when none is stored.
 * This allow-list is the only source of property names spliced into Cypher.
 */
export const PROTECTED_FIELDS = {
  nameKana: { props: ['nameKana'], visibilityProp: 'visibilityNameKana', fallback: 'ALL_GRADUATES' },
  nameLatin: { props: ['nameLatin'], visibilityProp: 'visibilityNameLatin', fallback: 'ALL_GRADUATES' },
  email: { props: ['email'], visibilityProp: 'visibilityEmail', fallback: 'SAME_BUREAU_REGION' },
  affiliation: { props: ['affiliation'], visibilityProp: 'visibilityAffiliation', fallback: 'ALL_GRADUATES' },
  municipality: {
    props: ['municipality'],
    visibilityProp: 'visibilityMunicipality',
    fallback: 'ALL_GRADUATES',
  },
  bio: { props: ['bio'], visibilityProp: 'visibilityBio', fallback: 'ALL_GRADUATES' },
  contactNote: { props: ['contactNote'], visibilityProp: 'visibilityContactNote', fallback: 'ALL_GRADUATES' },
  certificate: {
    props: ['certificateNumber', 'certificateIssuedOn', 'certificateExpiresOn'],
    visibilityProp: 'visibilityCertificate',
    fallback: 'ISA_ONLY',
  },
} as const satisfies Record<
  string,
  { props: readonly string[]; visibilityProp: string; fallback: FieldVisibility }
>;

export type ProtectedField = keyof typeof PROTECTED_FIELDS;
export const PROTECTED_FIELD_NAMES = Object.keys(PROTECTED_FIELDS) as ProtectedField[];
export type ProfileVisibility = Record<ProtectedField, FieldVisibility>;

/** Who reads: the parameters every coordinator projection needs. */
export interface ReaderScope {
  viewerIsAdmin: boolean;
  viewerCoordinatorId: string | null;
  viewerBureau: string | null;
}

/** ISA sees everything; a coordinator's region is their home prefecture's bureau; organizers have none. */
export function readerScope(viewer: SessionViewer, catalog: ReferenceCatalog): ReaderScope {
  return {
    viewerIsAdmin: viewer.role === 'ISA_ADMIN',
    viewerCoordinatorId: viewer.role === 'COORDINATOR' ? viewer.coordinatorId : null,
    viewerBureau:
      viewer.role === 'COORDINATOR'
        ? (catalog.get('prefectures', viewer.prefectureCode)?.bureauCode ?? null)
        : null,
  };
}

/**
 * The scope of an audience whose view the profile's owner previews: nobody's own profile, not ISA, and the
 * owner's own bureau region for SAME_BUREAU_REGION. Only the owner may preview their profile.
 */
export function previewScope(
  viewer: SessionViewer,
  coordinatorId: string,
  audience: 'SAME_BUREAU_REGION' | 'OTHER_REGION',
  catalog: ReferenceCatalog,
): ReaderScope {
  if (viewer.coordinatorId !== coordinatorId) {
    throw new ForbiddenError('Only the owner previews their profile as others see it.');
  }
  return {
    viewerIsAdmin: false,
    viewerCoordinatorId: null,
    viewerBureau:
      audience === 'SAME_BUREAU_REGION'
        ? (catalog.get('prefectures', viewer.workPrefectureCode ?? viewer.prefectureCode)?.bureauCode ?? null)
        : null,
  };
}

/**
 * A map projection of coordinator `v` in which each protected property is null unless the reader
 * may see it; the filter runs inside the query, so hidden values never leave the database.
 */
export function coordinatorProjection(v: string): string {
  const full = `($viewerIsAdmin OR ${v}.id = $viewerCoordinatorId)`;
  const sameRegion = `($viewerBureau IS NOT NULL AND $viewerBureau IN [(${v})-[:WORKS_IN]->(:Prefecture)-[:UNDER_BUREAU]->(vb:Bureau) | vb.code])`;
  const visibilityOf = (f: ProtectedField) =>
    `coalesce(${v}.${PROTECTED_FIELDS[f].visibilityProp}, '${PROTECTED_FIELDS[f].fallback}')`;
  const allows = (f: ProtectedField) =>
    `(${full} OR ${visibilityOf(f)} = 'ALL_GRADUATES' OR (${visibilityOf(f)} = 'SAME_BUREAU_REGION' AND ${sameRegion}))`;
  const guarded = PROTECTED_FIELD_NAMES.flatMap((f) =>
    PROTECTED_FIELDS[f].props.map((prop) => `${prop}: CASE WHEN ${allows(f)} THEN ${v}.${prop} END`),
  );
  const visibility = PROTECTED_FIELD_NAMES.map((f) => `${f}: ${visibilityOf(f)}`).join(', ');
  return `${v} { .id, .displayName, .cohort,
    nameKanji: coalesce(${v}.nameKanji, ${v}.nameJa),
    ${guarded.join(',\n    ')},
    nameLatin: CASE WHEN ${allows('nameLatin')} THEN coalesce(${v}.nameLatin, ${v}.nameEn) END,
    expert: coalesce(${v}.expert, false), synthetic: coalesce(${v}.synthetic, false),
    prefectureCode: [(${v})-[:WORKS_IN]->(vp:Prefecture) | vp.code][0],
    languageCodes: [(${v})-[:SPEAKS]->(vl:Language) | vl.code],
    domainCodes: [(${v})-[:EXPERT_IN]->(vd:SupportDomain) | vd.code],
    isViewer: coalesce(${v}.id = $viewerCoordinatorId, false),
    isPeer: $viewerCoordinatorId IS NOT NULL AND EXISTS { (${v})-[:PEER_OF]-(:Coordinator {id: $viewerCoordinatorId}) },
    visibility: CASE WHEN ${full} THEN { ${visibility} } END }`;
}
