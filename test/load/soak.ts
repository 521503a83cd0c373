/**
 * Bounded soak test ("Load"). Loopback only; not a jest test. Run with `npm run soak` (builds first).
 *
 * Starts the real topology on a fresh database (startTestHub: six subgraph processes and the gateway), warms
 * it up, then runs N concurrent clients (default 50) for D seconds (default 60) with autocannon, each client
 * looping over a mix of dashboard reads through the gateway (board token) and agency writes (agency-editor
 * tokens for the five agencies: `<agency>RecordObservation` at a unique (measure, area, period) key, and
 * every cycle one `<agency>PublishObservations`). Afterwards it checks:
 * - no 5xx (and reports non-2xx, connection errors, timeouts and GraphQL errors; none is accepted);
 * - no write lost: every key a client got a success for is a row of `observation_draft` or `observation`
 *   in its agency's schema; no soak row exists whose key no client sent; the only writes without an answer are
 *   the ones in flight when autocannon stopped a run (at most one per client per run);
 * - memory flat: VmRSS of the gateway and each subgraph after a forced idle period at the end is within
 *   +tolerance (default 25%) of its level after warm-up and 5 s idle. With --gc, a full GC is forced (through
 *   each service's inspector on a free loopback port) before both readings, and V8 heap in use is checked too.
 * Exit code 1 when a check fails.
 *
 * Options (flag or environment): --duration / SOAK_DURATION (s, 60), --connections / SOAK_CONNECTIONS (50),
 * --warmup / SOAK_WARMUP (s, 10), --idle / SOAK_IDLE (s, 15), --tolerance / SOAK_MEMORY_TOLERANCE (0.25),
 * --json <file> / SOAK_JSON (write the results as JSON too), --gc / SOAK_GC=1,
 * --node-options / SOAK_NODE_OPTIONS (V8 flags of every service; default: heap limits, see SERVICE_NODE_OPTIONS). A quick dry run: `npm run soak -- --duration 5 --warmup 2 --idle 3`.
 */
import { cpus, loadavg } from 'node:os';
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { Client } from 'pg';
import type { GraphQLResponse } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';

const AGENCIES = ['probation', 'police', 'housing', 'health', 'dwp'] as const;
type Agency = (typeof AGENCIES)[number];
/** What the writes' setupRequest leaves in autocannon's per-client context object for their onResponse. */
interface SoakContext {
  /** The figure recorded: `agency|measure|area|period`. */
  key: string;
  agency: Agency;
}
/** Soak figures are snapshot periods from this date on: no seeded figure is that late, so they are the soak's own. */
const SOAK_EPOCH = Date.UTC(2100, 0, 1);
const SOAK_FROM = '2100-01-01';

