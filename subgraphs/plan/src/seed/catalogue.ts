/**
 * Which agency owns which headline measure, and what it serves in which plan: one entry per
 * (measure, plan, pathway or priority group) link. Whole-system re-offending measures (proven
 * re-offending, NI18, cost of re-offending) are the plan-level basket of measures: no pathway and
 * no priority group. Youth measures also link to the 'young-people' priority group.
 */
import type { CatalogueEntrySeed } from './types';

export const catalogue: CatalogueEntrySeed[] = [
  // ================================================================ Kent and Medway plan 2012-2015 (seeds 000, 001)
  // --- basket of measures (plan level): MoJ proven re-offending, NI18, cost of re-offending
  { measure: 'probation.adult-proven-reoffending-offenders', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.adult-proven-reoffending-reoffenders', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.adult-proven-reoffending-proportion', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.adult-proven-reoffending-reoffences-per-reoffender', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.juvenile-proven-reoffending-offenders', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.juvenile-proven-reoffending-reoffenders', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.juvenile-proven-reoffending-proportion', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.juvenile-proven-reoffending-reoffences-per-reoffender', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.juvenile-proven-reoffending-offenders', agency: 'probation', plan: 'km-2012-2015', priorityGroup: 'young-people' },
  {
    measure: 'probation.juvenile-proven-reoffending-reoffenders',
    agency: 'probation',
    plan: 'km-2012-2015',
    priorityGroup: 'young-people',
  },
  { measure: 'probation.juvenile-proven-reoffending-proportion', agency: 'probation', plan: 'km-2012-2015', priorityGroup: 'young-people' },
  {
    measure: 'probation.juvenile-proven-reoffending-reoffences-per-reoffender',
    agency: 'probation',
    plan: 'km-2012-2015',
    priorityGroup: 'young-people',
  },
  { measure: 'probation.ni18-offenders', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.ni18-reoffenders', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.ni18-reoffending-proportion', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.ni18-difference-to-baseline-predicted', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.reoffending-cost-ex-prisoners-nao', agency: 'probation', plan: 'km-2012-2015' },
  { measure: 'probation.reoffending-cost-former-short-term-prisoners-nao', agency: 'probation', plan: 'km-2012-2015' },

  // --- Accommodation
  {
    measure: 'probation.statutory-offenders-in-accommodation-at-termination',
    agency: 'probation',
    plan: 'km-2012-2015',
    pathway: 'accommodation',
  },
  {
    measure: 'probation.community-order-starts-accommodation-need-proportion',
    agency: 'probation',
    plan: 'km-2012-2015',
    pathway: 'accommodation',
  },
  {
    measure: 'probation.community-order-starts-accommodation-need-count',
    agency: 'probation',
    plan: 'km-2012-2015',
    pathway: 'accommodation',
  },
  {
    measure: 'housing.medway-young-offenders-in-suitable-accommodation',
    agency: 'housing',
    plan: 'km-2012-2015',
    pathway: 'accommodation',
  },
  {
    measure: 'housing.medway-young-offenders-in-suitable-accommodation',
    agency: 'housing',
    plan: 'km-2012-2015',
    priorityGroup: 'young-people',
  },
  { measure: 'housing.kent-young-offenders-in-suitable-accommodation', agency: 'housing', plan: 'km-2012-2015', pathway: 'accommodation' },
  {
    measure: 'housing.kent-young-offenders-in-suitable-accommodation',
    agency: 'housing',
    plan: 'km-2012-2015',
    priorityGroup: 'young-people',
  },
  { measure: 'housing.offenders-moved-on-via-kent-homechoice', agency: 'housing', plan: 'km-2012-2015', pathway: 'accommodation' },
  {
    measure: 'housing.offenders-moved-on-from-supported-to-private-rented',
    agency: 'housing',
    plan: 'km-2012-2015',
    pathway: 'accommodation',
  },

  // --- Education, Training and Employment
  {
    measure: 'probation.statutory-offenders-in-sustainable-employment-at-termination',
    agency: 'probation',
    plan: 'km-2012-2015',
    pathway: 'education-training-employment',
  },
  {
    measure: 'probation.community-order-starts-ete-need-proportion',
    agency: 'probation',
    plan: 'km-2012-2015',
    pathway: 'education-training-employment',
  },
  {
    measure: 'probation.community-order-starts-ete-need-count',
    agency: 'probation',
    plan: 'km-2012-2015',
    pathway: 'education-training-employment',
  },
  {
    measure: 'dwp.youth-statutory-school-age-in-ete-at-termination',
    agency: 'dwp',
    plan: 'km-2012-2015',
    pathway: 'education-training-employment',
  },
  { measure: 'dwp.youth-statutory-school-age-in-ete-at-termination', agency: 'dwp', plan: 'km-2012-2015', priorityGroup: 'young-people' },
  {
    measure: 'dwp.youth-post-statutory-school-age-in-ete-at-termination',
    agency: 'dwp',
    plan: 'km-2012-2015',
    pathway: 'education-training-employment',
  },
  {
    measure: 'dwp.youth-post-statutory-school-age-in-ete-at-termination',
    agency: 'dwp',
    plan: 'km-2012-2015',
    priorityGroup: 'young-people',
  },
  { measure: 'dwp.youth-all-in-ete-at-termination', agency: 'dwp', plan: 'km-2012-2015', pathway: 'education-training-employment' },
  { measure: 'dwp.youth-all-in-ete-at-termination', agency: 'dwp', plan: 'km-2012-2015', priorityGroup: 'young-people' },
  {
    measure: 'dwp.youth-apprentice-places-vulnerable-learners',
    agency: 'dwp',
    plan: 'km-2012-2015',
    pathway: 'education-training-employment',
  },
  { measure: 'dwp.youth-apprentice-places-vulnerable-learners', agency: 'dwp', plan: 'km-2012-2015', priorityGroup: 'young-people' },
  { measure: 'dwp.offenders-in-fsf-training-projects', agency: 'dwp', plan: 'km-2012-2015', pathway: 'education-training-employment' },
  {
    measure: 'dwp.offenders-into-employment-from-fsf-projects',
    agency: 'dwp',
    plan: 'km-2012-2015',
    pathway: 'education-training-employment',
  },
  { measure: 'dwp.fsf-offender-training-initiatives', agency: 'dwp', plan: 'km-2012-2015', pathway: 'education-training-employment' },
  {
    measure: 'dwp.employers-advertising-on-universal-jobmatch',
    agency: 'dwp',
    plan: 'km-2012-2015',
    pathway: 'education-training-employment',
  },
  {
    measure: 'dwp.iom-offenders-registered-on-universal-jobmatch',
    agency: 'dwp',
    plan: 'km-2012-2015',
    pathway: 'education-training-employment',
  },
  { measure: 'dwp.iom-offenders-registered-on-universal-jobmatch', agency: 'dwp', plan: 'km-2012-2015', priorityGroup: 'iom' },

  // --- Drugs and Alcohol (Substance Misuse)
  {
    measure: 'probation.community-order-starts-drug-alcohol-need-proportion',
    agency: 'probation',
    plan: 'km-2012-2015',
    pathway: 'drugs-alcohol',
  },
  {
    measure: 'probation.community-order-starts-drug-alcohol-need-count',
    agency: 'probation',
    plan: 'km-2012-2015',
    pathway: 'drugs-alcohol',
  },
  { measure: 'health.statutory-offenders-completing-treatment', agency: 'health', plan: 'km-2012-2015', pathway: 'drugs-alcohol' },
  { measure: 'health.medway-young-offenders-completing-treatment', agency: 'health', plan: 'km-2012-2015', pathway: 'drugs-alcohol' },
  { measure: 'health.medway-young-offenders-completing-treatment', agency: 'health', plan: 'km-2012-2015', priorityGroup: 'young-people' },
  { measure: 'health.kent-young-offenders-completing-treatment', agency: 'health', plan: 'km-2012-2015', pathway: 'drugs-alcohol' },
  { measure: 'health.kent-young-offenders-completing-treatment', agency: 'health', plan: 'km-2012-2015', priorityGroup: 'young-people' },

  // --- Health (Mental and Physical Health)
  { measure: 'health.statutory-offenders-registered-with-gp', agency: 'health', plan: 'km-2012-2015', pathway: 'health' },
  { measure: 'health.medway-young-offenders-registered-with-gp', agency: 'health', plan: 'km-2012-2015', pathway: 'health' },
  { measure: 'health.medway-young-offenders-registered-with-gp', agency: 'health', plan: 'km-2012-2015', priorityGroup: 'young-people' },
  { measure: 'health.kent-young-offenders-registered-with-gp', agency: 'health', plan: 'km-2012-2015', pathway: 'health' },
  { measure: 'health.kent-young-offenders-registered-with-gp', agency: 'health', plan: 'km-2012-2015', priorityGroup: 'young-people' },
  { measure: 'health.prison-population-mental-health-problems', agency: 'health', plan: 'km-2012-2015', pathway: 'health' },

  // --- Finance, Benefit and Debt (added at the 2013 refresh)
  {
    measure: 'dwp.offenders-with-finance-benefit-debt-linked-to-offending',
    agency: 'dwp',
    plan: 'km-2012-2015',
    pathway: 'finance-benefit-debt',
  },
  { measure: 'dwp.iom-offenders-with-bank-account', agency: 'dwp', plan: 'km-2012-2015', pathway: 'finance-benefit-debt' },
  { measure: 'dwp.iom-offenders-with-bank-account', agency: 'dwp', plan: 'km-2012-2015', priorityGroup: 'iom' },
  { measure: 'dwp.iom-offenders-claiming-online', agency: 'dwp', plan: 'km-2012-2015', pathway: 'finance-benefit-debt' },
  { measure: 'dwp.iom-offenders-claiming-online', agency: 'dwp', plan: 'km-2012-2015', priorityGroup: 'iom' },

  // --- IOM priority group
  { measure: 'police.iom-cohort-expected-size', agency: 'police', plan: 'km-2012-2015', priorityGroup: 'iom' },

  // ================================================================ KMROB priority objectives 2019/20 (seed 002)
  { measure: 'housing.offender-supported-bed-spaces-secured', agency: 'housing', plan: 'km-2019-20', pathway: 'accommodation' },
  { measure: 'police.iom-cohort-size', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-female', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-managed-by-youth-teams', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-serious-acquisitive-crime', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-in-custody', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-adults-in-community', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-youths-in-community', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-adult-cohort-offending-reduction', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-youth-cohort-offending-reduction', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-offences-last-3-months', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-adults-offending-last-3-months', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-youths-offending-last-3-months', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-members-with-knife-offences-past-3-years', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },
  { measure: 'police.iom-cohort-knife-offences-past-3-years', agency: 'police', plan: 'km-2019-20', priorityGroup: 'iom' },

  // ================================================================ Havering Reducing Reoffending Strategy 2016-2020 (seed 003)
  // --- plan level: whole-system re-offending and cost, recorded crime, caseloads, offender profile
  { measure: 'probation.reoffending-cost-to-society-nao', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.reconviction-cost-per-individual', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.prison-cost-per-prisoner-per-year', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.crime-by-people-already-through-cjs-share', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.released-prisoners-reoffending-within-12-months-share', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'police.recorded-crime', agency: 'police', plan: 'havering-2016-2020' },
  { measure: 'police.recorded-crime-socio-economic-cost', agency: 'police', plan: 'havering-2016-2020' },
  { measure: 'police.unsolved-crimes', agency: 'police', plan: 'havering-2016-2020' },
  { measure: 'police.resolved-crimes', agency: 'police', plan: 'havering-2016-2020' },
  { measure: 'police.individuals-accused-at-court', agency: 'police', plan: 'havering-2016-2020' },
  { measure: 'police.accused-assessed-by-nps-ratio', agency: 'police', plan: 'havering-2016-2020' },
  { measure: 'police.sanctioned-detection-rate', agency: 'police', plan: 'havering-2016-2020' },
  { measure: 'probation.crc-caseload', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.nps-caseload', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.nps-romford-centre-caseload', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.offender-profile-male-proportion', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.offender-profile-female-proportion', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.offender-profile-aged-26-49-proportion', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.offender-profile-aged-21-25-proportion', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.offender-profile-violence-against-the-person-proportion', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.reoffending-after-two-or-more-missed-appointments', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'probation.reoffending-after-no-missed-appointments', agency: 'probation', plan: 'havering-2016-2020' },
  { measure: 'police.offences-by-non-residents-share', agency: 'police', plan: 'havering-2016-2020' },
  { measure: 'police.offenders-resident-in-barking-and-dagenham-ratio', agency: 'police', plan: 'havering-2016-2020' },

  // --- Accommodation
  {
    measure: 'housing.prisoners-without-settled-accommodation-share',
    agency: 'housing',
    plan: 'havering-2016-2020',
    pathway: 'accommodation',
  },

  // --- Education, Training and Employment
  {
    measure: 'dwp.offenders-no-educational-qualifications-share',
    agency: 'dwp',
    plan: 'havering-2016-2020',
    pathway: 'education-training-employment',
  },
  { measure: 'dwp.offenders-with-dyslexia-share', agency: 'dwp', plan: 'havering-2016-2020', pathway: 'education-training-employment' },
  {
    measure: 'dwp.offenders-with-learning-difficulties-share',
    agency: 'dwp',
    plan: 'havering-2016-2020',
    pathway: 'education-training-employment',
  },

  // --- Finance, Benefit and Debt
  { measure: 'dwp.prisoners-with-history-of-debt-share', agency: 'dwp', plan: 'havering-2016-2020', pathway: 'finance-benefit-debt' },
  { measure: 'dwp.prisoners-debt-worsening-in-custody-share', agency: 'dwp', plan: 'havering-2016-2020', pathway: 'finance-benefit-debt' },
  {
    measure: 'dwp.offenders-claiming-benefits-on-release-share',
    agency: 'dwp',
    plan: 'havering-2016-2020',
    pathway: 'finance-benefit-debt',
  },

  // --- Drugs and Alcohol: drug testing, WDP, national context
  { measure: 'police.drug-test-cocaine-positive', agency: 'police', plan: 'havering-2016-2020', pathway: 'drugs-alcohol' },
  { measure: 'police.burglars-drug-test-cocaine-positive', agency: 'police', plan: 'havering-2016-2020', pathway: 'drugs-alcohol' },
  { measure: 'police.drug-test-positive-white-male-share', agency: 'police', plan: 'havering-2016-2020', pathway: 'drugs-alcohol' },
  { measure: 'police.drug-supply-offenders-under-24', agency: 'police', plan: 'havering-2016-2020', pathway: 'drugs-alcohol' },
  { measure: 'police.drug-tested-local-residents', agency: 'police', plan: 'havering-2016-2020', pathway: 'drugs-alcohol' },
  { measure: 'health.wdp-offender-drop-in-sessions-change', agency: 'health', plan: 'havering-2016-2020', pathway: 'drugs-alcohol' },
  {
    measure: 'health.prisoners-using-illegal-drugs-before-custody-share',
    agency: 'health',
    plan: 'havering-2016-2020',
    pathway: 'drugs-alcohol',
  },
  {
    measure: 'health.violent-crime-linked-to-alcohol-intoxication',
    agency: 'health',
    plan: 'havering-2016-2020',
    pathway: 'drugs-alcohol',
  },

  // --- IOM and SGV priority groups
  { measure: 'police.iom-nominals-on-list', agency: 'police', plan: 'havering-2016-2020', priorityGroup: 'iom' },
  { measure: 'police.sgv-individuals-monitored', agency: 'police', plan: 'havering-2016-2020', priorityGroup: 'sgv' },
  { measure: 'police.sgv-on-trident-matrix-ratio', agency: 'police', plan: 'havering-2016-2020', priorityGroup: 'sgv' },
];
