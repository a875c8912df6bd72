import type { HsdsObject, UnmappedField } from './types.js';

/** Why a field is reported when nothing more specific was said. */
export const NO_HOME = 'no home in the Tsunagu partner model; not stored';
/** Ids of child rows (phones, languages, …): we store the values, and export fresh stable ids. */
export const CHILD_ID = 'child row id not stored; the export gives this row a stable UUID v5 of its own';

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(parent: string, key: string | number): string {
  return `${parent}/${escapePointer(String(key))}`;
}

/**
 * Records which parts of an uploaded document the import stored (`take`) or refused with a reason
 * (`reject`); everything else is reported as having no home. So nothing is dropped silently.
 */
export class FieldLedger {
  private readonly taken = new Set<string>();
  private readonly rejected = new Map<string, string>();
  /** Every path that is, or is an ancestor of, a taken or rejected path. */
  private readonly touched = new Set<string>();

  take(path: string): void {
    this.taken.add(path);
    this.touch(path);
  }

  /** A reason always wins over an earlier `take` of the same path (e.g. a value read, then found to differ). */
  reject(path: string, reason: string): void {
    this.taken.delete(path);
    this.rejected.set(path, reason);
    this.touch(path);
  }

  private touch(path: string): void {
    for (let p = path; p.length > 0; p = p.slice(0, p.lastIndexOf('/'))) {
      if (this.touched.has(p)) break;
      this.touched.add(p);
    }
    this.touched.add(''); // the document root
  }

  /** The fields under `path` that were not taken; a wholly untouched subtree is reported once. */
  unmapped(value: unknown, path: string, out: UnmappedField[] = []): UnmappedField[] {
    if (this.taken.has(path)) return out;
    const reason = this.rejected.get(path);
    if (reason !== undefined) {
      out.push({ path, reason });
      return out;
    }
    if (value === null || typeof value !== 'object' || !this.touched.has(path)) {
      out.push({ path, reason: NO_HOME });
      return out;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) this.unmapped(child, pointer(path, key), out);
    return out;
  }
}

/** A JSON object inside the document, read through the ledger. */
export class HsdsNode {
  constructor(
    readonly value: HsdsObject,
    readonly path: string,
    readonly ledger: FieldLedger,
  ) {}

  at(key: string): string {
    return pointer(this.path, key);
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  raw(key: string): unknown {
    return this.value[key];
  }

  /** A non-empty string field, marked as stored. */
  str(key: string): string | null {
    const v = this.value[key];
    if (typeof v !== 'string') return null;
    this.ledger.take(this.at(key));
    return v.trim() === '' ? null : v;
  }

  num(key: string): number | null {
    const v = this.value[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) return null;
    this.ledger.take(this.at(key));
    return v;
  }

  take(key: string): void {
    if (this.value[key] !== undefined) this.ledger.take(this.at(key));
  }

  reject(key: string, reason: string): void {
    if (this.value[key] !== undefined) this.ledger.reject(this.at(key), reason);
  }

  takeAll(): void {
    this.ledger.take(this.path);
  }

  rejectAll(reason: string): void {
    this.ledger.reject(this.path, reason);
  }

  child(key: string): HsdsNode | null {
    const v = this.value[key];
    return v && typeof v === 'object' && !Array.isArray(v)
      ? new HsdsNode(v as HsdsObject, this.at(key), this.ledger)
      : null;
  }

  list(key: string): HsdsNode[] {
    const v = this.value[key];
    if (!Array.isArray(v)) return [];
    return v.flatMap((item, i) =>
      item && typeof item === 'object' && !Array.isArray(item)
        ? [new HsdsNode(item as HsdsObject, pointer(this.at(key), i), this.ledger)]
        : [],
    );
  }
}