function option(flag: string, env: string, fallback: number): number;
function option(flag: string, env: string, fallback: string | undefined): string | undefined;
function option(flag: string, env: string, fallback: number | string | undefined): number | string | undefined {
  const i = process.argv.indexOf(`--${flag}`);
  const raw = i >= 0 ? process.argv[i + 1] : process.env[env];
  if (raw === undefined || raw === '') return fallback;
  if (typeof fallback === 'number') {
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${flag} (${env}) must be a positive number, got "${raw}"`);
    return n;
  }
  return raw;
}

const DURATION = option('duration', 'SOAK_DURATION', 60);
const CONNECTIONS = option('connections', 'SOAK_CONNECTIONS', 50);
const WARMUP = option('warmup', 'SOAK_WARMUP', 10);
const IDLE = option('idle', 'SOAK_IDLE', 15);
const TOLERANCE = option('tolerance', 'SOAK_MEMORY_TOLERANCE', 0.25);
const JSON_OUT = option('json', 'SOAK_JSON', undefined);
/**
 * Diagnosis (--gc / SOAK_GC=1): force a full GC in every service through its inspector before both memory readings
 * (post-warm-up and end), and also compare V8 heap in use. Off by default: the default run measures RSS as is.
 */
const FORCE_GC = process.argv.includes('--gc') || process.env.SOAK_GC === '1';
/**
 * Heap limits of every service during the soak: a young generation of at most 4 MB per semi-space and an old
 * generation of at most 128 MB. Without them V8 grows both while the load lasts and keeps the pages (RSS +30-55% after
 * 60 s, gateway 258 MB, although the heap after a forced GC was flat); with them it must collect before it grows past
 * them (docs/BENCHMARKS.md, "Memory"). docker-compose.yml does not set them: there each container's memory limit
 * (512 MB, the gateway 1 GB) bounds the process, and an analyst's largest answers (all areas of a measure: 4.5 MB of JSON, the gateway
 * at 355-525 MB in the benchmark) need more old generation than 128 MB.
 */
const SERVICE_NODE_OPTIONS = option('node-options', 'SOAK_NODE_OPTIONS', '--max-old-space-size=128 --max-semi-space-size=4');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident set size of a process in kB, from /proc/<pid>/status (VmRSS). */
function rssKb(pid: number): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]);
}
const sampleRss = (hub: TestHub) => Object.fromEntries(hub.processes.map((p) => [p.name, rssKb(p.pid)]));

/** The loopback port the process listens on other than its service port: its inspector (started with --inspect=127.0.0.1:0). */
function inspectorPort(pid: number, servicePort: number): number | undefined {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = readlinkSync(`/proc/${pid}/fd/${fd}`).match(/^socket:\[(\d+)\]$/);
      if (m) inodes.add(m[1]);
    } catch {
      // closed meanwhile
    }
  }
  for (const file of ['tcp', 'tcp6']) {
    for (const line of readFileSync(`/proc/${pid}/net/${file}`, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || f[3] !== '0A' || !inodes.has(f[9])) continue;
      const port = parseInt(f[1].split(':')[1], 16);
      if (port !== servicePort) return port;
    }
  }
  return undefined;
}

/** The part of the WHATWG WebSocket (global in Node with --experimental-websocket) used to talk to the inspector. */
interface InspectorSocket {
  onopen: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: string }) => void) | null;
  send(data: string): void;
  close(): void;
}

/** Forces two full GCs in a service through the inspector protocol, then returns its process.memoryUsage() in kB. */
async function gcAndHeap(pid: number, serviceUrl: string): Promise<{ heapUsed: number; rss: number } | undefined> {
  const port = inspectorPort(pid, Number(new URL(serviceUrl).port));
  if (!port) return undefined;
  const [target] = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ webSocketDebuggerUrl: string }>;
  const WS = (globalThis as { WebSocket?: new (url: string) => InspectorSocket }).WebSocket;
  if (!WS)
    throw new Error('forcing GC needs a global WebSocket: run node with --experimental-websocket (npm run soak does), or leave out --gc');
  const ws = new WS(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ((ws.onopen = resolve), (ws.onerror = reject)));
  let id = 0;
  const pending = new Map<number, (v: unknown) => void>();
  ws.onmessage = (ev: { data: string }) => {
    const msg = JSON.parse(ev.data) as { id: number; result?: unknown };
    pending.get(msg.id)?.(msg.result);
  };
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      pending.set(++id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const r = (await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })) as {
      result: { value: string };
    };
    const m = JSON.parse(r.result.value) as NodeJS.MemoryUsage;
    return { heapUsed: Math.round(m.heapUsed / 1024), rss: Math.round(m.rss / 1024) };
  } finally {
    ws.close();
  }
}

async function heapsAfterGc(
  hub: TestHub,
  urls: Map<string, string>,
): Promise<Record<string, { heapUsed: number; rss: number }> | undefined> {
  if (!FORCE_GC) return undefined;
  const out: Record<string, { heapUsed: number; rss: number }> = {};
  for (const p of hub.processes) {
    const heap = await gcAndHeap(p.pid, urls.get(p.name)!);
    if (heap) out[p.name] = heap;
  }
  return out;
}

const snapshotCode = (n: number) => new Date(SOAK_EPOCH + n * 86_400_000).toISOString().slice(0, 10);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** What the clients were told, across warm-up and soak. */
const tally = {
  /** `agency|measure|area|period` of every RecordObservation that returned data and no error. */
  writesOk: new Set<string>(),
  /** Keys whose write got an error or a non-2xx answer (they may or may not exist). */
  writesFailed: new Set<string>(),
  /** Keys of every RecordObservation sent (a request still in flight when a run stops gets no answer). */
  writesSent: new Set<string>(),
  publishes: 0,
  published: 0,
  graphqlErrors: 0,
  /** Responses that carried at least one GraphQL error. */
  responsesWithErrors: 0,
  /** `kind code service` -> number of errors. */
  errorsBy: {} as Record<string, number>,
  errorSamples: [] as string[],
  byKind: {} as Record<string, number>,
};

/** A soak answer: the mutation's field (`<agency>RecordObservation`, `<agency>PublishObservations`) by name. */
type SoakResponse = GraphQLResponse<Record<string, { published?: number } | null>>;

function countGraphqlErrors(kind: string, status: number, body: string): SoakResponse | undefined {
  tally.byKind[kind] = (tally.byKind[kind] ?? 0) + 1;
  let parsed: SoakResponse;
  try {
    parsed = JSON.parse(body) as SoakResponse;
  } catch {
    tally.graphqlErrors++;
    if (tally.errorSamples.length < 10) tally.errorSamples.push(`${kind} HTTP ${status}: unparseable body ${body.slice(0, 200)}`);
    return undefined;
  }
  if (parsed.errors?.length) {
    tally.graphqlErrors += parsed.errors.length;
    tally.responsesWithErrors++;
    for (const e of parsed.errors) {
      const key = `${kind} ${e.extensions?.code ?? 'no code'}${e.extensions?.serviceName ? ` ${e.extensions.serviceName}` : ''}`;
      tally.errorsBy[key] = (tally.errorsBy[key] ?? 0) + 1;
    }
    if (tally.errorSamples.length < 3) tally.errorSamples.push(`${kind} HTTP ${status}: ${JSON.stringify(parsed.errors[0]).slice(0, 300)}`);
  }
  return parsed;
}

async function main() {
  const started = new Date();
  const loadBefore = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  console.log(
    `soak: ${CONNECTIONS} clients, ${DURATION} s (warm-up ${WARMUP} s, idle ${IDLE} s, memory tolerance +${Math.round(TOLERANCE * 100)}%)`,
  );
  // Each service gets an inspector on a free loopback port, only so that the script can force a GC to diagnose memory.
  const ownNodeOptions = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${SERVICE_NODE_OPTIONS ?? ''}${FORCE_GC ? ' --inspect=127.0.0.1:0' : ''}`.trim();
  console.log(`services' NODE_OPTIONS: ${process.env.NODE_OPTIONS || '(none)'}`);
  // Fifty clients share a few tokens: the per-user limits would refuse most of them.
  const hub = await startTestHub('soak', { gatewayEnv: { RATE_LIMIT_ENABLED: 'false' } });
  if (ownNodeOptions === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = ownNodeOptions;
  let failed = false;
  try {
    const url = new URL(hub.gatewayUrl);
    const board = hub.boardToken;
    const editors = Object.fromEntries(
      await Promise.all(AGENCIES.map(async (a) => [a, await hub.token('agency-editor', a)] as const)),
    ) as Record<Agency, string>;

    // What to read and where to write: one COUNT measure per agency (as the role matrix does), a pathway of the plan.
    const list = await hub.query<{
      agencies: Array<{ key: string; measures: Array<{ id: string; unit: string }> }>;
      plan: { pathways: Array<{ pathway: { id: string } }> };
    }>(`{ agencies { key measures { id unit } } plan(id: "km-2012-2015") { pathways { pathway { id } } } }`);
    if (list.errors) throw new Error(`setup query failed: ${JSON.stringify(list.errors)}`);
    const measure = {} as Record<Agency, string>;
    for (const a of list.data!.agencies)
      if ((AGENCIES as readonly string[]).includes(a.key)) measure[a.key as Agency] = a.measures.find((m) => m.unit === 'COUNT')!.id;
    const pathwayIds: string[] = list.data!.plan.pathways.map((p) => p.pathway.id);

    const PLAN_QUERY = `query Dashboard {
  plan(id: "km-2012-2015") {
    title
    pathways(priorityOnly: true) {
      name
      headlineMeasures {
        name agency unit
        latest { period { label } printed area { name } }
        observations(area: "kent", from: "2011-12", to: "2012-13") { period { code } printed value approximate }
      }
    }
  }
}`;
    const PATHWAY_QUERY = `query Pathway($id: ID!) { pathway(id: $id) { name headlineMeasures(plan: "km-2012-2015") { id name agency latest { printed period { code } } } } }`;
    const AGENCY_QUERY = `query AgencyMeasures($agency: ID!) { headlineMeasures(agency: $agency) { id name unit latest { printed value period { code } area { code } } } }`;
    const RECORD = (a: Agency) =>
      `mutation Record($input: ObservationInput!) { ${a}RecordObservation(input: $input) { measureId period { code } } }`;
    const PUBLISH = (a: Agency) => `mutation Publish($ids: [ID!]) { ${a}PublishObservations(measureIds: $ids) { published } }`;

    // Check the argument types before loading (a typo would otherwise show up as 60 s of errors).
    const probe = await hub.query(AGENCY_QUERY, { agency: 'police' });
    if (probe.errors) throw new Error(`headlineMeasures(agency:) query failed: ${JSON.stringify(probe.errors)}`);

    let readTurn = 0;
    let writeTurn = 0;
    let publishTurn = 0;
    const next = { probation: 0, police: 0, housing: 0, health: 0, dwp: 0 } as Record<Agency, number>;
    const headers = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
    const gql = (query: string, variables: Record<string, unknown>, token: string) => ({
      method: 'POST',
      path: url.pathname,
      headers: headers(token),
      body: JSON.stringify({ query, variables }),
    });

    const read = (kind: 'plan' | 'pathway' | 'agency') => ({
      setupRequest: () => {
        const turn = readTurn++;
        if (kind === 'plan') return gql(PLAN_QUERY, {}, board);
        if (kind === 'pathway') return gql(PATHWAY_QUERY, { id: pathwayIds[turn % pathwayIds.length] }, board);
        return gql(AGENCY_QUERY, { agency: AGENCIES[turn % AGENCIES.length] }, board);
      },
      onResponse: (status: number, body: string) => {
        countGraphqlErrors(`read:${kind}`, status, body);
      },
    });
    const write = {
      setupRequest: (_req: unknown, context: SoakContext) => {
        const a = AGENCIES[writeTurn++ % AGENCIES.length];
        const n = next[a]++;
        const period = snapshotCode(n);
        const area = n % 2 === 0 ? 'kent' : 'medway';
        context.key = `${a}|${measure[a]}|${area}|${period}`;
        context.agency = a;
        tally.writesSent.add(context.key);
        return gql(RECORD(a), { input: { measureId: measure[a], area, period, value: 1000 + (n % 500), reason: 'soak test' } }, editors[a]);
      },
      onResponse: (status: number, body: string, context: SoakContext) => {
        const res = countGraphqlErrors('write:record', status, body);
        const ok = status >= 200 && status < 300 && !res?.errors?.length && res?.data?.[`${context.agency}RecordObservation`];
        (ok ? tally.writesOk : tally.writesFailed).add(context.key);
      },
    };
    const publish = {
      setupRequest: (_req: unknown, context: SoakContext) => {
        const a = AGENCIES[publishTurn++ % AGENCIES.length];
        context.agency = a;
        return gql(PUBLISH(a), { ids: [measure[a]] }, editors[a]);
      },
      onResponse: (status: number, body: string, context: SoakContext) => {
        const res = countGraphqlErrors('write:publish', status, body);
        const n = res?.data?.[`${context.agency}PublishObservations`]?.published;
        if (typeof n === 'number') {
          tally.publishes++;
          tally.published += n;
        }
      },
    };
    // One client's cycle: 6 dashboard reads, 3 recorded figures, 1 publication.
    const requests = [
      read('plan'),
      write,
      read('pathway'),
      read('agency'),
      write,
      read('plan'),
      read('pathway'),
      write,
      read('agency'),
      publish,
    ];

    const run = async (seconds: number, latencies?: number[]) => {
      const instance = autocannon<SoakContext>({
        url: url.origin + url.pathname,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 30,
        requests,
      });
      if (latencies) instance.on('response', (_c, _s, _b, ms) => latencies.push(ms));
      return instance;
    };

    // Warm-up: the same mix, so that JIT, pools and caches are at their working level before the baseline.
    console.log(`warm-up: ${WARMUP} s`);
    await run(WARMUP);
    const serviceUrls = new Map([...hub.subgraphUrls, ['gateway', hub.gatewayUrl]]);
    const heapBefore = await heapsAfterGc(hub, serviceUrls);
    await sleep(Math.min(5, IDLE) * 1000);
    const baseline = sampleRss(hub);
    const samples: Array<{ at: string; rss: Record<string, number> }> = [
      { at: FORCE_GC ? 'warm-up + GC' : 'after warm-up', rss: baseline },
    ];
    const writesBefore = tally.writesOk.size;
    const errorsBefore = tally.graphqlErrors;

    console.log(`soak: ${DURATION} s with ${CONNECTIONS} clients`);
    const latencies: number[] = [];
    const t0 = Date.now();
    const sampler = setInterval(
      () => samples.push({ at: `t+${Math.round((Date.now() - t0) / 1000)} s`, rss: sampleRss(hub) }),
      Math.max(1000, (DURATION * 1000) / 6),
    );
    const result = await await run(DURATION, latencies);
    clearInterval(sampler);
    samples.push({ at: 'end of load', rss: sampleRss(hub) });
    console.log(`idle: ${IDLE} s`);
    await sleep(IDLE * 1000);
    const heapAfter = await heapsAfterGc(hub, serviceUrls);
    const end = sampleRss(hub);
    samples.push({ at: `${IDLE} s idle${FORCE_GC ? ' + GC' : ''}`, rss: end });

    // Count every soak figure in the agencies' databases.
    const db = new Client({ connectionString: hub.databaseUrl });
    await db.connect();
    const rows = new Map<string, number>();
    let drafts = 0;
    let observations = 0;
    try {
      for (const a of AGENCIES) {
        for (const table of ['observation_draft', 'observation']) {
          const r = await db.query<{ measure_id: string; area_code: string; period_code: string }>(
            `SELECT measure_id, area_code, period_code FROM "${a}".${table} WHERE period_kind = 'SNAPSHOT' AND period_start >= $1`,
            [SOAK_FROM],
          );
          if (table === 'observation') observations += r.rowCount ?? 0;
          else drafts += r.rowCount ?? 0;
          for (const row of r.rows) {
            const key = `${a}|${row.measure_id}|${row.area_code}|${row.period_code}`;
            rows.set(key, (rows.get(key) ?? 0) + 1);
          }
        }
      }
    } finally {
      await db.end();
    }
    const lost = [...tally.writesOk].filter((k) => !rows.has(k));
    const duplicated = [...rows].filter(([, n]) => n > 1).map(([k]) => k);
    const unacknowledged = [...rows.keys()].filter((k) => !tally.writesOk.has(k));
    // A write in flight when autocannon stops a run (end of warm-up, end of soak) is answered to nobody: it
    // may or may not be in the database. A row whose key was never sent would be a phantom write.
    const unanswered = [...tally.writesSent].filter((k) => !tally.writesOk.has(k) && !tally.writesFailed.has(k));
    const phantom = [...rows.keys()].filter((k) => !tally.writesSent.has(k));

    latencies.sort((x, y) => x - y);
    const s5xx = result['5xx'];
    const checks = {
      'no 5xx': s5xx === 0,
      'no non-2xx': result.non2xx === 0,
      'no connection errors or timeouts': result.errors === 0 && result.timeouts === 0,
      'no GraphQL errors during the soak (warm-up errors are reported, not checked)': tally.graphqlErrors - errorsBefore === 0,
      'no write lost': lost.length === 0 && duplicated.length === 0,
      'no row that no client sent': phantom.length === 0,
      [`unanswered writes only those in flight at a stop (<= 2 x ${CONNECTIONS})`]: unanswered.length <= 2 * CONNECTIONS,
      [`memory flat (end within +${Math.round(TOLERANCE * 100)}% of post-warm-up RSS)`]: Object.keys(baseline).every(
        (n) => end[n] <= baseline[n] * (1 + TOLERANCE),
      ),
    };
    if (heapBefore && heapAfter) {
      (checks as Record<string, boolean>)[
        `no leak (V8 heap in use after a forced GC within +${Math.round(TOLERANCE * 100)}% of its post-warm-up level)`
      ] = Object.keys(heapBefore).every((n) => heapAfter[n] && heapAfter[n].heapUsed <= heapBefore[n].heapUsed * (1 + TOLERANCE));
    }
    failed = Object.values(checks).some((ok) => !ok);

    const mb = (kb: number) => (kb / 1024).toFixed(1);
    const report = {
      date: started.toISOString(),
      node: process.version,
      cpus: cpus().length,
      loadAverage: {
        before: loadBefore,
        after: loadavg()
          .map((x) => x.toFixed(2))
          .join(' '),
      },
      connections: CONNECTIONS,
      durationS: DURATION,
      warmupS: WARMUP,
      idleS: IDLE,
      requests: result.requests.total,
      requestsPerSecond: +(result.requests.total / result.duration).toFixed(1),
      latencyMs: {
        p50: +percentile(latencies, 50).toFixed(1),
        p95: +percentile(latencies, 95).toFixed(1),
        p99: +percentile(latencies, 99).toFixed(1),
        max: +latencies[latencies.length - 1].toFixed(1),
        mean: +result.latency.mean.toFixed(1),
      },
      byKind: tally.byKind,
      statusCodes: result.statusCodeStats,
      non2xx: result.non2xx,
      s5xx,
      connectionErrors: result.errors,
      timeouts: result.timeouts,
      graphqlErrors: {
        soak: tally.graphqlErrors - errorsBefore,
        total: tally.graphqlErrors,
        responses: tally.responsesWithErrors,
        by: tally.errorsBy,
        samples: tally.errorSamples,
      },
      writes: {
        acknowledgedDuringSoak: tally.writesOk.size - writesBefore,
        acknowledgedTotal: tally.writesOk.size,
        failed: tally.writesFailed.size,
        rows: rows.size,
        drafts,
        observations,
        lost: lost.length,
        duplicated: duplicated.length,
        sent: tally.writesSent.size,
        unansweredInFlightAtStop: unanswered.length,
        unansweredThatCommitted: unacknowledged.length,
        phantomRows: phantom.length,
        publishes: tally.publishes,
        publishedFigures: tally.published,
      },
      memoryKb: samples,
      memoryGrowth: Object.fromEntries(Object.keys(baseline).map((n) => [n, +((end[n] / baseline[n] - 1) * 100).toFixed(1)])),
      heapUsedAfterGcKb: heapBefore && heapAfter ? { afterWarmup: heapBefore, afterSoak: heapAfter } : undefined,
      checks,
    };

    console.log('\n== soak results ==');
    console.log(
      `date ${report.date}, Node ${report.node}, ${report.cpus} CPUs, ${CONNECTIONS} clients for ${DURATION} s (after ${WARMUP} s warm-up); load average before ${report.loadAverage.before}, after ${report.loadAverage.after}`,
    );
    console.log(`requests ${report.requests} (${report.requestsPerSecond}/s); by kind, warm-up included: ${JSON.stringify(tally.byKind)}`);
    console.log(
      `latency ms: p50 ${report.latencyMs.p50}, p95 ${report.latencyMs.p95}, p99 ${report.latencyMs.p99}, max ${report.latencyMs.max}, mean ${report.latencyMs.mean}`,
    );
    console.log(
      `status codes ${JSON.stringify(result.statusCodeStats)}; non-2xx ${result.non2xx}; 5xx ${s5xx}; connection errors ${result.errors}; timeouts ${result.timeouts}`,
    );
    console.log(
      `GraphQL errors: ${report.graphqlErrors.soak} during the soak, ${report.graphqlErrors.total} in all (warm-up included), in ${tally.responsesWithErrors} responses`,
    );
    for (const [k, n] of Object.entries(tally.errorsBy)) console.log(`  ${n} x ${k}`);
    for (const s of tally.errorSamples) console.log(`  e.g. ${s}`);
    const w = report.writes;
    console.log(
      `writes: ${w.acknowledgedTotal} acknowledged (${w.acknowledgedDuringSoak} during the soak), ${w.failed} failed; rows ${w.rows} (${w.drafts} drafts + ${w.observations} published); ` +
        `lost ${w.lost}, duplicated ${w.duplicated}, phantom ${w.phantomRows}; ${w.unansweredInFlightAtStop} sent but unanswered (in flight when a run stopped), of which ${w.unansweredThatCommitted} committed; ` +
        `${w.publishes} publications of ${w.publishedFigures} figures`,
    );
    if (lost.length) console.log(`  lost, e.g. ${lost.slice(0, 5).join(', ')}`);
    if (phantom.length) console.log(`  phantom, e.g. ${phantom.slice(0, 5).join(', ')}`);
    console.log('RSS MB:');
    const names = Object.keys(baseline);
    console.log(`  ${'sample'.padEnd(18)}${names.map((n) => n.padStart(10)).join('')}`);
    for (const s of samples) console.log(`  ${s.at.padEnd(18)}${names.map((n) => mb(s.rss[n]).padStart(10)).join('')}`);
    console.log(`  ${'growth %'.padEnd(18)}${names.map((n) => String(report.memoryGrowth[n]).padStart(10)).join('')}`);
    if (heapBefore && heapAfter) {
      console.log('  V8 heap in use after a forced full GC (MB):');
      console.log(`  ${'  after warm-up'.padEnd(18)}${names.map((n) => mb(heapBefore[n]?.heapUsed ?? NaN).padStart(10)).join('')}`);
      console.log(`  ${'  after soak'.padEnd(18)}${names.map((n) => mb(heapAfter[n]?.heapUsed ?? NaN).padStart(10)).join('')}`);
    }
    console.log('checks:');
    for (const [name, ok] of Object.entries(checks)) console.log(`  ${ok ? 'PASS' : 'FAIL'} ${name}`);
    if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
  } finally {
    await hub.stop();
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
