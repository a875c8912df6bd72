import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, gqlRequest } from './graphql.server';
import { commitSession, getSession } from './session.server';

const ViewerIdDocument = parse('query ViewerId { viewer { id } }') as TypedDocumentNode<
  { viewer: { id: string } | null },
  Record<string, never>
>;

function answer(body: unknown, status = 200) {
  return vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}

async function requestWithSession(path = '/directory'): Promise<Request> {
  const session = await getSession(new Request('http://portal.test/'));
  session.set('sessionToken', 'token-123');
  const cookie = (await commitSession(session)).split(';')[0];
  return new Request(`http://portal.test${path}`, { headers: { cookie } });
}

describe('gqlRequest', () => {
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('SESSION_SECRET', 'a-test-secret-that-is-long-enough-0123');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('posts JSON with the session token as a Bearer token and returns data', async () => {
    const fetchMock = answer({ data: { viewer: { id: 'u1' } } });
    vi.stubGlobal('fetch', fetchMock);
    const data = await gqlRequest(await requestWithSession(), ViewerIdDocument, {});
    expect(data.viewer?.id).toBe('u1');
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(headers['content-type']).toBe('application/json');
    expect(headers.authorization).toBe('Bearer token-123');
    expect(JSON.parse(init.body as string).query).toContain('viewer');
  });

  it('turns GraphQL errors into an ApiError with code, field and retry time', async () => {
    vi.stubGlobal(
      'fetch',
      answer({
        data: null,
        errors: [{ message: 'Wait', extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 240 } }],
      }),
    );
    const error = await gqlRequest(
      new Request('http://portal.test/login'),
      ViewerIdDocument,
      {},
      { anonymous: true },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 240, field: null });
  });

  it('reports UNAUTHENTICATED as an error for anonymous requests (wrong credentials)', async () => {
    vi.stubGlobal(
      'fetch',
      answer({ errors: [{ message: 'Wrong', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    await expect(
      gqlRequest(new Request('http://portal.test/login'), ViewerIdDocument, {}, { anonymous: true }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('signs the user out and redirects to /login when the API rejects the session', async () => {
    vi.stubGlobal(
      'fetch',
      answer({ errors: [{ message: 'Expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const thrown = await gqlRequest(
      await requestWithSession('/directory?after=x'),
      ViewerIdDocument,
      {},
    ).catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login?redirectTo=%2Fdirectory%3Fafter%3Dx');
    expect(response.headers.get('set-cookie')).toMatch(/^__tsunagu=;/);
  });

  it('answers 503 when the API cannot be reached', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    const thrown = await gqlRequest(new Request('http://portal.test/'), ViewerIdDocument, {}).catch(
      (caught: unknown) => caught,
    );
    expect((thrown as Response).status).toBe(503);
  });
});
