/**
 * Reporting periods. Every figure has one, written as a canonical code:
 *   financial year     2012-13          (1 Apr 2012 - 31 Mar 2013)
 *   financial quarter  2012-13 Q1       (Q1 = Apr-Jun 2012 ... Q4 = Jan-Mar 2013)
 *   calendar year      2010             (Jan-Dec 2010)
 *   rolling year       2010-07..2011-06 (Jul 2010 to Jun 2011, twelve months)
 *   snapshot date      2019-07-26
 * The parser also accepts the forms printed in the documents ('Jan - Dec 2008', 'Jul 2010 to Jun 2011',
 * 'FY2012-13', '2012/13', 'Q1 2012-13', '26 July 2019') and returns the canonical code.
 * Periods sort by end date, then start date.
 */
import type { PeriodKind } from '../contract/enums';

type PeriodKindCode = `${PeriodKind}`;

export interface ParsedPeriod {
  code: string;
  kind: PeriodKindCode;
  label: string;
  /** ISO date of the first day covered. */
  start: string;
  /** ISO date of the last day covered. */
  end: string;
}

export const ACCEPTED_PERIOD_FORMS =
  "financial year '2012-13', financial quarter '2012-13 Q1', calendar year '2010', " +
  "rolling year '2010-07..2011-06' (or 'Jul 2010 to Jun 2011'), snapshot date '2019-07-26'";

export class PeriodParseError extends Error {}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function monthIndex(word: string): number {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  if (i < 0) throw new PeriodParseError(`"${word}" is not a month`);
  return i + 1;
}

function financialYear(startYear: number, endSuffix: number): ParsedPeriod {
  if ((startYear + 1) % 100 !== endSuffix) {
    throw new PeriodParseError(`a financial year runs into the next year: ${startYear}-${pad((startYear + 1) % 100)}`);
  }
  const code = `${startYear}-${pad(endSuffix)}`;
  return { code, kind: 'FINANCIAL_YEAR', label: code, start: iso(startYear, 4, 1), end: iso(startYear + 1, 3, 31) };
}

function financialQuarter(startYear: number, endSuffix: number, q: number): ParsedPeriod {
  const fy = financialYear(startYear, endSuffix);
  if (q < 1 || q > 4) throw new PeriodParseError(`quarter must be Q1 to Q4`);
  const firstMonth = (((q - 1) * 3 + 4 - 1) % 12) + 1; // Q1 -> Apr, Q4 -> Jan
  const year = q === 4 ? startYear + 1 : startYear;
  const lastMonth = firstMonth + 2;
  return {
    code: `${fy.code} Q${q}`,
    kind: 'FINANCIAL_QUARTER',
    label: `Q${q} ${fy.code} (${MONTH_LABELS[firstMonth - 1]}-${MONTH_LABELS[lastMonth - 1]} ${year})`,
    start: iso(year, firstMonth, 1),
    end: iso(year, lastMonth, lastDay(year, lastMonth)),
  };
}

function calendarYear(y: number): ParsedPeriod {
  return { code: String(y), kind: 'CALENDAR_YEAR', label: `Jan-Dec ${y}`, start: iso(y, 1, 1), end: iso(y, 12, 31) };
}

function rollingYear(y1: number, m1: number, y2: number, m2: number): ParsedPeriod {
  const months = (y2 - y1) * 12 + (m2 - m1) + 1;
  if (months !== 12) throw new PeriodParseError(`a rolling year covers twelve months, this covers ${months}`);
  if (m1 === 1) return calendarYear(y1);
  return {
    code: `${y1}-${pad(m1)}..${y2}-${pad(m2)}`,
    kind: 'ROLLING_YEAR',
    label: `${MONTH_LABELS[m1 - 1]} ${y1} to ${MONTH_LABELS[m2 - 1]} ${y2}`,
    start: iso(y1, m1, 1),
    end: iso(y2, m2, lastDay(y2, m2)),
  };
}

function snapshot(y: number, m: number, d: number): ParsedPeriod {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) throw new PeriodParseError(`${iso(y, m, d)} is not a date`);
  return { code: iso(y, m, d), kind: 'SNAPSHOT', label: `${d} ${MONTH_LABELS[m - 1]} ${y}`, start: iso(y, m, d), end: iso(y, m, d) };
}

/** Parses a period in any accepted form; throws PeriodParseError naming the accepted forms. */
const parsed = new Map<string, ParsedPeriod | string>();
const PARSED_MAX = 10_000;

