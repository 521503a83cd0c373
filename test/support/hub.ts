import { discoverSubgraphs, issueDevToken, readAuthConfig, subgraphUrlVariable, type Role } from '@hub/common/platform';
import {
  GATEWAY_SCRIPT,
  IDP_SCRIPT,
  seedSubgraph,
  startService,
  subgraphScript,
  WEB_SCRIPT,
  type ManagedProcess,
} from '../../tools/src/hub/processes';
import { DEV_PROVIDER_CLAIMS } from '../../tools/src/idp/accounts';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SUBGRAPHS_DIR } from '../../tools/src/paths';
import { provisionSubgraphRoles } from '../../tools/src/hub/roles';
import { createTestDatabase } from './db';
import type { GraphQLResponse } from './graphql';

/** How long a process may take to print "ready" (generous: CI shares 2 cores between two jest workers' hubs). */
const READY_TIMEOUT_MS = 120_000;

export interface TestHub {
  /** The gateway's /graphql URL. */
  gatewayUrl: string;
  /** The web front door's origin (no trailing slash): /, /dashboard, /graphiql, /reports, /export, and /graphql passed to the gateway. */
  webUrl: string;
  subgraphUrls: Map<string, string>;
  /** The running processes by name ('web', 'gateway', 'plan', 'housing', ...), kept current by restart(). */
  services: Map<string, ManagedProcess>;
  /** Everything a process has printed so far (its JSON log lines). */
  output(name: string): string;
  /** Starts a stopped or killed subgraph again, on the same port and with the same environment. */
  restart(name: string): Promise<ManagedProcess>;
  /** Sends a query to the gateway as `token` (default: a board member's token). */
  query<T = unknown>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Starts one more gateway process on the same subgraphs and Redis prefix (a replica; stopped by stop()). */
  startGatewayReplica(extraEnv?: NodeJS.ProcessEnv): Promise<ManagedProcess>;
  /** Starts one more web process on the same gateway and session store (a replica; stopped by stop()). */
  startWebReplica(extraEnv?: NodeJS.ProcessEnv): Promise<ManagedProcess>;
  /** The Redis key prefix of this hub's sessions (SESSION_KEY_PREFIX). */
  sessionKeyPrefix: string;
  /** A development token for a role (and agency, for agency-editor). */
  token(role: Role, agency?: string): Promise<string>;
  boardToken: string;
  /** The hub's database (a fresh one, dropped by stop()), as the administrator; each subgraph connects as its own role. */
  databaseUrl: string;
  /** The web, gateway and subgraph child processes (name and pid), e.g. to sample their memory. */
  processes: Array<{ name: string; pid: number }>;
  stop(): Promise<void>;
}

