/**
 * The IOM cohort profile of 26 July 2019, as the KMROB update to Kent Community Safety Partnership of 8 October 2019
 * prints it (seed 002, section 2, "Key statistics ... regarding the IOM cohort in Kent and Medway"). Every `printed`
 * string is verbatim from that section; the profile is a public council paper, so its small counts are not withheld.
 */
import { SEED_002_IOM_STATISTICS } from './figures';

export interface CohortFigureSeed {
  /** The IomCohortProfile field it fills. */
  figure: string;
  value: number;
  printed: string;
  countsPeople: boolean;
  /** The police headline measure that publishes the same figure. */
  measureId: string | null;
}

export interface CohortProfileSeed {
  id: string;
  priorityGroupId: string;
  areaCode: string;
  snapshot: string;
  publicDocument: boolean;
  provenance: typeof SEED_002_IOM_STATISTICS;
  figures: CohortFigureSeed[];
}

export const IOM_COHORT_PROFILES: CohortProfileSeed[] = [
  {
    id: 'kent-and-medway-2019-07-26',
    priorityGroupId: 'iom',
    areaCode: 'kent-and-medway',
    snapshot: '2019-07-26',
    publicDocument: true,
    provenance: SEED_002_IOM_STATISTICS,
    figures: [
      // "On the 26th July 2019 the IOM cohort was at 245"
      { figure: 'size', value: 245, printed: '245', countsPeople: true, measureId: 'police.iom-cohort-size' },
      // "2 of the cohort are female"
      { figure: 'female', value: 2, printed: '2', countsPeople: true, measureId: 'police.iom-cohort-female' },
      // "14 (5.7%) are managed by youth teams"
      { figure: 'managedByYouthTeams', value: 14, printed: '14', countsPeople: true, measureId: null },
      { figure: 'managedByYouthTeamsShare', value: 5.7, printed: '5.7%', countsPeople: false, measureId: 'police.iom-cohort-managed-by-youth-teams' },
      // "Serious acquisitive crime is the priority group with the largest cohort (93, 38.0%)"
      { figure: 'seriousAcquisitiveCrime', value: 93, printed: '93', countsPeople: true, measureId: null },
      { figure: 'seriousAcquisitiveCrimeShare', value: 38.0, printed: '38.0%', countsPeople: false, measureId: 'police.iom-cohort-serious-acquisitive-crime' },
      // "111 individuals (45.3%) are in custody"
      { figure: 'inCustody', value: 111, printed: '111', countsPeople: true, measureId: null },
      { figure: 'inCustodyShare', value: 45.3, printed: '45.3%', countsPeople: false, measureId: 'police.iom-cohort-in-custody' },
      // "126 adults and 8 youths are currently living in the community"
      { figure: 'adultsInCommunity', value: 126, printed: '126', countsPeople: true, measureId: 'police.iom-cohort-adults-in-community' },
      { figure: 'youthsInCommunity', value: 8, printed: '8', countsPeople: true, measureId: 'police.iom-cohort-youths-in-community' },
      // "The adult cohort has collectively reduced their offending by 40.0%" / "The youth cohort has measured a 63.0% reduction in offending"
      { figure: 'adultOffendingReduction', value: 40.0, printed: '40.0%', countsPeople: false, measureId: 'police.iom-adult-cohort-offending-reduction' },
      { figure: 'youthOffendingReduction', value: 63.0, printed: '63.0%', countsPeople: false, measureId: 'police.iom-youth-cohort-offending-reduction' },
      // "In the last 3 months, 69 offences have been committed by 23 adults and 4 youths"
      { figure: 'offencesLast3Months', value: 69, printed: '69', countsPeople: false, measureId: 'police.iom-cohort-offences-last-3-months' },
      { figure: 'adultsOffendingLast3Months', value: 23, printed: '23', countsPeople: true, measureId: 'police.iom-cohort-adults-offending-last-3-months' },
      { figure: 'youthsOffendingLast3Months', value: 4, printed: '4', countsPeople: true, measureId: 'police.iom-cohort-youths-offending-last-3-months' },
      // "19 members of the cohort have committed 25 knife offences over the past 3 years"
      { figure: 'membersWithKnifeOffencesPast3Years', value: 19, printed: '19', countsPeople: true, measureId: 'police.iom-cohort-members-with-knife-offences-past-3-years' },
      { figure: 'knifeOffencesPast3Years', value: 25, printed: '25', countsPeople: false, measureId: 'police.iom-cohort-knife-offences-past-3-years' },
    ],
  },
];
