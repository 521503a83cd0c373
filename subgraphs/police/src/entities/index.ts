import { IomCohortFigureRow, IomCohortProfileRow } from './iom-cohort-profile';

export { IomCohortFigureRow, IomCohortProfileRow };

/** Every table police has beside the kit's, as TypeORM entities. */
export const POLICE_ENTITIES = [IomCohortProfileRow, IomCohortFigureRow];
