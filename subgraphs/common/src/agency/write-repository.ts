import type { Viewer } from '../auth';
import { OWNER_READ } from './disclosure';
import type { ClosedSeries, FigureDraft, MeasureFacts } from './figure-input';
import {
  FIGURE_COLUMNS,
  figureId,
  selectFigure,
  toObservation,
  VALUE_COLUMNS,
  type FigureKey,
  type FigureRow,
  type MeasureRecord,
  type ObservationRecord,
} from './repository';

/** Anything that runs SQL: the data source, or the entity manager of a transaction. */
export interface Queryable {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}

/** The key columns of a figure row. */
type FigureKeyRow = Pick<FigureRow, 'measure_id' | 'area_code' | 'period_code'>;

/**
 * A draft row with the published figure it would replace, whose columns are prefixed `p_` (all null, p_id too, when
 * there is none).
 */
type StoredDraftRow = FigureRow & { reason: string | null; created_by: string; created_at: Date; p_id: string | null } & {
  [C in (typeof FIGURE_COLUMNS)[number] as `p_${C}`]: FigureRow[C];
};

/** TypeORM returns [records, affected count] for an UPDATE ... RETURNING. */
function isUpdateResult<R>(rows: R[] | [R[], number]): rows is [R[], number] {
  return Array.isArray(rows[0]);
}

/** A draft as stored: the figure, why and by whom, and the published figure it would replace. */
export interface StoredDraft extends ObservationRecord {
  reason: string | null;
  createdBy: string;
  createdAt: string;
  correction: boolean;
  replaces: ObservationRecord | null;
}

/** A draft as its agency reviews it: stored, with what publishing it would do (writes.ts works it out). */
export type DraftRecord = StoredDraft & DraftPreview;

/** What publishing a draft would do: whether a reader sees any change, and what disclosure control leaves them. */
export interface DraftPreview {
  unchanged: boolean;
  publicPrinted: string;
  suppressedWhenPublished: boolean;
}

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  entity: string;
  entityId: string | null;
  details: string;
}

export type AuditAction =
  | 'seed'
  | 'record-observation'
  | 'import-observations'
  | 'publish'
  | 'define-measure'
  | 'retire-measure'
  | 'set-rag-rule'
  | 'set-figure-rag'
  | 'add-series-version'
  | 'close-series-version'
  | 'reopen-series-version'
  | 'set-measure-statistics'
  | 'set-figure-comparator'
  | 'mark-figure-public';

/**
 * A measure definition as written: what the schema serves, less what is derived (type name, agency, retired), its
 * RAG rule (a new measure gets the default from the database trigger; SetRagRule changes it) and its statistical
 * description (kind of figure and the rest: the trigger's default for its unit; SetMeasureStatistics changes it).
 */
export type MeasureWrite = Omit<
  MeasureRecord,
  | '__typename'
  | 'agency'
  | 'retired'
  | 'ragRule'
  | 'figureKind'
  | 'rateMeasureId'
  | 'denominatorSummedSnapshots'
  | 'appliesTo'
  | 'publicationLagMonths'
  | 'citedYear'
>;

/** A measure's statistical description as stored (with its unit, which decides what a kind may be). */
export interface StoredMeasureStatistics {
  figureKind: string;
  rateMeasureId: string | null;
  appliesTo: string[] | null;
  publicationLagMonths: number | null;
  unit: string;
}

/** A comparator stored with a figure (the predicted rate, or a printed relative difference with whether its sign is known). */
export interface StoredComparator {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  relativeDifference: number | null;
  signKnown: boolean | null;
  printed: string;
  note: string | null;
}

/** Types of the figure columns, for the typed arrays a batch of drafts travels in (unnest). */
const COLUMN_TYPES: Record<(typeof FIGURE_COLUMNS)[number], string> = {
  measure_id: 'text',
  area_code: 'text',
  period_code: 'text',
  period_kind: 'text',
  period_label: 'text',
  period_start: 'date',
  period_end: 'date',
  value: 'numeric',
  numerator: 'bigint',
  denominator: 'bigint',
  lower_bound: 'numeric',
  upper_bound: 'numeric',
  printed: 'text',
  approximate: 'boolean',
  not_available: 'boolean',
  status: 'text',
  note: 'text',
  publication: 'text',
  publisher: 'text',
  published: 'date',
  document: 'text',
  location: 'text',
  cited_source: 'text',
};

