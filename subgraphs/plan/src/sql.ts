/**
 * The hand-written SQL of the plan subgraph's read path, in one place: the repository (repository.ts) binds the
 * parameters and maps the rows. Every read is one statement over one table, `column = ANY($1)` when a DataLoader
 * batches keys into it, in the table's listing order.
 */

/** Tables a caller may look rows up in, with the order they are listed in. */
const TABLES = {
  partnership: 'name',
  forum: 'name',
  pathway: 'position',
  priority_group: 'position',
  plan: 'start_year, id',
  principle: 'plan_id, position',
  refresh: 'date',
  plan_pathway: 'plan_id, position',
  plan_priority_group: 'plan_id, position',
  goal: 'plan_id, position',
  goal_status: 'goal_id, period_code',
  goal_disposition: 'goal_id, refresh_id',
  goal_wording: 'goal_id, amended_at, id',
  action: 'plan_id, position',
  agency: 'key',
  catalogue_entry: 'plan_id, id',
  area: 'code',
  progress_report: 'plan_id, year',
} as const;
export type PlanTable = keyof typeof TABLES;

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Every row of a table, in its listing order. */
export const allRowsSql = (schema: string, table: PlanTable) => `SELECT * FROM ${ident(schema)}.${table} ORDER BY ${TABLES[table]}`;

/** The rows of a table whose `column` is one of $1, in its listing order. */
export function rowsWhereSql(schema: string, table: PlanTable, column: string): string {
  if (!/^[a-z_]+$/.test(column)) throw new Error(`bad column ${column}`);
  return `SELECT * FROM ${ident(schema)}.${table} WHERE ${column} = ANY($1) ORDER BY ${TABLES[table]}`;
}

/** The newest $1 audit events, newest first. */
export const auditTrailSql = (schema: string) => `SELECT * FROM ${ident(schema)}.audit_event ORDER BY id DESC LIMIT $1`;
