import './federation-internals-exports';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { GraphQLError, Kind, parse, type FieldNode, type InlineFragmentNode, type OperationDefinitionNode } from 'graphql';
import { Counter, Histogram } from 'prom-client';
import {
  createLogger,
  createMetrics,
  GATEWAY_SECRET_HEADER,
  operationLabeller,
  httpMetrics,
  LATENCY_BUCKETS,
  metricsHandler,
  observabilityPlugin,
  REQUEST_ID_HEADER,
  requestIdFrom,
  verifyToken,
  type AuthConfig,
  type Logger,
  type ServiceMetrics,
} from '@hub/common/platform';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { makeFormatError } from './errors';
import { SUPERGRAPH_PATH } from './paths';
import { introspectionByRole, operationLimits } from './protection';
import { CACHE_HEADER, createResponseCache } from './cache/plugin';
import { countRepresentations, listCostPlugin, newFanOutCounter, representationCapPlugin } from './fan-out';
import { createRateLimiter } from './rate-limit';
import { graphqlBodyParser, isLargeImport, LONG_IMPORT_HEADER } from './large-import';
import { loadTrustedDocuments, TRUSTED, type TrustedDocuments, type TrustedRequest } from './trusted-documents';
import { startHiveRuntime } from './hive-runtime';
import type { GraphqlRuntime } from './runtime';

export interface RunningGateway {
  url: string;
  port: number;
  /** The gateway's JSON logger (pino). */
  logger: Logger;
  stop(): Promise<void>;
}

/** Per-subgraph fetch metrics: latency of every call, and failures by reason (timeout, network, http_<status>). */
interface FetchMetrics {
  duration: Histogram<'subgraph' | 'outcome'>;
  failures: Counter<'subgraph' | 'reason'>;
}

/** A subgraph that cannot be reached: named, never located (its URL stays in the gateway's log). */
const unavailable = (name: string, detail = '') =>
  new GraphQLError(`The ${name} subgraph is unavailable${detail}`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name } });

/** A subgraph's answer, read to the end under the fetch's timeout: the body is held once, as text. */
export interface SubgraphAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  body: string;
}

/** One call to a subgraph: fetch's arguments, the answer already read. */
export type SubgraphCall = (input: string | URL | Request, init?: RequestInit) => Promise<SubgraphAnswer>;

/**
 * The call used for a subgraph: gives up after `ms` (a hung subgraph must not hold the client's request open),
 * and turns network failures (refused, reset, DNS, timeout) into "The <name> subgraph is unavailable".
 */
function subgraphFetch(name: string, normalMs: number, importMs: number, logger: Logger, metrics: FetchMetrics): SubgraphCall {
  return async (input, init) => {
    const began = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - began) / 1e9;
    const headers = new Headers(init?.headers);
    const requestId = headers.get(REQUEST_ID_HEADER) ?? undefined;
    const ms = headers.has(LONG_IMPORT_HEADER) ? importMs : normalMs;
    headers.delete(LONG_IMPORT_HEADER);
    try {
      const response = await fetch(input, { ...init, headers, signal: AbortSignal.timeout(ms) });
      // The body is read here, under the same timeout and catch: a subgraph that sends its headers and then stalls
      // would otherwise fail later, outside this catch, with a DOMException that Apollo cannot re-label (HTTP 500).
      const body = await response.text();
      const elapsed = seconds();
      metrics.duration.observe({ subgraph: name, outcome: response.ok ? 'ok' : 'error' }, elapsed);
      if (!response.ok) metrics.failures.inc({ subgraph: name, reason: `http_${response.status}` });
      logger.debug({ requestId, subgraph: name, status: response.status, durationMs: Math.round(elapsed * 1000) }, 'subgraph fetch');
      return { status: response.status, statusText: response.statusText, headers: response.headers, body };
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError';
      metrics.duration.observe({ subgraph: name, outcome: 'error' }, seconds());
      metrics.failures.inc({ subgraph: name, reason: timedOut ? 'timeout' : 'network' });
      logger.error(
        {
          requestId,
          subgraph: name,
          url: String(input),
          cause: timedOut ? `no answer within ${ms} ms` : (err.cause?.code ?? err.cause?.message ?? err.message),
        },
        'subgraph unavailable',
      );
      throw unavailable(name, timedOut ? ` (no answer within ${ms} ms)` : '');
    }
  };
}

