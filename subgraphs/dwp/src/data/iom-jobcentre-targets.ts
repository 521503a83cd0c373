/**
 * The Jobcentre Plus targets for the IOM cohort that the 2013 stock take proposed for the plan refresh (seed 001,
 * "3. Overview to date of stock take, Plan Refresh"): one under Education and Employment ("Proposed new goals for
 * plan refresh") and two under the proposed new priority intervention Finance, Benefits and Debt. Goal, item,
 * target and due date are verbatim; the paper is public. No figures against them are published in the documents.
 */
import type { ProvenanceSeed } from '@hub/common';

const stockTake = (location: string): ProvenanceSeed => ({
  publication: 'Kent and Medway Strategic Plan for Reducing Reoffending 2012 – 2015, Annual stock take: End of year progress review; Proposed plan refresh',
  publisher: 'Kent Community Safety Partnership',
  published: '2013-07-17',
  document: '001_b957d7ba0e7289ba.txt',
  location,
});

export interface JobcentreTargetSeed {
  id: string;
  priorityGroupId: string;
  intervention: string;
  goal: string;
  item: string | null;
  leadAgency: string;
  target: { value: number; printed: string };
  duePrinted: string;
  measureId: string;
  provenance: ProvenanceSeed;
}

const FINANCE_GOAL = 'Jobcentre Plus to introduce closer working links with IOM teams to achieve the following by March 2014';
const financeSource = stockTake('3. Overview to date of stock take, Plan Refresh: Proposed new Multi – Agency Priority Intervention, Finance, Benefits and Debt');

export const IOM_JOBCENTRE_TARGETS: JobcentreTargetSeed[] = [
  {
    id: 'iom-registered-on-universal-job-match',
    priorityGroupId: 'iom',
    intervention: 'Education and Employment',
    goal: 'Introduce intensive support for the IOM cohort to ensure that by March 2014 80% of IOM offenders are to be registered on Universal Job Match',
    item: null,
    leadAgency: 'Jobcentre Plus',
    target: { value: 80, printed: '80%' },
    duePrinted: 'by March 2014',
    measureId: 'dwp.iom-offenders-registered-on-universal-jobmatch',
    provenance: stockTake('3. Overview to date of stock take, Plan Refresh: Education and Employment, Proposed new goals for plan refresh'),
  },
  {
    id: 'iom-bank-or-post-office-account',
    priorityGroupId: 'iom',
    intervention: 'Finance, Benefits and Debt',
    goal: FINANCE_GOAL,
    item: 'a) 95% of IOM offenders to have a bank / post office account',
    leadAgency: 'Jobcentre Plus',
    target: { value: 95, printed: '95%' },
    duePrinted: 'by March 2014',
    measureId: 'dwp.iom-offenders-with-bank-account',
    provenance: financeSource,
  },
  {
    id: 'iom-claims-online',
    priorityGroupId: 'iom',
    intervention: 'Finance, Benefits and Debt',
    goal: FINANCE_GOAL,
    item: 'b) 80% of IOM offenders to be able to process their claims online',
    leadAgency: 'Jobcentre Plus',
    target: { value: 80, printed: '80%' },
    duePrinted: 'by March 2014',
    measureId: 'dwp.iom-offenders-claiming-online',
    provenance: financeSource,
  },
];
