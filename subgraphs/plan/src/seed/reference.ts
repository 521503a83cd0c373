/**
 * Reference data of the board's plans: partnerships, forums, pathways and priority groups, as the five
 * source documents in seeds/ name them. Descriptions quote the documents where they describe a thing.
 */
import type { ForumSeed, PartnershipSeed, PathwaySeed, PriorityGroupSeed } from './types';

export const partnerships: PartnershipSeed[] = [
  {
    id: 'kent-and-medway',
    name: 'Kent and Medway Community Safety Partnerships',
    area: 'kent-and-medway',
    description:
      "Kent's Community Safety Partnerships and Medway's Community Safety Partnership, accountable for the delivery of the " +
      'Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015. Reducing re-offending is one of a number of ' +
      'cross cutting themes of the Kent Community Safety Agreement 2011 – 2014; Kent Probation, as coordinating lead for ' +
      'the theme and with the agreement of the Medway Community Safety Partnership, coordinated the plan. Day to day, the ' +
      'Kent and Medway Reducing Reoffending Board (KMRRB, formed from the Integrated Offender Management Strategy Board; ' +
      'first meeting December 2012) drives progress, holds the annual stock take and reports its findings annually to ' +
      "Kent and Medway's Community Safety Partnerships (stock take of 17 July 2013). By 2019 the Kent & Medway Reducing " +
      'Offending Board (KMROB), under the governance of the Kent Criminal Justice Board, owns the Kent and Medway Reducing ' +
      'Offending priority objectives and key outputs and reports to the Kent Community Safety Partnership (update of 8 October 2019).',
  },
  {
    id: 'havering',
    name: 'Havering Community Safety Partnership',
    area: 'havering',
    description:
      'The Havering Community Safety Partnership (HCSP), chaired by the Chief Executive of the London Borough of Havering ' +
      'with the Havering Police Borough Commander as Vice Chair. Its Reducing Reoffending Strategy 2016-2020 was produced ' +
      'by Havering Council on behalf of the partnership and is implemented and monitored through the Reducing Reoffending ' +
      'Group, which oversees the operational risk management panels (IOM, MAPPA, SGV, DIP and ASB & Community MARAC) and ' +
      'reports to the partnership board quarterly.',
  },
  {
    id: 'plymouth',
    name: 'Plymouth Community Safety Partnership (Safer Plymouth)',
    area: 'plymouth',
    description:
      'Plymouth Community Safety Partnership (Safer Plymouth). Its briefing paper of September 2014 on the priority ' +
      '"Reducing Offending/Reoffending", written as a single agency perspective by the National Probation Service Head of ' +
      'Plymouth, Cornwall & IoS, records no plan: the author is "uncertain whether this is a single overarching strategy ' +
      'in place to reduce reoffending in Plymouth or even at a Peninsula level and whether there is a Reducing ' +
      'reoffending sub group of the CSP". In place: the wider Plymouth Partnership plan and strategies of adult drug and ' +
      'alcohol treatment agencies, the Youth justice plan and the Troubled families agenda; Integrated Offender Management, ' +
      'delivered within a peninsula-wide framework under the name Turnaround with local governance and accountability ' +
      'sitting with Safer Plymouth. Agencies contributing to performance measures: IOM, CRC/NPS, Families with a Future, ' +
      'the Youth Offending Service and Restorative Justice providers. Gaps named: no local reducing reoffending strategy ' +
      '("Potential focus for the forthcoming year would be to develop a local reducing reoffending strategy"); missing and ' +
      'late data ("difficulties in getting accurate and up to date data as part of the transition" to the National ' +
      'Probation Service and Community Rehabilitation Company, and an analysis of missing data to be undertaken by the ' +
      'sub group); performance measures to be mapped "ensuring that they are SMART and demonstrate clear outcomes in ' +
      'relation to reducing reoffending"; and a gap analysis via the reducing reoffending sub group to map training needs ' +
      'deficits and gaps in provision for offenders to inform commissioning.',
  },
];

