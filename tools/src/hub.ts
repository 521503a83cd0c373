import { z } from 'zod';
import { discoverSubgraphs, issueDevToken, readAuthConfig } from '@hub/common';
import { openHubDatabase } from './hub/database';
import { GATEWAY_SCRIPT, seedSubgraph, startService, subgraphScript, WEB_SCRIPT, type ManagedProcess } from './hub/processes';
import { SUBGRAPHS_DIR } from './paths';

/**
 * `npm start`: the whole hub on one machine.
 *  1. PostgreSQL: DATABASE_URL if set, else an embedded server with its data under data/pg.
 *  2. Each subgraph: migrations, then the documents' figures (idempotent).
 *  3. Each subgraph as its own process, then the gateway (GATEWAY_PORT, default 4001), then the web front door
 *     (WEB_PORT, default 4000: the pages, the report, the export, and /graphql passed through to the gateway).
 * Ctrl-C (or SIGTERM) stops the web process, the gateway, then the subgraphs, then the embedded database.
 */
const env = z
  .object({
    DATABASE_URL: z.string().url().optional(),
    HUB_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    HUB_DATA_DIR: z.string().optional(),
    WEB_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  })
  .parse(process.env);

const log = (m: string) => console.log(`[hub] ${m}`);

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
  log(env.DATABASE_URL ? 'using the PostgreSQL server in DATABASE_URL' : `starting embedded PostgreSQL on 127.0.0.1:${env.HUB_PG_PORT}`);
  const db = await openHubDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.HUB_DATA_DIR, port: env.HUB_PG_PORT, log });
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

  const subgraphs = discoverSubgraphs(SUBGRAPHS_DIR);
  const childEnv = { ...process.env, DATABASE_URL: db.url };
  log(`migrating and seeding ${subgraphs.length} subgraphs: ${subgraphs.map((s) => s.name).join(', ')}`);
  await Promise.all(subgraphs.map(async (s) => log((await seedSubgraph(s, childEnv)).replace(/^\[[a-z]+\] /, `${s.name}: `))));
  if (seedOnly) {
    await db.stop();
    return;
  }
  let gateway: ManagedProcess;
  let web: ManagedProcess;
  try {
    log(`starting ${subgraphs.map((s) => `${s.name} on :${s.port}`).join(', ')}`);
    const results = await Promise.allSettled(
      subgraphs.map((s) => startService(s.name, subgraphScript(s), { ...childEnv, PORT: String(s.port) })),
    );
    for (const r of results) if (r.status === 'fulfilled') started.push(r.value);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    gateway = await startService('gateway', GATEWAY_SCRIPT, { ...process.env, DATABASE_URL: db.url, PORT: String(env.GATEWAY_PORT) });
    started.push(gateway);
    web = await startService('web', WEB_SCRIPT, { ...process.env, PORT: String(env.WEB_PORT), GATEWAY_URL: gateway.url });
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
  log(`try:\ncurl -s ${web.url}/graphql -H 'content-type: application/json' -H "authorization: Bearer ${token}" \\\n  -d '${JSON.stringify({ query: EXAMPLE.replace(/\s+/g, ' ') })}'`);
  if (auth.devSecret) log(`the board dashboard, signed in (development link; the token stays in the URL fragment, never sent):\n${web.url}/dashboard/#token=${token}`);
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
