/**
 * `npm start` itself (node tools/dist/hub.js): on an embedded PostgreSQL in a fresh data folder, then on the
 * server in DATABASE_URL. It must answer the example query (through the web front door, which passes /graphql to
 * the gateway), serve its home page, and stop every process on Ctrl-C (SIGINT). The embedded run takes no secret
 * from the environment: the launcher generates the installation's own.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { discoverSubgraphs } from '@hub/common/platform';
import { portVariable, subgraphPort } from '../../tools/src/hub/ports';
import { ROOT, SUBGRAPHS_DIR } from '../../tools/src/paths';
import { createTestDatabase } from '../support/db';

const HUB = join(ROOT, 'tools', 'dist', 'hub.js');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Every port free (0), so the test never collides with a running `npm start` (4000, 4001, 4100-...). */
const FREE_PORTS: NodeJS.ProcessEnv = {
  WEB_PORT: '0',
  GATEWAY_PORT: '0',
  IDP_PORT: '0',
  ...Object.fromEntries(discoverSubgraphs(SUBGRAPHS_DIR).map((s) => [portVariable(s.name), '0'])),
};

async function runHub(env: NodeJS.ProcessEnv) {
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...FREE_PORTS, ...env }).filter(([, v]) => v !== undefined));
  const child = spawn(process.execPath, [HUB], { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const [web, url] = await new Promise<[string, string]>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGINT'); // the hub stops what it started, the embedded database included
      reject(new Error(`hub not up in 240 s:\n${output}`));
    }, 240_000);
    const onData = (c: Buffer) => {
      output += c.toString();
      const m = output.match(/the hub is up\. Web: (\S+)\/ [^\n]*\n\[hub\] Gateway: (\S+)\n[\s\S]*Ctrl-C stops every process/);
      if (m) {
        clearTimeout(timer);
        resolve([m[1], m[2]]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`hub exited before it was up:\n${output}`)));
  });
  return { child, web, url, exited, output: () => output };
}

const EXAMPLE = `{ plan(id: "km-2012-2015") { title pathways(priorityOnly: true) { name headlineMeasures { name agency latest { printed } } } } }`;

async function checkAndStop(hub: Awaited<ReturnType<typeof runHub>>) {
  try {
    await check(hub);
  } finally {
    if (hub.child.exitCode === null) {
      hub.child.kill('SIGINT'); // the hub stops its children and the database; SIGKILL would orphan them
      await Promise.race([hub.exited, new Promise((r) => setTimeout(r, 15000))]);
    }
  }
}

async function check(hub: Awaited<ReturnType<typeof runHub>>) {
  // Each subgraph migrated, seeded and serves as its own database role.
  expect(hub.output()).toMatch(/database roles: plan as hub_plan, .*police as hub_police/);
  expect((await fetch(`${hub.web}/`)).status).toBe(200);
  const anonymous = await fetch(`${hub.web}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: EXAMPLE }),
  });
  expect(anonymous.status).toBe(401);
  const token = hub.output().match(/development token[^\n]*:\n(\S+)\n/)![1];
  const res = await fetch(`${hub.web}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: EXAMPLE }),
  });
  const body = (await res.json()) as {
    data: { plan: { title: string; pathways: Array<{ headlineMeasures: Array<{ agency: string }> }> } };
    errors?: unknown[];
  };
  expect(body.errors).toBeUndefined();
  expect(hub.output()).toMatch(/try:\ncurl -s/);
  expect(body.data.plan.title).toMatch(/Kent and Medway/);
  const agencies = new Set(body.data.plan.pathways.flatMap((p) => p.headlineMeasures.map((m) => m.agency)));
  expect(agencies).toEqual(new Set(['probation', 'housing', 'health', 'dwp']));
  hub.child.kill('SIGINT');
  expect(await hub.exited).toBe(0);
  expect(hub.output()).toMatch(/\[hub\] stopped/);
  await expect(fetch(hub.url.replace('/graphql', '/health'))).rejects.toThrow();
  await expect(fetch(`${hub.web}/health`)).rejects.toThrow();
  // every subgraph listened where the launcher said (a free port, not its subgraph.json's), and is gone
  const listed = hub
    .output()
    .match(/\[hub\] subgraphs: ([^\n]+)\n/)![1]
    .split(', ')
    .map((e) => e.split(' '));
  const registry = discoverSubgraphs(SUBGRAPHS_DIR);
  expect(listed.map(([name]) => name).sort()).toEqual(registry.map((s) => s.name).sort());
  for (const [name, url] of listed) {
    expect(Number(new URL(url).port)).not.toBe(registry.find((s) => s.name === name)!.port);
    await expect(fetch(url.replace('/graphql', '/health'))).rejects.toThrow();
  }
}

