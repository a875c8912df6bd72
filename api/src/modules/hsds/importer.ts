import { enqueuePartnerReindex, searchOutboxEnabled } from '../search/outbox.js';
import type { Graph, GraphTx } from '../../db/graph.js';
import { BadUserInputError } from '../../errors.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { itemsOf, parseHsdsJson, sourceOf } from './document.js';
import { mapSourceToPartner } from './import-mapper.js';
import { FieldLedger } from './ledger.js';
import { validateImportedPartner } from './partner-validation.js';
import { HsdsRepository } from './repository.js';
import type { PartnerImport, SchemaViolation, UnmappedField } from './types.js';
import { validateHsds } from './validator.js';

export const MAX_REPORTED_VIOLATIONS = 200;

/** Invalid HSDS: BAD_USER_INPUT on `document`, with each violation's JSON pointer in `extensions.violations`. */
export class HsdsSchemaError extends BadUserInputError {
  constructor(readonly violations: SchemaViolation[]) {
    const first = violations[0];
    super(
      'document',
      `The document is not valid HSDS 3.0 (${violations.length} problem(s)); first: ${first.path}: ${first.message}`,
    );
    Object.assign(this.extensions, { violations: violations.slice(0, MAX_REPORTED_VIOLATIONS) });
  }
}

export interface ImportedPartner {
  partnerId: string;
  hsdsId: string | null;
  name: string;
  sourcePath: string;
  created: boolean;
}

export interface ImportReport {
  dryRun: boolean;
  partners: ImportedPartner[];
  unmapped: UnmappedField[];
}

/**
 * Parses, validates and maps the whole document before anything is written: HSDS 3.0 first, then every partner
 * against the API's own partner rules, so an import can store nothing that proposePartner would refuse.
 */
export function planImport(document: unknown, catalog: ReferenceCatalog) {
  const ledger = new FieldLedger();
  const items = itemsOf(document, ledger);
  if (items.length === 0) throw new BadUserInputError('document', 'The document holds no organizations');
  const violations = items.flatMap((item) => validateHsds(item.kind, item.value, item.path));
  if (violations.length > 0) throw new HsdsSchemaError(violations);
  const checked = items.map((item) =>
    validateImportedPartner(mapSourceToPartner(sourceOf(item, ledger), catalog), catalog),
  );
  const invalid = checked.flatMap((c) => ('violation' in c ? [c.violation] : []));
  if (invalid.length > 0) throw new HsdsSchemaError(invalid);
  const partners = checked.flatMap((c) => ('partner' in c ? [c.partner] : []));
  const seen = new Map<string, string>();
  for (const p of partners) {
    const earlier = seen.get(p.id);
    if (earlier !== undefined) {
      throw new BadUserInputError(
        'document',
        `${p.sourcePath || '/'} and ${earlier || '/'} are the same partner (${p.id}); send it once`,
      );
    }
    seen.set(p.id, p.sourcePath);
  }
  return { partners, unmapped: ledger.unmapped(document, '') };
}

async function apply(
  tx: GraphTx,
  repo: HsdsRepository,
  partners: PartnerImport[],
  unmapped: UnmappedField[],
  dryRun: boolean,
): Promise<ImportReport> {
  const parentIds = [...new Set(partners.flatMap((p) => (p.parentHsdsId ? [p.parentHsdsId] : [])))];
  const { existing, parents } = await repo.lookup(
    tx,
    partners.map((p) => p.id),
    parentIds,
  );
  const parentByHsdsId = new Map(parents.map((m) => [m.hsdsOrganizationId, m.id]));
  for (const p of partners) {
    if (p.props.hsdsOrganizationId) parentByHsdsId.set(p.props.hsdsOrganizationId, p.id);
  }
  const resolved = partners.map((p) => {
    const parentId = p.parentHsdsId ? (parentByHsdsId.get(p.parentHsdsId) ?? null) : null;
    if (p.parentHsdsId && !parentId && p.parentPath) {
      unmapped.push({
        path: p.parentPath,
        reason: 'parent organization is not in Tsunagu; MEMBER_OF not changed',
      });
    }
    return { ...p, parentId };
  });
  if (!dryRun) {
    await repo.upsertPartners(tx, resolved);
    if (searchOutboxEnabled())
      await enqueuePartnerReindex(
        tx,
        resolved.map((p) => p.id),
      );
  }
  const existingIds = new Set(existing);
  return {
    dryRun,
    unmapped,
    partners: partners.map((p) => ({
      partnerId: p.id,
      hsdsId: p.props.hsdsOrganizationId ?? p.props.hsdsServiceId ?? p.props.hsdsLocationId,
      name: p.props.name,
      sourcePath: p.sourcePath || '/',
      created: !existingIds.has(p.id),
    })),
  };
}

/**
 * Imports an HSDS document in one transaction: bad JSON or invalid HSDS throws a typed error
 * before anything is written; a dry run reads but never writes.
 */
export async function importHsdsDocument(
  graph: Graph,
  catalog: ReferenceCatalog,
  document: string | unknown,
  options: { dryRun?: boolean } = {},
): Promise<ImportReport> {
  const parsed = typeof document === 'string' ? parseHsdsJson(document) : document;
  const { partners, unmapped } = planImport(parsed, catalog);
  const repo = new HsdsRepository(graph);
  const dryRun = options.dryRun ?? false;
  const work = (tx: GraphTx) => apply(tx, repo, partners, [...unmapped], dryRun);
  return dryRun ? graph.read(work) : graph.write(work);
}
