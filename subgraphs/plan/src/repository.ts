import type { DataSource } from 'typeorm';
import { preparedQuery } from '@hub/common/platform';
import { allRowsSql, auditTrailSql, rowsWhereSql, type PlanTable } from './sql';
import type { ProgressReportSectionSeed } from './seed/types';

/** Rows as the plan schema serves them (snake_case columns mapped to the GraphQL field names). */
export interface PartnershipRow {
  id: string;
  name: string;
  areaCode: string;
  description: string;
}
export interface ForumRow {
  id: string;
  name: string;
  abbreviation: string | null;
  partnershipId: string | null;
  description: string | null;
}
export interface PathwayRow {
  id: string;
  name: string;
  description: string;
}
export interface PriorityGroupRow {
  id: string;
  name: string;
  description: string;
}
export interface PlanRow {
  id: string;
  partnershipId: string;
  title: string;
  periodLabel: string;
  startYear: number;
  endYear: number;
  aim: string;
  status: string | null;
  provenance: object;
}
export interface PrincipleRow {
  planId: string;
  position: number;
  name: string;
  description: string;
}
export interface RefreshRow {
  id: string;
  planId: string;
  date: string;
  title: string;
  summary: string;
  provenance: object;
}
export interface PlanPathwayRow {
  planId: string;
  pathwayId: string;
  position: number;
  localName: string;
  priorityIntervention: boolean;
  need: string | null;
  addedByRefreshId: string | null;
  forumIds: string[];
}
export interface PlanPriorityGroupRow {
  planId: string;
  priorityGroupId: string;
  position: number;
  localName: string;
  related: boolean;
  addedByRefreshId: string | null;
  forumIds: string[];
}
export interface GoalRow {
  id: string;
  planId: string;
  position: number;
  pathwayId: string | null;
  priorityGroupId: string | null;
  text: string;
  leadAgency: string;
  due: string | null;
  proposedAtRefreshId: string | null;
  provenance: object;
}
export interface GoalStatusRow {
  goalId: string;
  periodCode: string;
  period: object;
  rag: string | null;
  basis: string;
  update: string | null;
  setBy: string | null;
  setAt: string | null;
  outcome: string | null;
  comment: string | null;
}
export interface GoalWordingRow {
  id: string;
  goalId: string;
  wording: string;
  amendedAt: string;
  amendedBy: string;
  reason: string;
  refreshId: string | null;
}
export interface AuditEventRow {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  entity: string;
  entityId: string;
  details: Record<string, unknown>;
}
export interface GoalDispositionRow {
  goalId: string;
  refreshId: string;
  disposition: string;
  newWording: string | null;
  note: string | null;
}
export interface ActionRow {
  id: string;
  planId: string;
  position: number;
  objective: string;
  pathwayId: string | null;
  priorityGroupId: string | null;
  title: string;
  steps: string[];
  outcomes: string[];
  timescale: string;
  due: string | null;
  responsible: string[];
  progress: string | null;
  provenance: object;
}
export interface AgencyRow {
  key: string;
  name: string;
  measureType: string;
}
export interface CatalogueRow {
  measureId: string;
  agencyKey: string;
  planId: string;
  pathwayId: string | null;
  priorityGroupId: string | null;
}
export interface ProgressReportRowData {
  id: string;
  planId: string;
  year: string;
  title: string;
  authors: string[];
  producedDate: string;
  dataDates: object;
  introduction: string;
  statusNote: string;
  statusKey: object;
  /** As seeded (JSON). */
  sections: ProgressReportSectionSeed[];
  provenance: object;
}
export interface AreaRowData {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
}

const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Columns of type `date`: pg reads them as local midnight; GraphQL serves them as ISO 8601 dates. */
const DATE_COLUMNS = new Set(['date', 'due']);
const pad = (n: number) => String(n).padStart(2, '0');
function plainValue(column: string, v: unknown): unknown {
  if (!(v instanceof Date)) return v;
  if (DATE_COLUMNS.has(column)) return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  return v.toISOString(); // timestamptz
}

/** A database row -> the camelCase shape the resolvers serve; dates and timestamps become ISO 8601 strings. */
export const mapRow = <T>(r: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [camel(k), plainValue(k, v)])) as T;

export type { PlanTable } from './sql';

/**
 * Data access for the plan subgraph. Every read is one statement: `all(table)`, or `where(table, column, keys)`
 * with `column = ANY($1)` so a DataLoader can batch any number of keys into it.
 */
export class PlanRepository {
  constructor(private readonly ds: DataSource) {}

  private get schema(): string {
    return (this.ds.options as { schema: string }).schema;
  }

  async all<T>(table: PlanTable): Promise<T[]> {
    const rows = await preparedQuery<Record<string, unknown>>(this.ds, allRowsSql(this.schema, table), []);
    return rows.map((r) => mapRow<T>(r));
  }

  async where<T>(table: PlanTable, column: string, keys: readonly string[]): Promise<T[]> {
    const rows = await preparedQuery<Record<string, unknown>>(this.ds, rowsWhereSql(this.schema, table, column), [keys]);
    return rows.map((r) => mapRow<T>(r));
  }

  /** The newest `limit` audit events, newest first: one statement. */
  async auditTrail(limit: number): Promise<AuditEventRow[]> {
    const rows = await this.ds.query<Array<Record<string, unknown>>>(auditTrailSql(this.schema), [limit]);
    return rows.map((r) => mapRow<AuditEventRow>(r));
  }
}
