import type { DataSource } from 'typeorm';
import { preparedQuery } from '../db';
import { applyDisclosureControl, type ReadMode } from './disclosure';
import { AreaRow, MeasureRow } from './entities';
import { figureCountSql, figurePageSql, type FigurePageQuery, type FigureSqlFilter } from './figure-query';

export interface ObservationFilter {
  /** Area codes to include (the area and, when asked, its sub-areas); undefined = all areas. */
  areas?: string[];
  /** ISO date: only periods starting on or after it. */
  from?: string;
  /** ISO date: only periods ending on or before it. */
  to?: string;
}

export const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

/** A measure as the schema serves it. */
export interface MeasureRecord {
  __typename: string;
  id: string;
  name: string;
  agency: string;
  definition: string;
  unit: string;
  polarity: string;
  leadAgency: string;
  source: string;
  target: { value: number | null; due: string | null; text: string } | null;
  retired: boolean;
  disclosureThreshold: number | null;
  /** AGAINST_TARGET, AGAINST_PREVIOUS_PERIOD, AGAINST_<comparator> or SET_BY_HAND. */
  ragRule: string;
  /** The kind of figure (FigureKind): decides which statistics apply. */
  figureKind: string;
  /** For a RATE_NUMERATOR count: the rate measure it is the numerator of. */
  rateMeasureId: string | null;
  /** True when the denominator adds several snapshots of a caseload (people counted more than once). */
  denominatorSummedSnapshots: boolean;
  /** Area codes the measure is defined for (with the areas within them); null = any area. */
  appliesTo: string[] | null;
  /** Months after a period ends before its figure is due; null = unknown. */
  publicationLagMonths: number | null;
  /** For a research finding: the year it cites for itself, or null. */
  citedYear: number | null;
}

/** A version of a measure's series (one methodology). */
export interface SeriesVersionRecord {
  measureId: string;
  code: string;
  position: number;
  name: string;
  methodology: string;
  closed: boolean;
  closedNote: string | null;
}

/** A comparator row: another area's published figure of the same measure, period and series, or a stored comparator. */
export interface ComparatorRow {
  figureId: string;
  kind: 'ENGLAND_AND_WALES' | 'REGION' | 'PEER_GROUP' | 'PREDICTED';
  areaCode: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  printed: string;
  relativeDifference: number | null;
  signKnown: boolean | null;
  note: string | null;
  suppressed: boolean;
}

/** What the comparators of a figure are looked up by. */
export interface ComparatorKey {
  figureId: string;
  measureId: string;
  areaCode: string;
  periodCode: string;
  seriesVersion: string;
  /** The region the area is in (nearest REGION or PROBATION_REGION above it), if any. */
  regionCode: string | null;
}

export interface ProvenanceRecord {
  publication: string;
  publisher: string;
  /** ISO date; null when the source gives none (never invented). */
  published: string | null;
  /** Why published is null; null when it is given. */
  publishedNote: string | null;
  document: string;
  location: string;
  citedSource: string | null;
}

/** The values of a figure, wherever it is kept (published, draft, or superseded by a correction). */
export interface FigureValues {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  lowerBound: number | null;
  upperBound: number | null;
  printed: string;
  approximate: boolean;
  notAvailable: boolean;
  status: string;
  note: string | null;
  provenance: ProvenanceRecord;
  /** True when disclosure control blanked the values for this reader. */
  suppressed: boolean;
}

export interface ObservationRecord extends FigureValues {
  id: string;
  measureId: string;
  area: { code: string };
  period: { code: string; kind: string; label: string; start: string; end: string };
  /** True for an unpublished draft (only the owning agency's editors and admins read drafts). */
  draft: boolean;
  /** Code of the series version of a published figure; null for a draft (it joins the current version when published). */
  seriesVersion: string | null;
  /** The public source where the figure was already published (disclosure control leaves it visible); null otherwise. */
  alreadyPublicIn: string | null;
}

