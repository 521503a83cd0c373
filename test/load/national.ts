/**
 * `npm run national -- --scale <1..100> [--database-url <url>] [--seed <n>]`: loads the synthetic national dataset
 * (subgraphs/common/src/synthetic/national.ts documents the geography, the measures and the scale) into a database,
 * through the hub's own paths: each subgraph's migrations and seed, the reference-data area import, each agency's
 * defineMeasure, CSV import (with validation) and publish, and the plan's linkMeasure.
 *
 * The database is created if it does not exist. When it already holds a national dataset of the same scale and
 * seed (table public.national_dataset), nothing is done unless --force. Prints the import rate.
 * Default database: postgres://postgres@127.0.0.1:5432/hub_bench_<scale>x; BENCH_DB_PREFIX=<name> makes it <name>_<scale>x
 * (for `npm run bench` too): a session of its own on a shared server, or two builds compared back to back.
 */
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import {
  agencyDataSource,
  loadNational,
  migrateAndSeedAgency,
  NATIONAL_AGENCIES,
  type AgencyDefinition,
  type NationalAgency,
  type NationalLoadReport,
} from '@hub/common/platform';
import { definition as probation } from '../../subgraphs/probation/src/index';
import { definition as police } from '../../subgraphs/police/src/index';
import { definition as housing } from '../../subgraphs/housing/src/index';
import { definition as health } from '../../subgraphs/health/src/index';
import { definition as dwp } from '../../subgraphs/dwp/src/index';
import { migrateAndSeedPlan, planDataSource } from '../../subgraphs/plan/src/index';
import { PlanWrites } from '../../subgraphs/plan/src/writes';

export const DEFINITIONS: Record<NationalAgency, AgencyDefinition> = { probation, police, housing, health, dwp };

export const SERVER_URL = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const benchDatabaseUrl = (scale: number) => {
  const u = new URL(SERVER_URL);
  u.pathname = `/${process.env.BENCH_DB_PREFIX ?? 'hub_bench'}_${String(scale).replace('.', '_')}x`;
  return u.toString();
};

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await withClient(admin.toString(), async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await c.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  });
}

/** A row of public.national_dataset: one finished load of the national dataset. */
interface LoadedDataset {
  scale: number;
  seed: number;
  observations: number;
  loaded_at: string;
  report: NationalLoadReport;
}

/** The national dataset a database holds (null: none, or a load that did not finish). */
export async function loadedDataset(url: string): Promise<LoadedDataset | null> {
  try {
    return await withClient(url, async (c) => {
      const { rows } = await c
        .query<LoadedDataset>(
          `SELECT scale::float8 AS scale, seed, observations, loaded_at::text, report FROM public.national_dataset ORDER BY loaded_at DESC LIMIT 1`,
        )
        .catch(() => ({ rows: [] as LoadedDataset[] }));
      return rows[0] ?? null;
    });
  } catch {
    return null; // no such database
  }
}

/** Migrates and seeds every subgraph, then loads the national dataset; records it in public.national_dataset. */
export async function loadNationalInto(
  url: string,
  scale: number,
  seed = 1,
  log: (s: string) => void = console.log,
  extra: { measuresPerAgency?: number; quarters?: number } = {},
): Promise<NationalLoadReport> {
  await ensureDatabase(url);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, DB_POOL_SIZE: '4' };
  delete env.DB_SCHEMA;
  for (const a of NATIONAL_AGENCIES) await migrateAndSeedAgency(DEFINITIONS[a], env);
  await migrateAndSeedPlan(env);
  const sources: DataSource[] = [];
  try {
    const agencies = new Map<NationalAgency, { dataSource: DataSource; measureType: string }>();
    for (const a of NATIONAL_AGENCIES) {
      const { dataSource } = agencyDataSource(DEFINITIONS[a], env);
      await dataSource.initialize();
      sources.push(dataSource);
      agencies.set(a, { dataSource, measureType: DEFINITIONS[a].manifest.measureType! });
    }
    const { dataSource: plan } = planDataSource(env);
    await plan.initialize();
    sources.push(plan);
    const planWrites = new PlanWrites(plan);
    const secretariat = { subject: 'national-generator', role: 'secretariat' as const, agency: null };
    const report = await loadNational(
      { agencies, plan, linkMeasure: async (input) => void (await planWrites.linkMeasure(secretariat, input)) },
      { scale, seed, ...extra },
      log,
    );
    await plan.query(`CREATE TABLE IF NOT EXISTS public.national_dataset (scale numeric NOT NULL, seed int NOT NULL, observations bigint NOT NULL,
      loaded_at timestamptz NOT NULL DEFAULT now(), report jsonb NOT NULL)`);
    await plan.query(`INSERT INTO public.national_dataset (scale, seed, observations, report) VALUES ($1, $2, $3, $4::jsonb)`, [
      scale,
      seed,
      report.observations,
      JSON.stringify(report),
    ]);
    // VACUUM as well as ANALYZE: every figure went in as a draft and was published, so each agency's drafts table
    // holds a dead row per figure, and where autovacuum is off (this machine's CI server) the first import measured
    // afterwards would pay for them. One database holds every schema, so once is enough.
    await sources[0].query('VACUUM (ANALYZE)');
    return report;
  } finally {
    for (const ds of sources) await ds.destroy();
  }
}

function arg(flag: string): string | undefined {
  const i = process.argv.findIndex((a) => a === `--${flag}` || a.startsWith(`--${flag}=`));
  if (i < 0) return undefined;
  const a = process.argv[i];
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : process.argv[i + 1];
}

if (require.main === module) {
  (async () => {
    const scale = Number(arg('scale') ?? '1');
    const seed = Number(arg('seed') ?? '1');
    const url = arg('database-url') ?? benchDatabaseUrl(scale);
    const existing = await loadedDataset(url);
    if (existing && Number(existing.scale) === scale && existing.seed === seed && !process.argv.includes('--force')) {
      console.log(
        `${new URL(url).pathname.slice(1)} already holds the national dataset at scale ${scale} (seed ${seed}): ${existing.observations} observations, loaded ${existing.loaded_at}. --force loads again.`,
      );
      return;
    }
    console.log(`Loading the national dataset at scale ${scale} (seed ${seed}) into ${url}`);
    const report = await loadNationalInto(url, scale, seed);
    console.log(JSON.stringify(report, null, 2));
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
