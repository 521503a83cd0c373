import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { requireAgencyEditor, type Viewer } from '../auth';
import { FigureKind, RagRule } from '../contract/enums';
import { badInput, unknown } from '../errors';
import type { AreaIndex } from '../reference/area-index';
import { defaultDisclosureThreshold } from '../reference/seed-types';
import { csvColumn, parseFiguresCsv, type CsvProblem } from './csv-import';
import { MeasureRow } from './entities';
import { checkFigure, closedSeriesMessage, isIsoDate, type FigureContext, type FigureDraft, type FigureFields } from './figure-input';
import { figureId, type AgencyRepository, type FigureKey, type MeasureRecord, type ObservationRecord } from './repository';
import { mustSuppress, readModeFor, SUPPRESSED_PRINTED } from './disclosure';
import {
  AgencyWriteRepository,
  type AuditRecord,
  type DraftPreview,
  type DraftRecord,
  type MeasureWrite,
  type Queryable,
  type StoredComparator,
  type StoredDraft,
  type StoredMeasureStatistics,
} from './write-repository';
import { parsePeriod, type ParsedPeriod } from '../reference/periods';

export interface ImportOutcome {
  /** True when the whole file was written; false when any row was refused (then nothing was written). */
  ok: boolean;
  /** Data rows read. */
  rows: number;
  newFigures: number;
  corrections: number;
  /** Drafts of the same figure that the import replaced. */
  replacedDrafts: number;
  errors: CsvProblem[];
}

export interface PublishOutcome {
  published: number;
  newFigures: number;
  corrections: number;
  /** Ids (measure|area|period) of the figures published. */
  figures: string[];
}

export interface MeasureFields {
  id: string;
  name: string;
  definition: string;
  unit: string;
  polarity: string;
  leadAgency: string;
  source: string;
  target?: { value?: number | null; due?: string | null; text: string } | null;
  /** Omitted: keep the measure's threshold (a new measure gets the default for its unit); null: none. */
  disclosureThreshold?: number | null;
}

/**
 * A change of a measure's statistical description. A field left out keeps its value; null clears it (no rate
 * measure, any area, lag not known).
 */
export interface MeasureStatisticsFields {
  figureKind?: string | null;
  rateMeasureId?: string | null;
  appliesTo?: readonly string[] | null;
  publicationLagMonths?: number | null;
}

/** A comparator to store with a figure; the fields follow figure_comparator. */
export interface ComparatorFields {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  relativeDifference?: number | null;
  signKnown?: boolean | null;
  printed: string;
  note?: string | null;
}

/** The longest publication lag taken: 20 years, far beyond any series the hub carries (proven re-offending: 22 months). */
const MAX_LAG_MONTHS = 240;
const FIGURE_KINDS: readonly string[] = Object.values(FigureKind);
const RAG_RULES: readonly string[] = Object.values(RagRule);
const RAGS: readonly string[] = ['RED', 'AMBER', 'GREEN'];
const MEASURE_ID = /^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/;
const today = () => new Date().toISOString().slice(0, 10);