export const forums: ForumSeed[] = [
  // Kent and Medway: Strategic Plan 2012 to 2015 (seed 000) and stock take of 17 July 2013 (seed 001).
  {
    id: 'kent-csp',
    name: 'Kent Community Safety Partnership',
    abbreviation: 'KCSP',
    partnership: 'kent-and-medway',
    description:
      'Receives the annual stock take of the Strategic Plan for Reducing Reoffending (meeting of 17 July 2013) and the ' +
      'KMROB updates (8 October 2019).',
  },
  {
    id: 'medway-csp',
    name: 'Medway Community Safety Partnership',
    partnership: 'kent-and-medway',
    description:
      'Agreed to Kent Probation coordinating the Kent and Medway Strategic Plan; accountable with the Kent CSPs for its delivery.',
  },
  {
    id: 'jppb',
    name: "Kent and Medway's Joint Policy and Planning Board",
    abbreviation: 'JPPB',
    partnership: 'kent-and-medway',
    description:
      "Kent and Medway's Joint Policy and Planning Board co-ordinates the work of a range of relevant agencies, and provides " +
      'the forum where strategic issues requiring joint working between health, housing and social care, can be raised and ' +
      'measures to address them. Coordinating key forum for accommodation.',
  },
  {
    id: 'iomsb',
    name: 'Integrated Offender Management Strategy Board',
    abbreviation: 'IOMSB',
    partnership: 'kent-and-medway',
    description:
      'Coordinating key forum for accommodation and for mental and physical health, and governance forum for IOM in the ' +
      'Strategic Plan 2012 to 2015. It broadened its remit to become the Reducing Re-offending Strategic Board (KMRRB), ' +
      'with Integrated Offender Management as a subgroup; it also oversaw the Diversion of Young Offenders (DYO) plan.',
  },
  {
    id: 'kmrrb',
    name: 'Kent and Medway Reducing Reoffending Board',
    abbreviation: 'KMRRB',
    partnership: 'kent-and-medway',
    description:
      'Named the Reducing Re-offending Strategic Board in the Strategic Plan 2012 to 2015; formed from the Integrated Offender ' +
      'Management Strategy Board, first meeting December 2012. Responsible for the annual stock take against the plan and ' +
      "for coordinating delivery of goals and performance monitoring; reports annually to Kent and Medway's Community " +
      'Safety Partnerships. Proposed governance forum for women offenders and anti-social behaviour perpetrators. ' +
      'Chaired in 2013 by Sarah Billiald (Chief Executive Kent Probation).',
  },
  {
    id: 'se-employment-offender-learning-skills',
    name: 'South East Region Employment Offender Learning Skills',
    description: 'Coordinating key forum for education and employment in the Kent and Medway Strategic Plan 2012 to 2015.',
  },
  {
    id: 'kent-daat-board',
    name: 'Board of the Kent Drug and Alcohol Action Team',
    abbreviation: 'Kent DAAT',
    partnership: 'kent-and-medway',
    description: 'With the Board of the Medway Drug and Alcohol Action Team, coordinating forum for substance misuse.',
  },
  {
    id: 'medway-daat-board',
    name: 'Board of the Medway Drug and Alcohol Action Team',
    abbreviation: 'Medway DAAT',
    partnership: 'kent-and-medway',
    description: 'With the Board of the Kent Drug and Alcohol Action Team, coordinating forum for substance misuse.',
  },
  {
    id: 'kent-criminal-justice-board',
    name: 'Kent Criminal Justice Board',
    abbreviation: 'KCJB',
    partnership: 'kent-and-medway',
    description:
      'Coordinating key forum (with the IOMSB) for mental and physical health in the Strategic Plan 2012 to 2015; in 2019 ' +
      'the Kent & Medway Reducing Offending Board (KMROB) sits under its governance.',
  },
  {
    id: 'mappa-smb',
    name: 'MAPPA Strategic Management Board',
    partnership: 'kent-and-medway',
    description: 'Governance forum for Multi- Agency Public Protection Arrangements (MAPPA) in the Strategic Plan 2012 to 2015.',
  },
  {
    id: 'youth-justice-council',
    name: 'Youth Justice Council',
    partnership: 'kent-and-medway',
    description: 'Governance forum for young people in the Strategic Plan 2012 to 2015.',
  },
  {
    id: 'community-budget-steering-group',
    name: 'Community Budget Multi-agency Steering Group',
    partnership: 'kent-and-medway',
    description: 'Governance forum for Troubled Families in the Strategic Plan 2012 to 2015.',
  },
  {
    id: 'km-domestic-abuse-strategy-group',
    name: 'Kent and Medway Domestic Abuse Strategy Group',
    partnership: 'kent-and-medway',
    description: 'Governance forum for domestic abuse perpetrators in the Strategic Plan 2012 to 2015.',
  },
  {
    id: 'kent-housing-options-group',
    name: 'Kent Housing Options Group',
    abbreviation: 'KHOG',
    partnership: 'kent-and-medway',
    description:
      'Named in the 2012-13 accommodation goal updates: offender prioritisation is regularly on its agenda; promotes tenancy training.',
  },
  {
    id: 'kent-private-sector-housing-group',
    name: 'Kent Private Sector Housing Group',
    abbreviation: 'PSH',
    partnership: 'kent-and-medway',
    description:
      'Named in the 2012-13 accommodation goal updates: will promote a minimum standard for working with landlords in the ' +
      'private rented sector and the use of accreditation for landlords and lettings agents.',
  },
  {
    id: 'kent-integrated-childrens-services-board',
    name: "Kent Integrated Children's Services Board",
    partnership: 'kent-and-medway',
    description:
      'Chaired by the Leader of the County Council; in June 2013 considered papers on the housing of young people (16 / 17 ' +
      'year olds) presenting as homeless (2012-13 accommodation goal update).',
  },
  // Kent and Medway: KMROB update of 8 October 2019 (seed 002).
  {
    id: 'kmrob',
    name: 'Kent & Medway Reducing Offending Board',
    abbreviation: 'KMROB',
    partnership: 'kent-and-medway',
    description:
      'KMROB sits under the governance of Kent Criminal Justice Board (KCJB) and is a senior management group that is made ' +
      'up of key partners from criminal justice agencies, the OPCC and community safety partnerships in Kent and Medway. ' +
      'Chaired in 2019 by Claire Jones, Assistant Chief Probation Officer (KSS CRC).',
  },
  {
    id: 'km-womens-forum',
    name: "Kent & Medway Women's Forum",
    partnership: 'kent-and-medway',
    description:
      'Established under the KMROB priority objectives 2019/20; first met on 1st May 2019. Led by KSS CRC, National ' +
      'Probation Service, Kent Police and Criminal Justice Liaison and Diversion Service.',
  },
  // Havering: Reducing Reoffending Strategy 2016-2020 (seed 003).
  {
    id: 'havering-csp',
    name: 'Havering Community Safety Partnership',
    abbreviation: 'HCSP',
    partnership: 'havering',
    description:
      'Authorises the Reducing Reoffending Strategy (approved 18 January 2017) and receives quarterly reports from the ' +
      'Reducing Reoffending Group.',
  },
  {
    id: 'havering-reducing-reoffending-group',
    name: 'Reducing Reoffending Group',
    partnership: 'havering',
    description:
      'Delivers and monitors the Reducing Reoffending Strategy and action plan, with accountability to the Havering ' +
      'Community Safety Partnership board on a quarterly basis; oversees the operational sub-groups (IOM, MAPPA, SGV, DIP ' +
      'and ASB & Community MARAC panels).',
  },
  {
    id: 'havering-iom-panel',
    name: 'Integrated Offender Management Panel',
    abbreviation: 'IOM',
    partnership: 'havering',
    description:
      'Operational sub-group overseen by the Reducing Reoffending Group; a main panel and a mid-month panel, each monthly. ' +
      'There are between 75-80 IOM nominals on the list at any given time.',
  },
  {
    id: 'havering-mappa-panel',
    name: 'Multi-Agency Public Protection Arrangements Panel',
    abbreviation: 'MAPPA',
    partnership: 'havering',
    description: 'Operational sub-group overseen by the Reducing Reoffending Group; monthly, facilitated by the NPS.',
  },
  {
    id: 'havering-sgv-panel',
    name: 'Serious Group Violence Panel',
    abbreviation: 'SGV',
    partnership: 'havering',
    description:
      'Operational sub-group overseen by the Reducing Reoffending Group; monitors approximately 100 individuals (including ' +
      'gang members and associated offenders).',
  },
  {
    id: 'havering-dip-panel',
    name: 'Drug Intervention Programme Panel',
    abbreviation: 'DIP',
    partnership: 'havering',
    description: 'Operational sub-group overseen by the Reducing Reoffending Group; monthly.',
  },
  {
    id: 'havering-asb-marac',
    name: 'Anti-Social Behaviour Panel and Community Multi-Agency Risk Assessment Conference',
    abbreviation: 'ASBMARAC',
    partnership: 'havering',
    description: 'Operational sub-group overseen by the Reducing Reoffending Group; monthly.',
  },
  {
    id: 'havering-data-analysis-sub-group',
    name: 'Data analysis sub group',
    partnership: 'havering',
    description:
      'To be developed under the action plan (March 2017): a multi-agency sub group informing the reducing reoffending ' +
      'group about developing trends, areas of concern, linking work between IOM/SGV/DIP/MAPPA & ASB and where to focus ' +
      'limited resources.',
  },
  // Plymouth: briefing paper of September 2014 (seed 004).
  {
    id: 'safer-plymouth',
    name: 'Safer Plymouth',
    partnership: 'plymouth',
    description:
      'The Plymouth Community Safety Partnership board; local governance and accountability for Integrated Offender ' +
      'Management (Turnaround) in Plymouth sits with Safer Plymouth.',
  },
  {
    id: 'plymouth-reducing-reoffending-sub-group',
    name: 'Reducing reoffending sub group',
    abbreviation: 'RR sub group',
    partnership: 'plymouth',
    description:
      'The September 2014 briefing is uncertain whether a Reducing reoffending sub group of the CSP exists, and proposes ' +
      'it as the forum for a gap analysis, for monitoring performance data that feeds into the Plymouth CSP and for an ' +
      'analysis of missing data.',
  },
];

