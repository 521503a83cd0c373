/**
 * Import throughput (target: at least 20,000 figures per second with validation), measured at the service
 * layer: the same 100,000 figures as workload (3) of test/load/benchmark.ts (20,000 per agency, CSV batches of 2,500
 * rows, quarters from 2090-91 on, the five agencies side by side), each batch through AgencyWriteService.importCsv
 * (CSV parse, every validation rule, all or nothing, drafts, audit) and then publish, per agency. No HTTP or GraphQL:
 * it isolates the import path itself. Also prints a phase profile (parse + validate in Node alone, one agency).
 *
 *   npm run bench:import -- [--database-url postgres://postgres@127.0.0.1:5432/hub_import_10x] [--rows 100000] [--batch 2500] [--runs 3] [--agencies probation,...]
 *
 * With --list-drafts: instead, imports the first agency's share as drafts and times the agency's review of them
 * (AgencyWriteService.drafts: every draft with the figure it would replace), --runs times, then deletes them.
 *
 * Use a copy of a benchmark database (CREATE DATABASE hub_import_10x TEMPLATE hub_bench_10x): the run writes and
 * then deletes figures in quarters from 2090-91 on (and leaves its audit events); it applies pending migrations.
 */
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { cleanupImport, importBatches } from './import-batches';
import type { DataSource } from 'typeorm';
import {
  agencyDataSource,
  AgencyRepository,
  AgencyWriteService,
  AreaIndex,
  NATIONAL_AGENCIES,
  parseFiguresCsv,
  type NationalAgency,
  type Viewer,
} from '@hub/common/platform';
import { DEFINITIONS } from './national';

function arg(flag: string, dflt: string): string {
  const i = process.argv.findIndex((a) => a === `--${flag}` || a.startsWith(`--${flag}=`));
  if (i < 0) return dflt;
  const a = process.argv[i];
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : process.argv[i + 1];
}
const URL_ = arg('database-url', 'postgres://postgres@127.0.0.1:5432/hub_import_10x');
const ROWS = Number(arg('rows', '100000'));
const BATCH = Number(arg('batch', '2500'));
const RUNS = Number(arg('runs', '3'));
/** --agencies probation: only these agencies' shares (20,000 figures each), e.g. to profile one uncontended. */
const AGENCIES = arg('agencies', NATIONAL_AGENCIES.join(',')).split(',') as NationalAgency[];
const LIST_DRAFTS = process.argv.includes('--list-drafts');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
const secs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

/** CPU seconds (user + system) of a process from /proc (the database server is on this host); null when gone. */
function cpuOf(pid: number): number | null {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * CPU used by this database's server backends during a run (sampled every 100 ms: a backend seen for the first time
 * counts from zero, one that ends keeps its last sample). Wall clock on a shared 2-core machine mostly measures the
 * other engineers' load; CPU per figure does not.
 */
function backendCpu(monitor: Client) {
  const start = new Map<number, number>();
  const last = new Map<number, number>();
  let first = true;
  const sample = async () => {
    const { rows } = await monitor.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    for (const { pid } of rows as Array<{ pid: number }>) {
      const c = cpuOf(pid);
      if (c === null) continue;
      if (!start.has(pid)) start.set(pid, first ? c : 0);
      last.set(pid, c);
    }
    first = false;
  };
  let timer: NodeJS.Timeout | undefined;
  return {
    async begin() {
      await sample();
      timer = setInterval(() => void sample().catch(() => {}), 100);
    },
    async end(): Promise<number> {
      clearInterval(timer);
      await sample();
      let total = 0;
      for (const [pid, c] of last) total += c - (start.get(pid) ?? 0);
      return total;
    },
  };
}

