import { AreaNeedsResolver, CommunityOrderNeed, PathwayRef, ProbationArea } from './community-order-need';

export { ProbationArea };

/** Probation's own resolvers and the types only they reach. */
export const PROBATION_RESOLVERS = [AreaNeedsResolver];
export const PROBATION_TYPES = [CommunityOrderNeed, PathwayRef];
