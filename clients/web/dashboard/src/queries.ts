/**
 * The dashboard's operations. Names are fixed (they label the gateway's metrics). Measures are fetched flat with
 * `headlineMeasures(plan:)` (shallow, within the gateway's depth and cost limits) and placed into pathways and
 * priority groups by id; the plan's own lists are fetched as ids only, which the plan subgraph answers alone, so a
 * measure whose agency is down is still known by id (and its agency by the id's prefix).
 */

/**
 * The statistics of every figure (interval, change, target comparison, RAG with its rule) and the completeness of
 * each measure. Served once the statistics work lands on main; until then STATISTICS is false and the page says
 * the statistics are not yet served. Switch it on here: this is the only place that names those fields.
 */
export const STATISTICS = true;

const STATISTICS_OBSERVATION = `
    interval { level method lower upper computable explanation }
    change { previous { period { code label } value printed } difference significant assessment explanation }
    targetComparison { target { value text } difference met explanation }
    rag { status rule reason comment }`;
const STATISTICS_MEASURE = `
    ragRule`;

/** The graph's completeness of every measure of a plan for an area and period (with STATISTICS only). */
export const COMPLETENESS = `query DashboardCompleteness($plan: ID!, $area: ID!, $period: String!) {
  headlineMeasures(plan: $plan) {
    id
    completeness(area: $area, period: $period) { status explanation observation { id printed period { code } } }
  }
}`;

export const OPTIONS = `query DashboardOptions {
  partnerships {
    id name description
    area { code name children { code name children { code name } } }
    plans { id title periodLabel startYear endYear }
  }
  agencies { key name }
}`;

export const PLAN = `query DashboardPlan($plan: ID!) {
  plan(id: $plan) {
    id title periodLabel startYear endYear aim
    partnership { id name }
    basket: headlineMeasures(basketOnly: true) { id }
    pathways { name priorityIntervention pathway { id } headlineMeasures { id } }
    priorityGroups { name related priorityGroup { id description } headlineMeasures { id } }
    goals {
      id text currentWording leadAgency due
      pathway { id name } priorityGroup { id name }
      statuses { period { code label kind end } rag basis update setAt }
      dispositions { disposition newWording refresh { title date } }
    }
    actions { id title objective responsible timescale progress pathway { id name } priorityGroup { id name } }
  }
}`;

export const MEASURES = `query DashboardMeasures($plan: ID!, $area: ID!) {
  headlineMeasures(plan: $plan) {
    id name agency leadAgency unit polarity source definition
    target { value text due }${STATISTICS ? STATISTICS_MEASURE : ''}
    observations(area: $area, includeSubAreas: true) {
      id printed value numerator denominator lowerBound upperBound approximate notAvailable suppressed status note
      area { code name }
      period { code label kind start end }
      provenance { publication location }${STATISTICS ? STATISTICS_OBSERVATION : ''}
    }
  }
}`;

/** An error of a GraphQL response; SUBGRAPH_UNAVAILABLE ones name the agency in serviceName. */
export interface GraphQLErrorItem {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; serviceName?: string; ids?: string[]; [k: string]: unknown };
}

export type Rag = 'RED' | 'AMBER' | 'GREEN';
export interface Area { code: string; name: string; children?: Area[] }
export interface Period { code: string; label: string; kind: string; start: string; end: string }
export interface Observation {
  id: string;
  printed: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  lowerBound: number | null;
  upperBound: number | null;
  approximate: boolean;
  notAvailable: boolean;
  suppressed: boolean;
  status: string;
  note: string | null;
  area: { code: string; name: string };
  period: Period;
  provenance: { publication: string; location: string };
  interval?: { level: number; method: string; lower: number | null; upper: number | null; computable: boolean; explanation: string | null } | null;
  change?: {
    previous: { period: { code: string; label: string }; value: number | null; printed: string } | null;
    difference: number | null;
    significant: boolean | null;
    assessment: 'IMPROVED' | 'WORSENED' | 'NO_SIGNIFICANT_CHANGE' | 'CHANGED' | 'NOT_ASSESSED';
    explanation: string | null;
  } | null;
  targetComparison?: { target: { value: number | null; text: string } | null; difference: number | null; met: boolean | null; explanation: string | null } | null;
  rag?: { status: Rag | null; rule: string | null; reason: string | null; comment: string | null } | null;
}
export type CompletenessStatus = 'PUBLISHED' | 'ESTIMATED' | 'SUPPRESSED' | 'NOT_YET_AVAILABLE' | 'MISSING';
export interface Measure {
  id: string;
  name: string;
  agency: string;
  leadAgency: string;
  unit: 'COUNT' | 'PERCENTAGE' | 'RATE' | 'RATIO' | 'CURRENCY_GBP';
  polarity: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';
  source: string;
  definition: string;
  target: { value: number | null; text: string; due: string | null } | null;
  ragRule?: string | null;
  completeness?: { status: CompletenessStatus; explanation: string | null; observation: { id: string; printed: string; period: { code: string } } | null } | null;
  observations: Observation[];
}
export interface Goal {
  id: string;
  text: string;
  currentWording: string;
  leadAgency: string;
  due: string | null;
  pathway: { id: string; name: string } | null;
  priorityGroup: { id: string; name: string } | null;
  statuses: Array<{ period: { code: string; label: string; kind: string; end: string }; rag: Rag | null; basis: string; update: string | null; setAt: string | null }>;
  dispositions: Array<{ disposition: string; newWording: string | null; refresh: { title: string; date: string } }>;
}
export interface Action {
  id: string;
  title: string;
  objective: string;
  responsible: string[];
  timescale: string;
  progress: string | null;
  pathway: { id: string; name: string } | null;
  priorityGroup: { id: string; name: string } | null;
}
export interface PlanData {
  plan: {
    id: string;
    title: string;
    periodLabel: string;
    startYear: number;
    endYear: number;
    aim: string;
    partnership: { id: string; name: string };
    basket: Array<{ id: string }>;
    pathways: Array<{ name: string; priorityIntervention: boolean; pathway: { id: string }; headlineMeasures: Array<{ id: string }> }>;
    priorityGroups: Array<{ name: string; related: boolean; priorityGroup: { id: string; description: string }; headlineMeasures: Array<{ id: string }> }>;
    goals: Goal[];
    actions: Action[];
  };
}
export interface OptionsData {
  partnerships: Array<{ id: string; name: string; description: string; area: Area; plans: Array<{ id: string; title: string; periodLabel: string; startYear: number; endYear: number }> }>;
  agencies: Array<{ key: string; name: string }>;
}
