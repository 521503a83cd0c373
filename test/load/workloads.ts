/** The read workloads of the benchmark (benchmark.ts) and of the query-planning probe (plan-probe.ts). */

/** The board scorecard of one area: plan, its pathways, their headline measures, and the measures' figures. */
export const SCORECARD = `query Scorecard($plan: ID!, $area: ID!, $from: String!, $to: String!) {
  plan(id: $plan) { id title pathways { name pathway { id } headlineMeasures { id name agency unit polarity
    observations(area: $area, from: $from, to: $to) { period { code label } value numerator denominator printed approximate notAvailable suppressed } } } }
}`;

/** One measure across every area and period. */
export const ALL_AREAS = `query AllAreas($id: ID!) { headlineMeasure(id: $id) { id name
  observations { area { code } period { code label } value numerator denominator printed approximate notAvailable suppressed } } }`;
