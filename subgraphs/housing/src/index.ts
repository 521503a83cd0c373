import { readManifest, runAgency, type AgencyDefinition } from '@hub/common';
import { measures } from './data/figures';
import { HOUSING_ENTITIES } from './entities';
import { housingLoaders, type HousingLoaders } from './loaders';
import { HOUSING_MIGRATIONS } from './migrations';
import { HousingArea, HOUSING_RESOLVERS, HOUSING_TYPES } from './schema';
import { seedHousing } from './seed';

/**
 * The housing subgraph: its headline measures and figures (the kit's contract), and what only housing has: young
 * offenders' accommodation by youth offending team area, on the plan's Area.
 */
export const definition: AgencyDefinition<HousingLoaders> = {
  manifest: readManifest(__dirname),
  measures,
  area: HousingArea,
  resolvers: HOUSING_RESOLVERS,
  orphanedTypes: HOUSING_TYPES,
  entities: HOUSING_ENTITIES,
  migrations: HOUSING_MIGRATIONS,
  loaders: housingLoaders,
  seed: seedHousing,
};

runAgency(definition, module);
