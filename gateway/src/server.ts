import http from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { GATEWAY_SECRET_HEADER, verifyToken, type AuthConfig, type Viewer } from '@hub/common';
import type { GatewayConfig } from './config';
import { makeFormatError } from './errors';
import { SUPERGRAPH_PATH } from './paths';
import { introspectionByRole, operationLimits } from './protection';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const log = (line: string) => console.error(line);

/** A subgraph that cannot be reached: named, never located (its URL stays in the gateway's log). */
const unavailable = (name: string, detail = '') =>
  new GraphQLError(`The ${name} subgraph is unavailable${detail}`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name } });

/**
 * The fetch used for a subgraph: gives up after `ms` (a hung subgraph must not hold the client's request open),
 * and turns network failures (refused, reset, DNS, timeout) into "The <name> subgraph is unavailable".
 */
function subgraphFetch(name: string, ms: number): typeof fetch {
  return async (input, init) => {
    try {
      return await fetch(input, { ...init, signal: AbortSignal.timeout(ms) });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError';
      log(`[gateway] ${name} subgraph at ${String(input)}: ${timedOut ? `no answer within ${ms} ms` : (err.cause?.code ?? err.cause?.message ?? err.message)}`);
      throw unavailable(name, timedOut ? ` (no answer within ${ms} ms)` : '');
    }
  };
}

/**
 * The gateway serves the committed supergraph (schema/supergraph.graphql): no runtime introspection of
 * subgraphs, so what runs is what was reviewed. Subgraph URLs come from configuration.
 */
export interface GatewayContext {
  viewer: Viewer;
  authorization: string;
}

/** Forwards the viewer's token and the gateway secret: subgraphs verify both and refuse anything else. */
class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly name: string, url: string, private readonly gatewaySecret: string, timeoutMs: number) {
    super({ url, fetcher: subgraphFetch(name, timeoutMs) as never });
  }
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    request.http?.headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
  /**
   * A non-2xx answer. Apollo's default error is "<status>: <statusText>" with the subgraph's URL and raw body in
   * `extensions.response`; this keeps the subgraph's own first GraphQL error (e.g. FORBIDDEN) when there is one,
   * and otherwise names the subgraph and the status, never its address.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    let body: unknown;
    try {
      body = await this.parseBody(response);
    } catch {
      body = undefined;
    }
    const first = (body as { errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }> } | undefined)?.errors?.[0];
    if (first && typeof first.message === 'string') {
      const { stacktrace, ...extensions } = first.extensions ?? {};
      void stacktrace;
      return new GraphQLError(first.message, {
        extensions: { ...extensions, code: extensions.code ?? 'DOWNSTREAM_SERVICE_ERROR', serviceName: this.name },
      });
    }
    log(`[gateway] ${this.name} subgraph answered HTTP ${response.status} ${response.statusText}`);
    if (response.status >= 500) return unavailable(this.name, ` (HTTP ${response.status})`);
    return new GraphQLError(`The ${this.name} subgraph refused the request (HTTP ${response.status})`, {
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: this.name },
    });
  }
}

const CSRF_SIMPLE_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

const jsonError = (res: express.Response, status: number, code: string, message: string) => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * POST bodies must be JSON. Types a browser may send cross-site without a preflight (text/plain, forms) go on
 * to Apollo, whose CSRF prevention refuses them; anything else that is not JSON gets a 415 here.
 */
const requireJsonPost: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.body !== undefined) return next();
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!type || CSRF_SIMPLE_TYPES.has(type) || type === 'application/json') return next();
  jsonError(
    res,
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `Unsupported Content-Type ${JSON.stringify(type.slice(0, 100))}: POST a JSON body ({"query": "...", "variables": {...}}) with "Content-Type: application/json".`,
  );
};

/** Body parser failures as JSON errors with the right status, never Express's HTML page or a stack trace. */
function bodyErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const e = err as { type?: string; status?: number; statusCode?: number; message?: string };
    switch (e.type) {
      case 'entity.too.large':
        return jsonError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${maxBodyBytes} bytes (${Math.round(maxBodyBytes / 1024)} kB).`);
      case 'entity.parse.failed':
        return jsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON. Send {"query": "...", "variables": {...}} with "Content-Type: application/json".');
      case 'encoding.unsupported':
        return jsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported Content-Encoding: send the body uncompressed, or gzip, deflate or br.');
      case 'charset.unsupported':
        return jsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported charset: send the JSON body as UTF-8.');
      case 'request.aborted':
      case 'request.size.invalid':
        return jsonError(res, 400, 'BAD_REQUEST', 'The request body was incomplete.');
    }
    const status = e.status ?? e.statusCode ?? 500;
    if (status >= 400 && status < 500) return jsonError(res, status, 'BAD_REQUEST', 'The request could not be read.');
    log(`[gateway] unexpected HTTP error: ${e.message ?? String(err)}`);
    return jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}

export async function startGateway(config: GatewayConfig, auth: AuthConfig, supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8')): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new AuthenticatedDataSource(name, config.subgraphUrls.get(name) ?? url!, auth.gatewaySecret, config.subgraphTimeoutMs),
  });
  const app = express();
  const httpServer = http.createServer(app);
  const limits = operationLimits<GatewayContext>(config.limits, config.blockFieldSuggestions);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // On for Apollo; introspectionByRole decides per request (analysts and admins by default).
    introspection: true,
    includeStacktraceInErrorResponses: config.includeStacktraces,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError: makeFormatError({
      production: config.production,
      blockFieldSuggestions: config.blockFieldSuggestions,
      includeStacktraces: config.includeStacktraces,
      internalUrls: config.subgraphUrls.values(),
      log,
    }),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...(limits.plugins ?? []), introspectionByRole<GatewayContext>(config.introspectionRoles)],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      [...config.subgraphUrls].map(async ([name, url]) => {
        try {
          const r = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(config.subgraphTimeoutMs) });
          return [name, r.ok] as const;
        } catch {
          return [name, false] as const;
        }
      }),
    );
    const down = checks.filter(([, ok]) => !ok).map(([n]) => n);
    res.status(down.length ? 503 : 200).json({ status: down.length ? 'degraded' : 'ready', unavailable: down });
  });
  app.use(
    '/graphql',
    express.json({ limit: config.limits.maxBodyBytes }),
    requireJsonPost,
    expressMiddleware(apollo, {
      // Anonymous requests get a 401-style error; a verified token travels on to the subgraphs.
      context: async ({ req }) => ({ viewer: await verifyToken(req.headers.authorization, auth), authorization: req.headers.authorization! }),
    }),
  );
  app.use(bodyErrors(config.limits.maxBodyBytes));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as { port: number }).port;
  return { port, url: `http://${config.host}:${port}/graphql`, stop: () => apollo.stop() };
}