/**
 * In-flight deduplication of subgraph queries (Hive Gateway does the same by default): a query to a subgraph that is
 * byte-for-byte the same as one already on its way (same URL, same viewer's token, same operation and variables)
 * waits for that one's answer instead of being sent again; a board of twenty opening the same scorecard costs the
 * subgraphs one set of fetches. Nothing is kept once the answer arrives (no cache, so nothing to invalidate), and
 * every mutation sent through this gateway first forgets the in-flight table, so a read that starts after a
 * publish never shares the answer of a read that started before it. Mutations are never shared.
 */
export function dedupeSubgraphQueries(inner: SubgraphCall): SubgraphCall {
  const inflight = new Map<string, Promise<SubgraphAnswer>>();
  return (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : null;
    if (body === null || body.includes('"query":"mutation')) {
      inflight.clear();
      return inner(input, init);
    }
    const key = `${String(input)}\n${new Headers(init?.headers).get('authorization') ?? ''}\n${body}`;
    let shared = inflight.get(key);
    if (!shared) {
      shared = inner(input, init);
      inflight.set(key, shared);
      const forget = () => {
        if (inflight.get(key) === shared) inflight.delete(key);
      };
      shared.then(forget, forget);
    }
    return shared;
  };
}

/**
 * What the runtimes read of a fetch Response (status, headers, `json()` or `text()`), over an answer already read:
 * the body is parsed once, by the caller, and never copied through another Response's stream first (for Hive's
 * executor that stream was a measurable share of its CPU on the scorecard).
 */
export function answerFetcher(call: SubgraphCall): typeof fetch {
  return async (input, init) => {
    const a = await call(input, init);
    const answer = {
      ok: a.status >= 200 && a.status < 300,
      status: a.status,
      statusText: a.statusText,
      headers: a.headers,
      url: String(input),
      text: () => Promise.resolve(a.body),
      json: () => Promise.resolve(JSON.parse(a.body) as unknown),
    };
    return answer as unknown as Response;
  };
}

/** Forwards the viewer's token and the gateway secret: subgraphs verify both and refuse anything else. */
class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly gatewaySecret: string,
    timeouts: { normalMs: number; importMs: number },
    private readonly logger: Logger,
    metrics: FetchMetrics,
    private readonly maxRepresentations: number,
  ) {
    super({
      url,
      fetcher: answerFetcher(dedupeSubgraphQueries(subgraphFetch(name, timeouts.normalMs, timeouts.importMs, logger, metrics))) as never,
    });
  }
  override willSendRequest(options: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const { request } = options;
    // Health checks and schema loads carry an empty context, typed as a record of `any`: read it as possibly partial.
    const context: Partial<GatewayContext> = options.context;
    countRepresentations(context.fanOut, request.variables, this.maxRepresentations);
    request.http?.headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.largeImport) request.http?.headers.set(LONG_IMPORT_HEADER, '1');
  }
  /**
   * A subgraph that cannot be reached fails its whole fetch, and Apollo reports one error that names neither the
   * fields nor the objects. This answers the fetch with errors that do: for a root fetch, one per root field (with
   * its path); for an entity fetch (`_entities`), one error naming the objects' type, how many, where they are
   * in the response, the missing fields, and (in `extensions.ids`) which objects. Apollo cannot map an
   * `_entities` index back to a response path when the list mixes types, so no `path` is set for those.
   */
  override async process(
    options: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0],
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await super.process(options);
    } catch (e) {
      if (!(e instanceof GraphQLError) || e.extensions.code !== 'SUBGRAPH_UNAVAILABLE' || !options.request.query) throw e;
      const op = parse(options.request.query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (!op) throw e;
      const rootFields = op.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
      const entities = rootFields.find((f) => f.name.value === '_entities');
      const extensions = { ...e.extensions };
      if (entities) {
        const fragments = (entities.selectionSet?.selections ?? []).filter((s): s is InlineFragmentNode => s.kind === Kind.INLINE_FRAGMENT);
        const fields = [
          ...new Set(
            fragments.flatMap((f) =>
              f.selectionSet.selections
                .filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value !== '__typename')
                .map((s) => s.name.value),
            ),
          ),
        ];
        const types = [...new Set(fragments.map((f) => f.typeCondition?.name.value).filter((t): t is string => !!t))];
        const representations = (options.request.variables?.representations as Array<{ id?: unknown }> | undefined) ?? [];
        const at = ('pathInIncomingRequest' in options ? ((options.pathInIncomingRequest as Array<string | number> | undefined) ?? []) : [])
          .map((k) => (k === '@' ? '[]' : `.${k}`))
          .join('')
          .replace(/^\./, '');
        const message = `${e.message}: ${representations.length} ${types.join('/')} object(s)${at ? ` at ${at}` : ''} are missing ${fields.join(', ')}`;
        return {
          errors: [
            new GraphQLError(message, {
              extensions: { ...extensions, fields, ids: representations.map((r) => r.id).filter((id) => id !== undefined) },
            }),
          ],
        } as never;
      }
      return {
        // The path names the root field; the message stays "The <name> subgraph is unavailable[ (detail)]".
        errors: rootFields.map((f) => new GraphQLError(e.message, { path: [f.alias?.value ?? f.name.value], extensions })),
      } as never;
    }
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
    this.logger.error(
      { subgraph: this.name, status: response.status, statusText: response.statusText },
      'subgraph answered with an HTTP error',
    );
    if (response.status >= 500) return unavailable(this.name, ` (HTTP ${response.status})`);
    return new GraphQLError(`The ${this.name} subgraph refused the request (HTTP ${response.status})`, {
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: this.name },
    });
  }
}

