import { IomCohortProfile, PoliceMeasureCohortResolver, PriorityGroup, PriorityGroupCohortResolver } from './iom-cohort-profile';
import { PoliceMeasure } from './police-measure';

export { PoliceMeasure };

/** Police's own resolvers and the types only they reach. */
export const POLICE_RESOLVERS = [PriorityGroupCohortResolver, PoliceMeasureCohortResolver];
export const POLICE_TYPES = [PriorityGroup, IomCohortProfile];
