import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Client } from 'pg';

/**
 * One database role per subgraph (docs/RELEASING.md, "Database roles"): `hub_<subgraph>` logs in, owns its
 * subgraph's schema and everything in it, and has no privilege on any other subgraph's schema (PUBLIC's usage is
 * revoked from each). The subgraph migrates, seeds and serves as that role, so a bug or a leaked password in one
 * agency cannot read another agency's figures or the plan.
 *
 * Provisioning runs as an administrator (the launcher's database user) and is idempotent: the role is created or
 * its password reset, the schema created or handed over, and objects made before roles existed (a database
 * migrated by an older version as the administrator) are given to the role.
 */
export const roleName = (subgraph: string) => `hub_${subgraph.replace(/-/g, '_')}`;

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Generated role passwords, one JSON file (mode 0600) kept with the installation's data: created on first use,
 * read afterwards, so a restart keeps the same passwords.
 */
export class RolePasswords {
  constructor(private readonly path: string) {}

  get(role: string): string {
    const all = this.read();
    if (!all[role]) {
      all[role] = randomBytes(24).toString('base64url');
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
    }
    chmodSync(this.path, 0o600);
    return all[role];
  }

  private read(): Record<string, string> {
    if (!existsSync(this.path)) return {};
    const data = JSON.parse(readFileSync(this.path, 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${this.path} must be a JSON object of role -> password`);
    return data as Record<string, string>;
  }
}

/** Creates (or brings up to date) the role of each subgraph and returns each subgraph's DATABASE_URL as its role. */
export async function provisionSubgraphRoles(
  adminUrl: string,
  subgraphs: ReadonlyArray<{ name: string; schema?: string }>,
  /** A role's password: generated and kept (RolePasswords), or given by the environment (roles-cli.ts). */
  passwords: { get(role: string): string },
): Promise<Map<string, string>> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  const urls = new Map<string, string>();
  try {
    for (const s of subgraphs) {
      const role = roleName(s.name);
      const password = passwords.get(role);
      await withRetry(() => provisionOne(client, role, s.schema ?? s.name, password));
      const url = new URL(adminUrl);
      url.username = role;
      url.password = password;
      urls.set(s.name, url.toString());
    }
  } finally {
    await client.end();
  }
  return urls;
}

async function provisionOne(client: Client, role: string, schema: string, password: string): Promise<void> {
  // Roles belong to the whole server: another database of the same server (another hub, a test) may have made it.
  await client.query(`DO $do$ BEGIN CREATE ROLE ${ident(role)} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $do$`);
  await client.query(
    `ALTER ROLE ${ident(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(password)}`,
  );
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)} AUTHORIZATION ${ident(role)}`);
  await client.query(`ALTER SCHEMA ${ident(schema)} OWNER TO ${ident(role)}`);
  await client.query(`REVOKE ALL ON SCHEMA ${ident(schema)} FROM PUBLIC`);
  // Objects made by the administrator before the role existed: tables (with their owned sequences), then free
  // sequences, views, functions and types.
  await client.query(`DO $do$
    DECLARE r record;
    BEGIN
      FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = ${literal(schema)} AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relowner <> ${literal(role)}::regrole
      LOOP
        EXECUTE format('ALTER %s %I.%I OWNER TO %I',
          CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
          ${literal(schema)}, r.relname, ${literal(role)});
      END LOOP;
      FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = ${literal(schema)} AND c.relkind = 'S' AND c.relowner <> ${literal(role)}::regrole
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
      LOOP
        EXECUTE format('ALTER SEQUENCE %I.%I OWNER TO %I', ${literal(schema)}, r.relname, ${literal(role)});
      END LOOP;
      FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = ${literal(schema)} AND p.proowner <> ${literal(role)}::regrole
      LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.f, ${literal(role)});
      END LOOP;
      FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
               WHERE n.nspname = ${literal(schema)} AND t.typtype IN ('e', 'd', 'r', 'm') AND t.typowner <> ${literal(role)}::regrole
      LOOP
        EXECUTE format('ALTER TYPE %I.%I OWNER TO %I', ${literal(schema)}, r.typname, ${literal(role)});
      END LOOP;
    END $do$`);
}

/** Two hubs provisioning the same server-wide role at once may collide ("tuple concurrently updated"): try again. */
async function withRetry(fn: () => Promise<void>, tries = 5): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      const err = e as { code?: string; message?: string };
      const transient =
        err.code === 'XX000' ||
        err.code === '40001' ||
        err.code === '40P01' ||
        err.code === '23505' ||
        /concurrently/.test(err.message ?? '');
      if (!transient || i >= tries) throw e;
      await new Promise((r) => setTimeout(r, 50 * i + Math.random() * 100));
    }
  }
}
