import { readManifest, runAgency, type AgencyDefinition } from '@hub/common';
import { measures } from './data/figures';
import { DWP_ENTITIES } from './entities';
import { dwpLoaders, type DwpLoaders } from './loaders';
import { DWP_MIGRATIONS } from './migrations';
import { DWP_RESOLVERS, DWP_TYPES } from './schema';
import { seedDwp } from './seed';

/**
 * The DWP subgraph: its headline measures and figures (the kit's contract), and what only DWP has: the Jobcentre
 * Plus targets for the IOM cohort (Universal Jobmatch, bank accounts, online claims), on the plan's PriorityGroup.
 */
export const definition: AgencyDefinition<DwpLoaders> = {
  manifest: readManifest(__dirname),
  measures,
  resolvers: DWP_RESOLVERS,
  orphanedTypes: DWP_TYPES,
  entities: DWP_ENTITIES,
  migrations: DWP_MIGRATIONS,
  loaders: dwpLoaders,
  seed: seedDwp,
};

runAgency(definition, module);
