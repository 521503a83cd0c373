import { Directive, Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Period, Provenance, Rag, SHARED_DESCRIPTIONS } from '@hub/common/platform';

/** Rag is shared with the agency subgraphs (figure RAG): one definition in @hub/common. */
export { Rag };

export enum Disposition {
  DISCHARGED = 'DISCHARGED',
  CARRIED_FORWARD = 'CARRIED_FORWARD',
  AMENDED = 'AMENDED',
}
registerEnumType(Disposition, {
  name: 'Disposition',
  description: 'What a plan refresh (the annual stock take) decided about a goal.',
  valuesConfig: {
    DISCHARGED: { description: 'The goal is closed and leaves the plan.' },
    CARRIED_FORWARD: { description: 'The goal stays in the refreshed plan as worded.' },
    AMENDED: { description: 'The goal stays with new wording (see newWording).' },
  },
});

export enum GoalOutcome {
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
  CARRIED_FORWARD = 'CARRIED_FORWARD',
}
registerEnumType(GoalOutcome, {
  name: 'GoalOutcome',
  description: "A goal's outcome at the end of a year, as the board secretariat records it.",
  valuesConfig: {
    ACHIEVED: { description: 'The goal was achieved.' },
    PARTLY_ACHIEVED: { description: 'The goal was partly achieved.' },
    NOT_ACHIEVED: { description: 'The goal was not achieved.' },
    CARRIED_FORWARD: { description: 'The goal was not completed and is carried forward into the next year.' },
  },
});

@ObjectType('Area', { description: SHARED_DESCRIPTIONS.area })
@Directive('@key(fields: "code")')
export class Area {
  @Field(() => ID, { description: SHARED_DESCRIPTIONS.areaCode })
  code!: string;
  @Field({ description: 'Name of the area.' })
  name!: string;
  @Field({ description: 'Country, region, partnership area, county, unitary authority, London borough or district.' })
  kind!: string;
  parentCode!: string | null;
}

@ObjectType('Agency', { description: 'A partner agency that publishes headline measures through its own subgraph.' })
export class Agency {
  @Field(() => ID, { description: "Agency key: the name of its subgraph (its folder under subgraphs/), e.g. 'police'." })
  key!: string;
  @Field({ description: 'Name of the agency and the bodies it covers.' })
  name!: string;
  @Field({ description: 'GraphQL type name of its measures (e.g. ProbationMeasure), for analysts writing fragments.' })
  measureType!: string;
}

@ObjectType('Partnership', {
  description: 'A community safety partnership that keeps a reducing re-offending plan (e.g. Kent and Medway, Havering, Plymouth).',
})
export class Partnership {
  @Field(() => ID, { description: "Partnership id, e.g. 'kent-and-medway'." })
  id!: string;
  @Field({ description: 'Name of the partnership.' })
  name!: string;
  @Field({ description: 'What the partnership is and what its documents say about its arrangements and gaps.' })
  description!: string;
  areaCode!: string;
}

@ObjectType('Principle', { description: 'A strategic principle of a plan (e.g. Localised, Integrated, Targeted).' })
export class Principle {
  @Field(() => Int, { description: 'Position in the plan (1 = first).' })
  position!: number;
  @Field({ description: 'Short name of the principle.' })
  name!: string;
  @Field({ description: 'The principle as worded in the plan.' })
  description!: string;
}

@ObjectType('Refresh', {
  description: 'A refresh of a plan, e.g. the annual stock take: goals discharged, carried forward or amended, pathways added.',
})
export class Refresh {
  @Field(() => ID, { description: "Refresh id, e.g. 'km-2013-stock-take'." })
  id!: string;
  @Field({ description: 'Date of the meeting that took the refresh (ISO 8601 date).' })
  date!: string;
  @Field({ description: 'Title of the refresh.' })
  title!: string;
  @Field({ description: 'What the refresh decided.' })
  summary!: string;
  @Field(() => Provenance, { description: 'The paper the refresh was taken from.' })
  provenance!: Provenance;
  planId!: string;
}

