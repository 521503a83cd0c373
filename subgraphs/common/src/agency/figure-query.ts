/**
 * SQL for cross-area figure lists (HeadlineMeasure.figures): filters, sort keys, keyset (cursor) pagination.
 *
 * Keyset, not OFFSET: a page starts strictly after the sort key of the previous page's last figure, so the
 * database walks the index from there and page 500 costs what page 1 costs (OFFSET would read and throw away
 * every earlier row). Every order ends with a unique tie-breaker (area code, then period code: a measure has
 * one figure per area and period), so the order is total and no figure is skipped or repeated across pages.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { badInput } from '../errors';

export type OrderField = 'PERIOD' | 'AREA' | 'VALUE';
export type OrderDirection = 'ASC' | 'DESC';

export interface FigureOrderSpec {
  field: OrderField;
  direction: OrderDirection;
}

/** A figure list's filter, resolved to what SQL needs (area codes and ISO dates). */
export interface FigureSqlFilter {
  /** Area codes to include; undefined = every area. */
  areas?: string[];
  /** ISO date: only periods starting on or after it. */
  from?: string;
  /** ISO date: only periods ending on or before it. */
  to?: string;
  periodKinds?: string[];
  statuses?: string[];
  approximate?: boolean;
  notAvailable?: boolean;
  suppressed?: boolean;
  draft?: boolean;
}

/** One column of the sort: an SQL expression over `x` (the figure) and `m` (its measure). */
interface SortKey {
  expr: string;
  cast: 'date' | 'numeric' | 'text' | 'boolean';
  desc: boolean;
  /** A plain indexed column: a redundant `>=`/`<=` bound lets PostgreSQL start the index scan at the cursor. */
  sargable: boolean;
}

export interface FigurePageQuery {
  filter: FigureSqlFilter;
  order: FigureOrderSpec[];
  /** Sort-key values of the figure the page starts after (decoded cursor); null for the first page. */
  after: Array<string | null> | null;
  /** Rows to read: the page size plus one, to know whether there is a next page. */
  limit: number;
}

export const DEFAULT_ORDER: readonly FigureOrderSpec[] = Object.freeze([
  { field: 'PERIOD', direction: 'ASC' },
  { field: 'AREA', direction: 'ASC' },
]);

export const MAX_PAGE = 1000;

/**
 * Disclosure control in SQL, the same rule as disclosure.ts `mustSuppress` (so the `suppressed` filter and the
 * value sort see exactly what the reader sees): a COUNT whose value, bounds or numerator is 1..threshold-1, or a
 * PERCENTAGE whose numerator is, unless the figure is marked as already public. Raw readers (the agency's own
 * editors, admins) never see a suppressed figure.
 */
export function suppressedSql(raw: boolean): string {
  if (raw) return 'false';
  const small = (c: string) => `COALESCE(x.${c} >= 1 AND x.${c} < m.disclosure_threshold, false)`;
  return (
    `(m.disclosure_threshold IS NOT NULL AND x.public_source IS NULL AND CASE m.unit ` +
    `WHEN 'COUNT' THEN ${small('value')} OR ${small('lower_bound')} OR ${small('upper_bound')} OR ${small('numerator')} ` +
    `WHEN 'PERCENTAGE' THEN ${small('numerator')} ELSE false END)`
  );
}

/** The value the reader sees: null when suppressed, so sorting by value never reveals a suppressed figure. */
const visibleValueSql = (raw: boolean) => (raw ? 'x.value' : `CASE WHEN ${suppressedSql(false)} THEN NULL ELSE x.value END`);

