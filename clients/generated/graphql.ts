/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a plan uses a headline measure: for a pathway, for a priority group, or (neither) in the plan's basket of measures. */
export type CatalogueEntryInput = {
  /** Key of the agency that owns the measure, e.g. 'probation'; the measure id must start with '<agency>.'. */
  agency: string;
  /** Global measure id '<agency>.<name>', e.g. 'probation.adult-proven-reoffending-proportion'. */
  measureId: string;
  /** The pathway it measures in that plan (the plan must take it up); not with priorityGroup. */
  pathway?: string | null | undefined;
  /** The plan that uses the measure. */
  plan: string;
  /** The priority group it measures in that plan (the plan must take it up); not with pathway. */
  priorityGroup?: string | null | undefined;
};

/** How a figure compares with the previous period, tested at the 95% level, read with the measure's polarity. */
export type ChangeAssessment =
  /** Significantly different, for a neutral measure (neither direction is better). */
  | 'CHANGED'
  /** Significantly better than the previous period. */
  | 'IMPROVED'
  /** Not tested: no previous figure, a value missing or suppressed, or no numerator and denominator (or count) to test with. */
  | 'NOT_ASSESSED'
  /** The difference from the previous period is not statistically significant. */
  | 'NO_SIGNIFICANT_CHANGE'
  /** Significantly worse than the previous period. */
  | 'WORSENED';

/** Whether a measure's figure for an area and a period is there, for the data-completeness gap analysis. */
export type CompletenessStatus =
  /** The figure is qualified as approximate ('Approx. 97%'). */
  | 'ESTIMATED'
  /** The figure is printed only as a range or an expectation ('around 150-200', '75-80'): no single value. */
  | 'EXPECTED_RANGE'
  /** Truly missing: a figure was due for the area and period and there is none. */
  | 'MISSING'
  /** The measure does not apply to this area (a Kent-only measure asked for Medway), or it is a research finding rather than a statistic of an area's series. Not a gap. */
  | 'NOT_APPLICABLE'
  /** The figure is printed 'tbc': late, not zero. */
  | 'NOT_YET_AVAILABLE'
  /** No figure, and none is due yet: the period asked ended less than the measure's publication lag before the date the gap analysis is taken on (e.g. proven re-offending is published about 21 months after its cohort year ends). */
  | 'NOT_YET_DUE'
  /** A figure is published (for the agency's own editors: or drafted) and is not qualified as approximate. */
  | 'PUBLISHED'
  /** Disclosure control withholds the figure from this reader. */
  | 'SUPPRESSED';

/** What a plan refresh (the annual stock take) decided about a goal. */
export type Disposition =
  /** The goal stays with new wording (see newWording). */
  | 'AMENDED'
  /** The goal stays in the refreshed plan as worded. */
  | 'CARRIED_FORWARD'
  /** The goal is closed and leaves the plan. */
  | 'DISCHARGED';

/** A goal's outcome at the end of a year, as the board secretariat records it. */
export type GoalOutcome =
  /** The goal was achieved. */
  | 'ACHIEVED'
  /** The goal was not completed and is carried forward into the next year. */
  | 'CARRIED_FORWARD'
  /** The goal was not achieved. */
  | 'NOT_ACHIEVED'
  /** The goal was partly achieved. */
  | 'PARTLY_ACHIEVED';

/** How a confidence interval was computed (the methods of the PHE / OHID technical guide on confidence intervals). */
export type IntervalMethod =
  /** Byar's approximation to the exact Poisson interval, for counts (and rates' numerators) of 10 or more. */
  | 'BYAR'
  /** Exact Poisson interval from the chi-square distribution, for counts (and rates' numerators) below 10. */
  | 'EXACT_POISSON'
  /** No interval could be computed; the explanation says why. */
  | 'NONE'
  /** Wilson score interval for a proportion (percentages and "1 in N" ratios with numerator and denominator). */
  | 'WILSON_SCORE';

/** A headline measure to create, or the new definition of an existing one (same id). A measure's unit cannot change once it has figures. */
export type MeasureInput = {
  /** What is counted: population, numerator, denominator, follow-up period, caveats. */
  definition: string;
  /** Disclosure control: figures about 1 to (threshold - 1) people are suppressed for readers outside the agency (2 or more). Null for a measure that does not count people (offences, money, bed spaces, employers). Left out: unchanged, or for a new measure 5 for COUNT and PERCENTAGE, none otherwise. */
  disclosureThreshold?: number | null | undefined;
  /** Global id: the agency key, a dot and a lower-case name with hyphens, e.g. 'police.iom-cohort-size'. */
  id: string;
  /** The body that leads on the measure. */
  leadAgency: string;
  /** Name of the measure as the board reports it. */
  name: string;
  /** Whether higher or lower is better. */
  polarity: Polarity;
  /** The statistical series or data source the figures come from. */
  source: string;
  /** The target, if the plan sets one. */
  target?: MeasureTargetInput | null | undefined;
  /** Percentage, count, rate, ratio or money. */
  unit: MeasureUnit;
};

/** A target for a headline measure. */
export type MeasureTargetInput = {
  /** Date the target is due by, YYYY-MM-DD. */
  due?: string | null | undefined;
  /** The target as worded in the plan. */
  text: string;
  /** Target value in the measure's unit, when the target is a number. */
  value?: number | null | undefined;
};

/** What the value of a headline measure counts. */
export type MeasureUnit =
  /** A number of people, offences, places or events. */
  | 'COUNT'
  /** An amount of money in pounds sterling. */
  | 'CURRENCY_GBP'
  /** A percentage, 0-100 (22.41 means 22.41%). Numerator and denominator are given where published. */
  | 'PERCENTAGE'
  /** An average or rate, e.g. re-offences per re-offender. */
  | 'RATE'
  /** A proportion printed as "1 in N"; the value is 1/N. */
  | 'RATIO';

/** How settled a published figure is. */
export type ObservationStatus =
  /** Published as final. */
  | 'FINAL'
  /** Published as provisional or year-to-date; may change. */
  | 'PROVISIONAL'
  /** A correction of a figure published earlier. */
  | 'REVISED';

/** The kind of reporting period a figure covers. */
export type PeriodKind =
  /** January to December, written 2010. */
  | 'CALENDAR_YEAR'
  /** A quarter of a financial year, written 2012-13 Q1 (Q1 = April-June). */
  | 'FINANCIAL_QUARTER'
  /** April to March, written 2012-13. */
  | 'FINANCIAL_YEAR'
  /** Twelve months not aligned to a year, written 2010-07..2011-06 (July 2010 to June 2011). */
  | 'ROLLING_YEAR'
  /** A single date, written 2019-07-26 (e.g. the IOM cohort on 26 July 2019). */
  | 'SNAPSHOT';

/** Which direction of change the board reads as an improvement. */
export type Polarity =
  /** A rise is an improvement (e.g. % of offenders registered with a GP). */
  | 'HIGHER_IS_BETTER'
  /** A fall is an improvement (e.g. proportion of offenders who re-offend). */
  | 'LOWER_IS_BETTER'
  /** Descriptive: neither direction is better (e.g. share of the cohort who are female). */
  | 'NEUTRAL';

/** Red / Amber / Green status of a goal for a period. */
export type Rag =
  /** At risk / partly achieved. */
  | 'AMBER'
  /** Achieved / on track. */
  | 'GREEN'
  /** Not achieved / off track. */
  | 'RED';

