import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { readAuthConfig } from '@hub/common/platform';
import { SUPERGRAPH_PATH } from '../../tools/src/paths';

// Loaded untyped: Hive's type declarations pull in DOM lib types that change the global fetch types of every test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createGatewayRuntime } = require('@graphql-hive/gateway-runtime') as {
  createGatewayRuntime: (config: Record<string, unknown>) => GatewayRuntime;
};

/** The part of Hive's runtime used here: a Node request listener that can be disposed of. */
type GatewayRuntime = RequestListener & { dispose(): Promise<void> };

export interface HiveGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * Hive Gateway (a second, independent federation gateway) serving the committed schema/supergraph.graphql,
 * with the subgraph URLs overridden (e.g. to a test hub's ports). It forwards the client's `authorization`
 * header and adds the gateway secret, as the Apollo gateway does; the subgraphs verify both.
 */
export async function startHiveGateway(
  subgraphUrls: Map<string, string>,
  env: NodeJS.ProcessEnv = process.env,
  opts: {
    /** Plan queries with Hive's Rust query planner (@graphql-hive/router-runtime) instead of the JavaScript one. */ routerRuntime?: boolean;
  } = {},
): Promise<HiveGateway> {
  const secret = readAuthConfig(env).gatewaySecret;
  const runtime = createGatewayRuntime({
    ...(opts.routerRuntime
      ? {
          // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded untyped, like the gateway runtime above
          unifiedGraphHandler: (require('@graphql-hive/router-runtime') as { unifiedGraphHandler: unknown }).unifiedGraphHandler,
        }
      : {}),
    supergraph: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    transportEntries: Object.fromEntries([...subgraphUrls].map(([name, location]) => [name, { location }])),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }: { request: Request }) => ({
        authorization: request.headers.get('authorization'),
        'x-hub-gateway-secret': secret,
      }),
    },
    logging: false,
    graphqlEndpoint: '/graphql',
    landingPage: false,
  });
  const server: Server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await runtime.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