/** The sort columns of an order, with the tie-breakers that make it total. */
export function sortKeys(order: readonly FigureOrderSpec[], raw: boolean): SortKey[] {
  const keys: SortKey[] = [];
  const seen = new Set<OrderField>();
  for (const o of order) {
    if (seen.has(o.field)) continue;
    seen.add(o.field);
    const desc = o.direction === 'DESC';
    if (o.field === 'PERIOD') {
      // Periods sort by end date, then start date descending (a quarter before the year that ends with it).
      keys.push({ expr: 'x.period_end', cast: 'date', desc, sargable: true });
      keys.push({ expr: 'x.period_start', cast: 'date', desc: !desc, sargable: false });
    } else if (o.field === 'AREA') {
      keys.push({ expr: 'x.area_code', cast: 'text', desc, sargable: true });
    } else {
      // Figures without a value (not available, ranges, suppressed) come last in either direction.
      const v = visibleValueSql(raw);
      keys.push({ expr: `(${v}) IS NULL`, cast: 'boolean', desc: false, sargable: false });
      keys.push({ expr: v, cast: 'numeric', desc, sargable: false });
    }
  }
  if (!seen.has('AREA')) keys.push({ expr: 'x.area_code', cast: 'text', desc: false, sargable: keys.length === 0 });
  keys.push({ expr: 'x.period_code', cast: 'text', desc: false, sargable: false });
  return keys;
}

/** Canonical text of an order, stored in cursors: a cursor only continues the order it was made for. */
export const orderSignature = (order: readonly FigureOrderSpec[]) => order.map((o) => `${o.field}_${o.direction}`).join(',');

const CURSOR_VERSION = 1;

/**
 * An HMAC of the payload with the server's cursor key: any edit of a cursor (even one that still decodes) is
 * detected, and nobody without the key can make one (an unkeyed hash could be recomputed by anyone).
 */
const digest = (secret: Buffer, payload: string) =>
  createHmac('sha256', secret).update(`hub-figure-cursor:${payload}`).digest('base64url').slice(0, 22);

export function encodeCursor(secret: Buffer, order: readonly FigureOrderSpec[], key: Array<string | null>): string {
  const payload = Buffer.from(JSON.stringify({ v: CURSOR_VERSION, o: orderSignature(order), k: key }), 'utf8').toString('base64url');
  return `${payload}.${digest(secret, payload)}`;
}

const VALID: Record<SortKey['cast'], RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  numeric: /^-?\d+(\.\d+)?$/,
  boolean: /^(true|false)$/,
  text: /^[\s\S]{0,200}$/,
};

/** Decodes and checks a cursor for this order; anything else (tampered, truncated, another order's) is a named error. */
export function decodeCursor(secret: Buffer, cursor: string, order: readonly FigureOrderSpec[], raw: boolean): Array<string | null> {
  const reject = (why: string) =>
    badInput('after', cursor, `${why} Pass the endCursor of a previous page of the same list and order, unchanged.`);
  const m = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{22})$/.exec(cursor);
  if (!m || !timingSafeEqual(Buffer.from(digest(secret, m[1])), Buffer.from(m[2])))
    throw reject('This is not a cursor of this list (altered or truncated).');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'));
  } catch {
    throw reject('This is not a cursor of this list.');
  }
  const c = decoded as { v?: unknown; o?: unknown; k?: unknown };
  if (!c || typeof c !== 'object' || c.v !== CURSOR_VERSION || typeof c.o !== 'string' || !Array.isArray(c.k))
    throw reject('This is not a cursor of this list.');
  if (c.o !== orderSignature(order)) throw reject(`The cursor was made for the order ${c.o}, not ${orderSignature(order)}.`);
  const keys = sortKeys(order, raw);
  if (c.k.length !== keys.length) throw reject('This is not a cursor of this list.');
  c.k.forEach((value, i) => {
    if (value === null && keys[i].cast === 'numeric') return;
    if (typeof value !== 'string' || !VALID[keys[i].cast].test(value)) throw reject('This is not a cursor of this list.');
  });
  return c.k as Array<string | null>;
}

