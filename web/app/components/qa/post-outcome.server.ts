import { data } from '@remix-run/node';
import { ApiError } from '~/utils/graphql.server';

/** What a Q&A form shows after a refused post: the field, the message and any identifiers the API found. */
export interface PostProblem {
  ok: false;
  field: string | null;
  detail: string;
  identifiers: { kind: string; match: string }[];
}

/** Turns an ApiError into a 400 the form can show; anything else is rethrown to the error boundary. */
export function postProblem(error: unknown) {
  if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
  const raw = error.extensions.identifiers;
  const identifiers = Array.isArray(raw)
    ? raw.filter(
        (f): f is { kind: string; match: string } =>
          typeof f?.kind === 'string' && typeof f?.match === 'string',
      )
    : [];
  return data<PostProblem>(
    { ok: false, field: error.field, detail: error.message, identifiers },
    { status: 400 },
  );
}
