import { readFileSync } from 'node:fs';
import type { DataSource, Logger } from 'typeorm';
import { readAuthConfig, type Viewer } from '../auth';
import { readConfig } from '../config';
import { createDataSource, migrate } from '../db';
import { AreaIndex } from '../reference/area-index';
import type { MeasureSeed } from '../reference/seed-types';
import { startSubgraphServer, type RunningServer } from '../server';
import type { SubgraphCommands } from '../cli';
import { AGENCY_ENTITIES } from './entities';
import { createAgencyLoaders } from './loaders';
import { AGENCY_MIGRATIONS } from './migrations/1763900000000-AgencyInit';
import { AgencyRepository } from './repository';
import type { AgencyManifest } from '../manifest';
import type { AgencyContext } from './context';
import { buildAgencySchema } from './schema';
import { seedAgency } from './seed';
import { readModeFor } from './disclosure';
import { AgencyWriteService, type ImportOutcome } from './writes';

export interface AgencyDefinition {
  manifest: AgencyManifest;
  /** Migrations of this agency: the shared set, then any of its own. */
  migrations?: Function[];
  /** The figures this agency publishes from the source documents. */
  measures: readonly MeasureSeed[];
}

export function agencyDataSource(def: AgencyDefinition, env: NodeJS.ProcessEnv = process.env, logger?: Logger) {
  const config = readConfig(def.manifest.name, def.manifest.port, env);
  return {
    config,
    dataSource: createDataSource({
      databaseUrl: config.databaseUrl,
      schema: config.dbSchema,
      entities: AGENCY_ENTITIES,
      migrations: [...AGENCY_MIGRATIONS, ...(def.migrations ?? [])],
      poolSize: config.poolSize,
      logger,
    }),
  };
}

export async function serveAgency(def: AgencyDefinition, env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const { config, dataSource } = agencyDataSource(def, env);
  await dataSource.initialize();
  const { schema } = await buildAgencySchema(def.manifest);
  return startSubgraphServer<AgencyContext>({
    config,
    schema,
    dataSource,
    auth: readAuthConfig(env),
    context: await agencyContextFactory(def.manifest, dataSource),
  });
}

/**
 * Per-request context: fresh DataLoaders each request, reading what this viewer may see (drafts and raw values for
 * the agency's own editors and admins; published figures under disclosure control for everyone else); the area
 * hierarchy is read once (reference data).
 */
export async function agencyContextFactory(manifest: AgencyManifest, dataSource: DataSource): Promise<(viewer: Viewer) => Promise<AgencyContext>> {
  const repo = new AgencyRepository(dataSource, manifest.name, manifest.measureType!);
  const areas = new AreaIndex(await repo.areas());
  const writes = new AgencyWriteService(dataSource, manifest.name, repo, areas);
  return async (viewer) => ({
    viewer,
    agency: manifest.name,
    loaders: createAgencyLoaders(repo, readModeFor(viewer, manifest.name)),
    areas,
    writes,
  });
}

/**
 * `node dist/index.js import <file.csv> --actor <name> --reason <text>`: imports a CSV as drafts, as an agency
 * editor of this agency named <name> (audited with via: 'cli'). Nothing is written when any row is refused.
 */
export async function importAgencyCsv(def: AgencyDefinition, file: string, opts: { actor: string; reason: string }, env: NodeJS.ProcessEnv = process.env): Promise<ImportOutcome> {
  const { dataSource } = agencyDataSource(def, env);
  await dataSource.initialize();
  try {
    const csv = readFileSync(file, 'utf8');
    const repo = new AgencyRepository(dataSource, def.manifest.name, def.manifest.measureType!);
    const writes = new AgencyWriteService(dataSource, def.manifest.name, repo, new AreaIndex(await repo.areas()));
    return await writes.importCsv({ subject: opts.actor, role: 'agency-editor', agency: def.manifest.name }, csv, opts.reason, 'cli');
  } finally {
    await dataSource.destroy();
  }
}

export async function migrateAndSeedAgency(def: AgencyDefinition, env: NodeJS.ProcessEnv = process.env) {
  const { dataSource } = agencyDataSource(def, env);
  await dataSource.initialize();
  try {
    const migrations = await migrate(dataSource);
    const inserted = await seedAgency(dataSource, def.manifest.name, def.measures);
    return { migrations, ...inserted };
  } finally {
    await dataSource.destroy();
  }
}

/** The whole entry point of an agency subgraph: `runSubgraphCli(agencyCommands(def))`. */
export function agencyCommands(def: AgencyDefinition): SubgraphCommands {
  return {
    name: def.manifest.name,
    serve: () => serveAgency(def),
    seed: () => migrateAndSeedAgency(def),
    sdl: async () => (await buildAgencySchema(def.manifest)).sdl,
    import: (file: string, opts: { actor: string; reason: string }) => importAgencyCsv(def, file, opts),
  };
}