/** Published values that a correction replaced. */
export interface RevisionRecord extends FigureValues {
  id: string;
  /** Id of the figure (measure|area|period) the revision belongs to. */
  observationId: string;
  replacedAt: string;
  /** Who published the correction; null for readers outside the agency. */
  replacedBy: string | null;
  reason: string;
}

/** A figure's key: measure, area and canonical period code. */
export interface FigureKey {
  measureId: string;
  areaCode: string;
  periodCode: string;
}

export const figureId = (k: FigureKey) => `${k.measureId}|${k.areaCode}|${k.periodCode}`;

/** A measure's figure asked for an area and a period (for completeness): the period's first and last day. */
export interface CompletenessKey {
  measureId: string;
  areaCode: string;
  start: string;
  end: string;
}

export const completenessKey = (k: CompletenessKey) => `${k.measureId}|${k.areaCode}|${k.start}|${k.end}`;

/** A RAG status an agency set by hand for one figure. */
export interface HandRagRecord {
  status: string;
  comment: string;
  /** Who set it; null for readers outside the agency. */
  setBy: string | null;
  setAt: string;
}

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
 * Every column of MeasureRow, of alias m, named by its property (dates as text, as TypeORM reads them): read from the
 * entity's metadata, so a column added to the entity is read by the raw statements too.
 */
const measureSelect = (ds: DataSource) =>
  ds
    .getMetadata(MeasureRow)
    .columns.map((c) => `m.${c.databaseName}${c.type === 'date' ? '::text' : ''} AS "${c.propertyName}"`)
    .join(', ');
/**
 * Select list for figure columns of alias `a` (named `<prefix><column>`), dates as 'YYYY-MM-DD' text (pg would
 * otherwise build local-time Dates).
 */
export const selectFigure = (a: string, columns: readonly string[] = FIGURE_COLUMNS, prefix = '') =>
  columns.map((c) => `${a}.${c}${DATE_COLUMNS.has(c) ? '::text' : ''} AS ${prefix}${c}`).join(', ');

/** A figure row as SQL returns it (numeric and bigint as text), plus the measure's disclosure rule. */
/** The type of each figure column as SQL returns it. */
interface FigureColumnTypes {
  measure_id: string;
  area_code: string;
  period_code: string;
  period_kind: string;
  period_label: string;
  period_start: string;
  period_end: string;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  lower_bound: string | null;
  upper_bound: string | null;
  printed: string;
  approximate: boolean;
  not_available: boolean;
  status: string;
  note: string | null;
  publication: string;
  publisher: string;
  published: string | null;
  document: string;
  location: string;
  cited_source: string | null;
}
// Mapped over FIGURE_COLUMNS, so a column added there without a type above does not compile.
export type FigureRow = { [C in (typeof FIGURE_COLUMNS)[number]]: FigureColumnTypes[C] } & {
  unit?: string;
  disclosure_threshold?: number | null;
  series_version?: string | null;
  public_source?: string | null;
};

/** A row of the comparators statement (numeric columns as text). */
interface ComparatorSqlRow {
  figure_id: string;
  kind: ComparatorRow['kind'];
  area_code: string | null;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  lower_bound: string | null;
  upper_bound: string | null;
  printed: string;
  relative_difference: string | null;
  sign_known: boolean | null;
  note: string | null;
  public_source: string | null;
  unit: string;
  disclosure_threshold: number | null;
}

/**
 * Data access for an agency subgraph's read path. Every method is one SQL statement, whatever the number of ids.
 * What a reader sees depends on the request's ReadMode (drafts overlaid or not, disclosure control or not).
 */
export class AgencyRepository {
  readonly schema: string;

  constructor(
    private readonly ds: DataSource,
    private readonly agency: string,
    private readonly typeName: string,
  ) {
    this.schema = `"${(ds.options as { schema: string }).schema}"`;
  }

  async areas(): Promise<AreaRow[]> {
    return this.ds.getRepository(AreaRow).find({ order: { code: 'ASC' } });
  }

