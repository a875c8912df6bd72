import { data } from '@remix-run/node';
import { ApiError } from '~/utils/graphql.server';

/** What a Q&A form shows after a refused post: the field, the message and any identifiers the API found. */
export interface PostProblem {
  ok: false;
  field: string | null;
  detail: string;
  identifiers: { kind: string; match: string }[];
  /** What the author typed, so a refused post can be corrected (or its names confirmed) without retyping. */
  values: { intent: string; title: string; body: string };
}

/** Turns an ApiError into a 400 the form can show; anything else is rethrown to the error boundary. */
export function postProblem(error: unknown, form?: FormData) {
  if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
  const raw = error.extensions.identifiers;
  const identifiers = Array.isArray(raw)
    ? raw.filter(
        (f): f is { kind: string; match: string } =>
          typeof f?.kind === 'string' && typeof f?.match === 'string',
      )
    : [];
  return data<PostProblem>(
    {
      ok: false,
      field: error.field,
      detail: error.message,
      identifiers,
      values: {
        intent: String(form?.get('intent') ?? ''),
        title: String(form?.get('title') ?? ''),
        body: String(form?.get('body') ?? ''),
      },
    },
    { status: 400 },
  );
}