@ObjectType('ProgressReportDataDate', {
  description: "What one part of a progress report's data dates from, as printed (e.g. 'Table data': 'May 2013').",
})
export class ProgressReportDataDate {
  @Field({ description: "The part of the report, e.g. 'Table data' or 'Goals'." })
  part!: string;
  @Field({ description: "When its data was taken, as printed, e.g. 'May 2013'." })
  date!: string;
}

@ObjectType('ProgressReportKeyEntry', { description: "A line of a progress report's status key: what a colour means for a goal." })
export class ProgressReportKeyEntry {
  @Field({ description: "The meaning as printed, e.g. 'Goal has not been achieved'." })
  description!: string;
  @Field(() => Rag, { description: 'The colour the line explains.' })
  rag!: Rag;
}

@ObjectType('ProgressReportColumn', {
  description: "A column of a progress report's table: the period whose figures it holds, and its heading as printed.",
})
export class ProgressReportColumn {
  @Field({ description: "Period code of the figures in the column, e.g. '2012-13' or '2010-07..2011-06'." })
  period!: string;
  @Field({ description: "The column heading as printed, e.g. '2012-13 YTD' or 'Jul 2010 to Jun 2011'." })
  label!: string;
}

@ObjectType('ProgressReportRow', {
  description: "A row of a progress report's table: one headline measure for one area, under the label the report prints.",
})
export class ProgressReportRow {
  @Field(() => ID, {
    description: "Id of the headline measure whose figures fill the row, e.g. 'probation.adult-proven-reoffending-offenders'.",
  })
  measureId!: string;
  @Field({ description: "Code of the area whose figures the row shows, e.g. 'kent'." })
  area!: string;
  @Field({ description: "The row label as printed, e.g. 'Total offenders' or 'Medway Young Offenders'." })
  label!: string;
  @Field(() => String, {
    nullable: true,
    description: "A subheading the report prints above this row, e.g. 'Youth Offending Population'; null for none.",
  })
  subheading!: string | null;
}

@ObjectType('ProgressReportSection', {
  description: 'A numbered part of a progress report: its heading, the layout of its table of figures and the text printed with it.',
})
export class ProgressReportSection {
  @Field({ description: "Section number as printed, e.g. '1.2' or '2.1' ('2' for the introduction of section 2)." })
  number!: string;
  @Field({ description: "Heading as printed, e.g. 'Proven Re-offending of juvenile offenders in Kent'." })
  heading!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "Id of the pathway whose headline measures and goals the section reports (e.g. 'accommodation'); null for the re-offending tables.",
  })
  pathwayId!: string | null;
  @Field(() => [String], { description: 'Paragraphs printed under the heading, before the table.' })
  introduction!: string[];
  @Field(() => [ProgressReportColumn], { description: 'Columns of the table in order (empty for a section without a table).' })
  columns!: ProgressReportColumn[];
  @Field(() => [ProgressReportRow], { description: 'Rows of the table in order.' })
  rows!: ProgressReportRow[];
  @Field(() => String, {
    nullable: true,
    description:
      "The source printed under the table ('Source = ...'), e.g. 'Ministry of Justice, Quarterly Proven Re-offending Statistics'.",
  })
  source!: string | null;
  @Field(() => [String], { description: 'Paragraphs printed after the table: how the figures are defined.' })
  notes!: string[];
}

