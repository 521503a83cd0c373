/**
 * Goals of the Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015, from the annual stock
 * take of 17 July 2013 (seed 001): the 19 goals of the plan with their lead agency, end of year status and
 * update (Appendix A) and their disposition at the refresh, then the new goals the refresh proposes.
 * Text is as printed; a goal listed under a lead-in ('... to include:-') carries the lead-in as its first line.
 */
import type { ProvenanceSeed } from '@hub/common/platform';
import type { GoalDispositionSeed, GoalSeed, GoalStatusSeed } from './types';

const PUBLICATION =
  'Kent and Medway Strategic Plan for Reducing Reoffending 2012 – 2015, Annual stock take: End of year progress review; Proposed plan refresh';
const stockTake = (location: string): ProvenanceSeed => ({
  publication: PUBLICATION,
  publisher: 'Kent Community Safety Partnership',
  published: '2013-07-17',
  document: '001_b957d7ba0e7289ba.txt',
  location,
});

const APPENDIX_A = 'Appendix A (Kent and Medway Strategic Plan Progress Report 2012 to 2015), ';
const progressAccommodation = stockTake(`${APPENDIX_A}2.1 Accommodation, Delivery against goals`);
const progressEducationEmployment = stockTake(`${APPENDIX_A}2.2 Education and Employment, Delivery against goals`);
const progressSubstanceMisuse = stockTake(`${APPENDIX_A}2.3 Substance Misuse (Drugs & Alcohol), Delivery against goals`);
const progressHealth = stockTake(`${APPENDIX_A}2.4 Mental and Physical Health, Delivery against goals`);

const REFRESH = '3. Overview to date of stock take, Plan Refresh: ';
const newAccommodation = stockTake(`${REFRESH}Accommodation, Proposed new goals for plan refresh`);
const newEducationEmployment = stockTake(`${REFRESH}Education and Employment, Proposed new goals for plan refresh`);
const newSubstanceMisuse = stockTake(`${REFRESH}Substance Misuse, Proposed new goals for plan refresh`);
const newHealth = stockTake(`${REFRESH}Mental and Physical Health, Proposed new goals for plan refresh`);
const newFinance = stockTake(`${REFRESH}Proposed new Multi – Agency Priority Intervention, Finance, Benefits and Debt`);
const newPriorityGroupsAndData = stockTake(
  `${REFRESH}Proposed new goals specific to our Multi- Agency Priority Groups, and Reducing Reoffending data / evidence`,
);

const PLAN = 'km-2012-2015';
const REFRESH_ID = 'km-2013-stock-take';

/** Appendix A, Section 2: 'the status of these will either be 'red' for not achieved or 'green' for achieved'. */
const endOfYear = (update: string | null): GoalStatusSeed[] => [
  {
    period: '2012-13',
    rag: null,
    basis: "End-of-year review 2012-13 (key: 'red' for not achieved, 'green' for achieved); no outcome recorded in the hub yet",
    update,
  },
];
const discharged: GoalDispositionSeed[] = [{ refresh: REFRESH_ID, disposition: 'DISCHARGED' }];
const carriedForward: GoalDispositionSeed[] = [{ refresh: REFRESH_ID, disposition: 'CARRIED_FORWARD' }];
const amended = (newWording: string, note?: string): GoalDispositionSeed[] => [
  { refresh: REFRESH_ID, disposition: 'AMENDED', newWording, note },
];

const ACCOMMODATION_LEAD_IN =
  'All local authorities to strive to remove barriers to adopt a consistent approach to accommodation to include:-\n';

