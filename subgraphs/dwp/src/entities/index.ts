import { IomJobcentreTargetRow } from './iom-jobcentre-target';

export { IomJobcentreTargetRow };

/** Every table DWP has beside the kit's, as TypeORM entities. */
export const DWP_ENTITIES = [IomJobcentreTargetRow];