/** How a headline measure's figures get their Red / Amber / Green status, configured per measure by the owning agency. A new measure gets AGAINST_TARGET when it has a numeric target, AGAINST_PREVIOUS_PERIOD otherwise. */
export type RagRule =
  /** As Fingertips compares with England: GREEN when the figure is significantly better than the England and Wales figure of the same period and series (the comparator's value lies outside the figure's 95% interval, on the worse side), AMBER when similar (inside it), RED when significantly worse. No status without an interval or a comparator figure. */
  | 'AGAINST_ENGLAND_AND_WALES'
  /** As AGAINST_ENGLAND_AND_WALES, against the pooled figure of the area's peer group of similar areas (in the manner of CIPFA's nearest neighbours): the sum of their numerators over the sum of their denominators. */
  | 'AGAINST_PEER_GROUP'
  /** Actual against predicted (NI18's design): GREEN when the actual rate is significantly below the predicted rate for a lower-is-better measure (the prediction lies outside the figure's 95% interval on the worse side), AMBER when not significantly different, RED when significantly above. With only a relative difference printed, GREEN or RED by its sign when the sign is known; no status when it is not. */
  | 'AGAINST_PREDICTED'
  /** GREEN when the figure is significantly better than the previous period (95% level, polarity decides what better is), AMBER when there is no significant change, RED when significantly worse. No status when the change cannot be tested (a series break, a kind of figure that is not tested) or the measure is neutral. */
  | 'AGAINST_PREVIOUS_PERIOD'
  /** As AGAINST_ENGLAND_AND_WALES, against the figure of the region the area is in (the nearest REGION or PROBATION_REGION above it). */
  | 'AGAINST_REGION'
  /** GREEN when the figure meets the numeric target (polarity decides the side); AMBER when it misses it but the target lies inside the figure's 95% confidence interval (not significantly different), or, when no interval can be computed, when it misses it by no more than 5% of the target; RED otherwise. No status when there is no numeric target, no value, or the measure is neutral. */
  | 'AGAINST_TARGET'
  /** The owning agency sets each figure's status by hand, with a comment saying why (the SetFigureRag mutation). No status until it does. */
  | 'SET_BY_HAND';

export type DashboardAgencyPartsQueryVariables = Exact<{
  plan: string;
  area: string;
}>;


export type DashboardAgencyPartsQuery = { plan: { id: string, pathways: Array<{ name: string, pathway: { id: string, treatmentCompletions: Array<{ cohort: string, area: { code: string, name: string }, period: { code: string, label: string }, completions: { printed: string, approximate: boolean, notAvailable: boolean, suppressed: boolean }, source: { publication: string, location: string } }> } }>, priorityGroups: Array<{ name: string, priorityGroup: { id: string, iomCohortProfiles: Array<{ id: string, snapshot: string, area: { code: string, name: string }, size: { printed: string, suppressed: boolean } | null, female: { printed: string, suppressed: boolean } | null, inCustodyShare: { printed: string, suppressed: boolean } | null, seriousAcquisitiveCrimeShare: { printed: string, suppressed: boolean } | null, managedByYouthTeamsShare: { printed: string, suppressed: boolean } | null, source: { publication: string, location: string } }>, jobcentreTargets: Array<{ id: string, intervention: string, goal: string, item: string | null, due: string, leadAgency: string, target: { printed: string, approximate: boolean }, source: { publication: string, location: string } }> } }> }, area: { code: string, name: string, communityOrderNeeds: Array<{ need: string, periodPrinted: string, period: { code: string }, share: { printed: string, suppressed: boolean }, offenders: { printed: string, suppressed: boolean }, pathway: { id: string, name: string }, source: { publication: string, location: string } }>, youngOffenderAccommodation: Array<{ cohort: string, reportedBy: string | null, period: { code: string, label: string }, inSuitableAccommodation: { printed: string, approximate: boolean, notAvailable: boolean }, source: { publication: string, location: string } }> } };

export type DashboardCompletenessQueryVariables = Exact<{
  plan: string;
  area: string;
  period: string;
}>;


export type DashboardCompletenessQuery = { headlineMeasures: Array<
    | { id: string, completeness: { status: CompletenessStatus, explanation: string, observation: { id: string, printed: string, period: { code: string } } | null } }
    | { id: string, completeness: { status: CompletenessStatus, explanation: string, observation: { id: string, printed: string, period: { code: string } } | null } }
    | { id: string, completeness: { status: CompletenessStatus, explanation: string, observation: { id: string, printed: string, period: { code: string } } | null } }
    | { id: string, completeness: { status: CompletenessStatus, explanation: string, observation: { id: string, printed: string, period: { code: string } } | null } }
    | { id: string, completeness: { status: CompletenessStatus, explanation: string, observation: { id: string, printed: string, period: { code: string } } | null } }
   | null> };

export type DashboardOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOptionsQuery = { partnerships: Array<{ id: string, name: string, description: string, area: { code: string, name: string, children: Array<{ code: string, name: string, children: Array<{ code: string, name: string }> }> }, plans: Array<{ id: string, title: string, periodLabel: string, startYear: number, endYear: number }> }>, agencies: Array<{ key: string, name: string }> };

export type DashboardPlanQueryVariables = Exact<{
  plan: string;
}>;


export type DashboardPlanQuery = { plan: { id: string, title: string, periodLabel: string, startYear: number, endYear: number, aim: string, partnership: { id: string, name: string }, basket: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null>, pathways: Array<{ name: string, priorityIntervention: boolean, pathway: { id: string }, headlineMeasures: Array<
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null> }>, priorityGroups: Array<{ name: string, related: boolean, priorityGroup: { id: string, description: string }, headlineMeasures: Array<
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null> }>, goals: Array<{ id: string, text: string, currentWording: string, leadAgency: string, due: string | null, pathway: { id: string, name: string } | null, priorityGroup: { id: string, name: string } | null, statuses: Array<{ rag: Rag | null, basis: string, update: string | null, setAt: string | null, period: { code: string, label: string, kind: PeriodKind, end: string } }>, dispositions: Array<{ disposition: Disposition, newWording: string | null, refresh: { title: string, date: string } }> }>, actions: Array<{ id: string, title: string, objective: string, responsible: Array<string>, timescale: string, progress: string | null, pathway: { id: string, name: string } | null, priorityGroup: { id: string, name: string } | null }> } };

export type DashboardMeasuresQueryVariables = Exact<{
  plan: string;
  area: string;
}>;


