import {
  assessChange,
  countInterval,
  ragAgainstPrevious,
  ragAgainstTarget,
  targetMet,
  testCountChange,
  testProportionChange,
  wilson,
  type ChangeAssessmentName,
  type ChangeTest,
  type PolarityName,
  type RagStatus,
} from '../stats';
import { periodsBetween } from '../reference/periods';
import type { ComparatorRow, HandRagRecord, MeasureRecord, ObservationRecord, SeriesVersionRecord } from './repository';
import { SUPPRESSED_PRINTED } from './disclosure';

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

export interface SeriesVersionView {
  code: string;
  name: string;
  methodology: string;
  closed: boolean;
  closedNote: string | null;
}

export interface ChangeRecord {
  previous: { period: ObservationRecord['period']; value: number | null; printed: string; seriesVersion: SeriesVersionView } | null;
  seriesBreak: boolean;
  missingPeriods: string[];
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

export interface ComparatorRecord {
  kind: ComparatorRow['kind'];
  areas: Array<{ code: string }>;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  printed: string;
  relativeDifference: number | null;
  signKnown: boolean | null;
  verdict: 'BETTER' | 'SIMILAR' | 'WORSE' | 'HIGHER' | 'LOWER' | 'NOT_COMPARED';
  explanation: string;
}

export interface CompletenessRecord {
  status: 'PUBLISHED' | 'ESTIMATED' | 'EXPECTED_RANGE' | 'SUPPRESSED' | 'NOT_YET_AVAILABLE' | 'NOT_YET_DUE' | 'NOT_APPLICABLE' | 'MISSING';
  observation: ObservationRecord | null;
  explanation: string;
}

const n = (x: number) => x.toLocaleString('en-GB');
/** Rounds away floating-point noise (22.41 - 22.12 = 0.29, not 0.28999999999999915). */
const clean = (x: number) => Math.round(x * 1e9) / 1e9;
const show = (x: number) => String(Math.round(x * 1000) / 1000);
const whole = (x: number | null): x is number => x !== null && Number.isInteger(x) && x >= 0;
const SUPPRESSED = 'suppressed by disclosure control (it would reveal a count of too few people)';
const polarityWords = (p: string) =>
  p === 'HIGHER_IS_BETTER' ? 'higher is better' : p === 'LOWER_IS_BETTER' ? 'lower is better' : 'neutral: neither direction is better';

const none = (explanation: string): IntervalRecord => ({
  level: LEVEL,
  method: 'NONE',
  lower: null,
  upper: null,
  computable: false,
  explanation,
});

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
  const kind = KIND_LIMITS[m.figureKind];
  if (kind) return none(`No interval: ${kind(m)}`);
  if (m.denominatorSummedSnapshots) return none(`No interval: ${summedSnapshots(o)}`);
  const hasRatio = o.numerator !== null && o.denominator !== null;
  // An approximate or rounded figure is not an exact count: a Poisson interval would treat it as one. With an exact
  // numerator and denominator printed beside it, the interval is of those, and says so.
  if (o.approximate && !hasRatio)
    return none(`No interval: the figure is printed as approximate ('${o.printed}'), not as an exact count or proportion.`);
  const approx = o.approximate
    ? ` (the figure is printed as approximate, '${o.printed}'; the interval is of the exact numerator and denominator)`
    : '';
  switch (m.unit) {
    case 'PERCENTAGE':
    case 'RATIO': {
      if (!hasRatio) return none('No interval: the source prints no numerator and denominator.');
      const scale = m.unit === 'PERCENTAGE' ? 100 : 1;
      const w = wilson(o.numerator!, o.denominator!, LEVEL);
      return {
        level: LEVEL,
        method: 'WILSON_SCORE',
        lower: clean(w.lower * scale),
        upper: clean(w.upper * scale),
        computable: true,
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
        level: LEVEL,
        method: ci.method,
        lower: clean(ci.lower),
        upper: clean(ci.upper),
        computable: true,
        explanation: `${what} 95% interval for a count of ${n(c)}, read as a Poisson count${approx}.`,
      };
    }
    case 'RATE': {
      if (!hasRatio) return none('No interval: the source prints no numerator and denominator.');
      const ci = countInterval(o.numerator!, LEVEL);
      const scale = rateScale(o);
      const what = ci.method === 'BYAR' ? "Byar's" : 'Exact Poisson';
      return {
        level: LEVEL,
        method: ci.method,
        lower: clean((ci.lower / o.denominator!) * scale),
        upper: clean((ci.upper / o.denominator!) * scale),
        computable: true,
        explanation: `${what} 95% interval for ${n(o.numerator!)} events over ${n(o.denominator!)}${scale === 1 ? '' : `, per ${n(scale)}`}${approx}.`,
      };
    }
    default:
      return none('No interval: amounts of money are not counts or proportions, so no interval is computed.');
  }
}

