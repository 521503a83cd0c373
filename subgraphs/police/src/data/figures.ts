/**
 * Police figures as published in the source documents (seeds 000, 002, 003).
 * Every `printed` string is verbatim from the document named in its provenance.
 */
import type { MeasureSeed, ProvenanceSeed } from '@hub/common';

// --- Seed 000: Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015 -----------------
const SEED_000_PRIORITY_GROUPS: ProvenanceSeed = {
  publication: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015',
  publisher: 'Kent Probation, for the Kent and Medway Community Safety Partnerships',
  published: null, // the plan carries no publication date
  document: '000_a1682bea56ce2b50.txt',
  location: 'Section D, Multi-Agency Priority Groups',
};

// --- Seed 002: KMROB update to Kent Community Safety Partnership, 8 October 2019 ---------------------
export const SEED_002_IOM_STATISTICS: ProvenanceSeed = {
  publication: 'Kent & Medway Reducing Offending Board (KMROB) Update',
  publisher: 'Kent & Medway Reducing Offending Board, to Kent Community Safety Partnership',
  published: '2019-10-08',
  document: '002_f0014465c04b6cba.txt',
  location: 'Section 2, Priority Objectives and Key Outputs for 2019/20: Integrated Offender Management (IOM), key statistics',
};

// --- Seed 003: London Borough of Havering Reducing Reoffending Strategy 2016-2020 --------------------
const SEED_003 = {
  publication: 'London Borough of Havering Reducing Reoffending Strategy 2016-2020 (text marked Draft, V0.2)',
  publisher: 'London Borough of Havering, for the Havering Community Safety Partnership',
  published: '2017-01-18',
  document: '003_9445ef05e0c41006.txt',
} as const;
const SEED_003_BACKGROUND: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 3, Introduction, Background',
  citedSource: 'Metropolitan Police recorded crime, Havering (last financial year)',
};
const SEED_003_BACKGROUND_COST: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 3, Introduction, Background (footnote 2)',
  citedSource:
    'Revisions made to the multipliers and unit costs of crime used in the Integrated Offender Management Value for Money Toolkit, September 2011',
};
const SEED_003_DETECTIONS_NATIONAL: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 3, Introduction, Background, footnote 3',
  citedSource: 'HMIC crime and policing comparator (justiceinspectorates.gov.uk)',
};
const SEED_003_DETECTIONS_MET: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 3, Introduction, Background, footnote 3',
  citedSource: 'Metropolitan Police monthly data on offences and detections by borough (maps.met.police.uk/tables.htm)',
};
const SEED_003_OFFENDER_STATISTICS: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 3, Introduction, Background: Offender Statistics (raw data) table',
  citedSource:
    '2015 Adult Offender Profile for Havering, based on raw data from Metropolitan Police crime records and drug test database, assessment data for National Probation Service and Community Rehabilitation Company',
};
const SEED_003_IOM: ProvenanceSeed = { ...SEED_003, location: 'Section 3, Service provision: Integrated Offender Management (IOM)' };
const SEED_003_SGV: ProvenanceSeed = { ...SEED_003, location: 'Section 3, Service provision: Serious Group Violence (SGV)' };

const IOM_2019 =
  "Kent and Medway IOM cohort, reported by the Kent & Medway Reducing Offending Board to Kent Community Safety Partnership ('Key statistics ... regarding the IOM cohort in Kent and Medway'). IOM manages adult offenders and young people who are committing the most crimes and causing harm to their local communities; priority groups: domestic abuse, vulnerable to gang involvement, serious acquisitive crime and other complex cases.";
const SNAPSHOT_2019 = 'Snapshot: the statistics are given for the IOM cohort on the 26th July 2019.';
/** Figures printed in the public KMROB paper: already public, so disclosure control leaves them visible. */
const PUBLIC_KMROB = "KMROB update to Kent Community Safety Partnership, 8 October 2019 (a public committee paper, published with the meeting's papers)";
const LAST_FY_NOTE =
  "Printed 'In the last financial year'; the strategy was drafted August-December 2016 (approved 18 January 2017), so the last financial year is taken as 2015-16.";
