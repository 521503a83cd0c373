import { runAgency, type AgencyDefinition } from '@hub/common';
import { measures } from './data/figures';
import { POLICE_ENTITIES } from './entities';
import { policeLoaders, type PoliceLoaders } from './loaders';
import { manifest } from './manifest';
import { POLICE_MIGRATIONS } from './migrations';
import { PoliceMeasure, POLICE_RESOLVERS, POLICE_TYPES } from './schema';
import { seedPolice } from './seed';

/**
 * The police subgraph: its headline measures and figures (the kit's contract), and what only police has: the IOM
 * cohort profile on the plan's PriorityGroup, with `cohortProfile` on its measures.
 */
export const definition: AgencyDefinition<PoliceLoaders> = {
  manifest,
  measures,
  measureType: PoliceMeasure,
  resolvers: POLICE_RESOLVERS,
  orphanedTypes: POLICE_TYPES,
  entities: POLICE_ENTITIES,
  migrations: POLICE_MIGRATIONS,
  loaders: policeLoaders,
  seed: seedPolice,
};

runAgency(definition, module);
