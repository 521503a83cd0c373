/**
 * The board's progress reports as published: Appendix A of the 2013 stock take (seed 001) is the end of year
 * Kent and Medway Strategic Plan Progress Report for 2012-13. What the report prints around the figures and the
 * goals (its headings, the row labels and subheadings of its tables, the definitions under them, the status key,
 * the authors and the dates of its data) is data about the plan, kept here word for word so that the stock take
 * report the hub produces follows the board's own format. The figures and goals themselves live elsewhere (the
 * agencies' subgraphs, goals.ts).
 */
import type { ProvenanceSeed } from '@hub/common';
import type { ProgressReportSeed } from './types';

const APPENDIX_A: ProvenanceSeed = {
  publication:
    'Kent and Medway Strategic Plan for Reducing Reoffending 2012 – 2015, Annual stock take: End of year progress review; Proposed plan refresh',
  publisher: 'Kent Community Safety Partnership',
  published: '2013-07-17',
  document: '001_b957d7ba0e7289ba.txt',
  location: 'Appendix A (Kent and Medway Strategic Plan Progress Report 2012 to 2015)',
};

const MOJ_PROVEN = 'Ministry of Justice, Quarterly Proven Re-offending Statistics';

/** Appendix A's four columns of tables 1.1 and 1.2, as printed. */
const PROVEN_COLUMNS = [
  { period: '2008', label: 'Jan – Dec 2008' },
  { period: '2009', label: 'Jan – Dec 2009' },
  { period: '2010', label: 'Jan – Dec 2010' },
  { period: '2010-07..2011-06', label: 'Jul 2010 to Jun 2011' },
];
const provenRows = (who: 'adult' | 'juvenile') => [
  { measure: `probation.${who}-proven-reoffending-offenders`, area: 'kent', label: 'Total offenders' },
  { measure: `probation.${who}-proven-reoffending-reoffenders`, area: 'kent', label: 'Total re-offenders' },
  { measure: `probation.${who}-proven-reoffending-proportion`, area: 'kent', label: 'Proportion of re-offenders (%)' },
  { measure: `probation.${who}-proven-reoffending-reoffences-per-reoffender`, area: 'kent', label: 'Average number of re-offences' },
];
const YEARS = [
  { period: '2011-12', label: '2011-12' },
  { period: '2012-13', label: '2012-13' },
];

