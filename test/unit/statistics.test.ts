/**
 * The statistics module (subgraphs/common/src/stats) against published worked values.
 *
 * Sources:
 * - Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of seven methods.
 *   Statistics in Medicine 1998; 17: 857-872, Table II, method 3 (Wilson score, no continuity correction):
 *   81/263 -> 0.2553 to 0.3662; 15/148 -> 0.0624 to 0.1605; 0/20 -> 0 to 0.1611; 1/29 -> 0.0061 to 0.1718.
 * - Newcombe RG. Interval estimation for the difference between independent proportions: comparison of eleven
 *   methods. Statistics in Medicine 1998; 17: 873-890, Table II, method 10 (hybrid score, no continuity correction):
 *   56/70 - 48/80 -> +0.0524 to +0.3339; 9/10 - 3/10 -> +0.1705 to +0.8090; 5/56 - 0/29 -> -0.0381 to +0.1926;
 *   0/10 - 0/20 -> -0.1611 to +0.2775; 0/10 - 0/10 -> -0.2775 to +0.2775.
 * - Exact Poisson limits (Garwood 1936; the chi-square method of the PHE / OHID "Technical Guide: Confidence
 *   Intervals", appendix 2, also tabulated in Breslow and Day 1987): O = 0 -> 0 to 3.689; 1 -> 0.0253 to 5.572;
 *   2 -> 0.2422 to 7.225; 5 -> 1.6235 to 11.668; 10 -> 4.7954 to 18.390; 20 -> 12.2165 to 30.888;
 *   100 -> 81.364 to 121.627.
 * - Byar's method (the same PHE / OHID guide, appendix 1): "within 0.2% of the exact value for numerators of 10 or
 *   more" at 95%; the guide (and Fingertips) use the exact method below 10 and Byar's from 10 up.
 */
import {
  assessChange,
  byar,
  countInterval,
  defaultRagRule,
  exactPoisson,
  newcombeDifference,
  periodsBetween,
  parsePeriod,
  ragAgainstPrevious,
  ragAgainstTarget,
  targetMet,
  testCountChange,
  testProportionChange,
  wilson,
  zFor,
} from '@hub/common/platform';
import { stringMatching } from '../support/matchers';

const close = (actual: number, expected: number, dp: number) => expect(actual).toBeCloseTo(expected, dp);

describe('Wilson score interval (Newcombe 1998, Table II, method 3)', () => {
  test.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i -> %f to %f', (r, n, lower, upper) => {
    const w = wilson(r, n);
    close(w.lower, lower, 4);
    close(w.upper, upper, 4);
  });

  test('Kent 2008 adult proven re-offending, 3,118 of 13,912 (22.41%): 21.73% to 23.11%', () => {
    const w = wilson(3118, 13912);
    // the closed form, written out independently: (2r + z^2 -/+ z sqrt(z^2 + 4 r q)) / (2 (n + z^2))
    const z = 1.959963984540054;
    const q = 1 - 3118 / 13912;
    const lo = (2 * 3118 + z * z - z * Math.sqrt(z * z + 4 * 3118 * q)) / (2 * (13912 + z * z));
    close(w.lower, lo, 10);
    close(w.lower * 100, 21.727, 3);
    close(w.upper * 100, 23.1128, 3);
    expect(w.lower).toBeLessThan(0.2241);
    expect(w.upper).toBeGreaterThan(0.2241);
  });

  test('z for 95% is 1.959964 (from the normal quantile, not the rounded 1.96)', () => {
    close(zFor(0.95), 1.959964, 6);
  });

  test('bad input is refused, naming what is wrong', () => {
    expect(() => wilson(5, 4)).toThrow(/r \(5\) must not exceed n \(4\)/);
    expect(() => wilson(1.5, 4)).toThrow(/r must be a whole number/);
    expect(() => wilson(0, 0)).toThrow(/n must be at least 1/);
    expect(() => zFor(95)).toThrow(/between 0 and 1/);
  });
});