/**
 * A /graphql request not answered within `ms` gets a 503 naming the limit; the work still running for it is
 * abandoned (its subgraph fetches end at their own timeout).
 */
function requestTimeout(ms: number, setting: string): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.setHeader('retry-after', '5');
      jsonError(res, 503, 'REQUEST_TIMEOUT', `The request was not answered within ${ms} ms (${setting}): ask for less, or try again.`);
    }, ms);
    const done = () => clearTimeout(timer);
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}

/** Roles restricted to the trusted documents may run nothing else (checked for in-process operations too). */
function trustedDocumentsOnly<C extends GatewayContext>(trusted: TrustedDocuments): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          trusted.assertAllowed(contextValue.viewer.role, contextValue.trusted);
        },
      };
    },
  };
}

const CSRF_SIMPLE_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

const jsonError = (res: express.Response, status: number, code: string, message: string) => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * POST bodies must be JSON. Types a browser may send cross-site without a preflight (text/plain, forms) go on
 * to a runtime that refuses them itself (Apollo's CSRF prevention); anything else that is not JSON gets a 415 here.
 */
function requireJsonPost(runtimeRefusesSimpleTypes: boolean): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || req.body !== undefined) return next();
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type === 'application/json' || (runtimeRefusesSimpleTypes && (!type || CSRF_SIMPLE_TYPES.has(type)))) return next();
    jsonError(
      res,
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `Unsupported Content-Type ${JSON.stringify(type.slice(0, 100))}: POST a JSON body ({"query": "...", "variables": {...}}) with "Content-Type: application/json".`,
    );
  };
}