/**
 * Why a kind of figure gets no interval and no change test (the words follow 'No interval: ' or 'Not tested: ').
 * RATE and EVENT_COUNT are absent: they get both when the figure carries what the method needs.
 */
export const KIND_LIMITS: Record<string, (m: MeasureRecord) => string> = {
  RATE_NUMERATOR: (m) =>
    `this count of people is the numerator of the rate ${m.rateMeasureId}; its level moves with the size of the cohort, so it is read through that rate, not on its own.`,
  SNAPSHOT_COUNT: () =>
    'a count of people on a date (a census of a caseload or cohort) is not a count of random events, so no Poisson interval or test applies.',
  CAPACITY: () =>
    'a capacity or provision (places, bed spaces, initiatives) is set by decision, not a random count, so no Poisson interval or test applies.',
  APPROXIMATE: () => 'the measure is published only as approximate or rounded figures, which are not exact counts or proportions.',
  MONEY_ESTIMATE: () => 'an estimate of an amount of money is not a count or a proportion.',
  RELATIVE_DIFFERENCE: () =>
    'a relative difference between two rates is not a rate: it is neither given an interval nor subtracted from another.',
  RESEARCH_FINDING: (m) =>
    `a research finding quoted for context (${m.citedYear === null ? 'it cites no year' : `cited for ${m.citedYear}`}) is not a statistic of this area's series.`,
};

const summedSnapshots = (o: ObservationRecord) =>
  `the denominator${o.denominator !== null ? ` (${n(o.denominator)})` : ''} adds several caseload snapshots, so people are counted more than once and a ` +
  'Wilson score interval or a test on it would be too narrow.';

/** The power of ten a rate is printed per (1 for re-offences per re-offender, 1,000 for a rate per 1,000). */
function rateScale(o: ObservationRecord): number {
  if (o.value === null || !o.numerator || !o.denominator) return 1;
  return 10 ** Math.round(Math.log10(o.value / (o.numerator / o.denominator)));
}

/** The test of a change, when both figures carry what it needs; null otherwise. */
function changeTest(prev: ObservationRecord, o: ObservationRecord, unit: string): ChangeTest | null {
  const ratio = (f: ObservationRecord) => f.numerator !== null && f.denominator !== null;
  if ((o.approximate || prev.approximate) && !(ratio(o) && ratio(prev))) return null;
  if ((unit === 'PERCENTAGE' || unit === 'RATIO') && ratio(prev) && ratio(o)) {
    return testProportionChange(prev.numerator!, prev.denominator!, o.numerator!, o.denominator!, LEVEL);
  }
  if (unit === 'RATE' && ratio(prev) && ratio(o))
    return testCountChange(prev.numerator!, o.numerator!, prev.denominator!, o.denominator!, LEVEL);
  if (unit === 'COUNT' && whole(countOf(prev)) && whole(countOf(o))) return testCountChange(countOf(prev)!, countOf(o)!, 1, 1, LEVEL);
  return null;
}

