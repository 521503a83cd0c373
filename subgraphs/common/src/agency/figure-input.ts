import { parsePeriod, PeriodParseError, type ParsedPeriod } from '../reference/periods';
import type { AreaIndex } from '../reference/area-index';
import { figureId, type FigureValues } from './repository';

/**
 * One figure as an agency records it (the ObservationInput of the RecordObservation mutation, or one CSV row),
 * before validation. Absent and null mean the same: not given.
 */
export interface FigureFields {
  measureId?: string | null;
  area?: string | null;
  period?: string | null;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  lowerBound?: number | null;
  upperBound?: number | null;
  printed?: string | null;
  approximate?: boolean | null;
  notAvailable?: boolean | null;
  status?: string | null;
  note?: string | null;
  publication?: string | null;
  publisher?: string | null;
  published?: string | null;
  location?: string | null;
  citedSource?: string | null;
  reason?: string | null;
}

export type FigureField = keyof FigureFields;

export interface FieldProblem {
  field: FigureField;
  message: string;
}

/** A validated figure, ready to be written as a draft: the values of a published figure, plus where and why. */
export interface FigureDraft extends Omit<FigureValues, 'suppressed'> {
  measureId: string;
  areaCode: string;
  period: ParsedPeriod;
  reason: string | null;
  /** True when it corrects a figure already published. */
  correction: boolean;
}

export interface MeasureFacts {
  unit: string;
  retired: boolean;
  /** The measure's current (latest) series version when it is closed: new figures would join it, so none are taken. */
  closedSeries: ClosedSeries | null;
}

/** A closed series version: its code and name, the note saying why and when it ended, and the end of its last figure. */
export interface ClosedSeries {
  code: string;
  name: string;
  note: string;
  /** End (YYYY-MM-DD) of the period of its last published figure; null when it has none. */
  lastFigureEnd: string | null;
}

/** Why a new figure cannot join a closed series, naming the measure, the series and its end. */
export function closedSeriesMessage(measureId: string, s: ClosedSeries): string {
  const end = s.lastFigureEnd ? `its last figure ends ${s.lastFigureEnd}` : 'it has no figures';
  return (
    `measure "${measureId}": its series "${s.code}" (${s.name}) is closed (${end}; "${s.note}"): no new figures can be recorded into it ` +
    '(published ones can still be corrected); add a series version for a new methodology, or re-open the series'
  );
}

/** What validation needs to know about the agency's data. */
export interface FigureContext {
  agency: string;
  /** This agency's measures. */
  measures: ReadonlyMap<string, MeasureFacts>;
  areas: AreaIndex;
  /** Ids (measure|area|period) of the published figures among those being recorded. */
  published: ReadonlySet<string>;
  /** Provenance for fields the figure leaves empty. */
  defaults: { publication: string; publisher: string; published: string; document: string; location: string };
}

export const STATUSES = ['FINAL', 'PROVISIONAL', 'REVISED'] as const;

const given = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined && (typeof v !== 'string' || v.trim() !== '');
const text = (v: string | null | undefined): string | null => (given(v) ? v.trim() : null);

