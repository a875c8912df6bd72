import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { HsdsItemKind } from './document.js';
import type { SchemaViolation } from './types.js';

/** The HSDS 3.0.0 table schemas, vendored unchanged from Open Referral (see schema/LICENSE). */
export const HSDS_SCHEMA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema');

/**
 * The table schemas reference each other by file name (`"$ref": "phone.json"`); each is added
 * under its file name as `$id` so ajv resolves them. `organization.json` has no `services` and
 * `service_at_location.json` no `service`, so two wrappers add the nesting the examples use.
 */
const WRAPPERS: Record<HsdsItemKind, object> = {
  organization: {
    $id: 'tsunagu-organization-with-services.json',
    allOf: [{ $ref: 'organization.json' }],
    properties: { services: { type: 'array', items: { $ref: 'service.json' } } },
  },
  service: { $id: 'tsunagu-service.json', $ref: 'service.json' },
  location: { $id: 'tsunagu-location.json', $ref: 'location.json' },
  service_at_location: {
    $id: 'tsunagu-service-at-location.json',
    allOf: [{ $ref: 'service_at_location.json' }],
    properties: { service: { $ref: 'service.json' } },
  },
};

let validators: Record<HsdsItemKind, ValidateFunction> | undefined;

function compileValidators(): Record<HsdsItemKind, ValidateFunction> {
  // strict: false — the schemas carry Frictionless keywords (constraints, core, datapackage_metadata).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(HSDS_SCHEMA_DIR).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(path.join(HSDS_SCHEMA_DIR, file), 'utf8')) as object;
    ajv.addSchema({ ...schema, $id: file });
  }
  const entries = Object.entries(WRAPPERS).map(([kind, wrapper]) => [kind, ajv.compile(wrapper)]);
  return Object.fromEntries(entries) as Record<HsdsItemKind, ValidateFunction>;
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'required') return `missing required field "${String(error.params.missingProperty)}"`;
  if (error.keyword === 'enum') {
    return `${error.message ?? 'invalid'}: ${(error.params.allowedValues as unknown[]).join(', ')}`;
  }
  return error.message ?? error.keyword;
}

/** Validates one HSDS object; violations carry JSON pointers prefixed with `basePath`. */
export function validateHsds(kind: HsdsItemKind, value: unknown, basePath = ''): SchemaViolation[] {
  validators ??= compileValidators();
  const validate = validators[kind];
  if (validate(value)) return [];
  const seen = new Set<string>();
  const violations: SchemaViolation[] = [];
  for (const error of validate.errors ?? []) {
    const v = { path: `${basePath}${error.instancePath}` || '/', message: describe(error) };
    const key = `${v.path} ${v.message}`;
    if (!seen.has(key)) violations.push(v);
    seen.add(key);
  }
  return violations;
}
