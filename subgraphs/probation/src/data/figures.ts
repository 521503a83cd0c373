/**
 * Probation figures as published in the source documents (seeds 000, 001, 003).
 * Every `printed` string is verbatim from the document named in its provenance.
 */
import type { MeasureSeed, ProvenanceSeed } from '@hub/common';

// --- Seed 000: Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015 ---------------
// The plan carries no publication date: none is recorded (the graph says the source gives none).
const SEED_000 = {
  publication: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015',
  publisher: 'Kent Probation, for the Kent and Medway Community Safety Partnerships',
  published: null,
  document: '000_a1682bea56ce2b50.txt',
} as const;
const SEED_000_INTRODUCTION: ProvenanceSeed = {
  ...SEED_000,
  location: 'Section A, Introduction',
  citedSource: 'National Audit Office ("a recent National Audit Office report", not named)',
};
export const SEED_000_ACCOMMODATION_NEED: ProvenanceSeed = { ...SEED_000, location: 'Section E, Accommodation: Need' };
export const SEED_000_ETE_NEED: ProvenanceSeed = { ...SEED_000, location: 'Section E, Education and Employment: Need' };
export const SEED_000_SUBSTANCE_MISUSE_NEED: ProvenanceSeed = { ...SEED_000, location: 'Section E, Substance Misuse (Drugs and Alcohol): Need' };

// --- Seed 001: Kent CSP 17 July 2013, annual stock take, Appendix A progress report ------------------
const SEED_001 = {
  publication:
    'Kent and Medway Strategic Plan for Reducing Reoffending 2012-2015: annual stock take, Appendix A: Kent and Medway Strategic Plan Progress Report 2012 to 2015',
  publisher: 'Kent Community Safety Partnership (paper by the Chair of the Kent and Medway Reducing Reoffending Board)',
  published: '2013-07-17',
  document: '001_b957d7ba0e7289ba.txt',
} as const;
const SEED_001_TABLE_1_1: ProvenanceSeed = {
  ...SEED_001,
  location: 'Appendix A, table 1.1 Proven Re-offending of adult offenders in Kent',
  citedSource: 'Ministry of Justice, Quarterly Proven Re-offending Statistics',
};
const SEED_001_TABLE_1_2: ProvenanceSeed = {
  ...SEED_001,
  location: 'Appendix A, table 1.2 Proven Re-offending of juvenile offenders in Kent',
  citedSource: 'Ministry of Justice, Quarterly Proven Re-offending Statistics',
};
const SEED_001_TABLE_1_3: ProvenanceSeed = {
  ...SEED_001,
  location: 'Appendix A, table 1.3 Local Adult Re-offending in Kent Probation',
  citedSource: 'Ministry of Justice, Local Adult Re-offending (National Indicator 18)',
};
const SEED_001_TABLE_2_1: ProvenanceSeed = { ...SEED_001, location: 'Appendix A, 2.1 Accommodation, headline measures' };
const SEED_001_TABLE_2_2: ProvenanceSeed = { ...SEED_001, location: 'Appendix A, 2.2 Education and Employment, headline measures' };

// --- Seed 003: London Borough of Havering Reducing Reoffending Strategy 2016-2020 --------------------
// The text is marked Draft (V0.2; version history to V0.3, 29/12/2016); it records approval by the
// Havering Community Safety Partnership on 18 January 2017, used as the publication date throughout.
const SEED_003 = {
  publication: 'London Borough of Havering Reducing Reoffending Strategy 2016-2020 (text marked Draft, V0.2)',
  publisher: 'London Borough of Havering, for the Havering Community Safety Partnership',
  published: '2017-01-18',
  document: '003_9445ef05e0c41006.txt',
} as const;
const SEED_003_NAO_COST: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 2, Executive summary (repeated in Section 3, Purpose and scope)',
  citedSource: 'National Audit Office, Transforming rehabilitation report, April 28, 2016',
};
const SEED_003_PURPOSE_SCOPE_SEU: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 3, Purpose and scope',
  citedSource: 'Social Exclusion Unit (July 2002), Reducing Reoffending by Ex-Prisoners',
};
const SEED_003_HALF_OF_CRIME: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 2, Executive summary (repeated in Section 3, Purpose and scope)',
  citedSource: '2010 to 2015 government policy: reoffending and rehabilitation, Home Office and Ministry of Justice (gov.uk, accessed 13.09.2016)',
};
const SEED_003_RECONVICTION: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 2, Executive summary (repeated in Section 3, Purpose and scope)',
};
const SEED_003_OFFENDER_STATISTICS: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 3, Introduction, Background: Offender Statistics (raw data) table',
  citedSource:
    '2015 Adult Offender Profile for Havering, based on raw data from Metropolitan Police crime records and drug test database, assessment data for National Probation Service and Community Rehabilitation Company',
};
const SEED_003_MISSED_APPOINTMENTS: ProvenanceSeed = {
  ...SEED_003,
  location: 'Section 3, Introduction, Background: Offender Statistics (raw data) table, Offences',
  citedSource: 'Ministry of Justice Probation study (regional perspective for London), as reported in the 2015 Adult Offender Profile for Havering',
};
const SEED_003_CRC: ProvenanceSeed = { ...SEED_003, location: 'Section 3, Service provision: Community Rehabilitation Company (CRC)' };
const SEED_003_NPS: ProvenanceSeed = { ...SEED_003, location: 'Section 3, Service provision: National Probation Service (NPS)' };

