import { readManifest, runAgency, type AgencyDefinition } from '@hub/common';
import { measures } from './data/figures';
import { PROBATION_ENTITIES } from './entities';
import { probationLoaders, type ProbationLoaders } from './loaders';
import { PROBATION_MIGRATIONS } from './migrations';
import { ProbationArea, PROBATION_RESOLVERS, PROBATION_TYPES } from './schema';
import { seedProbation } from './seed';

/**
 * The probation subgraph: its headline measures and figures (the kit's contract), and what only probation has: the
 * needs of offenders starting community orders, on the plan's Area.
 */
export const definition: AgencyDefinition<ProbationLoaders> = {
  manifest: readManifest(__dirname),
  measures,
  area: ProbationArea,
  resolvers: PROBATION_RESOLVERS,
  orphanedTypes: PROBATION_TYPES,
  entities: PROBATION_ENTITIES,
  migrations: PROBATION_MIGRATIONS,
  loaders: probationLoaders,
  seed: seedProbation,
};

runAgency(definition, module);