/** The series version of a figure: its own, or for a draft the measure's current (latest) version, which it joins when published. */
export function versionOf(o: Pick<ObservationRecord, 'seriesVersion'>, versions: readonly SeriesVersionRecord[]): SeriesVersionView {
  const v = (o.seriesVersion !== null ? versions.find((x) => x.code === o.seriesVersion) : undefined) ?? versions[versions.length - 1];
  if (!v) throw new Error(`series version ${o.seriesVersion ?? '(current)'} not found`);
  return { code: v.code, name: v.name, methodology: v.methodology, closed: v.closed, closedNote: v.closedNote };
}

/**
 * The change against the previous figure, its significance and how it reads with the measure's polarity. The
 * previous figure is the latest of the same measure, area and kind of period that ends before this one starts; a
 * gap between them is named (missingPeriods), and a previous figure of another series version is a break: nothing
 * is compared across it.
 */
export function figureChange(
  o: ObservationRecord,
  prev: ObservationRecord | null,
  m: MeasureRecord,
  versions: readonly SeriesVersionRecord[],
): ChangeRecord {
  const notAssessed = (
    explanation: string,
    previous: ChangeRecord['previous'] = null,
    difference: number | null = null,
    gap: string[] = [],
    seriesBreak = false,
  ): ChangeRecord => ({
    previous,
    seriesBreak,
    missingPeriods: gap,
    difference,
    significant: null,
    assessment: 'NOT_ASSESSED',
    method: null,
    explanation,
  });
  if (m.figureKind === 'RESEARCH_FINDING') return notAssessed(`Not assessed: ${KIND_LIMITS.RESEARCH_FINDING(m)}`);
  if (!prev)
    return notAssessed(
      `Not assessed: there is no earlier ${o.period.kind.toLowerCase().replace(/_/g, ' ')} figure of this measure for this area.`,
    );
  const mine = versionOf(o, versions);
  const theirs = versionOf(prev, versions);
  const previous = { period: prev.period, value: prev.value, printed: prev.printed, seriesVersion: theirs };
  const gap = periodsBetween(prev.period, o.period as Parameters<typeof periodsBetween>[1]).map((p) => p.label);
  const gapWords = gap.length
    ? ` There is no figure for ${gap.length > 3 ? `${gap.length} periods (${gap[0]} to ${gap[gap.length - 1]})` : gap.join(', ')} between them.`
    : '';
  const was = `the previous figure (${prev.period.label})`;
  if (mine.code !== theirs.code) {
    return notAssessed(
      `Not assessed: series break. This figure is of '${mine.name}', ${was} of '${theirs.name}'; their methodologies differ, so they are not compared.${gapWords}`,
      previous,
      null,
      gap,
      true,
    );
  }
  if (o.suppressed) return notAssessed(`Not assessed: this figure is ${SUPPRESSED}.${gapWords}`, previous, null, gap);
  if (prev.suppressed) return notAssessed(`Not assessed: ${was} is ${SUPPRESSED}.${gapWords}`, previous, null, gap);
  if (m.figureKind === 'RELATIVE_DIFFERENCE')
    return notAssessed(`Not assessed: ${KIND_LIMITS.RELATIVE_DIFFERENCE(m)}${gapWords}`, previous, null, gap);
  if (o.value === null)
    return notAssessed(`Not assessed: this figure has no single value (printed '${o.printed}').${gapWords}`, previous, null, gap);
  if (prev.value === null)
    return notAssessed(`Not assessed: ${was} has no single value (printed '${prev.printed}').${gapWords}`, previous, null, gap);
  const difference = clean(o.value - prev.value);
  const unitWords = m.unit === 'PERCENTAGE' ? ' percentage points' : '';
  const figures = `${o.printed} (${o.period.label}) against ${prev.printed} (${prev.period.label}): ${difference > 0 ? '+' : ''}${show(difference)}${unitWords}.${gapWords}`;
  const limit = KIND_LIMITS[m.figureKind];
  if (limit) return notAssessed(`${figures} Not tested: ${limit(m)}`, previous, difference, gap);
  if (m.denominatorSummedSnapshots) return notAssessed(`${figures} Not tested: ${summedSnapshots(o)}`, previous, difference, gap);
  const test = changeTest(prev, o, m.unit);
  if (!test) {
    const why =
      o.approximate || prev.approximate
        ? 'an approximate figure is not an exact count or proportion.'
        : 'significance needs the numerator and denominator (or the count) of both figures.';
    return notAssessed(`${figures} Not tested: ${why}`, previous, difference, gap);
  }
  const assessment = assessChange(difference, test.significant, m.polarity as PolarityName);
  const scale = m.unit === 'PERCENTAGE' && test.nullValue === 0 ? 100 : 1;
  const interval = `${show(test.interval.lower * scale)} to ${show(test.interval.upper * scale)}${test.nullValue === 0 ? unitWords : `, no change = ${show(test.nullValue)}`}`;
  const verdict: Record<ChangeAssessmentName, string> = {
    IMPROVED: 'significantly better',
    WORSENED: 'significantly worse',
    NO_SIGNIFICANT_CHANGE: 'no significant change',
    CHANGED: 'significantly different',
    NOT_ASSESSED: 'not assessed',
  };
  return {
    previous,
    seriesBreak: false,
    missingPeriods: gap,
    difference,
    significant: test.significant,
    assessment,
    method: test.method,
    explanation: `${figures} ${test.method}: ${interval}. ${verdict[assessment][0].toUpperCase()}${verdict[assessment].slice(1)} (${polarityWords(m.polarity)}).`,
  };
}

