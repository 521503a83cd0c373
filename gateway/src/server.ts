import http from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GATEWAY_SECRET_HEADER, verifyToken, type AuthConfig, type Viewer } from '@hub/common';
import type { GatewayConfig } from './config';
import { SUPERGRAPH_PATH } from './paths';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A fetch that gives up after `ms`: a hung subgraph must not hold the client's request open. */
function fetchWithTimeout(ms: number): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(ms) });
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
  constructor(url: string, private readonly gatewaySecret: string, timeoutMs: number) {
    super({ url, fetcher: fetchWithTimeout(timeoutMs) as never });
  }
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    request.http?.headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

export async function startGateway(config: GatewayConfig, auth: AuthConfig, supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8')): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new AuthenticatedDataSource(config.subgraphUrls.get(name) ?? url!, auth.gatewaySecret, config.subgraphTimeoutMs),
  });
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
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
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      // Anonymous requests get a 401-style error; a verified token travels on to the subgraphs.
      context: async ({ req }) => ({ viewer: await verifyToken(req.headers.authorization, auth), authorization: req.headers.authorization! }),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as { port: number }).port;
  return { port, url: `http://${config.host}:${port}/graphql`, stop: () => apollo.stop() };
}