const PROFILE_2015_NOTE =
  "From the 2015 Adult Offender Profile for Havering ('An Adult Offender Profile was completed for Havering in 2015'); the period the profile's data covers is not stated, recorded as 2015.";
const REPORT_DATE_NOTE_003 =
  'recorded as a snapshot on the date the Havering Community Safety Partnership approved the strategy (18 January 2017); the text was drafted August-December 2016';
const PROFILE_SOURCE = 'Adult Offender Profile for Havering (2015), LBH Community Safety, from Metropolitan Police crime records and drug test database';

export const measures: MeasureSeed[] = [
  // ---------------------------------------------------------------- Kent and Medway IOM cohort
  {
    id: 'police.iom-cohort-expected-size',
    figureKind: 'APPROXIMATE',
    name: 'Expected size of the Integrated Offender Management cohort',
    definition:
      "The size the Kent and Medway plan expected the countywide IOM cohort, its primary priority group, to reach ('As a county this is likely to be a group of around 150-200 individuals'). An expectation, not a count: compare police.iom-cohort-size. A range: value null, bounds hold the range.",
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Integrated Offender Management Strategy Board',
    source: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012-2015',
    observations: [
      {
        area: 'kent-and-medway', period: '2012-04-01', printed: 'around 150-200', value: null, lowerBound: 150, upperBound: 200, approximate: true,
        note: "Printed 'As a county this is likely to be a group of around 150-200 individuals'; an expected size, recorded as a snapshot on 1 April 2012, the start of the plan's first delivery year (the plan itself gives no date).",
        provenance: SEED_000_PRIORITY_GROUPS,
      },
    ],
  },
  {
    id: 'police.iom-cohort-size',
    figureKind: 'SNAPSHOT_COUNT',
    name: 'IOM cohort size',
    definition: `Number of individuals in the IOM cohort on the snapshot date. ${IOM_2019}`,
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    observations: [{ area: 'kent-and-medway', period: '2019-07-26', printed: '245', value: 245, note: SNAPSHOT_2019, provenance: SEED_002_IOM_STATISTICS }],
  },
  {
    id: 'police.iom-cohort-female',
    figureKind: 'SNAPSHOT_COUNT',
    name: 'IOM cohort members who are female',
    definition: `Number of IOM cohort members who are female ('2 of the cohort are female'; no percentage printed). ${IOM_2019}`,
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    observations: [{ area: 'kent-and-medway', period: '2019-07-26', printed: '2', value: 2, note: SNAPSHOT_2019, publicSource: PUBLIC_KMROB, provenance: SEED_002_IOM_STATISTICS }],
  },
  {
    id: 'police.iom-cohort-managed-by-youth-teams',
    name: 'IOM cohort members managed by youth teams (%)',
    definition: `IOM cohort members managed by youth teams (numerator, printed 14) as a percentage of the cohort (denominator 245, the cohort size on the same date). ${IOM_2019}`,
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    observations: [
      { area: 'kent-and-medway', period: '2019-07-26', printed: '14 (5.7%)', value: 5.7, numerator: 14, denominator: 245, note: SNAPSHOT_2019, provenance: SEED_002_IOM_STATISTICS },
    ],
  },
  {
    id: 'police.iom-cohort-serious-acquisitive-crime',
    name: 'IOM cohort members in the serious acquisitive crime priority group (%)',
    definition: `IOM cohort members in the serious acquisitive crime priority group, 'the priority group with the largest cohort' (numerator 93), as a percentage of the cohort (denominator 245). ${IOM_2019}`,
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    observations: [
      { area: 'kent-and-medway', period: '2019-07-26', printed: '93, 38.0%', value: 38.0, numerator: 93, denominator: 245, note: SNAPSHOT_2019, provenance: SEED_002_IOM_STATISTICS },
    ],
  },
  {
    id: 'police.iom-cohort-in-custody',
    name: 'IOM cohort members in custody (%)',
    definition: `IOM cohort members in custody (numerator 111) as a percentage of the cohort (denominator 245). ${IOM_2019}`,
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    observations: [
      {
        area: 'kent-and-medway', period: '2019-07-26', printed: '111 individuals (45.3%)', value: 45.3, numerator: 111, denominator: 245, note: SNAPSHOT_2019,
        provenance: SEED_002_IOM_STATISTICS,
      },
    ],
  },
  {
    id: 'police.iom-cohort-adults-in-community',
    figureKind: 'SNAPSHOT_COUNT',
    name: 'IOM cohort adults living in the community',
    definition: `Number of adult IOM cohort members currently living in the community (not in custody). With the 8 youths in the community and the 111 in custody they make up the cohort of 245. ${IOM_2019}`,
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    observations: [{ area: 'kent-and-medway', period: '2019-07-26', printed: '126', value: 126, note: SNAPSHOT_2019, provenance: SEED_002_IOM_STATISTICS }],
  },
  {
    id: 'police.iom-cohort-youths-in-community',
    figureKind: 'SNAPSHOT_COUNT',
    name: 'IOM cohort youths living in the community',
    definition: `Number of youth IOM cohort members currently living in the community (not in custody). ${IOM_2019}`,
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    observations: [
      { area: 'kent-and-medway', period: '2019-07-26', printed: '8', value: 8, note: `Printed '126 adults and 8 youths are currently living in the community'. ${SNAPSHOT_2019}`, provenance: SEED_002_IOM_STATISTICS },
    ],
  },
  {
    id: 'police.iom-adult-cohort-offending-reduction',
    name: 'Reduction in offending by the adult IOM cohort (%)',
    definition: `Percentage by which the adult IOM cohort has collectively reduced its offending. The baseline (the comparison period before adoption onto IOM) and the method are not stated. ${IOM_2019}`,
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    disclosureThreshold: null, // a change in offending, not a share of people
    observations: [{ area: 'kent-and-medway', period: '2019-07-26', printed: '40.0%', value: 40.0, note: SNAPSHOT_2019, provenance: SEED_002_IOM_STATISTICS }],
  },
  {
    id: 'police.iom-youth-cohort-offending-reduction',
    name: 'Reduction in offending by the youth IOM cohort (%)',
    definition: `Percentage reduction in offending measured for the youth IOM cohort. Baseline and method not stated. ${IOM_2019}`,
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    disclosureThreshold: null, // a change in offending, not a share of people
    observations: [{ area: 'kent-and-medway', period: '2019-07-26', printed: '63.0%', value: 63.0, note: SNAPSHOT_2019, provenance: SEED_002_IOM_STATISTICS }],
  },
  {
    id: 'police.iom-cohort-offences-last-3-months',
    name: 'Offences committed by the IOM cohort in the last 3 months',
    definition: `Number of offences committed by IOM cohort members in the 3 months to the snapshot date (by 23 adults and 4 youths). ${IOM_2019}`,
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    disclosureThreshold: null, // counts offences, not people
    observations: [
      {
        area: 'kent-and-medway', period: '2019-07-26', printed: '69', value: 69,
        note: "Printed 'In the last 3 months, 69 offences have been committed by 23 adults and 4 youths'; the three months to the 26 July 2019 snapshot, recorded on the snapshot date.",
        provenance: SEED_002_IOM_STATISTICS,
      },
    ],
  },
  {
    id: 'police.iom-cohort-adults-offending-last-3-months',
    name: 'Adult IOM cohort members who offended in the last 3 months',
    definition: `Number of adult IOM cohort members who committed at least one of the offences in the 3 months to the snapshot date. ${IOM_2019}`,
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    observations: [
      {
        area: 'kent-and-medway', period: '2019-07-26', printed: '23', value: 23,
        note: "Printed 'In the last 3 months, 69 offences have been committed by 23 adults and 4 youths'; the three months to the 26 July 2019 snapshot, recorded on the snapshot date.",
        provenance: SEED_002_IOM_STATISTICS,
      },
    ],
  },
  {
    id: 'police.iom-cohort-youths-offending-last-3-months',
    name: 'Youth IOM cohort members who offended in the last 3 months',
    definition: `Number of youth IOM cohort members who committed at least one of the offences in the 3 months to the snapshot date. ${IOM_2019}`,
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    observations: [
      {
        area: 'kent-and-medway', period: '2019-07-26', printed: '4', value: 4,
        note: "Printed 'In the last 3 months, 69 offences have been committed by 23 adults and 4 youths'; the three months to the 26 July 2019 snapshot, recorded on the snapshot date.",
        publicSource: PUBLIC_KMROB,
        provenance: SEED_002_IOM_STATISTICS,
      },
    ],
  },
  {
    id: 'police.iom-cohort-members-with-knife-offences-past-3-years',
    name: 'IOM cohort members who committed knife offences in the past 3 years',
    definition: `Number of IOM cohort members who committed at least one knife offence in the 3 years to the snapshot date. ${IOM_2019}`,
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    observations: [
      {
        area: 'kent-and-medway', period: '2019-07-26', printed: '19', value: 19,
        note: "Printed '19 members of the cohort have committed 25 knife offences over the past 3 years'; the three years to the 26 July 2019 snapshot, recorded on the snapshot date.",
        provenance: SEED_002_IOM_STATISTICS,
      },
    ],
  },
  {
    id: 'police.iom-cohort-knife-offences-past-3-years',
    name: 'Knife offences committed by IOM cohort members in the past 3 years',
    definition: `Number of knife offences committed by members of the IOM cohort in the 3 years to the snapshot date. ${IOM_2019}`,
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent and Medway Integrated Offender Management (IOM)',
    source: 'Kent and Medway IOM cohort statistics, reported by KMROB',
    disclosureThreshold: null, // counts offences, not people
    observations: [
      {
        area: 'kent-and-medway', period: '2019-07-26', printed: '25', value: 25,
        note: "Printed '19 members of the cohort have committed 25 knife offences over the past 3 years'; the three years to the 26 July 2019 snapshot, recorded on the snapshot date.",
        provenance: SEED_002_IOM_STATISTICS,
      },
    ],
  },

  // ---------------------------------------------------------------- Havering recorded crime and outcomes
  {
    id: 'police.recorded-crime',
    name: 'Recorded crime',
    definition: 'Number of offences recorded by the police in the area in the period (Metropolitan Police in Havering).',
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Metropolitan Police (Havering)',
    source: 'Metropolitan Police recorded crime',
    disclosureThreshold: null, // counts crimes, not people
    observations: [{ area: 'havering', period: '2015-16', printed: '16,837', value: 16837, note: LAST_FY_NOTE, provenance: SEED_003_BACKGROUND }],
  },
  {
    id: 'police.recorded-crime-socio-economic-cost',
    name: 'Estimated socio-economic cost of recorded crime',
    definition:
      'Estimated socio-economic cost of the offences recorded in the area in the period, using the multipliers and unit costs of crime of the Integrated Offender Management Value for Money Toolkit (revised September 2011).',
    unit: 'CURRENCY_GBP',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Metropolitan Police (Havering)',
    source: 'IOM Value for Money Toolkit unit costs of crime (September 2011) applied to Metropolitan Police recorded crime',
    observations: [
      {
        area: 'havering', period: '2015-16', printed: '£104,000,000', value: 104_000_000,
        note: `An estimate ('with an estimated socio-economic cost equating to £104,000,000') of the 16,837 offences. ${LAST_FY_NOTE}`,
        provenance: SEED_003_BACKGROUND_COST,
      },
    ],
  },
  {
    id: 'police.unsolved-crimes',
    name: 'Recorded crimes that went unsolved',
    definition: 'Number of recorded crimes in the area in the period that went unsolved (of the 16,837 recorded; the other 3,046 were resolved).',
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Metropolitan Police (Havering)',
    source: 'Metropolitan Police recorded crime',
    disclosureThreshold: null, // counts crimes, not people
    observations: [{ area: 'havering', period: '2015-16', printed: '13,791', value: 13791, note: LAST_FY_NOTE, provenance: SEED_003_BACKGROUND }],
  },
  {
    id: 'police.resolved-crimes',
    name: 'Recorded crimes resolved',
    definition: "Number of recorded crimes in the area in the period that were resolved ('Of the 3,046 resolved cases'); 16,837 recorded less 13,791 unsolved.",
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Metropolitan Police (Havering)',
    source: 'Metropolitan Police recorded crime',
    disclosureThreshold: null, // counts crimes, not people
    observations: [{ area: 'havering', period: '2015-16', printed: '3,046', value: 3046, note: LAST_FY_NOTE, provenance: SEED_003_BACKGROUND }],
  },
  {
    id: 'police.individuals-accused-at-court',
    figureKind: 'APPROXIMATE',
    name: 'Individuals accused at court from resolved cases',
    definition: 'Number of individuals from the resolved cases of the period who went on to be accused at court in the area.',
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Metropolitan Police (Havering)',
    source: 'Metropolitan Police recorded crime and court outcomes, as reported in the Havering strategy',
    observations: [
      {
        area: 'havering', period: '2015-16', printed: 'approximately 1,800', value: 1800, approximate: true,
        note: `Printed 'Of the 3,046 resolved cases, approximately 1,800 individuals went on to be accused at court in Havering'. ${LAST_FY_NOTE}`,
        provenance: SEED_003_BACKGROUND,
      },
    ],
  },
  {
    id: 'police.accused-assessed-by-nps-ratio',
    figureKind: 'APPROXIMATE',
    name: 'Share of those accused at court who go on to be assessed by the National Probation Service',
    definition:
      "Proportion of individuals accused at court who go on to be assessed by the National Probation Service; the others are dealt with by other outcomes such as formal and informal out-of-court outcomes. RATIO unit: printed '1 in N', value 1/N. Held by the police subgraph as a step of the Havering recorded-crime funnel; the assessment itself is the NPS's.",
    unit: 'RATIO',
    polarity: 'NEUTRAL',
    leadAgency: 'National Probation Service',
    source: 'Havering Reducing Reoffending Strategy 2016-2020, Background',
    observations: [
      {
        area: 'havering', period: '2015-16', printed: 'around 1 in 3', value: 1 / 3, approximate: true,
        note: `Printed 'From here around 1 in 3 of those accused will go on to be assessed by the National Probation Service' (no period of its own; it follows the last-financial-year figures). ${LAST_FY_NOTE}`,
        provenance: SEED_003_BACKGROUND,
      },
    ],
  },
  {
    id: 'police.sanctioned-detection-rate',
    name: 'Sanctioned detection rate',
    definition:
      "Percentage of recorded crimes that result in a sanctioned detection. National figure (England and Wales) and Metropolitan Police figure (recorded against 'london': the Metropolitan Police area, London excluding the City of London), 'with the Metropolitan Police recording amongst the lowest rates nationally'. No Havering figure is printed (3,046 resolved of 16,837 recorded is a different definition).",
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Metropolitan Police',
    source: 'HMIC crime and policing comparator (national); Metropolitan Police offences and detections tables (Met)',
    disclosureThreshold: null, // a share of crimes, not of people
    observations: [
      {
        area: 'england-and-wales', period: '2015-16', printed: '26%', value: 26,
        note: "Printed 'Nationally, 26% of crimes result in a sanctioned detection' with no period; recorded as 2015-16, the year given for the Metropolitan Police comparator in the same footnote.",
        provenance: SEED_003_DETECTIONS_NATIONAL,
      },
      {
        area: 'london', period: '2015-16', printed: '18.8%', value: 18.8,
        note: "Metropolitan Police, printed '18.8% in 2015-16'; recorded against london (Metropolitan Police area).",
        provenance: SEED_003_DETECTIONS_MET,
      },
    ],
  },

  // ---------------------------------------------------------------- Havering drug testing (2015 offender profile)
  {
    id: 'police.drug-test-cocaine-positive',
    name: 'Offenders testing positive for cocaine (%)',
    definition:
      "Percentage of drug-tested offenders who tested positive for cocaine (drug testing on arrest, Metropolitan Police drug test database). Havering had the 2nd highest proportion in London, after Bexley, with Bromley 3rd.",
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'LBH Community Safety',
    source: PROFILE_SOURCE,
    observations: [
      { area: 'bromley', period: '2015', printed: '26.6%', value: 26.6, note: `Comparator: 'Bromley 3rd with 26.6%'. ${PROFILE_2015_NOTE}`, provenance: SEED_003_OFFENDER_STATISTICS },
      { area: 'bexley', period: '2015', printed: '28.4%', value: 28.4, note: `Comparator: 'second to Bexley at 28.4%'. ${PROFILE_2015_NOTE}`, provenance: SEED_003_OFFENDER_STATISTICS },
      { area: 'havering', period: '2015', printed: '27.1%', value: 27.1, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS },
    ],
  },
  {
    id: 'police.burglars-drug-test-cocaine-positive',
    name: 'Burglars testing positive for cocaine (%)',
    definition:
      "Percentage of drug-tested burglary offenders who tested positive for cocaine. Havering had the highest percentage in London, '78% higher than the regional average of 15.3%' (the regional average is recorded for london; the 78% is a relative difference derived from the two, not loaded).",
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'LBH Community Safety',
    source: PROFILE_SOURCE,
    observations: [
      { area: 'havering', period: '2015', printed: '27.3%', value: 27.3, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS },
      { area: 'london', period: '2015', printed: '15.3%', value: 15.3, note: `Regional (London) average, printed 'the regional average of 15.3%'. ${PROFILE_2015_NOTE}`, provenance: SEED_003_OFFENDER_STATISTICS },
    ],
  },
  {
    id: 'police.drug-test-positive-white-male-share',
    name: 'Nominals testing positive for drugs who are white males (%)',
    definition:
      "Percentage of nominals who test positive for drugs who are white males; 'Higher than average, this is reflective of demographic breakdown - Havering is one of the least ethnically diverse boroughs'. Printed as a lower bound ('Over'): value 90 with lowerBound 90. Descriptive, NEUTRAL.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'LBH Community Safety',
    source: PROFILE_SOURCE,
    observations: [
      { area: 'havering', period: '2015', printed: 'Over 90%', value: 90, lowerBound: 90, approximate: true, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS },
    ],
  },
  {
    id: 'police.drug-supply-offenders-under-24',
    name: 'Drugs supply offenders under the age of 24 (%)',
    definition:
      "Percentage of offenders for drugs supply offences who are under the age of 24. Havering had the 2nd highest proportion under 24 in London, second to Waltham Forest (no Waltham Forest figure printed). Descriptive, NEUTRAL.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'LBH Community Safety',
    source: PROFILE_SOURCE,
    observations: [{ area: 'havering', period: '2015', printed: '42.3%', value: 42.3, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS }],
  },
  {
    id: 'police.drug-tested-local-residents',
    name: 'People drug tested who were local residents (%)',
    definition:
      "Percentage of all those drug tested in the borough who were local residents ('Comparable to London average', no figure). Printed as a lower bound ('Over'): value 70 with lowerBound 70. Descriptive, NEUTRAL.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'LBH Community Safety',
    source: PROFILE_SOURCE,
    observations: [
      { area: 'havering', period: '2015', printed: 'Over 70%', value: 70, lowerBound: 70, approximate: true, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS },
    ],
  },
  {
    id: 'police.offences-by-non-residents-share',
    name: 'Offences with a known suspect committed by non-residents',
    definition:
      "Proportion of all offences with a known suspect committed in the borough that were committed by those who live outside it (Havering: 11th highest proportion of offences caused by non-borough residents of all London boroughs). RATIO unit: a proportion printed in words, value 1/3 for 'a third'. Descriptive, NEUTRAL.",
    unit: 'RATIO',
    polarity: 'NEUTRAL',
    leadAgency: 'LBH Community Safety',
    source: PROFILE_SOURCE,
    observations: [{ area: 'havering', period: '2015', printed: 'a third', value: 1 / 3, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS }],
  },
  {
    id: 'police.offenders-resident-in-barking-and-dagenham-ratio',
    name: 'Known offenders in Havering who resided in Barking & Dagenham',
    definition:
      "Proportion of known offenders who committed offences in Havering who resided in neighbouring Barking & Dagenham (area = where the offences were committed). RATIO unit: printed '1 in N', value 1/N; 'Almost' makes 1/5 an upper bound. Descriptive, NEUTRAL.",
    unit: 'RATIO',
    polarity: 'NEUTRAL',
    leadAgency: 'LBH Community Safety',
    source: PROFILE_SOURCE,
    observations: [
      { area: 'havering', period: '2015', printed: 'Almost 1 in 5', value: 0.2, upperBound: 0.2, approximate: true, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS },
    ],
  },

  // ---------------------------------------------------------------- Havering IOM and SGV
  {
    id: 'police.iom-nominals-on-list',
    figureKind: 'APPROXIMATE',
    name: 'IOM nominals on the list at any given time',
    definition:
      "Number of Integrated Offender Management nominals on the Havering IOM list at any given time (managed by RAG status: Red, Amber, Green). A range: value null, bounds hold the range. Havering's own cohort, distinct from the Kent and Medway cohort (police.iom-cohort-size).",
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Metropolitan Police (Havering)',
    source: 'Havering Reducing Reoffending Strategy 2016-2020, Service provision: IOM',
    observations: [
      {
        area: 'havering', period: '2017-01-18', printed: '75-80', value: null, lowerBound: 75, upperBound: 80,
        note: `Printed 'There are between 75-80 IOM nominals on our list at any given time'; ${REPORT_DATE_NOTE_003}.`,
        provenance: SEED_003_IOM,
      },
    ],
  },
  {
    id: 'police.sgv-individuals-monitored',
    figureKind: 'APPROXIMATE',
    name: 'Individuals monitored by the Serious Group Violence panel',
    definition: 'Number of individuals (including gang members and associated offenders) being monitored by the Serious Group Violence panel.',
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Havering Serious Group Violence Panel',
    source: 'Havering Reducing Reoffending Strategy 2016-2020, Service provision: SGV',
    observations: [
      {
        area: 'havering', period: '2017-01-18', printed: 'approximately 100', value: 100, approximate: true,
        note: `Printed 'There are approximately 100 individuals ... being monitored by the Serious Group Violence panel'; ${REPORT_DATE_NOTE_003}.`,
        provenance: SEED_003_SGV,
      },
    ],
  },
  {
    id: 'police.sgv-on-trident-matrix-ratio',
    name: 'SGV-monitored individuals who feature on the Trident Matrix',
    definition:
      "Proportion of the individuals monitored by the Serious Group Violence panel who feature on the Police Trident Matrix (Metropolitan Police Gangs Matrix). RATIO unit: printed '1 in N', value 1/N. Descriptive, NEUTRAL.",
    unit: 'RATIO',
    polarity: 'NEUTRAL',
    leadAgency: 'Metropolitan Police (Havering)',
    source: 'Havering Reducing Reoffending Strategy 2016-2020, Service provision: SGV',
    observations: [
      {
        area: 'havering', period: '2017-01-18', printed: '1 in 4', value: 0.25,
        note: `Printed 'however only 1 in 4 feature on the Police Trident Matrix'; ${REPORT_DATE_NOTE_003}.`,
        provenance: SEED_003_SGV,
      },
    ],
  },
];
