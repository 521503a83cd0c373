/**
 * The hand-written SQL of an agency subgraph's read path, in one place: every statement the repository
 * (repository.ts) sends for a read, and the figure lists' filters, sort keys and keyset pagination. The repository
 * binds parameters and maps rows; what the database is asked is here, so a statement can be read, explained
 * (EXPLAIN) and tuned without following the resolvers. `schema` is always the quoted schema name.
 *
 * Figure lists page by keyset, not OFFSET: a page starts strictly after the sort key of the previous page's last
 * figure, so the database walks the index from there and page 500 costs what page 1 costs. Every order ends with a
 * unique tie-breaker (area code, then period code: a measure has one figure per area and period), so the order is
 * total and no figure is skipped or repeated across pages.
 */

/** Columns shared by observation, observation_draft and observation_revision (dates read as ISO text). */
export const VALUE_COLUMNS = [
  'value',
  'numerator',
  'denominator',
  'lower_bound',
  'upper_bound',
  'printed',
  'approximate',
  'not_available',
  'status',
  'note',
  'publication',
  'publisher',
  'published',
  'document',
  'location',
  'cited_source',
] as const;
export const KEY_COLUMNS = ['measure_id', 'area_code', 'period_code', 'period_kind', 'period_label', 'period_start', 'period_end'] as const;
export const FIGURE_COLUMNS = [...KEY_COLUMNS, ...VALUE_COLUMNS] as const;
/**
 * Columns of published figures only, set when a figure is published (series_version, by trigger) or marked public
 * (public_source); drafts read them as null. Selected as x.* of figures() by the read queries.
 */
export const PUBLISHED_ONLY = 'x.series_version, x.public_source';

const DATE_COLUMNS = new Set(['period_start', 'period_end', 'published']);

/**
 * Select list for figure columns of alias `a` (named `<prefix><column>`), dates as 'YYYY-MM-DD' text (pg would
 * otherwise build local-time Dates).
 */
export const selectFigure = (a: string, columns: readonly string[] = FIGURE_COLUMNS, prefix = '') =>
  columns.map((c) => `${a}.${c}${DATE_COLUMNS.has(c) ? '::text' : ''} AS ${prefix}${c}`).join(', ');

/** A column of the measure entity: its database name, property name and whether it is a date. */
export interface MeasureColumn {
  databaseName: string;
  propertyName: string;
  date: boolean;
}

/**
 * Every measure column of alias m, named by its entity property (dates as text, as TypeORM reads them). With
 * `onlyWhen`, a column is read only on the rows where that SQL condition holds (null elsewhere), except the columns
 * every row needs (`everyRow`).
 */
export const measureSelect = (columns: readonly MeasureColumn[], onlyWhen?: string, everyRow: readonly string[] = []) =>
  columns
    .map((c) => {
      const column = `m.${c.databaseName}${c.date ? '::text' : ''}`;
      return `${onlyWhen && !everyRow.includes(c.propertyName) ? `CASE WHEN ${onlyWhen} THEN ${column} END` : column} AS "${c.propertyName}"`;
    })
    .join(', ');

/** The condition, in `measuresWithObservationsSql`, of a measure's first row. */
export const FIRST_ROW_OF_MEASURE = 'x.nth IS NULL OR x.nth = 1';

/** Published figures, or (owners) published figures with the agency's drafts replacing those of the same key. */
export function figuresSql(schema: string, drafts: boolean): string {
  const cols = FIGURE_COLUMNS.join(', ');
  const published = 'series_version, public_source';
  if (!drafts) return `(SELECT ${cols}, ${published}, false AS draft FROM ${schema}.observation)`;
  return `(SELECT ${cols}, ${published}, false AS draft FROM ${schema}.observation o
             WHERE NOT EXISTS (SELECT 1 FROM ${schema}.observation_draft d
                               WHERE d.measure_id = o.measure_id AND d.area_code = o.area_code AND d.period_code = o.period_code)
             UNION ALL
             SELECT ${cols}, NULL::text, NULL::text, true AS draft FROM ${schema}.observation_draft)`;
}

/** The reads' area and date filter. */
export interface ObservationFilter {
  /** Area codes to include (the area and, when asked, its sub-areas); undefined = all areas. */
  areas?: string[];
  /** ISO date: only periods starting on or after it. */
  from?: string;
  /** ISO date: only periods ending on or before it. */
  to?: string;
}

