/**
 * The partner agencies that publish headline measures, each with its own subgraph. The plan subgraph
 * declares one entity stub per agency (`<Agency>Measure`) so `headlineMeasures` can return measures of
 * every agency through the `HeadlineMeasure` interface. The list is the agency registry
 * (subgraphs/<agency>/subgraph.json), turned into ../generated/agencies.ts before every build: adding an
 * agency is adding its folder.
 */
export interface AgencyEntry {
  /** The agency's key: `name` in its subgraph.json. */
  key: string;
  /** The agency's name as the plan shows it: `displayName` in its subgraph.json. */
  name: string;
  /** GraphQL type of the agency's measures: `measureType` in its subgraph.json. */
  measureType: string;
}

import { REGISTRY_AGENCIES } from '../generated/agencies';

export const AGENCIES: readonly AgencyEntry[] = REGISTRY_AGENCIES;