export type DashboardMeasuresQuery = { headlineMeasures: Array<
    | { id: string, name: string, agency: string, leadAgency: string, unit: MeasureUnit, polarity: Polarity, source: string, definition: string, ragRule: RagRule, target: { value: number | null, text: string, due: string | null } | null, observations: Array<{ id: string, printed: string, value: number | null, numerator: number | null, denominator: number | null, lowerBound: number | null, upperBound: number | null, approximate: boolean, notAvailable: boolean, suppressed: boolean, status: ObservationStatus, note: string | null, area: { code: string, name: string }, period: { code: string, label: string, kind: PeriodKind, start: string, end: string }, provenance: { publication: string, location: string }, interval: { level: number, method: IntervalMethod, lower: number | null, upper: number | null, computable: boolean, explanation: string }, change: { difference: number | null, significant: boolean | null, assessment: ChangeAssessment, explanation: string, previous: { value: number | null, printed: string, period: { code: string, label: string } } | null }, targetComparison: { difference: number | null, met: boolean | null, explanation: string, target: { value: number | null, text: string } | null }, rag: { status: Rag | null, rule: RagRule, reason: string, comment: string | null } }> }
    | { id: string, name: string, agency: string, leadAgency: string, unit: MeasureUnit, polarity: Polarity, source: string, definition: string, ragRule: RagRule, target: { value: number | null, text: string, due: string | null } | null, observations: Array<{ id: string, printed: string, value: number | null, numerator: number | null, denominator: number | null, lowerBound: number | null, upperBound: number | null, approximate: boolean, notAvailable: boolean, suppressed: boolean, status: ObservationStatus, note: string | null, area: { code: string, name: string }, period: { code: string, label: string, kind: PeriodKind, start: string, end: string }, provenance: { publication: string, location: string }, interval: { level: number, method: IntervalMethod, lower: number | null, upper: number | null, computable: boolean, explanation: string }, change: { difference: number | null, significant: boolean | null, assessment: ChangeAssessment, explanation: string, previous: { value: number | null, printed: string, period: { code: string, label: string } } | null }, targetComparison: { difference: number | null, met: boolean | null, explanation: string, target: { value: number | null, text: string } | null }, rag: { status: Rag | null, rule: RagRule, reason: string, comment: string | null } }> }
    | { id: string, name: string, agency: string, leadAgency: string, unit: MeasureUnit, polarity: Polarity, source: string, definition: string, ragRule: RagRule, target: { value: number | null, text: string, due: string | null } | null, observations: Array<{ id: string, printed: string, value: number | null, numerator: number | null, denominator: number | null, lowerBound: number | null, upperBound: number | null, approximate: boolean, notAvailable: boolean, suppressed: boolean, status: ObservationStatus, note: string | null, area: { code: string, name: string }, period: { code: string, label: string, kind: PeriodKind, start: string, end: string }, provenance: { publication: string, location: string }, interval: { level: number, method: IntervalMethod, lower: number | null, upper: number | null, computable: boolean, explanation: string }, change: { difference: number | null, significant: boolean | null, assessment: ChangeAssessment, explanation: string, previous: { value: number | null, printed: string, period: { code: string, label: string } } | null }, targetComparison: { difference: number | null, met: boolean | null, explanation: string, target: { value: number | null, text: string } | null }, rag: { status: Rag | null, rule: RagRule, reason: string, comment: string | null } }> }
    | { id: string, name: string, agency: string, leadAgency: string, unit: MeasureUnit, polarity: Polarity, source: string, definition: string, ragRule: RagRule, target: { value: number | null, text: string, due: string | null } | null, observations: Array<{ id: string, printed: string, value: number | null, numerator: number | null, denominator: number | null, lowerBound: number | null, upperBound: number | null, approximate: boolean, notAvailable: boolean, suppressed: boolean, status: ObservationStatus, note: string | null, area: { code: string, name: string }, period: { code: string, label: string, kind: PeriodKind, start: string, end: string }, provenance: { publication: string, location: string }, interval: { level: number, method: IntervalMethod, lower: number | null, upper: number | null, computable: boolean, explanation: string }, change: { difference: number | null, significant: boolean | null, assessment: ChangeAssessment, explanation: string, previous: { value: number | null, printed: string, period: { code: string, label: string } } | null }, targetComparison: { difference: number | null, met: boolean | null, explanation: string, target: { value: number | null, text: string } | null }, rag: { status: Rag | null, rule: RagRule, reason: string, comment: string | null } }> }
    | { id: string, name: string, agency: string, leadAgency: string, unit: MeasureUnit, polarity: Polarity, source: string, definition: string, ragRule: RagRule, target: { value: number | null, text: string, due: string | null } | null, observations: Array<{ id: string, printed: string, value: number | null, numerator: number | null, denominator: number | null, lowerBound: number | null, upperBound: number | null, approximate: boolean, notAvailable: boolean, suppressed: boolean, status: ObservationStatus, note: string | null, area: { code: string, name: string }, period: { code: string, label: string, kind: PeriodKind, start: string, end: string }, provenance: { publication: string, location: string }, interval: { level: number, method: IntervalMethod, lower: number | null, upper: number | null, computable: boolean, explanation: string }, change: { difference: number | null, significant: boolean | null, assessment: ChangeAssessment, explanation: string, previous: { value: number | null, printed: string, period: { code: string, label: string } } | null }, targetComparison: { difference: number | null, met: boolean | null, explanation: string, target: { value: number | null, text: string } | null }, rag: { status: Rag | null, rule: RagRule, reason: string, comment: string | null } }> }
   | null> };

export type DwpWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type DwpWorkspaceQuery = { measures: Array<{ id: string, name: string, unit: MeasureUnit, polarity: Polarity, definition: string, leadAgency: string, source: string, retired: boolean, disclosureThreshold: number | null, target: { value: number | null, text: string, due: string | null } | null, latestPublished: { totalCount: number, edges: Array<{ node: { id: string, printed: string, status: ObservationStatus, area: { name: string }, period: { label: string } } }> } }>, drafts: Array<{ id: string, measureId: string, printed: string, value: number | null, numerator: number | null, denominator: number | null, status: ObservationStatus, reason: string | null, createdBy: string, createdAt: string, correction: boolean, unchanged: boolean, publicPrinted: string, suppressedWhenPublished: boolean, area: { code: string, name: string }, period: { code: string, label: string }, replaces: { printed: string, value: number | null, status: ObservationStatus } | null }> };

export type DwpHistoryQueryVariables = Exact<{
  limit: number;
}>;


export type DwpHistoryQuery = { audit: Array<{ id: string, at: string, actor: string, role: string, action: string, entity: string, entityId: string | null, details: string }> };

export type DwpRevisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DwpRevisionsQuery = { measures: Array<{ id: string, figures: { edges: Array<{ node: { id: string, printed: string, area: { name: string }, period: { label: string }, revisions: Array<{ id: string, printed: string, reason: string, replacedAt: string, replacedBy: string | null }> } }> } }> };

export type DwpMeasureListQueryVariables = Exact<{ [key: string]: never; }>;


export type DwpMeasureListQuery = { measures: Array<{ id: string, name: string, agency: string, retired: boolean }> };

export type DwpImportMutationVariables = Exact<{
  csv: string;
  reason: string;
}>;


export type DwpImportMutation = { result: { ok: boolean, rows: number, newFigures: number, corrections: number, replacedDrafts: number, errors: Array<{ row: number, line: number | null, column: string | null, message: string }> } };

export type DwpPublishMutationVariables = Exact<{
  measureIds?: Array<string> | string | null | undefined;
}>;


export type DwpPublishMutation = { result: { published: number, newFigures: number, corrections: number, figures: Array<string> } };

export type DwpDefineMeasureMutationVariables = Exact<{
  input: MeasureInput;
}>;


export type DwpDefineMeasureMutation = { measure: { id: string, name: string, retired: boolean } };

export type DwpRetireMeasureMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type DwpRetireMeasureMutation = { measure: { id: string, retired: boolean } };

export type HealthWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthWorkspaceQuery = { measures: Array<{ id: string, name: string, unit: MeasureUnit, polarity: Polarity, definition: string, leadAgency: string, source: string, retired: boolean, disclosureThreshold: number | null, target: { value: number | null, text: string, due: string | null } | null, latestPublished: { totalCount: number, edges: Array<{ node: { id: string, printed: string, status: ObservationStatus, area: { name: string }, period: { label: string } } }> } }>, drafts: Array<{ id: string, measureId: string, printed: string, value: number | null, numerator: number | null, denominator: number | null, status: ObservationStatus, reason: string | null, createdBy: string, createdAt: string, correction: boolean, unchanged: boolean, publicPrinted: string, suppressedWhenPublished: boolean, area: { code: string, name: string }, period: { code: string, label: string }, replaces: { printed: string, value: number | null, status: ObservationStatus } | null }> };

export type HealthHistoryQueryVariables = Exact<{
  limit: number;
}>;


export type HealthHistoryQuery = { audit: Array<{ id: string, at: string, actor: string, role: string, action: string, entity: string, entityId: string | null, details: string }> };

export type HealthRevisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthRevisionsQuery = { measures: Array<{ id: string, figures: { edges: Array<{ node: { id: string, printed: string, area: { name: string }, period: { label: string }, revisions: Array<{ id: string, printed: string, reason: string, replacedAt: string, replacedBy: string | null }> } }> } }> };

export type HealthMeasureListQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthMeasureListQuery = { measures: Array<{ id: string, name: string, agency: string, retired: boolean }> };

export type HealthImportMutationVariables = Exact<{
  csv: string;
  reason: string;
}>;


export type HealthImportMutation = { result: { ok: boolean, rows: number, newFigures: number, corrections: number, replacedDrafts: number, errors: Array<{ row: number, line: number | null, column: string | null, message: string }> } };

export type HealthPublishMutationVariables = Exact<{
  measureIds?: Array<string> | string | null | undefined;
}>;


export type HealthPublishMutation = { result: { published: number, newFigures: number, corrections: number, figures: Array<string> } };

export type HealthDefineMeasureMutationVariables = Exact<{
  input: MeasureInput;
}>;


export type HealthDefineMeasureMutation = { measure: { id: string, name: string, retired: boolean } };

export type HealthRetireMeasureMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type HealthRetireMeasureMutation = { measure: { id: string, retired: boolean } };

