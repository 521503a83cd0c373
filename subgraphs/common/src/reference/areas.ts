/**
 * The areas that figures are published for, and how they nest. One list for every subgraph:
 * each subgraph loads it into its own database so observations can reference an area by code
 * (foreign key) and unknown codes are rejected with a named error.
 */
export type AreaKind =
  | 'COUNTRY'
  | 'REGION'
  | 'PARTNERSHIP_AREA'
  | 'COUNTY'
  | 'UNITARY_AUTHORITY'
  | 'LONDON_BOROUGH'
  | 'DISTRICT'
  /** Synthetic national geography (synthetic/geography.ts): probation region > police force area > local authority. */
  | 'PROBATION_REGION'
  | 'POLICE_FORCE_AREA'
  | 'LOCAL_AUTHORITY';

export interface AreaSeed {
  code: string;
  name: string;
  kind: AreaKind;
  parent: string | null;
}

const kentDistricts: Array<[string, string]> = [
  ['ashford', 'Ashford'],
  ['canterbury', 'Canterbury'],
  ['dartford', 'Dartford'],
  ['dover', 'Dover'],
  ['folkestone-and-hythe', 'Folkestone and Hythe (Shepway until 2018)'],
  ['gravesham', 'Gravesham'],
  ['maidstone', 'Maidstone'],
  ['sevenoaks', 'Sevenoaks'],
  ['swale', 'Swale'],
  ['thanet', 'Thanet'],
  ['tonbridge-and-malling', 'Tonbridge and Malling'],
  ['tunbridge-wells', 'Tunbridge Wells'],
];

const londonBoroughs: Array<[string, string]> = [
  ['havering', 'Havering'],
  ['barking-and-dagenham', 'Barking and Dagenham'],
  ['bexley', 'Bexley'],
  ['bromley', 'Bromley'],
  ['waltham-forest', 'Waltham Forest'],
];

/** Parents come before children, so the list can be inserted in order. */
export const AREAS: readonly AreaSeed[] = [
  { code: 'england-and-wales', name: 'England and Wales', kind: 'COUNTRY', parent: null },
  { code: 'london', name: 'London', kind: 'REGION', parent: 'england-and-wales' },
  { code: 'south-east', name: 'South East', kind: 'REGION', parent: 'england-and-wales' },
  { code: 'south-west', name: 'South West', kind: 'REGION', parent: 'england-and-wales' },
  { code: 'kent-and-medway', name: 'Kent and Medway', kind: 'PARTNERSHIP_AREA', parent: 'south-east' },
  { code: 'kent', name: 'Kent', kind: 'COUNTY', parent: 'kent-and-medway' },
  { code: 'medway', name: 'Medway', kind: 'UNITARY_AUTHORITY', parent: 'kent-and-medway' },
  ...kentDistricts.map(([code, name]): AreaSeed => ({ code, name, kind: 'DISTRICT', parent: 'kent' })),
  ...londonBoroughs.map(([code, name]): AreaSeed => ({ code, name, kind: 'LONDON_BOROUGH', parent: 'london' })),
  { code: 'plymouth', name: 'Plymouth', kind: 'UNITARY_AUTHORITY', parent: 'south-west' },
];
