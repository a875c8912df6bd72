import { redirect } from '@remix-run/node';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { getEnv } from './env.server';
import { loginPathFor } from './redirects.server';
import { destroySession, getSessionToken } from './session.server';

/** Mirrors `ErrorCode` in schema/base.graphql (the closed set the API puts in `extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'INTERNAL_SERVER_ERROR';

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_ATTEMPTS',
  'INTERNAL_SERVER_ERROR',
]);

/** The first GraphQL error of a response, reduced to what a page may act on. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;
  readonly retryAfterSeconds: number | null;
  /** Other extensions of the error, e.g. `existingPartnerId` of a duplicate partner (CONFLICT). */
  extensions: Record<string, unknown> = {};

  constructor(
    code: ErrorCode,
    message: string,
    field: string | null = null,
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

interface GraphQLErrorJson {
  message?: string;
  extensions?: { code?: unknown; field?: unknown; retryAfterSeconds?: unknown };
}

interface GraphQLResponseJson<TData> {
  data?: TData | null;
  errors?: GraphQLErrorJson[];
}

export interface GqlOptions {
  /** How long to wait for the API (default 10 s; long uploads such as a graduate import pass more). */
  timeoutMs?: number;
  /** Send no session token (for `signIn`, where UNAUTHENTICATED means wrong credentials). */
  anonymous?: boolean;
  /**
   * What UNAUTHENTICATED does: 'redirect' drops the cookie and sends the user to /login (the default with a
   * session); 'throw' reports it as an ApiError (the default for anonymous requests).
   */
  onUnauthenticated?: 'redirect' | 'throw';
}

function toApiError(error: GraphQLErrorJson): ApiError {
  const ext = error.extensions ?? {};
  const code =
    typeof ext.code === 'string' && KNOWN_CODES.has(ext.code)
      ? (ext.code as ErrorCode)
      : 'INTERNAL_SERVER_ERROR';
  const field = typeof ext.field === 'string' ? ext.field : null;
  const retryAfter = typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null;
  const apiError = new ApiError(code, error.message ?? code, field, retryAfter);
  apiError.extensions = { ...ext };
  return apiError;
}

function apiUnavailable(reason: string): Response {
  console.error(`[tsunagu-web] GraphQL API unavailable: ${reason}`);
  return new Response('The Tsunagu API is not reachable.', {
    status: 503,
    statusText: 'Service Unavailable',
  });
}

/** Where to send someone whose session the API no longer accepts: sign in again, then come back. */
async function signedOutRedirect(request: Request): Promise<Response> {
  return redirect(loginPathFor(request), { headers: { 'Set-Cookie': await destroySession(request) } });
}

/**
 * Runs one GraphQL operation against the API on behalf of the browser's session.
 * Throws ApiError for GraphQL errors, a redirect to /login when the API rejects the session,
 * and a 503 response when the API cannot be reached.
 */
export async function gqlRequest<TData, TVariables extends Record<string, unknown>>(
  request: Request,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: GqlOptions = {},
): Promise<TData> {
  const token = options.anonymous ? undefined : await getSessionToken(request);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(getEnv().API_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: print(document), variables }),
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(options.timeoutMs ?? 10_000)]),
    });
  } catch (error) {
    if (request.signal.aborted) throw error;
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    throw apiUnavailable(`${error instanceof Error ? error.message : String(error)}${cause}`);
  }

  let body: GraphQLResponseJson<TData>;
  try {
    body = (await response.json()) as GraphQLResponseJson<TData>;
  } catch {
    throw apiUnavailable(`HTTP ${response.status} without a JSON body`);
  }

  const firstError = body.errors?.[0];
  if (firstError) {
    const apiError = toApiError(firstError);
    const onUnauthenticated = options.onUnauthenticated ?? (options.anonymous ? 'throw' : 'redirect');
    if (apiError.code === 'UNAUTHENTICATED' && onUnauthenticated === 'redirect') {
      throw await signedOutRedirect(request);
    }
    throw apiError;
  }
  if (body.data == null) throw apiUnavailable(`HTTP ${response.status} without data`);
  return body.data;
}

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_ATTEMPTS: 429,
};

/** For loaders: an ApiError the page cannot handle itself becomes an HTTP error for the error boundary. */
export function apiErrorResponse(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const status = STATUS_BY_CODE[error.code] ?? 500;
  if (status === 500) console.error(`[tsunagu-web] API error ${error.code}: ${error.message}`);
  return new Response(error.code, { status });
}
