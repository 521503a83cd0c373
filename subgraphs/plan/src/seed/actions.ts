/**
 * Actions: every row of Havering's Reducing Reoffending Action plan (seed 003), and the key outputs of the
 * KMROB priority objectives for 2019/20 (seed 002). Text is as printed. Steps drop the printed step number
 * (their position is the number); `responsible` keeps it, because it says which step each lead is for.
 * Havering's 'Progress to date' column is blank in the source, so progress is null.
 */
import type { ProvenanceSeed } from '@hub/common/platform';
import type { ActionSeed } from './types';

const haveringActionPlan: ProvenanceSeed = {
  publication: 'Reducing Reoffending Strategy 2016-2020',
  publisher: 'London Borough of Havering',
  published: '2017-01-18',
  document: '003_9445ef05e0c41006.txt',
  location: 'Reducing Reoffending Strategy: Action plan',
};

const kmrobPriorityObjectives: ProvenanceSeed = {
  publication: 'Kent & Medway Reducing Offending Board (KMROB) Update',
  publisher: 'Kent Community Safety Partnership',
  published: '2019-10-08',
  document: '002_f0014465c04b6cba.txt',
  location: '2. Priority Objectives and Key Outputs for 2019/20',
};

const HAVERING = 'havering-2016-2020';
const INFORMATION = 'Information and intelligence development';
const SUPPORTING = 'Supporting Offenders\nAccommodation, Education, Training and Employment\nFinance and Debt\nDrugs and Alcohol';
const ENFORCEMENT =
  'Enforcement & Compliance\n\nThis is a joint operation between London Probation and the IOM Police Team, predominantly ' +
  'focusing on offenders released on licence, suspended sentence order or community payback orders. Exceptions to this ' +
  'will be offenders convicted of domestic abuse offences or those subject to public protection';
const RR_GROUP_DECISION =
  'Decision to be made at the Reducing Reoffending Group meeting and action to be followed through by LBH Community Safety';

const havering = (a: Omit<ActionSeed, 'plan' | 'progress' | 'provenance'>): ActionSeed => ({
  ...a,
  plan: HAVERING,
  progress: null,
  provenance: haveringActionPlan,
});