/** The filter as SQL on alias x; `measure` replaces the default `x.measure_id = ANY($1)` (e.g. a LATERAL join's column). */
export function observationWhereSql(
  measureIds: readonly string[],
  f: ObservationFilter,
  measure?: string,
): { where: string; params: unknown[] } {
  const params: unknown[] = [[...measureIds]];
  const clauses = [measure ? `x.measure_id = ${measure}` : 'x."measure_id" = ANY($1)'];
  if (f.areas) clauses.push(`x.area_code = ANY($${params.push(f.areas)})`);
  if (f.from) clauses.push(`x.period_start >= $${params.push(f.from)}`);
  if (f.to) clauses.push(`x.period_end <= $${params.push(f.to)}`);
  return { where: clauses.join(' AND '), params };
}

/** Measures by id ($1). */
export const measuresByIdsSql = (schema: string, measureColumns: string) =>
  `SELECT ${measureColumns} FROM ${schema}.measure m WHERE m.id = ANY($1)`;

/**
 * Measures ($1) each with its figures that pass `where` (LEFT JOIN LATERAL: one statement for both). `measureColumns`
 * should be read on the measure's first row only (`FIRST_ROW_OF_MEASURE`): repeated on each of a measure's 20,000
 * figures of every area, they were more than half of the bytes node-postgres parsed.
 */
export const measuresWithObservationsSql = (schema: string, measureColumns: string, figures: string, where: string) =>
  `SELECT ${measureColumns}, m.disclosure_threshold, ${selectFigure('x')}, ${PUBLISHED_ONLY}, x.draft
       FROM ${schema}.measure m
       LEFT JOIN LATERAL (
         SELECT *, row_number() OVER (ORDER BY x.period_end, x.period_start DESC, x.area_code) AS nth
         FROM ${figures} x WHERE ${where}) x ON true
       WHERE m.id = ANY($1)
       ORDER BY m.id, x.nth`;

/** Figures that pass `where`, in period order, with their measure's unit and disclosure rule. */
export const observationsSql = (schema: string, figures: string, where: string) =>
  `SELECT ${selectFigure('x')}, ${PUBLISHED_ONLY}, x.draft, m.unit, m.disclosure_threshold
       FROM ${figures} x JOIN ${schema}.measure m ON m.id = x.measure_id
       WHERE ${where}
       ORDER BY x.measure_id, x.period_end, x.period_start DESC, x.area_code`;

/**
 * The latest available figure of each measure ($1): one index probe per measure (observation_latest, migration
 * 1763900000004) rather than sorting every figure of the measures, a LATERAL subquery with LIMIT 1 per measure id.
 * `where` is on `want.measure_id`. A research finding has no latest figure.
 */
export const latestSql = (schema: string, figures: string, where: string) =>
  `SELECT ${selectFigure('x')}, ${PUBLISHED_ONLY}, x.draft, m.unit, m.disclosure_threshold
       FROM unnest($1::text[]) AS want(measure_id)
       CROSS JOIN LATERAL (
         SELECT * FROM ${figures} x
         WHERE ${where} AND x.not_available = false
         ORDER BY x.period_end DESC, x.period_start ASC, x.area_code
         LIMIT 1) x
       JOIN ${schema}.measure m ON m.id = x.measure_id
       WHERE m.figure_kind <> 'RESEARCH_FINDING'
       ORDER BY x.measure_id`;

/** Earlier published values of the figures keyed by ($1 measure, $2 area, $3 period), newest first. */
export const revisionsSql = (schema: string) =>
  `SELECT r.id, ${selectFigure('r', VALUE_COLUMNS)}, r.replaced_at, r.replaced_by, r.reason,
              o.measure_id, o.area_code, o.period_code, m.unit, m.disclosure_threshold
       FROM unnest($1::text[], $2::text[], $3::text[]) AS k(measure_id, area_code, period_code)
       JOIN ${schema}.observation o ON o."measure_id" = k.measure_id AND o.area_code = k.area_code AND o.period_code = k.period_code
       JOIN ${schema}.observation_revision r ON r.observation_id = o.id
       JOIN ${schema}.measure m ON m.id = o.measure_id
       ORDER BY r.replaced_at DESC, r.id DESC`;

/**
 * For each figure ($1 id, $2 measure, $3 area, $4 period kind, $5 period start), the previous figure of the same
 * measure, area and period kind: the latest period ending before the figure's period starts.
 */