/** The figure against its measure's target. */
export function figureTargetComparison(o: ObservationRecord, m: MeasureRecord): TargetComparisonRecord {
  const t = m.target;
  const out = (explanation: string, difference: number | null = null, met: boolean | null = null) => ({
    target: t,
    difference,
    met,
    explanation,
  });
  if (!t) return out('The plan sets no target for this measure.');
  if (t.value === null) return out(`The target is not a number, so the figure is not compared with it: '${t.text}'.`);
  if (o.suppressed) return out(`Not compared: the figure is ${SUPPRESSED}.`);
  if (o.value === null) return out(`Not compared: the figure has no single value (printed '${o.printed}').`);
  const difference = clean(o.value - t.value);
  const met = targetMet(o.value, t.value, m.polarity as PolarityName);
  const side = difference === 0 ? 'equal to' : `${show(Math.abs(difference))} ${difference > 0 ? 'above' : 'below'}`;
  const verdict = met === null ? 'not graded (neutral measure: neither direction is better)' : met ? 'met' : 'not met';
  return out(
    `${show(o.value)} against the target of ${show(t.value)} (${polarityWords(m.polarity)}): ${side} the target, ${verdict}.`,
    difference,
    met,
  );
}

/** The comparator a comparator RAG rule grades against (AGAINST_ENGLAND_AND_WALES -> ENGLAND_AND_WALES). */
export const RULE_COMPARATOR: Record<string, ComparatorRow['kind']> = {
  AGAINST_ENGLAND_AND_WALES: 'ENGLAND_AND_WALES',
  AGAINST_REGION: 'REGION',
  AGAINST_PEER_GROUP: 'PEER_GROUP',
  AGAINST_PREDICTED: 'PREDICTED',
};

const COMPARATOR_WORDS: Record<ComparatorRow['kind'], string> = {
  ENGLAND_AND_WALES: 'England and Wales',
  REGION: 'the region',
  PEER_GROUP: 'the peer group of similar areas',
  PREDICTED: 'the predicted rate',
};