/** A BAD_USER_INPUT error listing every problem of an input object, each naming its field. */
function invalidInput(argument: string, problems: Array<{ field: string; message: string }>): GraphQLError {
  return new GraphQLError(`Invalid value for argument "${argument}": ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, problems },
  });
}

/**
 * The agency write side: record and import figures as drafts, publish them (keeping what a correction replaced),
 * define and retire measures, and the owner's views of drafts and the audit trail. Every method checks who may
 * call it, and every change is one transaction that also writes its audit event.
 */
/** A publish of at least this many figures refreshes the planner's statistics of the figures table. */
const ANALYZE_AFTER_PUBLISHING = 10_000;

export class AgencyWriteService {
  private readonly sql: AgencyWriteRepository;

  constructor(
    private readonly ds: DataSource,
    private readonly agency: string,
    private readonly repo: AgencyRepository,
    private readonly areas: AreaIndex,
  ) {
    this.sql = new AgencyWriteRepository((ds.options as { schema: string }).schema);
  }

  /** Records one new figure or a correction of a published one, as a draft (replacing any draft of the same figure). */
  async recordObservation(viewer: Viewer, input: FigureFields): Promise<DraftRecord> {
    requireAgencyEditor(viewer, this.agency, `recording ${this.agency}'s figures`);
    const stored = await this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      const ctx = await this.figureContext(m, [input], {
        publication: 'Agency return via the hub',
        publisher: this.agency,
        published: today(),
        document: 'hub',
        location: 'recorded through the hub',
      });
      const { figure, problems } = checkFigure(input, ctx);
      if (!figure) throw invalidInput('input', problems);
      const { replaced } = await this.sql.upsertDrafts(m, [figure], viewer.subject);
      const id = figureId(keyOf(figure));
      await this.sql.audit(m, viewer, 'record-observation', 'observation_draft', id, {
        correction: figure.correction,
        replacedDraft: replaced > 0,
        reason: figure.reason,
        figure: summary(figure),
      });
      return this.sql.drafts(m, [keyOf(figure)]);
    });
    // After the commit: the preview reads the measures through the pool, and a second pool connection asked for while
    // this transaction holds the agency's write lock would deadlock once every connection waits on that lock.
    return (await this.withPreview(stored))[0];
  }

  /**
   * Imports a CSV of figures as drafts (csv-import.ts documents the columns). Every row is checked before anything
   * is written; one bad row and nothing is written (the outcome lists every problem by row and column).
   */
  async importCsv(viewer: Viewer, csv: string, reason: string, via = 'api'): Promise<ImportOutcome> {
    requireAgencyEditor(viewer, this.agency, `importing ${this.agency}'s figures`);
    if (!reason.trim())
      throw badInput('reason', reason, 'Say why these figures are recorded (it is kept with every correction they make).');
    const { rows, problems } = parseFiguresCsv(csv);
    const failed = (errors: CsvProblem[]): ImportOutcome => ({
      ok: false,
      rows: rows.length,
      newFigures: 0,
      corrections: 0,
      replacedDrafts: 0,
      errors,
    });
    if (rows.length === 0) return failed(problems);
    return this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      const ctx = await this.figureContext(
        m,
        rows.map((r) => r.fields),
        {
          publication: 'Agency return via the hub',
          publisher: this.agency,
          published: today(),
          document: 'import',
          location: '',
        },
      );
      const figures: FigureDraft[] = [];
      const ids: string[] = [];
      const seen = new Map<string, number>();
      // One context for every row, its location default set per row (checkFigure copies it into the figure), and
      // the reason set on the row's own fields (parsed for this call): no per-row copies of either.
      const defaults = { ...ctx.defaults };
      const rowCtx: FigureContext = { ...ctx, defaults };
      for (const r of rows) {
        defaults.location = `CSV row ${r.row}`;
        r.fields.reason = reason;
        const { figure, problems: found } = checkFigure(r.fields, rowCtx);
        for (const p of found) {
          const column = csvColumn(p.field);
          if (!r.badColumns.has(column)) problems.push({ row: r.row, line: r.line, column, message: p.message });
        }
        if (!figure) continue;
        const id = figureId(keyOf(figure));
        const first = seen.get(id);
        if (first !== undefined) {
          problems.push({
            row: r.row,
            line: r.line,
            column: 'period',
            message: `row ${first} already gives ${id}: one figure per measure, area and period in a file`,
          });
        } else seen.set(id, r.row);
        figures.push(figure);
        ids.push(id);
      }
      if (problems.length) return failed(problems.sort((a, b) => a.row - b.row));
      const { replaced } = await this.sql.upsertDrafts(m, figures, viewer.subject);
      const corrections = figures.filter((f) => f.correction).length;
      await this.sql.audit(m, viewer, 'import-observations', 'observation_draft', null, {
        via,
        reason,
        rows: rows.length,
        newFigures: figures.length - corrections,
        corrections,
        replacedDrafts: replaced,
        figures: ids,
      });
      return { ok: true, rows: rows.length, newFigures: figures.length - corrections, corrections, replacedDrafts: replaced, errors: [] };
    });
  }

  /** Publishes every draft, or the drafts of these measures, in one transaction. */
  async publish(viewer: Viewer, measureIds: readonly string[] | null | undefined): Promise<PublishOutcome> {
    requireAgencyEditor(viewer, this.agency, `publishing ${this.agency}'s figures`);
    const outcome = await this.ds.transaction(async (m): Promise<PublishOutcome> => {
      await this.sql.lockWrites(m);
      if (measureIds) {
        const known = await this.sql.measureFacts(m);
        for (const id of measureIds) if (!known.has(id)) throw unknown(`${this.agency} measure`, 'measureIds', id);
      }
      const closed = await this.sql.draftsIntoClosedSeries(m, measureIds ?? null);
      if (closed.length) {
        // the series was closed after the drafts were recorded: publishing them would add figures to an ended series
        const facts = await this.sql.measureFacts(m);
        const first = closed[0];
        throw badInput(
          'measureIds',
          measureIds ?? null,
          `${closed.map((c) => c.id).join(', ')}: ${closedSeriesMessage(first.measure_id, facts.get(first.measure_id)!.closedSeries!)}. Nothing was published.`,
        );
      }
      const { newFigures, corrections } = await this.sql.publish(m, measureIds ?? null, viewer.subject);
      const figures = [...newFigures, ...corrections].sort();
      if (figures.length) {
        await this.sql.audit(m, viewer, 'publish', 'observation', null, {
          measureIds: measureIds ?? 'all',
          published: figures.length,
          newFigures,
          corrections,
        });
      }
      return { published: figures.length, newFigures: newFigures.length, corrections: corrections.length, figures };
    });
    // A bulk publish leaves the planner's statistics stale until autovacuum: refresh them now (in the background;
    // a failure only means autovacuum will do it later).
    if (outcome.published >= ANALYZE_AFTER_PUBLISHING) void this.sql.analyzeFigures(this.ds).catch(() => undefined);
    return outcome;
  }

  /** Creates a measure of this agency, or changes the definition of one (its unit only while it has no figures). */
  async defineMeasure(viewer: Viewer, input: MeasureFields): Promise<MeasureRecord> {
    requireAgencyEditor(viewer, this.agency, `defining ${this.agency}'s measures`);
    const problems: Array<{ field: string; message: string }> = [];
    const problem = (field: string, message: string) => problems.push({ field, message });
    if (!input.id.startsWith(`${this.agency}.`))
      problem('id', `"${input.id}" must start with "${this.agency}." (a measure belongs to the agency that publishes it)`);
    else if (!MEASURE_ID.test(input.id))
      problem('id', `"${input.id}" must be '${this.agency}.' followed by lower-case letters, digits and hyphens`);
    for (const field of ['name', 'definition', 'leadAgency', 'source'] as const)
      if (!input[field]?.trim()) problem(field, 'must not be empty');
    if (input.target) {
      if (!input.target.text?.trim()) problem('target.text', 'a target needs its wording');
      if (input.target.due && !isIsoDate(input.target.due))
        problem('target.due', `"${input.target.due}" is not a date: write it YYYY-MM-DD`);
    }
    const t = input.disclosureThreshold;
    if (t !== undefined && t !== null && (!Number.isInteger(t) || t < 2))
      problem(
        'disclosureThreshold',
        `${t} is not a threshold: give a whole number of 2 or more, or null for a measure that does not count people`,
      );
    if (problems.length) throw invalidInput('input', problems);
    return this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      const before = await this.sql.lockMeasure(m, input.id);
      if (before && before.unit !== input.unit && (before.figures as number) > 0) {
        throw invalidInput('input', [
          {
            field: 'unit',
            message: `${input.id} has ${before.figures} figures in ${before.unit}: its unit cannot change (define a new measure and retire this one)`,
          },
        ]);
      }
      const write: MeasureWrite = {
        id: input.id,
        name: input.name.trim(),
        definition: input.definition.trim(),
        unit: input.unit,
        polarity: input.polarity,
        leadAgency: input.leadAgency.trim(),
        source: input.source.trim(),
        target: input.target ? { value: input.target.value ?? null, due: input.target.due ?? null, text: input.target.text.trim() } : null,
        disclosureThreshold:
          t !== undefined
            ? t
            : before && before.unit === input.unit
              ? (before.disclosure_threshold as number | null)
              : defaultDisclosureThreshold(input.unit as Parameters<typeof defaultDisclosureThreshold>[0]),
      };
      await this.sql.upsertMeasure(m, write);
      const { figures: _f, retired_at: _r, ...previous } = before ?? {};
      await this.sql.audit(m, viewer, 'define-measure', 'measure', input.id, {
        created: before === null,
        before: before ? previous : null,
        after: write,
      });
      return this.repo.toMeasure(await m.getRepository(MeasureRow).findOneByOrFail({ id: input.id }));
    });
  }

  /** Retires a measure: its figures stay, no new ones can be recorded (corrections still can). */
  async retireMeasure(viewer: Viewer, id: string, reason: string): Promise<MeasureRecord> {
    requireAgencyEditor(viewer, this.agency, `retiring ${this.agency}'s measures`);
    if (!reason.trim()) throw badInput('reason', reason, 'Say why the measure is retired.');
    return this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      const before = await this.lockOwnMeasure(m, id, 'id');
      if (before.retired_at)
        throw badInput('id', id, `The measure was already retired on ${new Date(before.retired_at as Date).toISOString().slice(0, 10)}.`);
      await this.sql.retireMeasure(m, id);
      await this.sql.audit(m, viewer, 'retire-measure', 'measure', id, { reason: reason.trim() });
      return this.repo.toMeasure(await m.getRepository(MeasureRow).findOneByOrFail({ id }));
    });
  }

  /** Chooses how a measure's figures get their RAG status. */
  async setRagRule(viewer: Viewer, id: string, rule: string): Promise<MeasureRecord> {
    requireAgencyEditor(viewer, this.agency, `setting the RAG rule of ${this.agency}'s measures`);
    if (!RAG_RULES.includes(rule)) throw badInput('rule', rule, `Give one of ${RAG_RULES.join(', ')}.`);
    return this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      const before = await this.lockOwnMeasure(m, id);
      await this.sql.setRagRule(m, id, rule);
      await this.sql.audit(m, viewer, 'set-rag-rule', 'measure', id, { before: before.rag_rule, after: rule });
      return this.repo.toMeasure(await m.getRepository(MeasureRow).findOneByOrFail({ id }));
    });
  }

  /**
   * Sets the RAG status of one figure by hand, with the comment saying why (it applies while the measure's rule is
   * SET_BY_HAND). The figure must exist, published or as a draft. Returns the figure as the caller reads it.
   */
  async setFigureRag(
    viewer: Viewer,
    input: { measure: string; area: string; period: string; status: string; comment: string },
  ): Promise<ObservationRecord> {
    requireAgencyEditor(viewer, this.agency, `setting the RAG status of ${this.agency}'s figures`);
    if (!RAGS.includes(input.status)) throw badInput('status', input.status, `Give one of ${RAGS.join(', ')}.`);
    const comment = input.comment.trim();
    if (!comment) throw badInput('comment', input.comment, 'Say why the status is set by hand: the comment must not be empty.');
    const { key, period } = this.figureKey(input);
    await this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      const measure = await this.lockOwnMeasure(m, input.measure);
      if (!(await this.sql.figureExists(m, key))) {
        throw badInput(
          'period',
          input.period,
          `${input.measure} has no figure for ${input.area} in ${period.code} (published or drafted): record the figure first.`,
        );
      }
      const before = await this.sql.figureRag(m, key);
      await this.sql.upsertFigureRag(m, key, input.status, comment, viewer.subject);
      await this.sql.audit(m, viewer, 'set-figure-rag', 'figure_rag', figureId(key), {
        before: before ? { status: before.status, comment: before.comment, setBy: before.set_by } : null,
        after: { status: input.status, comment },
        ruleInForce: measure.rag_rule,
      });
    });
    return this.figureAsRead(viewer, key, period);
  }

  /**
   * Adds a version to a measure's series when its methodology changes (e.g. the Ministry of Justice's move to 3-month
   * cohorts in 2017): figures published from now on join it, and no change is tested across the break.
   */
  async addSeriesVersion(
    viewer: Viewer,
    input: { measure: string; code: string; name: string; methodology: string },
  ): Promise<MeasureRecord> {
    requireAgencyEditor(viewer, this.agency, `changing the series of ${this.agency}'s measures`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(input.code))
      throw badInput('code', input.code, "Write it in lower-case letters, digits and hyphens, e.g. 'moj-3-month-cohorts'.");
    const name = input.name.trim();
    const methodology = input.methodology.trim();
    if (!name) throw badInput('name', input.name, 'It must not be empty.');
    if (!methodology)
      throw badInput('methodology', input.methodology, 'Say what the methodology is and how it differs: it must not be empty.');
    return this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      await this.lockOwnMeasure(m, input.measure);
      const versions = await this.sql.seriesVersions(m, input.measure);
      if (versions.some((v) => v.code === input.code))
        throw badInput('code', input.code, `${input.measure} already has a series version "${input.code}".`);
      const position = Math.max(0, ...versions.map((v) => v.position)) + 1;
      await this.sql.addSeriesVersion(m, input.measure, { code: input.code, position, name, methodology });
      await this.sql.audit(m, viewer, 'add-series-version', 'series_version', `${input.measure}@${input.code}`, {
        position,
        name,
        methodology,
        previous: versions.at(-1)?.code ?? null,
      });
      return this.repo.toMeasure(await m.getRepository(MeasureRow).findOneByOrFail({ id: input.measure }));
    });
  }

  /** Closes a version of a measure's series (the series has ended: no further figures are expected in it), saying why. */
  async closeSeriesVersion(viewer: Viewer, input: { measure: string; code: string; note: string }): Promise<MeasureRecord> {
    requireAgencyEditor(viewer, this.agency, `changing the series of ${this.agency}'s measures`);
    const note = input.note.trim();
    if (!note) throw badInput('note', input.note, 'Say why and when the series ended: the note must not be empty.');
    return this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      await this.lockOwnMeasure(m, input.measure);
      const version = (await this.sql.seriesVersions(m, input.measure)).find((v) => v.code === input.code);
      if (!version) throw unknown(`series version of ${input.measure}`, 'code', input.code);
      await this.sql.closeSeriesVersion(m, input.measure, input.code, note);
      await this.sql.audit(m, viewer, 'close-series-version', 'series_version', `${input.measure}@${input.code}`, {
        before: version.closed_note,
        after: note,
      });
      return this.repo.toMeasure(await m.getRepository(MeasureRow).findOneByOrFail({ id: input.measure }));
    });
  }

  /** Re-opens a closed version of a measure's series (closed by mistake, or the series resumed), saying why. */
  async reopenSeriesVersion(viewer: Viewer, input: { measure: string; code: string; reason: string }): Promise<MeasureRecord> {
    requireAgencyEditor(viewer, this.agency, `changing the series of ${this.agency}'s measures`);
    const reason = input.reason.trim();
    if (!reason) throw badInput('reason', input.reason, 'Say why the series is re-opened: the reason must not be empty.');
    return this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      await this.lockOwnMeasure(m, input.measure);
      const version = (await this.sql.seriesVersions(m, input.measure)).find((v) => v.code === input.code);
      if (!version) throw unknown(`series version of ${input.measure}`, 'code', input.code);
      if (version.closed_note === null)
        throw badInput('code', input.code, `The series version "${input.code}" of ${input.measure} is not closed.`);
      await this.sql.closeSeriesVersion(m, input.measure, input.code, null);
      await this.sql.audit(m, viewer, 'reopen-series-version', 'series_version', `${input.measure}@${input.code}`, {
        before: version.closed_note,
        after: null,
        reason,
      });
      return this.repo.toMeasure(await m.getRepository(MeasureRow).findOneByOrFail({ id: input.measure }));
    });
  }

  /**
   * Changes a live measure's statistical description: its kind of figure (and the rate a RATE_NUMERATOR count is the
   * numerator of), the areas it applies to and its publication lag. Every problem is named by field; all or nothing.
   */
  async setMeasureStatistics(viewer: Viewer, id: string, input: MeasureStatisticsFields, reason: string): Promise<MeasureRecord> {
    requireAgencyEditor(viewer, this.agency, `changing the statistics of ${this.agency}'s measures`);
    const problems: Array<{ field: string; message: string }> = [];
    const problem = (field: string, message: string) => problems.push({ field, message });
    if (!reason.trim()) throw badInput('reason', reason, 'Say why the description changes (it is kept in the audit trail).');
    const given = (['figureKind', 'rateMeasureId', 'appliesTo', 'publicationLagMonths'] as const).filter((f) => input[f] !== undefined);
    if (given.length === 0) problem('input', 'give at least one of figureKind, rateMeasureId, appliesTo, publicationLagMonths');
    if (input.figureKind === null) problem('figureKind', 'every measure has a kind of figure: give one, or leave the field out');
    else if (input.figureKind !== undefined && !FIGURE_KINDS.includes(input.figureKind))
      problem('figureKind', `"${input.figureKind}" is not a kind of figure: give one of ${FIGURE_KINDS.join(', ')}`);
    const lag = input.publicationLagMonths;
    if (lag !== undefined && lag !== null && (!Number.isInteger(lag) || lag < 0 || lag > MAX_LAG_MONTHS))
      problem(
        'publicationLagMonths',
        `${lag} is not a publication lag: give a whole number of months from 0 to ${MAX_LAG_MONTHS} after the period ends, or null when it is not known`,
      );
    let appliesTo: string[] | null | undefined;
    if (input.appliesTo !== undefined && input.appliesTo !== null) {
      appliesTo = [...new Set(input.appliesTo.map((a) => a.trim()))];
      if (appliesTo.length === 0) problem('appliesTo', 'give at least one area code, or null for a measure that applies to any area');
      for (const a of appliesTo) if (!this.areas.get(a)) problem('appliesTo', `"${a}" is not an area code`);
    } else appliesTo = input.appliesTo;
    if (problems.length) throw invalidInput('input', problems);

    return this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      await this.lockOwnMeasure(m, id);
      const before = (await this.sql.measureStatistics(m, id))!;
      const kind = input.figureKind ?? before.figureKind;
      let rate: string | null = null;
      if (kind === FigureKind.RATE_NUMERATOR) {
        if (before.unit !== 'COUNT') problem('figureKind', `a RATE_NUMERATOR is a count of people: ${id} is in ${before.unit}, not COUNT`);
        rate = input.rateMeasureId !== undefined ? input.rateMeasureId : before.rateMeasureId;
        if (rate === null) problem('rateMeasureId', `a RATE_NUMERATOR count needs the rate measure it is the numerator of`);
        else if (rate === id) problem('rateMeasureId', `${id} cannot be the numerator of itself`);
        else {
          const target = rate.startsWith(`${this.agency}.`) ? await this.sql.measureStatistics(m, rate) : null;
          if (!target) problem('rateMeasureId', `"${rate}" is not a ${this.agency} measure`);
          else if (target.figureKind !== FigureKind.RATE)
            problem('rateMeasureId', `"${rate}" is a ${target.figureKind} measure, not a RATE: a numerator feeds a rate measure`);
        }
      } else if (input.rateMeasureId !== undefined && input.rateMeasureId !== null) {
        problem('rateMeasureId', `only a RATE_NUMERATOR measure names a rate measure; ${id} would be ${kind}`);
      }
      if (before.figureKind === FigureKind.RATE && kind !== FigureKind.RATE) {
        const numerators = await this.sql.numeratorsOf(m, id);
        if (numerators.length)
          problem(
            'figureKind',
            `${numerators.join(', ')} ${numerators.length > 1 ? 'are numerators' : 'is the numerator'} of ${id}: it stays a RATE until they name another rate`,
          );
      }
      if (problems.length) throw invalidInput('input', problems);
      const after: Omit<StoredMeasureStatistics, 'unit'> = {
        figureKind: kind,
        rateMeasureId: rate,
        appliesTo: appliesTo !== undefined ? appliesTo : before.appliesTo,
        publicationLagMonths: lag !== undefined ? lag : before.publicationLagMonths,
      };
      await this.sql.setMeasureStatistics(m, id, after);
      const { unit: _u, ...previous } = before;
      await this.sql.audit(m, viewer, 'set-measure-statistics', 'measure', id, { before: previous, after, reason: reason.trim() });
      return this.repo.toMeasure(await m.getRepository(MeasureRow).findOneByOrFail({ id }));
    });
  }

  /**
   * Stores a comparator with one figure (the predicted rate, or a printed relative difference), replacing any of the
   * same kind; null removes it. England and Wales, region and peer group comparators are the published figures of
   * those areas, so only PREDICTED is stored. Returns the figure as the caller reads it.
   */
  async setFigureComparator(
    viewer: Viewer,
    input: { measure: string; area: string; period: string; kind: string; comparator: ComparatorFields | null; reason: string },
  ): Promise<ObservationRecord> {
    requireAgencyEditor(viewer, this.agency, `changing the comparators of ${this.agency}'s figures`);
    if (input.kind !== 'PREDICTED')
      throw badInput(
        'kind',
        input.kind,
        'Only a PREDICTED comparator is stored with a figure: England and Wales, region and peer group comparators are the published figures of those areas (record the figure for that area).',
      );
    if (!input.reason.trim()) throw badInput('reason', input.reason, 'Say why the comparator changes (it is kept in the audit trail).');
    const { key, period } = this.figureKey(input);
    const stored = input.comparator === null ? null : checkComparator(input.comparator);
    await this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      await this.lockOwnMeasure(m, input.measure);
      if (!(await this.sql.figureExists(m, key)))
        throw badInput(
          'period',
          input.period,
          `${input.measure} has no figure for ${input.area} in ${period.code} (published or drafted): record the figure first.`,
        );
      const before = await this.sql.figureComparator(m, key, input.kind);
      if (stored === null && before === null)
        throw badInput('comparator', null, `${figureId(key)} has no ${input.kind} comparator to remove.`);
      await this.sql.setFigureComparator(m, key, input.kind, stored);
      await this.sql.audit(m, viewer, 'set-figure-comparator', 'figure_comparator', `${figureId(key)}@${input.kind}`, {
        before,
        after: stored,
        reason: input.reason.trim(),
      });
    });
    return this.figureAsRead(viewer, key, period);
  }

  /**
   * Marks a published figure as already published in a public source (disclosure control then leaves it visible),
   * or clears the mark with a null source. Returns the figure as the caller reads it.
   */
  async markFigurePublic(
    viewer: Viewer,
    input: { measure: string; area: string; period: string; source: string | null },
  ): Promise<ObservationRecord> {
    requireAgencyEditor(viewer, this.agency, `marking ${this.agency}'s figures as already public`);
    const source = input.source === null ? null : input.source.trim();
    if (source === '')
      throw badInput('source', input.source, 'Name the public source the figure was printed in, or give null to clear the mark.');
    const { key, period } = this.figureKey(input);
    await this.ds.transaction(async (m) => {
      await this.sql.lockWrites(m);
      await this.lockOwnMeasure(m, input.measure);
      const changed = await this.sql.markFigurePublic(m, key, source);
      if (!changed)
        throw badInput(
          'period',
          input.period,
          `${input.measure} has no published figure for ${input.area} in ${period.code}: only a published figure can be already public.`,
        );
      await this.sql.audit(m, viewer, 'mark-figure-public', 'observation', figureId(key), { before: changed.before, after: source });
    });
    return this.figureAsRead(viewer, key, period);
  }

  /** The agency's unpublished drafts, with the published figure each would replace. */
  async drafts(viewer: Viewer): Promise<DraftRecord[]> {
    requireAgencyEditor(viewer, this.agency, `seeing ${this.agency}'s drafts`);
    return this.withPreview(await this.sql.drafts(this.ds));
  }

  private async withPreview(drafts: StoredDraft[]): Promise<DraftRecord[]> {
    const measures = new Map((await this.repo.measuresByIds([...new Set(drafts.map((d) => d.measureId))])).map((m) => [m.id, m]));
    // Into the draft itself, which is this call's own: a spread of its 25 fields per draft cost more than the read.
    return drafts.map((d) => Object.assign(d, previewOf(d, measures.get(d.measureId))));
  }

  /** Every measure of the agency, catalogued or not, retired ones included. */
  measures(): Promise<MeasureRecord[]> {
    return this.repo.allMeasures();
  }

  /** The agency's audit trail, newest first. */
  async auditTrail(viewer: Viewer, limit: number): Promise<AuditRecord[]> {
    requireAgencyEditor(viewer, this.agency, `reading ${this.agency}'s audit trail`);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badInput('limit', limit, 'Give a number of events from 1 to 1000.');
    return this.sql.auditTrail(this.ds, limit);
  }

  /** What checkFigure needs: the agency's measures, the areas, and which of these figures are published. */
  private async figureContext(
    m: { query: DataSource['query'] },
    inputs: readonly FigureFields[],
    defaults: FigureContext['defaults'],
  ): Promise<FigureContext> {
    const keys: FigureKey[] = [];
    for (const f of inputs) {
      if (!f.measureId || !f.area || !f.period) continue;
      try {
        keys.push({ measureId: f.measureId.trim(), areaCode: f.area.trim(), periodCode: parsePeriod(f.period).code });
      } catch {
        // an unreadable period is reported by checkFigure
      }
    }
    return {
      agency: this.agency,
      measures: await this.sql.measureFacts(m),
      areas: this.areas,
      published: await this.sql.publishedIds(m, keys),
      defaults,
    };
  }

  /**
   * Locks one of the agency's own measures for the rest of the transaction; another agency's measure, or none, is
   * unknown here (an editor changes only their own agency's measures).
   */
  private async lockOwnMeasure(m: Queryable, id: string, argument = 'measure'): Promise<Record<string, unknown>> {
    const measure = id.startsWith(`${this.agency}.`) ? await this.sql.lockMeasure(m, id) : null;
    if (!measure) throw unknown(`${this.agency} measure`, argument, id);
    return measure;
  }

  /** The figure an input names (its area checked, its period read), and the period it covers. */
  private figureKey(input: { measure: string; area: string; period: string }): { key: FigureKey; period: ParsedPeriod } {
    this.areas.require(input.area, 'area');
    let period: ParsedPeriod;
    try {
      period = parsePeriod(input.period);
    } catch (e) {
      throw badInput('period', input.period, (e as Error).message);
    }
    return { key: { measureId: input.measure, areaCode: input.area, periodCode: period.code }, period };
  }

  /** One figure as the viewer reads it (after a change to it: the figure is known to exist). */
  private async figureAsRead(viewer: Viewer, key: FigureKey, period: ParsedPeriod): Promise<ObservationRecord> {
    const figures = await this.repo.observations(
      [key.measureId],
      { areas: [key.areaCode], from: period.start, to: period.end },
      readModeFor(viewer, this.agency),
    );
    return figures.find((f) => f.period.code === key.periodCode)!;
  }
}

