/**
 * Side-by-side benchmark (issue 5, "A benchmark, side by side in one run"). Not a jest test. Loopback only, bounded
 * in time and requests. Run with `npm run bench` (builds first); docs/BENCHMARKS.md "National scale" has the results
 * and the reading.
 *
 * For each scale (1x, 10x, 100x = the synthetic national dataset at scale 1, 10, 100: 27,000 / 297,000 / 2,970,000
 * figures; see subgraphs/common/src/synthetic/national.ts), on the database hub_bench_<scale>x (loaded once with
 * `npm run national -- --scale <scale>` and detected afterwards; loaded here when missing), it starts:
 *   (a) the hub: six subgraph processes and the Apollo gateway process (as `npm start`; its response cache on, so
 *       repeated reads between publishes are cache hits);
 *   (a0) the same, through a second gateway process with CACHE_ENABLED=false (reads only): the cost of a miss;
 *   (b) the monolith: test/load/monolith.ts, the same six schemas and resolvers in one process;
 *   (c) Hive Gateway (default settings) on the committed supergraph, in front of the same six subgraph processes;
 *   (d) the floor: test/load/floor.ts, the equivalent SQL with pg behind a bare HTTP server;
 * and measures, one configuration after the other, with autocannon:
 *   (1) scorecard: the board scorecard of one area (la-001): plan km-2012-2015, all its pathways, all their headline
 *       measures (the seed's and 25 national ones), the last 8 quarters of figures; --connections clients (20);
 *   (2) all areas: one measure (probation.national-01-proven-reoffending) across all areas and all 60 quarters;
 *       one client;
 *   (3) import: 100,000 figures (20,000 per agency, the five agencies side by side) as CSV through
 *       `<agency>ImportObservations` in batches of 2,500 rows (the gateway's body limit is 256 kB), then
 *       `<agency>PublishObservations`; the floor inserts the same rows with INSERT ... SELECT FROM unnest, no checks.
 *       Figures are in quarters from 2090-91 on and are deleted afterwards (benchmark housekeeping, plain SQL).
 *       The Apollo gateway runs with SUBGRAPH_TIMEOUT_MS=60000 (default 5000): a 2,500-row batch can take longer on a
 *       saturated machine. A failed import is reported and the run goes on.
 * Reported: requests/s, latency p50/p95/p99 (autocannon), peak RSS of every process (VmRSS sampled every second),
 * SQL statements per request (statements counted by the processes that send them during the measured window, divided
 * by the requests: db_statements_total in each subgraph's /metrics for (a) and (c), the monolith's and the floor's
 * own counters for (b) and (d)), machine load averages.
 *
 * Options: --scales 1,10,100   --duration <s> (per measurement, 10)   --warmup <s> (3)   --connections <n> (20)
 *          --quick (scale 1, 3 s, 1 s warm-up, 10,000 figures imported)   --skip-import   --json <file>
 *          --profile (CPU profile of the Apollo gateway process during the read workloads, through
 *          test/load/profiled-gateway.js: top self-time frames printed, the .cpuprofile kept in /tmp)
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { cleanupImport, importBatches } from './import-batches';
import { discoverSubgraphs, issueDevToken, readAuthConfig, NATIONAL_AGENCIES, type NationalAgency } from '@hub/common';
import { GATEWAY_SCRIPT, seedSubgraph, startService, subgraphScript, type ManagedProcess } from '../../tools/src/hub/processes';
import { SUBGRAPHS_DIR } from '../../tools/src/paths';
import { benchDatabaseUrl, loadedDataset, loadNationalInto } from './national';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const QUICK = flag('quick');
const SCALES = opt('scales', QUICK ? '1' : '1,10,100').split(',').map(Number);
const DURATION = Number(opt('duration', QUICK ? '3' : '10'));
const WARMUP = Number(opt('warmup', QUICK ? '1' : '3'));
const CONNECTIONS = Number(opt('connections', '20'));
const IMPORT_ROWS = Number(opt('import-rows', QUICK ? '10000' : '100000'));
const BATCH = 2500;
const SKIP_IMPORT = flag('skip-import');
const PROFILE = flag('profile');
const JSON_OUT = opt('json', '');
const REGISTER = join(__dirname, 'register.js');

const PLAN = 'km-2012-2015';
const AREA = 'la-001';
const FROM = '2023-24 Q1';
const TO = '2024-25 Q4';
const MEASURE = 'probation.national-01-proven-reoffending';

const SCORECARD = `query Scorecard($plan: ID!, $area: ID!, $from: String!, $to: String!) {
  plan(id: $plan) { id title pathways { name pathway { id } headlineMeasures { id name agency unit polarity
    observations(area: $area, from: $from, to: $to) { period { code label } value numerator denominator printed approximate notAvailable suppressed } } } }
}`;
const ALL_AREAS = `query AllAreas($id: ID!) { headlineMeasure(id: $id) { id name
  observations { area { code } period { code label } value numerator denominator printed approximate notAvailable suppressed } } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

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
    const { rows } = await c.query(`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1`, [name]);
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
  load: string;
}

async function once(t: Target, workload: 'scorecard' | 'allAreas'): Promise<{ size: string; errors: string | null; bytes: number }> {
  const r = t.request(workload);
  const res = await fetch(r.url, { method: 'POST', headers: r.headers, body: r.body });
  const text = await res.text();
  const json = JSON.parse(text);
  if (json.errors?.length || !res.ok) return { size: '', errors: JSON.stringify(json.errors ?? res.status).slice(0, 400), bytes: text.length };
  const d = json.data;
  if (workload === 'scorecard') {
    const ms = d.plan.pathways.flatMap((p: any) => p.headlineMeasures).filter(Boolean);
    const obs = ms.reduce((n: number, m: any) => n + m.observations.length, 0);
    return { size: `${d.plan.pathways.length} pathways, ${ms.length} measures, ${obs} figures`, errors: null, bytes: text.length };
  }
  const m = d.headlineMeasure ?? d.measure;
  return { size: `${m.observations.length} figures`, errors: null, bytes: text.length };
}

async function cannon(t: Target, workload: 'scorecard' | 'allAreas', connections: number, dbUrl: string, scale: number): Promise<Measured> {
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
    new Promise<any>((resolve, reject) => {
      const inst = autocannon(
        {
          url: r.url, method: 'POST', headers: r.headers, body: r.body, connections, duration, timeout: 30,
          // a GraphQL error (e.g. a subgraph timing out under saturation) comes back as HTTP 200 with partial data: count it
          requests: [{ method: 'POST', headers: r.headers, body: r.body, onResponse: (_status: number, body: string) => void (record && body.includes('"errors"') && graphqlErrors++) }],
        },
      );
      inst.then(resolve, reject);
      inst.on('response', (_c: unknown, _status: number, _bytes: number, ms: number) => record && times.push(ms));
    });
  if (WARMUP > 0) await run(WARMUP);
  const before = await t.sqlCount();
  const commitsBefore = await committed(dbUrl);
  record = true;
  const res = await run(DURATION);
  record = false;
  await sleep(200); // the last responses' statements
  const after = await t.sqlCount();
  const commitsAfter = await committed(dbUrl);
  const requests = res.requests.total as number;
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
    errors: (res.errors as number) + (res.non2xx as number) + (res.timeouts as number) + graphqlErrors,
    sqlPerRequest: requests ? (after - before) / requests : NaN,
    sqlSingle,
    commitsPerRequest: requests ? (commitsAfter - commitsBefore - 1) / requests : NaN,
    resultSize: check.size,
    load: load(),
  };
}

async function importThroughGraphql(t: Target, batches: Map<NationalAgency, string[]>, tokens: Map<NationalAgency, string>): Promise<number> {
  const post = async (agency: NationalAgency, query: string, variables: object) => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(agency)}` }, body: JSON.stringify({ query, variables }) });
    const json = (await res.json()) as any;
    if (!res.ok || json.errors?.length) throw new Error(`${t.config} import (${agency}): HTTP ${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
    return json.data;
  };
  const t0 = process.hrtime.bigint();
  let rows = 0;
  await Promise.all(
    NATIONAL_AGENCIES.map(async (a) => {
      for (const csv of batches.get(a)!) {
        const d = await post(a, `mutation($csv: String!, $reason: String!) { r: ${a}ImportObservations(csv: $csv, reason: $reason) { ok rows errors { row column message } } }`, { csv, reason: 'benchmark import' });
        if (!d.r.ok) throw new Error(`${t.config} import refused: ${JSON.stringify(d.r.errors.slice(0, 3))}`);
        rows += d.r.rows;
      }
      await post(a, `mutation { p: ${a}PublishObservations { published } }`, {});
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return rows / seconds;
}

async function importFloor(dbUrl: string, batches: Map<NationalAgency, string[]>): Promise<number> {
  const t0 = process.hrtime.bigint();
  let rows = 0;
  await Promise.all(
    NATIONAL_AGENCIES.map(async (a) => {
      const c = new Client({ connectionString: dbUrl });
      await c.connect();
      try {
        for (const csv of batches.get(a)!) {
          const lines = csv.trim().split('\n').slice(1).map((l) => l.split(','));
          const col = (i: number) => lines.map((f) => (f[i] === '' ? null : f[i]));
          // period columns computed in SQL from the code (financial quarter 'YYYY-YY Qn')
          await c.query(
            `INSERT INTO "${a}".observation (measure_id, area_code, period_code, period_kind, period_label, period_start, period_end, value, numerator,
               denominator, printed, approximate, not_available, status, publication, publisher, published, document, location)
             SELECT t.m, t.ar, t.p, 'FINANCIAL_QUARTER', t.p, s.start, (s.start + interval '3 months' - interval '1 day')::date, t.v::numeric, t.n::bigint, t.d::bigint,
               coalesce(t.pr, coalesce(t.v, 'not available')), t.ap::boolean, t.na::boolean, t.st, 'benchmark', 'benchmark', current_date, 'floor', ''
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
               AS t(m, ar, p, v, n, d, pr, ap, na, st)
             CROSS JOIN LATERAL (SELECT make_date(left(t.p, 4)::int, 4, 1) + ((right(t.p, 1)::int - 1) * interval '3 months') AS start) s0
             CROSS JOIN LATERAL (SELECT s0.start::date AS start) s`,
            [col(0), col(1), col(2), col(3), col(4), col(5), col(6), col(7), col(8), col(9)],
          );
          rows += lines.length;
        }
      } finally {
        await c.end();
      }
    }),
  );
  return rows / (Number(process.hrtime.bigint() - t0) / 1e9);
}

function topFrames(dir: string, n = 15): string[] {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return ['(no profile written)'];
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const self = new Map<string, number>();
  const byId = new Map<number, any>(prof.nodes.map((x: any) => [x.id, x]));
  const dt = new Map<number, number>();
  prof.samples.forEach((id: number, i: number) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const [id, us] of dt) {
    const cf = byId.get(id).callFrame;
    const key = `${cf.functionName || '(anonymous)'} ${cf.url.replace(/^.*node_modules\//, '').replace(/^file:\/\//, '')}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
}

async function benchScale(scale: number, results: Measured[], extra: Record<string, unknown>) {
  const dbUrl = benchDatabaseUrl(scale);
  let ds = await loadedDataset(dbUrl);
  if (!ds || Number(ds.scale) !== scale) {
    log(`${new URL(dbUrl).pathname.slice(1)} has no national dataset: loading it at scale ${scale} (once; later runs reuse it)`);
    await loadNationalInto(dbUrl, scale, 1, log);
    ds = await loadedDataset(dbUrl);
  }
  log(`scale ${scale}x: ${ds!.observations} national figures in ${new URL(dbUrl).pathname.slice(1)} (loaded ${ds!.loaded_at}, ${Math.round(ds!.report.rate)} figures/s then)`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: dbUrl, NODE_ENV: 'test', LOG_LEVEL: 'warn' };
  delete env.DB_SCHEMA;
  const subgraphs = discoverSubgraphs(SUBGRAPHS_DIR);
  const procs: ManagedProcess[] = [];
  const profileDir = PROFILE ? mkdtempSync(join(tmpdir(), `bench-gateway-prof-${scale}x-`)) : '';
  try {
    for (const s of subgraphs) await seedSubgraph(s, env); // migrations (incl. 1763900000004); the seed adds nothing new
    const running = await Promise.all(subgraphs.map((s) => startService(s.name, subgraphScript(s), { ...env, PORT: '0' }, { quiet: true, timeoutMs: 120000 })));
    procs.push(...running);
    const subEnv: NodeJS.ProcessEnv = { ...env, PORT: '0' };
    for (const p of running) subEnv[`SUBGRAPH_${p.name.toUpperCase()}_URL`] = p.url;
    // An import batch under a saturated machine can take more than the gateway's default 5 s subgraph timeout
    const gwEnv = { ...subEnv, SUBGRAPH_TIMEOUT_MS: '60000', ...(PROFILE ? { PROFILE_OUT: join(profileDir, 'gateway.cpuprofile') } : {}) };
    const withTs = { ...subEnv, NODE_OPTIONS: `--require ${REGISTER}` };
    const [gateway, uncached, hive, monolith, floor] = await Promise.all([
      startService('gateway', PROFILE ? join(__dirname, 'profiled-gateway.js') : GATEWAY_SCRIPT, gwEnv, { quiet: true }),
      // the same gateway with its response cache off: what a read costs when it is not a cache hit
      startService('gateway-nocache', GATEWAY_SCRIPT, { ...gwEnv, PROFILE_OUT: undefined, CACHE_ENABLED: 'false' }, { quiet: true }),
      startService('hive', join(__dirname, 'hive-server.ts'), withTs, { quiet: true, timeoutMs: 120000 }),
      startService('monolith', join(__dirname, 'monolith.ts'), withTs, { quiet: true, timeoutMs: 120000 }),
      startService('floor', join(__dirname, 'floor.ts'), withTs, { quiet: true, timeoutMs: 60000 }),
    ]);
    procs.push(gateway, uncached, hive, monolith, floor);
    const peak = new Map<string, number>();
    const sampler = setInterval(() => {
      for (const p of procs) peak.set(p.name, Math.max(peak.get(p.name) ?? 0, rssMb(p.child.pid!)));
    }, 1000);
    const auth = readAuthConfig(env);
    const board = await issueDevToken(auth, { subject: 'bench-board', role: 'board' });
    const metricsOf = async (p: ManagedProcess) => {
      const text = await (await fetch(p.url.replace(/\/graphql$/, '/metrics'))).text();
      return Number(text.match(/^db_statements_total(?:\{[^}]*\})? (\d+)/m)?.[1] ?? NaN);
    };
    const subgraphSql = async () => (await Promise.all(running.map(metricsOf))).reduce((a, b) => a + b, 0);
    const counterAt = (url: string) => async () => Number(((await (await fetch(url)).json()) as { count: number }).count);
    const gql = (config: string, url: string, sqlCount: () => Promise<number>): Target => ({
      config,
      url,
      sqlCount,
      request: (w) => ({
        url,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${board}` },
        body: JSON.stringify(w === 'scorecard' ? { query: SCORECARD, variables: { plan: PLAN, area: AREA, from: FROM, to: TO } } : { query: ALL_AREAS, variables: { id: MEASURE } }),
      }),
    });
    const floorBase = floor.url.replace(/\/$/, '');
    const targets: Target[] = [
      gql('(a) hub: Apollo gateway', gateway.url, subgraphSql),
      { ...gql('(a0) hub: Apollo gateway, response cache off', uncached.url, subgraphSql), readsOnly: true },
      gql('(b) monolith', monolith.url, counterAt(monolith.url.replace(/\/graphql$/, '/sql-statements'))),
      gql('(c) Hive Gateway', hive.url, subgraphSql),
      {
        config: '(d) floor: SQL',
        url: floorBase,
        sqlCount: counterAt(`${floorBase}/sql-statements`),
        request: (w) => ({
          url: `${floorBase}/${w === 'scorecard' ? 'scorecard' : 'measure'}`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(w === 'scorecard' ? { plan: PLAN, area: AREA, from: '2023-04-01', to: '2025-03-31' } : { id: MEASURE, agency: 'probation' }),
        }),
      },
    ];
    for (const t of targets) {
      for (const [w, c] of [['scorecard', CONNECTIONS], ['allAreas', 1]] as const) {
        const r = await cannon(t, w, c, dbUrl, scale);
        results.push(r);
        log(`${scale}x ${t.config} ${w}: ${r.rps.toFixed(1)} req/s, p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms, ${r.sqlSingle} SQL alone, ${r.sqlPerRequest.toFixed(2)} SQL/request, errors ${r.errors} (${r.resultSize}; load ${r.load})`);
      }
    }
    if (PROFILE) {
      gateway.child.kill('SIGUSR2');
      await sleep(3000);
    }
    if (!SKIP_IMPORT) {
      const c = new Client({ connectionString: dbUrl });
      await c.connect();
      const las = (await c.query(`SELECT code FROM probation.area WHERE kind = 'LOCAL_AUTHORITY' ORDER BY code`)).rows.map((r) => r.code);
      await c.end();
      const batches = importBatches(las, IMPORT_ROWS, BATCH);
      const tokens = new Map<NationalAgency, string>();
      for (const a of NATIONAL_AGENCIES) tokens.set(a, await issueDevToken(auth, { subject: `bench-${a}`, role: 'agency-editor', agency: a }));
      await cleanupImport(dbUrl);
      for (const t of targets.filter((x) => !x.readsOnly)) {
        let rate = NaN;
        try {
          rate = t.config.startsWith('(d)') ? await importFloor(dbUrl, batches) : await importThroughGraphql(t, batches, tokens);
        } catch (e) {
          log(`${scale}x ${t.config} import FAILED: ${(e as Error).message}`);
          extra[`importError_${scale}x_${t.config}`] = (e as Error).message;
        }
        await sleep(2000); // a batch the client gave up on may still be committing
        await cleanupImport(dbUrl);
        results.push({ scale, config: t.config, workload: 'import', connections: 5, requests: IMPORT_ROWS, rps: rate, p50: NaN, p95: NaN, p99: NaN, errors: 0, sqlPerRequest: NaN, sqlSingle: NaN, resultSize: `${IMPORT_ROWS} figures`, load: load(), commitsPerRequest: NaN });
        log(`${scale}x ${t.config} import: ${Math.round(rate)} figures/s (load ${load()})`);
      }
    }
    clearInterval(sampler);
    extra[`rss_${scale}x`] = Object.fromEntries([...peak].map(([k, v]) => [k, Math.round(v)]));
    log(`${scale}x peak RSS (MB): ${JSON.stringify(extra[`rss_${scale}x`])}`);
  } finally {
    for (const p of procs.reverse()) await p.stop();
  }
  if (PROFILE) {
    await sleep(500);
    const frames = topFrames(profileDir);
    extra[`profile_${scale}x`] = { dir: profileDir, top: frames };
    log(`${scale}x Apollo gateway CPU profile of the read workloads of the four configurations (${profileDir}), top self-time frames:\n  ${frames.join('\n  ')}`);
  }
}

function markdown(results: Measured[], extra: Record<string, any>): string {
  const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d }) : '-');
  const out: string[] = [];
  for (const w of ['scorecard', 'allAreas', 'import']) {
    out.push('', `#### ${w === 'scorecard' ? `(1) Scorecard of one area (${CONNECTIONS} clients)` : w === 'allAreas' ? '(2) One measure, all areas, all 60 quarters (1 client)' : `(3) Import ${IMPORT_ROWS.toLocaleString('en-GB')} figures (figures/s)`}`, '');
    if (w === 'import') {
      out.push('| scale | ' + [...new Set(results.map((r) => r.config))].join(' | ') + ' |', '|---|' + [...new Set(results.map((r) => r.config))].map(() => '---:').join('|') + '|');
      for (const s of SCALES) out.push(`| ${s}x | ` + [...new Set(results.map((r) => r.config))].map((c) => f(results.find((r) => r.scale === s && r.config === c && r.workload === w)?.rps ?? NaN)).join(' | ') + ' |');
      continue;
    }
    out.push('| scale | configuration | req/s | p50 ms | p95 ms | p99 ms | SQL, 1 request alone | SQL/request under load | errors | result | load avg (1/5/15) |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
    // errors: transport errors, non-2xx, timeouts and responses carrying GraphQL errors
    for (const r of results.filter((x) => x.workload === w)) {
      out.push(`| ${r.scale}x | ${r.config} | ${f(r.rps, 1)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.sqlSingle)} | ${f(r.sqlPerRequest, 2)} | ${r.errors} | ${r.resultSize} | ${r.load} |`);
    }
  }
  out.push('', '#### Peak RSS (MB)', '');
  const names = [...new Set(SCALES.flatMap((s) => Object.keys(extra[`rss_${s}x`] ?? {})))];
  out.push('| scale | ' + names.join(' | ') + ' |', '|---|' + names.map(() => '---:').join('|') + '|');
  for (const s of SCALES) out.push(`| ${s}x | ` + names.map((n) => extra[`rss_${s}x`]?.[n] ?? '-').join(' | ') + ' |');
  return out.join('\n');
}

(async () => {
  const started = new Date();
  log(`benchmark: scales ${SCALES.join(', ')}; ${DURATION} s per measurement after ${WARMUP} s warm-up; ${CONNECTIONS} clients for the scorecard; ` +
    `${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}; load ${load()}`);
  const results: Measured[] = [];
  const extra: Record<string, unknown> = { loadBefore: load() };
  for (const s of SCALES) await benchScale(s, results, extra);
  extra.loadAfter = load();
  const md = markdown(results, extra as any);
  console.log(`\nCommand: npm run bench -- ${argv.join(' ')}\nStarted ${started.toISOString()}, finished ${new Date().toISOString()}; load before ${extra.loadBefore}, after ${extra.loadAfter}\n${md}`);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ started, results, extra }, null, 2));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