/** The figure's RAG status by the measure's rule. */
export function figureRag(
  o: ObservationRecord,
  m: MeasureRecord,
  facts: { interval?: IntervalRecord; change?: ChangeRecord; hand?: HandRagRecord | null; comparators?: ComparatorRecord[] },
): RagRecord {
  const rule = m.ragRule;
  const base = { rule, comment: null, setBy: null, setAt: null };
  if (o.suppressed) return { ...base, status: null, reason: `No status: the figure is ${SUPPRESSED}.` };
  // A neutral measure has no better direction: no rule, not even a hand-set one, can make it red or green.
  if (m.polarity === 'NEUTRAL')
    return { ...base, status: null, reason: 'No status: the measure is neutral (neither direction is better), so it is never rated.' };
  if (m.figureKind === 'RATE_NUMERATOR') {
    return {
      ...base,
      status: null,
      reason: `No status: this count is the numerator of the rate ${m.rateMeasureId}, which is rated instead; a count that moves with the size of its cohort is not an outcome.`,
    };
  }
  if (m.figureKind === 'RESEARCH_FINDING' || m.figureKind === 'RELATIVE_DIFFERENCE') {
    return { ...base, status: null, reason: `No status: ${KIND_LIMITS[m.figureKind](m)}` };
  }
  if (rule === 'SET_BY_HAND') {
    const h = facts.hand;
    if (!h) return { ...base, status: null, reason: 'Set by hand: the agency has not set a status for this figure yet.' };
    return {
      rule,
      status: h.status as RagStatus,
      reason: `Set by hand on ${h.setAt.slice(0, 10)}: ${h.comment}`,
      comment: h.comment,
      setBy: h.setBy,
      setAt: h.setAt,
    };
  }
  if (rule === 'AGAINST_PREVIOUS_PERIOD') {
    const d = ragAgainstPrevious(facts.change!.assessment, facts.change!.explanation, m.polarity as PolarityName);
    return { ...base, ...d };
  }
  const against = RULE_COMPARATOR[rule];
  if (against) {
    const c = facts.comparators!.find((x) => x.kind === against);
    const label = `Against ${COMPARATOR_WORDS[against]}`;
    if (!c)
      return {
        ...base,
        status: null,
        reason: `${label}: there is no ${COMPARATOR_WORDS[against]} figure for this period and series, so the rule cannot decide.`,
      };
    const status = c.verdict === 'BETTER' ? 'GREEN' : c.verdict === 'SIMILAR' ? 'AMBER' : c.verdict === 'WORSE' ? 'RED' : null;
    return { ...base, status, reason: `${label}: ${c.explanation}` };
  }
  if (m.figureKind === 'APPROXIMATE' || m.figureKind === 'MONEY_ESTIMATE') {
    return {
      ...base,
      status: null,
      reason: `No status: ${KIND_LIMITS[m.figureKind](m)} Such a figure is rated only by hand (SET_BY_HAND).`,
    };
  }
  const i = facts.interval!;
  const d = ragAgainstTarget(
    o.value,
    m.target?.value ?? null,
    m.polarity as PolarityName,
    i.computable ? { lower: i.lower!, upper: i.upper! } : null,
  );
  return { ...base, ...d };
}

/**
 * A figure against its comparators, as Fingertips compares an area with England: the comparator's value outside the
 * figure's 95% interval is a significant difference (better or worse by the polarity; higher or lower for a neutral
 * measure), inside it is similar. Peer figures are pooled (their numerators over their denominators). A predicted
 * rate known only as a relative difference is turned into a rate when its sign is known, and not compared when not.
 */