const haveringActions: ActionSeed[] = [
  // Information and intelligence development
  havering({
    id: 'havering-information-sharing-agreement',
    objective: INFORMATION,
    title: 'Clear information sharing agreement for Reducing Reoffending Group and all sub groups',
    steps: ['Review current agreement', 'Add/ remove members', 'Agree frequency of renewal'],
    outcomes: ['Free flowing information exchange between partnerships'],
    timescale: 'March 2017',
    due: '2017-03-31',
    responsible: ['1. LBH Community Safety and Police', '2. LBH Community Safety', '3. Reducing Reoffending Group decision'],
  }),
  havering({
    id: 'havering-agreed-data-analysis',
    objective: INFORMATION,
    title: 'Agreed Data Analysis',
    steps: [
      'What offences will be monitored',
      'What data needs to be collected',
      'Agree which organisations need to provide data and single points of contact to liaise with',
      'Frequency of the data sharing',
    ],
    outcomes: ['Data available to inform the partnership on performance and monitoring of offending within the borough'],
    timescale: 'March 2017',
    due: '2017-03-31',
    responsible: [RR_GROUP_DECISION],
  }),
  havering({
    id: 'havering-data-analysis-sub-group',
    objective: INFORMATION,
    title: 'Develop a sub group to focus on data analysis',
    steps: [
      'Key stakeholders and representatives to be identified',
      'Frequency of data analysis group to be determined',
      'Develop a process for the group to feed back into the reducing reoffending group',
    ],
    outcomes: [
      'Multi-agency sub group informing the reducing reoffending group about\n' +
        'Developing trends\n' +
        'Areas of concern\n' +
        'Linking work between IOM/SGV/DIP/MAPPA & ASB\n' +
        'Where to focus our limited resources',
    ],
    timescale: 'March 2017',
    due: '2017-03-31',
    responsible: [RR_GROUP_DECISION],
  }),
  havering({
    id: 'havering-cohort-monitoring',
    objective: INFORMATION,
    title: 'Cohort monitoring and information sharing',
    steps: [
      'All risk management panels to have live trackers in place',
      'Regular monitoring and cross referencing of those on risk management lists',
      'Find a secure online system/ portal, which stakeholders can log into and securely access and share information, without sending it.',
    ],
    outcomes: [
      'Instant updates and snapshots of all offenders on risk management panels (IOM, SGV, MAPPA, DIP) along with their current case progress.',
      'Reduction in duplication of offenders being discussed at more than 1 risk management panel',
      'Safer and more secure way of sharing information',
      'Reduction in the number of pre and post meeting emails.',
    ],
    timescale: 'March 2018',
    due: '2018-03-31',
    responsible: ['1. LBH Community Safety', '2. LBH Community Safety', '3. LBH Community Safety'],
  }),
  // Supporting Offenders
  havering({
    id: 'havering-supporting-accommodation',
    objective: SUPPORTING,
    pathway: 'accommodation',
    title: 'Supporting offenders with accommodation needs',
    steps: [
      'Apply for further funding for the Havering IOM rent deposit scheme',
      'Work with London Borough of Havering and Family Mosaic in regards to accessing Derby Avenue supported accommodation',
      'Progress the emergency accommodation spaces option for IOM/ MAPPA Offenders being released from prison with genuinely nowhere to go',
      'Linking Offenders in with the Homeless Persons Unit',
      'Support from Citizens Advice regarding mortgage/ rent arrears',
    ],
    outcomes: ['Increased number of individuals in safe and stable accommodation', 'Improved partnership working'],
    timescale: 'March 2017',
    due: '2017-03-31',
    responsible: [
      '1. LBH Community Safety',
      '2. Family Mosaic',
      '3. LBH Community Safety and LBH Housing',
      '4. CRC/ NPS and Police',
      '5. CRC',
    ],
  }),
  havering({
    id: 'havering-supporting-ete',
    objective: SUPPORTING,
    pathway: 'education-training-employment',
    title: 'Supporting offenders with education, training and employment needs',
    // The fifth step is printed without its number, after a page break; the responsible column names five leads.
    steps: [
      'Jobcentre Plus Drop- in session at Probation',
      'Probation based Education/ Training / Employment workshops to take place',
      'Probation based CV writing workshops including the focus on disclosure of offences',
      'New Jobcentre contracts to contain an element of equal opportunities for ex-offenders seeking employment.',
      'For offenders who are unable to use computers, develop a sensitive disclosure pathway for benefits application.(For offenders who are A) Sex offences B) literacy issue)',
    ],
    outcomes: [
      'Improved employability',
      'Increased number of offenders in employment and training',
      'Improved ability to fund lifestyle through legitimate income',
      "More positive use of offenders' time",
      'Health and Economic wellbeing of the offender',
    ],
    timescale: 'March 2018',
    due: '2018-03-31',
    responsible: ['1. DWP', '2. CRC', '3. CRC', '4. DWP', '5. NPS/CRC and DWP'],
  }),
  havering({
    id: 'havering-supporting-finance',
    objective: SUPPORTING,
    pathway: 'finance-benefit-debt',
    title: 'Supporting offenders with finance, benefits and / or debt issues.',
    steps: [
      'Run advice and support sessions on benefits at the Probation Centre.',
      'Regular Jobcentre liaison between Probation, IOM and the Reducing Reoffending Group',
      'Debt advice and signposting to be carried out in one-to-one Offender Manager Sessions.',
      'Debt advice training for frontline staff working with offenders. (To be aware of how to do a basic budgeting form and to be aware of the allocated limit/ trigger marks)',
      'Explore the possibility of Citizens Advice running debt advice sessions within the Probation Centre',
      'Develop a clear benefits pathway for Joint claimants: A) Victims of Domestic Violence B) Perpetrators of Domestic violence',
    ],
    outcomes: [
      'Improved ability to budget realistically and legitimately',
      'More positive use of time',
      'Improved Partnership working',
      'Avoiding eviction or repossession',
      'Practical financial support information for victims of domestic violence',
    ],
    timescale: 'March 2017',
    due: '2017-03-31',
    responsible: [
      '1. DWP',
      '2. DWP',
      '3. CRC & NPS',
      '4. CRC & NPS (LBH Community Safety to work with them on this)',
      '5. CRC and NPS',
      '6. NPS/ CRC and WDP',
    ],
  }),
  havering({
    id: 'havering-supporting-drugs-alcohol',
    objective: SUPPORTING,
    pathway: 'drugs-alcohol',
    title: 'Supporting offenders with drugs and alcohol issues',
    steps: [
      'Information and advice to be made readily available to offenders within Probation',
      'Information and Advice sheet to be compiled by WDP and made available to all frontline workers working with adult substance misusers.',
      'Increased number of drop in sessions to be offered by WDP to Offenders',
      'Emergency referrals from risk management panels to be seen within a 24hours by WDP',
    ],
    outcomes: [
      'Improved knowledge and awareness of the consequences of drug and alcohol misuse',
      'Improved confidence from partners referring into WDP',
      'Decreased drug and alcohol misuse',
      'Improved take up of health services.',
    ],
    timescale: 'March 2020\n3.Baseline to be established in year 1. (Looking at a 5% increase)',
    due: '2020-03-31',
    responsible: ['1. WDP', '2. WDP', '3. WDP', '4. WDP'],
  }),
  havering({
    id: 'havering-troubled-families',
    objective: SUPPORTING,
    priorityGroup: 'troubled-families',
    title:
      'Offenders who have difficulties with accommodation, education/ training/ employment, finances and substance misuse ' +
      'may find themselves to be part of the troubled families list.',
    steps: [
      'Develop a coordinated approach for risk management panels to refer into troubled families',
      'Regularly refresh risk management lists with troubled families',
      'Agree how payment by results (PBR) income should be disseminated when adopting a multi-agency approach',
    ],
    outcomes: [
      'Vulnerable families receiving extra help and funding.',
      'Smooth working relationship between partnerships and Troubled Families.',
      'Maximisation of Payment by Results claims',
      'Agreed process where PBR is distributed fairly amongst the partnership',
    ],
    timescale: 'March 2018',
    due: '2018-03-31',
    responsible: [
      '1. LBH Community Safety & Troubled Families',
      '2. LBH Community Safety',
      '3. Decision to made at the Reducing Reoffending Group meeting and action to be followed through by LBH Community Safety',
    ],
  }),
  // Enforcement & Compliance
  havering({
    id: 'havering-enforcement-tasking',
    objective: ENFORCEMENT,
    priorityGroup: 'iom',
    title:
      'Tasking borough resources to target offenders who are not engaging, who continue to commit crime or who are not ' +
      'complying with their licence or court conditions.',
    steps: [
      'Increased police monitoring and targeting of offenders on a RAG status of red or showing no sign of engagement/ compliance',
      'Increased number of Probation appointments, extra licence conditions for offenders on order/ licence (proportionate to concerns/ risk)',
      'For IOM offenders who fail to engage for 3+ months, an intensive background check to be carried out (For example ' +
        'contacting HMRC, Benefits withdrawal checks, Housing checks, GB Accelerator checks etc...) as a form of locating the individual',
      'For IOM offenders who fail to engage and cannot be located for 6+ months the use of the media (newspapers, internet, ' +
        'etc...) will be considered as a form of locating the individual.',
    ],
    outcomes: ["Tougher monitoring and policing on offenders who don't engage and offend"],
    timescale: 'March 2017',
    due: '2017-03-31',
    responsible: ['1. Police', '2. CRC/ NPS', '3. Police', '4. Police'],
  }),
  havering({
    id: 'havering-enforcement-iom-police-visits',
    objective: ENFORCEMENT,
    priorityGroup: 'iom',
    title: 'The IOM Police Team will visit offenders to:',
    steps: [
      'Verify they live at the address given',
      'Encourage them to comply with the conditions of their order or licence',
      'Make them aware that their conditions are being jointly monitored',
      'Enhance intelligence and information sharing between the MPS, London Probation and CRC.',
    ],
    outcomes: ['Targeted and coordinated approach to monitoring offenders'],
    timescale: 'March 2017',
    due: '2017-03-31',
    responsible: ['1. Police', '2. Police', '3. Police', '4. Police/ NPS/ CRC'],
  }),
  havering({
    id: 'havering-enforcement-offender-managers',
    objective: ENFORCEMENT,
    title:
      'Offender Managers will take enforcement actions if the offender does not comply with their licence or order. This will include:',
    steps: ['Warning letters', 'Breaches,', 'Extra licence conditions'],
    outcomes: ['Effective and pro-active management of non-compliant offenders.'],
    timescale: 'March 2017',
    due: '2017-03-31',
    responsible: ['1. NPS/ CRC'],
  }),
  havering({
    id: 'havering-enforcement-civil-powers',
    objective: ENFORCEMENT,
    priorityGroup: 'iom',
    title:
      'For non-statutory cases the IOM single points of contact will support the IOM partnership with any necessary ' +
      'information in order to use civil enforcement powers. This will include:',
    steps: ['Criminal Behaviour Orders (Injunctions)', 'Dispersal Orders.'],
    outcomes: ['Effective and pro-active management of non-compliant offenders.'],
    timescale: 'March 2017',
    due: '2017-03-31',
    responsible: ['1. All Partners'],
  }),
  havering({
    id: 'havering-risk-management-panels',
    objective: ENFORCEMENT,
    title: 'Regular running of multi-agency risk management panels',
    steps: [
      'Facilitate and coordinate the IOM main panel meeting on a monthly basis',
      'Facilitate and coordinate the IOM mid-month panel meeting on a monthly basis',
      'Facilitate and coordinate the MAPPA panel meeting on a monthly basis',
      'Facilitate and coordinate the SGV panel meeting on a monthly basis',
      'Facilitate and coordinate the DIP panel meeting on a monthly basis',
      'Facilitate and coordinate the ASB & Community MARAC panel to take place monthly',
    ],
    outcomes: [
      'Coordination, targeting and monitoring of resources to offenders causing the greatest amount of harm to the borough, ' +
        'resulting in all offenders being kept in scope and making communities safer.',
    ],
    timescale: 'March 2017',
    due: '2017-03-31',
    responsible: [
      '1. LBH Community Safety',
      '2. LBH Community Safety',
      '3. NPS',
      '4. LBH Community Safety',
      '5. LBH Community Safety',
      '6. LBH Community Safety',
    ],
  }),
];

