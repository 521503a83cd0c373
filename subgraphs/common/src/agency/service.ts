import type { DataSource, Logger } from 'typeorm';
import { readAuthConfig, type Viewer } from '../auth';
import { readConfig } from '../config';
import { createDataSource, migrate } from '../db';
import { AreaIndex } from '../reference/area-index';
import type { MeasureSeed } from '../reference/seed-types';
import { startSubgraphServer, type RunningServer } from '../server';
import { AGENCY_ENTITIES } from './entities';
import { createAgencyLoaders } from './loaders';
import { AGENCY_MIGRATIONS } from './migrations/1763900000000-AgencyInit';
import { AgencyRepository } from './repository';
import { buildAgencySchema, type AgencyContext, type AgencyManifest } from './schema';
import { seedAgency } from './seed';

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

/** Per-request context: fresh DataLoaders each request; the area hierarchy is read once (reference data). */
export async function agencyContextFactory(manifest: AgencyManifest, dataSource: DataSource): Promise<(viewer: Viewer) => Promise<AgencyContext>> {
  const repo = new AgencyRepository(dataSource, manifest.name, manifest.measureType!);
  const areas = new AreaIndex(await repo.areas());
  return async (viewer) => ({ viewer, agency: manifest.name, loaders: createAgencyLoaders(repo), areas });
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
export function agencyCommands(def: AgencyDefinition) {
  return {
    name: def.manifest.name,
    serve: () => serveAgency(def),
    seed: () => migrateAndSeedAgency(def),
    sdl: async () => (await buildAgencySchema(def.manifest)).sdl,
  };
}
