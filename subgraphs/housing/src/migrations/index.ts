import { HousingYoungOffenderAccommodation1764500000002 } from './1764500000002-HousingYoungOffenderAccommodation';

/** Housing's own migrations, in order (the kit runs its own first). */
export const HOUSING_MIGRATIONS = [HousingYoungOffenderAccommodation1764500000002];
