/**
 * Needs of offenders who started a community order in Kent or Medway, April 2010 to March 2011, as the Kent and
 * Medway Strategic Plan for Reducing Re-offending 2012-2015 prints them (seed 000, section E, each priority
 * intervention's "Need"). Every `printed` string is verbatim; the plan is a public document.
 */
import type { ProvenanceSeed } from '@hub/common';
import { SEED_000_ACCOMMODATION_NEED, SEED_000_ETE_NEED, SEED_000_SUBSTANCE_MISUSE_NEED } from './figures';

export interface CommunityOrderNeedSeed {
  areaCode: string;
  periodCode: string;
  periodPrinted: string;
  need: string;
  pathwayId: string;
  share: { value: number; printed: string };
  offenders: { value: number; printed: string };
  publicDocument: boolean;
  provenance: ProvenanceSeed;
}

export const COMMUNITY_ORDER_NEEDS: CommunityOrderNeedSeed[] = [
  {
    // "between April 2010 and March 2011, 36% of offenders who started a community order in Kent or Medway were identified as having an accommodation need, this equates to 1,247 offenders"
    areaCode: 'kent-and-medway', periodCode: '2010-11', periodPrinted: 'between April 2010 and March 2011',
    need: 'an accommodation need', pathwayId: 'accommodation',
    share: { value: 36, printed: '36%' }, offenders: { value: 1247, printed: '1,247' },
    publicDocument: true, provenance: SEED_000_ACCOMMODATION_NEED,
  },
  {
    // "From April 2010 to March 2011, 48% of offenders who started a community order in Kent or Medway were identified as having an employment or training need, this equates to 1,697 offenders"
    areaCode: 'kent-and-medway', periodCode: '2010-11', periodPrinted: 'From April 2010 to March 2011',
    need: 'an employment or training need', pathwayId: 'education-training-employment',
    share: { value: 48, printed: '48%' }, offenders: { value: 1697, printed: '1,697' },
    publicDocument: true, provenance: SEED_000_ETE_NEED,
  },
  {
    // "59% of offenders who started a community order in Kent or Medway between April 2010 and March 2011, had either a drug or alcohol need to be addressed, this equates to 2,073 offenders"
    areaCode: 'kent-and-medway', periodCode: '2010-11', periodPrinted: 'between April 2010 and March 2011',
    need: 'either a drug or alcohol need', pathwayId: 'drugs-alcohol',
    share: { value: 59, printed: '59%' }, offenders: { value: 2073, printed: '2,073' },
    publicDocument: true, provenance: SEED_000_SUBSTANCE_MISUSE_NEED,
  },
];
