/**
 * The agency kit: what an agency subgraph builds on (README.md in this folder). An agency imports only from here;
 * the platform around the agencies (plan subgraph, gateway, tools, tests) uses '@hub/common/platform'.
 */
import 'reflect-metadata';

// Defining and running an agency subgraph
export type { AgencyDefinition } from './agency/definition';
export type { AgencyManifest } from './manifest';
export type { AgencyContext, AgencyLoaderContext, AgencySeedContext } from './agency/context';
export { readManifest } from './manifest';
export { agencyCommands, agencyDataSource, runAgency } from './agency/service';

// The shared measure contract, and extending it
export { AgencyMeasureType, HeadlineMeasure } from './agency/schema';
export { AreaFields, AreaRef, MeasureTarget, Observation, Period, Provenance, SHARED_DESCRIPTIONS } from './contract/types';
export { NO_PUBLICATION_DATE } from './agency/repository';
export { MeasureUnit, ObservationStatus, PeriodKind, Polarity, Rag, RagRule } from './contract/enums';
export type { MeasureSeed, MeasureTargetSeed, ObservationSeed, ProvenanceSeed } from './reference/seed-types';

// Disclosure control, for the agency's own figures as for its measures
export { disclosePrinted, PrintedFigure, type PrintedDisclosureRule, type PrintedFigureValues } from './contract/printed-figure';
export { applyDisclosureControl, mustSuppress, type DisclosureRule, type ReadMode } from './agency/disclosure';
export { DEFAULT_PEOPLE_THRESHOLD } from './reference/seed-types';

// Statistics (confidence intervals, change between periods, RAG rules)
export * from './stats';

// Periods, errors and viewers, for the agency's own resolvers
export { ACCEPTED_PERIOD_FORMS, comparePeriods, parsePeriod, PeriodParseError, type ParsedPeriod } from './reference/periods';
export { badInput, unknown } from './errors';
export { forbidden, ownsAgency, type Role, type Viewer } from './auth';
