/**
 * The board's plans, transcribed from the source documents: aim, principles, pathways (with the plan's own
 * names, coordinating forums and need), priority groups (with governance forums) and refreshes.
 * Plymouth (seed 004) has no plan: its briefing is described on the partnership.
 */
import type { ProvenanceSeed } from '@hub/common/platform';
import type { PlanSeed } from './types';

const KM_PLAN_2012 = 'Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015';
const KM_STOCK_TAKE_2013 =
  'Kent and Medway Strategic Plan for Reducing Reoffending 2012 – 2015, Annual stock take: End of year progress review; Proposed plan refresh';
const KMROB_UPDATE_2019 = 'Kent & Medway Reducing Offending Board (KMROB) Update';
const HAVERING_STRATEGY = 'Reducing Reoffending Strategy 2016-2020';

/**
 * Seed 000 carries no date. It sets the 'priority multi- agency strategic deliverables for 2012-2013' and
 * was in place before the first Reducing Re-offending Board meeting (December 2012); no date is recorded
 * rather than one invented.
 */
const KM_PLAN_PUBLISHED = null;
const NO_DATE =
  'The plan carries no publication date; it sets the deliverables for 2012-2013 and was in place before the first Reducing Re-offending Board meeting (December 2012).';

const km2012Plan: ProvenanceSeed = {
  publication: KM_PLAN_2012,
  publisher: 'Kent Probation',
  published: KM_PLAN_PUBLISHED,
  publishedNote: NO_DATE,
  document: '000_a1682bea56ce2b50.txt',
  location:
    'B) Strategic Aim; C) Strategic Principles; D) Multi- Agency Priority Groups; E) Multi- Agency Priority Interventions; G) Accountability',
};

const kmStockTakePlanRefresh: ProvenanceSeed = {
  publication: KM_STOCK_TAKE_2013,
  publisher: 'Kent Community Safety Partnership',
  published: '2013-07-17',
  document: '001_b957d7ba0e7289ba.txt',
  location: '3. Overview to date of stock take: Plan Refresh',
};

const kmrob2019Objectives: ProvenanceSeed = {
  publication: KMROB_UPDATE_2019,
  publisher: 'Kent Community Safety Partnership',
  published: '2019-10-08',
  document: '002_f0014465c04b6cba.txt',
  location: '1. Background; 2. Priority Objectives and Key Outputs for 2019/20',
};

const haveringStrategy: ProvenanceSeed = {
  publication: HAVERING_STRATEGY,
  publisher: 'London Borough of Havering',
  published: '2017-01-18',
  document: '003_9445ef05e0c41006.txt',
  location: '3. Introduction (Purpose and scope; Vision; Aims and objectives); 5. Implementation and Monitoring',
};

