import http from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { checkGatewaySecret, GATEWAY_SECRET_HEADER, verifyToken, type AuthConfig, type Viewer } from './auth';
import { cacheHintsPlugin } from './cache-hints';
import { compiledExecution } from './compiled-execution';
import type { ServiceConfig } from './config';
import { createLogger, type Logger } from './logging';
import { createMetrics, httpMetrics, metricsHandler, observabilityPlugin, registerPoolGauges } from './metrics';
import { createPublishAnnouncer } from './publish-events';

export interface RunningServer {
  url: string;
  port: number;
  /** The service's JSON logger (pino). */
  logger: Logger;
  stop(): Promise<void>;
}

/** Connection failures (refused, reset, server shutting down or starting, SQLSTATE class 08) rather than query errors. */
export function isDatabaseDown(e: unknown): boolean {
  for (
    let err = e as { code?: unknown; message?: unknown; cause?: unknown; driverError?: unknown } | undefined, depth = 0;
    err && depth < 4;
    depth++
  ) {
    const code = String(err.code ?? '');
    if (/^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EPIPE|57P01|57P02|57P03)$/.test(code) || /^08/.test(code)) return true;
    if (
      typeof err.message === 'string' &&
      /Connection terminated|connection timeout|terminating connection|the database system is (starting up|shutting down)/i.test(
        err.message,
      )
    )
      return true;
    err = (err.driverError ?? err.cause) as typeof err;
  }
  return false;
}

/**
 * Serves a subgraph: POST /graphql, GET /health (process alive), GET /ready (database reachable), GET /metrics
 * (Prometheus). Every GraphQL request is logged as one JSON line with the gateway's request id.
 * Stopping drains in-flight requests, then closes the database pool.
 */
export async function startSubgraphServer<C extends BaseContext & { viewer: Viewer }>(opts: {
  config: ServiceConfig;
  schema: GraphQLSchema;
  dataSource: DataSource;
  auth: AuthConfig;
  /** Builds the request context for a verified viewer. */
  context: (viewer: Viewer) => Promise<C>;
  /** Root mutation fields that only write drafts: they are not announced to the gateways' cache (cache-hints.ts). */
  draftMutations?: readonly string[];
}): Promise<RunningServer> {
  const logger = createLogger(opts.config.name, opts.config.logLevel);
  const announcer = createPublishAnnouncer({ ...opts.config.cache, subgraph: opts.config.name, logger });
  const metrics = createMetrics(opts.config.name);
  registerPoolGauges(metrics, opts.dataSource);
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<C>({
    ...(opts.config.compiledExecution ? { gateway: compiledExecution(opts.schema) } : { schema: opts.schema }),
    introspection: !opts.config.production,
    // Never in a response, not even in development: whoever can reach the port (with or without the gateway secret)
    // would read the code's absolute paths. Unexpected errors' stacks go to the log instead.
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio: inline traces would only cost time.
    // A database that cannot be reached is named, never located (the log keeps the cause).
    formatError: (formatted, error) => {
      const original = unwrapResolverError(error);
      if (!isDatabaseDown(original)) {
        const code = (formatted.extensions as { code?: unknown } | undefined)?.code;
        if ((code === undefined || code === 'INTERNAL_SERVER_ERROR') && original instanceof Error) {
          logger.error({ err: original.message, stack: original.stack, path: formatted.path }, 'unexpected error');
        }
        return formatted;
      }
      logger.error({ err: original instanceof Error ? original.message : String(original), path: formatted.path }, 'database unreachable');
      return {
        message: `The ${opts.config.name} database is unavailable`,
        path: formatted.path,
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      };
    },
    // Cache hints for the gateways' response cache: one hint for the whole request, set and sent by cache-hints.ts.
    // Apollo's cache-control plugin is off: even on its cheap path it hooks every field resolver (an export page of
    // 1000 figures is ~36,000 fields), and it has nothing to add to a hint that is decided per request.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      cacheHintsPlugin<C>({
        maxAgeSeconds: opts.config.cache.maxAgeSeconds,
        announcer,
        draftMutations: new Set(opts.draftMutations ?? []),
        logger,
      }),
      ApolloServerPluginCacheControlDisabled(),
      observabilityPlugin<C>(metrics, logger),
    ],
  });
  await apollo.start();

  app.use(httpMetrics(metrics, ['/graphql', '/health', '/ready', '/metrics']));
  app.get('/metrics', metricsHandler(metrics, opts.config.metricsToken));

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: opts.config.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await opts.dataSource.query('SELECT 1');
      res.json({ status: 'ready', service: opts.config.name });
    } catch (e) {
      logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'not ready: database unreachable');
      res.status(503).json({ status: 'unavailable', service: opts.config.name, reason: 'database unreachable' });
    }
  });
  const fromGateway = (req: express.Request) => {
    try {
      checkGatewaySecret(req.headers[GATEWAY_SECRET_HEADER], opts.auth);
      return true;
    } catch {
      return false;
    }
  };
  const smallBody = express.json({ limit: '1mb' });
  const importBody = express.json({ limit: Math.max(opts.config.maxImportBodyBytes, 1024 * 1024) });
  app.use(
    '/graphql',
    // Only the gateway sends an agency import's large body (it admits one only from an editor); anyone else is
    // refused in the context below, and read only up to 1 MB before that.
    (req, res, next) => (fromGateway(req) ? importBody : smallBody)(req, res, next),
    expressMiddleware(apollo, {
      // Only the gateway may call a subgraph, and the viewer's token is verified again here.
      context: async ({ req }) => {
        checkGatewaySecret(req.headers[GATEWAY_SECRET_HEADER], opts.auth);
        return opts.context(await verifyToken(req.headers.authorization, opts.auth));
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(opts.config.port, opts.config.host, resolve));
  const port = (httpServer.address() as { port: number }).port;
  let stopping: Promise<void> | undefined;
  const url = `http://${opts.config.host}:${port}/graphql`;
  logger.info({ url }, 'listening');
  return {
    port,
    url,
    logger,
    stop: () =>
      (stopping ??= (async () => {
        await apollo.stop();
        await announcer.close();
        if (opts.dataSource.isInitialized) await opts.dataSource.destroy();
        logger.info('stopped: requests drained, database pool closed');
      })()),
  };
}

/** Stops the service cleanly on Ctrl-C or SIGTERM (once): exit code 0 once drained and closed, 1 on an error. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  const handler = (signal: string) => {
    logger.info({ signal }, 'stopping: draining requests and closing the database pool');
    stop().then(
      () => process.exit(0),
      (e) => {
        logger.error({ err: e instanceof Error ? e.message : String(e) }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}
