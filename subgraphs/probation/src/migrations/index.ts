import { ProbationCommunityOrderNeed1764500000001 } from './1764500000001-ProbationCommunityOrderNeed';

/** Probation's own migrations, in order (the kit runs its own first). */
export const PROBATION_MIGRATIONS = [ProbationCommunityOrderNeed1764500000001];
