/**
 * The benchmark of record (docs/BENCHMARKS.md). Not a jest test. Loopback only (every process binds 127.0.0.1),
 * bounded in time (a watchdog stops everything after --max-minutes). Run with `npm run bench` (builds first).
 *
 * For each scale (1x, 10x, 100x = the synthetic national dataset at scale 1, 10, 100: 27,000 / 297,000 / 2,970,000
 * figures; subgraphs/common/src/synthetic/national.ts), on the database hub_bench_<scale>x (loaded once with
 * `npm run national -- --scale <scale>`, and here when missing), it starts these configurations side by side:
 *   (a)  the hub: six subgraph processes and the Apollo gateway (as `npm start`), its response cache on;
 *   (a0) the same subgraphs through a second Apollo gateway with CACHE_ENABLED=false: what an uncached read costs
 *        (the targets are about this one);
 *   (a1) the hub's gateway on its Hive runtime (GATEWAY_RUNTIME=hive: Hive Gateway + the Rust planner, with every
 *        check of the hub's gateway), uncached: the candidate to replace (a0) (docs/adr/0007-hive-gateway-runtime.md);
 *   (c)  Hive Gateway, default settings, on the committed supergraph, in front of the same subgraphs;
 *   (c2) Hive Gateway with its Rust query planner (@graphql-hive/router-runtime), otherwise the same;
 *   (b)  with --monolith only: test/load/monolith.ts, the same six schemas and resolvers in one process;
 *   (d)  the floor: test/load/floor.ts, ONE prepared SQL statement per request returning the answer as JSON;
 * and measures them one after the other with autocannon:
 *   (1) scorecard: the board scorecard of one area (la-001): plan km-2012-2015, its 7 pathways, their 56 headline
 *       measures, the last 8 quarters of figures (200 figures); --connections clients (20);
 *   (2) all areas: one measure (probation.national-01-proven-reoffending) across all areas and all 60 quarters
 *       (19,800 figures at 100x); one client;
 *   (3) import: --import-rows figures (the five agencies side by side) as CSV through `<agency>ImportObservations`
 *       in batches of 2,500 rows, then `<agency>PublishObservations` (drafts, then publish, every check); the floor
 *       inserts the same rows with one INSERT ... SELECT FROM unnest per batch, no checks. Figures are in quarters from
 *       2090-91 on and are deleted afterwards.
 * Reported: requests/s and its ratio to the floor's, latency p50/p95/p99, SQL statements per request (counted at the
 * source: db_statements_total in each subgraph's /metrics; the monolith's and the floor's own counters), peak RSS of
 * every process, load averages, and the targets with their figures (met or missed).
 *
 * Options: --scales 1,10,100   --duration <s> (per measurement, 10)   --warmup <s> (3)   --connections <n> (20)
 *          --quick (scale 1, 3 s, 1 s warm-up, 10,000 figures imported, 10-minute watchdog: a smoke test of the
 *          benchmark itself)   --skip-import   --monolith   --json <file>   --max-minutes <n> (60; quick 10)
 *          --profile <dir> (V8 CPU profiles of the (a0) gateway and of the probation subgraph during the (a0)
 *          scorecard and all-areas windows of each scale, and of the (a1) gateway during (a1)'s, written to <dir>
 *          with a summary of the top self-time functions)   --only a0,a1,c2,d (measure only these configurations)
 *          --node-env production|test (the services' NODE_ENV; production, as deployed, by default)
 *          --variant-node-options "<V8 flags>" / --variant-root <checkout> / --variant-runtime hive (add (a0x), below)
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { cleanupImport, importBatches, importFloor } from './import-batches';
import { discoverSubgraphs, issueDevToken, readAuthConfig, NATIONAL_AGENCIES, type NationalAgency } from '@hub/common/platform';
import { GATEWAY_SCRIPT, seedSubgraph, startService, subgraphScript, type ManagedProcess } from '../../tools/src/hub/processes';
import { SUBGRAPHS_DIR } from '../../tools/src/paths';
import { benchDatabaseUrl, loadedDataset, loadNationalInto } from './national';
import { startSigningKeys } from './signing-keys';
import { ALL_AREAS, SCORECARD } from './workloads';
import { toggleProfile, topFrames } from './cpu-profiles';
import type { GraphQLResponse } from '../support/graphql';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const QUICK = flag('quick');
const SCALES = opt('scales', QUICK ? '1' : '1,10,100')
  .split(',')
  .map(Number);
const DURATION = Number(opt('duration', QUICK ? '3' : '10'));
const WARMUP = Number(opt('warmup', QUICK ? '1' : '3'));
const CONNECTIONS = Number(opt('connections', '20'));
const IMPORT_ROWS = Number(opt('import-rows', QUICK ? '10000' : '100000'));
const BATCH = 2500;
const SKIP_IMPORT = flag('skip-import');
const PROFILE = flag('profile') ? resolve(opt('profile', 'docs/profiles').replace(/^--.*/, 'docs/profiles')) : '';
const MONOLITH = flag('monolith');
/**
 * The services' NODE_ENV. Production by default, as docker-compose.yml deploys the hub: libraries take their
 * production paths (graphql-js's type checks among them) and tokens are verified against keys from a JWKS, here one
 * this run serves (signing-keys.ts). `--node-env test` runs them as the tests do, with development tokens.
 */