/** The value of each draft column, read from a figure (one array per column is built from these: no object per row). */
const DRAFT_VALUE: Record<(typeof FIGURE_COLUMNS)[number] | 'reason', (f: FigureDraft) => unknown> = {
  measure_id: (f) => f.measureId,
  area_code: (f) => f.areaCode,
  period_code: (f) => f.period.code,
  period_kind: (f) => f.period.kind,
  period_label: (f) => f.period.label,
  period_start: (f) => f.period.start,
  period_end: (f) => f.period.end,
  value: (f) => f.value,
  numerator: (f) => f.numerator,
  denominator: (f) => f.denominator,
  lower_bound: (f) => f.lowerBound,
  upper_bound: (f) => f.upperBound,
  printed: (f) => f.printed,
  approximate: (f) => f.approximate,
  not_available: (f) => f.notAvailable,
  status: (f) => f.status,
  note: (f) => f.note,
  publication: (f) => f.provenance.publication,
  publisher: (f) => f.provenance.publisher,
  published: (f) => f.provenance.published,
  document: (f) => f.provenance.document,
  location: (f) => f.provenance.location,
  cited_source: (f) => f.provenance.citedSource,
  reason: (f) => f.reason,
};

/** `col = EXCLUDED.col` for every non-key column. */
const updateAll = (columns: readonly string[]) => columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ');
/** Everything but the key (measure, area, period code): what replacing a draft of the same figure changes. */
const NON_KEY = FIGURE_COLUMNS.filter((c) => !['measure_id', 'area_code', 'period_code'].includes(c));
const sameFigure = (a: string, b: string) =>
  `${a}.measure_id = ${b}.measure_id AND ${a}.area_code = ${b}.area_code AND ${a}.period_code = ${b}.period_code`;
/** Each measure's current (latest) series version, one row per measure: what a new figure joins. */
const currentVersions = (s: string) =>
  `SELECT DISTINCT ON (measure_id) measure_id, code, closed_note FROM ${s}.series_version ORDER BY measure_id, position DESC`;

/**
 * SQL of the agency write side. Every method is one statement; the service (writes.ts) decides who may call
 * them and wraps each change, with its audit event, in one transaction.
 */
export class AgencyWriteRepository {
  /** Quoted schema name. */
  private readonly s: string;

  constructor(schema: string) {
    this.s = `"${schema}"`;
  }