/** Body parser failures as JSON errors with the right status, never Express's HTML page or a stack trace. */
function bodyErrors(maxBodyBytes: number, logger: Logger): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const e = err as { type?: string; status?: number; statusCode?: number; message?: string; limit?: number };
    switch (e.type) {
      case 'entity.too.large': {
        // The import's larger limit when that one was passed; MAX_BODY_SIZE otherwise.
        const limit = e.limit ?? maxBodyBytes;
        return jsonError(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body is larger than the limit of ${limit} bytes (${Math.round(limit / 1024)} kB).`,
        );
      }
      case 'entity.parse.failed':
        return jsonError(
          res,
          400,
          'BAD_REQUEST',
          'The request body is not valid JSON. Send {"query": "...", "variables": {...}} with "Content-Type: application/json".',
        );
      case 'encoding.unsupported':
        return jsonError(
          res,
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Unsupported Content-Encoding: send the body uncompressed, or gzip, deflate or br.',
        );
      case 'charset.unsupported':
        return jsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported charset: send the JSON body as UTF-8.');
      case 'request.aborted':
      case 'request.size.invalid':
        return jsonError(res, 400, 'BAD_REQUEST', 'The request body was incomplete.');
    }
    const status = e.status ?? e.statusCode ?? 500;
    if (status >= 400 && status < 500) return jsonError(res, status, 'BAD_REQUEST', 'The request could not be read.');
    logger.error({ err: e.message ?? String(err) }, 'unexpected HTTP error');
    return jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}

interface RuntimeOptions {
  config: GatewayConfig;
  auth: AuthConfig;
  supergraphSdl: string;
  logger: Logger;
  metrics: ServiceMetrics;
  fetchMetrics: FetchMetrics;
  trusted: TrustedDocuments;
  formatError: ReturnType<typeof makeFormatError>;
  httpServer: http.Server;
}

/** Apollo Server with @apollo/gateway, its plugins, and the response cache shared in Redis. */
async function startApolloRuntime(o: RuntimeOptions): Promise<GraphqlRuntime> {
  const { config, auth, logger, trusted } = o;
  const cache = await createResponseCache<GatewayContext>({
    config: config.cache,
    supergraphSdl: o.supergraphSdl,
    logger,
    registry: o.metrics.registry,
  });
  const gateway = new ApolloGateway({
    supergraphSdl: o.supergraphSdl,
    logger: {
      debug: (m) => logger.debug(String(m)),
      info: (m) => logger.info(String(m)),
      warn: (m) => logger.warn(String(m)),
      error: (m) => logger.error(String(m)),
    },
    buildService: ({ name, url }) =>
      new AuthenticatedDataSource(
        name,
        config.subgraphUrls.get(name) ?? url!,
        auth.gatewaySecret,
        { normalMs: config.subgraphTimeoutMs, importMs: config.limits.importTimeoutMs },
        logger,
        o.fetchMetrics,
        config.fanOut.maxRepresentations,
      ),
  });
  const limits = operationLimits<GatewayContext>(config.limits, config.blockFieldSuggestions);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // On for Apollo; introspectionByRole decides per request (analysts and admins by default).
    introspection: true,
    includeStacktraceInErrorResponses: config.includeStacktraces,
    allowBatchedHttpRequests: false,
    // Only the trusted documents' manifest maps hashes to operations; Apollo's own APQ would let anyone register one.
    persistedQueries: false,
    csrfPrevention: true,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError: o.formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: o.httpServer }),
      observabilityPlugin<GatewayContext>(o.metrics, logger, operationLabeller(trusted.operationNames, config.metrics.maxOperationNames)),
      ...(limits.plugins ?? []),
      introspectionByRole<GatewayContext>(config.introspectionRoles),
      trustedDocumentsOnly<GatewayContext>(trusted),
      listCostPlugin<GatewayContext>(config.fanOut),
      representationCapPlugin<GatewayContext>(config.fanOut),
      // The subgraphs' cache hints make the overall policy, which the response cache honours; no Cache-Control
      // header goes to clients (cache/plugin.ts sends no-store).
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      ...cache.plugins,
    ],
  });
  await apollo.start();
  return {
    handler: expressMiddleware(apollo, {
      // Anonymous requests get a 401-style error; a verified token travels on to the subgraphs.
      context: async ({ req }) => ({
        viewer: await verifyToken(req.headers.authorization, auth),
        authorization: req.headers.authorization!,
        requestId: req.headers[REQUEST_ID_HEADER] as string,
        fanOut: newFanOutCounter(),
        trusted: (req as TrustedRequest)[TRUSTED] === true,
        largeImport: isLargeImport(req),
      }),
    }),
    refusesSimpleRequests: true,
    stop: async () => {
      await apollo.stop();
      await cache.stop();
    },
  };
}

/** Closes the server to new connections and waits (at most `ms`) for the requests in flight to finish. */
async function drain(server: http.Server, ms: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), ms);
  await closed;
  clearTimeout(timer);
}

/**
 * The gateway serves the committed supergraph (schema/supergraph.graphql): no runtime introspection of
 * subgraphs, so what runs is what was reviewed. Subgraph URLs come from configuration. GATEWAY_RUNTIME chooses
 * what plans and runs the operations (Apollo's gateway or Hive Gateway's Rust planner); the HTTP front door, the
 * limits, the checks and the error policy are the same for both.
 */
export async function startGateway(
  config: GatewayConfig,
  auth: AuthConfig,
  supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8'),
  opts: { /** Defaults to JSON lines on stdout at config.logLevel. */ logger?: Logger } = {},
): Promise<RunningGateway> {
  const logger = opts.logger ?? createLogger('gateway', config.logLevel);
  const metrics = createMetrics('gateway');
  const fetchMetrics: FetchMetrics = {
    duration: new Histogram({
      name: 'gateway_subgraph_fetch_duration_seconds',
      help: "Latency of the gateway's calls to each subgraph in seconds, by subgraph and outcome (ok, error).",
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [metrics.registry],
    }),
    failures: new Counter({
      name: 'gateway_subgraph_fetch_failures_total',
      help: 'Failed calls to a subgraph, by subgraph and reason (timeout, network, http_<status>).',
      labelNames: ['subgraph', 'reason'],
      registers: [metrics.registry],
    }),
  };
  const formatError = makeFormatError({
    production: config.production,
    blockFieldSuggestions: config.blockFieldSuggestions,
    includeStacktraces: config.includeStacktraces,
    internalUrls: config.subgraphUrls.values(),
    log: (line: string) => logger.error(line),
  });
  const trusted = loadTrustedDocuments(config.trustedDocuments);
  const limiter = createRateLimiter(config.rateLimit, auth, logger);
  const app = express();
  // Slow clients: the headers, then the whole request, must arrive within these (HTTP 408 otherwise); checked
  // every second rather than Node's default 30 s, so a slow body is cut close to its limit.
  const httpServer = http.createServer(
    {
      headersTimeout: Math.min(config.timeouts.headersMs, config.timeouts.bodyMs),
      requestTimeout: config.timeouts.bodyMs,
      connectionsCheckingInterval: Math.min(1000, config.timeouts.headersMs),
    },
    app,
  );
  const runtimeOptions: RuntimeOptions = { config, auth, supergraphSdl, logger, metrics, fetchMetrics, trusted, formatError, httpServer };
  let runtime: GraphqlRuntime;
  if (config.runtime === 'hive') {
    if (config.cache.enabled) logger.warn('GATEWAY_RUNTIME=hive has no response cache: every operation goes to the subgraphs');
    runtime = startHiveRuntime({
      ...runtimeOptions,
      subgraphFetch: (name) =>
        answerFetcher(
          dedupeSubgraphQueries(subgraphFetch(name, config.subgraphTimeoutMs, config.limits.importTimeoutMs, logger, fetchMetrics)),
        ),
    });
  } else {
    runtime = await startApolloRuntime(runtimeOptions);
  }

  const normalTimeout = requestTimeout(config.timeouts.requestMs, 'REQUEST_TIMEOUT_MS');
  const importTimeout = requestTimeout(config.limits.importTimeoutMs, 'IMPORT_TIMEOUT_MS');

  // Every response carries the request id (the client's if it is plain, else a new UUID) before anything can fail.
  app.use((req, res, next) => {
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  });
  // Route labels: the gateway's own endpoints (the pages, the report and the export are the web process's).
  app.use(httpMetrics(metrics, ['/graphql', '/health', '/ready', '/metrics']));

  app.get('/metrics', metricsHandler(metrics, config.metrics.token));

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
    graphqlBodyParser(config.limits, auth),
    requireJsonPost(runtime.refusesSimpleRequests),
    // From here on the gateway is working: the body has arrived (its own limit is BODY_TIMEOUT_MS, Node's 408).
    (req, res, next) => (isLargeImport(req) ? importTimeout : normalTimeout)(req, res, next),
    trusted.middleware,
    limiter.middleware,
    // Overwritten by the cache's plugin once Apollo runs the operation; a request refused before (no token), and
    // every request on the Hive runtime (no response cache), stays a bypass.
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.setHeader(CACHE_HEADER, 'bypass');
      next();
    },
    runtime.handler,
  );
  app.use(bodyErrors(config.limits.maxBodyBytes, logger));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as { port: number }).port;
  const url = `http://${config.host}:${port}/graphql`;
  logger.info({ url, runtime: config.runtime, subgraphs: Object.fromEntries(config.subgraphUrls) }, 'listening');
  return {
    port,
    url,
    logger,
    stop: async () => {
      // Apollo's drain plugin closes the server when Apollo stops; Hive Gateway has no hold on it.
      if (config.runtime === 'hive') await drain(httpServer, 10_000);
      await runtime.stop();
      await limiter.stop();
      logger.info('stopped: requests drained');
    },
  };
}
