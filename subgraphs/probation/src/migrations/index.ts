import { ProbationCommunityOrderNeed1764500000001 } from './1764500000001-ProbationCommunityOrderNeed';
import { ProbationCommunityOrderNeedUndated1764500000011 } from './1764500000011-ProbationCommunityOrderNeedUndated';

/** Probation's own migrations, in order (the kit runs its own first). */
export const PROBATION_MIGRATIONS = [ProbationCommunityOrderNeed1764500000001, ProbationCommunityOrderNeedUndated1764500000011];