/** The real topology for end-to-end tests: a fresh database, every subgraph process, the gateway and the web process, all on free ports. */
export async function startTestHub(
  label: string,
  opts: {
    /** Extra environment for the gateway (e.g. SUBGRAPH_TIMEOUT_MS). */
    gatewayEnv?: NodeJS.ProcessEnv;
    /** Extra environment for every process (e.g. CACHE_MAX_AGE_SECONDS, REDIS_URL). */
    sharedEnv?: NodeJS.ProcessEnv;
    /** Extra environment for the web process (e.g. GATEWAY_TIMEOUT_MS). */
    webEnv?: NodeJS.ProcessEnv;
    /** Extra environment per subgraph (e.g. its own DATABASE_URL); the subgraph is seeded with it too. */
    subgraphEnv?: Record<string, NodeJS.ProcessEnv>;
    /** Another copy of the repository to run (built): its subgraphs/, gateway/dist and clients/dist (default: this one). */
    root?: string;
    /** How long each process may take to print "ready at" (default READY_TIMEOUT_MS). */
    startTimeoutMs?: number;
    /** Run the development identity provider too, trusted by every process (people sign in on the pages). */
    signIn?: boolean;
  } = {},
): Promise<TestHub> {
  const db = await createTestDatabase(label);
  const started: ManagedProcess[] = [];
  const processes = new Map<string, ManagedProcess>();
  const stop = async () => {
    for (const p of [...processes.values()].reverse()) await p.stop();
    for (const p of started.reverse()) await p.stop();
    await db.drop();
  };
  try {
    // Each hub has its own Redis keys and channel (the gateways' response cache and the subgraphs' publish announcements).
    const cachePrefix = `hub-test:${label}:${randomBytes(4).toString('hex')}:`;
    let env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      NODE_ENV: 'test',
      CACHE_KEY_PREFIX: cachePrefix,
      SESSION_KEY_PREFIX: `${cachePrefix}session:`,
      ...opts.sharedEnv,
    };
    if (opts.signIn) {
      const secret = `test-client-secret-${label}-${Date.now()}`;
      const idp = await startService(
        'idp',
        IDP_SCRIPT,
        { ...env, IDP_PORT: '0', OIDC_CLIENT_ID: 'hub-web', OIDC_CLIENT_SECRET: secret },
        { quiet: true, timeoutMs: opts.startTimeoutMs ?? READY_TIMEOUT_MS },
      );
      started.push(idp);
      processes.set('idp', idp);
      env = { ...env, OIDC_ISSUER: idp.url, OIDC_CLIENT_ID: 'hub-web', OIDC_CLIENT_SECRET: secret, ...DEV_PROVIDER_CLAIMS };
    }
    const subgraphs = discoverSubgraphs(opts.root ? join(opts.root, 'subgraphs') : SUBGRAPHS_DIR);
    // As `npm start` and docker-compose: each subgraph migrates, seeds and serves as its own role (hub_<subgraph>),
    // owning its schema only. Roles belong to the whole server, so every test hub gives a role the same password:
    // hubs running at once would otherwise reset each other's. A subgraph given its own DATABASE_URL keeps it.
    const roleUrls = await provisionSubgraphRoles(
      db.url,
      subgraphs.filter((s) => !opts.subgraphEnv?.[s.name]?.DATABASE_URL),
      { get: (role) => `test-password-${role}` },
    );
    const envOf = (name: string): NodeJS.ProcessEnv => ({
      ...env,
      ...(roleUrls.has(name) ? { DATABASE_URL: roleUrls.get(name) } : {}),
      ...opts.subgraphEnv?.[name],
    });
    await Promise.all(subgraphs.map((s) => seedSubgraph(s, envOf(s.name))));
    const running = await Promise.all(
      subgraphs.map((s) =>
        startService(
          s.name,
          subgraphScript(s),
          { ...envOf(s.name), PORT: '0' },
          { quiet: true, timeoutMs: opts.startTimeoutMs ?? READY_TIMEOUT_MS },
        ),
      ),
    );
    started.push(...running);
    for (const p of running) processes.set(p.name, p);
    const urls = new Map(running.map((p) => [p.name, p.url]));
    // The gateway knows the subgraphs by URL only: no database.
    const { DATABASE_URL: _database, ...gatewayBase } = env;
    const gatewayEnv: NodeJS.ProcessEnv = { ...gatewayBase, PORT: '0', ...opts.gatewayEnv };
    // A test may route a subgraph through its own proxy (opts.gatewayEnv SUBGRAPH_<NAME>_URL): that one wins.
    for (const [name, url] of urls) if (!opts.gatewayEnv?.[subgraphUrlVariable(name)]) gatewayEnv[subgraphUrlVariable(name)] = url;
    const gatewayScript = opts.root ? join(opts.root, 'gateway', 'dist', 'index.js') : GATEWAY_SCRIPT;
    const gateway = await startService('gateway', gatewayScript, gatewayEnv, {
      quiet: true,
      timeoutMs: opts.startTimeoutMs ?? READY_TIMEOUT_MS,
    });
    started.push(gateway);
    processes.set('gateway', gateway);
    const webEnv: NodeJS.ProcessEnv = { ...env, PORT: '0', GATEWAY_URL: gateway.url, ...opts.webEnv };
    const webScript = opts.root ? join(opts.root, 'clients', 'dist', 'index.js') : WEB_SCRIPT;
    const web = await startService('web', webScript, webEnv, {
      quiet: true,
      timeoutMs: opts.startTimeoutMs ?? READY_TIMEOUT_MS,
    });
    started.push(web);
    processes.set('web', web);
    const auth = readAuthConfig(env);
    const token = (role: Role, agency?: string) =>
      issueDevToken(auth, { subject: `test-${role}${agency ? `-${agency}` : ''}`, role, agency });
    const boardToken = await token('board');
    return {
      gatewayUrl: gateway.url,
      webUrl: web.url,
      subgraphUrls: urls,
      services: processes,
      output: (name) => processes.get(name)?.output() ?? '',
      restart: async (name) => {
        const s = subgraphs.find((x) => x.name === name)!;
        await processes.get(name)?.stop();
        const port = new URL(urls.get(name)!).port;
        const p = await startService(name, subgraphScript(s), { ...envOf(name), PORT: port }, { quiet: true, timeoutMs: READY_TIMEOUT_MS });
        processes.set(name, p);
        started.push(p);
        return p;
      },
      startGatewayReplica: async (extraEnv = {}) => {
        const p = await startService(
          'gateway-replica',
          gatewayScript,
          { ...gatewayEnv, ...extraEnv },
          { quiet: true, timeoutMs: READY_TIMEOUT_MS },
        );
        started.push(p);
        return p;
      },
      startWebReplica: async (extraEnv = {}) => {
        const p = await startService('web-replica', webScript, { ...webEnv, ...extraEnv }, { quiet: true, timeoutMs: READY_TIMEOUT_MS });
        started.push(p);
        return p;
      },
      sessionKeyPrefix: webEnv.SESSION_KEY_PREFIX!,
      token,
      boardToken,
      databaseUrl: db.url,
      processes: started.map((p) => ({ name: p.name, pid: p.child.pid! })),
      query: async <T>(query: string, variables?: Record<string, unknown>, as = boardToken) => {
        const res = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
          body: JSON.stringify({ query, variables }),
        });
        return (await res.json()) as GraphQLResponse<T>;
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