/** Checks a comparator to store, every problem named by its field; the values to store when there is none. */
function checkComparator(c: ComparatorFields): StoredComparator {
  const problems: Array<{ field: string; message: string }> = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const value = c.value ?? null;
  const numerator = c.numerator ?? null;
  const denominator = c.denominator ?? null;
  const relativeDifference = c.relativeDifference ?? null;
  const signKnown = c.signKnown ?? null;
  const printed = c.printed.trim();
  if (!printed) problem('comparator.printed', 'give the comparator as printed in the source');
  if (value === null && relativeDifference === null)
    problem('comparator.value', 'give the predicted value, or the printed relative difference (relativeDifference)');
  if ((relativeDifference === null) !== (signKnown === null))
    problem(
      'comparator.signKnown',
      'give signKnown with a relative difference (whether the source says which of the two is higher), and only then',
    );
  if (numerator !== null && (!Number.isInteger(numerator) || numerator < 0))
    problem('comparator.numerator', `${numerator} is not a whole count`);
  if (denominator !== null && (!Number.isInteger(denominator) || denominator <= 0))
    problem('comparator.denominator', `${denominator} is not a whole count above 0`);
  if (problems.length) throw invalidInput('comparator', problems);
  return { value, numerator, denominator, relativeDifference, signKnown, printed, note: c.note?.trim() || null };
}

