/**
 * The dashboard's operations, typed by GraphQL Code Generator (clients/web/codegen.mjs) from the committed supergraph. Names are fixed (they label the gateway's metrics). Measures are fetched flat with
 * `headlineMeasures(plan:)` (shallow, within the gateway's depth and cost limits) and placed into pathways and
 * priority groups by id; the plan's own lists are fetched as ids only, which the plan subgraph answers alone, so a
 * measure whose agency is down is still known by id (and its agency by the id's prefix).
 */

import { graphql } from '../../../generated';
import type {
  DashboardCompletenessQuery,
  DashboardMeasuresQuery,
  DashboardOptionsQuery,
  DashboardPlanQuery,
} from '../../../generated/graphql';

export type { GraphQLErrorItem } from '../../shared/graphql-types';

/** The graph's completeness of every measure of a plan for an area and period. */
export const COMPLETENESS = graphql(`
  query DashboardCompleteness($plan: ID!, $area: ID!, $period: String!) {
    headlineMeasures(plan: $plan) {
      id
      completeness(area: $area, period: $period) {
        status
        explanation
        observation {
          id
          printed
          period {
            code
          }
        }
      }
    }
  }
`);

export const OPTIONS = graphql(`
  query DashboardOptions {
    partnerships {
      id
      name
      description
      area {
        code
        name
        children {
          code
          name
          children {
            code
            name
          }
        }
      }
      plans {
        id
        title
        periodLabel
        startYear
        endYear
      }
    }
    agencies {
      key
      name
    }
  }
`);

export const PLAN = graphql(`
  query DashboardPlan($plan: ID!) {
    plan(id: $plan) {
      id
      title
      periodLabel
      startYear
      endYear
      aim
      partnership {
        id
        name
      }
      basket: headlineMeasures(basketOnly: true) {
        id
      }
      pathways {
        name
        priorityIntervention
        pathway {
          id
        }
        headlineMeasures {
          id
        }
      }
      priorityGroups {
        name
        related
        priorityGroup {
          id
          description
        }
        headlineMeasures {
          id
        }
      }
      goals {
        id
        text
        currentWording
        leadAgency
        due
        pathway {
          id
          name
        }
        priorityGroup {
          id
          name
        }
        statuses {
          period {
            code
            label
            kind
            end
          }
          rag
          basis
          update
          setAt
        }
        dispositions {
          disposition
          newWording
          refresh {
            title
            date
          }
        }
      }
      actions {
        id
        title
        objective
        responsible
        timescale
        progress
        pathway {
          id
          name
        }
        priorityGroup {
          id
          name
        }
      }
    }
  }
`);

export const MEASURES = graphql(`
  query DashboardMeasures($plan: ID!, $area: ID!) {
    headlineMeasures(plan: $plan) {
      id
      name
      agency
      leadAgency
      unit
      polarity
      source
      definition
      target {
        value
        text
        due
      }
      ragRule
      observations(area: $area, includeSubAreas: true) {
        id
        printed
        value
        numerator
        denominator
        lowerBound
        upperBound
        approximate
        notAvailable
        suppressed
        status
        note
        area {
          code
          name
        }
        period {
          code
          label
          kind
          start
          end
        }
        provenance {
          publication
          location
        }
        interval {
          level
          method
          lower
          upper
          computable
          explanation
        }
        change {
          previous {
            period {
              code
              label
            }
            value
            printed
          }
          difference
          significant
          assessment
          explanation
        }
        targetComparison {
          target {
            value
            text
          }
          difference
          met
          explanation
        }
        rag {
          status
          rule
          reason
          comment
        }
      }
    }
  }
`);

/** The shapes the page works with: the generated results of the operations above, not written by hand. */
type MeasureResult = NonNullable<DashboardMeasuresQuery['headlineMeasures'][number]>;
export type Completeness = NonNullable<DashboardCompletenessQuery['headlineMeasures'][number]>['completeness'];
export type CompletenessStatus = Completeness['status'];
export type Observation = MeasureResult['observations'][number];
export type Period = Observation['period'];
export type Rag = NonNullable<NonNullable<Observation['rag']>['status']>;
/** A measure with its figures, and its completeness once that query has answered. */
export type Measure = MeasureResult & { completeness?: Completeness | null };
export type PlanData = DashboardPlanQuery;
export type Goal = DashboardPlanQuery['plan']['goals'][number];
export type Action = DashboardPlanQuery['plan']['actions'][number];
export type OptionsData = DashboardOptionsQuery;
/** An area of a partnership's tree (three levels are asked for). */
export interface Area {
  code: string;
  name: string;
  children?: Area[];
}