export function isIsoDate(s: string): boolean {
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The printed form of a figure recorded without one: '22.41%', '3,118', '£104,000', '75-80', 'not available'. */
export function defaultPrinted(
  unit: string,
  f: Pick<FigureDraft, 'value' | 'lowerBound' | 'upperBound' | 'approximate' | 'notAvailable'>,
): string {
  if (f.notAvailable) return 'not available';
  const fmt = (n: number) =>
    unit === 'PERCENTAGE'
      ? `${n}%`
      : unit === 'CURRENCY_GBP'
        ? `£${n.toLocaleString('en-GB')}`
        : unit === 'COUNT'
          ? n.toLocaleString('en-GB')
          : String(n);
  const body =
    f.value !== null
      ? fmt(f.value)
      : f.lowerBound !== null && f.upperBound !== null
        ? `${fmt(f.lowerBound)}-${fmt(f.upperBound)}`
        : f.lowerBound !== null
          ? `over ${fmt(f.lowerBound)}`
          : `up to ${fmt(f.upperBound!)}`;
  return f.approximate ? `Approx. ${body}` : body;
}

/**
 * Checks one figure against the agency's measures, areas and periods and the rules a published figure must meet,
 * and fills in defaults. Returns every problem found, each naming the field; the figure only when there is none.
 *
 * Rules: the measure is one of this agency's (and, if retired or its current series is closed, only its published
 * figures can be corrected); the area exists; the period parses (any accepted form, stored canonical); numerator and denominator are whole
 * numbers, numerator <= denominator; a percentage (and its bounds) is within 0-100 and agrees with its numerator
 * and denominator to half a point; a count is not negative; a figure has a value, a bound, or is marked not
 * available, and a not-available figure has no value; the status is FINAL, PROVISIONAL or REVISED; a published
 * date is an ISO date; a correction of a published figure gives a reason.
 */
export function checkFigure(f: FigureFields, ctx: FigureContext): { figure?: FigureDraft; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const problem = (field: FigureField, message: string) => problems.push({ field, message });

  const measureId = text(f.measureId);
  let measure: MeasureFacts | undefined;
  if (!measureId) problem('measureId', 'a measure id is required');
  else if (!measureId.startsWith(`${ctx.agency}.`)) {
    problem('measureId', `measure "${measureId}" is not one of ${ctx.agency}'s measures (their ids start with "${ctx.agency}.")`);
  } else if (!(measure = ctx.measures.get(measureId))) problem('measureId', `unknown measure "${measureId}"`);

  const areaCode = text(f.area);
  if (!areaCode) problem('area', 'an area code is required');
  else if (!ctx.areas.get(areaCode)) problem('area', `unknown area "${areaCode}"`);

  let period: ParsedPeriod | undefined;
  const periodText = text(f.period);
  if (!periodText) problem('period', 'a period is required');
  else {
    try {
      period = parsePeriod(periodText);
    } catch (e) {
      if (!(e instanceof PeriodParseError)) throw e;
      problem('period', e.message);
    }
  }

  for (const field of ['value', 'numerator', 'denominator', 'lowerBound', 'upperBound'] as const) {
    const v = f[field];
    if (given(v) && (typeof v !== 'number' || !Number.isFinite(v))) problem(field, `${JSON.stringify(v)} is not a number`);
  }
  for (const field of ['numerator', 'denominator'] as const) {
    const v = f[field];
    if (typeof v === 'number' && (!Number.isInteger(v) || v < 0))
      problem(field, `${v} is not a whole number of people or events (0 or more)`);
  }
  if (f.denominator === 0) problem('denominator', 'a denominator of 0 gives no percentage: leave it empty');

  const value = given(f.value) ? f.value : null;
  const numerator = given(f.numerator) ? f.numerator : null;
  const denominator = given(f.denominator) ? f.denominator : null;
  const lowerBound = given(f.lowerBound) ? f.lowerBound : null;
  const upperBound = given(f.upperBound) ? f.upperBound : null;
  const notAvailable = f.notAvailable ?? false;
  const approximate = f.approximate ?? false;

  if (notAvailable && value !== null)
    problem('notAvailable', `a figure marked not available must have no value (it is never zero), but value is ${value}`);
  if (!notAvailable && value === null && lowerBound === null && upperBound === null) {
    problem('value', 'a value is required, unless the figure is marked not available (or, through the API, given as a range)');
  }
  if (numerator !== null && denominator !== null && numerator > denominator)
    problem('numerator', `numerator ${numerator} is greater than denominator ${denominator}`);
  if (lowerBound !== null && upperBound !== null && lowerBound > upperBound)
    problem('lowerBound', `lower bound ${lowerBound} is greater than upper bound ${upperBound}`);
  if (measure?.unit === 'PERCENTAGE') {
    for (const field of ['value', 'lowerBound', 'upperBound'] as const) {
      const v = { value, lowerBound, upperBound }[field];
      if (v !== null && (v < 0 || v > 100)) problem(field, `a percentage must be between 0 and 100, got ${v}`);
    }
    if (
      value !== null &&
      numerator !== null &&
      denominator !== null &&
      denominator > 0 &&
      Math.abs(value - (100 * numerator) / denominator) > 0.5
    ) {
      problem('value', `${value}% does not agree with ${numerator} / ${denominator} = ${((100 * numerator) / denominator).toFixed(2)}%`);
    }
  }
  if (measure?.unit === 'COUNT' && value !== null && value < 0) problem('value', `a count cannot be negative, got ${value}`);

  const status = text(f.status)?.toUpperCase() ?? null;
  if (status !== null && !(STATUSES as readonly string[]).includes(status))
    problem('status', `"${f.status}" is not a status: use ${STATUSES.join(', ')}`);
  const published = text(f.published);
  if (published !== null && !isIsoDate(published)) problem('published', `"${published}" is not a date: write it YYYY-MM-DD`);

  const key = measureId && areaCode && period ? figureId({ measureId, areaCode, periodCode: period.code }) : null;
  const correction = key !== null && ctx.published.has(key);
  const reason = text(f.reason);
  if (correction && !reason) problem('reason', `figure ${key} is already published: a correction needs a reason`);
  if (measure?.retired && key !== null && !correction) {
    problem('measureId', `measure "${measureId}" is retired: only its published figures can be corrected, no new ones recorded`);
  } else if (measure?.closedSeries && key !== null && !correction) {
    problem('measureId', closedSeriesMessage(measureId!, measure.closedSeries));
  }

  if (problems.length || !measure || !period) return { problems };
  const d = ctx.defaults;
  const figure: FigureDraft = {
    measureId: measureId!,
    areaCode: areaCode!,
    period,
    value,
    numerator,
    denominator,
    lowerBound,
    upperBound,
    approximate,
    notAvailable,
    printed: text(f.printed) ?? defaultPrinted(measure.unit, { value, lowerBound, upperBound, approximate, notAvailable }),
    status: status ?? (correction ? 'REVISED' : 'FINAL'),
    note: text(f.note),
    provenance: {
      publication: text(f.publication) ?? d.publication,
      publisher: text(f.publisher) ?? d.publisher,
      published: published ?? d.published,
      publishedNote: null,
      document: d.document,
      location: text(f.location) ?? d.location,
      citedSource: text(f.citedSource),
    },
    reason,
    correction,
  };
  return { figure, problems };
}