/** The 19 goals of the plan as reviewed at the end of 2012-13. */
const currentGoals: GoalSeed[] = [
  // 2.1 Accommodation
  {
    id: 'km-accommodation-1',
    plan: PLAN,
    pathway: 'accommodation',
    text: `${ACCOMMODATION_LEAD_IN}Following current protocols and policies already in place surrounding accessing and sustaining accommodation`,
    leadAgency: 'JPPB',
    statuses: endOfYear('Refreshed Offender Resettlement Protocol now ready for sign off'),
    dispositions: discharged,
    provenance: progressAccommodation,
  },
  {
    id: 'km-accommodation-2',
    plan: PLAN,
    pathway: 'accommodation',
    text:
      `${ACCOMMODATION_LEAD_IN}Considering the implication of any housing benefit changes, ensuring that the possible increase ` +
      'of private unregulated housing is not detrimental to offering safe and suitable housing',
    leadAgency: 'JPPB',
    statuses: endOfYear(
      'Kent Private Sector Housing Group (PSH) will promote a minimum standard for working with landlords in the private ' +
        'rented sector (PRS), particularly with regard to discharge of homelessness duty from Housing Options departments and ' +
        'will promote the use of accreditation for landlords and lettings agents across Kent and Medway.\n\n' +
        'Kent PSH Group and Kent Housing Options Group (KHOG) to promote the use of tenancy training for tenants in the PRS',
    ),
    dispositions: discharged,
    provenance: progressAccommodation,
  },
  {
    id: 'km-accommodation-3',
    plan: PLAN,
    pathway: 'accommodation',
    text:
      `${ACCOMMODATION_LEAD_IN}Look at ways to introduce new service models for housing related support which are designed ` +
      'to provide more flexible and targeted services',
    leadAgency: 'JPPB',
    statuses: endOfYear(
      'Members of the JPPB are engaged in the current Supporting People needs analysis and how services can be revised to ' +
        'provide support to this client group',
    ),
    dispositions: discharged,
    provenance: progressAccommodation,
  },
  {
    id: 'km-accommodation-4',
    plan: PLAN,
    pathway: 'accommodation',
    text:
      'Ensure offenders are prioritised properly in order to meet their accommodation needs, especially the priority groups ' +
      'identified in section D of the Strategic Plan.',
    leadAgency: 'JPPB',
    statuses: endOfYear(
      'Local Housing Authorities in Kent are aware of these groups and the prioritisation and this is regularly on the agenda ' +
        'at KHOG and JPPB. The refreshed Offender Resettlement Protocol will assist in this process',
    ),
    dispositions: discharged,
    provenance: progressAccommodation,
  },
  {
    id: 'km-accommodation-5',
    plan: PLAN,
    pathway: 'accommodation',
    text:
      'Local authorities to continue to meet the specific accommodation needs of young people with the support of Youth ' +
      'Offending Services and Teams at a local level.',
    leadAgency: 'Integrated Youth Services (KCC)',
    statuses: endOfYear(
      'The statutory responsibility (Children Act 1989) for the assessment of young people (16 / 17) year olds presenting as ' +
        "homeless and the provision of suitable accommodation for them rests with Specialist Children's Services (KCC) and the " +
        'Local Housing Authorities.\n\n' +
        "The June meeting of the Kent Integrated Children's Services Board (chaired by the Leader of the County Council) " +
        "considered papers from Specialist Children's Services and from the Joint Policy and Planning Board (JPPB) providing an " +
        'update on actions taken in response to concerns raised by the Local Government Ombudsman with respect to the response ' +
        'to the housing and welfare needs of a young person. There now appears to be clear agreement between all concerned as ' +
        'to the procedures that will be followed when young people do present as homeless.\n\n' +
        'The concern for the Youth Offending Teams is the shortage of suitable accommodation for 16 / 17 year olds which means ' +
        'that Bed & Breakfast remains an option. Cookham Wood YOI have raised with the Service their view that B & B is ' +
        'unsuitable for young people leaving custody to resettle in the community.',
    ),
    dispositions: discharged,
    provenance: progressAccommodation,
  },
  // 2.2 Education and Employment
  {
    id: 'km-education-employment-1',
    plan: PLAN,
    pathway: 'education-training-employment',
    text: 'All agencies to improve signposting for young peoples services',
    leadAgency: 'Integrated Youth Services (KCC)',
    statuses: endOfYear(
      'The Service is working with schools, Further Education Colleges, and Youth Contract training providers to improve ' +
        'engagement levels and where engagement occurs it is sustained. Education Officers and CXK Ltd Personal Advisors are ' +
        'based in each of the four Youth Offending Teams.\n\n' +
        'The Service offers young people the opportunity to achieve accredited outcomes via programmes such as Rapid English, ' +
        'ASDAN and iCompass. The objective is to increase their employability.\n\n' +
        'Additionally the Service has ten further places for apprentices on the Vulnerable Learners Programme.\n\n' +
        'However there are concerns with respect to ETE performance for the Youth Offending Teams with respect to both the ' +
        'statutory school and post statutory school age groups',
    ),
    dispositions: discharged,
    provenance: progressEducationEmployment,
  },
  {
    id: 'km-education-employment-2',
    plan: PLAN,
    pathway: 'education-training-employment',
    text: 'Increase number of offenders entering and completing education and training for employment',
    leadAgency: 'Jobcentre Plus',
    statuses: endOfYear(
      'Jobcentre Plus has access to a range of education and training opportunities for offenders. Via our Flexible Support ' +
        'Fund have supported four training initiatives specifically aimed at supporting offenders. Within the last year 177 ' +
        'offenders (many repeat offenders) have participated in the projects with 115 moving into employment.',
    ),
    dispositions: carriedForward,
    provenance: progressEducationEmployment,
  },
  {
    id: 'km-education-employment-3',
    plan: PLAN,
    pathway: 'education-training-employment',
    text: 'Understand requirements and address lack of options for offenders with low level educational skills, literacy and numeracy',
    leadAgency: 'Kent Probation / Integrated Youth Services (KCC) / Skills Funding Agency',
    statuses: endOfYear(
      'The Youth Offending Service offers young people the opportunity to achieve accredited outcomes via programmes such as ' +
        'Rapid English, ASDAN and iCompass. The objective is to increase their employability. Additionally the Service has ten ' +
        'further places for apprentices on the Vulnerable Learners Programme.',
    ),
    dispositions: discharged,
    provenance: progressEducationEmployment,
  },
  {
    id: 'km-education-employment-4',
    plan: PLAN,
    pathway: 'education-training-employment',
    text: 'Address how high risk offenders can be integrated safely into a learning environment',
    leadAgency: 'Kent Probation',
    statuses: endOfYear(
      'This area has not been fully explored to date to understand the scale of offender needs, to then allow for a review of ' +
        'how this could be addressed.',
    ),
    dispositions: discharged,
    provenance: progressEducationEmployment,
  },
  {
    id: 'km-education-employment-5',
    plan: PLAN,
    pathway: 'education-training-employment',
    text: 'Increase and improve links with local employers to drive up employment prospects',
    leadAgency: 'Jobcentre Plus',
    statuses: endOfYear(
      'Jobcentre Plus is continuously increasing the access to vacancies and opportunities with employers either directly or ' +
        'via partner organisations. Currently 9,900 employers in Kent advertise vacancies via our Universal Jobmatch website. We ' +
        'of course support jobseekers into employment outside the county.',
    ),
    dispositions: amended(
      'Continue to build and strengthen current links and processes to increase the numbers of potential employers, to ' +
        'therefore increase the number of offenders in employment (in support of headline measure)',
    ),
    provenance: progressEducationEmployment,
  },
  {
    id: 'km-education-employment-6',
    plan: PLAN,
    pathway: 'education-training-employment',
    text: 'Examine our respective organisations employment practices to remove barriers to employing ex-offenders wherever possible',
    leadAgency: 'All',
    statuses: endOfYear(
      'The majority of organisations strive to ensure that ex-offenders are not discriminated against and will assess on a ' +
        'case by case basis each individual application.',
    ),
    dispositions: discharged,
    provenance: progressEducationEmployment,
  },
  // 2.3 Substance Misuse (Drugs & Alcohol)
  {
    id: 'km-substance-misuse-1',
    plan: PLAN,
    pathway: 'drugs-alcohol',
    text: 'Improved understanding of dual diagnosis issues between substance misuse and mental health problems',
    leadAgency: 'Commissioned Service KCC',
    statuses: endOfYear(
      'The dual diagnosis protocol is currently being ratified and implementation workshops are taking place between June and July 2013',
    ),
    dispositions: discharged,
    provenance: progressSubstanceMisuse,
  },
  {
    id: 'km-substance-misuse-2',
    plan: PLAN,
    pathway: 'drugs-alcohol',
    text: 'Ensure demand and need is managed effectively to provide sufficient and accessible drug and alcohol services at a local level',
    leadAgency: 'Commissioned Services KCC',
    statuses: endOfYear(
      'Services have been recommissioned during 2012-13 to ensure that the services fit the demand and established need in ' +
        'accordance with the JSNA. Services are performance monitored to ensure that they are effectively providing accessible services',
    ),
    dispositions: discharged,
    provenance: progressSubstanceMisuse,
  },
  {
    id: 'km-substance-misuse-3',
    plan: PLAN,
    pathway: 'drugs-alcohol',
    text: 'Introduce and roll-out Drug Test on Arrest across the county',
    leadAgency: 'Commissioned Services KCC',
    statuses: endOfYear(
      'DTOA has been in operation for a year and the full year evaluation is imminent. The pilot has been extended for a ' +
        'further year to allow year on year evaluation. It is currently not possible to roll out the pilot to other areas due ' +
        'to restrictions on the licensed equipment due to a contracting issue with the Department of Health. It is recommended ' +
        'that we await the full evaluation prior to considering extending the DTOA service.',
    ),
    dispositions: discharged,
    provenance: progressSubstanceMisuse,
  },
  {
    id: 'km-substance-misuse-4',
    plan: PLAN,
    pathway: 'drugs-alcohol',
    text: 'Understand impact of Payment By Results (PBR) on Drug and Alcohol Action Teams and consider implications for other areas',
    leadAgency: 'Commissioned Services KCC',
    statuses: endOfYear(
      'Kent PbR is part of the 2 year National pilot and the impact is being evaluated independently. PbR has involved a ' +
        'significant investment in time and we await the results of the evaluation before we are able to draw any conclusions',
    ),
    dispositions: discharged,
    provenance: progressSubstanceMisuse,
  },
  // 2.4 Mental and Physical Health
  {
    id: 'km-health-1',
    plan: PLAN,
    pathway: 'health',
    text: 'Increase level of GP registrations from current level of 14% for statutory offenders in the community',
    leadAgency: 'Public Health NHS Kent',
    statuses: endOfYear(
      "Work at early stage, briefs are prepared for CCG's. There is a need to work closely with Probation on data sharing re registrations",
    ),
    // The refresh table gives this row's lead as 'Public Health' and 'Kent Probation' (the only row whose
    // lead changes along with its wording): an editorial note, kept out of the wording the source prints.
    dispositions: amended(
      'Continue focus to increase number of offenders in community registered with a GP\n' +
        'Ensure that these registrations are then recorded accurately in the ICMS system for tracking',
      'The refresh table names the lead agency for the amended goal as Public Health / Kent Probation.',
    ),
    provenance: progressHealth,
  },
  {
    id: 'km-health-2',
    plan: PLAN,
    pathway: 'health',
    text: 'Introduce a clear provision of and routes into Mental Health Treatment Requirements',
    leadAgency: 'Public Health NHS Kent',
    statuses: endOfYear(
      'This has been flagged up in public health commissioning intentions as a priority. Mental health needs assessment is ' +
        'underway, close working arrangements with new CCG Commissioners to improve pathway',
    ),
    dispositions: discharged,
    provenance: progressHealth,
  },
  {
    id: 'km-health-3',
    plan: PLAN,
    pathway: 'health',
    text:
      'Ensure a countywide Police Custody Liaison and Diversion Service with a Community Psychiatric Nurse to address the gap ' +
      'in this service in the Dartford Custody Suite (should read Northfleet)',
    leadAgency: 'Public Health NHS Kent',
    statuses: endOfYear(null),
    dispositions: discharged,
    provenance: progressHealth,
  },
  {
    id: 'km-health-4',
    plan: PLAN,
    pathway: 'health',
    text:
      'Ensure a community provision for a Personality Disorder Unit to help offenders diagnosed with personality disorders or ' +
      'emerging personality disorders',
    leadAgency: 'Public Health NHS Kent',
    statuses: endOfYear("In collaboration with CCG's and NHS England - work is underway"),
    dispositions: discharged,
    provenance: progressHealth,
  },
];