  /** Every measure of the agency, catalogued or not, retired ones included, by id. */
  async allMeasures(): Promise<MeasureRecord[]> {
    const rows = await this.ds.getRepository(MeasureRow).find({ order: { id: 'ASC' } });
    return rows.map((r) => this.toMeasure(r));
  }

  async measuresByIds(ids: readonly string[]): Promise<MeasureRecord[]> {
    const rows = await preparedQuery<MeasureRow>(
      this.ds,
      `SELECT ${measureSelect(this.ds)} FROM ${this.schema}.measure m WHERE m.id = ANY($1)`,
      [[...ids]],
    );
    return rows.map((r) => this.toMeasure(r));
  }

  /**
   * Measures with their figures that pass one filter, in ONE statement (the measure LEFT JOIN LATERAL its figures):
   * an entity fetch that asks measures and their observations (a scorecard) costs one statement, not two.
   */
  async measuresWithObservations(
    measureIds: readonly string[],
    f: ObservationFilter,
    mode: ReadMode,
  ): Promise<{ measures: MeasureRecord[]; observations: Map<string, ObservationRecord[]> }> {
    const { where, params } = this.where(measureIds, f, 'm.id');
    const rows = await preparedQuery<MeasureRow & FigureRow & { draft: boolean }>(
      this.ds,
      `SELECT ${measureSelect(this.ds)}, m.disclosure_threshold, ${selectFigure('x')}, ${PUBLISHED_ONLY}, x.draft
       FROM ${this.schema}.measure m
       LEFT JOIN LATERAL (SELECT * FROM ${this.figures(mode)} x WHERE ${where}) x ON true
       WHERE m.id = ANY($1)
       ORDER BY m.id, x.period_end, x.period_start DESC, x.area_code`,
      params,
    );
    const measures: MeasureRecord[] = [];
    const observations = new Map<string, ObservationRecord[]>();
    let list: ObservationRecord[] = [];
    for (const r of rows) {
      if (measures.at(-1)?.id !== r.id) {
        measures.push(this.toMeasure(r));
        observations.set(r.id, (list = []));
      }
      if (r.measure_id !== null) list.push(toObservation(r, mode));
    }
    return { measures, observations };
  }

  /** All figures of the given measures that pass the filter, in period order. */
  async observations(measureIds: readonly string[], f: ObservationFilter, mode: ReadMode): Promise<ObservationRecord[]> {
    const { where, params } = this.where(measureIds, f);
    const rows = await preparedQuery<FigureRow & { draft: boolean }>(
      this.ds,
      `SELECT ${selectFigure('x')}, ${PUBLISHED_ONLY}, x.draft, m.unit, m.disclosure_threshold
       FROM ${this.figures(mode)} x JOIN ${this.schema}.measure m ON m.id = x.measure_id
       WHERE ${where}
       ORDER BY x.measure_id, x.period_end, x.period_start DESC, x.area_code`,
      params,
    );
    return rows.map((r: FigureRow & { draft: boolean }) => toObservation(r, mode));
  }

  /**
   * The latest available figure of each measure (most recent period end; within it the widest period first,
   * then by area code). 'Not yet available' figures are skipped: the latest figure is one that exists. A research
   * finding has no latest figure: it is not a statistic of a series.
   */
  async latest(measureIds: readonly string[], f: ObservationFilter, mode: ReadMode): Promise<ObservationRecord[]> {
    const { where, params } = this.where(measureIds, f, 'want.measure_id');
    // One index probe per measure (observation_latest, migration 1763900000004) rather than sorting every figure of
    // the measures: a LATERAL subquery with LIMIT 1 per measure id.
    const rows = await preparedQuery<FigureRow & { draft: boolean }>(
      this.ds,
      `SELECT ${selectFigure('x')}, ${PUBLISHED_ONLY}, x.draft, m.unit, m.disclosure_threshold
       FROM unnest($1::text[]) AS want(measure_id)
       CROSS JOIN LATERAL (
         SELECT * FROM ${this.figures(mode)} x
         WHERE ${where} AND x.not_available = false
         ORDER BY x.period_end DESC, x.period_start ASC, x.area_code
         LIMIT 1) x
       JOIN ${this.schema}.measure m ON m.id = x.measure_id
       WHERE m.figure_kind <> 'RESEARCH_FINDING'
       ORDER BY x.measure_id`,
      params,
    );
    return rows.map((r: FigureRow & { draft: boolean }) => toObservation(r, mode));
  }