export const pathways: PathwaySeed[] = [
  {
    id: 'accommodation',
    name: 'Accommodation',
    description:
      "One of the 'Pathways' to resettlement and out of offending identified in the 2002 Social Exclusion Report on " +
      'Re-offending; a criminogenic need. A priority intervention in Kent and Medway (2012 to 2015, 2019/20) and a key ' +
      'area of need in Havering.',
  },
  {
    id: 'education-training-employment',
    name: 'Education, Training and Employment',
    description:
      "One of the 'Pathways' to resettlement; Kent and Medway's priority intervention 'Education and Employment' and " +
      "Havering's 'Education, training and employment' (ETE) key area of need.",
  },
  {
    id: 'health',
    name: 'Health (mental and physical)',
    description:
      "One of the 'Pathways' to resettlement ('Health'); Kent and Medway's priority intervention 'Mental and Physical Health'. " +
      "Havering describes physical and mental health problems under 'Lifestyle'.",
  },
  {
    id: 'drugs-alcohol',
    name: 'Drugs and Alcohol',
    description:
      "One of the 'Pathways' to resettlement; Kent and Medway's priority intervention 'Substance Misuse (Drugs and Alcohol)' " +
      "and Havering's 'Alcohol and Drugs' key area of need.",
  },
  {
    id: 'finance-benefit-debt',
    name: 'Finance, Benefit and Debt',
    description:
      "One of the 'Pathways' to resettlement; added as Kent and Medway's priority intervention 'Finance, Benefits and Debt' " +
      "at the 2013 stock take; Havering's 'Finance (including benefits and debt)' key area of need.",
  },
  {
    id: 'children-families-relationships',
    name: 'Children, Families and Relationships',
    description: "One of the 'Pathways' to resettlement: 'Children and Families' in Kent and Medway, 'Relationships' in Havering.",
  },
  {
    id: 'attitudes-thinking-behaviour',
    name: 'Attitudes, Thinking and Behaviour',
    description: "One of the 'Pathways' to resettlement; a criminogenic need named by Kent and Medway and by Havering.",
  },
  {
    id: 'lifestyle',
    name: 'Lifestyle',
    description: "Criminogenic need named by Havering: 'Lifestyle (the way in which a person lives)'.",
  },
];