const NODE_ENV = opt('node-env', 'production');
if (NODE_ENV !== 'production' && NODE_ENV !== 'test') throw new Error(`--node-env must be production or test, not "${NODE_ENV}"`);
/** Measure only these configurations, by their letter (e.g. `--only a0,a1,c2,d`); every one is still started. */
const ONLY = opt('only', '').split(',').filter(Boolean);
/**
 * Adds (a0x), measured right after (a0): the uncached gateway with these V8 flags (NODE_OPTIONS), and/or the gateway
 * built in another checkout (--variant-root <dir>, e.g. a worktree of an earlier commit after `npm run build`), and/or
 * on the Hive runtime (--variant-runtime hive): a before-and-after in one run. The order of the two is part of what
 * is measured: compare with a run whose variant differs in nothing.
 */
const VARIANT_NODE_OPTIONS = opt('variant-node-options', '');
const VARIANT_ROOT = opt('variant-root', '');
const VARIANT_RUNTIME = opt('variant-runtime', '');
const VARIANT = [
  VARIANT_ROOT && `built in ${VARIANT_ROOT}`,
  VARIANT_RUNTIME && `runtime ${VARIANT_RUNTIME}`,
  VARIANT_NODE_OPTIONS && `node ${VARIANT_NODE_OPTIONS}`,
]
  .filter(Boolean)
  .join(', ');
/** A process that is not ready after this long is a failure (a saturated 2-core machine can take minutes to start seven). */
const START_TIMEOUT_MS = 300_000;
const MAX_MINUTES = Number(opt('max-minutes', QUICK ? '10' : '60'));
const JSON_OUT = opt('json', '');
const REGISTER = join(__dirname, 'register.js');

const PLAN = 'km-2012-2015';
const AREA = 'la-001';
const FROM = '2023-24 Q1';
const TO = '2024-25 Q4';
const MEASURE = 'probation.national-01-proven-reoffending';

/** This run's secrets (the services refuse to start without them), unless the environment gives its own. */
const RUN_SECRETS = {
  GATEWAY_SECRET: process.env.GATEWAY_SECRET ?? randomBytes(24).toString('hex'),
  JWT_DEV_SECRET: process.env.JWT_DEV_SECRET ?? randomBytes(32).toString('hex'),
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

/** CPU time (user + system) a process has used so far, in ms; /proc counts it in ticks of 10 ms. */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function rssMb(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function committed(url: string): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const name = new URL(url).pathname.slice(1);
    const { rows } = await c.query<{ n: string }>(`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1`, [
      name,
    ]);
    return Number(rows[0].n);
  } finally {
    await c.end();
  }
}

interface Target {
  config: string;
  url: string;
  /** SQL statements sent so far by the processes serving this configuration. */
  sqlCount(): Promise<number>;
  /** Request for a workload: body and headers. */
  request(workload: 'scorecard' | 'allAreas'): { url: string; body: string; headers: Record<string, string> };
  /** True for a read-only variant (the same gateway with its response cache off): not used for the import. */
  readsOnly?: boolean;
  /** The process that answers the client (the gateway, or the floor): its CPU time per request is measured. */
  pid?: number;
  /** The processes behind it (the subgraphs), whose CPU time per request is measured together. */
  backendPids?: number[];
}

interface Measured {
  scale: number;
  config: string;
  workload: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  sqlPerRequest: number;
  /** SQL statements of one request sent alone. */
  sqlSingle: number;
  /** Cross-check: committed transactions of the database (pg_stat_database, flushed lazily: approximate) per request. */
  commitsPerRequest: number;
  resultSize: string;
  /** Size of one response body. */
  bytes: number;
  load: string;
  /**
   * CPU ms per request of the front process and of the processes behind it, over the measured window: unlike
   * req/s and latency, these barely move with the load other work puts on the machine.
   */
  frontCpuMs: number;
  backendCpuMs: number;
}

/** A figure series as the two workloads select it; only the number of figures is read. */
interface FigureSeries {
  observations: unknown[];
}

/** The parts of the two workloads' answers that `once` reads (the floor answers `measure` instead of `headlineMeasure`). */
interface WorkloadAnswer {
  plan?: { pathways: Array<{ headlineMeasures: Array<FigureSeries | null> }> };
  headlineMeasure?: FigureSeries | null;
  measure?: FigureSeries | null;
}