  /** Serialises the agency's writes (record, import, publish, measures) for the rest of the transaction. */
  async lockWrites(q: Queryable): Promise<void> {
    await q.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.s}.writes`]);
  }

  /**
   * What checking a figure needs to know of each measure: its unit, whether it is retired, and its current series
   * version when that is closed (with the end of its last figure, looked up only for a closed series).
   */
  async measureFacts(q: Queryable): Promise<Map<string, MeasureFacts>> {
    const rows = (await q.query(
      `SELECT m.id, m.unit, m.retired_at IS NOT NULL AS retired, v.code, v.name, v.closed_note AS note,
                CASE WHEN v.closed_note IS NOT NULL THEN
                  (SELECT max(o.period_end)::text FROM ${this.s}.observation o WHERE o.measure_id = m.id AND o.series_version = v.code) END AS last_end
         FROM ${this.s}.measure m
         LEFT JOIN LATERAL (SELECT code, name, closed_note FROM ${this.s}.series_version WHERE measure_id = m.id ORDER BY position DESC LIMIT 1) v ON true`,
    )) as Array<{ id: string; unit: string; retired: boolean; code: string; name: string; note: string | null; last_end: string | null }>;
    return new Map(
      rows.map((r) => {
        const closedSeries: ClosedSeries | null =
          r.note === null ? null : { code: r.code, name: r.name, note: r.note, lastFigureEnd: r.last_end };
        return [r.id, { unit: r.unit, retired: r.retired, closedSeries }];
      }),
    );
  }

  /**
   * New figures (not corrections) among the drafts to publish whose measure's current series is closed. Set-based:
   * the current version is found once per measure, and only the drafts of measures whose current version is closed
   * are read (none, usually); looking it up for each draft cost a series_version scan per figure published.
   */
  async draftsIntoClosedSeries(q: Queryable, measureIds: readonly string[] | null): Promise<Array<{ id: string; measure_id: string }>> {
    return (await q.query(
      `WITH closed AS (
         SELECT measure_id FROM (${currentVersions(this.s)}) v
         WHERE v.closed_note IS NOT NULL AND ($1::text[] IS NULL OR v.measure_id = ANY($1::text[]))
       )
       SELECT d.measure_id || '|' || d.area_code || '|' || d.period_code AS id, d.measure_id
       FROM closed c JOIN ${this.s}.observation_draft d ON d.measure_id = c.measure_id
       WHERE NOT EXISTS (SELECT 1 FROM ${this.s}.observation o WHERE ${sameFigure('o', 'd')})
       ORDER BY 1`,
      [measureIds ? [...measureIds] : null],
    )) as Array<{ id: string; measure_id: string }>;
  }

  /** Which of these figures are published (ids measure|area|period). */
  async publishedIds(q: Queryable, keys: readonly FigureKey[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await q.query<FigureKeyRow[]>(
      `SELECT o.measure_id, o.area_code, o.period_code
       FROM unnest($1::text[], $2::text[], $3::text[]) AS k(measure_id, area_code, period_code)
       JOIN ${this.s}.observation o ON ${sameFigure('o', 'k')}`,
      [keys.map((k) => k.measureId), keys.map((k) => k.areaCode), keys.map((k) => k.periodCode)],
    );
    return new Set(rows.map((r) => figureId({ measureId: r.measure_id, areaCode: r.area_code, periodCode: r.period_code })));
  }

  /**
   * Writes the figures as drafts (one statement, whatever the number of figures); a draft of the same figure is
   * replaced. The figures travel as one typed array per column (unnest), which PostgreSQL reads several times
   * faster than the same rows as a JSON document.
   */
  async upsertDrafts(q: Queryable, figures: readonly FigureDraft[], actor: string): Promise<{ inserted: number; replaced: number }> {
    const cols = [...FIGURE_COLUMNS, 'reason'] as const;
    const types: Record<string, string> = { ...COLUMN_TYPES, reason: 'text' };
    const params: unknown[] = cols.map((c) => figures.map(DRAFT_VALUE[c]));
    params.push(actor);
    const rows = await q.query<Array<{ inserted: boolean }>>(
      `INSERT INTO ${this.s}.observation_draft (${cols.join(', ')}, created_by, created_at)
       SELECT ${cols.map((c) => `t.${c}`).join(', ')}, $${cols.length + 1}, now()
       FROM unnest(${cols.map((c, i) => `$${i + 1}::${types[c]}[]`).join(', ')}) AS t(${cols.join(', ')})
       ON CONFLICT (measure_id, area_code, period_code) DO UPDATE SET ${updateAll([...NON_KEY, 'reason', 'created_by', 'created_at'])}
       RETURNING (xmax = 0) AS inserted`,
      params,
    );
    const inserted = rows.filter((r) => r.inserted).length;
    return { inserted, replaced: rows.length - inserted };
  }

  /** The agency's drafts (or those of these figures), with the published figure each would replace. */
  async drafts(q: Queryable, keys?: readonly FigureKey[]): Promise<StoredDraft[]> {
    const params: unknown[] = [];
    let from = `${this.s}.observation_draft d`;
    if (keys) {
      params.push(
        keys.map((k) => k.measureId),
        keys.map((k) => k.areaCode),
        keys.map((k) => k.periodCode),
      );
      from = `unnest($1::text[], $2::text[], $3::text[]) AS k(measure_id, area_code, period_code) JOIN ${from} ON ${sameFigure('d', 'k')}`;
    }
    const rows = await q.query<StoredDraftRow[]>(
      `SELECT ${selectFigure('d')}, d.reason, d.created_by, d.created_at, o.id AS p_id, ${selectFigure('o', FIGURE_COLUMNS, 'p_')}
       FROM ${from} LEFT JOIN ${this.s}.observation o ON ${sameFigure('o', 'd')}
       ORDER BY d.measure_id, d.period_end, d.period_start DESC, d.area_code`,
      params,
    );
    return rows.map((r): StoredDraft => {
      const replaces =
        r.p_id === null ? null : toObservation(Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, r[`p_${c}`]])) as FigureRow, OWNER_READ);
      // The row is this statement's own: marked a draft in place, and the draft's fields added to the figure built
      // from it, rather than two spreads per draft (V8 builds a spread followed by more properties many times slower).
      (r as { draft?: boolean }).draft = true;
      return Object.assign(toObservation(r, OWNER_READ), {
        reason: r.reason,
        createdBy: r.created_by,
        createdAt: new Date(r.created_at).toISOString(),
        correction: replaces !== null,
        replaces,
      });
    });
  }

  /**
   * Refreshes the planner's statistics of the published figures. After a large publish they are stale until
   * autovacuum runs, and keyset pages of the figures connection then scan every remaining figure of a measure
   * (docs/BENCHMARKS.md, "CSV export"). Run outside the publish transaction.
   */
  async analyzeFigures(q: Queryable): Promise<void> {
    await q.query(`ANALYZE ${this.s}.observation`);
  }

  /**
   * Publishes the drafts (all, or those of these measures), in one statement inside the caller's transaction: the
   * drafts are removed (DELETE ... RETURNING), the published values a draft replaces go to observation_revision with
   * who, when and the draft's reason, and the drafts become published figures (INSERT ... ON CONFLICT DO UPDATE).
   * The three parts run on the same snapshot (PostgreSQL's data-modifying WITH), so the revisions read the values as
   * they were before this publish, and the drafts are read once instead of three times. A new figure joins its
   * measure's current series version, found once per measure here (the observation_current_series trigger, which
   * does the same for other inserts, would look it up once per figure); a correction keeps its figure's version.
   */
  async publish(
    q: Queryable,
    measureIds: readonly string[] | null,
    actor: string,
  ): Promise<{ newFigures: string[]; corrections: string[] }> {
    const ids = measureIds ? [...measureIds] : null;
    const rows = await q.query<Array<FigureKeyRow & { inserted: boolean }>>(
      `WITH d AS (
         DELETE FROM ${this.s}.observation_draft d WHERE ($1::text[] IS NULL OR d.measure_id = ANY($1::text[]))
         RETURNING ${FIGURE_COLUMNS.map((c) => `d.${c}`).join(', ')}, d.reason
       ), revisions AS (
         INSERT INTO ${this.s}.observation_revision (observation_id, ${VALUE_COLUMNS.join(', ')}, replaced_at, replaced_by, reason)
         SELECT o.id, ${VALUE_COLUMNS.map((c) => `o.${c}`).join(', ')}, now(), $2, COALESCE(d.reason, 'no reason recorded: the draft was recorded as a new figure')
         FROM d JOIN ${this.s}.observation o ON ${sameFigure('o', 'd')}
       ), current_version AS (${currentVersions(this.s)})
       INSERT INTO ${this.s}.observation (${FIGURE_COLUMNS.join(', ')}, series_version)
       SELECT ${FIGURE_COLUMNS.map((c) => `d.${c}`).join(', ')}, v.code
       FROM d LEFT JOIN current_version v ON v.measure_id = d.measure_id
       ORDER BY d.measure_id, d.period_end, d.area_code
       ON CONFLICT (measure_id, area_code, period_code) DO UPDATE SET ${updateAll(VALUE_COLUMNS)}, public_source = NULL
       RETURNING measure_id, area_code, period_code, (xmax = 0) AS inserted`,
      [ids, actor],
    );
    const id = (r: FigureKeyRow) => figureId({ measureId: r.measure_id, areaCode: r.area_code, periodCode: r.period_code });
    return {
      newFigures: rows.filter((r) => r.inserted).map(id),
      corrections: rows.filter((r) => !r.inserted).map(id),
    };
  }

  async audit(
    q: Queryable,
    who: Pick<Viewer, 'subject' | 'role'> | { subject: string; role: string },
    action: AuditAction,
    entity: string,
    entityId: string | null,
    details: object,
  ): Promise<void> {
    await q.query(
      `INSERT INTO ${this.s}.audit_event (actor, role, action, entity, entity_id, details) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [who.subject, who.role, action, entity, entityId, JSON.stringify(details)],
    );
  }

  /** The most recent audit events, newest first. */
  async auditTrail(q: Queryable, limit: number): Promise<AuditRecord[]> {
    const rows = await q.query<
      Array<{
        id: string;
        at: Date;
        actor: string;
        role: string;
        action: string;
        entity: string;
        entity_id: string | null;
        details: unknown;
      }>
    >(`SELECT id, at, actor, role, action, entity, entity_id, details FROM ${this.s}.audit_event ORDER BY at DESC, id DESC LIMIT $1`, [
      limit,
    ]);
    return rows.map((r) => ({
      id: String(r.id),
      at: new Date(r.at).toISOString(),
      actor: r.actor,
      role: r.role,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      details: JSON.stringify(r.details),
    }));
  }

  /** The measure row as stored, locked for the rest of the transaction; null when there is none. */
  async lockMeasure(q: Queryable, id: string): Promise<Record<string, unknown> | null> {
    const rows = await q.query<Array<Record<string, unknown>>>(
      `SELECT id, name, definition, unit, polarity, lead_agency, source, target_value::float8 AS target_value, target_due::text AS target_due,
              target_text, retired_at, disclosure_threshold, rag_rule,
              (SELECT count(*)::int FROM ${this.s}.observation o WHERE o.measure_id = m.id)
                + (SELECT count(*)::int FROM ${this.s}.observation_draft d WHERE d.measure_id = m.id) AS figures
       FROM ${this.s}.measure m WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async upsertMeasure(q: Queryable, m: MeasureWrite): Promise<void> {
    await q.query(
      `INSERT INTO ${this.s}.measure (id, name, definition, unit, polarity, lead_agency, source, target_value, target_due, target_text, disclosure_threshold)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, definition = EXCLUDED.definition, unit = EXCLUDED.unit, polarity = EXCLUDED.polarity,
         lead_agency = EXCLUDED.lead_agency, source = EXCLUDED.source, target_value = EXCLUDED.target_value, target_due = EXCLUDED.target_due,
         target_text = EXCLUDED.target_text, disclosure_threshold = EXCLUDED.disclosure_threshold`,
      [
        m.id,
        m.name,
        m.definition,
        m.unit,
        m.polarity,
        m.leadAgency,
        m.source,
        m.target?.value ?? null,
        m.target?.due ?? null,
        m.target?.text ?? null,
        m.disclosureThreshold,
      ],
    );
  }

  async setRagRule(q: Queryable, id: string, rule: string): Promise<void> {
    await q.query(`UPDATE ${this.s}.measure SET rag_rule = $2 WHERE id = $1`, [id, rule]);
  }

  /** The hand-set RAG of a figure, or null. */
  async figureRag(q: Queryable, k: FigureKey): Promise<{ status: string; comment: string; set_by: string; set_at: Date } | null> {
    const rows = await q.query<Array<{ status: string; comment: string; set_by: string; set_at: Date }>>(
      `SELECT status, comment, set_by, set_at FROM ${this.s}.figure_rag WHERE measure_id = $1 AND area_code = $2 AND period_code = $3`,
      [k.measureId, k.areaCode, k.periodCode],
    );
    return rows[0] ?? null;
  }

  /** Sets (or replaces) the hand-set RAG of a figure. */
  async upsertFigureRag(q: Queryable, k: FigureKey, status: string, comment: string, actor: string): Promise<void> {
    await q.query(
      `INSERT INTO ${this.s}.figure_rag (measure_id, area_code, period_code, status, comment, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (measure_id, area_code, period_code) DO UPDATE SET status = EXCLUDED.status, comment = EXCLUDED.comment, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
      [k.measureId, k.areaCode, k.periodCode, status, comment, actor],
    );
  }

  /** The series versions of a measure, oldest first. */
  async seriesVersions(q: Queryable, measureId: string): Promise<Array<{ code: string; position: number; closed_note: string | null }>> {
    return q.query<Array<{ code: string; position: number; closed_note: string | null }>>(
      `SELECT code, position, closed_note FROM ${this.s}.series_version WHERE measure_id = $1 ORDER BY position`,
      [measureId],
    );
  }

  async addSeriesVersion(
    q: Queryable,
    measureId: string,
    v: { code: string; position: number; name: string; methodology: string },
  ): Promise<void> {
    await q.query(`INSERT INTO ${this.s}.series_version (measure_id, code, position, name, methodology) VALUES ($1, $2, $3, $4, $5)`, [
      measureId,
      v.code,
      v.position,
      v.name,
      v.methodology,
    ]);
  }

  /** Closes a series version with its note, or re-opens it with null. */
  async closeSeriesVersion(q: Queryable, measureId: string, code: string, note: string | null): Promise<void> {
    await q.query(`UPDATE ${this.s}.series_version SET closed_note = $3 WHERE measure_id = $1 AND code = $2`, [measureId, code, note]);
  }

  /** A measure's statistical description as stored. */
  async measureStatistics(q: Queryable, id: string): Promise<StoredMeasureStatistics | null> {
    const rows = (await q.query(
      `SELECT figure_kind AS "figureKind", rate_measure_id AS "rateMeasureId", applies_to AS "appliesTo",
              publication_lag_months AS "publicationLagMonths", unit
       FROM ${this.s}.measure WHERE id = $1`,
      [id],
    )) as StoredMeasureStatistics[];
    return rows[0] ?? null;
  }

  /** The measures whose figures are the numerators of this rate measure. */
  async numeratorsOf(q: Queryable, rateMeasureId: string): Promise<string[]> {
    const rows = (await q.query(`SELECT id FROM ${this.s}.measure WHERE rate_measure_id = $1 ORDER BY id`, [rateMeasureId])) as Array<{
      id: string;
    }>;
    return rows.map((r) => r.id);
  }

  async setMeasureStatistics(q: Queryable, id: string, s: Omit<StoredMeasureStatistics, 'unit'>): Promise<void> {
    await q.query(
      `UPDATE ${this.s}.measure SET figure_kind = $2, rate_measure_id = $3, applies_to = $4, publication_lag_months = $5 WHERE id = $1`,
      [id, s.figureKind, s.rateMeasureId, s.appliesTo, s.publicationLagMonths],
    );
  }

  /** The comparator of this kind stored with a figure, or null. */
  async figureComparator(q: Queryable, k: FigureKey, kind: string): Promise<StoredComparator | null> {
    const rows = (await q.query(
      `SELECT value::float8 AS value, numerator::float8 AS numerator, denominator::float8 AS denominator,
              relative_difference::float8 AS "relativeDifference", sign_known AS "signKnown", printed, note
       FROM ${this.s}.figure_comparator WHERE measure_id = $1 AND area_code = $2 AND period_code = $3 AND kind = $4 FOR UPDATE`,
      [k.measureId, k.areaCode, k.periodCode, kind],
    )) as StoredComparator[];
    return rows[0] ?? null;
  }

  /** Stores (or replaces) a comparator of a figure; null removes it. */
  async setFigureComparator(q: Queryable, k: FigureKey, kind: string, c: StoredComparator | null): Promise<void> {
    const key = [k.measureId, k.areaCode, k.periodCode, kind];
    if (c === null) {
      await q.query(
        `DELETE FROM ${this.s}.figure_comparator WHERE measure_id = $1 AND area_code = $2 AND period_code = $3 AND kind = $4`,
        key,
      );
      return;
    }
    await q.query(
      `INSERT INTO ${this.s}.figure_comparator (measure_id, area_code, period_code, kind, value, numerator, denominator, relative_difference, sign_known, printed, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (measure_id, area_code, period_code, kind) DO UPDATE SET value = EXCLUDED.value, numerator = EXCLUDED.numerator,
         denominator = EXCLUDED.denominator, relative_difference = EXCLUDED.relative_difference, sign_known = EXCLUDED.sign_known,
         printed = EXCLUDED.printed, note = EXCLUDED.note`,
      [...key, c.value, c.numerator, c.denominator, c.relativeDifference, c.signKnown, c.printed, c.note],
    );
  }

  /** Marks a published figure as already public (or clears the mark with null); returns the mark it had, or undefined when there is no such published figure. */
  async markFigurePublic(q: Queryable, k: FigureKey, source: string | null): Promise<{ before: string | null } | undefined> {
    const rows = await q.query<Array<{ before: string | null }> | [Array<{ before: string | null }>, number]>(
      `UPDATE ${this.s}.observation o SET public_source = $4 FROM (SELECT id, public_source FROM ${this.s}.observation
         WHERE measure_id = $1 AND area_code = $2 AND period_code = $3 FOR UPDATE) old
       WHERE o.id = old.id RETURNING old.public_source AS before`,
      [k.measureId, k.areaCode, k.periodCode, source],
    );
    const records = isUpdateResult(rows) ? rows[0] : rows;
    return records[0] ? { before: records[0].before ?? null } : undefined;
  }

  /** Whether the figure exists, published or as a draft. */
  async figureExists(q: Queryable, k: FigureKey): Promise<boolean> {
    const rows = await q.query<unknown[]>(
      `SELECT 1 FROM ${this.s}.observation WHERE measure_id = $1 AND area_code = $2 AND period_code = $3
       UNION ALL SELECT 1 FROM ${this.s}.observation_draft WHERE measure_id = $1 AND area_code = $2 AND period_code = $3`,
      [k.measureId, k.areaCode, k.periodCode],
    );
    return rows.length > 0;
  }

  async retireMeasure(q: Queryable, id: string): Promise<void> {
    await q.query(`UPDATE ${this.s}.measure SET retired_at = now() WHERE id = $1`, [id]);
  }
}