export const plans: PlanSeed[] = [
  {
    id: 'km-2012-2015',
    partnership: 'kent-and-medway',
    title: KM_PLAN_2012,
    periodLabel: '2012 to 2015',
    startYear: 2012,
    endYear: 2015,
    aim: 'Our core aim will be to reduce re-offending of adults and young people in Kent in order to reduce crime and prevent further victims.',
    principles: [
      {
        name: 'Localised',
        description:
          'drive this plan forward at a district level supported by countywide agencies when appropriate to reintegrate offenders back into their local communities',
      },
      {
        name: 'Integrated',
        description: 'working together to reduce re-offending using co-commissioning where possible to increase joint accountability',
      },
      {
        name: 'Targeted',
        description:
          'to where we can make the most impact on re-offending (for both frequency and seriousness of offending) to make the best use of tax payers money',
      },
      {
        name: 'Individualised',
        description:
          'recognising that all offenders are different and we should support those who are ready to change and manage those who are not',
      },
      {
        name: 'Evidence based',
        description:
          'using data on crime, risk and need together with emerging research on why people desist from crime, to develop appropriate responses in localities',
      },
      {
        name: 'Holistic',
        description:
          'working with not just those who offend but their families and the communities in which they live, who will be crucial in supporting them to stop offending',
      },
      {
        name: 'Restorative',
        description:
          'where the offender comes to recognise the impact of their offending and makes amends both to the victim and the broader community',
      },
    ],
    pathways: [
      {
        pathway: 'accommodation',
        localName: 'Accommodation',
        priorityIntervention: true,
        forums: ['jppb', 'iomsb'],
        need:
          'Stable, suitable and affordable accommodation is essential to offenders to reduce their risk of re-offending, increase their ' +
          'equality of treatment within the Criminal Justice System, and enable inclusive and stable lifestyles within communities. ' +
          'Current data shows that between April 2010 and March 2011, 36% of offenders who started a community order in Kent or ' +
          'Medway were identified as having an accommodation need, this equates to 1,247 offenders.',
      },
      {
        pathway: 'education-training-employment',
        localName: 'Education and Employment',
        priorityIntervention: true,
        forums: ['se-employment-offender-learning-skills'],
        need:
          'Employment plays an important role in the rehabilitation of offenders, ensuring that offenders have the skills, education ' +
          'and training necessary to help settle into sustainable employment is critical to reducing re-offending. From April 2010 ' +
          'to March 2011, 48% of offenders who started a community order in Kent or Medway were identified as having an employment ' +
          'or training need, this equates to 1,697 offenders.',
      },
      {
        pathway: 'drugs-alcohol',
        localName: 'Substance Misuse (Drugs and Alcohol)',
        priorityIntervention: true,
        forums: ['kent-daat-board', 'medway-daat-board'],
        need:
          'Many offenders have very high levels of drug and alcohol related problems, with many also having mental and physical ' +
          'health issues as well. Appropriate diagnosis is key, before treatment and support can be provided. Offenders with ' +
          'substance misuse will also find it difficult to find and maintain employment and accommodation therefore increasing ' +
          'their likelihood of re-offending. Current data has identified 59% of offenders who started a community order in Kent ' +
          'or Medway between April 2010 and March 2011, had either a drug or alcohol need to be addressed, this equates to 2,073 offenders.',
      },
      {
        pathway: 'health',
        localName: 'Mental and Physical Health',
        priorityIntervention: true,
        forums: ['kent-criminal-justice-board', 'iomsb'],
        need:
          'As already identified, substance misuse for many offenders may be linked to or contribute to their mental or physical ' +
          'health problems, with knock on implications to both employment and accommodation. The effective diagnosis and ' +
          'management of their mental and physical health and wellbeing is critical to providing the appropriate treatment and ' +
          'support and ultimately helping them to stop offending. Recent data from April 2010 to March 2011, has shown that 27% ' +
          'of the Kent and Medway prison population were identified as having mental health problems of varying levels.',
      },
      // Listed among the seven pathways in section E as 'Finance, Benefit and Debt'; made a priority
      // intervention, under the name the stock take gives it, by the 2013 refresh.
      {
        pathway: 'finance-benefit-debt',
        localName: 'Finance, Benefits and Debt',
        priorityIntervention: true,
        forums: [],
        addedByRefresh: 'km-2013-stock-take',
      },
      {
        pathway: 'attitudes-thinking-behaviour',
        localName: 'Attitudes, Thinking and Behaviour',
        priorityIntervention: false,
        forums: [],
      },
      {
        pathway: 'children-families-relationships',
        localName: 'Children and Families',
        priorityIntervention: false,
        forums: [],
      },
    ],
    priorityGroups: [
      {
        priorityGroup: 'iom',
        localName: 'Integrated Offender Management (IOM) cohorts',
        forums: ['iomsb', 'kmrrb'],
      },
      {
        priorityGroup: 'troubled-families',
        localName: 'Troubled Families, particularly those including offenders',
        forums: ['community-budget-steering-group'],
      },
      {
        priorityGroup: 'young-people',
        localName: 'Young people (ideally 16–24) looking to bridge the transition to adulthood',
        forums: ['youth-justice-council'],
      },
      {
        priorityGroup: 'women',
        localName: 'Women offenders',
        forums: ['kmrrb'],
      },
      {
        priorityGroup: 'asb-perpetrators',
        localName: 'Anti-social behaviour (ASB) perpetrators',
        forums: ['kmrrb'],
      },
      {
        priorityGroup: 'domestic-abuse-perpetrators',
        localName: 'Domestic Abuse perpetrators',
        forums: ['km-domestic-abuse-strategy-group'],
      },
      {
        priorityGroup: 'mappa',
        localName: 'Multi- Agency Public Protection Arrangements (MAPPAs) for the most dangerous offenders',
        forums: ['mappa-smb'],
        related: true,
      },
    ],
    refreshes: [
      {
        id: 'km-2013-stock-take',
        date: '2013-07-17',
        title: 'Annual stock take: End of year progress review and Proposed plan refresh',
        summary:
          'Annual stock take of the Strategic Plan by the Kent and Medway Reducing Reoffending Board (KMRRB), reported to the ' +
          'Kent Community Safety Partnership on 17 July 2013, guided by a Reducing Reoffending Data pack, an Offender Needs ' +
          'Analysis and the 2012-13 end of year Progress Report (Appendix A). The 7 principles remain for the next iteration ' +
          'of the plan; the 6 priority groups (IOM, Troubled Families, Young People (16-24), Women offenders, ASB perpetrators, ' +
          'Domestic abuse perpetrators) remain; the 4 priority interventions (Accommodation, Education and employment, ' +
          'Substance Misuse (Drugs and Alcohol), Mental and Physical Health) continue and Finance, Benefits and Debt is added ' +
          'as a new Multi-Agency Priority Intervention, with the proposed headline measure "% of offenders with Finance, ' +
          'Benefit and Debt linked to their offending". The headline measures of the four interventions remain. Of the 19 ' +
          'goals of the current plan, 16 are to be discharged, 1 carried forward and 2 amended; 22 new goals are proposed, ' +
          'including goals for the IOM and Young People priority groups and for Reducing Reoffending data. New goals are to ' +
          'be concise, tangible and clearly measurable.',
        provenance: kmStockTakePlanRefresh,
      },
    ],
    provenance: km2012Plan,
  },
  {
    id: 'km-2019-20',
    partnership: 'kent-and-medway',
    title: 'Kent and Medway Reducing Offending Priority Objectives and Key Outputs for 2019/20',
    periodLabel: '2019/20',
    startYear: 2019,
    endYear: 2020,
    aim:
      'Purpose:\n' +
      'Development and ownership of Kent and Medway Reducing Offending priority objectives and key outputs\n' +
      'Oversee reducing offending and re-offending across Kent and Medway, reduce repeat victims, protecting the public\n' +
      'Provide a platform for sharing information on progress in relation to identified thematic topics and work-streams\n' +
      'Promote joint working from all stakeholders to deliver actions to reduce offending\n' +
      'Inform commissioning of offender needs and service gaps utilising agency data and research\n' +
      'Provide a strategic level platform for local operational oversight groups to report into\n\n' +
      'Objectives:\n' +
      'Identify and implement solutions to any barriers to achieving successful outcomes\n' +
      'Identify opportunities for joint uses of resources and income generation which include offender support service\n' +
      'Review the progress of individual projects in achieving the objectives of individual strands of thematic topics and work streams\n' +
      'Identify the financial cost of offending to services and the cost benefit and value for money of implementing initiatives which reduce offending and re-offending',
    principles: [],
    pathways: [
      {
        pathway: 'accommodation',
        localName: 'Accommodation',
        priorityIntervention: true,
        forums: ['kmrob', 'kent-criminal-justice-board'],
      },
    ],
    priorityGroups: [
      {
        priorityGroup: 'women',
        localName: 'Women',
        forums: ['km-womens-forum', 'kmrob', 'kent-criminal-justice-board'],
      },
      {
        priorityGroup: 'iom',
        localName: 'Integrated Offender Management (IOM)',
        forums: ['kmrob', 'kent-criminal-justice-board'],
      },
    ],
    refreshes: [],
    provenance: kmrob2019Objectives,
  },
  {
    id: 'havering-2016-2020',
    partnership: 'havering',
    title: HAVERING_STRATEGY,
    periodLabel: '2016-2020',
    startYear: 2016,
    endYear: 2020,
    status: 'Draft (document control V0.2); approved by the Havering Community Safety Partnership on 18th January 2017',
    aim:
      'Vision:\n' +
      'We believe that all adults have choices to make in life, and it is part of our role to work with partnerships and ' +
      'families to help ex-offenders choose a positive pathway.\n\n' +
      "We will continue to reduce risk and harm to local communities and maintain Havering's position as one of the safest " +
      'boroughs in London. The Reducing Reoffending Group will make the most efficient use of resources through partnership ' +
      'working, sharing knowledge of what works, replicating good practice and being data driven and intelligence led in our ' +
      'approach with a managed and accountable delivery structure.\n\n' +
      'We will be focusing on the wider transformation of the offender rehabilitation system in England and Wales. We will ' +
      'be focussing our efforts to support a step change in the way we support and rehabilitate offenders. Specifically we ' +
      'are looking to ensure that all prisoners, regardless of the length of their sentence, start to prepare for their ' +
      'reintegration back into society from the day they are imprisoned. Primarily we want to make sure their time in prison ' +
      'is spent productively on activities, education, and health programmes that will help to reduce the chance of ' +
      'reoffending again on release.\n\n' +
      'Those offenders that cause greatest concern and risk of harm to the borough will be kept in scope through our risk ' +
      'management panels. Individuals who fail to comply and continue to engage in criminal activity will leave us no choice ' +
      'but to pursue all enforcement options at our disposal.\n\n' +
      'Aims and objectives:\n' +
      'The aims of this strategy are to:\n' +
      'Develop and drive a consistent approach across agencies to information sharing and assessment and management of ' +
      'offenders in Havering. The outcome is improved efficiency by joining up the way local areas respond to offending.\n' +
      'Support a consistent approach to recognising and commissioning what works in supporting the criminogenic needs of ' +
      'offenders, rehabilitation and reform, the outcome being to prevent reoffending.\n' +
      'Support a targeted enforcement approach which should aim to deliver swift and sure justice to the most harmful ' +
      'offenders who are unwilling to engage and who show no signs of motivation to change.\n\n' +
      'These objectives can be broadly summarised as\n' +
      'Information and intelligence development\n' +
      'Supporting offenders (rehabilitation and reform)\n' +
      'Enforcement and compliance (tough and effective punishment, payback and protecting the public)',
    principles: [],
    // The seven criminogenic needs in the order printed; the four key areas of need of the Adult Offender
    // Profile (accommodation, alcohol and drugs, ETE, finances) are the priority interventions.
    pathways: [
      {
        pathway: 'accommodation',
        localName: 'Accommodation',
        priorityIntervention: true,
        forums: ['havering-reducing-reoffending-group'],
        need:
          "The lack of secure or appropriate accommodation can have a significant impact on an individual's likelihood of " +
          'reoffending. A third of prisoners do not have settled accommodation outside of custody, despite data showing stable ' +
          'accommodation as being associated with reduced reoffending by more than a fifth. Having a clean, dry and safe place ' +
          'to sleep at night provides a solid base to start reintegrating back into society. For offender managers, knowing the ' +
          'location of where clients are living not only makes the borough safer, it provides the vital building blocks for a ' +
          'range of other support services and employment.',
      },
      {
        pathway: 'education-training-employment',
        localName: 'Education, training and employment',
        priorityIntervention: true,
        forums: ['havering-reducing-reoffending-group'],
        need:
          'Having a job can reduce the risk of reoffending. Teaching an individual the necessary skills to seek employment offers ' +
          'them an avenue away from reoffending. There is a strong correlation between offending, poor literacy, language and ' +
          'numeracy skills and low achievement. Many offenders have a poor experience of education and no experience of stable ' +
          'employment. Nationally⁹, it is estimated that over 50% of offenders have no educational qualifications, 20% have ' +
          'dyslexia and 30% have learning difficulties or disabilities¹⁰.',
      },
      {
        pathway: 'finance-benefit-debt',
        localName: 'Finance (including benefits and debt)',
        priorityIntervention: true,
        forums: ['havering-reducing-reoffending-group'],
        need:
          'Around half of prisoners report a history of debt, which gets worse for about a third of prisoners when they are in ' +
          'custody. More than 80% of offenders claim benefits upon release. For many of our offenders, having the necessary ' +
          'finances to cover their living essentials or debt is an issue. Many have never received advice and support regarding ' +
          'financial management. This is advice readily available at no cost through the Citizens Advice Bureau or the ' +
          'government funded Money Advice Service. Ensuring clients have sufficient lawfully obtained income to live on is vital ' +
          'to their rehabilitation.',
      },
      {
        pathway: 'children-families-relationships',
        localName: 'Relationships',
        priorityIntervention: false,
        forums: [],
        need:
          'Maintaining strong relationships with families and children can play a major role in helping prisoners to make and ' +
          'sustain changes that help them to avoid reoffending. Custodial sentences add strain on family relationships.',
      },
      {
        pathway: 'lifestyle',
        localName: 'Lifestyle (the way in which a person lives)',
        priorityIntervention: false,
        forums: [],
        need:
          'Offenders are disproportionately more likely to suffer from physical or mental health problems than the general ' +
          'population. These are often undiagnosed and needs unmet.',
      },
      {
        pathway: 'drugs-alcohol',
        localName: 'Alcohol and Drugs',
        priorityIntervention: true,
        forums: ['havering-reducing-reoffending-group', 'havering-dip-panel'],
        need:
          'Around two-thirds of prisoners use illegal drugs in the year prior to imprisonment. Intoxication by alcohol is linked ' +
          'to a significant proportion of crime, particularly crimes of violence (almost 50%), whilst drug misuse is linked to ' +
          'significant proportions of theft and acquisitive crimes, such as burglary, vehicle crime and shoplifting.',
      },
      {
        pathway: 'attitudes-thinking-behaviour',
        localName: 'Attitudes, thinking and behaviour',
        priorityIntervention: false,
        forums: [],
        need:
          'Offenders are more likely to have negative social attitudes and poor self-control. Successfully addressing their ' +
          'attitudes, thinking and behaviour may reduce reoffending.',
      },
    ],
    // The risk management panels, operational sub-groups overseen by the Reducing Reoffending Group.
    priorityGroups: [
      {
        priorityGroup: 'iom',
        localName: 'Integrated Offender Management (IOM)',
        forums: ['havering-iom-panel', 'havering-reducing-reoffending-group'],
      },
      {
        priorityGroup: 'mappa',
        localName: 'Multi-Agency Public Protection Arrangements (MAPPA)',
        forums: ['havering-mappa-panel', 'havering-reducing-reoffending-group'],
        related: true,
      },
      {
        priorityGroup: 'sgv',
        localName: 'Serious Group Violence (SGV)',
        forums: ['havering-sgv-panel', 'havering-reducing-reoffending-group'],
        related: true,
      },
      {
        priorityGroup: 'dip',
        localName: 'Drug Intervention Programme (DIP)',
        forums: ['havering-dip-panel', 'havering-reducing-reoffending-group'],
      },
      {
        priorityGroup: 'asb-perpetrators',
        localName: 'Anti-Social Behaviour Panel and Community Multi-Agency Risk Assessment Conference (ASBMARAC)',
        forums: ['havering-asb-marac', 'havering-reducing-reoffending-group'],
      },
    ],
    refreshes: [],
    provenance: haveringStrategy,
  },
];
