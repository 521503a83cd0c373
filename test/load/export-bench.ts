/**
 * Bounded benchmark of the streamed CSV export (GET /export/figures.csv). Not a jest test; loopback only.
 * Run with `npm run bench:export` (builds first), or `npm run bench:export -- --sizes 20000,200000`.
 *
 * Starts the real topology on a fresh database (startTestHub), imports N synthetic figures per size into one
 * probation measure each through the ordinary path (`probationImportObservations` as an agency editor, 2,500 rows
 * per call, then `probationPublishObservations`), then exports each measure as an analyst (the figures of one
 * measure, every page of 1,000) and reports: rows, CSV bytes, time to first byte, total time, figures per second,
 * and the gateway's VmRSS before the export and at its peak (sampled every 25 ms). Checks the export is complete
 * (row count = imported + seeded figures of the measure, from the graph's totalCount); exit code 1 otherwise.
 *
 * Options: --sizes (comma-separated, default 20000,200000), --repeat (exports per size, default 2; the best and
 * all runs are printed), --json <file>, --root <dir> (run another built copy of the repository, e.g. a snapshot of
 * the previous build, to measure before and after in one sitting), --analyze (ANALYZE the figures table after
 * the import, as autovacuum would later), --profile <dir> (CPU profiles of the gateway
 * and the probation subgraph, written when they stop; open them in Chrome DevTools or speedscope).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startTestHub } from '../support/hub';

/** One timed export, as printed (one JSON line each) and written to --json. */
interface ExportResult {
  size: number;
  measure: string;
  run: number;
  rows: number;
  expectedRows: number;
  csvMb: number;
  firstByteMs: number;
  totalMs: number;
  figuresPerSecond: number;
  gatewayRssBeforeMb: number;
  gatewayRssPeakMb: number;
  loadAverage: number;
}

