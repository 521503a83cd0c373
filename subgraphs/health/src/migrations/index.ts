import { HealthTreatmentCompletion1764500000003 } from './1764500000003-HealthTreatmentCompletion';

/** Health's own migrations, in order (the kit runs its own first). */
export const HEALTH_MIGRATIONS = [HealthTreatmentCompletion1764500000003];