test("a subgraph's port is SUBGRAPH_<NAME>_PORT (0: any free port), else its subgraph.json's; a bad value is refused by name", () => {
  const s = { name: 'youth-justice', port: 4106 };
  expect(portVariable(s.name)).toBe('SUBGRAPH_YOUTH_JUSTICE_PORT');
  expect(subgraphPort(s, {})).toBe(4106);
  expect(subgraphPort(s, { SUBGRAPH_YOUTH_JUSTICE_PORT: '0' })).toBe(0);
  expect(subgraphPort(s, { SUBGRAPH_YOUTH_JUSTICE_PORT: '5106' })).toBe(5106);
  expect(() => subgraphPort(s, { SUBGRAPH_YOUTH_JUSTICE_PORT: 'next' })).toThrow(
    'SUBGRAPH_YOUTH_JUSTICE_PORT must be a port number from 0 to 65535 (0: any free port), got "next"',
  );
  expect(() => subgraphPort(s, { SUBGRAPH_YOUTH_JUSTICE_PORT: '70000' })).toThrow(/SUBGRAPH_YOUTH_JUSTICE_PORT must be a port number/);
});

test('npm start on an embedded PostgreSQL, twice (the second start reuses the data folder)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-pg-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the 'postgres' user, which must reach the folder
  // No secret from the environment: the launcher makes this installation's own (signing key, gateway secret,
  // database password) in a private file, and every process runs with them.
  const secretsFile = join(dataDir, 'secrets.json');
  const port = await freePort();
  const env = {
    DATABASE_URL: undefined,
    HUB_DATA_DIR: join(dataDir, 'pg'),
    HUB_PG_PORT: String(port),
    HUB_SECRETS_FILE: secretsFile,
    JWT_DEV_SECRET: undefined,
    GATEWAY_SECRET: undefined,
    METRICS_TOKEN: undefined,
  };
  try {
    const first = await runHub(env);
    expect(first.output()).toMatch(/creating an embedded PostgreSQL cluster/);
    // The roles' generated passwords, kept with the data, readable by their owner only.
    expect(statSync(join(dataDir, 'database-roles.json')).mode & 0o777).toBe(0o600);
    expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
    const { postgresPassword } = JSON.parse(readFileSync(secretsFile, 'utf8')) as { postgresPassword: string };
    // The superuser's password is the generated one; the one the source once published opens nothing.
    const login = async (password: string) => {
      const c = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
      await c.connect();
      await c.end();
    };
    await login(postgresPassword);
    await expect(login('hub')).rejects.toThrow(/password authentication failed/);
    await checkAndStop(first);
    const second = await runHub(env);
    expect(second.output()).not.toMatch(/creating an embedded PostgreSQL cluster/);
    expect(second.output()).toMatch(/"observations":0/);
    await checkAndStop(second);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 600_000);

test('npm start with DATABASE_URL uses that server', async () => {
  const db = await createTestDatabase('hub');
  try {
    const hub = await runHub({ DATABASE_URL: db.url, HUB_SECRETS_FILE: join(mkdtempSync(join(tmpdir(), 'hub-secrets-')), 'secrets.json') });
    expect(hub.output()).toMatch(/using the PostgreSQL server in DATABASE_URL/);
    await checkAndStop(hub);
  } finally {
    await db.drop();
  }
}, 300_000);
