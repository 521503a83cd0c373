import { readManifest, runAgency, type AgencyDefinition } from '@hub/common';
import { measures } from './data/figures';
import { HEALTH_ENTITIES } from './entities';
import { healthLoaders, type HealthLoaders } from './loaders';
import { HEALTH_MIGRATIONS } from './migrations';
import { HEALTH_RESOLVERS, HEALTH_TYPES } from './schema';
import { seedHealth } from './seed';

/**
 * The health subgraph: its headline measures and figures (the kit's contract), and what only health has: drug and
 * alcohol treatment completions of offenders, on the plan's Pathway.
 */
export const definition: AgencyDefinition<HealthLoaders> = {
  manifest: readManifest(__dirname),
  measures,
  resolvers: HEALTH_RESOLVERS,
  orphanedTypes: HEALTH_TYPES,
  entities: HEALTH_ENTITIES,
  migrations: HEALTH_MIGRATIONS,
  loaders: healthLoaders,
  seed: seedHealth,
};

runAgency(definition, module);