export type HousingWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type HousingWorkspaceQuery = { measures: Array<{ id: string, name: string, unit: MeasureUnit, polarity: Polarity, definition: string, leadAgency: string, source: string, retired: boolean, disclosureThreshold: number | null, target: { value: number | null, text: string, due: string | null } | null, latestPublished: { totalCount: number, edges: Array<{ node: { id: string, printed: string, status: ObservationStatus, area: { name: string }, period: { label: string } } }> } }>, drafts: Array<{ id: string, measureId: string, printed: string, value: number | null, numerator: number | null, denominator: number | null, status: ObservationStatus, reason: string | null, createdBy: string, createdAt: string, correction: boolean, unchanged: boolean, publicPrinted: string, suppressedWhenPublished: boolean, area: { code: string, name: string }, period: { code: string, label: string }, replaces: { printed: string, value: number | null, status: ObservationStatus } | null }> };

export type HousingHistoryQueryVariables = Exact<{
  limit: number;
}>;


export type HousingHistoryQuery = { audit: Array<{ id: string, at: string, actor: string, role: string, action: string, entity: string, entityId: string | null, details: string }> };

export type HousingRevisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HousingRevisionsQuery = { measures: Array<{ id: string, figures: { edges: Array<{ node: { id: string, printed: string, area: { name: string }, period: { label: string }, revisions: Array<{ id: string, printed: string, reason: string, replacedAt: string, replacedBy: string | null }> } }> } }> };

export type HousingMeasureListQueryVariables = Exact<{ [key: string]: never; }>;


export type HousingMeasureListQuery = { measures: Array<{ id: string, name: string, agency: string, retired: boolean }> };

export type HousingImportMutationVariables = Exact<{
  csv: string;
  reason: string;
}>;


export type HousingImportMutation = { result: { ok: boolean, rows: number, newFigures: number, corrections: number, replacedDrafts: number, errors: Array<{ row: number, line: number | null, column: string | null, message: string }> } };

export type HousingPublishMutationVariables = Exact<{
  measureIds?: Array<string> | string | null | undefined;
}>;


export type HousingPublishMutation = { result: { published: number, newFigures: number, corrections: number, figures: Array<string> } };

export type HousingDefineMeasureMutationVariables = Exact<{
  input: MeasureInput;
}>;


export type HousingDefineMeasureMutation = { measure: { id: string, name: string, retired: boolean } };

export type HousingRetireMeasureMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type HousingRetireMeasureMutation = { measure: { id: string, retired: boolean } };

export type PoliceWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type PoliceWorkspaceQuery = { measures: Array<{ id: string, name: string, unit: MeasureUnit, polarity: Polarity, definition: string, leadAgency: string, source: string, retired: boolean, disclosureThreshold: number | null, target: { value: number | null, text: string, due: string | null } | null, latestPublished: { totalCount: number, edges: Array<{ node: { id: string, printed: string, status: ObservationStatus, area: { name: string }, period: { label: string } } }> } }>, drafts: Array<{ id: string, measureId: string, printed: string, value: number | null, numerator: number | null, denominator: number | null, status: ObservationStatus, reason: string | null, createdBy: string, createdAt: string, correction: boolean, unchanged: boolean, publicPrinted: string, suppressedWhenPublished: boolean, area: { code: string, name: string }, period: { code: string, label: string }, replaces: { printed: string, value: number | null, status: ObservationStatus } | null }> };

export type PoliceHistoryQueryVariables = Exact<{
  limit: number;
}>;


export type PoliceHistoryQuery = { audit: Array<{ id: string, at: string, actor: string, role: string, action: string, entity: string, entityId: string | null, details: string }> };

export type PoliceRevisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PoliceRevisionsQuery = { measures: Array<{ id: string, figures: { edges: Array<{ node: { id: string, printed: string, area: { name: string }, period: { label: string }, revisions: Array<{ id: string, printed: string, reason: string, replacedAt: string, replacedBy: string | null }> } }> } }> };

export type PoliceMeasureListQueryVariables = Exact<{ [key: string]: never; }>;


export type PoliceMeasureListQuery = { measures: Array<{ id: string, name: string, agency: string, retired: boolean }> };

export type PoliceImportMutationVariables = Exact<{
  csv: string;
  reason: string;
}>;


export type PoliceImportMutation = { result: { ok: boolean, rows: number, newFigures: number, corrections: number, replacedDrafts: number, errors: Array<{ row: number, line: number | null, column: string | null, message: string }> } };

export type PolicePublishMutationVariables = Exact<{
  measureIds?: Array<string> | string | null | undefined;
}>;


export type PolicePublishMutation = { result: { published: number, newFigures: number, corrections: number, figures: Array<string> } };

export type PoliceDefineMeasureMutationVariables = Exact<{
  input: MeasureInput;
}>;


export type PoliceDefineMeasureMutation = { measure: { id: string, name: string, retired: boolean } };

export type PoliceRetireMeasureMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type PoliceRetireMeasureMutation = { measure: { id: string, retired: boolean } };

export type ProbationWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbationWorkspaceQuery = { measures: Array<{ id: string, name: string, unit: MeasureUnit, polarity: Polarity, definition: string, leadAgency: string, source: string, retired: boolean, disclosureThreshold: number | null, target: { value: number | null, text: string, due: string | null } | null, latestPublished: { totalCount: number, edges: Array<{ node: { id: string, printed: string, status: ObservationStatus, area: { name: string }, period: { label: string } } }> } }>, drafts: Array<{ id: string, measureId: string, printed: string, value: number | null, numerator: number | null, denominator: number | null, status: ObservationStatus, reason: string | null, createdBy: string, createdAt: string, correction: boolean, unchanged: boolean, publicPrinted: string, suppressedWhenPublished: boolean, area: { code: string, name: string }, period: { code: string, label: string }, replaces: { printed: string, value: number | null, status: ObservationStatus } | null }> };

export type ProbationHistoryQueryVariables = Exact<{
  limit: number;
}>;


export type ProbationHistoryQuery = { audit: Array<{ id: string, at: string, actor: string, role: string, action: string, entity: string, entityId: string | null, details: string }> };

export type ProbationRevisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbationRevisionsQuery = { measures: Array<{ id: string, figures: { edges: Array<{ node: { id: string, printed: string, area: { name: string }, period: { label: string }, revisions: Array<{ id: string, printed: string, reason: string, replacedAt: string, replacedBy: string | null }> } }> } }> };

export type ProbationMeasureListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbationMeasureListQuery = { measures: Array<{ id: string, name: string, agency: string, retired: boolean }> };

export type ProbationImportMutationVariables = Exact<{
  csv: string;
  reason: string;
}>;


export type ProbationImportMutation = { result: { ok: boolean, rows: number, newFigures: number, corrections: number, replacedDrafts: number, errors: Array<{ row: number, line: number | null, column: string | null, message: string }> } };

export type ProbationPublishMutationVariables = Exact<{
  measureIds?: Array<string> | string | null | undefined;
}>;


export type ProbationPublishMutation = { result: { published: number, newFigures: number, corrections: number, figures: Array<string> } };

export type ProbationDefineMeasureMutationVariables = Exact<{
  input: MeasureInput;
}>;


export type ProbationDefineMeasureMutation = { measure: { id: string, name: string, retired: boolean } };

export type ProbationRetireMeasureMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ProbationRetireMeasureMutation = { measure: { id: string, retired: boolean } };

export type SecretariatPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretariatPlansQuery = { partnerships: Array<{ id: string, name: string, plans: Array<{ id: string, title: string, periodLabel: string, startYear: number, endYear: number }> }> };

export type SecretariatPlanQueryVariables = Exact<{
  plan: string;
}>;


