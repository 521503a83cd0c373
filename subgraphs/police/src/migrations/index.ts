import { PoliceIomCohortProfile1764500000000 } from './1764500000000-PoliceIomCohortProfile';

/** Police's own migrations, in order (the kit runs its own first). */
export const POLICE_MIGRATIONS = [PoliceIomCohortProfile1764500000000];
