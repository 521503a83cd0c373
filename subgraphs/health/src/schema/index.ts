import { Pathway, PathwayTreatmentResolver, TreatmentCompletion } from './treatment-completion';

/** Health's own resolvers and the types only they reach. */
export const HEALTH_RESOLVERS = [PathwayTreatmentResolver];
export const HEALTH_TYPES = [Pathway, TreatmentCompletion];
