/**
 * The shape of the board's plan data loaded from the source documents. Ids are stable kebab-case
 * slugs so the seed is idempotent and other rows can reference them.
 */
import type { ProvenanceSeed } from '@hub/common/platform';

export type Rag = 'RED' | 'AMBER' | 'GREEN';
export type Disposition = 'DISCHARGED' | 'CARRIED_FORWARD' | 'AMENDED';

export interface PartnershipSeed {
  id: string;
  name: string;
  /** Area code from @hub/common reference/areas.ts. */
  area: string;
  description: string;
}

export interface ForumSeed {
  id: string;
  name: string;
  abbreviation?: string;
  /** Partnership the forum belongs to, when it is local. */
  partnership?: string;
  description?: string;
}

export interface PathwaySeed {
  id: string;
  name: string;
  description: string;
}

export interface PriorityGroupSeed {
  id: string;
  name: string;
  description: string;
}

export interface PrincipleSeed {
  name: string;
  description: string;
}

export interface PlanPathwaySeed {
  pathway: string;
  /** The pathway's name in this plan's own words (e.g. 'Substance Misuse (Drugs and Alcohol)'). */
  localName: string;
  /** True when the plan makes it a multi-agency priority intervention. */
  priorityIntervention: boolean;
  /** Coordinating forums, by forum id. */
  forums: string[];
  /** 'Need' text from the plan, when it has one. */
  need?: string;
  /** Refresh id that added this pathway to the plan, when it was added later. */
  addedByRefresh?: string;
}

export interface PlanPriorityGroupSeed {
  priorityGroup: string;
  localName: string;
  /** Governance forum ids. */
  forums: string[];
  /** True for cohorts the plan names as related rather than as its own target groups (MAPPA, SGV). */
  related?: boolean;
  addedByRefresh?: string;
}

export interface RefreshSeed {
  id: string;
  /** ISO date of the meeting that took the refresh. */
  date: string;
  title: string;
  summary: string;
  provenance: ProvenanceSeed;
}

export interface PlanSeed {
  id: string;
  partnership: string;
  title: string;
  /** Period label as printed, e.g. '2012-2015', '2019/20'. */
  periodLabel: string;
  startYear: number;
  endYear: number;
  aim: string;
  status?: string;
  principles: PrincipleSeed[];
  pathways: PlanPathwaySeed[];
  priorityGroups: PlanPriorityGroupSeed[];
  refreshes: RefreshSeed[];
  provenance: ProvenanceSeed;
}

export interface GoalStatusSeed {
  /** Financial-year or quarter period code: '2012-13' (end of year) or '2012-13 Q4'. */
  period: string;
  rag: Rag | null;
  /** How the status was decided, e.g. 'End-of-year review: red = not achieved, green = achieved'. */
  basis: string;
  update: string | null;
}

export interface GoalDispositionSeed {
  refresh: string;
  disposition: Disposition;
  /** For AMENDED: the proposed new wording, exactly as printed. */
  newWording?: string;
  /** An editorial note on the decision, kept apart from the printed wording. */
  note?: string;
}

export interface GoalSeed {
  id: string;
  plan: string;
  /** Exactly one of pathway / priorityGroup, or neither for cross-cutting goals (e.g. reducing re-offending data). */
  pathway?: string;
  priorityGroup?: string;
  text: string;
  leadAgency: string;
  /** ISO date, when the wording gives one ('by March 2014' -> '2014-03-31'). */
  due?: string;
  /** Refresh id when the goal was proposed at a refresh rather than in the original plan. */
  proposedAt?: string;
  statuses: GoalStatusSeed[];
  dispositions: GoalDispositionSeed[];
  provenance: ProvenanceSeed;
}

export interface ActionSeed {
  id: string;
  plan: string;
  objective: string;
  pathway?: string;
  priorityGroup?: string;
  title: string;
  steps: string[];
  outcomes: string[];
  /** As printed, e.g. 'March 2017'. */
  timescale: string;
  /** ISO date for the timescale (end of the month named). */
  due: string | null;
  responsible: string[];
  progress: string | null;
  provenance: ProvenanceSeed;
}

/** Which agency owns which headline measure, and what it serves in which plan. */
export interface CatalogueEntrySeed {
  measure: string;
  agency: string;
  plan: string;
  pathway?: string;
  priorityGroup?: string;
}

/** A column of a progress report's table: the period it holds and its heading as printed ('2012-13 YTD'). */
export interface ProgressReportColumnSeed {
  period: string;
  label: string;
}

/** A row of a progress report's table: a measure (and area) under the label the report prints. */
export interface ProgressReportRowSeed {
  measure: string;
  /** Area code of the figures the row shows. */
  area: string;
  label: string;
  /** A subheading the report prints above this row ('Youth Offending Population'). */
  subheading?: string;
}

/** A numbered part of a progress report: its heading, its table's layout and the text printed with it. */
export interface ProgressReportSectionSeed {
  number: string;
  heading: string;
  /** The pathway whose goals the section reports (section 2 parts). */
  pathway?: string;
  /** Paragraphs printed under the heading, before the table. */
  introduction?: string[];
  columns: ProgressReportColumnSeed[];
  rows: ProgressReportRowSeed[];
  /** The source line printed under the table ('Source = ...'). */
  source?: string;
  /** Paragraphs printed after the table (definitions of the figures). */
  notes: string[];
}

/** A progress report of a plan for a financial year, as the board published it (seed 001, Appendix A). */
export interface ProgressReportSeed {
  id: string;
  plan: string;
  year: string;
  title: string;
  authors: string[];
  /** 'Report produced date' as printed. */
  producedDate: string;
  dataDates: Array<{ part: string; date: string }>;
  introduction: string;
  statusNote: string;
  statusKey: Array<{ description: string; rag: Rag }>;
  sections: ProgressReportSectionSeed[];
  provenance: ProvenanceSeed;
}