/**
 * Parses a period in any accepted form (see the module comment) to its canonical code, kind, label and dates.
 * Memoised (pure function; a bulk import repeats a few dozen periods hundreds of thousands of times): each call
 * returns a fresh copy, and a refused period throws a fresh PeriodParseError with the same message.
 */
export function parsePeriod(input: string): ParsedPeriod {
  let hit = parsed.get(input);
  if (hit === undefined) {
    try {
      hit = parsePeriodUncached(input);
    } catch (e) {
      if (!(e instanceof PeriodParseError)) throw e;
      hit = e.message;
    }
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(input, hit);
  }
  if (typeof hit === 'string') throw new PeriodParseError(hit);
  return { ...hit };
}

function parsePeriodUncached(input: string): ParsedPeriod {
  const s = input
    .trim()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;
  try {
    if ((m = s.match(/^(?:FY ?)?(\d{4})[-/](\d{2})$/i))) return financialYear(+m[1], +m[2]);
    if ((m = s.match(/^(?:FY ?)?(\d{4})[-/](\d{2})[ -]Q([1-4])$/i))) return financialQuarter(+m[1], +m[2], +m[3]);
    if ((m = s.match(/^Q([1-4]) (?:FY ?)?(\d{4})[-/](\d{2})$/i))) return financialQuarter(+m[2], +m[3], +m[1]);
    if ((m = s.match(/^(?:CY ?)?(\d{4})$/i))) return calendarYear(+m[1]);
    if ((m = s.match(/^Jan ?- ?Dec (\d{4})$/i))) return calendarYear(+m[1]);
    if ((m = s.match(/^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/))) return rollingYear(+m[1], +m[2], +m[3], +m[4]);
    if ((m = s.match(/^([A-Za-z]{3,9}) (\d{4}) to ([A-Za-z]{3,9}) (\d{4})$/i))) {
      return rollingYear(+m[2], monthIndex(m[1]), +m[4], monthIndex(m[3]));
    }
    if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return snapshot(+m[1], +m[2], +m[3]);
    if ((m = s.match(/^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9}) (\d{4})$/i))) return snapshot(+m[3], monthIndex(m[2]), +m[1]);
  } catch (e) {
    if (e instanceof PeriodParseError)
      throw new PeriodParseError(`"${input}" is not a valid period: ${e.message}. Accepted forms: ${ACCEPTED_PERIOD_FORMS}.`);
    throw e;
  }
  throw new PeriodParseError(`"${input}" is not a period. Accepted forms: ${ACCEPTED_PERIOD_FORMS}.`);
}

/** Sort order for periods: by end date, then start date (a quarter sorts before its year). */
export function comparePeriods(a: Pick<ParsedPeriod, 'start' | 'end'>, b: Pick<ParsedPeriod, 'start' | 'end'>): number {
  return a.end.localeCompare(b.end) || b.start.localeCompare(a.start);
}

/** The period of the same kind just before this one (2009 before 2010, Q4 before the next Q1); null for a snapshot. */
export function precedingPeriod(p: Pick<ParsedPeriod, 'code' | 'kind'>): ParsedPeriod | null {
  const c = p.code;
  switch (p.kind) {
    case 'CALENDAR_YEAR':
      return calendarYear(+c - 1);
    case 'FINANCIAL_YEAR': {
      const y = +c.slice(0, 4) - 1;
      return financialYear(y, (y + 1) % 100);
    }
    case 'FINANCIAL_QUARTER': {
      const y = +c.slice(0, 4);
      const q = +c.slice(-1);
      return q > 1 ? financialQuarter(y, (y + 1) % 100, q - 1) : financialQuarter(y - 1, y % 100, 4);
    }
    case 'ROLLING_YEAR': {
      const m = c.match(/^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/)!;
      return rollingYear(+m[1] - 1, +m[2], +m[3] - 1, +m[4]);
    }
    default:
      return null;
  }
}

/**
 * The periods of the same kind strictly between an earlier period and a later one, oldest first: the gap a change
 * between them spans (2010 and 2012 -> [2011]). Empty for snapshots, which have no regular spacing.
 */
export function periodsBetween(earlier: Pick<ParsedPeriod, 'end'>, later: Pick<ParsedPeriod, 'code' | 'kind'>): ParsedPeriod[] {
  const out: ParsedPeriod[] = [];
  for (let p = precedingPeriod(later); p && p.end > earlier.end && out.length < 400; p = precedingPeriod(p)) out.unshift(p);
  return out;
}
