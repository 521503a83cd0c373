/**
 * Faults, with real processes: a subgraph killed, hung (SIGSTOP) and restarted; SIGTERM while a request is in
 * flight; SIGKILL in the middle of a CSV import. Loopback only; every wait is bounded.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { GATEWAY_SECRET_HEADER, readAuthConfig } from '@hub/common/platform';
import { startTestHub, type TestHub } from '../support/hub';
import type { GraphQLResponse } from '../support/graphql';

const TIMEOUT_MS = 2000;
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('faults', { gatewayEnv: { SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), CACHE_ENABLED: 'false' } });
}, 300_000);
afterAll(() => hub?.stop(), 60000);

const PLAN = `query Board { plan(id: "km-2012-2015") { pathways { name headlineMeasures { id name agency latest { printed } } } } }`;

type Measure = { id: string; name: string; agency: string; latest: { printed: string } | null } | null;
/** What PLAN selects; an agency that cannot answer leaves null items (and, in the worst case, nulls above them). */
type PlanData = { plan: { pathways: Array<{ headlineMeasures: Measure[] | null } | null> | null } | null };
type PlanAnswer = GraphQLResponse<PlanData | null>;
const measuresOf = (data: PlanData | null | undefined): Measure[] => (data?.plan?.pathways ?? []).flatMap((p) => p?.headlineMeasures ?? []);
const agencies = (ms: Measure[]) => [...new Set(ms.filter(Boolean).map((m) => m!.agency))].sort();

describe('a subgraph that is down, hung, then back', () => {
  let healthy: PlanAnswer;
  beforeAll(async () => {
    healthy = await hub.query<PlanData>(PLAN);
  });

  test('baseline: every agency of the plan answers', () => {
    expect(healthy.errors).toBeUndefined();
    expect(agencies(measuresOf(healthy.data))).toEqual(expect.arrayContaining(['dwp', 'health', 'housing', 'probation']));
  });

  const housingIds = () =>
    measuresOf(healthy.data)
      .filter((m) => m?.agency === 'housing')
      .map((m) => m!.id);

  const expectHousingMissing = (res: PlanAnswer, detail: string) => {
    // Lists of measures have nullable items: a measure whose agency cannot answer is a null item, and every
    // other agency's measures come back with their figures in the same response.
    const measures = measuresOf(res.data);
    expect(measures).toHaveLength(measuresOf(healthy.data).length);
    expect(measures.filter((m) => m === null)).toHaveLength(housingIds().length);
    expect(agencies(measures)).toEqual(expect.arrayContaining(['dwp', 'health', 'probation']));
    expect(agencies(measures)).not.toContain('housing');
    expect(measures.filter(Boolean).some((m) => m!.latest?.printed)).toBe(true);
    // One error naming the agency, the objects (how many, where, which) and the fields that could not be fetched.
    const ids = housingIds();
    expect(res.errors).toEqual([
      {
        message: `The housing subgraph is unavailable${detail}: ${ids.length} HousingMeasure object(s) at plan.pathways[].headlineMeasures[] are missing name, agency, latest`,
        extensions: {
          code: 'SUBGRAPH_UNAVAILABLE',
          serviceName: 'housing',
          fields: ['name', 'agency', 'latest'],
          ids: expect.arrayContaining(ids) as unknown,
        },
      },
    ]);
    expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1|localhost|http:\/\//);
  };

  /** While housing is down, the other agencies' figures still come back when asked for by agency. */
  const expectOthersAnswer = async () => {
    for (const agency of ['probation', 'health', 'dwp']) {
      const res = await hub.query<{ headlineMeasures: Array<{ agency: string; latest: { printed: string } | null }> }>(
        `query ByAgency($a: ID) { headlineMeasures(agency: $a, plan: "km-2012-2015") { name agency latest { printed } } }`,
        { a: agency },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.headlineMeasures.length).toBeGreaterThan(0);
      expect(res.data!.headlineMeasures.every((m) => m.agency === agency)).toBe(true);
      expect(res.data!.headlineMeasures.some((m) => m.latest?.printed)).toBe(true);
    }
    // And the plan's own fields do not need housing at all.
    const ids = await hub.query(`{ plan(id: "km-2012-2015") { pathways { headlineMeasures { id } } } }`);
    expect(ids.errors).toBeUndefined();
  };

  test('housing killed: one error naming housing, the missing fields, how many objects and where, no URL; the other agencies still answer', async () => {
    await hub.services.get('housing')!.stop('SIGKILL');
    const began = Date.now();
    const res = await hub.query<PlanData>(PLAN);
    expect(Date.now() - began).toBeLessThan(TIMEOUT_MS);
    expectHousingMissing(res, '');
    await expectOthersAnswer();
    // /ready on the gateway says which subgraph is missing.
    const ready = await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/ready'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'degraded', unavailable: ['housing'] });
  });

  test('housing restarted on the same port: the next query has everything, without restarting the gateway', async () => {
    const gatewayPid = hub.services.get('gateway')!.child.pid;
    await hub.restart('housing');
    const res = await hub.query<PlanData>(PLAN);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(healthy.data);
    expect(hub.services.get('gateway')!.child.pid).toBe(gatewayPid);
    expect((await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/ready'))).status).toBe(200);
  });

  test('housing hung (SIGSTOP): errors after the timeout with "no answer within 2000 ms", others answer; SIGCONT and it is back', async () => {
    const housing = hub.services.get('housing')!;
    housing.child.kill('SIGSTOP');
    try {
      const began = Date.now();
      const res = await hub.query<PlanData>(PLAN);
      const took = Date.now() - began;
      expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
      expect(took).toBeLessThan(TIMEOUT_MS + 1500);
      expectHousingMissing(res, ' (no answer within 2000 ms)');
      await expectOthersAnswer();
    } finally {
      housing.child.kill('SIGCONT');
    }
    const res = await hub.query<PlanData>(PLAN);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(healthy.data);
    // The gateway counted the failures per subgraph.
    const metrics = await (await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/^gateway_subgraph_fetch_failures_total\{[^}]*subgraph="housing",reason="network"[^}]*\} [1-9]/m);
    expect(metrics).toMatch(/^gateway_subgraph_fetch_failures_total\{[^}]*subgraph="housing",reason="timeout"[^}]*\} [1-9]/m);
  });
});

