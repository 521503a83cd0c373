/**
 * The partner agencies that publish headline measures, each with its own subgraph. The plan subgraph
 * declares one entity stub per agency (`ProbationMeasure`...) so `headlineMeasures` can return measures
 * of every agency through the `HeadlineMeasure` interface. Adding an agency: add it here and link its
 * measures in ../seed/catalogue.ts.
 */
export interface AgencyEntry {
  key: string;
  name: string;
  /** GraphQL type of the agency's measures; must match measureType in the agency's subgraph.json. */
  measureType: string;
}

export const AGENCIES: readonly AgencyEntry[] = [
  { key: 'probation', name: 'Probation (Kent Probation, National Probation Service, Community Rehabilitation Companies)', measureType: 'ProbationMeasure' },
  { key: 'police', name: 'Police (Kent Police, Metropolitan Police, IOM police teams)', measureType: 'PoliceMeasure' },
  { key: 'housing', name: 'Housing (local housing authorities, Supporting People, youth accommodation)', measureType: 'HousingMeasure' },
  { key: 'health', name: 'Health (public health, NHS commissioners, drug and alcohol treatment)', measureType: 'HealthMeasure' },
  { key: 'dwp', name: 'Department for Work and Pensions and Jobcentre Plus', measureType: 'DwpMeasure' },
];
