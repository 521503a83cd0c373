import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { dirname, join } from 'node:path';
import {
  discoverSubgraphs,
  issueDevToken,
  loadInstallationSecrets,
  readAuthConfig,
  subgraphUrlVariable,
  withInstallationSecrets,
} from '@hub/common/platform';
import { openHubDatabase } from './hub/database';
import { provisionSubgraphRoles, RolePasswords, roleName } from './hub/roles';
import { DEV_PROVIDER_CLAIMS } from './idp/accounts';
import { subgraphPort } from './hub/ports';
import { GATEWAY_SCRIPT, IDP_SCRIPT, seedSubgraph, startService, subgraphScript, WEB_SCRIPT, type ManagedProcess } from './hub/processes';
import { ROOT, SUBGRAPHS_DIR } from './paths';

/**
 * `npm start`: the whole hub on one machine.
 *  1. PostgreSQL: DATABASE_URL if set, else an embedded server with its data under data/pg.
 *  2. Each subgraph's database role (hub_<name>, owning its schema only; passwords generated once and kept in
 *     data/database-roles.json, mode 0600), then, as that role, its migrations and the documents' figures.
 *  3. Each subgraph as its own process connected as its role (SUBGRAPH_<NAME>_PORT, default the port in its
 *     subgraph.json), then the gateway (GATEWAY_PORT, default 4001), which knows them by URL only
 *     (SUBGRAPH_<NAME>_URL: where each really listens) and has no database, then the web front door
 *     (WEB_PORT, default 4000: the pages, the report, the export, and /graphql passed through to the gateway).
 *     Unless OIDC_ISSUER names the organisation's identity provider, the development one runs first (IDP_PORT,
 *     default 4010) and every process is told to trust it (docs/OPERATORS.md).
 *     Every port may be 0 (any free port): the URLs printed are the ones bound.
 * Ctrl-C (or SIGTERM) stops the web process, the gateway, then the subgraphs, then the embedded database.
 */
const env = z
  .object({
    DATABASE_URL: z.string().url().optional(),
    HUB_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    HUB_DATA_DIR: z.string().optional(),
    WEB_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
    IDP_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
    OIDC_ISSUER: z.string().url().optional(),
    HUB_SECRETS_FILE: z.string().optional(),
  })
  .parse(process.env);

const log = (m: string) => console.log(`[hub] ${m}`);

/** How long each process may take to say it is ready: six subgraphs load at once, slowly on a small, busy machine. */
const START = { timeoutMs: 120_000 };

const EXAMPLE = `{
  plan(id: "km-2012-2015") {
    title
    pathways(priorityOnly: true) {
      name
      headlineMeasures {
        name agency unit
        latest { period { label } printed area { name } }
      }
    }
  }
}`;

