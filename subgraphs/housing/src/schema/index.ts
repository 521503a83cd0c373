import { AreaAccommodationResolver, HousingArea, YoungOffenderAccommodation } from './young-offender-accommodation';

export { HousingArea };

/** Housing's own resolvers and the types only they reach. */
export const HOUSING_RESOLVERS = [AreaAccommodationResolver];
export const HOUSING_TYPES = [YoungOffenderAccommodation];
