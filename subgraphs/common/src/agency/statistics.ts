import {
  assessChange, countInterval, ragAgainstPrevious, ragAgainstTarget, targetMet, testCountChange, testProportionChange, wilson,
  type ChangeAssessmentName, type ChangeTest, type PolarityName, type RagStatus,
} from '../stats';
import type { HandRagRecord, MeasureRecord, ObservationRecord } from './repository';

/*
 * The statistics of one figure as the graph serves them: which method applies to the measure's unit, what the
 * numbers mean in words, and what a reader who sees a suppressed figure may not learn. The maths is in ../stats.
 */

export const LEVEL = 0.95;

export interface IntervalRecord {
  level: number;
  method: 'WILSON_SCORE' | 'BYAR' | 'EXACT_POISSON' | 'NONE';
  lower: number | null;
  upper: number | null;
  computable: boolean;
  explanation: string;
}

export interface ChangeRecord {
  previous: { period: ObservationRecord['period']; value: number | null; printed: string } | null;
  difference: number | null;
  significant: boolean | null;
  assessment: ChangeAssessmentName;
  method: string | null;
  explanation: string;
}

export interface TargetComparisonRecord {
  target: MeasureRecord['target'];
  difference: number | null;
  met: boolean | null;
  explanation: string;
}

export interface RagRecord {
  status: RagStatus | null;
  rule: string;
  reason: string;
  comment: string | null;
  setBy: string | null;
  setAt: string | null;
}

export interface CompletenessRecord {
  status: 'PUBLISHED' | 'ESTIMATED' | 'SUPPRESSED' | 'NOT_YET_AVAILABLE' | 'MISSING';
  observation: ObservationRecord | null;
  explanation: string;
}

const n = (x: number) => x.toLocaleString('en-GB');
/** Rounds away floating-point noise (22.41 - 22.12 = 0.29, not 0.28999999999999915). */
const clean = (x: number) => Math.round(x * 1e9) / 1e9;
const show = (x: number) => String(Math.round(x * 1000) / 1000);
const whole = (x: number | null): x is number => x !== null && Number.isInteger(x) && x >= 0;
const SUPPRESSED = 'suppressed by disclosure control (it would reveal a count of too few people)';
const polarityWords = (p: string) => (p === 'HIGHER_IS_BETTER' ? 'higher is better' : p === 'LOWER_IS_BETTER' ? 'lower is better' : 'neutral: neither direction is better');

const none = (explanation: string): IntervalRecord => ({ level: LEVEL, method: 'NONE', lower: null, upper: null, computable: false, explanation });

/** What a figure's count is, for a COUNT measure: its numerator when printed, else its value. */
const countOf = (o: ObservationRecord) => (o.numerator !== null ? o.numerator : o.value);

/**
 * The 95% interval of a figure in the measure's unit:
 * - PERCENTAGE and RATIO with numerator and denominator: Wilson score (x100 for a percentage);
 * - COUNT (a whole number, the numerator when printed): exact Poisson below 10, Byar's from 10 up;
 * - RATE with numerator and denominator: the count interval of the numerator, divided by the denominator and
 *   scaled as the printed value is (per 1, per 1,000...);
 * - anything else, or a figure that is not available, a range, or suppressed: none, saying why.
 */