  /** Earlier published values of the given figures, newest first (one statement for every figure asked). */
  async revisions(keys: readonly FigureKey[], mode: ReadMode): Promise<RevisionRecord[]> {
    const rows = await this.ds.query<Array<FigureRow & { id: string; replaced_at: Date; replaced_by: string; reason: string }>>(
      `SELECT r.id, ${selectFigure('r', VALUE_COLUMNS)}, r.replaced_at, r.replaced_by, r.reason,
              o.measure_id, o.area_code, o.period_code, m.unit, m.disclosure_threshold
       FROM unnest($1::text[], $2::text[], $3::text[]) AS k(measure_id, area_code, period_code)
       JOIN ${this.schema}.observation o ON o."measure_id" = k.measure_id AND o.area_code = k.area_code AND o.period_code = k.period_code
       JOIN ${this.schema}.observation_revision r ON r.observation_id = o.id
       JOIN ${this.schema}.measure m ON m.id = o.measure_id
       ORDER BY r.replaced_at DESC, r.id DESC`,
      [keys.map((k) => k.measureId), keys.map((k) => k.areaCode), keys.map((k) => k.periodCode)],
    );
    return rows.map((r) => {
      const rec: RevisionRecord = {
        ...toValues(r),
        id: String(r.id),
        observationId: figureId({ measureId: r.measure_id, areaCode: r.area_code, periodCode: r.period_code }),
        replacedAt: new Date(r.replaced_at).toISOString(),
        replacedBy: mode.raw ? r.replaced_by : null,
        reason: r.reason,
      };
      return mode.raw ? rec : applyDisclosureControl(rec, { unit: r.unit!, threshold: r.disclosure_threshold ?? null });
    });
  }

  /**
   * For each figure, the previous figure of the same measure, area and period kind: the latest period ending
   * before the figure's period starts (2011-12 before 2012-13, Q1 before Q2). One statement for every figure asked.
   */
  async previousFigures(figures: readonly ObservationRecord[], mode: ReadMode): Promise<Map<string, ObservationRecord>> {
    if (figures.length === 0) return new Map();
    const rows = await this.ds.query<Array<FigureRow & { figure_id: string; draft: boolean }>>(
      `SELECT k.figure_id, ${selectFigure('x')}, ${PUBLISHED_ONLY}, x.draft, m.unit, m.disclosure_threshold
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[]) AS k(figure_id, measure_id, area_code, period_kind, period_start)
       CROSS JOIN LATERAL (
         SELECT f.* FROM ${this.figures(mode)} f
         WHERE f.measure_id = k.measure_id AND f.area_code = k.area_code AND f.period_kind = k.period_kind AND f.period_end < k.period_start
         ORDER BY f.period_end DESC, f.period_start DESC LIMIT 1) x
       JOIN ${this.schema}.measure m ON m.id = x.measure_id`,
      [
        figures.map((o) => o.id),
        figures.map((o) => o.measureId),
        figures.map((o) => o.area.code),
        figures.map((o) => o.period.kind),
        figures.map((o) => o.period.start),
      ],
    );
    return new Map(rows.map((r) => [r.figure_id, toObservation(r, mode)]));
  }

