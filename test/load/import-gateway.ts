/**
 * The import through the gateway alone, repeated: workload (3) of test/load/benchmark.ts (`--rows` figures, the five
 * agencies side by side, CSV batches of `--batch` rows through `<agency>ImportObservations`, then
 * `<agency>PublishObservations`) run `--runs` times against one hub (the six subgraphs and an Apollo gateway, as the
 * benchmark starts them) on a database the run may write to. The benchmark's quick run imports once, about a second
 * at 1x, which is one sample of whatever else the machine was doing; this prints, for every run, the wall clock, each
 * request's time, the CPU each process used (gateway, each subgraph, the database's backends) per figure, which the
 * other sessions' load does not change, and the SQL statements each subgraph sent. The first run includes the
 * import path's warm-up; the summary is over runs 2 to n.
 *
 *   npm run bench:import-gateway -- --database-url <url> [--rows 10000] [--runs 8] [--batch 2500] [--roles] [--floor]
 *     [--log] [--profile <dir>]
 *
 * --roles: each subgraph connects as its own role hub_<subgraph>, as the launcher and the test hub run it (with the
 * test hub's passwords). --floor: after each run, the benchmark's floor on the same rows. --log: each request's line
 * from the gateway's and the subgraphs' logs. --profile: V8 CPU profiles of the subgraphs over runs 2 to n, and their
 * top self-time functions.
 * Use a copy of a benchmark database (CREATE DATABASE hub_import_1x TEMPLATE hub_bench_1x): every run writes and
 * then deletes figures in quarters from 2090-91 on, and the subgraphs apply their pending migrations.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { cleanupImport, importBatches, importFloor } from './import-batches';
import { discoverSubgraphs, readAuthConfig, NATIONAL_AGENCIES } from '@hub/common/platform';
import { GATEWAY_SCRIPT, seedSubgraph, startService, subgraphScript, type ManagedProcess } from '../../tools/src/hub/processes';
import { SUBGRAPHS_DIR } from '../../tools/src/paths';
import { provisionSubgraphRoles } from '../../tools/src/hub/roles';
import { startSigningKeys } from './signing-keys';
import { toggleProfile, topFrames } from './cpu-profiles';

function arg(flag: string, dflt: string): string {
  const i = process.argv.indexOf(`--${flag}`);
  return i < 0 ? dflt : process.argv[i + 1];
}
const URL_ = arg('database-url', 'postgres://postgres@127.0.0.1:5432/hub_import_1x');
const ROWS = Number(arg('rows', '10000'));
const RUNS = Number(arg('runs', '8'));
const BATCH = Number(arg('batch', '2500'));
const ROLES = process.argv.includes('--roles');
const FLOOR = process.argv.includes('--floor');
const LOG = process.argv.includes('--log');
const PROFILE = arg('profile', '');

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
/** CPU seconds (user + system) of a process on this host, from /proc; 0 when it is gone. */
const cpuOf = (pid: number): number => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) / 100;
  } catch {
    return 0;
  }
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const keys = await startSigningKeys();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: URL_,
    // As deployed (docker-compose.yml), with tokens from this run's own keys (signing-keys.ts), as the benchmark runs it.
    NODE_ENV: 'production',
    JWT_JWKS_URL: keys.jwksUrl,
    LOG_LEVEL: LOG ? 'info' : 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    GATEWAY_SECRET: randomBytes(24).toString('hex'),
  };
  delete env.DB_SCHEMA;
  delete env.NODE_OPTIONS;
  const procs: ManagedProcess[] = [];
  try {
    const subgraphs = discoverSubgraphs(SUBGRAPHS_DIR);
    const roleUrls = ROLES
      ? await provisionSubgraphRoles(URL_, subgraphs, { get: (role) => `test-password-${role}` })
      : new Map<string, string>();
    const profiling = PROFILE
      ? { NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.js')}`, CPU_PROFILE_DIR: PROFILE, CPU_PROFILE_SIGNAL: '1' }
      : {};
    const envOf = (name: string): NodeJS.ProcessEnv => ({ ...env, ...(roleUrls.has(name) ? { DATABASE_URL: roleUrls.get(name) } : {}) });
    await Promise.all(subgraphs.map((s) => seedSubgraph(s, envOf(s.name))));
    const running = await Promise.all(
      subgraphs.map((s) =>
        startService(
          s.name,
          subgraphScript(s),
          { ...envOf(s.name), ...profiling, CPU_PROFILE_NAME: s.name },
          { quiet: true, timeoutMs: 300_000 },
        ),
      ),
    );
    procs.push(...running);
    const gwEnv: NodeJS.ProcessEnv = { ...env, SUBGRAPH_TIMEOUT_MS: '60000', RATE_LIMIT_ENABLED: 'false' };
    for (const p of running) gwEnv[`SUBGRAPH_${p.name.toUpperCase()}_URL`] = p.url;
    const gateway = await startService('gateway', GATEWAY_SCRIPT, gwEnv, { quiet: true, timeoutMs: 300_000 });
    procs.push(gateway);

    const auth = readAuthConfig(env);
    const tokens = new Map<string, string>();
    for (const a of NATIONAL_AGENCIES) tokens.set(a, await keys.sign(auth, { subject: `import-${a}`, role: 'agency-editor', agency: a }));
    const c = new Client({ connectionString: URL_ });
    await c.connect();
    const las = (await c.query<{ code: string }>(`SELECT code FROM probation.area WHERE kind = 'LOCAL_AUTHORITY' ORDER BY code`)).rows.map(
      (r) => r.code,
    );
    const batches = importBatches(las, ROWS, BATCH);
    const statements = async () =>
      Object.fromEntries(
        await Promise.all(
          running.map(async (p) => {
            const text = await (await fetch(p.url.replace(/\/graphql$/, '/metrics'))).text();
            return [p.name, Number(text.match(/^db_statements_total(?:\{[^}]*\})? (\d+)/m)?.[1] ?? NaN)] as const;
          }),
        ),
      );
    const backends = async () =>
      (
        await c.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)
      ).rows.map((r) => r.pid);
    const post = async (agency: string, query: string, variables: object): Promise<number> => {
      const t = process.hrtime.bigint();
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(agency)}` },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await res.json()) as { data?: Record<string, { ok?: boolean; errors?: unknown[] }>; errors?: unknown[] };
      if (!res.ok || json.errors?.length) throw new Error(`${agency}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
      if (json.data?.r?.ok === false) throw new Error(`${agency} import refused: ${JSON.stringify(json.data.r.errors).slice(0, 300)}`);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };

    console.log(
      `${new URL(URL_).pathname.slice(1)}: ${ROWS} figures a run in batches of ${BATCH}${ROLES ? ', subgraphs as their roles' : ''}`,
    );
    await cleanupImport(URL_);
    const rates: number[] = [];
    const cpus: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      if (PROFILE && run === 2) await Promise.all(running.map((p) => toggleProfile(p, false)));
      const pg0 = new Map((await backends()).map((p) => [p, cpuOf(p)]));
      const cpu0 = new Map(procs.map((p) => [p.name, cpuOf(p.child.pid!)]));
      const sql0 = await statements();
      const out0 = new Map(procs.map((p) => [p.name, p.output().length]));
      const load0 = load();
      const t0 = process.hrtime.bigint();
      const times: string[] = [];
      await Promise.all(
        NATIONAL_AGENCIES.map(async (a) => {
          for (const csv of batches.get(a)!) {
            const ms = await post(
              a,
              `mutation($csv: String!, $reason: String!) { r: ${a}ImportObservations(csv: $csv, reason: $reason) { ok rows errors { row column message } } }`,
              { csv, reason: 'import through the gateway' },
            );
            times.push(`${a} import ${ms.toFixed(0)}`);
          }
          times.push(`${a} publish ${(await post(a, `mutation { p: ${a}PublishObservations { published } }`, {})).toFixed(0)}`);
        }),
      );
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      let pgCpu = 0;
      for (const p of await backends()) pgCpu += cpuOf(p) - (pg0.get(p) ?? 0);
      const used = procs.map((p) => [p.name, cpuOf(p.child.pid!) - cpu0.get(p.name)!] as const);
      const total = used.reduce((n, [, s]) => n + s, pgCpu);
      const sql1 = await statements();
      if (run > 1) {
        rates.push(ROWS / wall);
        cpus.push((1e6 * total) / ROWS);
      }
      console.log(
        `run ${run}: ${ROWS} figures in ${wall.toFixed(2)} s = ${Math.round(ROWS / wall)} figures/s (load ${load0} -> ${load()})\n` +
          `  requests (ms): ${times.join(', ')}\n` +
          `  CPU s: ${used.map(([n, s]) => `${n} ${s.toFixed(2)}`).join(', ')}, PostgreSQL backends ${pgCpu.toFixed(2)}; ` +
          `${Math.round((1e6 * total) / ROWS)} µs per figure\n` +
          `  SQL statements: ${running.map((p) => `${p.name} ${sql1[p.name] - sql0[p.name]}`).join(', ')}`,
      );
      if (LOG)
        for (const p of procs)
          for (const line of p.output().slice(out0.get(p.name)).split('\n'))
            if (line.includes('durationMs')) console.log(`  [${p.name}] ${line.slice(0, 300)}`);
      await cleanupImport(URL_);
      if (FLOOR) {
        console.log(`  floor: ${Math.round(await importFloor(URL_, batches))} figures/s`);
        await cleanupImport(URL_);
      }
    }
    if (PROFILE) {
      const files = await Promise.all(running.map((p) => toggleProfile(p, true)));
      for (const [i, p] of running.entries()) {
        const file = files[i];
        if (!file) continue;
        const { busyMs, wallMs, top } = topFrames(file, 12);
        console.log(`profile ${p.name}: busy ${Math.round(busyMs)} ms of ${Math.round(wallMs)} ms, top self time (${file}):`);
        for (const line of top) console.log(`  ${line}`);
      }
    }
    console.log(
      `runs 2-${RUNS}: median ${Math.round(median(rates))} figures/s, median CPU ${Math.round(median(cpus))} µs per figure (load ${load()})`,
    );
    await c.end();
  } finally {
    for (const p of procs.reverse()) await p.stop();
    await keys.stop();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