export const progressReports: ProgressReportSeed[] = [
  {
    id: 'km-2012-2015-progress-2012-13',
    plan: 'km-2012-2015',
    year: '2012-13',
    title: 'Kent and Medway Strategic Plan Progress Report 2012 to 2015',
    authors: ['Rob Jacques (Kent Probation)', 'Leanne Walters (Kent Probation)'],
    producedDate: 'Table data - May 2013 / Goals - July 2013',
    dataDates: [
      { part: 'Table data', date: 'May 2013' },
      { part: 'Goals', date: 'July 2013' },
    ],
    introduction:
      'The following report is the end of year Kent and Medway Strategic Plan Progress Report for the 2012-13 financial year, which has been undertaken as part of the annual stock take.',
    statusNote:
      "Please note that as this is the end of year report, the status of these will either be 'red' for not achieved or 'green' for achieved.",
    statusKey: [
      { description: 'Goal has not been achieved', rag: 'RED' },
      { description: 'Goal has been achieved', rag: 'GREEN' },
    ],
    sections: [
      {
        number: '1.1',
        heading: 'Proven Re-offending of adult offenders in Kent',
        columns: PROVEN_COLUMNS,
        rows: provenRows('adult'),
        source: MOJ_PROVEN,
        notes: [],
      },
      {
        number: '1.2',
        heading: 'Proven Re-offending of juvenile offenders in Kent',
        columns: PROVEN_COLUMNS,
        rows: provenRows('juvenile'),
        source: MOJ_PROVEN,
        notes: [
          "These re-offending figures are taken from the 'Proven Reoffending Statistics Quarterly Bulletin' that is published by the MoJ. The above two measures include all adult and juvenile offenders respectively in Kent who were released from custody, received a non-custodial conviction at court, received a caution, reprimand, warning or tested positive for opiates or cocaine between a 12 month. Proven re-offending is defined as any offence committed in a one year follow-up period and receiving a court conviction, caution, reprimand or warning in the one year follow-up. Following this one year period, a further six month waiting period is allowed for cases to progress through the courts.",
        ],
      },
      {
        number: '1.3',
        heading: 'Local Adult Re-offending in Kent Probation',
        columns: [
          { period: '2009', label: 'Jan - Dec 2009' },
          { period: '2010', label: 'Jan - Dec 2010' },
          { period: '2011', label: 'Jan - Dec 2011' },
          { period: '2012', label: 'Jan - Dec 2012' },
        ],
        rows: [
          { measure: 'probation.ni18-offenders', area: 'kent-and-medway', label: 'Total offenders' },
          { measure: 'probation.ni18-reoffenders', area: 'kent-and-medway', label: 'Total re-offenders' },
          { measure: 'probation.ni18-reoffending-proportion', area: 'kent-and-medway', label: 'Proportion of re-offenders (%)' },
          {
            measure: 'probation.ni18-difference-to-baseline-predicted',
            area: 'kent-and-medway',
            label: 'Difference to baseline (Predicted)',
          },
        ],
        source: 'Ministry of Justice, Local Adult Re-offending (National Indicator 18)',
        notes: [
          'These adult re-offending figures only measure offenders that are under probation supervision. Each of the publications combine 4 rolling snapshots of offenders on the probation caseload at the end of each quarter. Proven re-offending is defined as any offence committed within a 3 month follow up period of each snapshot and proven within a further 3 months by either court convictions or cautions. These rates are then compared to the predicted rate, which is the proportion of offenders we would expect to re-offend given the known characteristics of the offenders in the snapshot and re-offending rates from the baseline period.',
        ],
      },
      {
        number: '2',
        heading: 'Section 2',
        introduction: [
          'The following section of this report provides an end of year view of progress against the four priority multi-agency strategic deliverables identified in the Strategic Plan.',
          'This includes performance against the headline measures for 2011-12 and 2012-13 and additionally the overall progress of the individual goals.',
        ],
        columns: [],
        rows: [],
        notes: [],
      },
      {
        number: '2.1',
        heading: 'Accommodation',
        pathway: 'accommodation',
        columns: YEARS,
        rows: [
          {
            measure: 'probation.statutory-offenders-in-accommodation-at-termination',
            area: 'kent-and-medway',
            label: '% of statutory offenders in accommodation at termination',
          },
          {
            measure: 'housing.medway-young-offenders-in-suitable-accommodation',
            area: 'medway',
            label: '% Medway Young Offenders in suitable accommodation',
          },
          {
            measure: 'housing.kent-young-offenders-in-suitable-accommodation',
            area: 'kent',
            label: '% Kent Young Offenders in suitable accommodation',
          },
        ],
        notes: [],
      },
      {
        number: '2.2',
        heading: 'Education and Employment',
        pathway: 'education-training-employment',
        columns: YEARS,
        rows: [
          {
            measure: 'probation.statutory-offenders-in-sustainable-employment-at-termination',
            area: 'kent-and-medway',
            label: '% of statutory offenders in sustainable employment at termination',
          },
          {
            measure: 'dwp.youth-statutory-school-age-in-ete-at-termination',
            area: 'kent',
            label: '% of statutory offenders (statutory school age) in ETE at termination of their Order',
            subheading: 'Youth Offending Population',
          },
          {
            measure: 'dwp.youth-post-statutory-school-age-in-ete-at-termination',
            area: 'kent',
            label: '% of statutory offenders (post statutory school age) in ETE at termination of their Order',
          },
          {
            measure: 'dwp.youth-all-in-ete-at-termination',
            area: 'kent',
            label: '% of all statutory offenders at termination of their Order',
          },
        ],
        notes: [],
      },
      {
        number: '2.3',
        heading: 'Substance Misuse (Drugs & Alcohol)',
        pathway: 'drugs-alcohol',
        columns: YEARS,
        rows: [
          {
            measure: 'health.statutory-offenders-completing-treatment',
            area: 'kent-and-medway',
            label:
              'number of statutory offenders being discharged from treatment on completion of all their alcohol and/or drug interventions',
          },
          { measure: 'health.medway-young-offenders-completing-treatment', area: 'medway', label: 'Medway Young Offenders' },
          { measure: 'health.kent-young-offenders-completing-treatment', area: 'kent', label: 'Kent Young Offenders' },
        ],
        notes: [],
      },
      {
        number: '2.4',
        heading: 'Mental and Physical Health',
        pathway: 'health',
        columns: [
          { period: '2011-12', label: '2011-12' },
          { period: '2012-13', label: '2012-13 YTD' },
        ],
        rows: [
          {
            measure: 'health.statutory-offenders-registered-with-gp',
            area: 'kent-and-medway',
            label: '% of statutory offenders registered with a GP',
          },
          {
            measure: 'health.medway-young-offenders-registered-with-gp',
            area: 'medway',
            label: '% of Medway Young Offenders registered with a GP',
          },
          {
            measure: 'health.kent-young-offenders-registered-with-gp',
            area: 'kent',
            label: '% of Kent Young Offenders registered with a GP',
          },
        ],
        notes: [],
      },
    ],
    provenance: APPENDIX_A,
  },
];