@ObjectType('ProgressReport', {
  description:
    'A progress report of a plan for a financial year as the board published it (e.g. Appendix A of the 2013 stock take): its authors, the dates of its data, its status key and the wording and layout of its sections. The stock take report the hub produces follows it; the figures and goals come from the graph.',
})
export class ProgressReport {
  @Field(() => ID, { description: "Progress report id, e.g. 'km-2012-2015-progress-2012-13'." })
  id!: string;
  @Field({ description: "The financial year reported, e.g. '2012-13'." })
  year!: string;
  @Field({ description: 'Title as printed.' })
  title!: string;
  @Field(() => [String], { description: "Report authors as printed, each with their organisation, e.g. 'Rob Jacques (Kent Probation)'." })
  authors!: string[];
  @Field({ description: "The 'Report produced date' as printed, e.g. 'Table data - May 2013 / Goals - July 2013'." })
  producedDate!: string;
  @Field(() => [ProgressReportDataDate], { description: 'The same dates, one per part of the report.' })
  dataDates!: ProgressReportDataDate[];
  @Field({ description: 'The opening paragraph as printed.' })
  introduction!: string;
  @Field({
    description:
      "What the goal statuses of the report can be, as printed (e.g. 'red' for not achieved or 'green' for achieved at the end of the year).",
  })
  statusNote!: string;
  @Field(() => [ProgressReportKeyEntry], { description: 'The status key printed before the goals, line by line.' })
  statusKey!: ProgressReportKeyEntry[];
  @Field(() => [ProgressReportSection], { description: 'Sections in the order printed.' })
  sections!: ProgressReportSection[];
  @Field(() => Provenance, { description: 'The paper the progress report was published in.' })
  provenance!: Provenance;
  planId!: string;
}

// Entities: agencies add fields of their own to pathways and priority groups (e.g. health's treatment completions).
@Directive('@key(fields: "id")')
@ObjectType('Pathway', { description: SHARED_DESCRIPTIONS.pathway })
export class Pathway {
  @Field(() => ID, { description: SHARED_DESCRIPTIONS.pathwayId })
  id!: string;
  @Field({ description: 'Standard name of the pathway.' })
  name!: string;
  @Field({ description: 'What the pathway covers.' })
  description!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('PriorityGroup', { description: SHARED_DESCRIPTIONS.priorityGroup })
export class PriorityGroup {
  @Field(() => ID, { description: SHARED_DESCRIPTIONS.priorityGroupId })
  id!: string;
  @Field({ description: 'Standard name of the group.' })
  name!: string;
  @Field({ description: 'Who is in the group.' })
  description!: string;
}

@ObjectType('Forum', { description: 'A board, panel or group that coordinates a pathway or governs a priority group (e.g. JPPB, IOMSB).' })
export class Forum {
  @Field(() => ID, { description: "Forum id, e.g. 'jppb'." })
  id!: string;
  @Field({ description: 'Name of the forum.' })
  name!: string;
  @Field(() => String, { nullable: true, description: "Abbreviation used in the documents, e.g. 'JPPB'." })
  abbreviation!: string | null;
  @Field(() => String, { nullable: true, description: 'Remit of the forum, when the documents give it.' })
  description!: string | null;
  partnershipId!: string | null;
}

@ObjectType('Plan', {
  description:
    "A partnership's reducing re-offending plan or strategy for a period, with its aim, principles, pathways, priority groups, goals and actions.",
})
export class Plan {
  @Field(() => ID, { description: "Plan id, e.g. 'km-2012-2015', 'havering-2016-2020'." })
  id!: string;
  @Field({ description: 'Title of the plan as published.' })
  title!: string;
  @Field({ description: "Period as printed, e.g. '2012-2015', '2019/20'." })
  periodLabel!: string;
  @Field(() => Int, { description: 'First year the plan covers.' })
  startYear!: number;
  @Field(() => Int, { description: 'Last year the plan covers.' })
  endYear!: number;
  @Field({ description: 'The strategic aim as worded in the plan.' })
  aim!: string;
  @Field(() => String, { nullable: true, description: "Status of the document, e.g. 'Draft V0.2' or 'Approved'." })
  status!: string | null;
  @Field(() => Provenance, { description: 'The document the plan was taken from.' })
  provenance!: Provenance;
  partnershipId!: string;
}

@ObjectType('PlanPathway', {
  description:
    'A pathway as a plan takes it up: its local name, whether it is a priority intervention, its coordinating forums, goals and headline measures.',
})
export class PlanPathway {
  @Field({ name: 'name', description: "The pathway's name in this plan, e.g. 'Substance Misuse (Drugs and Alcohol)'." })
  localName!: string;
  @Field({ description: 'True when the plan makes this pathway a multi-agency priority intervention.' })
  priorityIntervention!: boolean;
  @Field(() => String, { nullable: true, description: "The plan's statement of need for this pathway, when it has one." })
  need!: string | null;
  planId!: string;
  pathwayId!: string;
  forumIds!: string[];
  addedByRefreshId!: string | null;
}

@ObjectType('PlanPriorityGroup', {
  description: 'A priority group as a plan takes it up, with its governance forums, goals and headline measures.',
})
export class PlanPriorityGroup {
  @Field({ name: 'name', description: "The group's name in this plan, e.g. 'Young people (ideally 16-24)'." })
  localName!: string;
  @Field({ description: 'True for cohorts the plan names as related rather than as its own target groups (e.g. MAPPA).' })
  related!: boolean;
  planId!: string;
  priorityGroupId!: string;
  forumIds!: string[];
  addedByRefreshId!: string | null;
}

@ObjectType('GoalStatus', { description: "The RAG status of a goal for a period, with the lead agency's update." })
export class GoalStatus {
  @Field(() => Period, { description: 'The quarter or year the status is for.' })
  period!: Period;
  @Field(() => Rag, { nullable: true, description: 'Red / Amber / Green; null when no status has been recorded for the period yet.' })
  rag!: Rag | null;
  @Field(() => GoalOutcome, {
    nullable: true,
    description:
      "For the end of a year: the goal's outcome (achieved, partly achieved, not achieved, carried forward) as the secretariat recorded it; null when not recorded yet.",
  })
  outcome!: GoalOutcome | null;
  @Field(() => String, {
    nullable: true,
    description: "The secretariat's comment on the outcome and its RAG; null when no outcome has been recorded.",
  })
  comment!: string | null;
  @Field({ description: 'How the status was decided.' })
  basis!: string;
  @Field(() => String, {
    nullable: true,
    description: "The lead agency's progress update, as published or as the secretariat recorded it.",
  })
  update!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who recorded the status through the hub (token subject); null for statuses loaded from the source documents.',
  })
  setBy!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'When the status was recorded through the hub (ISO 8601 timestamp); null for statuses loaded from the source documents.',
  })
  setAt!: string | null;
}