describe('Counts: exact Poisson and Byar (PHE / OHID technical guide)', () => {
  test.each([
    [0, 0, 3.689],
    [1, 0.0253, 5.572],
    [2, 0.2422, 7.225],
    [5, 1.6235, 11.668],
    [10, 4.7954, 18.39],
    [20, 12.2165, 30.888],
    [100, 81.364, 121.627],
  ])('exact Poisson for O = %i: %f to %f', (o, lower, upper) => {
    const e = exactPoisson(o);
    close(e.lower, lower, 3);
    close(e.upper, upper, 2);
  });

  test("Byar's method is within 0.2% of the exact limits for counts of 10 or more", () => {
    for (const o of [10, 11, 15, 20, 50, 100, 245, 1000, 13912]) {
      const b = byar(o);
      const e = exactPoisson(o);
      expect(Math.abs(b.lower - e.lower) / e.lower).toBeLessThan(0.002);
      expect(Math.abs(b.upper - e.upper) / e.upper).toBeLessThan(0.002);
    }
  });

  test("Byar's formula: O = 10 gives 10 (1 - 1/90 - z/(3 sqrt 10))^3 and 11 (1 - 1/99 + z/(3 sqrt 11))^3", () => {
    const z = zFor(0.95);
    const b = byar(10);
    close(b.lower, 10 * (1 - 1 / 90 - z / (3 * Math.sqrt(10))) ** 3, 10);
    close(b.upper, 11 * (1 - 1 / 99 + z / (3 * Math.sqrt(11))) ** 3, 10);
    close(b.lower, 4.787, 3);
    close(b.upper, 18.391, 3);
  });

  test('counts use the exact method below 10 and Byar from 10 (as Fingertips does)', () => {
    expect(countInterval(9).method).toBe('EXACT_POISSON');
    expect(countInterval(10).method).toBe('BYAR');
    expect(countInterval(0)).toMatchObject({ method: 'EXACT_POISSON', lower: 0 });
    expect(() => byar(0)).toThrow(/at least 1/);
  });
});

describe('Change between periods', () => {
  test.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
  ])('Newcombe method 10: %i/%i - %i/%i -> %f to %f', (r2, n2, r1, n1, lower, upper) => {
    // newcombeDifference(earlier, later) is later - earlier: the published p1 - p2 has p1 as "later"
    const d = newcombeDifference(r1, n1, r2, n2);
    close(d.lower, lower, 4);
    close(d.upper, upper, 4);
  });

  test('significance is whether the difference interval excludes 0', () => {
    expect(testProportionChange(48, 80, 56, 70).significant).toBe(true);
    expect(testProportionChange(0, 29, 5, 56).significant).toBe(false);
    // Kent adult re-offending: 2009 22.12% (3,016/13,635) -> 2010 23.20% (2,906/12,526) is significant; 2008 -> 2009 is not
    expect(testProportionChange(3016, 13635, 2906, 12526).significant).toBe(true);
    expect(testProportionChange(3118, 13912, 3016, 13635).significant).toBe(false);
  });

  test('two counts: conditional test (the later share of both against the share expected under no change)', () => {
    // Kent juvenile re-offenders 1,114 (2009) -> 946 (2010): the later share 0.459 has a Wilson interval 0.438-0.481, excluding 0.5
    const t = testCountChange(1114, 946);
    expect(t.significant).toBe(true);
    close(t.nullValue, 0.5, 10);
    expect(t.interval.upper).toBeLessThan(0.5);
    expect(testCountChange(100, 110).significant).toBe(false);
    expect(testCountChange(0, 0).significant).toBe(false);
    // rates: the same counts over different exposures; 100 events over 1,000 -> 200 over 2,000 is no change
    expect(testCountChange(100, 200, 1000, 2000).significant).toBe(false);
    expect(testCountChange(100, 200, 1000, 1000).significant).toBe(true);
  });

  test.each([
    [1.08, true, 'LOWER_IS_BETTER', 'WORSENED'],
    [-1.08, true, 'LOWER_IS_BETTER', 'IMPROVED'],
    [1.08, true, 'HIGHER_IS_BETTER', 'IMPROVED'],
    [-1.08, true, 'HIGHER_IS_BETTER', 'WORSENED'],
    [1.08, true, 'NEUTRAL', 'CHANGED'],
    [-0.29, false, 'LOWER_IS_BETTER', 'NO_SIGNIFICANT_CHANGE'],
    [-0.29, false, 'NEUTRAL', 'NO_SIGNIFICANT_CHANGE'],
  ] as const)('difference %f, significant %p, %s -> %s', (d, sig, polarity, expected) => {
    expect(assessChange(d, sig, polarity)).toBe(expected);
  });
});