async function main(): Promise<void> {
  const seedOnly = process.argv.includes('--seed-only');
  const started: ManagedProcess[] = [];
  // read before the database starts, so a bad port setting stops nothing half-started
  const subgraphs = discoverSubgraphs(SUBGRAPHS_DIR);
  const ports = new Map(subgraphs.map((s) => [s.name, subgraphPort(s)]));
  // Generated at the first start and kept private (0600); the environment's own values win.
  const secretsFile = env.HUB_SECRETS_FILE ?? join(ROOT, 'data', 'secrets.json');
  const secrets = loadInstallationSecrets(secretsFile);
  Object.assign(process.env, withInstallationSecrets(process.env, secrets));
  log(`installation secrets: ${secretsFile}`);
  log(env.DATABASE_URL ? 'using the PostgreSQL server in DATABASE_URL' : `starting embedded PostgreSQL on 127.0.0.1:${env.HUB_PG_PORT}`);
  const db = await openHubDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.HUB_DATA_DIR,
    port: env.HUB_PG_PORT,
    password: secrets.postgresPassword,
    log,
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ${started.length} processes`);
    for (const p of [...started].reverse()) await p.stop();
    await db.stop();
    log('stopped');
    process.exit(signal === 'start-up failure' || signal === 'child exit' ? 1 : 0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // Sign-in: the organisation's provider when OIDC_ISSUER is set, else the development one, started first because
  // the gateway and every subgraph must trust its tokens.
  let signIn: NodeJS.ProcessEnv = {};
  if (!env.OIDC_ISSUER && !seedOnly) {
    const secret = randomBytes(24).toString('base64url');
    const idp = await startService('idp', IDP_SCRIPT, {
      ...process.env,
      IDP_PORT: String(env.IDP_PORT),
      OIDC_CLIENT_ID: 'hub-web',
      OIDC_CLIENT_SECRET: secret,
    }).catch(async (e) => {
      console.error(`[hub] ${e instanceof Error ? e.message : e}`);
      await db.stop();
      process.exit(1);
    });
    started.push(idp);
    signIn = { OIDC_ISSUER: idp.url, OIDC_CLIENT_ID: 'hub-web', OIDC_CLIENT_SECRET: secret, ...DEV_PROVIDER_CLAIMS };
  }
  // Beside the installation's other secrets, readable by their owner only.
  const passwords = new RolePasswords(join(dirname(secretsFile), 'database-roles.json'));
  const roleUrls = await provisionSubgraphRoles(db.url, subgraphs, passwords);
  log(`database roles: ${subgraphs.map((s) => `${s.name} as ${roleName(s.name)}`).join(', ')}`);
  // Each subgraph connects as its own role; the gateway gets no DATABASE_URL at all.
  const { DATABASE_URL: _admin, ...processEnv } = process.env;
  const baseEnv: NodeJS.ProcessEnv = { ...processEnv, ...signIn };
  const webBase: NodeJS.ProcessEnv = { ...process.env, ...signIn };
  const envOf = (name: string) => ({ ...baseEnv, DATABASE_URL: roleUrls.get(name)! });
  log(`migrating and seeding ${subgraphs.length} subgraphs: ${subgraphs.map((s) => s.name).join(', ')}`);
  await Promise.all(subgraphs.map(async (s) => log((await seedSubgraph(s, envOf(s.name))).replace(/^\[[a-z-]+\] /, `${s.name}: `))));
  if (seedOnly) {
    await db.stop();
    return;
  }
  let gateway: ManagedProcess;
  let web: ManagedProcess;
  try {
    log(`starting ${subgraphs.map((s) => `${s.name} on :${ports.get(s.name) || 'any free port'}`).join(', ')}`);
    const results = await Promise.allSettled(
      subgraphs.map((s) => startService(s.name, subgraphScript(s), { ...envOf(s.name), PORT: String(ports.get(s.name)) }, START)),
    );
    for (const r of results) if (r.status === 'fulfilled') started.push(r.value);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    log(
      `subgraphs: ${started
        .filter((p) => ports.has(p.name))
        .map((p) => `${p.name} ${p.url}`)
        .join(', ')}`,
    );
    // where each subgraph really listens (its port may be configured or free), unless set for the gateway already;
    // no DATABASE_URL: the gateway knows the subgraphs by URL only
    const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv, PORT: String(env.GATEWAY_PORT) };
    for (const p of started) if (ports.has(p.name)) gatewayEnv[subgraphUrlVariable(p.name)] ??= p.url;
    gateway = await startService('gateway', GATEWAY_SCRIPT, gatewayEnv, START);
    started.push(gateway);
    web = await startService('web', WEB_SCRIPT, { ...webBase, PORT: String(env.WEB_PORT), GATEWAY_URL: gateway.url }, START);
    started.push(web);
  } catch (e) {
    console.error(`[hub] ${e instanceof Error ? e.message : e}`);
    await shutdown('start-up failure');
    return;
  }
  log(`the hub is up. Web: ${web.url}/ (the front door: dashboard, GraphiQL, report, export, and /graphql passed to the gateway)`);
  log(`Gateway: ${gateway.url}`);
  const auth = readAuthConfig();
  const token = auth.devSecret ? await issueDevToken(auth, { subject: 'dev-board', role: 'board' }) : '<your token>';
  log(`a board member's development token (8 hours; others: npm run -s token -- --role analyst):\n${token}`);
  log(
    `try:\ncurl -s ${web.url}/graphql -H 'content-type: application/json' -H "authorization: Bearer ${token}" \\\n  -d '${JSON.stringify({ query: EXAMPLE.replace(/\s+/g, ' ') })}'`,
  );
  log(
    `the pages: ${web.url}/dashboard/ (board), ${web.url}/workspace/agency (agency data officers), ${web.url}/workspace/secretariat (secretariat). ` +
      (signIn.OIDC_ISSUER
        ? `"Sign in" leads to the development identity provider (${signIn.OIDC_ISSUER}): choose an account, no password.`
        : `"Sign in" leads to ${env.OIDC_ISSUER}.`),
  );
  log('Ctrl-C stops every process.');
  // If any child dies unexpectedly, stop the rest rather than serve a half-hub silently.
  for (const p of started) {
    void p.exited.then((code) => {
      if (!stopping) {
        log(`${p.name} exited unexpectedly (code ${code})`);
        void shutdown('child exit');
      }
    });
  }
}

main().catch((e) => {
  console.error(`[hub] failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