const KM_2019 = 'km-2019-20';

const kmrob = (a: Omit<ActionSeed, 'plan' | 'steps' | 'outcomes' | 'timescale' | 'due' | 'provenance'>): ActionSeed => ({
  ...a,
  plan: KM_2019,
  steps: [],
  outcomes: [],
  timescale: '2019/20',
  due: '2020-03-31',
  provenance: kmrobPriorityObjectives,
});

const WOMEN_PROGRESS =
  "Positive steps have been made in relation to women in Kent and Medway. The first Kent and Medway Women's Forum took " +
  'place on 1st May which saw a wide range of specialist agencies as well as universal services in attendance. There was ' +
  'enthusiasm and commitment from partners to work in collaborative way to develop a clear pathway for women pre-charge and ' +
  'further on in the Criminal Justice System. This included the appetite for co-location for women specific services as is ' +
  'established practice in Surrey and Sussex. Since the initial meeting a Terms of Reference has been agreed and a further ' +
  'two meetings have taken place. The focus will be keeping things simple and setting achievable actions which agencies can ' +
  'commit to. The Forum has been led by KSS CRC, National Probation Service, Kent Police and Criminal Justice Liaison and ' +
  'Diversion Service.\n\n' +
  'A barrier that has been identified in relation to women in the criminal justice system in Kent and Medway relates to the ' +
  "Courts and Sentencers. Despite the launch of the Ministry of Justice 'Female Offender Strategy' in June 2018, sentencers " +
  'are reluctant to lose their judicial independence and feel a change of law is required to enable them to sentence women ' +
  'differently to men. It has been identified through the Forum and sentencer liaison meetings that there is disconnect ' +
  "between the Ministry of Justice and Her Majesty's Court's and Tribunals Service in terms of the implementation of key policies.";