const REPORT_DATE_NOTE_003 =
  'recorded as a snapshot on the date the Havering Community Safety Partnership approved the strategy (18 January 2017); the text was drafted August-December 2016';
const PROFILE_2015_NOTE =
  "From the 2015 Adult Offender Profile for Havering ('An Adult Offender Profile was completed for Havering in 2015'); the period the profile's data covers is not stated, recorded as 2015.";

const PROVEN_REOFFENDING_CAVEAT =
  "The measure includes all {who} offenders in Kent who were released from custody, received a non-custodial conviction at court, received a caution, reprimand, warning or tested positive for opiates or cocaine in a 12 month cohort period. Proven re-offending is any offence committed in a one year follow-up period and receiving a court conviction, caution, reprimand or warning in the one year follow-up; a further six month waiting period is allowed for cases to progress through the courts (paragraph under table 1.2, from the MoJ 'Proven Reoffending Statistics Quarterly Bulletin').";
const adultCaveat = PROVEN_REOFFENDING_CAVEAT.replace('{who}', 'adult');
const juvenileCaveat = PROVEN_REOFFENDING_CAVEAT.replace('{who}', 'juvenile');

const NI18_CAVEAT =
  "Kent Probation's area covers Kent and Medway, hence area kent-and-medway. NI18 only measures offenders under probation supervision: each publication combines 4 rolling snapshots of offenders on the probation caseload at the end of each quarter; proven re-offending is any offence committed within a 3 month follow-up period of each snapshot and proven within a further 3 months by court conviction or caution (paragraph under table 1.3).";

const NEEDS_CAVEAT =
  "Offenders who started a community order in Kent or Medway between April 2010 and March 2011 (the plan's 'current data'; the assessment source is not named). The total number of community order starts (the denominator) is not printed, so percentage and count are loaded as separate measures.";

const MOJ_PROVEN = 'Ministry of Justice, Quarterly Proven Re-offending Statistics';
const MOJ_NI18 = 'Ministry of Justice, Local Adult Re-offending (National Indicator 18)';

/** The proven re-offending series of table 1.1 and 1.2, before the Ministry of Justice moved to 3-month cohorts in October 2017. */
const MOJ_12_MONTH_SERIES = {
  name: 'Proven re-offending, 12-month cohorts (MoJ, to 2017)',
  methodology:
    'Ministry of Justice proven re-offending: offenders released from custody, convicted at court (non-custodial), cautioned, reprimanded or warned, or ' +
    'testing positive for opiates or cocaine in a 12-month cohort period; a proven re-offence is committed in a one-year follow-up and proven by ' +
    'conviction or caution in that year or a further six months. In October 2017 the Ministry of Justice changed the cohort to offenders starting ' +
    'in a 3-month period (Proven reoffending statistics: definitions and measurement, 2017), so later figures are a new series version.',
};
/** Months from the end of a proven re-offending cohort period to its publication: 12 months' follow-up, 6 months for court outcomes, about 4 to publish. */
const MOJ_PROVEN_LAG_MONTHS = 22;
const NI18_SERIES = {
  name: 'Local adult re-offending (NI18), quarterly caseload snapshots',
  methodology:
    'Ministry of Justice local adult re-offending (National Indicator 18): four quarterly snapshots of the probation caseload added together; proven ' +
    're-offending within 3 months of each snapshot (proven within a further 3 months), compared with a rate predicted from the characteristics of ' +
    'the offenders and the 2007-08 baseline.',
  closedNote:
    'Closed: National Indicator 18 ended with the National Indicator Set; the last figure printed is for 2012 (table 1.3 of the 2013 stock take). ' +
    "Later local re-offending figures are of the Ministry of Justice's proven re-offending series, not comparable with NI18.",
};
/** NI18's 'Difference to baseline (Predicted)': a relative difference whose sign the document does not give. */
const ni18Predicted = (printed: string, value: number) => [{
  kind: 'PREDICTED' as const, relativeDifference: value, signKnown: false, printed,
  note: "Row 'Difference to baseline (Predicted)' of table 1.3: a relative difference between the actual and the predicted rate; the document does not say which is higher.",
}];