export const previousFiguresSql = (schema: string, figures: string) =>
  `SELECT k.figure_id, ${selectFigure('x')}, ${PUBLISHED_ONLY}, x.draft, m.unit, m.disclosure_threshold
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[]) AS k(figure_id, measure_id, area_code, period_kind, period_start)
       CROSS JOIN LATERAL (
         SELECT f.* FROM ${figures} f
         WHERE f.measure_id = k.measure_id AND f.area_code = k.area_code AND f.period_kind = k.period_kind AND f.period_end < k.period_start
         ORDER BY f.period_end DESC, f.period_start DESC LIMIT 1) x
       JOIN ${schema}.measure m ON m.id = x.measure_id`;

/**
 * For each key ($1 key, $2 measure, $3 area, $4 and $5 the period asked), the figure whose period ends within the
 * period asked: the latest end, and for the same end the longest period (2012-13 before its Q4).
 */
export const figuresEndingWithinSql = (schema: string, figures: string) =>
  `SELECT k.key, ${selectFigure('x')}, ${PUBLISHED_ONLY}, x.draft, m.unit, m.disclosure_threshold
       FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[]) AS k(key, measure_id, area_code, asked_start, asked_end)
       CROSS JOIN LATERAL (
         SELECT f.* FROM ${figures} f
         WHERE f.measure_id = k.measure_id AND f.area_code = k.area_code AND f.period_end BETWEEN k.asked_start AND k.asked_end
         ORDER BY f.period_end DESC, f.period_start ASC LIMIT 1) x
       JOIN ${schema}.measure m ON m.id = x.measure_id`;

/** The series versions of the measures ($1), in order. */
export const seriesVersionsSql = (schema: string) =>
  `SELECT measure_id, code, position, name, methodology, closed_note FROM ${schema}.series_version WHERE measure_id = ANY($1) ORDER BY measure_id, position`;

/**
 * The comparators of figures keyed by ($1 id, $2 measure, $3 area, $4 period, $5 series version, $6 region): the
 * published figures of England and Wales, of the area's region and of its peers for the same measure, period and
 * series version, and the comparators stored for the figure itself (the predicted rate).
 */
export function comparatorsSql(schema: string): string {
  const s = schema;
  const figure = (kind: string, areaJoin: string, extraJoin = '') => `
      SELECT k.figure_id, '${kind}' AS kind, x.area_code, x.value, x.numerator, x.denominator, x.lower_bound, x.upper_bound, x.printed,
             NULL::numeric AS relative_difference, NULL::boolean AS sign_known, NULL::text AS note, x.public_source, m.unit, m.disclosure_threshold
      FROM k ${extraJoin}
      JOIN ${s}.observation x ON x.measure_id = k.measure_id AND x.period_code = k.period_code AND x.series_version = k.series_version AND ${areaJoin}
      JOIN ${s}.measure m ON m.id = x.measure_id
      WHERE NOT x.not_available`;
  return `WITH k AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                  AS k(figure_id, measure_id, area_code, period_code, series_version, region_code))
       ${figure('ENGLAND_AND_WALES', `x.area_code = 'england-and-wales' AND k.area_code <> 'england-and-wales'`)}
       UNION ALL ${figure('REGION', 'x.area_code = k.region_code')}
       UNION ALL ${figure('PEER_GROUP', 'x.area_code = p.peer_code', `JOIN ${s}.area_peer p ON p.area_code = k.area_code`)}
       UNION ALL
       SELECT k.figure_id, c.kind, NULL, c.value, c.numerator, c.denominator, NULL, NULL, c.printed, c.relative_difference, c.sign_known, c.note,
              NULL, m.unit, NULL
       FROM k JOIN ${s}.figure_comparator c ON c.measure_id = k.measure_id AND c.area_code = k.area_code AND c.period_code = k.period_code
       JOIN ${s}.measure m ON m.id = c.measure_id
       ORDER BY 1, 2, 3`;
}

/** RAG statuses set by hand for the figures keyed by ($1 measure, $2 area, $3 period). */
export const figureRagsSql = (schema: string) =>
  `SELECT r.measure_id, r.area_code, r.period_code, r.status, r.comment, r.set_by, r.set_at
       FROM unnest($1::text[], $2::text[], $3::text[]) AS k(measure_id, area_code, period_code)
       JOIN ${schema}.figure_rag r ON r.measure_id = k.measure_id AND r.area_code = k.area_code AND r.period_code = k.period_code`;

// Figure lists (HeadlineMeasure.figures): filters, sort keys, keyset pagination.

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
export interface SortKey {
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