/** The result of one autocannon run. */
type CannonResult = Awaited<ReturnType<typeof autocannon>>;

/** The summary of a CPU profile, kept in `extra` under `profile_<scale>x_<service>`. */
interface ProfileSummary {
  file: string;
  load: string;
  busyMs: number;
  wallMs: number;
  top: string[];
}

async function once(t: Target, workload: 'scorecard' | 'allAreas'): Promise<{ size: string; errors: string | null; bytes: number }> {
  const r = t.request(workload);
  const post = () =>
    fetch(r.url, { method: 'POST', headers: r.headers, body: r.body }).then(async (res) => ({ res, text: await res.text() }));
  // A kept-alive socket the server closes as it is reused fails at once ("other side closed"): one retry.
  const { res, text } = await post().catch(post);
  const json = JSON.parse(text) as GraphQLResponse<WorkloadAnswer>;
  if (json.errors?.length || !res.ok)
    return { size: '', errors: JSON.stringify(json.errors ?? res.status).slice(0, 400), bytes: text.length };
  const d = json.data!;
  if (workload === 'scorecard') {
    const ms = d.plan!.pathways.flatMap((p) => p.headlineMeasures).filter((m): m is FigureSeries => Boolean(m));
    const obs = ms.reduce((n, m) => n + m.observations.length, 0);
    return { size: `${d.plan!.pathways.length} pathways, ${ms.length} measures, ${obs} figures`, errors: null, bytes: text.length };
  }
  const m = (d.headlineMeasure ?? d.measure)!;
  return { size: `${m.observations.length} figures`, errors: null, bytes: text.length };
}

async function cannon(
  t: Target,
  workload: 'scorecard' | 'allAreas',
  connections: number,
  dbUrl: string,
  scale: number,
  around: { before(): Promise<void>; after(): Promise<void> } = { before: async () => {}, after: async () => {} },
): Promise<Measured> {
  const r = t.request(workload);
  const check = await once(t, workload);
  if (check.errors) throw new Error(`${t.config} ${workload}: ${check.errors}`);
  // statements of one request alone (no concurrency, so no batching or deduplication across requests)
  const single0 = await t.sqlCount();
  await once(t, workload);
  await sleep(100);
  const sqlSingle = (await t.sqlCount()) - single0;
  const times: number[] = [];
  let record = false;
  let graphqlErrors = 0;
  const run = (duration: number) =>
    new Promise<CannonResult>((resolve, reject) => {
      const inst = autocannon({
        url: r.url,
        method: 'POST',
        headers: r.headers,
        body: r.body,
        connections,
        duration,
        timeout: 30,
        // a GraphQL error (e.g. a subgraph timing out under saturation) comes back as HTTP 200 with partial data: count it
        requests: [
          {
            method: 'POST',
            headers: r.headers,
            body: r.body,
            onResponse: (_status: number, body: string) => void (record && body.includes('"errors"') && graphqlErrors++),
          },
        ],
      });
      inst.then(resolve, reject);
      inst.on('response', (_c: unknown, _status: number, _bytes: number, ms: number) => record && times.push(ms));
    });
  if (WARMUP > 0) await run(WARMUP);
  const before = await t.sqlCount();
  const commitsBefore = await committed(dbUrl);
  await around.before();
  const backendCpu = () => (t.backendPids ?? []).reduce((sum, pid) => sum + cpuMs(pid), 0);
  const [front0, back0] = [cpuMs(t.pid), backendCpu()];
  record = true;
  const res = await run(DURATION);
  record = false;
  const [front1, back1] = [cpuMs(t.pid), backendCpu()];
  await around.after();
  await sleep(200); // the last responses' statements
  const after = await t.sqlCount();
  const commitsAfter = await committed(dbUrl);
  const requests = res.requests.total;
  times.sort((a, b) => a - b);
  const pct = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.max(0, Math.ceil((p / 100) * times.length) - 1))] : NaN);
  return {
    scale,
    config: t.config,
    workload,
    connections,
    requests,
    rps: requests / DURATION,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors: res.errors + res.non2xx + res.timeouts + graphqlErrors,
    sqlPerRequest: requests ? (after - before) / requests : NaN,
    sqlSingle,
    commitsPerRequest: requests ? (commitsAfter - commitsBefore - 1) / requests : NaN,
    resultSize: check.size,
    bytes: check.bytes,
    load: load(),
    frontCpuMs: requests ? (front1 - front0) / requests : NaN,
    backendCpuMs: requests && t.backendPids ? (back1 - back0) / requests : NaN,
  };
}

