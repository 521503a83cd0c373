import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DataSource, Logger } from 'typeorm';
import { readAuthConfig, type Viewer } from '../auth';
import { readConfig } from '../config';
import { createDataSource, migrate } from '../db';
import { AreaIndex } from '../reference/area-index';
import { startSubgraphServer, type RunningServer } from '../server';
import { runSubgraphCli, type SubgraphCommands } from '../cli';
import { AGENCY_ENTITIES } from './entities';
import { createAgencyLoaders } from './loaders';
import { AGENCY_MIGRATIONS } from './migrations';
import { AgencyRepository } from './repository';
import { buildAgencySchema } from './schema';
import type { AgencyContext } from './context';
import type { AgencyDefinition } from './definition';
import { seedAgency } from './seed';
import { readModeFor } from './disclosure';
import { AgencyWriteService, type ImportOutcome } from './writes';

export function agencyDataSource(def: AgencyDefinition, env: NodeJS.ProcessEnv = process.env, logger?: Logger) {
  const config = readConfig(def.manifest.name, def.manifest.port, env);
  return {
    config,
    dataSource: createDataSource({
      databaseUrl: config.databaseUrl,
      schema: config.dbSchema,
      entities: [...AGENCY_ENTITIES, ...(def.entities ?? [])],
      migrations: [...AGENCY_MIGRATIONS, ...(def.migrations ?? [])],
      poolSize: config.poolSize,
      logger,
    }),
  };
}

export async function serveAgency(def: AgencyDefinition, env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const { config, dataSource } = agencyDataSource(def, env);
  const auth = readAuthConfig(env);
  await dataSource.initialize();
  const { schema } = await buildAgencySchema(def);
  return startSubgraphServer<AgencyContext>({
    config,
    schema,
    dataSource,
    auth,
    context: await agencyContextFactory(def, dataSource, auth.cursorKey),
    // Drafts change nothing a reader sees; a publish (and a measure's definition, retirement or RAG) does.
    draftMutations: [`${def.manifest.name}RecordObservation`, `${def.manifest.name}ImportObservations`],
  });
}

/**
 * Per-request context: fresh DataLoaders each request, reading what this viewer may see (drafts and raw values for
 * the agency's own editors and admins; published figures under disclosure control for everyone else); the area
 * hierarchy is read once (reference data).
 */
export async function agencyContextFactory(
  def: AgencyDefinition,
  dataSource: DataSource,
  /** The cursor key (AuthConfig.cursorKey); in-process uses (tests, the scaffolder) get a random one: cursors then live as long as the process. */
  cursorKey: Buffer = randomBytes(32),
): Promise<(viewer: Viewer) => Promise<AgencyContext>> {
  const { manifest } = def;
  const repo = new AgencyRepository(dataSource, manifest.name, manifest.measureType!);
  const areas = new AreaIndex(await repo.areas());
  const writes = new AgencyWriteService(dataSource, manifest.name, repo, areas);
  return async (viewer) => {
    const mode = readModeFor(viewer, manifest.name);
    return {
      viewer,
      agency: manifest.name,
      loaders: createAgencyLoaders(repo, mode),
      areas,
      writes,
      cursorKey,
      own: def.loaders?.({ dataSource, viewer, agency: manifest.name, mode }) ?? {},
    };
  };
}

/**
 * `node dist/index.js import <file.csv> --actor <name> --reason <text>`: imports a CSV as drafts, as an agency
 * editor of this agency named <name> (audited with via: 'cli'). Nothing is written when any row is refused.
 */
export async function importAgencyCsv(
  def: AgencyDefinition,
  file: string,
  opts: { actor: string; reason: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<ImportOutcome> {
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

export async function migrateAgency(def: AgencyDefinition, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const { dataSource } = agencyDataSource(def, env);
  await dataSource.initialize();
  try {
    return await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function migrateAndSeedAgency(def: AgencyDefinition, env: NodeJS.ProcessEnv = process.env) {
  const { dataSource } = agencyDataSource(def, env);
  await dataSource.initialize();
  try {
    const migrations = await migrate(dataSource);
    const inserted = await seedAgency(dataSource, def.manifest.name, def.measures, def.seed);
    return { migrations, ...inserted };
  } finally {
    await dataSource.destroy();
  }
}

/** The whole entry point of an agency subgraph: `runAgency(definition, module)` (or `runSubgraphCli(agencyCommands(def))`). */
export function agencyCommands(def: AgencyDefinition): SubgraphCommands {
  return {
    name: def.manifest.name,
    serve: () => serveAgency(def),
    migrate: () => migrateAgency(def),
    seed: () => migrateAndSeedAgency(def),
    sdl: async () => (await buildAgencySchema(def)).sdl,
    import: (file: string, opts: { actor: string; reason: string }) => importAgencyCsv(def, file, opts),
  };
}

/** Runs the agency's CLI (serve, seed, sdl, import) when `mod` is the program's main module. */
export function runAgency(def: AgencyDefinition, mod: NodeJS.Module): void {
  if (require.main === mod) runSubgraphCli(agencyCommands(def));
}