  /**
   * For each (measure, area, period asked), the figure whose period ends within the period asked: the latest end,
   * and for the same end the longest period (2012-13 before its Q4). One statement for every key.
   */
  async figuresEndingWithin(keys: readonly CompletenessKey[], mode: ReadMode): Promise<Map<string, ObservationRecord>> {
    if (keys.length === 0) return new Map();
    const rows = await this.ds.query<Array<FigureRow & { key: string; draft: boolean }>>(
      `SELECT k.key, ${selectFigure('x')}, ${PUBLISHED_ONLY}, x.draft, m.unit, m.disclosure_threshold
       FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[]) AS k(key, measure_id, area_code, asked_start, asked_end)
       CROSS JOIN LATERAL (
         SELECT f.* FROM ${this.figures(mode)} f
         WHERE f.measure_id = k.measure_id AND f.area_code = k.area_code AND f.period_end BETWEEN k.asked_start AND k.asked_end
         ORDER BY f.period_end DESC, f.period_start ASC LIMIT 1) x
       JOIN ${this.schema}.measure m ON m.id = x.measure_id`,
      [
        keys.map(completenessKey),
        keys.map((k) => k.measureId),
        keys.map((k) => k.areaCode),
        keys.map((k) => k.start),
        keys.map((k) => k.end),
      ],
    );
    return new Map(rows.map((r) => [r.key, toObservation(r, mode)]));
  }

  /** The series versions of these measures, in order (one statement). */
  async seriesVersions(measureIds: readonly string[]): Promise<SeriesVersionRecord[]> {
    const rows = await this.ds.query<
      Array<{ measure_id: string; code: string; position: number; name: string; methodology: string; closed_note: string | null }>
    >(
      `SELECT measure_id, code, position, name, methodology, closed_note FROM ${this.schema}.series_version WHERE measure_id = ANY($1) ORDER BY measure_id, position`,
      [[...measureIds]],
    );
    return rows.map((r) => ({
      measureId: r.measure_id,
      code: r.code,
      position: r.position,
      name: r.name,
      methodology: r.methodology,
      closed: r.closed_note !== null,
      closedNote: r.closed_note,
    }));
  }

  /**
   * The comparators of these figures, in one statement: the published figures of England and Wales, of the area's
   * region and of its peers for the same measure, period and series version, and the comparators stored for the
   * figure itself (the predicted rate). Disclosure control applies to other areas' figures as to any figure.
   */
  async comparators(keys: readonly ComparatorKey[], mode: ReadMode): Promise<ComparatorRow[]> {
    if (keys.length === 0) return [];
    const s = this.schema;
    const figure = (kind: string, areaJoin: string, extraJoin = '') => `
      SELECT k.figure_id, '${kind}' AS kind, x.area_code, x.value, x.numerator, x.denominator, x.lower_bound, x.upper_bound, x.printed,
             NULL::numeric AS relative_difference, NULL::boolean AS sign_known, NULL::text AS note, x.public_source, m.unit, m.disclosure_threshold
      FROM k ${extraJoin}
      JOIN ${s}.observation x ON x.measure_id = k.measure_id AND x.period_code = k.period_code AND x.series_version = k.series_version AND ${areaJoin}
      JOIN ${s}.measure m ON m.id = x.measure_id
      WHERE NOT x.not_available`;
    const rows = await this.ds.query<ComparatorSqlRow[]>(
      `WITH k AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                  AS k(figure_id, measure_id, area_code, period_code, series_version, region_code))
       ${figure('ENGLAND_AND_WALES', `x.area_code = 'england-and-wales' AND k.area_code <> 'england-and-wales'`)}
       UNION ALL ${figure('REGION', 'x.area_code = k.region_code')}
       UNION ALL ${figure('PEER_GROUP', 'x.area_code = p.peer_code', `JOIN ${s}.area_peer p ON p.area_code = k.area_code`)}
       UNION ALL
       SELECT k.figure_id, c.kind, NULL, c.value, c.numerator, c.denominator, NULL, NULL, c.printed, c.relative_difference, c.sign_known, c.note,
              NULL, m.unit, NULL
       FROM k JOIN ${s}.figure_comparator c ON c.measure_id = k.measure_id AND c.area_code = k.area_code AND c.period_code = k.period_code
       JOIN ${s}.measure m ON m.id = c.measure_id
       ORDER BY 1, 2, 3`,
      [
        keys.map((k) => k.figureId),
        keys.map((k) => k.measureId),
        keys.map((k) => k.areaCode),
        keys.map((k) => k.periodCode),
        keys.map((k) => k.seriesVersion),
        keys.map((k) => k.regionCode),
      ],
    );
    return rows.map((r) => {
      const values = {
        value: num(r.value),
        numerator: num(r.numerator),
        lowerBound: num(r.lower_bound),
        upperBound: num(r.upper_bound),
        printed: r.printed,
        suppressed: false,
      };
      const shown =
        mode.raw || r.public_source ? values : applyDisclosureControl(values, { unit: r.unit, threshold: r.disclosure_threshold ?? null });
      return {
        figureId: r.figure_id,
        kind: r.kind,
        areaCode: r.area_code,
        value: shown.value,
        numerator: shown.numerator,
        denominator: num(r.denominator),
        printed: shown.printed,
        relativeDifference: num(r.relative_difference),
        signKnown: r.sign_known,
        note: r.note,
        suppressed: shown.suppressed,
      };
    });
  }