/** Adds a parameter and returns its placeholder. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    return `$${this.values.push(v)}`;
  }
}

function filterClauses(f: FigureSqlFilter, raw: boolean, p: Params): string[] {
  const c: string[] = [];
  if (f.areas) c.push(`x.area_code = ANY(${p.add(f.areas)}::text[])`);
  if (f.from) c.push(`x.period_start >= ${p.add(f.from)}::date`);
  if (f.to) c.push(`x.period_end <= ${p.add(f.to)}::date`);
  if (f.periodKinds) c.push(`x.period_kind = ANY(${p.add(f.periodKinds)}::text[])`);
  if (f.statuses) c.push(`x.status = ANY(${p.add(f.statuses)}::text[])`);
  if (f.approximate !== undefined) c.push(`x.approximate = ${p.add(f.approximate)}::boolean`);
  if (f.notAvailable !== undefined) c.push(`x.not_available = ${p.add(f.notAvailable)}::boolean`);
  if (f.draft !== undefined) c.push(`x.draft = ${p.add(f.draft)}::boolean`);
  if (f.suppressed !== undefined) c.push(`${suppressedSql(raw)} = ${p.add(f.suppressed)}::boolean`);
  return c;
}

/** `(k0 > a) OR (k0 = a AND ((k1 < b) OR (k1 = b AND ...)))`, NULL-safe, plus a bound the index can use. */
function keysetClause(keys: SortKey[], after: Array<string | null>, p: Params): string {
  const placeholders = after.map((v, i) => `${p.add(v)}::${keys[i].cast}`);
  let clause = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i];
    const strict = `(${k.expr}) ${k.desc ? '<' : '>'} ${placeholders[i]}`;
    clause = clause ? `(${strict} OR ((${k.expr}) IS NOT DISTINCT FROM ${placeholders[i]} AND ${clause}))` : strict;
  }
  const first = keys[0];
  const bound = first.sargable && after[0] !== null ? `${first.expr} ${first.desc ? '<=' : '>='} ${placeholders[0]} AND ` : '';
  return `${bound}${clause}`;
}

/**
 * One statement for a page of every measure asked: for each measure (LATERAL), the figures after the cursor in
 * the asked order, `limit` at most. Returns the figure columns plus k0..kn (the sort key as text, for cursors).
 */
export function figurePageSql(
  schema: string,
  figuresSource: string,
  selectList: string,
  measureIds: readonly string[],
  q: FigurePageQuery,
  raw: boolean,
) {
  const p = new Params();
  const ids = p.add([...measureIds]);
  const keys = sortKeys(q.order, raw);
  const where = ['x.measure_id = m.id', ...filterClauses(q.filter, raw, p)];
  if (q.after) where.push(keysetClause(keys, q.after, p));
  const limit = p.add(q.limit);
  const sql = `SELECT f.* FROM ${schema}.measure m
    CROSS JOIN LATERAL (
      SELECT ${selectList}, x.draft, m.unit, m.disclosure_threshold,
             ${keys.map((k, i) => `(${k.expr})::text AS k${i}, ${k.expr} AS s${i}`).join(', ')}
      FROM ${figuresSource} x
      WHERE ${where.join(' AND ')}
      ORDER BY ${keys.map((k) => `${k.expr} ${k.desc ? 'DESC' : 'ASC'}`).join(', ')}
      LIMIT ${limit}
    ) f
    WHERE m.id = ANY(${ids}::text[])
    ORDER BY f.measure_id, ${keys.map((k, i) => `f.s${i} ${k.desc ? 'DESC' : 'ASC'}`).join(', ')}`;
  return { sql, params: p.values, keyCount: keys.length };
}

/** One statement for the number of figures matching the filter, for every measure asked. */
export function figureCountSql(schema: string, figuresSource: string, measureIds: readonly string[], f: FigureSqlFilter, raw: boolean) {
  const p = new Params();
  const ids = p.add([...measureIds]);
  const where = [`x.measure_id = ANY(${ids}::text[])`, ...filterClauses(f, raw, p)];
  const sql = `SELECT x.measure_id, count(*)::int AS n
    FROM ${figuresSource} x JOIN ${schema}.measure m ON m.id = x.measure_id
    WHERE ${where.join(' AND ')}
    GROUP BY x.measure_id`;
  return { sql, params: p.values };
}