async function importThroughGraphql(
  t: Target,
  batches: Map<NationalAgency, string[]>,
  tokens: Map<NationalAgency, string>,
): Promise<number> {
  const post = async <T>(agency: NationalAgency, query: string, variables: object): Promise<T> => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(agency)}` },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as GraphQLResponse<T>;
    if (!res.ok || json.errors?.length)
      throw new Error(`${t.config} import (${agency}): HTTP ${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
    return json.data!;
  };
  const t0 = process.hrtime.bigint();
  let rows = 0;
  await Promise.all(
    NATIONAL_AGENCIES.map(async (a) => {
      for (const csv of batches.get(a)!) {
        const d = await post<{ r: { ok: boolean; rows: number; errors: Array<{ row: number; column: string | null; message: string }> } }>(
          a,
          `mutation($csv: String!, $reason: String!) { r: ${a}ImportObservations(csv: $csv, reason: $reason) { ok rows errors { row column message } } }`,
          { csv, reason: 'benchmark import' },
        );
        if (!d.r.ok) throw new Error(`${t.config} import refused: ${JSON.stringify(d.r.errors.slice(0, 3))}`);
        rows += d.r.rows;
      }
      await post(a, `mutation { p: ${a}PublishObservations { published } }`, {});
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return rows / seconds;
}

interface Config extends Target {
  /** Also measured for the import (only configurations with their own write path). */
  imports: boolean;
}

async function benchScale(scale: number, results: Measured[], extra: Record<string, unknown>, procs: ManagedProcess[]) {
  const dbUrl = benchDatabaseUrl(scale);
  let ds = await loadedDataset(dbUrl);
  if (!ds || Number(ds.scale) !== scale) {
    log(`${new URL(dbUrl).pathname.slice(1)} has no national dataset: loading it at scale ${scale} (once; later runs reuse it)`);
    await loadNationalInto(dbUrl, scale, 1, log);
    ds = await loadedDataset(dbUrl);
  }
  log(
    `scale ${scale}x: ${ds!.observations} national figures in ${new URL(dbUrl).pathname.slice(1)} (loaded ${ds!.loaded_at}, ${Math.round(ds!.report.rate)} figures/s then)`,
  );
  const keys = NODE_ENV === 'production' ? await startSigningKeys() : null;
  // Every process listens on 127.0.0.1 (HOST) and a free port (PORT=0).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: dbUrl,
    NODE_ENV,
    ...(keys ? { JWT_JWKS_URL: keys.jwksUrl } : {}),
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    ...RUN_SECRETS,
  };
  delete env.DB_SCHEMA;
  delete env.NODE_OPTIONS;
  const profileEnv = (name: string) =>
    PROFILE
      ? {
          NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.js')}`,
          CPU_PROFILE_DIR: PROFILE,
          CPU_PROFILE_SIGNAL: '1',
          CPU_PROFILE_NAME: `${scale}x-${name}`,
        }
      : {};
  const subgraphs = discoverSubgraphs(SUBGRAPHS_DIR);
  const scaleProcs: ManagedProcess[] = [];
  const started = (p: ManagedProcess) => (scaleProcs.push(p), procs.push(p), p);
  try {
    await Promise.all(subgraphs.map((s) => seedSubgraph(s, env))); // pending migrations (each in its own schema); the seed adds nothing new
    const running = await Promise.all(
      subgraphs.map((s) =>
        startService(
          s.name,
          subgraphScript(s),
          { ...env, ...(s.name === 'probation' ? profileEnv('probation') : {}) },
          { quiet: true, timeoutMs: START_TIMEOUT_MS },
        ).then(started),
      ),
    );
    const subEnv: NodeJS.ProcessEnv = { ...env };
    for (const p of running) subEnv[`SUBGRAPH_${p.name.toUpperCase()}_URL`] = p.url;
    // An import batch under a saturated machine can take more than the gateway's default 5 s subgraph timeout
    // Many connections with one token is what the per-user limits refuse: off for throughput measurements.
    const gwEnv = { ...subEnv, SUBGRAPH_TIMEOUT_MS: '60000', RATE_LIMIT_ENABLED: 'false' };
    const withTs = { ...subEnv, NODE_OPTIONS: `--require ${REGISTER}` };
    const optional = (p: Promise<ManagedProcess>, what: string) =>
      p.then(started, (e: Error) => {
        log(`${scale}x ${what} did not start, left out of this run: ${e.message.split('\n')[0]}`);
        extra[`startError_${scale}x_${what}`] = e.message.slice(0, 2000);
        return null;
      });
    // The hub's gateways run with the launcher's V8 flags; the variant replaces them with --variant-node-options.
    const gatewayStart = { quiet: true, timeoutMs: START_TIMEOUT_MS };
    const [gateway, uncached, hubHive, hive, hiveRouter, monolith, floor, variant] = await Promise.all([
      startService('gateway', GATEWAY_SCRIPT, gwEnv, gatewayStart).then(started),
      // the same gateway with its response cache off: what a read costs when it is not a cache hit
      startService('gateway-nocache', GATEWAY_SCRIPT, { ...gwEnv, CACHE_ENABLED: 'false', ...profileEnv('gateway') }, gatewayStart).then(
        started,
      ),
      // the same gateway, same checks, on the Hive runtime (which has no response cache)
      optional(
        startService(
          'gateway-hive',
          GATEWAY_SCRIPT,
          { ...gwEnv, GATEWAY_RUNTIME: 'hive', CACHE_ENABLED: 'false', ...profileEnv('gateway-hive') },
          gatewayStart,
        ),
        'gateway-hive',
      ),
      optional(startService('hive', join(__dirname, 'hive-server.ts'), withTs, { quiet: true, timeoutMs: START_TIMEOUT_MS }), 'hive'),
      optional(
        startService(
          'hive-router',
          join(__dirname, 'hive-server.ts'),
          { ...withTs, HIVE_ROUTER_RUNTIME: '1' },
          { quiet: true, timeoutMs: START_TIMEOUT_MS },
        ),
        'hive-router',
      ),
      MONOLITH
        ? optional(
            startService('monolith', join(__dirname, 'monolith.ts'), withTs, { quiet: true, timeoutMs: START_TIMEOUT_MS }),
            'monolith',
          )
        : Promise.resolve(null),
      startService('floor', join(__dirname, 'floor.ts'), withTs, { quiet: true, timeoutMs: START_TIMEOUT_MS }).then(started),
      VARIANT
        ? optional(
            startService(
              'gateway-variant',
              VARIANT_ROOT ? join(resolve(VARIANT_ROOT), 'gateway', 'dist', 'index.js') : GATEWAY_SCRIPT,
              {
                ...gwEnv,
                CACHE_ENABLED: 'false',
                ...(VARIANT_NODE_OPTIONS ? { NODE_OPTIONS: VARIANT_NODE_OPTIONS } : {}),
                ...(VARIANT_RUNTIME ? { GATEWAY_RUNTIME: VARIANT_RUNTIME } : {}),
              },
              { quiet: true, timeoutMs: START_TIMEOUT_MS },
            ),
            'gateway-variant',
          )
        : Promise.resolve(null),
    ]);
    const peak = new Map<string, number>();
    const sampler = setInterval(() => {
      for (const p of scaleProcs) peak.set(p.name, Math.max(peak.get(p.name) ?? 0, rssMb(p.child.pid!)));
    }, 1000);
    const auth = readAuthConfig(env);
    const tokenFor = (viewer: Parameters<typeof issueDevToken>[1]) => (keys ? keys.sign(auth, viewer) : issueDevToken(auth, viewer));
    const board = await tokenFor({ subject: 'bench-board', role: 'board' });
    const metricsOf = async (p: ManagedProcess) => {
      const text = await (await fetch(p.url.replace(/\/graphql$/, '/metrics'))).text();
      return Number(text.match(/^db_statements_total(?:\{[^}]*\})? (\d+)/m)?.[1] ?? NaN);
    };
    const subgraphSql = async () => (await Promise.all(running.map(metricsOf))).reduce((a, b) => a + b, 0);
    const counterAt = (url: string) => async () => Number(((await (await fetch(url)).json()) as { count: number }).count);
    const backendPids = running.map((p) => p.child.pid!);
    const gql = (config: string, front: ManagedProcess, sqlCount: () => Promise<number>, imports: boolean): Config => ({
      config,
      url: front.url,
      pid: front.child.pid,
      backendPids: front === monolith ? undefined : backendPids,
      sqlCount,
      imports,
      request: (w) => ({
        url: front.url,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${board}` },
        body: JSON.stringify(
          w === 'scorecard'
            ? { query: SCORECARD, variables: { plan: PLAN, area: AREA, from: FROM, to: TO } }
            : { query: ALL_AREAS, variables: { id: MEASURE } },
        ),
      }),
    });
    const floorBase = floor.url.replace(/\/$/, '');
    const targets: Config[] = [
      gql(CONFIG.cached, gateway, subgraphSql, true),
      gql(CONFIG.uncached, uncached, subgraphSql, false),
      ...(variant
        ? [
            gql(
              `(a0x) hub: ${VARIANT_RUNTIME === 'hive' ? 'Hive runtime' : 'Apollo gateway'}, uncached, ${VARIANT}`,
              variant,
              subgraphSql,
              false,
            ),
          ]
        : []),
      ...(hubHive ? [gql(CONFIG.hubHive, hubHive, subgraphSql, false)] : []),
      ...(hive ? [gql(CONFIG.hive, hive, subgraphSql, false)] : []),
      ...(hiveRouter ? [gql(CONFIG.hiveRouter, hiveRouter, subgraphSql, false)] : []),
      ...(monolith ? [gql(CONFIG.monolith, monolith, counterAt(monolith.url.replace(/\/graphql$/, '/sql-statements')), true)] : []),
      {
        config: CONFIG.floor,
        url: floorBase,
        pid: floor.child.pid,
        imports: true,
        sqlCount: counterAt(`${floorBase}/sql-statements`),
        request: (w) => ({
          url: `${floorBase}/${w === 'scorecard' ? 'scorecard' : 'measure'}`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(w === 'scorecard' ? { plan: PLAN, area: AREA, from: '2023-04-01', to: '2025-03-31' } : { id: MEASURE }),
        }),
      },
    ];
    const probation = running.find((p) => p.name === 'probation')!;
    for (const t of targets.filter((x) => ONLY.length === 0 || ONLY.includes(x.config.slice(1, x.config.indexOf(')'))))) {
      for (const [w, c] of [
        ['scorecard', CONNECTIONS],
        ['allAreas', 1],
      ] as const) {
        const profiled = !PROFILE
          ? []
          : t.config === CONFIG.uncached
            ? [uncached, probation]
            : t.config === CONFIG.hubHive && hubHive
              ? [hubHive]
              : [];
        const r = await cannon(t, w, c, dbUrl, scale, {
          before: async () => void (await Promise.all(profiled.map((p) => toggleProfile(p, false)))),
          after: async () => {
            const files = await Promise.all(profiled.map((p) => toggleProfile(p, true)));
            for (const [i, file] of files.entries())
              if (file)
                extra[`profile_${scale}x_${profiled[i].name}_${w}`] = { file, load: load(), ...topFrames(file) } satisfies ProfileSummary;
          },
        }).catch((e: Error) => {
          log(`${scale}x ${t.config} ${w} FAILED: ${e.message}`);
          extra[`error_${scale}x_${t.config}_${w}`] = e.message;
          return null;
        });
        if (!r) continue;
        results.push(r);
        log(
          `${scale}x ${t.config} ${w}: ${r.rps.toFixed(1)} req/s, p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms, ${r.sqlSingle} SQL alone, ${r.sqlPerRequest.toFixed(2)} SQL/request, CPU ms/request ${r.frontCpuMs.toFixed(2)} front + ${r.backendCpuMs.toFixed(2)} subgraphs, errors ${r.errors} (${r.resultSize}; ${r.bytes} bytes; load ${r.load})`,
        );
      }
    }
    if (!SKIP_IMPORT) {
      const c = new Client({ connectionString: dbUrl });
      await c.connect();
      const las = (
        await c.query<{ code: string }>(`SELECT code FROM probation.area WHERE kind = 'LOCAL_AUTHORITY' ORDER BY code`)
      ).rows.map((r) => r.code);
      await c.end();
      const batches = importBatches(las, IMPORT_ROWS, BATCH);
      const tokens = new Map<NationalAgency, string>();
      for (const a of NATIONAL_AGENCIES) tokens.set(a, await tokenFor({ subject: `bench-${a}`, role: 'agency-editor', agency: a }));
      await cleanupImport(dbUrl);
      for (const t of targets.filter((x) => x.imports)) {
        let rate = NaN;
        try {
          rate = t.config === CONFIG.floor ? await importFloor(dbUrl, batches) : await importThroughGraphql(t, batches, tokens);
        } catch (e) {
          log(`${scale}x ${t.config} import FAILED: ${(e as Error).message}`);
          extra[`importError_${scale}x_${t.config}`] = (e as Error).message;
        }
        await sleep(2000); // a batch the client gave up on may still be committing
        await cleanupImport(dbUrl);
        results.push({
          scale,
          config: t.config,
          workload: 'import',
          connections: 5,
          requests: IMPORT_ROWS,
          rps: rate,
          p50: NaN,
          p95: NaN,
          p99: NaN,
          errors: 0,
          sqlPerRequest: NaN,
          sqlSingle: NaN,
          resultSize: `${IMPORT_ROWS} figures`,
          bytes: NaN,
          load: load(),
          commitsPerRequest: NaN,
          frontCpuMs: NaN,
          backendCpuMs: NaN,
        });
        log(`${scale}x ${t.config} import: ${Math.round(rate)} figures/s (load ${load()})`);
      }
    }
    clearInterval(sampler);
    extra[`rss_${scale}x`] = Object.fromEntries([...peak].map(([k, v]) => [k, Math.round(v)]));
    log(`${scale}x peak RSS (MB): ${JSON.stringify(extra[`rss_${scale}x`])}`);
  } finally {
    for (const p of scaleProcs.reverse()) await p.stop();
    await keys?.stop();
  }
}

const CONFIG = {
  cached: '(a) hub: Apollo gateway, response cache on',
  uncached: '(a0) hub: Apollo gateway, uncached',
  hubHive: '(a1) hub: Hive runtime (GATEWAY_RUNTIME=hive), uncached',
  hive: '(c) Hive Gateway, default settings',
  hiveRouter: '(c2) Hive Gateway + router-runtime (Rust planner)',
  monolith: '(b) monolith',
  floor: '(d) floor: one prepared SQL statement',
} as const;

interface TargetCheck {
  target: string;
  figure: string;
  met: boolean | null;
}

/** The targets of docs/BENCHMARKS.md, at the largest scale of the run, from this run's figures only. */
function targetChecks(results: Measured[]): TargetCheck[] {
  const scale = Math.max(...SCALES);
  const get = (config: string, workload: string) =>
    results.find((r) => r.scale === scale && r.config === config && r.workload === workload);
  const f = (n: number | undefined, d = 0) =>
    n !== undefined && Number.isFinite(n) ? n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d }) : '-';
  const ok = (v: boolean | undefined) => (v === undefined ? null : v);
  const hive = get(CONFIG.hive, 'scorecard');
  const floorSc = get(CONFIG.floor, 'scorecard');
  const floorAa = get(CONFIG.floor, 'allAreas');
  const imp = get(CONFIG.cached, 'import');
  const at = `${scale}x`;
  // The targets are the hub's, on either of its runtimes (docs/adr/0007-hive-gateway-runtime.md): each is checked for both.
  const runtimes = [
    { label: '(a0) Apollo', sc: get(CONFIG.uncached, 'scorecard'), aa: get(CONFIG.uncached, 'allAreas') },
    { label: '(a1) Hive runtime', sc: get(CONFIG.hubHive, 'scorecard'), aa: get(CONFIG.hubHive, 'allAreas') },
  ];
  return [
    ...runtimes.flatMap(({ label, sc, aa }): TargetCheck[] => [
      {
        target: `${label}: scorecard, uncached, ${CONNECTIONS} clients, ${at}: p95 < 100 ms`,
        figure: `p95 ${f(sc?.p95)} ms (p50 ${f(sc?.p50)})`,
        met: ok(sc && sc.p95 < 100),
      },
      {
        target: `${label}: scorecard, uncached, ${at}: >= 3x Hive Gateway's req/s`,
        figure: `${f(sc?.rps, 1)} vs ${f(hive?.rps, 1)} req/s = ${f(sc && hive ? sc.rps / hive.rps : NaN, 2)}x`,
        met: ok(sc && hive && sc.rps >= 3 * hive.rps),
      },
      {
        target: `${label}: scorecard, uncached, ${at}: >= 1/3 of the floor's req/s`,
        figure: `${f(sc?.rps, 1)} vs ${f(floorSc?.rps, 1)} req/s = ${f(sc && floorSc ? sc.rps / floorSc.rps : NaN, 2)}`,
        met: ok(sc && floorSc && sc.rps >= floorSc.rps / 3),
      },
      {
        target: `${label}: one measure, all areas, 60 quarters, uncached, ${at}: < 300 ms`,
        figure: `p50 ${f(aa?.p50)} ms, p95 ${f(aa?.p95)} ms (${aa?.resultSize ?? '-'})`,
        met: ok(aa && aa.p95 < 300),
      },
      {
        target: `${label}: one measure, all areas, ${at}: within 3x the floor`,
        figure: `p50 ${f(aa?.p50)} vs ${f(floorAa?.p50)} ms = ${f(aa && floorAa ? aa.p50 / floorAa.p50 : NaN, 1)}x`,
        met: ok(aa && floorAa && aa.p50 <= 3 * floorAa.p50),
      },
    ]),
    {
      target: `import through the gateway, ${at}: >= 20,000 validated figures/s`,
      figure: `${f(imp?.rps)} figures/s (${IMPORT_ROWS.toLocaleString('en-GB')} figures)`,
      met: ok(imp && imp.rps >= 20000),
    },
  ];
}

function markdown(results: Measured[], extra: Record<string, unknown>): string {
  const f = (n: number, d = 0) =>
    Number.isFinite(n) ? n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d }) : '-';
  const out: string[] = ['', '#### Targets (largest scale of this run)', '', '| target | figure | |', '|---|---|---|'];
  for (const t of targetChecks(results))
    out.push(`| ${t.target} | ${t.figure} | ${t.met === null ? 'not measured' : t.met ? '**met**' : '**missed**'} |`);
  for (const w of ['scorecard', 'allAreas', 'import']) {
    out.push(
      '',
      `#### ${w === 'scorecard' ? `(1) Scorecard of one area (${CONNECTIONS} clients)` : w === 'allAreas' ? '(2) One measure, all areas, all 60 quarters (1 client)' : `(3) Import ${IMPORT_ROWS.toLocaleString('en-GB')} figures`}`,
      '',
    );
    if (w === 'import') {
      out.push('| scale | configuration | figures/s | x floor | load avg (1/5/15) |', '|---|---|---:|---:|---|');
      for (const r of results.filter((x) => x.workload === w)) {
        const floor = results.find((x) => x.scale === r.scale && x.workload === w && x.config === CONFIG.floor);
        out.push(`| ${r.scale}x | ${r.config} | ${f(r.rps)} | ${f(floor ? r.rps / floor.rps : NaN, 2)} | ${r.load} |`);
      }
      continue;
    }
    out.push(
      '| scale | configuration | req/s | x floor req/s | p50 ms | p95 ms | p99 ms | x floor p50 | CPU ms/request: front | CPU ms/request: subgraphs | SQL, 1 request alone | SQL/request under load | errors | bytes | load avg (1/5/15) |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    );
    // errors: transport errors, non-2xx, timeouts and responses carrying GraphQL errors
    for (const r of results.filter((x) => x.workload === w)) {
      const floor = results.find((x) => x.scale === r.scale && x.workload === w && x.config === CONFIG.floor);
      out.push(
        `| ${r.scale}x | ${r.config} | ${f(r.rps, 1)} | ${f(floor ? r.rps / floor.rps : NaN, 2)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(floor ? r.p50 / floor.p50 : NaN, 1)} | ${f(r.frontCpuMs, 2)} | ${f(r.backendCpuMs, 2)} | ${f(r.sqlSingle)} | ${f(r.sqlPerRequest, 2)} | ${r.errors} | ${f(r.bytes)} | ${r.load} |`,
      );
    }
  }
  out.push('', '#### Peak RSS (MB)', '');
  // benchScale writes these entries: peak RSS in MB by process under `rss_<scale>x`, profile summaries under `profile_`.
  const rss = (s: number) => extra[`rss_${s}x`] as Record<string, number> | undefined;
  const names = [...new Set(SCALES.flatMap((s) => Object.keys(rss(s) ?? {})))];
  out.push('| scale | ' + names.join(' | ') + ' |', '|---|' + names.map(() => '---:').join('|') + '|');
  for (const s of SCALES) out.push(`| ${s}x | ` + names.map((n) => rss(s)?.[n] ?? '-').join(' | ') + ' |');
  const profiles = Object.entries(extra)
    .filter(([k]) => k.startsWith('profile_'))
    .map(([k, v]) => [k, v as ProfileSummary] as const);
  for (const [k, v] of profiles) {
    out.push(
      '',
      `#### CPU profile ${k.slice('profile_'.length)}: ${v.file.replace(/^.*\/docs\//, 'docs/')}`,
      '',
      `Busy ${f(v.busyMs)} ms of ${f(v.wallMs)} ms (load ${v.load}); top self time, share of busy time:`,
      '',
      '```',
      ...v.top,
      '```',
    );
  }
  return out.join('\n');
}