export type SecretariatPlanQuery = { plan: { id: string, title: string, periodLabel: string, startYear: number, endYear: number, refreshes: Array<{ id: string, title: string, date: string }>, goals: Array<{ id: string, text: string, currentWording: string, leadAgency: string, due: string | null, pathway: { id: string, name: string } | null, priorityGroup: { id: string, name: string } | null, statuses: Array<{ rag: Rag | null, update: string | null, basis: string, outcome: GoalOutcome | null, comment: string | null, setAt: string | null, setBy: string | null, period: { code: string, label: string, end: string } }>, dispositions: Array<{ disposition: Disposition, newWording: string | null, refresh: { id: string, title: string, date: string } }>, wordingHistory: Array<{ previousWording: string, wording: string, reason: string, amendedAt: string, amendedBy: string }> }>, actions: Array<{ id: string, title: string, objective: string, responsible: Array<string>, timescale: string, progress: string | null, pathway: { name: string } | null, priorityGroup: { name: string } | null }>, pathways: Array<{ name: string, pathway: { id: string, name: string }, headlineMeasures: Array<
        | { id: string, name: string, agency: string }
        | { id: string, name: string, agency: string }
        | { id: string, name: string, agency: string }
        | { id: string, name: string, agency: string }
        | { id: string, name: string, agency: string }
       | null> }>, priorityGroups: Array<{ name: string, priorityGroup: { id: string, name: string }, headlineMeasures: Array<
        | { id: string, name: string, agency: string }
        | { id: string, name: string, agency: string }
        | { id: string, name: string, agency: string }
        | { id: string, name: string, agency: string }
        | { id: string, name: string, agency: string }
       | null> }> } };

export type SecretariatSetGoalStatusMutationVariables = Exact<{
  goalId: string;
  period: string;
  rag: Rag;
  comment: string;
}>;


export type SecretariatSetGoalStatusMutation = { setGoalStatus: { id: string, statuses: Array<{ rag: Rag | null, update: string | null, basis: string, setAt: string | null, setBy: string | null, period: { code: string, label: string, end: string } }> } };

export type SecretariatRecordGoalOutcomeMutationVariables = Exact<{
  goalId: string;
  period: string;
  outcome: GoalOutcome;
  rag: Rag;
  comment: string;
}>;


export type SecretariatRecordGoalOutcomeMutation = { recordGoalOutcome: { id: string, statuses: Array<{ rag: Rag | null, outcome: GoalOutcome | null, comment: string | null, setAt: string | null, setBy: string | null, period: { code: string, label: string, end: string } }> } };

export type SecretariatSetGoalDispositionMutationVariables = Exact<{
  goalId: string;
  refreshId: string;
  disposition: Disposition;
  newWording?: string | null | undefined;
}>;


export type SecretariatSetGoalDispositionMutation = { setGoalDisposition: { id: string, currentWording: string, dispositions: Array<{ disposition: Disposition, newWording: string | null, refresh: { id: string, title: string, date: string } }> } };

export type SecretariatAmendGoalWordingMutationVariables = Exact<{
  goalId: string;
  wording: string;
  reason: string;
}>;


export type SecretariatAmendGoalWordingMutation = { amendGoalWording: { id: string, currentWording: string } };

export type SecretariatUpdateActionProgressMutationVariables = Exact<{
  actionId: string;
  progress: string;
}>;


export type SecretariatUpdateActionProgressMutation = { updateActionProgress: { id: string, progress: string | null } };

export type SecretariatLinkMeasureMutationVariables = Exact<{
  input: CatalogueEntryInput;
}>;


export type SecretariatLinkMeasureMutation = { linkMeasure: { measure:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, pathway: { id: string, name: string } | null, priorityGroup: { id: string, name: string } | null } };

export type SecretariatUnlinkMeasureMutationVariables = Exact<{
  input: CatalogueEntryInput;
}>;


