import { YoungOffenderAccommodationRow } from './young-offender-accommodation';

export { YoungOffenderAccommodationRow };

/** Every table housing has beside the kit's, as TypeORM entities. */
export const HOUSING_ENTITIES = [YoungOffenderAccommodationRow];
