import { data } from '@remix-run/node';
import type { AnonymizationFlagInput, AnonymizationFlagKind } from '~/generated/graphql';
import { ApiError } from '~/utils/graphql.server';

/** One anonymization flag as the API lists it in `extensions.flags`. */
export interface FormFlag {
  field: string;
  kind: string;
  match: string;
  soft: boolean;
}

/** What a guided form shows after a refusal: the values typed, the field at fault, the flags per field. */
export interface FormRefusal {
  ok: false;
  field: string | null;
  detail: string;
  flags: FormFlag[];
  values: Record<string, string | string[]>;
}

/** The kinds an author may confirm as false positives; the API refuses the others. */
const CONFIRMABLE_KINDS: ReadonlySet<string> = new Set<AnonymizationFlagKind>([
  'PERSONAL_NAME',
  'RARE_COMBINATION',
]);

/** The soft flags the author ticked as false positives (checkbox values are JSON of field/kind/match). */
export function confirmedFlagsFrom(form: FormData): AnonymizationFlagInput[] {
  return form
    .getAll('confirmFlag')
    .map(String)
    .flatMap((raw) => {
      try {
        const f = JSON.parse(raw) as { field?: unknown; kind?: unknown; match?: unknown };
        return typeof f.field === 'string' &&
          typeof f.kind === 'string' &&
          CONFIRMABLE_KINDS.has(f.kind) &&
          typeof f.match === 'string'
          ? [{ field: f.field, kind: f.kind as AnonymizationFlagKind, match: f.match }]
          : [];
      } catch {
        return [];
      }
    });
}

/** An ApiError as a 400 the form can show (with the typed values); anything else goes to the error boundary. */
export function formRefusal(error: unknown, form: FormData) {
  if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
  if (error.code === 'UNAUTHENTICATED' || error.code === 'NOT_FOUND') throw error;
  const raw = error.extensions.flags;
  const flags = Array.isArray(raw)
    ? raw.filter(
        (f): f is FormFlag =>
          typeof f?.field === 'string' && typeof f?.kind === 'string' && typeof f?.match === 'string',
      )
    : [];
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).map(String);
    values[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return data<FormRefusal>(
    { ok: false, field: error.field, detail: error.message, flags, values },
    { status: 400 },
  );
}