@ObjectType('GoalDisposition', { description: 'What a refresh decided about a goal.' })
export class GoalDisposition {
  @Field(() => Disposition, { description: 'Discharged, carried forward or amended.' })
  disposition!: Disposition;
  @Field(() => String, { nullable: true, description: 'For amended goals: the new wording, exactly as the source prints it.' })
  newWording!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "An editorial note on the decision (e.g. a lead agency the refresh table names), kept apart from the source's wording.",
  })
  note!: string | null;
  refreshId!: string;
}

@ObjectType('GoalWording', {
  description: "An amendment of a goal's wording: the wording it put in force, the wording it replaced, who amended it, when and why.",
})
export class GoalWording {
  @Field({ description: 'The wording the amendment put in force.' })
  wording!: string;
  @Field({ description: 'The wording in force before the amendment (the original text for the first amendment).' })
  previousWording!: string;
  @Field({ description: 'When the amendment took effect (ISO 8601 timestamp; the meeting date for amendments decided at a refresh).' })
  amendedAt!: string;
  @Field({ description: 'Who amended it: the secretariat member (token subject), or the body that took the refresh.' })
  amendedBy!: string;
  @Field({ description: 'Why the wording was amended.' })
  reason!: string;
  refreshId!: string | null;
}

@ObjectType('Goal', {
  description: 'A goal of a plan: text, lead agency, due date, RAG status per period, and disposition at each refresh.',
})
export class Goal {
  @Field(() => ID, { description: 'Goal id.' })
  id!: string;
  @Field({ description: 'The goal as originally worded.' })
  text!: string;
  @Field({ description: 'The body leading on the goal, as named in the plan.' })
  leadAgency!: string;
  @Field(() => String, { nullable: true, description: 'Date the goal is due by (ISO 8601 date), when the wording gives one.' })
  due!: string | null;
  @Field(() => Provenance, { description: 'Where the goal is published.' })
  provenance!: Provenance;
  planId!: string;
  pathwayId!: string | null;
  priorityGroupId!: string | null;
  proposedAtRefreshId!: string | null;
}