(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: URL_, DB_POOL_SIZE: '2' };
  delete env.DB_SCHEMA;
  const sources: DataSource[] = [];
  const services = new Map<NationalAgency, AgencyWriteService>();
  let las: string[] = [];
  for (const a of NATIONAL_AGENCIES) {
    const { dataSource } = agencyDataSource(DEFINITIONS[a], env);
    await dataSource.initialize();
    sources.push(dataSource);
    await dataSource.runMigrations({ transaction: 'each' }); // the copy gets this branch's migrations
    const repo = new AgencyRepository(dataSource, a, DEFINITIONS[a].manifest.measureType!);
    const areas = await repo.areas();
    las = areas.filter((x) => x.kind === 'LOCAL_AUTHORITY').map((x) => x.code);
    services.set(a, new AgencyWriteService(dataSource, a, repo, new AreaIndex(areas)));
  }
  const data = importBatches(las, ROWS, BATCH);
  const [{ n: observations }] = (await sources[0].query(`SELECT count(*)::int AS n FROM "probation".observation`)) as Array<{ n: number }>;
  console.log(
    `database ${new URL(URL_).pathname.slice(1)}: ${las.length} local authorities, ${observations} probation figures; ${ROWS} figures to import in batches of ${BATCH}`,
  );

  // Node-only phase: parse every batch of one agency (validation needs the database context, measured inside importCsv)
  {
    const t0 = process.hrtime.bigint();
    let n = 0;
    for (const csv of data.get('probation')!) n += parseFiguresCsv(csv).rows.length;
    console.log(`parse only (probation, ${n} rows): ${(secs(t0) * 1000).toFixed(0)} ms`);
  }

  await cleanupImport(URL_);
  if (LIST_DRAFTS) {
    const a = AGENCIES[0];
    const editor: Viewer = { subject: `import-bench-${a}`, role: 'agency-editor', agency: a };
    const s = services.get(a)!;
    for (const csv of data.get(a)!) {
      const r = await s.importCsv(editor, csv, 'drafts listing benchmark');
      if (!r.ok) throw new Error(`import refused: ${JSON.stringify(r.errors.slice(0, 3))}`);
    }
    for (let run = 1; run <= RUNS; run++) {
      const t = process.hrtime.bigint();
      const drafts = await s.drafts(editor);
      console.log(`run ${run}: ${a}'s ${drafts.length} drafts listed in ${(secs(t) * 1000).toFixed(0)} ms (load ${load()})`);
    }
    await cleanupImport(URL_);
    for (const ds of sources) await ds.destroy();
    return;
  }
  const monitor = new Client({ connectionString: URL_ });
  await monitor.connect();
  const rates: number[] = [];
  const cpus: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const times = { import: 0, publish: 0 };
    const pg = backendCpu(monitor);
    await pg.begin();
    const node0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    let rows = 0;
    await Promise.all(
      AGENCIES.map(async (a) => {
        const editor: Viewer = { subject: `import-bench-${a}`, role: 'agency-editor', agency: a };
        const s = services.get(a)!;
        for (const csv of data.get(a)!) {
          const t = process.hrtime.bigint();
          const r = await s.importCsv(editor, csv, 'import benchmark');
          times.import += secs(t);
          if (!r.ok) throw new Error(`import refused: ${JSON.stringify(r.errors.slice(0, 3))}`);
          rows += r.rows;
        }
        const t = process.hrtime.bigint();
        const p = await s.publish(editor, null);
        times.publish += secs(t);
        if (p.published !== data.get(a)!.reduce((n, c) => n + c.trim().split('\n').length - 1, 0))
          throw new Error(`${a}: published ${p.published}`);
      }),
    );
    const wall = secs(t0);
    const nodeCpu = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(node0));
    const pgCpu = await pg.end();
    rates.push(rows / wall);
    cpus.push((1e6 * (nodeCpu + pgCpu)) / rows);
    console.log(
      `run ${run}: ${rows} figures imported + published in ${wall.toFixed(2)} s = ${Math.round(rows / wall)} figures/s ` +
        `(sum over agencies: importCsv ${times.import.toFixed(2)} s, publish ${times.publish.toFixed(2)} s; load ${load()}); ` +
        `CPU: PostgreSQL backends ${pgCpu.toFixed(2)} s + Node ${nodeCpu.toFixed(2)} s = ${Math.round((1e6 * (nodeCpu + pgCpu)) / rows)} µs per figure ` +
        `(= ${Math.round((rows / (nodeCpu + pgCpu)) * 2)} figures/s if both cores were free)`,
    );
    await cleanupImport(URL_);
  }
  const sorted = [...rates].sort((x, y) => x - y);
  const cs = [...cpus].sort((x, y) => x - y);
  console.log(
    `median ${Math.round(sorted[Math.floor(sorted.length / 2)])} figures/s, best ${Math.round(sorted[sorted.length - 1])} over ${RUNS} runs; ` +
      `CPU per figure median ${Math.round(cs[Math.floor(cs.length / 2)])} µs, best ${Math.round(cs[0])} µs`,
  );
  await monitor.end();
  for (const ds of sources) await ds.destroy();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