const WOMENS_FORUM_LEADS = ['KSS CRC', 'National Probation Service', 'Kent Police', 'Criminal Justice Liaison and Diversion Service'];

const kmrobActions: ActionSeed[] = [
  kmrob({
    id: 'kmrob-2019-20-accommodation',
    objective: 'Accommodation',
    pathway: 'accommodation',
    title:
      'Support and promote an evidence based and joined up multi-agency approach to highlight (and address) accommodation issues for offenders',
    responsible: ['KMROB'],
    progress:
      'The Board continues to be aware through its agency representation of the ongoing challenge to house offenders with ' +
      'complex needs, including those leaving prison after serving lengthy sentences. The Board have now commissioned a report ' +
      'to understand the current picture in relation to current service users and their accommodation status to further ' +
      "assist in driving the agenda in Kent and Medway. Most recently KSS CRC has secured 10 bed spaces supported by 'Your " +
      "Ambition' (a charitable arm of Seetec) in partnership with Maidstone Borough Council. These bed spaces will be available " +
      'for current service users and the service will be run by Pathways to Independence, who have a long history of working ' +
      'with offenders assisting them to resettle in the community.',
  }),
  // The two paragraphs under 'Women' report on both of its outputs, so each carries both.
  kmrob({
    id: 'kmrob-2019-20-womens-forum',
    objective: 'Women',
    priorityGroup: 'women',
    title: "Establish Kent & Medway Women's Forum",
    responsible: WOMENS_FORUM_LEADS,
    progress: WOMEN_PROGRESS,
  }),
  kmrob({
    id: 'kmrob-2019-20-women-whole-system',
    objective: 'Women',
    priorityGroup: 'women',
    title:
      'Support the development of whole systems approach to working with women across Kent and Medway, including the ' +
      'implementation of co-located women only environments',
    responsible: WOMENS_FORUM_LEADS,
    progress: WOMEN_PROGRESS,
  }),
  // Under 'IOM' the cohort statistics report on the data output and the last paragraph on the guidance output.
  kmrob({
    id: 'kmrob-2019-20-iom-operational-guidance',
    objective: 'Integrated Offender Management (IOM)',
    priorityGroup: 'iom',
    title:
      'Embed revised Operational Guidance to ensure consistency in selection to priority groups of domestic abuse, vulnerable ' +
      'to gang involvement, serious acquisitive crime and other complex cases requiring a multi-agency approach',
    responsible: ['KMROB'],
    progress:
      'Updated Operational Guide was issued in April as a result of a workshop to review the current arrangements and simplify ' +
      'the priority groups to prevent duplication and confusion. A multi-agency audit to assess the extent to which the new ' +
      'guidance has been embedded will take place in the New Year.',
  }),
  kmrob({
    id: 'kmrob-2019-20-iom-data',
    objective: 'Integrated Offender Management (IOM)',
    priorityGroup: 'iom',
    title: 'Continue to utilise data to evidence progress and impact of IOM',
    responsible: ['KMROB'],
    progress:
      'IOM aims to create a coherent framework for partners to manage adult offenders and young people who are committing the ' +
      'most crimes and causing harm to their local communities. Key statistics that KCSP may be interested regarding the IOM ' +
      'cohort in Kent and Medway are:\n' +
      '- On the 26th July 2019 the IOM cohort was at 245\n' +
      '- 2 of the cohort are female\n' +
      '- 14 (5.7%) are managed by youth teams\n' +
      '- Serious acquisitive crime is the priority group with the largest cohort (93, 38.0%)\n' +
      '- 111 individuals (45.3%) are in custody\n' +
      '- 126 adults and 8 youths are currently living in the community\n' +
      '- The adult cohort has collectively reduced their offending by 40.0%\n' +
      '- The youth cohort has measured a 63.0% reduction in offending\n' +
      '- In the last 3 months, 69 offences have been committed by 23 adults and 4 youths\n' +
      '- 19 members of the cohort have committed 25 knife offences over the past 3 years',
  }),
];

export const actions: ActionSeed[] = [...haveringActions, ...kmrobActions];
