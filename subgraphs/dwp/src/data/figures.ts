/**
 * DWP / Jobcentre Plus figures as published in the source documents (seeds 001, 003), and the
 * education, training and employment figures of bodies without their own subgraph.
 * Every `printed` string is verbatim from the document named in its provenance.
 */
import type { MeasureSeed, ProvenanceSeed } from '@hub/common';

// --- Seed 001: Kent CSP 17 July 2013, annual stock take, Appendix A progress report ------------------
const SEED_001 = {
  publication:
    'Kent and Medway Strategic Plan for Reducing Reoffending 2012-2015: annual stock take, Appendix A: Kent and Medway Strategic Plan Progress Report 2012 to 2015',
  publisher: 'Kent Community Safety Partnership (paper by the Chair of the Kent and Medway Reducing Reoffending Board)',
  published: '2013-07-17',
  document: '001_b957d7ba0e7289ba.txt',
} as const;
const SEED_001_TABLE_2_2: ProvenanceSeed = { ...SEED_001, location: 'Appendix A, 2.2 Education and Employment, headline measures (Youth Offending Population)' };
const SEED_001_GOALS_2_2_JCP: ProvenanceSeed = {
  ...SEED_001,
  location: 'Appendix A, 2.2 Education and Employment, delivery against goals (Jobcentre Plus updates)',
};
const SEED_001_GOALS_2_2_IYS: ProvenanceSeed = {
  ...SEED_001,
  location: 'Appendix A, 2.2 Education and Employment, delivery against goals (Integrated Youth Services (KCC) updates)',
};

// --- Seed 003: London Borough of Havering Reducing Reoffending Strategy 2016-2020 --------------------
const SEED_003 = {
  publication: 'London Borough of Havering Reducing Reoffending Strategy 2016-2020 (text marked Draft, V0.2)',
  publisher: 'London Borough of Havering, for the Havering Community Safety Partnership',
  published: '2017-01-18',
  document: '003_9445ef05e0c41006.txt',
} as const;
const SEED_003_NEEDS_ETE: ProvenanceSeed = {
  ...SEED_003,
  location: "Section 3, Purpose and scope: 'criminogenic needs', Education, training and employment (footnotes 9 and 10)",
  citedSource: 'CIVITAS Institute for the Study of Civil Society 2010 - FACTSHEET - Education in Prisons; Prison Reform Trust, No one knows',
};
const SEED_003_NEEDS_FINANCE: ProvenanceSeed = {
  ...SEED_003,
  location: "Section 3, Purpose and scope: 'criminogenic needs', Finance (including benefits and debt)",
};

const LAST_YEAR_NOTE =
  "Printed 'Within the last year' in the goal update of the end of year report for 2012-13 (goals updated July 2013); recorded as financial year 2012-13.";
const YOUTH_ETE =
  "Young offenders on statutory orders (Youth Offending Population) in education, training or employment (ETE) at the termination of their Order, as a percentage of those whose Order terminated. The table does not name the area; the rows are reported by Integrated Youth Services (KCC) for Kent's four Youth Offending Teams, so area 'kent'. Numerator and denominator are not printed. The progress report records 'concerns with respect to ETE performance for the Youth Offending Teams with respect to both the statutory school and post statutory school age groups'.";
const NATIONAL_NOTE = "no period or area stated ('Nationally'), recorded as a snapshot on the strategy's approval date.";
const FINANCE_NOTE = "no period or area stated (national), recorded as a snapshot on the strategy's approval date.";

