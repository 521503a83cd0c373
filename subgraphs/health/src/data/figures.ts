/**
 * Health figures as published in the source documents (seeds 000, 001, 003).
 * Every `printed` string is verbatim from the document named in its provenance.
 */
import type { MeasureSeed, ProvenanceSeed } from '@hub/common';

// --- Seed 000: Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015 -----------------
// The plan carries no publication date: none is recorded.
const SEED_000_HEALTH_NEED: ProvenanceSeed = {
  publication: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015',
  publisher: 'Kent Probation, for the Kent and Medway Community Safety Partnerships',
  published: null,
  document: '000_a1682bea56ce2b50.txt',
  location: 'Section E, Mental and Physical Health: Need',
};

// --- Seed 001: Kent CSP 17 July 2013, annual stock take, Appendix A progress report ------------------
const SEED_001 = {
  publication:
    'Kent and Medway Strategic Plan for Reducing Reoffending 2012-2015: annual stock take, Appendix A: Kent and Medway Strategic Plan Progress Report 2012 to 2015',
  publisher: 'Kent Community Safety Partnership (paper by the Chair of the Kent and Medway Reducing Reoffending Board)',
  published: '2013-07-17',
  document: '001_b957d7ba0e7289ba.txt',
} as const;
export const SEED_001_TABLE_2_3: ProvenanceSeed = { ...SEED_001, location: 'Appendix A, 2.3 Substance Misuse (Drugs & Alcohol), headline measures' };
const SEED_001_TABLE_2_4: ProvenanceSeed = { ...SEED_001, location: 'Appendix A, 2.4 Mental and Physical Health, headline measures' };

// --- Seed 003: London Borough of Havering Reducing Reoffending Strategy 2016-2020 --------------------
const SEED_003_CRIMINOGENIC_NEEDS: ProvenanceSeed = {
  publication: 'London Borough of Havering Reducing Reoffending Strategy 2016-2020 (text marked Draft, V0.2)',
  publisher: 'London Borough of Havering, for the Havering Community Safety Partnership',
  published: '2017-01-18',
  document: '003_9445ef05e0c41006.txt',
  location: "Section 3, Purpose and scope: 'criminogenic needs', Alcohol and Drugs",
};

const YTD = 'Published as 2012-13 YTD';
const TBC = "Printed 'tbc': not yet available.";
const GP =
  "Statutory offenders in the community (supervised by Kent Probation, whose area covers Kent and Medway) registered with a GP, as a percentage of statutory offenders. Mental and Physical Health headline measure of the Kent and Medway plan, kept at the 2013 refresh, when the goal was amended to 'Continue focus to increase number of offenders in community registered with a GP' and 'Ensure that these registrations are then recorded accurately in the ICMS system for tracking' (lead: Public Health / Kent Probation). Numerator and denominator are not printed. The plan's 'current level of 14%' is the goal's baseline (see target), not a separate figure.";
const COMPLETIONS =
  "Number of statutory offenders discharged from drug and/or alcohol treatment on completion of all their alcohol and/or drug interventions (planned completions) in the financial year. Substance Misuse headline measure of the Kent and Medway plan, kept at the 2013 refresh.";