export type SecretariatUnlinkMeasureMutation = { unlinkMeasure: { pathway: { id: string } | null, priorityGroup: { id: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DashboardAgencyPartsDocument = /* @__PURE__ */ new TypedDocumentString("query DashboardAgencyParts($area: ID!, $plan: ID!) { area(code: $area) { code communityOrderNeeds { need offenders { printed suppressed } pathway { id name } period { code } periodPrinted share { printed suppressed } source { location publication } } name youngOffenderAccommodation { cohort inSuitableAccommodation { approximate notAvailable printed } period { code label } reportedBy source { location publication } } } plan(id: $plan) { id pathways { name pathway { id treatmentCompletions { area { code name } cohort completions { approximate notAvailable printed suppressed } period { code label } source { location publication } } } } priorityGroups { name priorityGroup { id iomCohortProfiles { area { code name } female { printed suppressed } id inCustodyShare { printed suppressed } managedByYouthTeamsShare { printed suppressed } seriousAcquisitiveCrimeShare { printed suppressed } size { printed suppressed } snapshot source { location publication } } jobcentreTargets { due goal id intervention item leadAgency source { location publication } target { approximate printed } } } } } }", {"hash":"41368528134e592dcaa15f8f9ede674f830b6ce9b7e482a3af64bf7692af1212"}) as unknown as TypedDocumentString<DashboardAgencyPartsQuery, DashboardAgencyPartsQueryVariables>;
export const DashboardCompletenessDocument = /* @__PURE__ */ new TypedDocumentString("query DashboardCompleteness($area: ID!, $period: String!, $plan: ID!) { headlineMeasures(plan: $plan) { completeness(area: $area, period: $period) { explanation observation { id period { code } printed } status } id } }", {"hash":"1d0a624c9a95bbbf29dc65e51928941af52c110f29c8adcac00a6e4f3749389c"}) as unknown as TypedDocumentString<DashboardCompletenessQuery, DashboardCompletenessQueryVariables>;
export const DashboardOptionsDocument = /* @__PURE__ */ new TypedDocumentString("query DashboardOptions { agencies { key name } partnerships { area { children { children { code name } code name } code name } description id name plans { endYear id periodLabel startYear title } } }", {"hash":"40cb9ce4cadcbde9ac5aa39ebe40fe185b099e7c1c9fb055d3ca29f2a9035245"}) as unknown as TypedDocumentString<DashboardOptionsQuery, DashboardOptionsQueryVariables>;
export const DashboardPlanDocument = /* @__PURE__ */ new TypedDocumentString("query DashboardPlan($plan: ID!) { plan(id: $plan) { actions { id objective pathway { id name } priorityGroup { id name } progress responsible timescale title } aim endYear goals { currentWording dispositions { disposition newWording refresh { date title } } due id leadAgency pathway { id name } priorityGroup { id name } statuses { basis period { code end kind label } rag setAt update } text } basket: headlineMeasures(basketOnly: true) { id } id partnership { id name } pathways { headlineMeasures { id } name pathway { id } priorityIntervention } periodLabel priorityGroups { headlineMeasures { id } name priorityGroup { description id } related } startYear title } }", {"hash":"75e66eb4d43b0e8a5656f0109c8346dd118678232bf4db09014d7216c472e15b"}) as unknown as TypedDocumentString<DashboardPlanQuery, DashboardPlanQueryVariables>;
export const DashboardMeasuresDocument = /* @__PURE__ */ new TypedDocumentString("query DashboardMeasures($area: ID!, $plan: ID!) { headlineMeasures(plan: $plan) { agency definition id leadAgency name observations(area: $area, includeSubAreas: true) { approximate area { code name } change { assessment difference explanation previous { period { code label } printed value } significant } denominator id interval { computable explanation level lower method upper } lowerBound notAvailable note numerator period { code end kind label start } printed provenance { location publication } rag { comment reason rule status } status suppressed targetComparison { difference explanation met target { text value } } upperBound value } polarity ragRule source target { due text value } unit } }", {"hash":"6f09cbfb98af7bb97c892f1eb5be0b2e0dec163446004a7af78c0f16ef29edbe"}) as unknown as TypedDocumentString<DashboardMeasuresQuery, DashboardMeasuresQueryVariables>;
export const DwpWorkspaceDocument = /* @__PURE__ */ new TypedDocumentString("query DwpWorkspace { drafts: dwpDrafts { area { code name } correction createdAt createdBy denominator id measureId numerator period { code label } printed publicPrinted reason replaces { printed status value } status suppressedWhenPublished unchanged value } measures: dwpMeasures { definition disclosureThreshold latestPublished: figures( filter: {draft: false} orderBy: [{field: PERIOD, direction: DESC}] first: 1 ) { edges { node { area { name } id period { label } printed status } } totalCount } id leadAgency name polarity retired source target { due text value } unit } }", {"hash":"33e9365e501d532e92fb1abca7d2f9cb45d4c847ca32c6a53adaad8e5d7c46cc"}) as unknown as TypedDocumentString<DwpWorkspaceQuery, DwpWorkspaceQueryVariables>;
export const DwpHistoryDocument = /* @__PURE__ */ new TypedDocumentString("query DwpHistory($limit: Int!) { audit: dwpAuditTrail(limit: $limit) { action actor at details entity entityId id role } }", {"hash":"b0a565ad59185173fe0c69956722bacf947f14587d32e2b6276251161d5cbac6"}) as unknown as TypedDocumentString<DwpHistoryQuery, DwpHistoryQueryVariables>;
export const DwpRevisionsDocument = /* @__PURE__ */ new TypedDocumentString("query DwpRevisions { measures: dwpMeasures { figures( filter: {draft: false} orderBy: [{field: PERIOD, direction: DESC}] first: 10 ) { edges { node { area { name } id period { label } printed revisions { id printed reason replacedAt replacedBy } } } } id } }", {"hash":"fd923d7cd70d3fefa8a9304cae5dd4dfe400b89ac3d3c46a203854bbfa0f6fd3"}) as unknown as TypedDocumentString<DwpRevisionsQuery, DwpRevisionsQueryVariables>;
export const DwpMeasureListDocument = /* @__PURE__ */ new TypedDocumentString("query DwpMeasureList { measures: dwpMeasures { agency id name retired } }", {"hash":"de764040faccff40de83daa9c781860437a95f8cf14edeb04a6d51c6cf5b1d2a"}) as unknown as TypedDocumentString<DwpMeasureListQuery, DwpMeasureListQueryVariables>;
export const DwpImportDocument = /* @__PURE__ */ new TypedDocumentString("mutation DwpImport($csv: String!, $reason: String!) { result: dwpImportObservations(csv: $csv, reason: $reason) { corrections errors { column line message row } newFigures ok replacedDrafts rows } }", {"hash":"fd22023e2f370bdab3eb083fe614473a29a193c2ecb9b3a0e85d685cccfd1ab0"}) as unknown as TypedDocumentString<DwpImportMutation, DwpImportMutationVariables>;
export const DwpPublishDocument = /* @__PURE__ */ new TypedDocumentString("mutation DwpPublish($measureIds: [ID!]) { result: dwpPublishObservations(measureIds: $measureIds) { corrections figures newFigures published } }", {"hash":"3c14b373f25dca9d73ed6fb2fa804e5aea8d3f968ce20910698be26b4935949f"}) as unknown as TypedDocumentString<DwpPublishMutation, DwpPublishMutationVariables>;
export const DwpDefineMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation DwpDefineMeasure($input: MeasureInput!) { measure: dwpDefineMeasure(input: $input) { id name retired } }", {"hash":"f70bef74a7700d185437ca9b03293fc80c6d03f14761301ccec2798ba356c6c1"}) as unknown as TypedDocumentString<DwpDefineMeasureMutation, DwpDefineMeasureMutationVariables>;
export const DwpRetireMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation DwpRetireMeasure($id: ID!, $reason: String!) { measure: dwpRetireMeasure(id: $id, reason: $reason) { id retired } }", {"hash":"741755c22afa97e520b87d19330ea1657bee351f7a720053229074942ad07520"}) as unknown as TypedDocumentString<DwpRetireMeasureMutation, DwpRetireMeasureMutationVariables>;
export const HealthWorkspaceDocument = /* @__PURE__ */ new TypedDocumentString("query HealthWorkspace { drafts: healthDrafts { area { code name } correction createdAt createdBy denominator id measureId numerator period { code label } printed publicPrinted reason replaces { printed status value } status suppressedWhenPublished unchanged value } measures: healthMeasures { definition disclosureThreshold latestPublished: figures( filter: {draft: false} orderBy: [{field: PERIOD, direction: DESC}] first: 1 ) { edges { node { area { name } id period { label } printed status } } totalCount } id leadAgency name polarity retired source target { due text value } unit } }", {"hash":"2739e3b441745afaba00013ab9d893fb99775a01e2891789ba25e304ed2febb4"}) as unknown as TypedDocumentString<HealthWorkspaceQuery, HealthWorkspaceQueryVariables>;
export const HealthHistoryDocument = /* @__PURE__ */ new TypedDocumentString("query HealthHistory($limit: Int!) { audit: healthAuditTrail(limit: $limit) { action actor at details entity entityId id role } }", {"hash":"bbc9565fbb70b7d7d2db32abca3e7882891b162c59c29996525eb201e84849db"}) as unknown as TypedDocumentString<HealthHistoryQuery, HealthHistoryQueryVariables>;
export const HealthRevisionsDocument = /* @__PURE__ */ new TypedDocumentString("query HealthRevisions { measures: healthMeasures { figures( filter: {draft: false} orderBy: [{field: PERIOD, direction: DESC}] first: 10 ) { edges { node { area { name } id period { label } printed revisions { id printed reason replacedAt replacedBy } } } } id } }", {"hash":"84402b1ed13688b1d1842dedd2f028bde803f6783f65027c2241228890b14c93"}) as unknown as TypedDocumentString<HealthRevisionsQuery, HealthRevisionsQueryVariables>;
export const HealthMeasureListDocument = /* @__PURE__ */ new TypedDocumentString("query HealthMeasureList { measures: healthMeasures { agency id name retired } }", {"hash":"2d822193fcc73d1fa0a203d173919b95052514c57a7c8a2da6b2f5a2295cd3fb"}) as unknown as TypedDocumentString<HealthMeasureListQuery, HealthMeasureListQueryVariables>;
export const HealthImportDocument = /* @__PURE__ */ new TypedDocumentString("mutation HealthImport($csv: String!, $reason: String!) { result: healthImportObservations(csv: $csv, reason: $reason) { corrections errors { column line message row } newFigures ok replacedDrafts rows } }", {"hash":"09547e6b7f70317ec194292fe551063f1e86066b06f290af666f9647a38e8af7"}) as unknown as TypedDocumentString<HealthImportMutation, HealthImportMutationVariables>;
export const HealthPublishDocument = /* @__PURE__ */ new TypedDocumentString("mutation HealthPublish($measureIds: [ID!]) { result: healthPublishObservations(measureIds: $measureIds) { corrections figures newFigures published } }", {"hash":"fccc396d99626aa3a05a408d681d2a2682859d5ffa8ddefe9b3321cea1669d11"}) as unknown as TypedDocumentString<HealthPublishMutation, HealthPublishMutationVariables>;
export const HealthDefineMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation HealthDefineMeasure($input: MeasureInput!) { measure: healthDefineMeasure(input: $input) { id name retired } }", {"hash":"34fc26e1df681740bc863f7f1f61e9349df97657460e08e640ad8a925461ebbc"}) as unknown as TypedDocumentString<HealthDefineMeasureMutation, HealthDefineMeasureMutationVariables>;
export const HealthRetireMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation HealthRetireMeasure($id: ID!, $reason: String!) { measure: healthRetireMeasure(id: $id, reason: $reason) { id retired } }", {"hash":"f96b3421d4863a044f1d009fba7cf3c4740a76397805b9aaf5ff0a4167326bf9"}) as unknown as TypedDocumentString<HealthRetireMeasureMutation, HealthRetireMeasureMutationVariables>;
export const HousingWorkspaceDocument = /* @__PURE__ */ new TypedDocumentString("query HousingWorkspace { drafts: housingDrafts { area { code name } correction createdAt createdBy denominator id measureId numerator period { code label } printed publicPrinted reason replaces { printed status value } status suppressedWhenPublished unchanged value } measures: housingMeasures { definition disclosureThreshold latestPublished: figures( filter: {draft: false} orderBy: [{field: PERIOD, direction: DESC}] first: 1 ) { edges { node { area { name } id period { label } printed status } } totalCount } id leadAgency name polarity retired source target { due text value } unit } }", {"hash":"65081fd4010f1f0db679066e265eb3c543f42b336797021804e03da13ed047d6"}) as unknown as TypedDocumentString<HousingWorkspaceQuery, HousingWorkspaceQueryVariables>;
export const HousingHistoryDocument = /* @__PURE__ */ new TypedDocumentString("query HousingHistory($limit: Int!) { audit: housingAuditTrail(limit: $limit) { action actor at details entity entityId id role } }", {"hash":"3416dc740aa98541253986f1556d3ee7c99fb98b07144c2665bf61d3979bb035"}) as unknown as TypedDocumentString<HousingHistoryQuery, HousingHistoryQueryVariables>;
export const HousingRevisionsDocument = /* @__PURE__ */ new TypedDocumentString("query HousingRevisions { measures: housingMeasures { figures( filter: {draft: false} orderBy: [{field: PERIOD, direction: DESC}] first: 10 ) { edges { node { area { name } id period { label } printed revisions { id printed reason replacedAt replacedBy } } } } id } }", {"hash":"6b21bb8d4930d7d2e02ec7cedce61c3ffeaacd53ffecd482608ffc8a2c9097ef"}) as unknown as TypedDocumentString<HousingRevisionsQuery, HousingRevisionsQueryVariables>;
export const HousingMeasureListDocument = /* @__PURE__ */ new TypedDocumentString("query HousingMeasureList { measures: housingMeasures { agency id name retired } }", {"hash":"67ac74d63eb4d8bb005d4b3e7b53b311119857d857781c26a89c99dc968478f8"}) as unknown as TypedDocumentString<HousingMeasureListQuery, HousingMeasureListQueryVariables>;
export const HousingImportDocument = /* @__PURE__ */ new TypedDocumentString("mutation HousingImport($csv: String!, $reason: String!) { result: housingImportObservations(csv: $csv, reason: $reason) { corrections errors { column line message row } newFigures ok replacedDrafts rows } }", {"hash":"8b1cd050bd396c96e41e21108438b030357806423714896f2a300945ed494fa7"}) as unknown as TypedDocumentString<HousingImportMutation, HousingImportMutationVariables>;
export const HousingPublishDocument = /* @__PURE__ */ new TypedDocumentString("mutation HousingPublish($measureIds: [ID!]) { result: housingPublishObservations(measureIds: $measureIds) { corrections figures newFigures published } }", {"hash":"7e7a877ee7cfe84e37663045a031c19e0929f63e1ff095025f8bf6932d99b684"}) as unknown as TypedDocumentString<HousingPublishMutation, HousingPublishMutationVariables>;
export const HousingDefineMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation HousingDefineMeasure($input: MeasureInput!) { measure: housingDefineMeasure(input: $input) { id name retired } }", {"hash":"d5276ba96c852b170a8b83b5353bf31e17431fb534316b53ed19d27679148502"}) as unknown as TypedDocumentString<HousingDefineMeasureMutation, HousingDefineMeasureMutationVariables>;
export const HousingRetireMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation HousingRetireMeasure($id: ID!, $reason: String!) { measure: housingRetireMeasure(id: $id, reason: $reason) { id retired } }", {"hash":"df9e4fc15f4999bf4e48e9948a50c04b571a6524cafaa44fb2ce4c131029b493"}) as unknown as TypedDocumentString<HousingRetireMeasureMutation, HousingRetireMeasureMutationVariables>;
export const PoliceWorkspaceDocument = /* @__PURE__ */ new TypedDocumentString("query PoliceWorkspace { drafts: policeDrafts { area { code name } correction createdAt createdBy denominator id measureId numerator period { code label } printed publicPrinted reason replaces { printed status value } status suppressedWhenPublished unchanged value } measures: policeMeasures { definition disclosureThreshold latestPublished: figures( filter: {draft: false} orderBy: [{field: PERIOD, direction: DESC}] first: 1 ) { edges { node { area { name } id period { label } printed status } } totalCount } id leadAgency name polarity retired source target { due text value } unit } }", {"hash":"3ed275480218b29fc6a3dbaa5bb33c85c635b1f852e58d42440243ddd663c3e9"}) as unknown as TypedDocumentString<PoliceWorkspaceQuery, PoliceWorkspaceQueryVariables>;
export const PoliceHistoryDocument = /* @__PURE__ */ new TypedDocumentString("query PoliceHistory($limit: Int!) { audit: policeAuditTrail(limit: $limit) { action actor at details entity entityId id role } }", {"hash":"95a17337c4d12f1bcdae980a3be0e2afa3f6c1528245d3540430d4182c95e63f"}) as unknown as TypedDocumentString<PoliceHistoryQuery, PoliceHistoryQueryVariables>;
export const PoliceRevisionsDocument = /* @__PURE__ */ new TypedDocumentString("query PoliceRevisions { measures: policeMeasures { figures( filter: {draft: false} orderBy: [{field: PERIOD, direction: DESC}] first: 10 ) { edges { node { area { name } id period { label } printed revisions { id printed reason replacedAt replacedBy } } } } id } }", {"hash":"75d0db119856de693849128ded3e519f827dc4adf7c84e4b29a5b7cd98b5d8b2"}) as unknown as TypedDocumentString<PoliceRevisionsQuery, PoliceRevisionsQueryVariables>;
export const PoliceMeasureListDocument = /* @__PURE__ */ new TypedDocumentString("query PoliceMeasureList { measures: policeMeasures { agency id name retired } }", {"hash":"421bf8499fc9fbd2a378f70951ffb4258cc1105ef8b9b847f31e66a326374230"}) as unknown as TypedDocumentString<PoliceMeasureListQuery, PoliceMeasureListQueryVariables>;
export const PoliceImportDocument = /* @__PURE__ */ new TypedDocumentString("mutation PoliceImport($csv: String!, $reason: String!) { result: policeImportObservations(csv: $csv, reason: $reason) { corrections errors { column line message row } newFigures ok replacedDrafts rows } }", {"hash":"4005c99a489e74aa788d220664a34f42354e6c0f8a789d4b876795afaed73344"}) as unknown as TypedDocumentString<PoliceImportMutation, PoliceImportMutationVariables>;
export const PolicePublishDocument = /* @__PURE__ */ new TypedDocumentString("mutation PolicePublish($measureIds: [ID!]) { result: policePublishObservations(measureIds: $measureIds) { corrections figures newFigures published } }", {"hash":"b94502496b11eca8589b776b167b6660703dd304aac2c533567c82583f76a5c0"}) as unknown as TypedDocumentString<PolicePublishMutation, PolicePublishMutationVariables>;
export const PoliceDefineMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation PoliceDefineMeasure($input: MeasureInput!) { measure: policeDefineMeasure(input: $input) { id name retired } }", {"hash":"7625d9a18f574ae4123dec4d89c74423c1036e815801a22d2db9ec2352173d8d"}) as unknown as TypedDocumentString<PoliceDefineMeasureMutation, PoliceDefineMeasureMutationVariables>;
export const PoliceRetireMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation PoliceRetireMeasure($id: ID!, $reason: String!) { measure: policeRetireMeasure(id: $id, reason: $reason) { id retired } }", {"hash":"86b64068b8218f663c83aead6ce29cc9c3c9de8ee1f474f2b69f8234536b33cf"}) as unknown as TypedDocumentString<PoliceRetireMeasureMutation, PoliceRetireMeasureMutationVariables>;
export const ProbationWorkspaceDocument = /* @__PURE__ */ new TypedDocumentString("query ProbationWorkspace { drafts: probationDrafts { area { code name } correction createdAt createdBy denominator id measureId numerator period { code label } printed publicPrinted reason replaces { printed status value } status suppressedWhenPublished unchanged value } measures: probationMeasures { definition disclosureThreshold latestPublished: figures( filter: {draft: false} orderBy: [{field: PERIOD, direction: DESC}] first: 1 ) { edges { node { area { name } id period { label } printed status } } totalCount } id leadAgency name polarity retired source target { due text value } unit } }", {"hash":"d973c79311a2c7eab6fd6cc9dcf98cb72aac6be7a195b18c58d7136809853232"}) as unknown as TypedDocumentString<ProbationWorkspaceQuery, ProbationWorkspaceQueryVariables>;
export const ProbationHistoryDocument = /* @__PURE__ */ new TypedDocumentString("query ProbationHistory($limit: Int!) { audit: probationAuditTrail(limit: $limit) { action actor at details entity entityId id role } }", {"hash":"2b2479b8b9eaa1f9779588f2ed964134dc6cba96f856b717fa41c3d2ed30848f"}) as unknown as TypedDocumentString<ProbationHistoryQuery, ProbationHistoryQueryVariables>;
export const ProbationRevisionsDocument = /* @__PURE__ */ new TypedDocumentString("query ProbationRevisions { measures: probationMeasures { figures( filter: {draft: false} orderBy: [{field: PERIOD, direction: DESC}] first: 10 ) { edges { node { area { name } id period { label } printed revisions { id printed reason replacedAt replacedBy } } } } id } }", {"hash":"ea3a4c757192d652eb7939d98cd6c11764fa73c8eff5d98ccd38c36690076c22"}) as unknown as TypedDocumentString<ProbationRevisionsQuery, ProbationRevisionsQueryVariables>;
export const ProbationMeasureListDocument = /* @__PURE__ */ new TypedDocumentString("query ProbationMeasureList { measures: probationMeasures { agency id name retired } }", {"hash":"b9b5f6b5d4b1501eddba9a115b8c4a3300b7f782680388908a41814374c86612"}) as unknown as TypedDocumentString<ProbationMeasureListQuery, ProbationMeasureListQueryVariables>;
export const ProbationImportDocument = /* @__PURE__ */ new TypedDocumentString("mutation ProbationImport($csv: String!, $reason: String!) { result: probationImportObservations(csv: $csv, reason: $reason) { corrections errors { column line message row } newFigures ok replacedDrafts rows } }", {"hash":"f49e129495e486132875e89fad2401ed58153a96744fc1acb3f564c4e745a3b9"}) as unknown as TypedDocumentString<ProbationImportMutation, ProbationImportMutationVariables>;
export const ProbationPublishDocument = /* @__PURE__ */ new TypedDocumentString("mutation ProbationPublish($measureIds: [ID!]) { result: probationPublishObservations(measureIds: $measureIds) { corrections figures newFigures published } }", {"hash":"8571a428beff59564474c664efd0b8f04bd4d31305d91940ec4aac01a8696ccd"}) as unknown as TypedDocumentString<ProbationPublishMutation, ProbationPublishMutationVariables>;
export const ProbationDefineMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation ProbationDefineMeasure($input: MeasureInput!) { measure: probationDefineMeasure(input: $input) { id name retired } }", {"hash":"7ccfa867d011314313997811a1092710546c88e8fe6aed971ee75b94f32618b0"}) as unknown as TypedDocumentString<ProbationDefineMeasureMutation, ProbationDefineMeasureMutationVariables>;
export const ProbationRetireMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation ProbationRetireMeasure($id: ID!, $reason: String!) { measure: probationRetireMeasure(id: $id, reason: $reason) { id retired } }", {"hash":"a58309c19117f7b268d7ab4a17ab55df0225f6f712e9ac3a2760ab570da200fe"}) as unknown as TypedDocumentString<ProbationRetireMeasureMutation, ProbationRetireMeasureMutationVariables>;
export const SecretariatPlansDocument = /* @__PURE__ */ new TypedDocumentString("query SecretariatPlans { partnerships { id name plans { endYear id periodLabel startYear title } } }", {"hash":"cf8a9723c73642a2a7adb729cc223e9d9e39a96d413558657e85f33196c3b15c"}) as unknown as TypedDocumentString<SecretariatPlansQuery, SecretariatPlansQueryVariables>;
export const SecretariatPlanDocument = /* @__PURE__ */ new TypedDocumentString("query SecretariatPlan($plan: ID!) { plan(id: $plan) { actions { id objective pathway { name } priorityGroup { name } progress responsible timescale title } endYear goals { currentWording dispositions { disposition newWording refresh { date id title } } due id leadAgency pathway { id name } priorityGroup { id name } statuses { basis comment outcome period { code end label } rag setAt setBy update } text wordingHistory { amendedAt amendedBy previousWording reason wording } } id pathways { headlineMeasures { agency id name } name pathway { id name } } periodLabel priorityGroups { headlineMeasures { agency id name } name priorityGroup { id name } } refreshes { date id title } startYear title } }", {"hash":"e7197e4d9fb22d57cd2bf77a76125f9ae0cacf229c63ce5f348a9a87b2173b79"}) as unknown as TypedDocumentString<SecretariatPlanQuery, SecretariatPlanQueryVariables>;
export const SecretariatSetGoalStatusDocument = /* @__PURE__ */ new TypedDocumentString("mutation SecretariatSetGoalStatus($comment: String!, $goalId: ID!, $period: String!, $rag: Rag!) { setGoalStatus(goalId: $goalId, period: $period, rag: $rag, comment: $comment) { id statuses { basis period { code end label } rag setAt setBy update } } }", {"hash":"50960a9ac6b5d6212b9e61fd4b37dec9cdfc7fe9563a4d0b8702b19f19eef145"}) as unknown as TypedDocumentString<SecretariatSetGoalStatusMutation, SecretariatSetGoalStatusMutationVariables>;
export const SecretariatRecordGoalOutcomeDocument = /* @__PURE__ */ new TypedDocumentString("mutation SecretariatRecordGoalOutcome($comment: String!, $goalId: ID!, $outcome: GoalOutcome!, $period: String!, $rag: Rag!) { recordGoalOutcome( goalId: $goalId period: $period outcome: $outcome rag: $rag comment: $comment ) { id statuses { comment outcome period { code end label } rag setAt setBy } } }", {"hash":"5ef0b6c21d2984b61fd8965bf08e5de95837d73f54336511ebabd28cafe349b4"}) as unknown as TypedDocumentString<SecretariatRecordGoalOutcomeMutation, SecretariatRecordGoalOutcomeMutationVariables>;
export const SecretariatSetGoalDispositionDocument = /* @__PURE__ */ new TypedDocumentString("mutation SecretariatSetGoalDisposition($disposition: Disposition!, $goalId: ID!, $newWording: String, $refreshId: ID!) { setGoalDisposition( goalId: $goalId refreshId: $refreshId disposition: $disposition newWording: $newWording ) { currentWording dispositions { disposition newWording refresh { date id title } } id } }", {"hash":"deaf0cf39bc546ea48af9f3e3897cc8f994a16da187e96e16325da3ab5c40d99"}) as unknown as TypedDocumentString<SecretariatSetGoalDispositionMutation, SecretariatSetGoalDispositionMutationVariables>;
export const SecretariatAmendGoalWordingDocument = /* @__PURE__ */ new TypedDocumentString("mutation SecretariatAmendGoalWording($goalId: ID!, $reason: String!, $wording: String!) { amendGoalWording(goalId: $goalId, wording: $wording, reason: $reason) { currentWording id } }", {"hash":"0777eda338d2427f379109e087ab4520becbf19225ddb6a2ac3a9b7435bbe4d7"}) as unknown as TypedDocumentString<SecretariatAmendGoalWordingMutation, SecretariatAmendGoalWordingMutationVariables>;
export const SecretariatUpdateActionProgressDocument = /* @__PURE__ */ new TypedDocumentString("mutation SecretariatUpdateActionProgress($actionId: ID!, $progress: String!) { updateActionProgress(actionId: $actionId, progress: $progress) { id progress } }", {"hash":"8d7eba50d0217223d3155e4bb08c3b463de03239cc6a9722f37fd141d70f5d2c"}) as unknown as TypedDocumentString<SecretariatUpdateActionProgressMutation, SecretariatUpdateActionProgressMutationVariables>;
export const SecretariatLinkMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation SecretariatLinkMeasure($input: CatalogueEntryInput!) { linkMeasure(input: $input) { measure { id name } pathway { id name } priorityGroup { id name } } }", {"hash":"56f73e2ebade6082fd79d0459404f2f0a8d6f304748c1634d64489ef65ca2ab9"}) as unknown as TypedDocumentString<SecretariatLinkMeasureMutation, SecretariatLinkMeasureMutationVariables>;
export const SecretariatUnlinkMeasureDocument = /* @__PURE__ */ new TypedDocumentString("mutation SecretariatUnlinkMeasure($input: CatalogueEntryInput!) { unlinkMeasure(input: $input) { pathway { id } priorityGroup { id } } }", {"hash":"99d8f78706fe6ea55066c8d7d86b872acb6e715bf34bec459fff8fd23681e148"}) as unknown as TypedDocumentString<SecretariatUnlinkMeasureMutation, SecretariatUnlinkMeasureMutationVariables>;