export const measures: MeasureSeed[] = [
  // ---------------------------------------------------------------- table 1.1: adult proven re-offending
  {
    id: 'probation.adult-proven-reoffending-offenders',
    appliesTo: ['kent'],
    publicationLagMonths: MOJ_PROVEN_LAG_MONTHS,
    series: MOJ_12_MONTH_SERIES,
    name: 'Proven re-offending: adult offenders in the cohort (Kent)',
    definition: `Number of adult offenders in Kent in the MoJ proven re-offending cohort for the period (row 'Total offenders' of table 1.1). ${adultCaveat}`,
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: MOJ_PROVEN,
    observations: [
      { area: 'kent', period: '2008', printed: '13,912', value: 13912, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2009', printed: '13,635', value: 13635, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2010', printed: '12,526', value: 12526, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2010-07..2011-06', printed: '12,603', value: 12603, provenance: SEED_001_TABLE_1_1 },
    ],
  },
  {
    id: 'probation.adult-proven-reoffending-reoffenders',
    figureKind: 'RATE_NUMERATOR',
    rateMeasure: 'probation.adult-proven-reoffending-proportion',
    appliesTo: ['kent'],
    publicationLagMonths: MOJ_PROVEN_LAG_MONTHS,
    series: MOJ_12_MONTH_SERIES,
    name: 'Proven re-offending: adult re-offenders (Kent)',
    definition: `Number of adult offenders in the Kent cohort who committed a proven re-offence (row 'Total re-offenders' of table 1.1). ${adultCaveat}`,
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: MOJ_PROVEN,
    observations: [
      { area: 'kent', period: '2008', printed: '3,118', value: 3118, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2009', printed: '3,016', value: 3016, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2010', printed: '2,906', value: 2906, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2010-07..2011-06', printed: '2,861', value: 2861, provenance: SEED_001_TABLE_1_1 },
    ],
  },
  {
    id: 'probation.adult-proven-reoffending-proportion',
    appliesTo: ['kent'],
    publicationLagMonths: MOJ_PROVEN_LAG_MONTHS,
    series: MOJ_12_MONTH_SERIES,
    name: 'Proven re-offending: proportion of adult offenders who re-offend (Kent)',
    definition: `Adult re-offenders (numerator, 'Total re-offenders') as a percentage of adult offenders in the cohort (denominator, 'Total offenders') of the same column of table 1.1. ${adultCaveat}`,
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: MOJ_PROVEN,
    observations: [
      { area: 'kent', period: '2008', printed: '22.41%', value: 22.41, numerator: 3118, denominator: 13912, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2009', printed: '22.12%', value: 22.12, numerator: 3016, denominator: 13635, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2010', printed: '23.20%', value: 23.2, numerator: 2906, denominator: 12526, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2010-07..2011-06', printed: '22.7%', value: 22.7, numerator: 2861, denominator: 12603, provenance: SEED_001_TABLE_1_1 },
    ],
  },
  {
    id: 'probation.adult-proven-reoffending-reoffences-per-reoffender',
    appliesTo: ['kent'],
    publicationLagMonths: MOJ_PROVEN_LAG_MONTHS,
    series: MOJ_12_MONTH_SERIES,
    name: 'Proven re-offending: average number of re-offences per adult re-offender (Kent)',
    definition: `Average number of proven re-offences committed by each adult re-offender in the Kent cohort (row 'Average number of re-offences' of table 1.1: re-offences divided by re-offenders). ${adultCaveat}`,
    unit: 'RATE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: MOJ_PROVEN,
    observations: [
      { area: 'kent', period: '2008', printed: '2.71', value: 2.71, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2009', printed: '2.70', value: 2.7, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2010', printed: '2.82', value: 2.82, provenance: SEED_001_TABLE_1_1 },
      { area: 'kent', period: '2010-07..2011-06', printed: '2.76', value: 2.76, provenance: SEED_001_TABLE_1_1 },
    ],
  },

  // ---------------------------------------------------------------- table 1.2: juvenile proven re-offending
  {
    id: 'probation.juvenile-proven-reoffending-offenders',
    appliesTo: ['kent'],
    publicationLagMonths: MOJ_PROVEN_LAG_MONTHS,
    series: MOJ_12_MONTH_SERIES,
    name: 'Proven re-offending: juvenile offenders in the cohort (Kent)',
    definition: `Number of juvenile offenders in Kent in the MoJ proven re-offending cohort for the period (row 'Total offenders' of table 1.2). ${juvenileCaveat}`,
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: MOJ_PROVEN,
    observations: [
      { area: 'kent', period: '2008', printed: '3,915', value: 3915, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2009', printed: '3,847', value: 3847, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2010', printed: '2,835', value: 2835, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2010-07..2011-06', printed: '2,657', value: 2657, provenance: SEED_001_TABLE_1_2 },
    ],
  },
  {
    id: 'probation.juvenile-proven-reoffending-reoffenders',
    figureKind: 'RATE_NUMERATOR',
    rateMeasure: 'probation.juvenile-proven-reoffending-proportion',
    appliesTo: ['kent'],
    publicationLagMonths: MOJ_PROVEN_LAG_MONTHS,
    series: MOJ_12_MONTH_SERIES,
    name: 'Proven re-offending: juvenile re-offenders (Kent)',
    definition: `Number of juvenile offenders in the Kent cohort who committed a proven re-offence (row 'Total re-offenders' of table 1.2). ${juvenileCaveat}`,
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: MOJ_PROVEN,
    observations: [
      { area: 'kent', period: '2008', printed: '1,234', value: 1234, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2009', printed: '1,114', value: 1114, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2010', printed: '946', value: 946, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2010-07..2011-06', printed: '890', value: 890, provenance: SEED_001_TABLE_1_2 },
    ],
  },
  {
    id: 'probation.juvenile-proven-reoffending-proportion',
    appliesTo: ['kent'],
    publicationLagMonths: MOJ_PROVEN_LAG_MONTHS,
    series: MOJ_12_MONTH_SERIES,
    name: 'Proven re-offending: proportion of juvenile offenders who re-offend (Kent)',
    definition: `Juvenile re-offenders (numerator, 'Total re-offenders') as a percentage of juvenile offenders in the cohort (denominator, 'Total offenders') of the same column of table 1.2. ${juvenileCaveat}`,
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: MOJ_PROVEN,
    observations: [
      { area: 'kent', period: '2008', printed: '31.5%', value: 31.5, numerator: 1234, denominator: 3915, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2009', printed: '29.0%', value: 29, numerator: 1114, denominator: 3847, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2010', printed: '33.4%', value: 33.4, numerator: 946, denominator: 2835, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2010-07..2011-06', printed: '33.5%', value: 33.5, numerator: 890, denominator: 2657, provenance: SEED_001_TABLE_1_2 },
    ],
  },
  {
    id: 'probation.juvenile-proven-reoffending-reoffences-per-reoffender',
    appliesTo: ['kent'],
    publicationLagMonths: MOJ_PROVEN_LAG_MONTHS,
    series: MOJ_12_MONTH_SERIES,
    name: 'Proven re-offending: average number of re-offences per juvenile re-offender (Kent)',
    definition: `Average number of proven re-offences committed by each juvenile re-offender in the Kent cohort (row 'Average number of re-offences' of table 1.2). ${juvenileCaveat}`,
    unit: 'RATE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: MOJ_PROVEN,
    observations: [
      { area: 'kent', period: '2008', printed: '2.63', value: 2.63, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2009', printed: '2.39', value: 2.39, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2010', printed: '2.67', value: 2.67, provenance: SEED_001_TABLE_1_2 },
      { area: 'kent', period: '2010-07..2011-06', printed: '2.70', value: 2.7, provenance: SEED_001_TABLE_1_2 },
    ],
  },

  // ---------------------------------------------------------------- table 1.3: NI18 local adult re-offending
  {
    id: 'probation.ni18-offenders',
    figureKind: 'SNAPSHOT_COUNT',
    appliesTo: ['kent-and-medway'],
    series: NI18_SERIES,
    name: 'NI18 local adult re-offending: offenders on the probation caseload',
    definition: `Number of adult offenders under Kent Probation supervision in the NI18 snapshots for the year (row 'Total offenders' of table 1.3). ${NI18_CAVEAT}`,
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: MOJ_NI18,
    observations: [
      { area: 'kent-and-medway', period: '2009', printed: '16,648', value: 16648, provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2010', printed: '15,914', value: 15914, provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2011', printed: '15,960', value: 15960, provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2012', printed: '16,503', value: 16503, provenance: SEED_001_TABLE_1_3 },
    ],
  },
  {
    id: 'probation.ni18-reoffenders',
    figureKind: 'RATE_NUMERATOR',
    rateMeasure: 'probation.ni18-reoffending-proportion',
    appliesTo: ['kent-and-medway'],
    series: NI18_SERIES,
    name: 'NI18 local adult re-offending: re-offenders',
    definition: `Number of adult offenders in the NI18 snapshots who committed a proven re-offence within the 3 month follow-up (row 'Total re-offenders' of table 1.3, printed without thousands separators). ${NI18_CAVEAT}`,
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: MOJ_NI18,
    observations: [
      { area: 'kent-and-medway', period: '2009', printed: '1583', value: 1583, provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2010', printed: '1507', value: 1507, provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2011', printed: '1535', value: 1535, provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2012', printed: '1493', value: 1493, provenance: SEED_001_TABLE_1_3 },
    ],
  },
  {
    id: 'probation.ni18-reoffending-proportion',
    denominatorSummedSnapshots: true,
    ragRule: 'AGAINST_PREDICTED',
    appliesTo: ['kent-and-medway'],
    series: NI18_SERIES,
    name: 'NI18 local adult re-offending: proportion of offenders who re-offend',
    definition: `Re-offenders (numerator) as a percentage of offenders in the NI18 snapshots (denominator) of the same column of table 1.3. ${NI18_CAVEAT}`,
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: MOJ_NI18,
    observations: [
      { area: 'kent-and-medway', period: '2009', printed: '9.51%', value: 9.51, numerator: 1583, denominator: 16648, comparators: ni18Predicted('11.96%', 11.96), provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2010', printed: '9.47%', value: 9.47, numerator: 1507, denominator: 15914, comparators: ni18Predicted('9.50%', 9.5), provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2011', printed: '9.62%', value: 9.62, numerator: 1535, denominator: 15960, comparators: ni18Predicted('11.75%', 11.75), provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2012', printed: '9.05%', value: 9.05, numerator: 1493, denominator: 16503, comparators: ni18Predicted('4.75%', 4.75), provenance: SEED_001_TABLE_1_3 },
    ],
  },
  {
    id: 'probation.ni18-difference-to-baseline-predicted',
    figureKind: 'RELATIVE_DIFFERENCE',
    appliesTo: ['kent-and-medway'],
    series: NI18_SERIES,
    name: 'NI18 local adult re-offending: difference to baseline (predicted)',
    definition:
      `Row 'Difference to baseline (Predicted)' of table 1.3. NI18 compares the actual re-offending rate with the predicted rate: the proportion of offenders expected to re-offend given the known characteristics of the offenders in the snapshot and re-offending rates from the baseline period. ` +
      `The document does not state the sign convention or whether the figure is a relative difference or percentage points; with actual rates of 9.05%-9.62% the printed values (4.75%-11.96%) can only be relative differences, and their positive sign most likely means the actual rate was below the predicted rate, but this is not stated, so the polarity is NEUTRAL: read it with the actual proportion (probation.ni18-reoffending-proportion). ${NI18_CAVEAT}`,
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: MOJ_NI18,
    disclosureThreshold: null, // a difference between rates, not a count of people
    observations: [
      { area: 'kent-and-medway', period: '2009', printed: '11.96%', value: 11.96, provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2010', printed: '9.50%', value: 9.5, provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2011', printed: '11.75%', value: 11.75, provenance: SEED_001_TABLE_1_3 },
      { area: 'kent-and-medway', period: '2012', printed: '4.75%', value: 4.75, provenance: SEED_001_TABLE_1_3 },
    ],
  },

  // ---------------------------------------------------------------- seed 000: offender needs at the start of community orders
  {
    id: 'probation.community-order-starts-accommodation-need-proportion',
    name: 'Offenders starting a community order with an accommodation need (%)',
    definition: `Percentage of offenders who started a community order in Kent or Medway identified as having an accommodation need; the plan adds 'this equates to 1,247 offenders' (see probation.community-order-starts-accommodation-need-count). ${NEEDS_CAVEAT} A descriptive measure of need, so NEUTRAL.`,
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012-2015, Accommodation: Need ("current data")',
    observations: [
      { area: 'kent-and-medway', period: '2010-11', printed: '36%', value: 36, note: "Printed 'between April 2010 and March 2011'.", provenance: SEED_000_ACCOMMODATION_NEED },
    ],
  },
  {
    id: 'probation.community-order-starts-accommodation-need-count',
    figureKind: 'RATE_NUMERATOR',
    rateMeasure: 'probation.community-order-starts-accommodation-need-proportion',
    name: 'Offenders starting a community order with an accommodation need (number)',
    definition: `Number of offenders who started a community order in Kent or Medway identified as having an accommodation need (printed as the equivalent of the 36%). ${NEEDS_CAVEAT}`,
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012-2015, Accommodation: Need ("current data")',
    observations: [
      { area: 'kent-and-medway', period: '2010-11', printed: '1,247', value: 1247, note: "Printed 'between April 2010 and March 2011 ... this equates to 1,247 offenders'.", provenance: SEED_000_ACCOMMODATION_NEED },
    ],
  },
  {
    id: 'probation.community-order-starts-ete-need-proportion',
    name: 'Offenders starting a community order with an employment or training need (%)',
    definition: `Percentage of offenders who started a community order in Kent or Medway identified as having an employment or training need; 'this equates to 1,697 offenders' (see probation.community-order-starts-ete-need-count). ${NEEDS_CAVEAT} Descriptive, NEUTRAL.`,
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012-2015, Education and Employment: Need',
    observations: [
      { area: 'kent-and-medway', period: '2010-11', printed: '48%', value: 48, note: "Printed 'From April 2010 to March 2011'.", provenance: SEED_000_ETE_NEED },
    ],
  },
  {
    id: 'probation.community-order-starts-ete-need-count',
    figureKind: 'RATE_NUMERATOR',
    rateMeasure: 'probation.community-order-starts-ete-need-proportion',
    name: 'Offenders starting a community order with an employment or training need (number)',
    definition: `Number of offenders who started a community order in Kent or Medway identified as having an employment or training need (printed as the equivalent of the 48%). ${NEEDS_CAVEAT}`,
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012-2015, Education and Employment: Need',
    observations: [
      { area: 'kent-and-medway', period: '2010-11', printed: '1,697', value: 1697, note: "Printed 'From April 2010 to March 2011 ... this equates to 1,697 offenders'.", provenance: SEED_000_ETE_NEED },
    ],
  },
  {
    id: 'probation.community-order-starts-drug-alcohol-need-proportion',
    name: 'Offenders starting a community order with a drug or alcohol need (%)',
    definition: `Percentage of offenders who started a community order in Kent or Medway who had either a drug or alcohol need to be addressed; 'this equates to 2,073 offenders' (see probation.community-order-starts-drug-alcohol-need-count). ${NEEDS_CAVEAT} Descriptive, NEUTRAL.`,
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012-2015, Substance Misuse: Need ("current data")',
    observations: [
      { area: 'kent-and-medway', period: '2010-11', printed: '59%', value: 59, note: "Printed 'between April 2010 and March 2011'.", provenance: SEED_000_SUBSTANCE_MISUSE_NEED },
    ],
  },
  {
    id: 'probation.community-order-starts-drug-alcohol-need-count',
    figureKind: 'RATE_NUMERATOR',
    rateMeasure: 'probation.community-order-starts-drug-alcohol-need-proportion',
    name: 'Offenders starting a community order with a drug or alcohol need (number)',
    definition: `Number of offenders who started a community order in Kent or Medway who had either a drug or alcohol need to be addressed (printed as the equivalent of the 59%). ${NEEDS_CAVEAT}`,
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012-2015, Substance Misuse: Need ("current data")',
    observations: [
      { area: 'kent-and-medway', period: '2010-11', printed: '2,073', value: 2073, note: "Printed 'between April 2010 and March 2011 ... this equates to 2,073 offenders'.", provenance: SEED_000_SUBSTANCE_MISUSE_NEED },
    ],
  },

  // ---------------------------------------------------------------- seed 001: headline measures at termination
  {
    id: 'probation.statutory-offenders-in-accommodation-at-termination',
    name: '% of statutory offenders in accommodation at termination',
    definition:
      "Percentage of statutory offenders (adults supervised by Kent Probation, whose area covers Kent and Medway) who were in accommodation when their order or licence terminated. Accommodation headline measure of the Kent and Medway plan ('% of statutory offenders in accommodation'), kept at the 2013 refresh. Numerator and denominator are not printed.",
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: 'Kent Probation, headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'kent-and-medway', period: '2011-12', printed: '81%', value: 81, provenance: SEED_001_TABLE_2_1 },
      { area: 'kent-and-medway', period: '2012-13', printed: '83%', value: 83, provenance: SEED_001_TABLE_2_1 },
    ],
  },
  {
    id: 'probation.statutory-offenders-in-sustainable-employment-at-termination',
    name: '% of statutory offenders in sustainable employment at termination',
    definition:
      "Percentage of statutory offenders (adults supervised by Kent Probation, whose area covers Kent and Medway) who were in sustainable employment when their order or licence terminated. Education and Employment headline measure of the Kent and Medway plan, kept at the 2013 refresh. Numerator and denominator are not printed.",
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: 'Kent Probation, headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'kent-and-medway', period: '2011-12', printed: '45%', value: 45, provenance: SEED_001_TABLE_2_2 },
      { area: 'kent-and-medway', period: '2012-13', printed: '46%', value: 46, provenance: SEED_001_TABLE_2_2 },
    ],
  },

  // ---------------------------------------------------------------- seed 003: Havering caseloads
  {
    id: 'probation.crc-caseload',
    figureKind: 'APPROXIMATE',
    name: 'Offenders managed by the Community Rehabilitation Company',
    definition:
      'Number of offenders managed by the London CRC in Havering: offenders assessed by the National Probation Service as not presenting the highest risk of imminent harm (Male, Female, Custody and Community Payback teams).',
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'London CRC',
    source: 'Havering Reducing Reoffending Strategy 2016-2020, Service provision',
    observations: [
      {
        area: 'havering', period: '2017-01-18', printed: 'in the region of 400', value: 400, approximate: true,
        note: `Printed 'The London CRC in Havering manages in the region of 400 offenders' (no date); ${REPORT_DATE_NOTE_003}.`,
        provenance: SEED_003_CRC,
      },
    ],
  },
  {
    id: 'probation.nps-caseload',
    figureKind: 'SNAPSHOT_COUNT',
    name: 'Havering offenders managed by the National Probation Service',
    definition:
      'Number of Havering offenders the National Probation Service deals with: high risk of harm, MAPPA (registered or eligible) and Foreign National offenders. Excludes the Barking & Dagenham offenders seen at the joint Romford centre (see probation.nps-romford-centre-caseload).',
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'National Probation Service',
    source: 'Havering Reducing Reoffending Strategy 2016-2020, Service provision',
    observations: [
      {
        area: 'havering', period: '2017-01-18', printed: '320', value: 320,
        note: `Printed 'The NPS currently deals with 320 Havering offenders'; ${REPORT_DATE_NOTE_003}.`,
        provenance: SEED_003_NPS,
      },
    ],
  },
  {
    id: 'probation.nps-romford-centre-caseload',
    figureKind: 'SNAPSHOT_COUNT',
    name: 'Offenders dealt with at the joint NPS centre in Romford (Havering and Barking & Dagenham)',
    definition:
      "Total number of offenders dealt with onsite at the National Probation Service centre in Romford, a joint centre serving Havering and neighbouring Barking & Dagenham. The figure covers both boroughs; it is recorded against area 'havering', where the centre is, because there is no area code for the two boroughs together. Do not add it to Havering-only counts.",
    unit: 'COUNT',
    polarity: 'NEUTRAL',
    leadAgency: 'National Probation Service',
    source: 'Havering Reducing Reoffending Strategy 2016-2020, Service provision',
    observations: [
      {
        area: 'havering', period: '2017-01-18', printed: '800', value: 800,
        note: `Printed 'the NPS centre is a joint centre with neighbouring Barking & Dagenham and a total of 800 offenders are dealt with onsite in Romford'; covers Havering and Barking & Dagenham; ${REPORT_DATE_NOTE_003}.`,
        provenance: SEED_003_NPS,
      },
    ],
  },

  // ---------------------------------------------------------------- seed 003: Havering adult offender profile 2015
  {
    id: 'probation.offender-profile-male-proportion',
    name: 'Offenders who are male (%)',
    definition:
      "Percentage of offenders in the Havering Adult Offender Profile who were male (the profile draws on Metropolitan Police crime records, the drug test database and NPS and CRC assessment data; the exact cohort is not stated). Descriptive, NEUTRAL. Companion of probation.offender-profile-female-proportion.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'LBH Community Safety',
    source: 'Adult Offender Profile for Havering (2015), LBH Community Safety',
    observations: [{ area: 'havering', period: '2015', printed: '85.1%', value: 85.1, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS }],
  },
  {
    id: 'probation.offender-profile-female-proportion',
    name: 'Offenders who are female (%)',
    definition:
      "Percentage of offenders in the Havering Adult Offender Profile who were female. The London column says only 'Highest proportion of female offenders in London' (a rank, no London figure). Descriptive, NEUTRAL.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'LBH Community Safety',
    source: 'Adult Offender Profile for Havering (2015), LBH Community Safety',
    observations: [{ area: 'havering', period: '2015', printed: '14.9%', value: 14.9, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS }],
  },
  {
    id: 'probation.offender-profile-aged-26-49-proportion',
    name: 'Offenders aged 26-49 (%)',
    definition:
      "Percentage of offenders in the Havering Adult Offender Profile aged between 26 and 49 years old. The London column says 'Comparable to the London average' (no figure). Descriptive, NEUTRAL.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'LBH Community Safety',
    source: 'Adult Offender Profile for Havering (2015), LBH Community Safety',
    observations: [{ area: 'havering', period: '2015', printed: '64%', value: 64, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS }],
  },
  {
    id: 'probation.offender-profile-aged-21-25-proportion',
    name: 'Offenders aged 21-25 (%)',
    definition:
      "Percentage of offenders aged 21-25 years old, from the Havering Adult Offender Profile; the London average is the comparator (Havering has the '2nd highest proportion of 21-25 year old offenders' in London). Descriptive, NEUTRAL.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'LBH Community Safety',
    source: 'Adult Offender Profile for Havering (2015), LBH Community Safety',
    observations: [
      { area: 'havering', period: '2015', printed: '19%', value: 19, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS },
      { area: 'london', period: '2015', printed: '16%', value: 16, note: `London average, printed '(London average is 16%)'. ${PROFILE_2015_NOTE}`, provenance: SEED_003_OFFENDER_STATISTICS },
    ],
  },
  {
    id: 'probation.offender-profile-violence-against-the-person-proportion',
    name: 'Offenders whose offence category is Violence against the Person (%)',
    definition:
      "Percentage of offenders whose offence falls in the Violence against the Person category, the offence category with the highest volume of offenders in Havering; London average as comparator ('Comparable to London average'). Descriptive, NEUTRAL.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'LBH Community Safety',
    source: 'Adult Offender Profile for Havering (2015), LBH Community Safety',
    observations: [
      { area: 'havering', period: '2015', printed: '32.2%', value: 32.2, note: PROFILE_2015_NOTE, provenance: SEED_003_OFFENDER_STATISTICS },
      { area: 'london', period: '2015', printed: '30.6%', value: 30.6, note: `London average, printed 'Comparable to London average (30.6%)'. ${PROFILE_2015_NOTE}`, provenance: SEED_003_OFFENDER_STATISTICS },
    ],
  },
  {
    id: 'probation.reoffending-after-two-or-more-missed-appointments',
    name: 'Re-offending rate of offenders who missed two or more appointments in the first month',
    definition:
      "Percentage who reoffended, among offenders who missed two or more appointments with their offender manager in the first month after their sentence started. Compare probation.reoffending-after-no-missed-appointments (24%). The strategy's comparator column reads 'Regional perspective for London (Ministry of Justice Probation study)', so the figure is recorded for London, not Havering.",
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Ministry of Justice',
    source: 'Ministry of Justice Probation study, as cited in the 2015 Adult Offender Profile for Havering',
    observations: [
      {
        area: 'london', period: '2015', printed: '42%', value: 42,
        note: "Printed in the Havering offender statistics table with 'Regional perspective for London (Ministry of Justice Probation study)'; the study's period is not stated, recorded as the profile year 2015.",
        provenance: SEED_003_MISSED_APPOINTMENTS,
      },
    ],
  },
  {
    id: 'probation.reoffending-after-no-missed-appointments',
    name: 'Re-offending rate of offenders who missed no appointments in the first month',
    definition:
      "Percentage who reoffended, among offenders who missed no appointments with their offender manager in the first month after their sentence started (comparison group for the 42% of those who missed two or more). From a Ministry of Justice Probation study, regional perspective for London.",
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Ministry of Justice',
    source: 'Ministry of Justice Probation study, as cited in the 2015 Adult Offender Profile for Havering',
    observations: [
      {
        area: 'london', period: '2015', printed: '24%', value: 24,
        note: "Printed '42% reoffended compared with 24% who missed no appointments'; regional perspective for London; the study's period is not stated, recorded as the profile year 2015.",
        provenance: SEED_003_MISSED_APPOINTMENTS,
      },
    ],
  },

  // ---------------------------------------------------------------- whole-system context: cost of re-offending
  {
    id: 'probation.reoffending-cost-ex-prisoners-nao',
    name: 'Annual cost to the economy of re-offending by ex-prisoners (NAO estimate)',
    definition:
      "National Audit Office estimate of the cost to the economy per year of re-offending by ex-prisoners, as cited in the Kent and Medway plan. A range: value is null, the bounds hold the range. The plan names neither the report nor the year the estimate relates to, nor the area; NAO estimates cover England and Wales.",
    unit: 'CURRENCY_GBP',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'National Audit Office',
    source: 'National Audit Office, as cited in the Kent and Medway Strategic Plan for Reducing Re-offending 2012-2015',
    observations: [
      {
        area: 'england-and-wales', period: '2012-04-01', printed: '£9.5 to £13 billion', value: null, lowerBound: 9_500_000_000, upperBound: 13_000_000_000,
        note: "Printed 'A recent National Audit Office report estimated that re-offending by ex-prisoners cost the economy £9.5 to £13 billion per year'; the year the estimate relates to is not stated, recorded as a snapshot on 1 April 2012, the start of the plan's first delivery year (the plan itself gives no date).",
        provenance: SEED_000_INTRODUCTION,
      },
    ],
  },
  {
    id: 'probation.reoffending-cost-former-short-term-prisoners-nao',
    name: 'Annual cost of re-offending attributable to former short-term prisoners (NAO estimate)',
    definition:
      "The part of the NAO's annual cost of re-offending by ex-prisoners (probation.reoffending-cost-ex-prisoners-nao) that can be attributed to former short-term prisoners. A range: value null, bounds hold the range. Year and area not stated (NAO: England and Wales).",
    unit: 'CURRENCY_GBP',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'National Audit Office',
    source: 'National Audit Office, as cited in the Kent and Medway Strategic Plan for Reducing Re-offending 2012-2015',
    observations: [
      {
        area: 'england-and-wales', period: '2012-04-01', printed: '£7 to £10 billion', value: null, lowerBound: 7_000_000_000, upperBound: 10_000_000_000,
        note: "Printed 'of which £7 to £10 billion a year can be attributed to former short-term prisoners'; year not stated, recorded as a snapshot on 1 April 2012, the start of the plan's first delivery year (the plan itself gives no date).",
        provenance: SEED_000_INTRODUCTION,
      },
    ],
  },
  {
    id: 'probation.reoffending-cost-to-society-nao',
    name: 'Annual cost of reoffending to society in England and Wales (NAO conservative estimate)',
    definition:
      "The National Audit Office's conservative estimate of the annual cost of reoffending to society in England and Wales, as cited in the Havering strategy (footnote: NAO Transforming rehabilitation report, April 28, 2016). Worded differently from the 2012 plan's 'cost to the economy of re-offending by ex-prisoners', so kept as a separate measure. A range: value null, bounds hold the range.",
    unit: 'CURRENCY_GBP',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'National Audit Office',
    source: 'National Audit Office, Transforming rehabilitation report (28 April 2016)',
    observations: [
      {
        area: 'england-and-wales', period: '2016-04-28', printed: '£7.4 billion to £10.7 billion', value: null, lowerBound: 7_400_000_000, upperBound: 10_700_000_000,
        note: "Printed 'conservative estimate of the annual cost of reoffending to society in England and Wales is between £7.4 billion to £10.7 billion'; the year the estimate relates to is not stated, recorded as a snapshot on the date of the cited NAO report (April 28, 2016).",
        provenance: SEED_003_NAO_COST,
      },
    ],
  },
  {
    id: 'probation.reconviction-cost-per-individual',
    name: 'Estimated reconviction cost per individual',
    definition:
      "Estimated reconviction cost per individual offender, printed as an upper bound ('up to'), included in the NAO annual cost of reoffending according to the Havering strategy, which cites the Social Exclusion Unit (July 2002), Reducing Reoffending by Ex-Prisoners. Area not stated; the SEU report covers England and Wales.",
    unit: 'CURRENCY_GBP',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Social Exclusion Unit',
    source: 'Social Exclusion Unit (July 2002), Reducing Reoffending by Ex-Prisoners, as cited in the Havering strategy',
    observations: [
      {
        area: 'england-and-wales', period: '2002', printed: 'up to £65,000', value: 65000, upperBound: 65000, approximate: true,
        note: "Printed 'estimated reconviction costs per individual of up to £65,000'; an upper bound. No period stated, recorded as the year of the cited source (Social Exclusion Unit, July 2002).",
        provenance: SEED_003_PURPOSE_SCOPE_SEU,
      },
    ],
  },
  {
    id: 'probation.prison-cost-per-prisoner-per-year',
    name: 'Cost per prisoner per year in prison',
    definition:
      "Annual cost of keeping one person in prison, printed as an upper bound ('up to ... per year in prison'), following a reconviction. Cited from the Social Exclusion Unit (July 2002). Area not stated (England and Wales).",
    unit: 'CURRENCY_GBP',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Social Exclusion Unit',
    source: 'Social Exclusion Unit (July 2002), Reducing Reoffending by Ex-Prisoners, as cited in the Havering strategy',
    observations: [
      {
        area: 'england-and-wales', period: '2002', printed: 'up to £37,500', value: 37500, upperBound: 37500, approximate: true,
        note: "Printed 'followed by up to £37,500 per year in prison'; an upper bound. No period stated, recorded as the year of the cited source (Social Exclusion Unit, July 2002).",
        provenance: SEED_003_PURPOSE_SCOPE_SEU,
      },
    ],
  },

  // ---------------------------------------------------------------- whole-system national context (seed 003)
  {
    id: 'probation.crime-by-people-already-through-cjs-share',
    figureKind: 'RESEARCH_FINDING',
    name: 'Share of crime committed by people who have already passed through the criminal justice system',
    definition:
      "Estimated proportion of all crime that is perpetrated by those who have already passed through the criminal justice system (national estimate, England and Wales). RATIO unit: a proportion printed in words, value 0.5 for 'half'.",
    unit: 'RATIO',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Ministry of Justice',
    source: '2010 to 2015 government policy: reoffending and rehabilitation (Home Office and Ministry of Justice), as cited in the Havering strategy',
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: 'approximately half', value: 0.5, approximate: true,
        note: "Printed 'It is estimated that approximately half of all crime committed is perpetrated by those who have already passed through the criminal justice system'; no period stated, recorded as a snapshot on the strategy's approval date.",
        provenance: SEED_003_HALF_OF_CRIME,
      },
    ],
  },
  {
    id: 'probation.released-prisoners-reoffending-within-12-months-share',
    figureKind: 'RESEARCH_FINDING',
    name: 'Share of people released from prison who reoffend within 12 months',
    definition:
      "Proportion of those released from prison who go on to reoffend within 12 months (national figure, England and Wales; no source is cited). Printed as an upper bound in words ('almost half'): value 0.5 with upperBound 0.5.",
    unit: 'RATIO',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Ministry of Justice',
    source: 'Havering Reducing Reoffending Strategy 2016-2020 (national context; no source cited)',
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: 'almost half', value: 0.5, upperBound: 0.5, approximate: true,
        note: "Printed 'there has been limited change in reconviction rates with almost half of those released from prison going on to reoffend again within 12 months'; no period stated, recorded as a snapshot on the strategy's approval date.",
        provenance: SEED_003_RECONVICTION,
      },
    ],
  },
];
