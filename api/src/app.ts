import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildContext, type AppServices, type GraphQLContext } from './context.js';
import { isAppError } from './errors.js';
import { FEED_ROUTE, handleNoticeFeed } from './http/feed-route.js';
import { HSDS_EXPORT_ROUTE, handleHsdsExport } from './http/hsds-route.js';
import { checkGraphHealth } from './modules/health/check.js';
import { buildResolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';
import { OPERATION_LIMITS, operationLimitRules } from './security/limits.js';

export type Logger = (level: 'info' | 'warn' | 'error', message: string, extra?: unknown) => void;

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_ATTEMPTS',
  // Apollo's own protocol errors: the operation was malformed or over a limit.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function createApolloServer(services: AppServices, log: Logger): ApolloServer<GraphQLContext> {
  const { production } = services.config;
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers(),
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    validationRules: operationLimitRules(),
    plugins: [
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      // No type sets cache hints; the default plugin would still run a hook for every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response }) {
              if (!services.config.EXPOSE_ROUND_TRIPS || response.body.kind !== 'single') return;
              const count = (contextValue as GraphQLContext | undefined)?.graph?.counter.count ?? 0;
              response.body.singleResult.extensions = {
                ...response.body.singleResult.extensions,
                neo4jRoundTrips: count,
              };
            },
          };
        },
      },
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const original = (error as { originalError?: unknown })?.originalError ?? error;
      const code = formatted.extensions?.code as string | undefined;
      if (isAppError(original) || (code && KNOWN_CODES.has(code))) return formatted;
      log('error', 'unexpected error while resolving', original);
      return {
        message: 'Something went wrong on our side. Please try again.',
        path: formatted.path,
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          ...(production ? {} : { detail: formatted.message }),
        },
      };
    },
  });
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** How much of an oversized body is read and thrown away so the client can read the 413 (then the socket closes). */
const OVERFLOW_DRAIN_BYTES = 1_000_000;

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new HttpError(413, 'Request body too large'));
    let size = 0;
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // A chunked body gives no length up front: answer 413 now and drain a little more before closing, because
      // closing a socket with unread data resets it and the client would never see the answer.
      req.off('data', onData);
      let drained = 0;
      req.on('data', (rest: Buffer) => {
        drained += rest.length;
        if (drained > OVERFLOW_DRAIN_BYTES) req.destroy();
      });
      reject(new HttpError(413, 'Request body too large'));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function protocolError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** The HTTP handler: /health checks Neo4j, /graphql runs operations with a body limit and a timeout. */
export function createRequestHandler(
  services: AppServices,
  apollo: ApolloServer<GraphQLContext>,
  log: Logger,
) {
  const { BODY_LIMIT_BYTES, UPLOAD_BODY_LIMIT_BYTES, REQUEST_TIMEOUT_MS } = services.config;

  /**
   * Bodies up to the small limit are read as they come; a larger (or unannounced, chunked) body is allowed the
   * upload limit only when the request carries a valid session, checked before any of the body is read. The
   * session lookup is the one the operation would make anyway (the context caches the viewer).
   */
  async function bodyLimit(req: IncomingMessage, context: GraphQLContext): Promise<number> {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) <= BODY_LIMIT_BYTES) return BODY_LIMIT_BYTES;
    if (!req.headers.authorization) return BODY_LIMIT_BYTES;
    return (await context.access.viewer()) ? UPLOAD_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES;
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let body: unknown = undefined;
    const context = buildContext(services, req.headers.authorization);
    if (req.method === 'POST') {
      const text = await readBody(req, await bodyLimit(req, context));
      try {
        body = text.length ? JSON.parse(text) : {};
      } catch {
        throw new HttpError(400, 'Request body is not valid JSON');
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => context as GraphQLContext & BaseContext,
    });
    if (res.headersSent) return;
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const timer = setTimeout(() => {
      sendJson(res, 503, protocolError('The request took too long.', 'REQUEST_TIMEOUT'));
    }, REQUEST_TIMEOUT_MS);
    try {
      if (url.pathname === '/health') {
        const health = await checkGraphHealth(services.graph);
        sendJson(res, health.ok ? 200 : 503, health);
      } else if (url.pathname === '/graphql') {
        await handleGraphQL(req, res, url);
      } else if (url.pathname === HSDS_EXPORT_ROUTE) {
        await handleHsdsExport(services, req, res, url);
      } else if (FEED_ROUTE.test(url.pathname)) {
        await handleNoticeFeed(services, req, res, FEED_ROUTE.exec(url.pathname)![1]);
      } else {
        sendJson(res, 404, protocolError('Not found', 'NOT_FOUND'));
      }
    } catch (error) {
      if (error instanceof HttpError) {
        if (error.status === 413 && !res.headersSent) res.setHeader('connection', 'close');
        sendJson(res, error.status, protocolError(error.message, 'BAD_REQUEST'));
      } else {
        log('error', 'request failed', error);
        sendJson(res, 500, protocolError('Internal server error', 'INTERNAL_SERVER_ERROR'));
      }
    } finally {
      clearTimeout(timer);
    }
  };
}