export function figureComparators(
  o: ObservationRecord,
  m: MeasureRecord,
  rows: readonly ComparatorRow[],
  interval: IntervalRecord,
): ComparatorRecord[] {
  const out: ComparatorRecord[] = [];
  const scale = m.unit === 'PERCENTAGE' ? 100 : m.unit === 'RATE' ? rateScale(o) : 1;
  const fmt = (v: number) => (m.unit === 'PERCENTAGE' ? `${show(v)}%` : show(v));
  const single = (kind: ComparatorRow['kind']) => rows.filter((r) => r.kind === kind);
  for (const kind of ['ENGLAND_AND_WALES', 'REGION', 'PEER_GROUP', 'PREDICTED'] as const) {
    const found = single(kind);
    if (found.length === 0) continue;
    const areas = found.filter((r) => r.areaCode !== null).map((r) => ({ code: r.areaCode! }));
    let value: number | null;
    let numerator: number | null = null;
    let denominator: number | null = null;
    let printed: string;
    let relativeDifference: number | null = null;
    let signKnown: boolean | null = null;
    let blocked: string | null = null;
    if (kind === 'PEER_GROUP') {
      const pooled = found.every((r) => r.numerator !== null && r.denominator !== null) && m.unit !== 'COUNT';
      numerator = pooled ? found.reduce((a, r) => a + r.numerator!, 0) : null;
      denominator = pooled ? found.reduce((a, r) => a + r.denominator!, 0) : null;
      value = pooled ? clean((numerator! / denominator!) * scale) : null;
      printed = value === null ? 'not pooled' : `${fmt(value)} (${found.length} peers pooled: ${n(numerator!)} of ${n(denominator!)})`;
      if (found.some((r) => r.suppressed)) {
        blocked = `a peer's figure is ${SUPPRESSED}`;
        value = numerator = denominator = null;
        printed = SUPPRESSED_PRINTED;
      } else if (!pooled)
        blocked =
          'the peer figures cannot be pooled: pooling needs the numerator and denominator of each (counts of different areas are not pooled)';
    } else {
      const r = found[0];
      value = r.value;
      numerator = r.numerator;
      denominator = r.denominator;
      printed = r.printed;
      relativeDifference = r.relativeDifference;
      signKnown = r.signKnown;
      if (r.suppressed) blocked = `the comparator figure is ${SUPPRESSED}`;
      if (value === null && relativeDifference !== null && o.value !== null) {
        // relative difference = (actual - predicted) / predicted, in percent of the predicted rate
        if (signKnown) value = clean(o.value / (1 + relativeDifference / 100));
        else {
          const below = o.value / (1 - Math.abs(relativeDifference) / 100);
          const above = o.value / (1 + Math.abs(relativeDifference) / 100);
          blocked =
            `the source prints the difference to the predicted rate as ${r.printed} without saying which is higher: the predicted rate was ` +
            `${fmt(below)} if the actual rate was below it, or ${fmt(above)} if above, so the sign is unknown and the two are not compared. ` +
            'A relative difference is never subtracted like a rate';
        }
      }
    }
    const rec: ComparatorRecord = {
      kind,
      areas,
      value,
      numerator,
      denominator,
      printed,
      relativeDifference,
      signKnown,
      verdict: 'NOT_COMPARED',
      explanation: '',
    };
    const against = `${COMPARATOR_WORDS[kind]} (${printed})`;
    if (o.suppressed) rec.explanation = `Not compared: the figure is ${SUPPRESSED}.`;
    else if (blocked) rec.explanation = `Not compared: ${blocked}.`;
    else if (value === null || o.value === null)
      rec.explanation = `Not compared: ${o.value === null ? `the figure has no single value (printed '${o.printed}')` : 'the comparator has no single value'}.`;
    else if (!interval.computable)
      rec.explanation = `Not compared: ${o.printed} against ${against}; significance needs the figure's 95% interval, and ${interval.explanation.replace(/^No interval: /, '')}`;
    else {
      const inside = value >= interval.lower! && value <= interval.upper!;
      const higher = o.value > value;
      rec.verdict = inside
        ? 'SIMILAR'
        : m.polarity === 'NEUTRAL'
          ? higher
            ? 'HIGHER'
            : 'LOWER'
          : (m.polarity === 'HIGHER_IS_BETTER') === higher
            ? 'BETTER'
            : 'WORSE';
      const words = {
        SIMILAR: 'similar to',
        BETTER: 'significantly better than',
        WORSE: 'significantly worse than',
        HIGHER: 'significantly higher than',
        LOWER: 'significantly lower than',
        NOT_COMPARED: '',
      }[rec.verdict];
      rec.explanation =
        `${o.printed} is ${words} ${against}: the comparator lies ${inside ? 'inside' : 'outside'} the figure's 95% interval ` +
        `${show(interval.lower!)} to ${show(interval.upper!)} (${polarityWords(m.polarity)}).`;
    }
    out.push(rec);
  }
  return out;
}

