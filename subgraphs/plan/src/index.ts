import {
  AreaIndex,
  createDataSource,
  readAuthConfig,
  type Viewer,
  migrate,
  readConfig,
  readManifest,
  runSubgraphCli,
  startSubgraphServer,
  type RunningServer,
} from '@hub/common/platform';
import type { DataSource, Logger } from 'typeorm';
import { AGENCIES } from './catalogue/agencies';
import { PLAN_ENTITIES } from './entities';
import { createPlanLoaders } from './loaders';
import { PlanInit1763900000001 } from './migrations/1763900000001-PlanInit';
import { PlanWrites1763900000003 } from './migrations/1763900000003-PlanWrites';
import { PlanDataChanged1763900000006 } from './migrations/1763900000006-PlanDataChanged';
import { GoalOutcomes1763900000011 } from './migrations/1763900000011-GoalOutcomes';
import { PlanProgressReport1763900000021 } from './migrations/1763900000021-PlanProgressReport';
import { PlanDropDataChanged1764600000000 } from './migrations/1764600000000-PlanDropDataChanged';
import { PlanRepository, type AreaRowData } from './repository';
import type { PlanContext } from './resolvers';
import { buildPlanSchema } from './schema';
import { seedPlan } from './seed';
import { PlanWrites } from './writes';

const manifest = readManifest(__dirname);
export const PLAN_MIGRATIONS = [
  PlanInit1763900000001,
  PlanWrites1763900000003,
  PlanDataChanged1763900000006,
  GoalOutcomes1763900000011,
  PlanProgressReport1763900000021,
  PlanDropDataChanged1764600000000,
];

export function planDataSource(env: NodeJS.ProcessEnv = process.env, logger?: Logger) {
  const config = readConfig(manifest.name, manifest.port, env);
  const dataSource = createDataSource({
    databaseUrl: config.databaseUrl,
    schema: config.dbSchema,
    entities: PLAN_ENTITIES,
    migrations: PLAN_MIGRATIONS,
    poolSize: config.poolSize,
    logger,
  });
  return { config, dataSource };
}

export async function servePlan(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const { config, dataSource } = planDataSource(env);
  await dataSource.initialize();
  const { schema } = await buildPlanSchema();
  return startSubgraphServer<PlanContext>({
    config,
    schema,
    dataSource,
    auth: readAuthConfig(env),
    context: await planContextFactory(dataSource),
  });
}

/** Per-request context: fresh DataLoaders each request; areas and agencies are read once (reference data). */
export async function planContextFactory(dataSource: DataSource): Promise<(viewer: Viewer) => Promise<PlanContext>> {
  const repo = new PlanRepository(dataSource);
  const writes = new PlanWrites(dataSource);
  const areas = new AreaIndex(await repo.all<AreaRowData>('area'));
  const agencies = new Map(AGENCIES.map((a) => [a.key, a]));
  return async (viewer) => ({ viewer, loaders: createPlanLoaders(repo), repo, writes, areas, agencies });
}

export async function migratePlan(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const { dataSource } = planDataSource(env);
  await dataSource.initialize();
  try {
    return await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function migrateAndSeedPlan(env: NodeJS.ProcessEnv = process.env) {
  const { dataSource } = planDataSource(env);
  await dataSource.initialize();
  try {
    const migrations = await migrate(dataSource);
    return { migrations, inserted: await seedPlan(dataSource) };
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  runSubgraphCli({
    name: manifest.name,
    serve: () => servePlan(),
    migrate: () => migratePlan(),
    seed: () => migrateAndSeedPlan(),
    sdl: async () => (await buildPlanSchema()).sdl,
  });
}
