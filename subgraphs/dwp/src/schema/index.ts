import { JobcentreTarget, PriorityGroup, PriorityGroupTargetsResolver } from './iom-jobcentre-target';

/** DWP's own resolvers and the types only they reach. */
export const DWP_RESOLVERS = [PriorityGroupTargetsResolver];
export const DWP_TYPES = [PriorityGroup, JobcentreTarget];