export function figureInterval(o: ObservationRecord, m: MeasureRecord): IntervalRecord {
  if (o.suppressed) return none(`No interval: the figure is ${SUPPRESSED}.`);
  if (o.notAvailable) return none("No interval: the figure is not yet available ('tbc').");
  const approx = o.approximate ? ' (the figure is printed as approximate)' : '';
  const hasRatio = o.numerator !== null && o.denominator !== null;
  switch (m.unit) {
    case 'PERCENTAGE':
    case 'RATIO': {
      if (!hasRatio) return none('No interval: the source prints no numerator and denominator.');
      const scale = m.unit === 'PERCENTAGE' ? 100 : 1;
      const w = wilson(o.numerator!, o.denominator!, LEVEL);
      return {
        level: LEVEL, method: 'WILSON_SCORE', lower: clean(w.lower * scale), upper: clean(w.upper * scale), computable: true,
        explanation: `Wilson score 95% interval for ${n(o.numerator!)} of ${n(o.denominator!)}${approx}.`,
      };
    }
    case 'COUNT': {
      const c = countOf(o);
      if (c === null) return none(`No interval: the figure has no single count (printed '${o.printed}').`);
      if (!whole(c)) return none(`No interval: ${show(c)} is not a whole count.`);
      const ci = countInterval(c, LEVEL);
      const what = ci.method === 'BYAR' ? "Byar's" : 'Exact Poisson';
      return {
        level: LEVEL, method: ci.method, lower: clean(ci.lower), upper: clean(ci.upper), computable: true,
        explanation: `${what} 95% interval for a count of ${n(c)}, read as a Poisson count${approx}.`,
      };
    }
    case 'RATE': {
      if (!hasRatio) return none('No interval: the source prints no numerator and denominator.');
      const ci = countInterval(o.numerator!, LEVEL);
      const scale = rateScale(o);
      const what = ci.method === 'BYAR' ? "Byar's" : 'Exact Poisson';
      return {
        level: LEVEL, method: ci.method, lower: clean((ci.lower / o.denominator!) * scale), upper: clean((ci.upper / o.denominator!) * scale), computable: true,
        explanation: `${what} 95% interval for ${n(o.numerator!)} events over ${n(o.denominator!)}${scale === 1 ? '' : `, per ${n(scale)}`}${approx}.`,
      };
    }
    default:
      return none('No interval: amounts of money are not counts or proportions, so no interval is computed.');
  }
}

/** The power of ten a rate is printed per (1 for re-offences per re-offender, 1,000 for a rate per 1,000). */
function rateScale(o: ObservationRecord): number {
  if (o.value === null || !o.numerator || !o.denominator) return 1;
  return 10 ** Math.round(Math.log10(o.value / (o.numerator / o.denominator)));
}

/** The test of a change, when both figures carry what it needs; null otherwise. */
function changeTest(prev: ObservationRecord, o: ObservationRecord, unit: string): ChangeTest | null {
  const ratio = (f: ObservationRecord) => f.numerator !== null && f.denominator !== null;
  if ((unit === 'PERCENTAGE' || unit === 'RATIO') && ratio(prev) && ratio(o)) {
    return testProportionChange(prev.numerator!, prev.denominator!, o.numerator!, o.denominator!, LEVEL);
  }
  if (unit === 'RATE' && ratio(prev) && ratio(o)) return testCountChange(prev.numerator!, o.numerator!, prev.denominator!, o.denominator!, LEVEL);
  if (unit === 'COUNT' && whole(countOf(prev)) && whole(countOf(o))) return testCountChange(countOf(prev)!, countOf(o)!, 1, 1, LEVEL);
  return null;
}

/** The change against the previous figure, its significance and how it reads with the measure's polarity. */
export function figureChange(o: ObservationRecord, prev: ObservationRecord | null, m: MeasureRecord): ChangeRecord {
  const notAssessed = (explanation: string, previous: ChangeRecord['previous'] = null, difference: number | null = null): ChangeRecord => ({
    previous, difference, significant: null, assessment: 'NOT_ASSESSED', method: null, explanation,
  });
  if (!prev) return notAssessed(`Not assessed: there is no earlier ${o.period.kind.toLowerCase().replace(/_/g, ' ')} figure of this measure for this area.`);
  const previous = { period: prev.period, value: prev.value, printed: prev.printed };
  const was = `the previous figure (${prev.period.label})`;
  if (o.suppressed) return notAssessed(`Not assessed: this figure is ${SUPPRESSED}.`, previous);
  if (prev.suppressed) return notAssessed(`Not assessed: ${was} is ${SUPPRESSED}.`, previous);
  if (o.value === null) return notAssessed(`Not assessed: this figure has no single value (printed '${o.printed}').`, previous);
  if (prev.value === null) return notAssessed(`Not assessed: ${was} has no single value (printed '${prev.printed}').`, previous);
  const difference = clean(o.value - prev.value);
  const unitWords = m.unit === 'PERCENTAGE' ? ' percentage points' : '';
  const figures = `${o.printed} (${o.period.label}) against ${prev.printed} (${prev.period.label}): ${difference > 0 ? '+' : ''}${show(difference)}${unitWords}`;
  const test = changeTest(prev, o, m.unit);
  if (!test) {
    return notAssessed(`${figures}. Not tested: significance needs the numerator and denominator (or the count) of both figures.`, previous, difference);
  }
  const assessment = assessChange(difference, test.significant, m.polarity as PolarityName);
  const scale = m.unit === 'PERCENTAGE' && test.nullValue === 0 ? 100 : 1;
  const interval = `${show(test.interval.lower * scale)} to ${show(test.interval.upper * scale)}${test.nullValue === 0 ? unitWords : `, no change = ${show(test.nullValue)}`}`;
  const verdict: Record<ChangeAssessmentName, string> = {
    IMPROVED: 'significantly better', WORSENED: 'significantly worse', NO_SIGNIFICANT_CHANGE: 'no significant change',
    CHANGED: 'significantly different', NOT_ASSESSED: 'not assessed',
  };
  return {
    previous, difference, significant: test.significant, assessment, method: test.method,
    explanation: `${figures}. ${test.method}: ${interval}. ${verdict[assessment][0].toUpperCase()}${verdict[assessment].slice(1)} (${polarityWords(m.polarity)}).`,
  };
}