export const priorityGroups: PriorityGroupSeed[] = [
  {
    id: 'iom',
    name: 'Integrated Offender Management cohort',
    description:
      'Adults, young people and other individuals selected for multi-agency management: high risk of re-offending, ' +
      "requiring a multi- agency approach and committed to change. Kent and Medway's primary way of targeting to reduce " +
      're-offending (around 150-200 individuals in 2012; 245 on 26 July 2019); between 75-80 nominals in Havering.',
  },
  {
    id: 'troubled-families',
    name: 'Troubled Families',
    description: 'Troubled Families, particularly those including offenders (Kent and Medway); the troubled families list (Havering).',
  },
  {
    id: 'young-people',
    name: 'Young people 16-24',
    description: 'Young people (ideally 16–24) looking to bridge the transition to adulthood.',
  },
  {
    id: 'women',
    name: 'Women offenders',
    description: 'Women offenders: who have complex and different needs to male offenders.',
  },
  {
    id: 'asb-perpetrators',
    name: 'Anti-social behaviour (ASB) perpetrators',
    description: "Anti-social behaviour (ASB) perpetrators: clearly a priority identified by the Community Safety Partnership's responses.",
  },
  {
    id: 'domestic-abuse-perpetrators',
    name: 'Domestic abuse perpetrators',
    description: 'Domestic Abuse perpetrators: another priority for Community Safety Partners.',
  },
  {
    id: 'mappa',
    name: 'Multi-Agency Public Protection Arrangements (MAPPA)',
    description:
      'The most dangerous offenders, managed through Multi- Agency Public Protection Arrangements in parallel with the ' +
      'Kent and Medway Strategic Plan; a risk management panel in Havering (management category Level 1, 2 or 3).',
  },
  {
    id: 'sgv',
    name: 'Serious Group Violence (SGV)',
    description:
      'Gang members and associated offenders monitored by the Havering Serious Group Violence panel (approximately 100 individuals).',
  },
  {
    id: 'dip',
    name: 'Drug Intervention Programme (DIP)',
    description:
      'Offenders with substance misuse issues, often on a Drug Rehabilitation Requirement (DRR) / Alcohol Treatment ' +
      'Requirement (ATR); a risk management panel in Havering.',
  },
];
