/**
 * Each agency migrates with its own command, as its own database role, and that role can read and write its own
 * schema only (real PostgreSQL): police's role is refused probation's tables and the plan's (permission denied).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { provisionSubgraphRoles, RolePasswords, roleName } from '../../tools/src/hub/roles';
import { ROOT } from '../../tools/src/paths';
import { createTestDatabase } from '../support/db';
import { stringMatching } from '../support/matchers';

const run = promisify(execFile);
const SUBGRAPHS = ['plan', 'police', 'probation'];

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let urls: Map<string, string>;
let passwordsFile: string;

beforeAll(async () => {
  db = await createTestDatabase('roles');
  passwordsFile = join(mkdtempSync(join(tmpdir(), 'hub-roles-')), 'data', 'database-roles.json');
  urls = await provisionSubgraphRoles(
    db.url,
    SUBGRAPHS.map((name) => ({ name })),
    new RolePasswords(passwordsFile),
  );
  // Each subgraph's own migrate command, connected as its own role.
  for (const name of SUBGRAPHS) {
    const { stdout } = await run(process.execPath, [join(ROOT, 'subgraphs', name, 'dist', 'index.js'), 'migrate'], {
      env: { ...process.env, DATABASE_URL: urls.get(name) },
    });
    expect(stdout).toMatch(new RegExp(`\\[${name}\\] migrated: \\d+ migration\\(s\\) applied`));
  }
}, 180_000);
afterAll(async () => {
  await db?.drop();
});

async function as<T>(subgraph: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: urls.get(subgraph) });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

test('each subgraph connects as its own role, which owns its schema and every table in it', async () => {
  for (const name of SUBGRAPHS) {
    expect(new URL(urls.get(name)!).username).toBe(roleName(name));
    const owners = await as(name, async (c) =>
      (await c.query<{ tableowner: string }>(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = $1`, [name])).rows.map(
        (r) => r.tableowner,
      ),
    );
    expect(owners).toEqual([roleName(name)]);
  }
  // The generated passwords are kept with the installation's data, readable by its owner only.
  expect(statSync(passwordsFile).mode & 0o777).toBe(0o600);
});

test("police's role reads and writes its own tables, and is refused probation's and the plan's (permission denied)", async () => {
  await as('police', async (c) => {
    expect((await c.query<{ n: number }>('SELECT count(*)::int AS n FROM police.measure')).rows[0].n).toBeGreaterThanOrEqual(0);
    await c.query('CREATE TABLE police.role_probe (x int)');
    await c.query('INSERT INTO police.role_probe VALUES (1)');
    expect((await c.query('SELECT x FROM police.role_probe')).rows).toEqual([{ x: 1 }]);
    await c.query('DROP TABLE police.role_probe');
    for (const sql of [
      'SELECT * FROM probation.observation LIMIT 1',
      'SELECT * FROM probation.measure LIMIT 1',
      'SELECT * FROM plan.plan LIMIT 1',
    ]) {
      await expect(c.query(sql)).rejects.toMatchObject({
        code: '42501',
        message: stringMatching(/permission denied for schema (probation|plan)/),
      });
    }
    await expect(c.query('CREATE TABLE probation.intruder (x int)')).rejects.toMatchObject({ code: '42501' });
    await expect(c.query('CREATE SCHEMA elsewhere')).rejects.toMatchObject({ code: '42501' });
  });
  await as('probation', async (c) => {
    expect((await c.query<{ n: number }>('SELECT count(*)::int AS n FROM probation.observation')).rows[0].n).toBeGreaterThanOrEqual(0);
    await expect(c.query('SELECT * FROM police.observation LIMIT 1')).rejects.toMatchObject({ code: '42501' });
  });
});

test('provisioning again changes nothing and keeps the passwords; objects made before roles existed are handed over', async () => {
  const admin = new Client({ connectionString: db.url });
  await admin.connect();
  try {
    await admin.query('CREATE TABLE police.made_by_admin (x int)');
  } finally {
    await admin.end();
  }
  const again = await provisionSubgraphRoles(
    db.url,
    SUBGRAPHS.map((name) => ({ name })),
    new RolePasswords(passwordsFile),
  );
  expect(again).toEqual(urls);
  const owner = await as(
    'police',
    async (c) =>
      (
        await c.query<{ tableowner: string }>(
          `SELECT tableowner FROM pg_tables WHERE schemaname = 'police' AND tablename = 'made_by_admin'`,
        )
      ).rows[0].tableowner,
  );
  expect(owner).toBe('hub_police');
  // A second migrate as the role: nothing to apply, no privilege it lacks needed.
  const { stdout } = await run(process.execPath, [join(ROOT, 'subgraphs', 'police', 'dist', 'index.js'), 'migrate'], {
    env: { ...process.env, DATABASE_URL: urls.get('police') },
  });
  expect(stdout).toContain('[police] migrated: nothing to apply');
}, 60_000);