export const measures: MeasureSeed[] = [
  // ---------------------------------------------------------------- Jobcentre Plus, Kent and Medway
  {
    id: 'dwp.offenders-in-fsf-training-projects',
    name: 'Offenders participating in Jobcentre Plus Flexible Support Fund training projects',
    definition:
      "Number of offenders (many repeat offenders) who participated in the training initiatives for offenders supported through the Jobcentre Plus Flexible Support Fund. Area not stated; recorded for the Kent and Medway plan area.",
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Jobcentre Plus',
    source: 'Jobcentre Plus, Flexible Support Fund projects',
    observations: [{ area: 'kent-and-medway', period: '2012-13', printed: '177', value: 177, note: LAST_YEAR_NOTE, provenance: SEED_001_GOALS_2_2_JCP }],
  },
  {
    id: 'dwp.offenders-into-employment-from-fsf-projects',
    name: 'Offenders moving into employment from Flexible Support Fund training projects',
    definition:
      "Number of the offenders participating in the Flexible Support Fund training projects (177 in the same period) who moved into employment. Area not stated; recorded for the Kent and Medway plan area.",
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Jobcentre Plus',
    source: 'Jobcentre Plus, Flexible Support Fund projects',
    observations: [{ area: 'kent-and-medway', period: '2012-13', printed: '115', value: 115, note: LAST_YEAR_NOTE, provenance: SEED_001_GOALS_2_2_JCP }],
  },
  {
    id: 'dwp.fsf-offender-training-initiatives',
    figureKind: 'CAPACITY',
    name: 'Training initiatives for offenders supported by the Flexible Support Fund',
    definition:
      "Number of training initiatives specifically aimed at supporting offenders that Jobcentre Plus supported via its Flexible Support Fund (the projects in which the 177 offenders took part). Area not stated; recorded for the Kent and Medway plan area.",
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Jobcentre Plus',
    source: 'Jobcentre Plus, Flexible Support Fund projects',
    disclosureThreshold: null, // counts training initiatives, not people
    observations: [
      {
        area: 'kent-and-medway', period: '2012-13', printed: 'four', value: 4,
        note: "Printed 'Via our Flexible Support Fund have supported four training initiatives specifically aimed at supporting offenders' (no period; the next sentence gives 'Within the last year'); recorded as financial year 2012-13.",
        provenance: SEED_001_GOALS_2_2_JCP,
      },
    ],
  },
  {
    id: 'dwp.employers-advertising-on-universal-jobmatch',
    figureKind: 'SNAPSHOT_COUNT',
    appliesTo: ['kent'],
    name: 'Employers advertising vacancies via Universal Jobmatch',
    definition: 'Number of employers in the area who advertise vacancies via the Jobcentre Plus Universal Jobmatch website.',
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Jobcentre Plus',
    source: 'Jobcentre Plus, Universal Jobmatch',
    disclosureThreshold: null, // counts employers, not people
    observations: [
      {
        area: 'kent', period: '2013-07-17', printed: '9,900', value: 9900,
        note: "Printed 'Currently 9,900 employers in Kent advertise vacancies via our Universal Jobmatch website' (goals updated July 2013); recorded as a snapshot on the report date.",
        provenance: SEED_001_GOALS_2_2_JCP,
      },
    ],
  },

  // ---------------------------------------------------------------- youth ETE at termination (2.2 Youth Offending Population)
  {
    id: 'dwp.youth-statutory-school-age-in-ete-at-termination',
    appliesTo: ['kent'],
    name: '% of statutory offenders (statutory school age) in ETE at termination of their Order',
    definition: `${YOUTH_ETE} Statutory school age group.`,
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'KCC Integrated Youth Services',
    source: 'KCC Integrated Youth Services (Youth Offending Teams), headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'kent', period: '2011-12', printed: '75.8%', value: 75.8, provenance: SEED_001_TABLE_2_2 },
      { area: 'kent', period: '2012-13', printed: '72.4%', value: 72.4, provenance: SEED_001_TABLE_2_2 },
    ],
  },
  {
    id: 'dwp.youth-post-statutory-school-age-in-ete-at-termination',
    appliesTo: ['kent'],
    name: '% of statutory offenders (post statutory school age) in ETE at termination of their Order',
    definition: `${YOUTH_ETE} Post statutory school age group.`,
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'KCC Integrated Youth Services',
    source: 'KCC Integrated Youth Services (Youth Offending Teams), headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'kent', period: '2011-12', printed: '65.2%', value: 65.2, provenance: SEED_001_TABLE_2_2 },
      { area: 'kent', period: '2012-13', printed: '60.8%', value: 60.8, provenance: SEED_001_TABLE_2_2 },
    ],
  },
  {
    id: 'dwp.youth-all-in-ete-at-termination',
    appliesTo: ['kent'],
    name: '% of all statutory offenders (youth) in ETE at termination of their Order',
    definition: `${YOUTH_ETE} All ages; the row is printed as '% of all statutory offenders at termination of their Order' under the Youth Offending Population heading of the ETE table.`,
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'KCC Integrated Youth Services',
    source: 'KCC Integrated Youth Services (Youth Offending Teams), headline measure in the Kent and Medway Strategic Plan Progress Report',
    observations: [
      { area: 'kent', period: '2011-12', printed: '68.7%', value: 68.7, provenance: SEED_001_TABLE_2_2 },
      { area: 'kent', period: '2012-13', printed: '65.8%', value: 65.8, provenance: SEED_001_TABLE_2_2 },
    ],
  },
  {
    id: 'dwp.youth-apprentice-places-vulnerable-learners',
    figureKind: 'CAPACITY',
    name: 'Further apprentice places for young offenders on the Vulnerable Learners Programme',
    definition:
      "Number of further places for apprentices on the Vulnerable Learners Programme that the Youth Offending Service (Integrated Youth Services, KCC) has for young people.",
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'KCC Integrated Youth Services',
    source: 'KCC Integrated Youth Services, goal update in the Kent and Medway Strategic Plan Progress Report',
    disclosureThreshold: null, // counts apprentice places, not people
    observations: [
      {
        area: 'kent', period: '2013-07-17', printed: 'ten', value: 10,
        note: "Printed 'Additionally the Service has ten further places for apprentices on the Vulnerable Learners Programme' (goals updated July 2013; printed twice); recorded as a snapshot on the report date.",
        provenance: SEED_001_GOALS_2_2_IYS,
      },
    ],
  },

  // ---------------------------------------------------------------- 2013 refresh: IOM targets (no figures yet)
  {
    id: 'dwp.iom-offenders-registered-on-universal-jobmatch',
    name: '% of IOM offenders registered on Universal Job Match',
    definition:
      "IOM cohort members registered on Universal Job Match (Universal Jobmatch), as a percentage of the IOM cohort. Proposed new Education and Employment goal at the 2013 plan refresh, with intensive support for the IOM cohort. No figures published in the documents.",
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Jobcentre Plus',
    source: 'Jobcentre Plus, Universal Jobmatch',
    target: {
      value: 80,
      due: '2014-03-31',
      text: 'Introduce intensive support for the IOM cohort to ensure that by March 2014 80% of IOM offenders are to be registered on Universal Job Match',
    },
    observations: [],
  },
  {
    id: 'dwp.iom-offenders-with-bank-account',
    name: '% of IOM offenders with a bank / post office account',
    definition:
      "IOM cohort members with a bank or post office account, as a percentage of the IOM cohort. Goal of the Finance, Benefits and Debt pathway proposed at the 2013 plan refresh (Jobcentre Plus to introduce closer working links with IOM teams). No figures published in the documents.",
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Jobcentre Plus',
    source: 'Jobcentre Plus, IOM teams',
    target: {
      value: 95,
      due: '2014-03-31',
      text: 'Jobcentre Plus to introduce closer working links with IOM teams to achieve the following by March 2014 : a) 95% of IOM offenders to have a bank / post office account',
    },
    observations: [],
  },
  {
    id: 'dwp.iom-offenders-claiming-online',
    name: '% of IOM offenders able to process their claims online',
    definition:
      "IOM cohort members able to process their benefit claims online, as a percentage of the IOM cohort. Goal of the Finance, Benefits and Debt pathway proposed at the 2013 plan refresh. No figures published in the documents.",
    unit: 'PERCENTAGE',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Jobcentre Plus',
    source: 'Jobcentre Plus, IOM teams',
    target: {
      value: 80,
      due: '2014-03-31',
      text: 'Jobcentre Plus to introduce closer working links with IOM teams to achieve the following by March 2014 : b) 80% of IOM offenders to be able to process their claims online',
    },
    observations: [],
  },
  {
    id: 'dwp.offenders-with-finance-benefit-debt-linked-to-offending',
    name: '% of offenders with Finance, Benefit and Debt linked to their offending',
    definition:
      "Offenders whose finance, benefit and debt needs are linked to their offending, as a percentage of offenders assessed. Proposed headline measure of the new Finance, Benefits and Debt priority intervention at the 2013 plan refresh; no figures published. A measure of need, so NEUTRAL. The document names no lead for the measure; the pathway's first goal (Welfare Reform Offender Risk Register) is led by Kent Probation, whose offender assessments would supply it.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Kent Probation',
    source: 'Proposed headline measure, Kent and Medway plan refresh 2013 (offender needs assessments)',
    observations: [],
  },

  // ---------------------------------------------------------------- national context (seed 003)
  {
    id: 'dwp.offenders-no-educational-qualifications-share',
    figureKind: 'RESEARCH_FINDING',
    citedYear: 2010,
    name: 'Offenders with no educational qualifications (%)',
    definition:
      "Percentage of offenders nationally (England and Wales) with no educational qualifications, national context figure in the Havering strategy. Printed as a lower bound ('over'): value 50 with lowerBound 50.",
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'CIVITAS Institute for the Study of Civil Society',
    source: 'CIVITAS Institute for the Study of Civil Society 2010, FACTSHEET - Education in Prisons, as cited in the Havering strategy',
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: 'over 50%', value: 50, lowerBound: 50, approximate: true,
        note: `Printed 'Nationally, it is estimated that over 50% of offenders have no educational qualifications'; ${NATIONAL_NOTE}`,
        provenance: SEED_003_NEEDS_ETE,
      },
    ],
  },
  {
    id: 'dwp.offenders-with-dyslexia-share',
    figureKind: 'RESEARCH_FINDING',
    citedYear: 2010,
    name: 'Offenders with dyslexia (%)',
    definition: 'Percentage of offenders nationally (England and Wales) who have dyslexia, national context figure in the Havering strategy.',
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'CIVITAS Institute for the Study of Civil Society',
    source: 'CIVITAS Institute for the Study of Civil Society 2010, FACTSHEET - Education in Prisons, as cited in the Havering strategy',
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: '20%', value: 20,
        note: `Printed '20% have dyslexia'; ${NATIONAL_NOTE}`,
        provenance: SEED_003_NEEDS_ETE,
      },
    ],
  },
  {
    id: 'dwp.offenders-with-learning-difficulties-share',
    figureKind: 'RESEARCH_FINDING',
    name: 'Offenders with learning difficulties or disabilities (%)',
    definition: 'Percentage of offenders nationally (England and Wales) who have learning difficulties or disabilities, national context figure in the Havering strategy.',
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Prison Reform Trust',
    source: 'Prison Reform Trust, No one knows; CIVITAS 2010, as cited in the Havering strategy',
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: '30%', value: 30,
        note: `Printed '30% have learning difficulties or disabilities'; ${NATIONAL_NOTE}`,
        provenance: SEED_003_NEEDS_ETE,
      },
    ],
  },
  {
    id: 'dwp.prisoners-with-history-of-debt-share',
    figureKind: 'RESEARCH_FINDING',
    name: 'Share of prisoners reporting a history of debt',
    definition:
      "Proportion of prisoners who report a history of debt (national context figure in the Havering strategy; no source cited; England and Wales). RATIO unit: a proportion printed in words, value 0.5 for 'half'.",
    unit: 'RATIO',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Ministry of Justice',
    source: 'Havering Reducing Reoffending Strategy 2016-2020 (national context; no source cited)',
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: 'Around half', value: 0.5, approximate: true,
        note: `Printed 'Around half of prisoners report a history of debt'; ${FINANCE_NOTE}`,
        provenance: SEED_003_NEEDS_FINANCE,
      },
    ],
  },
  {
    id: 'dwp.prisoners-debt-worsening-in-custody-share',
    figureKind: 'RESEARCH_FINDING',
    name: 'Share of prisoners whose debt gets worse in custody',
    definition:
      "Proportion of prisoners for whom debt gets worse when they are in custody (national context figure in the Havering strategy; no source cited; England and Wales). The sentence ('which gets worse for about a third of prisoners') does not make clear whether the base is all prisoners or those with a history of debt. RATIO unit, value 1/3.",
    unit: 'RATIO',
    polarity: 'LOWER_IS_BETTER',
    leadAgency: 'Ministry of Justice',
    source: 'Havering Reducing Reoffending Strategy 2016-2020 (national context; no source cited)',
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: 'about a third', value: 1 / 3, approximate: true,
        note: `Printed 'Around half of prisoners report a history of debt, which gets worse for about a third of prisoners when they are in custody'; ${FINANCE_NOTE}`,
        provenance: SEED_003_NEEDS_FINANCE,
      },
    ],
  },
  {
    id: 'dwp.offenders-claiming-benefits-on-release-share',
    figureKind: 'RESEARCH_FINDING',
    name: 'Offenders claiming benefits upon release (%)',
    definition:
      "Percentage of offenders who claim benefits upon release (national context figure in the Havering strategy; no source cited; England and Wales). Printed as a lower bound ('More than'): value 80 with lowerBound 80. Descriptive, NEUTRAL.",
    unit: 'PERCENTAGE',
    polarity: 'NEUTRAL',
    leadAgency: 'Department for Work and Pensions',
    source: 'Havering Reducing Reoffending Strategy 2016-2020 (national context; no source cited)',
    observations: [
      {
        area: 'england-and-wales', period: '2017-01-18', printed: 'More than 80%', value: 80, lowerBound: 80, approximate: true,
        note: `Printed 'More than 80% of offenders claim benefits upon release'; ${FINANCE_NOTE}`,
        provenance: SEED_003_NEEDS_FINANCE,
      },
    ],
  },
];
