import { TreatmentCompletionRow } from './treatment-completion';

export { TreatmentCompletionRow };

/** Every table health has beside the kit's, as TypeORM entities. */
export const HEALTH_ENTITIES = [TreatmentCompletionRow];
