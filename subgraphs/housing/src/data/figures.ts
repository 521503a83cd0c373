/**
 * Housing figures as published in the source documents (seeds 001, 002, 003).
 * Every `printed` string is verbatim from the document named in its provenance.
 */
import type { MeasureSeed, ProvenanceSeed } from '@hub/common';

// --- Seed 001: Kent CSP 17 July 2013, annual stock take, Appendix A progress report ------------------
export const SEED_001_TABLE_2_1: ProvenanceSeed = {
  publication:
    'Kent and Medway Strategic Plan for Reducing Reoffending 2012-2015: annual stock take, Appendix A: Kent and Medway Strategic Plan Progress Report 2012 to 2015',
  publisher: 'Kent Community Safety Partnership (paper by the Chair of the Kent and Medway Reducing Reoffending Board)',
  published: '2013-07-17',
  document: '001_b957d7ba0e7289ba.txt',
  location: 'Appendix A, 2.1 Accommodation, headline measures',
};

// --- Seed 002: KMROB update to Kent Community Safety Partnership, 8 October 2019 ---------------------
const SEED_002_ACCOMMODATION: ProvenanceSeed = {
  publication: 'Kent & Medway Reducing Offending Board (KMROB) Update',
  publisher: 'Kent & Medway Reducing Offending Board, to Kent Community Safety Partnership',
  published: '2019-10-08',
  document: '002_f0014465c04b6cba.txt',
  location: 'Section 2, Priority Objectives and Key Outputs for 2019/20: Accommodation',
};

// --- Seed 003: London Borough of Havering Reducing Reoffending Strategy 2016-2020 --------------------
const SEED_003_CRIMINOGENIC_NEEDS: ProvenanceSeed = {
  publication: 'London Borough of Havering Reducing Reoffending Strategy 2016-2020 (text marked Draft, V0.2)',
  publisher: 'London Borough of Havering, for the Havering Community Safety Partnership',
  published: '2017-01-18',
  document: '003_9445ef05e0c41006.txt',
  location: "Section 3, Purpose and scope: 'criminogenic needs', Accommodation",
};

const SUITABLE_ACCOMMODATION =
  "Young offenders (Youth Offending Team caseload) in suitable accommodation, as a percentage of young offenders; the 2.1 Accommodation table prints Kent and Medway as separate rows. Numerator and denominator are not printed, nor whether the count is taken at the end of the order. The progress report notes the shortage of suitable accommodation for 16 / 17 year olds, which means that Bed & Breakfast remains an option.";

export const measures: MeasureSeed[] = [
  {
    id: 'housing.medway-young-offenders-in-suitable-accommodation',
    appliesTo: ['medway'],
    name: '% Medway Young Offenders in suitable accommodation',
    definition: `${SUITABLE_ACCOMMODATION} Medway row: both years printed as approximations ('Approx.'). The document does not name the body reporting the Medway row; Medway's youth offending team (Medway Council) is recorded as lead.`,
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Medway Youth Offending Team',
    source: 'Medway youth offending service, headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'medway', period: '2011-12', printed: 'Approx. 97%', value: 97, approximate: true, provenance: SEED_001_TABLE_2_1 },
      { area: 'medway', period: '2012-13', printed: 'Approx. 98%', value: 98, approximate: true, provenance: SEED_001_TABLE_2_1 },
    ],
  },
  {
    id: 'housing.kent-young-offenders-in-suitable-accommodation',
    appliesTo: ['kent'],
    name: '% Kent Young Offenders in suitable accommodation',
    definition: `${SUITABLE_ACCOMMODATION} Kent row, reported by Integrated Youth Services (KCC), lead agency for the young people's accommodation goal.`,
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'KCC Integrated Youth Services',
    source: 'KCC Integrated Youth Services, headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'kent', period: '2011-12', printed: '81.4%', value: 81.4, provenance: SEED_001_TABLE_2_1 },
      { area: 'kent', period: '2012-13', printed: '81.8%', value: 81.8, provenance: SEED_001_TABLE_2_1 },
    ],
  },
  {
    id: 'housing.offender-supported-bed-spaces-secured',
    figureKind: 'CAPACITY',
    name: 'Supported bed spaces secured for offenders',
    definition:
      "Number of supported bed spaces for current service users (offenders) secured by KSS CRC, supported by 'Your Ambition' (a charitable arm of Seetec) in partnership with Maidstone Borough Council, and run by Pathways to Independence.",
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'KSS CRC',
    source: 'Kent & Medway Reducing Offending Board update to Kent Community Safety Partnership, 8 October 2019',
    disclosureThreshold: null, // counts bed spaces, not people
    observations: [
      {
        area: 'maidstone', period: '2019-10-08', printed: '10', value: 10,
        note: "Printed 'Most recently KSS CRC has secured 10 bed spaces' (no date); recorded as a snapshot on the date of the update to Kent Community Safety Partnership. Area: in partnership with Maidstone Borough Council.",
        provenance: SEED_002_ACCOMMODATION,
      },
    ],
  },
  {
    id: 'housing.offenders-moved-on-via-kent-homechoice',
    name: 'Offenders successfully moved on into accommodation via Kent Homechoice',
    definition:
      "Number of offenders successfully moved on into accommodation via Kent Homechoice (the Kent choice-based lettings scheme), to be monitored for the year ending March 2014 (financial year 2013-14) to measure the unintended consequences of welfare reform on this client group. Proposed at the 2013 plan refresh (new JPPB goal); no figures published in the documents.",
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'JPPB',
    source: 'Kent Homechoice (proposed monitoring, Kent and Medway plan refresh 2013)',
    observations: [],
  },
  {
    id: 'housing.offenders-moved-on-from-supported-to-private-rented',
    name: 'Offenders in Supporting People supported accommodation who move on to the private rented sector',
    definition:
      "Number of offenders in Supporting People supported accommodation who successfully move on to accommodation in the private rented sector, to be monitored for the year ending March 2014 (financial year 2013-14) so that providers are supported to increase the choices of accommodation for offenders. Proposed at the 2013 plan refresh (new JPPB goal); no figures published in the documents.",
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'JPPB',
    source: 'Supporting People programme (proposed monitoring, Kent and Medway plan refresh 2013)',
    observations: [],
  },
  {
    id: 'housing.prisoners-without-settled-accommodation-share',
    figureKind: 'RESEARCH_FINDING',
    name: 'Share of prisoners without settled accommodation outside custody',
    definition:
      "Proportion of prisoners who do not have settled accommodation outside of custody (national context figure in the Havering strategy; no source cited; England and Wales). RATIO unit: a proportion printed in words, value 1/3 for 'A third'. The same sentence says stable accommodation is associated with reduced reoffending 'by more than a fifth' (a research effect size, not loaded).",
    unit: 'RATIO',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Ministry of Justice',
    source: 'Havering Reducing Reoffending Strategy 2016-2020 (national context; no source cited)',
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: 'A third', value: 1 / 3,
        note: "Printed 'A third of prisoners do not have settled accommodation outside of custody'; no period or area stated (national), recorded as a snapshot on the strategy's approval date.",
        provenance: SEED_003_CRIMINOGENIC_NEEDS,
      },
    ],
  },
];