  /** RAG statuses set by hand for these figures (one statement). setBy is kept only for raw (owner) readers. */
  async figureRags(keys: readonly FigureKey[], mode: ReadMode): Promise<Map<string, HandRagRecord>> {
    if (keys.length === 0) return new Map();
    const rows = await this.ds.query<Array<FigureRow & { status: string; comment: string; set_by: string; set_at: Date }>>(
      `SELECT r.measure_id, r.area_code, r.period_code, r.status, r.comment, r.set_by, r.set_at
       FROM unnest($1::text[], $2::text[], $3::text[]) AS k(measure_id, area_code, period_code)
       JOIN ${this.schema}.figure_rag r ON r.measure_id = k.measure_id AND r.area_code = k.area_code AND r.period_code = k.period_code`,
      [keys.map((k) => k.measureId), keys.map((k) => k.areaCode), keys.map((k) => k.periodCode)],
    );
    return new Map(
      rows.map((r) => [
        figureId({ measureId: r.measure_id, areaCode: r.area_code, periodCode: r.period_code }),
        { status: r.status, comment: r.comment, setBy: mode.raw ? r.set_by : null, setAt: new Date(r.set_at).toISOString() },
      ]),
    );
  }

  /**
   * A page of figures of each measure (figure-query.ts: filters, sort, keyset pagination), one statement for
   * every measure asked. Each row carries its sort key (`key`) for the page's cursors.
   */
  async figurePage(
    measureIds: readonly string[],
    q: FigurePageQuery,
    mode: ReadMode,
  ): Promise<Array<ObservationRecord & { sortKey: Array<string | null> }>> {
    const { sql, params, keyCount } = figurePageSql(
      this.schema,
      this.figures(mode),
      `${selectFigure('x')}, ${PUBLISHED_ONLY}`,
      measureIds,
      q,
      mode.raw,
    );
    const rows = await this.ds.query<Array<FigureRow & { draft: boolean; [sortKey: `k${number}`]: string | null }>>(sql, params);
    return rows.map((r) => ({
      ...toObservation(r, mode),
      sortKey: Array.from({ length: keyCount }, (_, i) => r[`k${i}`]),
    }));
  }

  /** How many figures of each measure pass the filter (as the reader sees them), one statement for every measure. */
  async figureCounts(measureIds: readonly string[], f: FigureSqlFilter, mode: ReadMode): Promise<Map<string, number>> {
    const { sql, params } = figureCountSql(this.schema, this.figures(mode), measureIds, f, mode.raw);
    const rows = await this.ds.query<Array<{ measure_id: string; n: number }>>(sql, params);
    return new Map(rows.map((r) => [r.measure_id, r.n]));
  }