describe('Target and RAG rules', () => {
  test('targets are met on the better side; neutral measures are not graded', () => {
    expect(targetMet(22, 22, 'LOWER_IS_BETTER')).toBe(true);
    expect(targetMet(22.41, 22, 'LOWER_IS_BETTER')).toBe(false);
    expect(targetMet(80, 80, 'HIGHER_IS_BETTER')).toBe(true);
    expect(targetMet(79, 80, 'HIGHER_IS_BETTER')).toBe(false);
    expect(targetMet(79, 80, 'NEUTRAL')).toBeNull();
  });

  test('against target: GREEN met, AMBER missed but target inside the interval, RED outside (lower is better)', () => {
    const kent2008 = { lower: 21.727, upper: 23.113 };
    expect(ragAgainstTarget(22.41, 23, 'LOWER_IS_BETTER', kent2008).status).toBe('GREEN');
    expect(ragAgainstTarget(22.41, 22, 'LOWER_IS_BETTER', kent2008)).toMatchObject({
      status: 'AMBER',
      reason: stringMatching(/inside the 95% interval 21.727 to 23.113/),
    });
    expect(ragAgainstTarget(22.41, 21, 'LOWER_IS_BETTER', kent2008)).toMatchObject({
      status: 'RED',
      reason: stringMatching(/outside/),
    });
  });

  test('against target with higher is better, and with the 5% tolerance when there is no interval', () => {
    expect(ragAgainstTarget(81, 80, 'HIGHER_IS_BETTER', null).status).toBe('GREEN');
    expect(ragAgainstTarget(77, 80, 'HIGHER_IS_BETTER', null)).toMatchObject({
      status: 'AMBER',
      reason: stringMatching(/within the 5% tolerance \(4\)/),
    });
    expect(ragAgainstTarget(75, 80, 'HIGHER_IS_BETTER', null).status).toBe('RED');
    expect(ragAgainstTarget(75, 80, 'HIGHER_IS_BETTER', { lower: 70, upper: 82 }).status).toBe('AMBER');
    expect(ragAgainstTarget(75, 80, 'NEUTRAL', null).status).toBeNull();
    expect(ragAgainstTarget(null, 80, 'HIGHER_IS_BETTER', null).status).toBeNull();
    expect(ragAgainstTarget(75, null, 'HIGHER_IS_BETTER', null)).toMatchObject({
      status: null,
      reason: stringMatching(/no numeric target/),
    });
  });

  test('against the previous period: GREEN improved, AMBER no significant change, RED worse; neutral and untested undecided', () => {
    expect(ragAgainstPrevious('IMPROVED', 'x', 'LOWER_IS_BETTER').status).toBe('GREEN');
    expect(ragAgainstPrevious('NO_SIGNIFICANT_CHANGE', 'x', 'LOWER_IS_BETTER').status).toBe('AMBER');
    expect(ragAgainstPrevious('WORSENED', 'x', 'HIGHER_IS_BETTER').status).toBe('RED');
    expect(ragAgainstPrevious('NOT_ASSESSED', 'x', 'HIGHER_IS_BETTER').status).toBeNull();
    // through polarity: the same significant rise is GREEN when higher is better, RED when lower is better
    expect(ragAgainstPrevious(assessChange(1, true, 'HIGHER_IS_BETTER'), '', 'HIGHER_IS_BETTER').status).toBe('GREEN');
    expect(ragAgainstPrevious(assessChange(1, true, 'LOWER_IS_BETTER'), '', 'LOWER_IS_BETTER').status).toBe('RED');
  });

  test('a NEUTRAL measure never gets a status against the previous period: not when it changed, not when it did not', () => {
    expect(ragAgainstPrevious(assessChange(1, true, 'NEUTRAL'), 'x', 'NEUTRAL')).toMatchObject({
      status: null,
      reason: stringMatching(/neutral/),
    });
    expect(ragAgainstPrevious(assessChange(1, false, 'NEUTRAL'), 'x', 'NEUTRAL')).toMatchObject({
      status: null,
      reason: stringMatching(/neutral/),
    });
    expect(ragAgainstPrevious('NO_SIGNIFICANT_CHANGE', 'x', 'NEUTRAL').status).toBeNull();
  });

  test('the default rule: against target with a numeric target, else against the previous period', () => {
    expect(defaultRagRule(80)).toBe('AGAINST_TARGET');
    expect(defaultRagRule(0)).toBe('AGAINST_TARGET');
    expect(defaultRagRule(null)).toBe('AGAINST_PREVIOUS_PERIOD');
  });
});

describe('the gap between a figure and the previous one', () => {
  test.each([
    ['2010', '2012', ['Jan-Dec 2011']],
    ['2009', '2010', []],
    ['2010-11', '2013-14', ['2011-12', '2012-13']],
    ['2012-13 Q3', '2013-14 Q2', ['2012-13 Q4', '2013-14 Q1']],
    ['2009-07..2010-06', '2011-07..2012-06', ['Jul 2010 to Jun 2011']],
    ['2019-07-26', '2020-07-26', []],
  ])('%s then %s: missing %j', (earlier, later, missing) => {
    expect(
      periodsBetween(parsePeriod(earlier), parsePeriod(later)).map((p) =>
        p.kind === 'CALENDAR_YEAR' || p.kind === 'ROLLING_YEAR' ? p.label : p.code,
      ),
    ).toEqual(missing);
  });
});