/** Whether an area is one the measure is defined for (one of appliesTo, or an area within one of them). */
export function measureAppliesTo(m: MeasureRecord, areaCode: string, ancestorsOf: (code: string) => string[]): boolean {
  if (m.appliesTo === null) return true;
  return [areaCode, ...ancestorsOf(areaCode)].some((c) => m.appliesTo!.includes(c));
}

/** The ISO date a number of months after another (the last day of the month when it overflows: 31 Jan + 1 = 28 Feb). */
function addMonths(iso: string, months: number): string {
  const [y, mo, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, mo - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * Which status a figure found for a period has, for the completeness gap analysis: a figure that is there
 * (published, estimated, a range, suppressed, tbc), or, with none, why not: the measure does not apply to the area
 * (or is a research finding), it is not due yet (its publication lag has not passed on the date asked), or it is
 * truly missing.
 */
export function figureCompleteness(
  o: ObservationRecord | null,
  asked: { label: string; start: string; end: string },
  area: { code: string; applies: boolean },
  m: MeasureRecord,
  asOf: string,
): CompletenessRecord {
  if (m.figureKind === 'RESEARCH_FINDING') {
    return {
      status: 'NOT_APPLICABLE',
      observation: o,
      explanation: `Not applicable: ${KIND_LIMITS.RESEARCH_FINDING(m)} It is not expected for an area or a period.`,
    };
  }
  if (!o) {
    if (!area.applies) {
      return {
        status: 'NOT_APPLICABLE',
        observation: null,
        explanation: `Not applicable: the measure is defined for ${m.appliesTo!.join(', ')} only, and ${area.code} is not within ${m.appliesTo!.length > 1 ? 'them' : 'it'}.`,
      };
    }
    if (m.publicationLagMonths !== null) {
      const due = addMonths(asked.end, m.publicationLagMonths);
      if (due > asOf) {
        return {
          status: 'NOT_YET_DUE',
          observation: null,
          explanation: `Not yet due: figures of this measure are published about ${m.publicationLagMonths} months after their period ends, so the figure for ${asked.label} is due about ${due}, after ${asOf}.`,
        };
      }
      return {
        status: 'MISSING',
        observation: null,
        explanation: `Missing: no figure of this measure for ${area.code} has a period ending within ${asked.label} (${asked.start} to ${asked.end}); it was due about ${due}.`,
      };
    }
    return {
      status: 'MISSING',
      observation: null,
      explanation: `Missing: no figure of this measure for ${area.code} has a period ending within ${asked.label} (${asked.start} to ${asked.end}).`,
    };
  }
  const which = `${o.draft ? 'the draft' : 'the figure'} for ${o.period.label} (ending ${o.period.end}, within ${asked.label})`;
  if (o.suppressed) return { status: 'SUPPRESSED', observation: o, explanation: `Suppressed: ${which} is ${SUPPRESSED}.` };
  if (o.notAvailable)
    return { status: 'NOT_YET_AVAILABLE', observation: o, explanation: `Not yet available: ${which} is printed '${o.printed}'.` };
  if (o.value === null && (o.lowerBound !== null || o.upperBound !== null)) {
    return { status: 'EXPECTED_RANGE', observation: o, explanation: `A range: ${which} is printed '${o.printed}', with no single value.` };
  }
  if (o.approximate)
    return { status: 'ESTIMATED', observation: o, explanation: `Estimated: ${which} is printed '${o.printed}' (approximate).` };
  return { status: 'PUBLISHED', observation: o, explanation: `${o.draft ? 'Drafted' : 'Published'}: ${which} is ${o.printed}.` };
}