(async () => {
  const started = new Date();
  const procs: ManagedProcess[] = [];
  // The benchmark stops by itself: after --max-minutes every process it started is killed and it exits with 1.
  const watchdog = setTimeout(() => {
    log(`watchdog: still running after ${MAX_MINUTES} minutes; stopping every process`);
    for (const p of procs) p.child.kill('SIGKILL');
    process.exit(1);
  }, MAX_MINUTES * 60_000);
  watchdog.unref();
  // Interrupted (Ctrl-C, CI cancelling the job): the services go with it, none is left running.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const p of procs) p.child.kill('SIGKILL');
      process.exit(130);
    });
  }
  if (PROFILE) mkdirSync(PROFILE, { recursive: true });
  log(
    `benchmark: scales ${SCALES.join(', ')}; ${DURATION} s per measurement after ${WARMUP} s warm-up; ${CONNECTIONS} clients for the scorecard; services NODE_ENV=${NODE_ENV}; ` +
      `${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}; load ${load()}`,
  );
  const results: Measured[] = [];
  const extra: Record<string, unknown> = { loadBefore: load() };
  try {
    for (const s of SCALES) await benchScale(s, results, extra, procs);
  } finally {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  }
  extra.loadAfter = load();
  const md = markdown(results, extra);
  const report =
    `Command: npm run bench -- ${argv.join(' ')}\nMachine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}\n` +
    `Started ${started.toISOString()}, finished ${new Date().toISOString()}; load average before ${extra.loadBefore}, after ${extra.loadAfter}\n${md}`;
  console.log(`\n${report}`);
  if (PROFILE)
    writeFileSync(
      join(PROFILE, 'summary.md'),
      `# CPU profiles of the benchmark's (a0) and (a1) scorecard and all-areas windows\n\n${report}\n`,
    );
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ started, results, extra }, null, 2));
  clearTimeout(watchdog);
  // Anything still holding the event loop (a keep-alive socket) must not keep a CI job waiting.
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