/** Goals proposed at the refresh: no status yet, no disposition. */
const proposed = (g: Omit<GoalSeed, 'plan' | 'proposedAt' | 'statuses' | 'dispositions'>): GoalSeed => ({
  ...g,
  plan: PLAN,
  proposedAt: REFRESH_ID,
  statuses: [],
  dispositions: [],
});

const newGoals: GoalSeed[] = [
  // Accommodation
  proposed({
    id: 'km-2013-accommodation-1',
    pathway: 'accommodation',
    text:
      'Preserve current level of funding to Supporting People offender supported accommodation, and explore if the budget ' +
      'allocation may be increased in line with offender need in this area',
    leadAgency: 'KCC Commissioned Services',
    provenance: newAccommodation,
  }),
  proposed({
    id: 'km-2013-accommodation-2',
    pathway: 'accommodation',
    text: 'Roll out of New Offender Protocol across Kent Probation, Kent Prisons and Kent Local Housing Authorities by October 2013',
    leadAgency: 'JPPB',
    due: '2013-10-31',
    provenance: newAccommodation,
  }),
  proposed({
    id: 'km-2013-accommodation-3',
    pathway: 'accommodation',
    text:
      'Monitor number of offenders successfully moved on into accommodation via Kent Homechoice for year ending March 2014, to ' +
      'measure the unintended consequences of welfare reform on this client group, and to seek to mitigate those consequences ' +
      'wherever possible',
    leadAgency: 'JPPB',
    due: '2014-03-31',
    provenance: newAccommodation,
  }),
  proposed({
    id: 'km-2013-accommodation-4',
    pathway: 'accommodation',
    text:
      'Monitor number of offenders in Supporting People supported accommodation who successfully move on to accommodation in ' +
      'private rented sector for year ending March 2014, in order that providers are supported to seek to increase the choices ' +
      'in available accommodation for offenders',
    leadAgency: 'JPPB',
    due: '2014-03-31',
    provenance: newAccommodation,
  }),
  proposed({
    id: 'km-2013-accommodation-5',
    pathway: 'accommodation',
    text:
      'Expand number of work opportunities for rehabilitation purposes, based on model at Maidstone Borough Council to other ' +
      'local housing authorities and housing providers by March 2014',
    leadAgency: 'JPPB',
    due: '2014-03-31',
    provenance: newAccommodation,
  }),
  // Education and Employment
  proposed({
    id: 'km-2013-education-employment-1',
    pathway: 'education-training-employment',
    text:
      'Introduce intensive support for the IOM cohort to ensure that by March 2014 80% of IOM offenders are to be registered on ' +
      'Universal Job Match',
    leadAgency: 'Jobcentre Plus',
    due: '2014-03-31',
    provenance: newEducationEmployment,
  }),
  proposed({
    id: 'km-2013-education-employment-2',
    pathway: 'education-training-employment',
    text: 'Improve completion rates for basic literacy skills courses / support for offenders in custody',
    leadAgency: 'Skills Funding Agency',
    provenance: newEducationEmployment,
  }),
  // Substance Misuse
  proposed({
    id: 'km-2013-substance-misuse-1',
    pathway: 'drugs-alcohol',
    text: 'Review the impact of extending in cell coverage during off peak hours (introduced from end of September 2013)',
    leadAgency: 'Commissioned Services KCC',
    provenance: newSubstanceMisuse,
  }),
  proposed({
    id: 'km-2013-substance-misuse-2',
    pathway: 'drugs-alcohol',
    text:
      'Commission and review the impact of prison link workers in Kent and Medway, including improvements in care pathways with ' +
      'out of area prisons (introduced from September 2013)',
    leadAgency: 'Commissioned Services KCC',
    provenance: newSubstanceMisuse,
  }),
  proposed({
    id: 'km-2013-substance-misuse-3',
    pathway: 'drugs-alcohol',
    text: 'Review the impact of the Alcohol and Cannabis Diversion Scheme',
    leadAgency: 'Commissioned Services KCC',
    provenance: newSubstanceMisuse,
  }),
  proposed({
    id: 'km-2013-substance-misuse-4',
    pathway: 'drugs-alcohol',
    text: 'Understand the impact of the Payment by Results substance misuse pilot on reducing reoffending',
    leadAgency: 'Commissioned Services KCC',
    provenance: newSubstanceMisuse,
  }),
  proposed({
    id: 'km-2013-substance-misuse-5',
    pathway: 'drugs-alcohol',
    text:
      'Explore Drug Rehabilitation Requirements and Alcohol Treatment Requirements in more detail to understand why offenders ' +
      'on these treatments continue to have a high rate of reoffending',
    leadAgency: 'Commissioned Services KCC',
    provenance: newSubstanceMisuse,
  }),
  // Mental and Physical Health
  proposed({
    id: 'km-2013-health-1',
    pathway: 'health',
    text:
      'Community Offender Health Needs (COHN) :\n' +
      'Complete COHN Assessment by September 2013\n' +
      'Review recommendations and implement as appropriate',
    leadAgency: 'Public Health',
    due: '2013-09-30',
    provenance: newHealth,
  }),
  proposed({
    id: 'km-2013-health-2',
    pathway: 'health',
    text:
      'Mental Health Service and Treatment:\n' +
      'Review the current provision of mental health service and treatment for community offenders by October 2013\n' +
      'Use this review to understand and identify any gaps in provision and implement changes as appropriate',
    leadAgency: 'Public Health',
    due: '2013-10-31',
    provenance: newHealth,
  }),
  proposed({
    id: 'km-2013-health-3',
    pathway: 'health',
    text: "IOM engagement to be widened to include Health to provide a fuller range of support services to be initially trialled over 2 CSU's",
    leadAgency: 'Public Health / IOM Team',
    provenance: newHealth,
  }),
  // Finance, Benefits and Debt (new priority intervention)
  proposed({
    id: 'km-2013-finance-benefits-debt-1',
    pathway: 'finance-benefit-debt',
    text:
      'Collate Welfare Reform Offender Risk Register by September 2013 to :\n' +
      'a) Understand key risks affecting our offenders\n' +
      'b) Implement action plans to mitigate key risks',
    leadAgency: 'Kent Probation',
    due: '2013-09-30',
    provenance: newFinance,
  }),
  proposed({
    id: 'km-2013-finance-benefits-debt-2',
    pathway: 'finance-benefit-debt',
    text:
      'Jobcentre Plus to introduce closer working links with IOM teams to achieve the following by March 2014 :\n' +
      'a) 95% of IOM offenders to have a bank / post office account\n' +
      'b) 80% of IOM offenders to be able to process their claims online',
    leadAgency: 'Jobcentre Plus',
    due: '2014-03-31',
    provenance: newFinance,
  }),
  // Priority group: IOM
  proposed({
    id: 'km-2013-iom-1',
    priorityGroup: 'iom',
    text: 'Support delivery of IOM Business Plan 2013 - 2014',
    leadAgency: 'IOM team',
    provenance: newPriorityGroupsAndData,
  }),
  proposed({
    id: 'km-2013-iom-2',
    priorityGroup: 'iom',
    text:
      'Review of completed IOM audit in September 2013 to :\n' +
      'a) Identify and ensure good practise is replicated across the County\n' +
      'b) Understand differences between Kent and Medway IOM Reoffending Rates, and share knowledge where appropriate',
    leadAgency: 'IOM team',
    due: '2013-09-30',
    provenance: newPriorityGroupsAndData,
  }),
  // Priority group: Young People
  proposed({
    id: 'km-2013-young-people-1',
    priorityGroup: 'young-people',
    text: 'Support delivery of the Youth Justice Board three year work plan to reduce re-offending',
    leadAgency: 'Integrated Youth Services (KCC)',
    provenance: newPriorityGroupsAndData,
  }),
  proposed({
    id: 'km-2013-young-people-2',
    priorityGroup: 'young-people',
    text:
      'Complete Transition to Adulthood analysis by December 2013 to :\n' +
      'a) Identify current gaps in provision\n' +
      'b) Commission or develop to fill gaps based on analysis and evidence',
    leadAgency: 'Integrated Youth Services (KCC)',
    due: '2013-12-31',
    provenance: newPriorityGroupsAndData,
  }),
  // Reducing Reoffending Data (cross-cutting: no pathway, no priority group)
  proposed({
    id: 'km-2013-reoffending-data-1',
    text:
      'Explore why reoffending rates for offenders on Community Orders are lower than predicted compared to the reoffending ' +
      'rates for those on license, which are showing significantly higher than predicted especially for the 24-36 age range.',
    leadAgency: 'Kent Police / Kent Probation',
    provenance: newPriorityGroupsAndData,
  }),
];

export const goals: GoalSeed[] = [...currentGoals, ...newGoals];