test('SIGTERM drains an in-flight request (it completes with 200), closes the pool, and the process exits 0', async () => {
  const police = hub.services.get('police')!;
  const url = new URL(hub.subgraphUrls.get('police')!);
  const auth = readAuthConfig({ ...process.env, NODE_ENV: 'test' });
  const body = JSON.stringify({ query: '{ _service { sdl } }' });
  // A slow client: the headers and half the body now, the rest after SIGTERM.
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${hub.boardToken}`,
          [GATEWAY_SECRET_HEADER]: auth.gatewaySecret,
          'x-request-id': 'drain-test',
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 10));
    setTimeout(() => {
      police.child.kill('SIGTERM');
      setTimeout(() => req.end(body.slice(10)), 700);
    }, 300);
  });
  const res = await response;
  expect(res.status).toBe(200);
  expect((JSON.parse(res.text) as { data: { _service: { sdl: string } } }).data._service.sdl).toMatch(/type PoliceMeasure/);
  expect(await Promise.race([police.exited, new Promise((r) => setTimeout(() => r('still running'), 15000).unref())])).toBe(0);
  // Its log shows the drain and the pool closed; nobody can connect any more.
  expect(police.output()).toMatch(/"signal":"SIGTERM".*"msg":"stopping: draining requests and closing the database pool"/);
  expect(police.output()).toMatch(/"requestId":"drain-test"/);
  expect(police.output()).toMatch(/"msg":"stopped: requests drained, database pool closed"/);
  await expect(fetch(url.toString().replace(/\/graphql$/, '/health'))).rejects.toThrow();
  await hub.restart('police');
}, 30000);

describe('SIGKILL in the middle of a CSV import', () => {
  const CLI = join(__dirname, '..', '..', 'subgraphs', 'probation', 'dist', 'index.js');
  const ROWS = 20000;
  let dir: string;
  let db: Client;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-faults-'));
    db = new Client({ connectionString: hub.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    rmSync(dir, { recursive: true, force: true });
  });

  /** 20,000 distinct figures: one per day (snapshot periods) for Kent and for Medway, starting in `startYear`. */
  const writeCsv = (startYear: number) => {
    const lines = ['measure_id,area,period,value'];
    for (let i = 0; i < ROWS; i++) {
      const day = new Date(Date.UTC(startYear, 0, 1) + Math.floor(i / 2) * 86400000).toISOString().slice(0, 10);
      lines.push(`probation.adult-proven-reoffending-reoffenders,${i % 2 ? 'medway' : 'kent'},${day},${100 + (i % 50)}`);
    }
    const file = join(dir, `figures-${startYear}.csv`);
    writeFileSync(file, lines.join('\n') + '\n');
    return file;
  };
  const drafts = async () =>
    Number(
      (await db.query<{ count: string }>(`SELECT count(*) FROM probation.observation_draft WHERE created_by = 'soak-kill'`)).rows[0].count,
    );

  const runImport = (file: string) => {
    const child = spawn(process.execPath, [CLI, 'import', file, '--actor', 'soak-kill', '--reason', 'kill test'], {
      env: { ...process.env, DATABASE_URL: hub.databaseUrl, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
      child.once('exit', (code, signal) => r({ code, signal })),
    );
    return { child, exited, output: () => out };
  };

  /** True once the import's connection is inside its transaction and writing drafts (seen in pg_stat_activity). */
  const writingDrafts = async () =>
    (
      await db.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'hub-probation'
           AND xact_start IS NOT NULL AND query ILIKE '%observation_draft%' AND query ILIKE 'insert%'`,
      )
    ).rowCount! > 0;

  test('killed while its transaction is writing: none of the 20,000 rows are drafts; run again, all of them are', async () => {
    let killedMidTransaction = false;
    for (let attempt = 0; attempt < 5 && !killedMidTransaction; attempt++) {
      const file = writeCsv(1900 + attempt * 30);
      const run = runImport(file);
      const deadline = Date.now() + 20000;
      let finished = false;
      void run.exited.then(() => (finished = true));
      while (!finished && Date.now() < deadline && !(await writingDrafts())) await new Promise((r) => setTimeout(r, 5));
      if (!finished && Date.now() < deadline) {
        run.child.kill('SIGKILL');
        const { signal } = await run.exited;
        killedMidTransaction = signal === 'SIGKILL';
      } else {
        run.child.kill('SIGKILL');
        await run.exited;
      }
      // Whatever happened, the batch is all there or not at all.
      expect([0, ROWS]).toContain(await drafts());
      if (killedMidTransaction) expect(await drafts()).toBe(0);
      else await db.query(`DELETE FROM probation.observation_draft WHERE created_by = 'soak-kill'`);
    }
    expect(killedMidTransaction).toBe(true);
    // PostgreSQL rolled the dead connection's transaction back: no lock or session is left behind.
    const left = await db.query<{ count: string }>(
      `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'hub-probation' AND state = 'idle in transaction'`,
    );
    expect(Number(left.rows[0].count)).toBe(0);

    const complete = runImport(writeCsv(1800));
    expect(await Promise.race([complete.exited, new Promise((r) => setTimeout(() => r('timeout'), 60000).unref())])).toEqual({
      code: 0,
      signal: null,
    });
    expect(complete.output()).toMatch(/imported 20000 row\(s\)/);
    expect(await drafts()).toBe(ROWS);
  }, 120000);
});