const keyOf = (f: FigureDraft): FigureKey => ({ measureId: f.measureId, areaCode: f.areaCode, periodCode: f.period.code });

const summary = (f: FigureDraft) => ({
  value: f.value,
  numerator: f.numerator,
  denominator: f.denominator,
  lowerBound: f.lowerBound,
  upperBound: f.upperBound,
  printed: f.printed,
  approximate: f.approximate,
  notAvailable: f.notAvailable,
  status: f.status,
});

/** The values a reader sees; a draft that leaves them all as published changes nothing. */
const SEEN: ReadonlyArray<keyof ObservationRecord> = [
  'value',
  'numerator',
  'denominator',
  'lowerBound',
  'upperBound',
  'printed',
  'approximate',
  'notAvailable',
  'status',
  'note',
];

/** What publishing the draft would do: a change or none, and the figure as readers outside the agency will see it. */
export function previewOf(d: StoredDraft, measure: Pick<MeasureRecord, 'unit' | 'disclosureThreshold'> | undefined): DraftPreview {
  const unchanged = d.replaces !== null && SEEN.every((k) => d.replaces![k] === d[k]);
  const suppressed = measure ? mustSuppress(d, { unit: measure.unit, threshold: measure.disclosureThreshold }) : d.suppressed;
  return { unchanged, publicPrinted: suppressed ? SUPPRESSED_PRINTED : d.printed, suppressedWhenPublished: suppressed };
}
