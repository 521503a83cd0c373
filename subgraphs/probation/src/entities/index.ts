import { CommunityOrderNeedRow } from './community-order-need';

export { CommunityOrderNeedRow };

/** Every table probation has beside the kit's, as TypeORM entities. */
export const PROBATION_ENTITIES = [CommunityOrderNeedRow];