const arg = (flag: string) => {
  const i = process.argv.indexOf(`--${flag}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('sizes') ?? '20000,200000').split(',').map(Number);
const REPEAT = Number(arg('repeat') ?? 2);
const JSON_OUT = arg('json');
/** Another built copy of the repository to run (e.g. a snapshot of the build before a change), as startTestHub's root. */
const ROOT = arg('root');
/**
 * Refresh the planner's statistics (ANALYZE probation.observation) after the import, as autovacuum does on its own
 * some time after a bulk load: without it, the first exports after a large import plan each page as a scan of every
 * remaining figure of the measure.
 */
const ANALYZE = process.argv.includes('--analyze');
/** Write V8 CPU profiles of the gateway and the probation subgraph (node --cpu-prof) into this folder. */
const PROFILE = arg('profile');
if (SIZES.some((n) => !Number.isInteger(n) || n <= 0) || !Number.isInteger(REPEAT) || REPEAT < 1)
  throw new Error('--sizes: positive integers; --repeat: a positive integer');

/** Count measures of probation, one per size (distinct so each export is exactly one size). */
const MEASURES = [
  'probation.adult-proven-reoffending-reoffenders',
  'probation.adult-proven-reoffending-offenders',
  'probation.juvenile-proven-reoffending-reoffenders',
  'probation.juvenile-proven-reoffending-offenders',
];
if (SIZES.length > MEASURES.length) throw new Error(`at most ${MEASURES.length} sizes`);

/** node refuses --cpu-prof in NODE_OPTIONS: a preloaded script records the profile through the inspector instead. */
const profileEnv = (name: string) => ({
  NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.js')}`,
  CPU_PROFILE_DIR: join(PROFILE!, name),
});

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function main() {
  const began = Date.now();
  console.log(
    `export bench${ROOT ? ` (${ROOT})` : ''}${ANALYZE ? ' with ANALYZE after the import' : ''}: sizes ${SIZES.join(', ')}, ${REPEAT} export(s) each; ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const hub = await startTestHub('exportbench', {
    startTimeoutMs: 180000,
    root: ROOT,
    // Publishing 200,000 figures takes longer than the default 5 s subgraph timeout on a loaded machine.
    gatewayEnv: { SUBGRAPH_TIMEOUT_MS: '120000', RATE_LIMIT_ENABLED: 'false', ...(PROFILE ? profileEnv('gateway') : {}) },
    webEnv: { GATEWAY_TIMEOUT_MS: '120000' },
    ...(PROFILE ? { subgraphEnv: { probation: profileEnv('probation') } } : {}),
  });
  const results: ExportResult[] = [];
  try {
    const editor = await hub.token('agency-editor', 'probation');
    const analyst = await hub.token('analyst');
    const base = hub.webUrl; // the export is served by the web process, which pages through the gateway
    const gatewayPid = hub.processes.find((p) => p.name === 'gateway')!.pid;
    const areas = (await hub.query<{ areas: Array<{ code: string }> }>('{ areas { code } }', undefined, analyst)).data!.areas.map(
      (a) => a.code,
    );

    for (const [s, n] of SIZES.entries()) {
      const measure = MEASURES[s];
      // Synthetic snapshot figures: every area in turn, one day per round of areas from 1900-01-01 (no seeded figure is that early).
      const importStarted = Date.now();
      const CHUNK = 2500;
      for (let i = 0; i < n; i += CHUNK) {
        const lines: string[] = ['measure_id,area,period,value'];
        for (let j = i; j < Math.min(n, i + CHUNK); j++) {
          const day = new Date(Date.UTC(1900, 0, 1) + Math.floor(j / areas.length) * 86400000).toISOString().slice(0, 10);
          lines.push(`${measure},${areas[j % areas.length]},${day},${100 + (j % 997)}`);
        }
        const res = await hub.query<{ probationImportObservations: { ok: boolean; rows: number } | null }>(
          `mutation ($csv: String!) { probationImportObservations(csv: $csv, reason: "export bench") { ok rows } }`,
          { csv: lines.join('\n') + '\n' },
          editor,
        );
        if (res.errors || !res.data?.probationImportObservations?.ok)
          throw new Error(`import failed: ${JSON.stringify(res.errors ?? res.data)}`);
      }
      const pub = await hub.query(`mutation { probationPublishObservations(measureIds: ["${measure}"]) { published } }`, undefined, editor);
      if (pub.errors) throw new Error(`publish failed: ${JSON.stringify(pub.errors)}`);
      const importSeconds = (Date.now() - importStarted) / 1000;
      if (ANALYZE) {
        const db = new Client({ connectionString: hub.databaseUrl });
        await db.connect();
        await db.query('ANALYZE probation.observation');
        await db.end();
      }
      const total = (
        await hub.query<{ headlineMeasure: { figures: { totalCount: number } } }>(
          `{ headlineMeasure(id: "${measure}") { figures { totalCount } } }`,
          undefined,
          analyst,
        )
      ).data!.headlineMeasure.figures.totalCount;
      console.log(`${n} figures imported and published into ${measure} in ${importSeconds.toFixed(1)} s; the measure has ${total} figures`);

      for (let r = 0; r < REPEAT; r++) {
        const before = rssMb(gatewayPid);
        let peak = before;
        const sampler = setInterval(() => (peak = Math.max(peak, rssMb(gatewayPid))), 25);
        const started = process.hrtime.bigint();
        const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
        const res = await fetch(`${base}/export/figures.csv?measure=${measure}`, { headers: { authorization: `Bearer ${analyst}` } });
        if (res.status !== 200) throw new Error(`export: HTTP ${res.status} ${await res.text()}`);
        const reader: ReadableStreamDefaultReader<Uint8Array> = res.body!.getReader();
        let bytes = 0;
        let newlines = 0;
        let firstByteMs = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (!firstByteMs) firstByteMs = ms();
          bytes += value.length;
          for (let k = 0; k < value.length; k++) if (value[k] === 10) newlines++;
        }
        const totalMs = ms();
        clearInterval(sampler);
        const rows = newlines - 1; // header; no field of these figures holds a newline
        const result = {
          size: n,
          measure,
          run: r + 1,
          rows,
          expectedRows: total,
          csvMb: +(bytes / 1024 / 1024).toFixed(1),
          firstByteMs: Math.round(firstByteMs),
          totalMs: Math.round(totalMs),
          figuresPerSecond: Math.round(rows / (totalMs / 1000)),
          gatewayRssBeforeMb: Math.round(before),
          gatewayRssPeakMb: Math.round(peak),
          loadAverage: +loadavg()[0].toFixed(1),
        };
        results.push(result);
        console.log(JSON.stringify(result));
        if (rows !== total) throw new Error(`export incomplete: ${rows} rows, the measure has ${total}`);
      }
    }
  } finally {
    await hub.stop();
  }
  console.log('\n| figures | run | time to first byte | total | figures/s | CSV | gateway RSS before -> peak | load avg |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.rows.toLocaleString('en-GB')} | ${r.run} | ${r.firstByteMs} ms | ${(r.totalMs / 1000).toFixed(1)} s | ${r.figuresPerSecond.toLocaleString('en-GB')} | ${r.csvMb} MB | ${r.gatewayRssBeforeMb} -> ${r.gatewayRssPeakMb} MB | ${r.loadAverage} |`,
    );
  }
  console.log(`(whole run ${((Date.now() - began) / 1000).toFixed(0)} s)`);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
