import { AgencyMeasureType, HeadlineMeasure } from '@hub/common';
import { manifest } from '../manifest';

/** Police's measure type: the HeadlineMeasure contract, plus `cohortProfile` (schema/iom-cohort-profile.ts). */
@AgencyMeasureType(manifest)
export class PoliceMeasure extends HeadlineMeasure {}