export const measures: MeasureSeed[] = [
  // ---------------------------------------------------------------- GP registration (2.4)
  {
    id: 'health.statutory-offenders-registered-with-gp',
    name: '% of statutory offenders registered with a GP',
    definition: GP,
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Public Health NHS Kent',
    source: 'GP registration of statutory offenders as recorded by Kent Probation (the 2013 goal asks for registrations to be recorded accurately in ICMS), headline measure in the Kent and Medway Strategic Plan Progress Report',
    target: {
      value: null,
      text: 'Increase level of GP registrations from current level of 14% for statutory offenders in the community',
    },
    observations: [
      { area: 'kent-and-medway', period: '2011-12', printed: '12.6%', value: 12.6, provenance: SEED_001_TABLE_2_4 },
      { area: 'kent-and-medway', period: '2012-13', printed: '14.0%', value: 14.0, status: 'PROVISIONAL', note: YTD, provenance: SEED_001_TABLE_2_4 },
    ],
  },
  {
    id: 'health.medway-young-offenders-registered-with-gp',
    appliesTo: ['medway'],
    name: '% of Medway Young Offenders registered with a GP',
    definition:
      'Young offenders in Medway (youth offending team caseload) registered with a GP, as a percentage of Medway young offenders. Row of the 2.4 Mental and Physical Health table; not yet available in either year. The document does not name the reporting body for the Medway row; Medway Youth Offending Team is recorded as lead.',
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Medway Youth Offending Team',
    source: 'Medway youth offending service, headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'medway', period: '2011-12', printed: 'tbc', value: null, notAvailable: true, note: TBC, provenance: SEED_001_TABLE_2_4 },
      { area: 'medway', period: '2012-13', printed: 'tbc', value: null, notAvailable: true, status: 'PROVISIONAL', note: `${YTD}. ${TBC}`, provenance: SEED_001_TABLE_2_4 },
    ],
  },
  {
    id: 'health.kent-young-offenders-registered-with-gp',
    appliesTo: ['kent'],
    name: '% of Kent Young Offenders registered with a GP',
    definition:
      'Young offenders in Kent (Kent Youth Offending Teams, Integrated Youth Services, KCC) registered with a GP, as a percentage of Kent young offenders. Row of the 2.4 Mental and Physical Health table; not yet available in either year.',
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'KCC Integrated Youth Services',
    source: 'KCC Integrated Youth Services, headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'kent', period: '2011-12', printed: 'tbc', value: null, notAvailable: true, note: TBC, provenance: SEED_001_TABLE_2_4 },
      { area: 'kent', period: '2012-13', printed: 'tbc', value: null, notAvailable: true, status: 'PROVISIONAL', note: `${YTD}. ${TBC}`, provenance: SEED_001_TABLE_2_4 },
    ],
  },

  // ---------------------------------------------------------------- treatment completions (2.3)
  {
    id: 'health.statutory-offenders-completing-treatment',
    name: 'Statutory offenders discharged from treatment on completion of all their alcohol and/or drug interventions',
    definition: `${COMPLETIONS} Statutory offenders are those under Kent Probation supervision (Kent and Medway); the table does not state the area. Goals for this pathway are led by KCC Commissioned Services (Kent Drug and Alcohol Action Team).`,
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'KCC Commissioned Services',
    source: 'Drug and alcohol treatment discharges, headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'kent-and-medway', period: '2011-12', printed: '522', value: 522, provenance: SEED_001_TABLE_2_3 },
      { area: 'kent-and-medway', period: '2012-13', printed: '574', value: 574, provenance: SEED_001_TABLE_2_3 },
    ],
  },
  {
    id: 'health.medway-young-offenders-completing-treatment',
    appliesTo: ['medway'],
    name: 'Medway Young Offenders discharged from treatment on completion of their interventions',
    definition: `Medway young offenders row of the 2.3 Substance Misuse table: the headline measure (${COMPLETIONS.charAt(0).toLowerCase()}${COMPLETIONS.slice(1)}) for young offenders in Medway; not yet available in either year. The document does not name the reporting body for the Medway row; Medway Youth Offending Team is recorded as lead.`,
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Medway Youth Offending Team',
    source: 'Medway youth offending service, headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'medway', period: '2011-12', printed: 'tbc', value: null, notAvailable: true, note: TBC, provenance: SEED_001_TABLE_2_3 },
      { area: 'medway', period: '2012-13', printed: 'tbc', value: null, notAvailable: true, note: TBC, provenance: SEED_001_TABLE_2_3 },
    ],
  },
  {
    id: 'health.kent-young-offenders-completing-treatment',
    appliesTo: ['kent'],
    name: 'Kent Young Offenders discharged from treatment on completion of their interventions',
    definition: `Kent young offenders row of the 2.3 Substance Misuse table: the headline measure for young offenders in Kent (Kent Youth Offending Teams, Integrated Youth Services, KCC); not yet available in either year.`,
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'KCC Integrated Youth Services',
    source: 'KCC Integrated Youth Services, headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'kent', period: '2011-12', printed: 'tbc', value: null, notAvailable: true, note: TBC, provenance: SEED_001_TABLE_2_3 },
      { area: 'kent', period: '2012-13', printed: 'tbc', value: null, notAvailable: true, note: TBC, provenance: SEED_001_TABLE_2_3 },
    ],
  },

  // ---------------------------------------------------------------- mental health need (seed 000)
  {
    id: 'health.prison-population-mental-health-problems',
    name: 'Prison population identified as having mental health problems (%)',
    definition:
      "Percentage of the Kent and Medway prison population identified as having mental health problems 'of varying levels' (the plan's 'recent data'; data source and denominator not named). Descriptive measure of need, so NEUTRAL.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012-2015, Mental and Physical Health: Need ("recent data")',
    observations: [
      { area: 'kent-and-medway', period: '2010-11', printed: '27%', value: 27, note: "Printed 'Recent data from April 2010 to March 2011'.", provenance: SEED_000_HEALTH_NEED },
    ],
  },

  // ---------------------------------------------------------------- Havering action plan: WDP drop-in sessions (target only)
  {
    id: 'health.wdp-offender-drop-in-sessions-change',
    name: 'Change in drop-in sessions offered by WDP to offenders (%)',
    definition:
      "Percentage change in the number of drop-in sessions offered to offenders by Westminster Drug Project (WDP) in Havering, against a baseline to be established in year 1 of the strategy. Havering action plan, Supporting offenders with drugs and alcohol issues, action 3 'Increased number of drop in sessions to be offered by WDP to Offenders'. No figures published yet.",
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Westminster Drug Project (WDP)',
    source: 'Westminster Drug Project session records (Havering action plan)',
    target: {
      value: 5,
      due: '2020-03-31',
      text: 'Increased number of drop in sessions to be offered by WDP to Offenders. Timescale March 2020: 3.Baseline to be established in year 1. (Looking at a 5% increase)',
    },
    disclosureThreshold: null, // a change in sessions offered, not people
    observations: [],
  },

  // ---------------------------------------------------------------- national context (seed 003)
  {
    id: 'health.prisoners-using-illegal-drugs-before-custody-share',
    figureKind: 'RESEARCH_FINDING',
    name: 'Share of prisoners who used illegal drugs in the year before imprisonment',
    definition:
      "Proportion of prisoners who used illegal drugs in the year prior to imprisonment (national context figure in the Havering strategy; no source cited; England and Wales). RATIO unit: a proportion printed in words, value 2/3 for 'two-thirds'.",
    unit: 'RATIO',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Ministry of Justice',
    source: 'Havering Reducing Reoffending Strategy 2016-2020 (national context; no source cited)',
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: 'Around two-thirds', value: 2 / 3, approximate: true,
        note: "Printed 'Around two-thirds of prisoners use illegal drugs in the year prior to imprisonment'; no period or area stated (national), recorded as a snapshot on the strategy's approval date.",
        provenance: SEED_003_CRIMINOGENIC_NEEDS,
      },
    ],
  },
  {
    id: 'health.violent-crime-linked-to-alcohol-intoxication',
    figureKind: 'RESEARCH_FINDING',
    name: 'Crimes of violence linked to intoxication by alcohol (%)',
    definition:
      "Percentage of crimes of violence linked to intoxication by alcohol (national context figure in the Havering strategy; no source cited; England and Wales). Printed as an upper bound ('almost'): value 50 with upperBound 50.",
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Ministry of Justice',
    source: 'Havering Reducing Reoffending Strategy 2016-2020 (national context; no source cited)',
    disclosureThreshold: null, // a share of crimes, not of people
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: 'almost 50%', value: 50, upperBound: 50, approximate: true,
        note: "Printed 'Intoxication by alcohol is linked to a significant proportion of crime, particularly crimes of violence (almost 50%)'; no period or area stated (national), recorded as a snapshot on the strategy's approval date.",
        provenance: SEED_003_CRIMINOGENIC_NEEDS,
      },
    ],
  },
];
