/**
 * Offenders discharged from drug and alcohol treatment on completion of all their interventions, 2011-12 and
 * 2012-13, as the Kent and Medway Strategic Plan Progress Report prints them (seed 001, Appendix A, 2.3 Substance
 * Misuse (Drugs & Alcohol), headline measure):
 *   "number of statutory offenders being discharged from treatment on completion of all their alcohol and/or drug interventions	522	574"
 *   "Medway Young Offenders	tbc	tbc" / "Kent Young Offenders	tbc	tbc"
 * The table does not state the statutory offenders' area: Kent and Medway, the plan's area (as the health measure
 * records it). 'tbc' is not yet available, never zero. A public council paper.
 */
import type { ProvenanceSeed } from '@hub/common';
import { SEED_001_TABLE_2_3 } from './figures';

export interface TreatmentCompletionSeed {
  cohort: string;
  areaCode: string;
  periodCode: string;
  pathwayId: string;
  value: number | null;
  printed: string;
  notAvailable: boolean;
  provenance: ProvenanceSeed;
}

const row = (cohort: string, areaCode: string, periodCode: string, printed: string): TreatmentCompletionSeed => ({
  cohort, areaCode, periodCode, pathwayId: 'drugs-alcohol', printed,
  value: printed === 'tbc' ? null : Number(printed), notAvailable: printed === 'tbc', provenance: SEED_001_TABLE_2_3,
});

export const TREATMENT_COMPLETIONS: TreatmentCompletionSeed[] = [
  row('statutory offenders', 'kent-and-medway', '2011-12', '522'),
  row('statutory offenders', 'kent-and-medway', '2012-13', '574'),
  row('Medway Young Offenders', 'medway', '2011-12', 'tbc'),
  row('Medway Young Offenders', 'medway', '2012-13', 'tbc'),
  row('Kent Young Offenders', 'kent', '2011-12', 'tbc'),
  row('Kent Young Offenders', 'kent', '2012-13', 'tbc'),
];
