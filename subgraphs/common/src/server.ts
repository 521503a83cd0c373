import http from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { checkGatewaySecret, GATEWAY_SECRET_HEADER, verifyToken, type AuthConfig, type Viewer } from './auth';
import type { ServiceConfig } from './config';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves a subgraph: POST /graphql, GET /health (process alive), GET /ready (database reachable).
 * Stopping drains in-flight requests, then closes the database pool.
 */
export async function startSubgraphServer<C extends BaseContext>(opts: {
  config: ServiceConfig;
  schema: GraphQLSchema;
  dataSource: DataSource;
  auth: AuthConfig;
  /** Builds the request context for a verified viewer. */
  context: (viewer: Viewer) => Promise<C>;
}): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<C>({
    schema: opts.schema,
    introspection: !opts.config.production,
    includeStacktraceInErrorResponses: !opts.config.production,
    // No Apollo Studio: inline traces would only cost time.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: opts.config.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await opts.dataSource.query('SELECT 1');
      res.json({ status: 'ready', service: opts.config.name });
    } catch (e) {
      res.status(503).json({ status: 'unavailable', service: opts.config.name, reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
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
  return {
    port,
    url: `http://${opts.config.host}:${port}/graphql`,
    stop: () =>
      (stopping ??= (async () => {
        await apollo.stop();
        if (opts.dataSource.isInitialized) await opts.dataSource.destroy();
      })()),
  };
}

/** Stops the service cleanly on Ctrl-C or SIGTERM (once). */
export function stopOnSignals(name: string, stop: () => Promise<void>): void {
  const handler = (signal: string) => {
    console.log(`[${name}] ${signal}: draining requests and closing the database pool`);
    stop().then(
      () => process.exit(0),
      (e) => {
        console.error(`[${name}] error while stopping`, e);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}