/** The figure against its measure's target. */
export function figureTargetComparison(o: ObservationRecord, m: MeasureRecord): TargetComparisonRecord {
  const t = m.target;
  const out = (explanation: string, difference: number | null = null, met: boolean | null = null) => ({ target: t, difference, met, explanation });
  if (!t) return out('The plan sets no target for this measure.');
  if (t.value === null) return out(`The target is not a number, so the figure is not compared with it: '${t.text}'.`);
  if (o.suppressed) return out(`Not compared: the figure is ${SUPPRESSED}.`);
  if (o.value === null) return out(`Not compared: the figure has no single value (printed '${o.printed}').`);
  const difference = clean(o.value - t.value);
  const met = targetMet(o.value, t.value, m.polarity as PolarityName);
  const side = difference === 0 ? 'equal to' : `${show(Math.abs(difference))} ${difference > 0 ? 'above' : 'below'}`;
  const verdict = met === null ? 'not graded (neutral measure: neither direction is better)' : met ? 'met' : 'not met';
  return out(`${show(o.value)} against the target of ${show(t.value)} (${polarityWords(m.polarity)}): ${side} the target, ${verdict}.`, difference, met);
}

/** The figure's RAG status by the measure's rule. */
export function figureRag(
  o: ObservationRecord,
  m: MeasureRecord,
  facts: { interval?: IntervalRecord; change?: ChangeRecord; hand?: HandRagRecord | null },
): RagRecord {
  const rule = m.ragRule;
  const base = { rule, comment: null, setBy: null, setAt: null };
  if (o.suppressed) return { ...base, status: null, reason: `No status: the figure is ${SUPPRESSED}.` };
  if (rule === 'SET_BY_HAND') {
    const h = facts.hand;
    if (!h) return { ...base, status: null, reason: 'Set by hand: the agency has not set a status for this figure yet.' };
    return { rule, status: h.status as RagStatus, reason: `Set by hand on ${h.setAt.slice(0, 10)}: ${h.comment}`, comment: h.comment, setBy: h.setBy, setAt: h.setAt };
  }
  if (rule === 'AGAINST_PREVIOUS_PERIOD') {
    const d = ragAgainstPrevious(facts.change!.assessment, facts.change!.explanation);
    return { ...base, ...d };
  }
  const i = facts.interval!;
  const d = ragAgainstTarget(o.value, m.target?.value ?? null, m.polarity as PolarityName, i.computable ? { lower: i.lower!, upper: i.upper! } : null);
  return { ...base, ...d };
}

/** Which status a figure found for a period has, for the completeness gap analysis. */
export function figureCompleteness(o: ObservationRecord | null, asked: { label: string; start: string; end: string }, areaCode: string): CompletenessRecord {
  if (!o) {
    return {
      status: 'MISSING', observation: null,
      explanation: `Missing: no figure of this measure for ${areaCode} has a period ending within ${asked.label} (${asked.start} to ${asked.end}).`,
    };
  }
  const which = `${o.draft ? 'the draft' : 'the figure'} for ${o.period.label} (ending ${o.period.end}, within ${asked.label})`;
  if (o.suppressed) return { status: 'SUPPRESSED', observation: o, explanation: `Suppressed: ${which} is ${SUPPRESSED}.` };
  if (o.notAvailable) return { status: 'NOT_YET_AVAILABLE', observation: o, explanation: `Not yet available: ${which} is printed '${o.printed}'.` };
  if (o.approximate) return { status: 'ESTIMATED', observation: o, explanation: `Estimated: ${which} is printed '${o.printed}' (approximate).` };
  return { status: 'PUBLISHED', observation: o, explanation: `${o.draft ? 'Drafted' : 'Published'}: ${which} is ${o.printed}.` };
}