@ObjectType('Action', {
  description: 'A row of an action plan: objective, action and its steps, outcomes, timescale, responsible services and progress.',
})
export class Action {
  @Field(() => ID, { description: 'Action id.' })
  id!: string;
  @Field({ description: 'The strategy objective the action serves.' })
  objective!: string;
  @Field({ description: 'The project or action.' })
  title!: string;
  @Field(() => [String], { description: 'Numbered steps of the action, in order.' })
  steps!: string[];
  @Field(() => [String], { description: 'Expected outcomes.' })
  outcomes!: string[];
  @Field({ description: "Timescale as printed, e.g. 'March 2017'." })
  timescale!: string;
  @Field(() => String, { nullable: true, description: 'Due date derived from the timescale (ISO 8601 date).' })
  due!: string | null;
  @Field(() => [String], { description: 'Responsible service or lead for each step, as printed.' })
  responsible!: string[];
  @Field(() => String, { nullable: true, description: 'Progress to date; null where the action plan leaves it blank.' })
  progress!: string | null;
  @Field(() => Provenance, { description: 'Where the action is published.' })
  provenance!: Provenance;
  planId!: string;
  pathwayId!: string | null;
  priorityGroupId!: string | null;
}

@ObjectType('CatalogueEntry', {
  description: 'Where a plan uses a headline measure: for a pathway, a priority group, or the plan as a whole (its basket of measures).',
})
export class CatalogueEntry {
  measureId!: string;
  agencyKey!: string;
  planId!: string;
  pathwayId!: string | null;
  priorityGroupId!: string | null;
}

@ObjectType('PlanAuditEvent', {
  description: "One change to the board's plan, recorded in the same transaction as the change: who, when, what and the details.",
})
export class PlanAuditEvent {
  @Field(() => ID, { description: 'Audit event id; higher ids are later events.' })
  id!: string;
  @Field({ description: 'When the change was made (ISO 8601 timestamp).' })
  at!: string;
  @Field({ description: 'Who made it: the subject of their token.' })
  actor!: string;
  @Field({ description: "Their role when they made it, e.g. 'secretariat' or 'admin'." })
  role!: string;
  @Field({ description: "The mutation that made the change, e.g. 'setGoalStatus'." })
  action!: string;
  @Field({ description: "What kind of record changed, e.g. 'goal', 'goal_status', 'catalogue_entry'." })
  entity!: string;
  @Field({ description: "Which record changed, e.g. the goal id, or '<goal id>@<period>' for a goal status." })
  entityId!: string;
  @Field({ description: 'What changed, as a JSON object: the arguments and, for updates, the values before and after.' })
  details!: string;
}

/** A measure as the plan knows it: a reference to the agency that owns it. */
export interface MeasureRefValue {
  __typename: string;
  id: string;
}

@Directive('@key(fields: "id")')
@InterfaceType('HeadlineMeasure', {
  description: SHARED_DESCRIPTIONS.headlineMeasure,
  resolveType: (m: MeasureRefValue) => m.__typename,
})
export abstract class HeadlineMeasure {
  @Field(() => ID, { description: "Global id '<agency>.<name>', e.g. 'probation.adult-proven-reoffending-proportion'." })
  id!: string;

  @Field(() => [CatalogueEntry], { description: "Where the board's plans use this measure (plan, and pathway or priority group)." })
  usedIn!: CatalogueEntry[];
}