  /** Published figures, or (owners) published figures with the agency's drafts replacing those of the same key. */
  private figures(mode: ReadMode): string {
    const s = this.schema;
    const cols = FIGURE_COLUMNS.join(', ');
    const published = 'series_version, public_source';
    if (!mode.drafts) return `(SELECT ${cols}, ${published}, false AS draft FROM ${s}.observation)`;
    return `(SELECT ${cols}, ${published}, false AS draft FROM ${s}.observation o
             WHERE NOT EXISTS (SELECT 1 FROM ${s}.observation_draft d
                               WHERE d.measure_id = o.measure_id AND d.area_code = o.area_code AND d.period_code = o.period_code)
             UNION ALL
             SELECT ${cols}, NULL::text, NULL::text, true AS draft FROM ${s}.observation_draft)`;
  }

  /** The filter as SQL on alias x; `measure` replaces the default `x.measure_id = ANY($1)` (e.g. a LATERAL join's column). */
  private where(measureIds: readonly string[], f: ObservationFilter, measure?: string): { where: string; params: unknown[] } {
    const params: unknown[] = [[...measureIds]];
    const clauses = [measure ? `x.measure_id = ${measure}` : 'x."measure_id" = ANY($1)'];
    if (f.areas) clauses.push(`x.area_code = ANY($${params.push(f.areas)})`);
    if (f.from) clauses.push(`x.period_start >= $${params.push(f.from)}`);
    if (f.to) clauses.push(`x.period_end <= $${params.push(f.to)}`);
    return { where: clauses.join(' AND '), params };
  }

  toMeasure(r: MeasureRow): MeasureRecord {
    return {
      __typename: this.typeName,
      id: r.id,
      name: r.name,
      agency: this.agency,
      definition: r.definition,
      unit: r.unit,
      polarity: r.polarity,
      leadAgency: r.leadAgency,
      source: r.source,
      target: r.targetText === null ? null : { value: num(r.targetValue), due: r.targetDue, text: r.targetText },
      retired: r.retiredAt !== null,
      disclosureThreshold: r.disclosureThreshold,
      ragRule: r.ragRule,
      figureKind: r.figureKind,
      rateMeasureId: r.rateMeasureId,
      denominatorSummedSnapshots: r.denominatorSummedSnapshots,
      appliesTo: r.appliesTo,
      publicationLagMonths: r.publicationLagMonths,
      citedYear: r.citedYear,
    };
  }
}

/** The note of a figure whose source gives no publication date. */
export const NO_PUBLICATION_DATE = 'The source gives no publication date; none is recorded rather than one invented.';

/** Value columns of a row -> FigureValues (not suppressed). */
export function toValues(r: FigureRow): FigureValues {
  return {
    value: num(r.value),
    numerator: num(r.numerator),
    denominator: num(r.denominator),
    lowerBound: num(r.lower_bound),
    upperBound: num(r.upper_bound),
    printed: r.printed,
    approximate: r.approximate,
    notAvailable: r.not_available,
    status: r.status,
    note: r.note,
    provenance: {
      publication: r.publication,
      publisher: r.publisher,
      published: r.published,
      publishedNote: r.published === null ? NO_PUBLICATION_DATE : null,
      document: r.document,
      location: r.location,
      citedSource: r.cited_source,
    },
    suppressed: false,
  };
}

/** A figure row -> the Observation the reader may see (disclosure control unless the mode is raw). */
export function toObservation(r: FigureRow & { draft?: boolean }, mode: ReadMode): ObservationRecord {
  const rec: ObservationRecord = {
    ...toValues(r),
    id: figureId({ measureId: r.measure_id, areaCode: r.area_code, periodCode: r.period_code }),
    measureId: r.measure_id,
    area: { code: r.area_code },
    period: { code: r.period_code, kind: r.period_kind, label: r.period_label, start: r.period_start, end: r.period_end },
    draft: r.draft ?? false,
    seriesVersion: r.series_version ?? null,
    alreadyPublicIn: r.public_source ?? null,
  };
  // A figure already published in a public source is left visible: withholding it protects no one.
  return mode.raw || rec.alreadyPublicIn ? rec : applyDisclosureControl(rec, { unit: r.unit!, threshold: r.disclosure_threshold ?? null });
}
