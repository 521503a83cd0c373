/**
 * Young offenders in suitable accommodation, Kent and Medway rows, 2011-12 and 2012-13, as the Kent and Medway
 * Strategic Plan Progress Report prints them (seed 001, Appendix A, 2.1 Accommodation, headline measures):
 *   "% Medway Young Offenders in suitable accommodation	Approx. 97%	Approx. 98%"
 *   "% Kent Young Offenders in suitable accommodation	81.4%	81.8%"
 * The Kent row's service is the lead agency the report names for young people's accommodation ("Integrated Youth
 * Services (KCC)"); the report names none for the Medway row. A public council paper.
 */
import type { ProvenanceSeed } from '@hub/common';
import { SEED_001_TABLE_2_1 } from './figures';

export interface YoungOffenderAccommodationSeed {
  areaCode: string;
  periodCode: string;
  cohort: string;
  reportedBy: string | null;
  value: number;
  printed: string;
  approximate: boolean;
  provenance: ProvenanceSeed;
}

const MEDWAY = { areaCode: 'medway', cohort: 'Medway Young Offenders', reportedBy: null, provenance: SEED_001_TABLE_2_1 };
const KENT = { areaCode: 'kent', cohort: 'Kent Young Offenders', reportedBy: 'Integrated Youth Services (KCC)', provenance: SEED_001_TABLE_2_1 };

export const YOUNG_OFFENDER_ACCOMMODATION: YoungOffenderAccommodationSeed[] = [
  { ...MEDWAY, periodCode: '2011-12', value: 97, printed: 'Approx. 97%', approximate: true },
  { ...MEDWAY, periodCode: '2012-13', value: 98, printed: 'Approx. 98%', approximate: true },
  { ...KENT, periodCode: '2011-12', value: 81.4, printed: '81.4%', approximate: false },
  { ...KENT, periodCode: '2012-13', value: 81.8, printed: '81.8%', approximate: false },
];
