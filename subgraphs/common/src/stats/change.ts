import { wilson, type Bounds } from './intervals';

/*
 * Is the change between two periods significant? Two tests, each an interval that either contains "no change"
 * or not (so the significance agrees with intervals the board sees):
 * - two proportions: Newcombe's hybrid score interval for the difference p2 - p1 (Newcombe 1998, "Interval
 *   estimation for the difference between independent proportions", method 10), built from the Wilson intervals
 *   of each proportion. Significant at 95% when the interval excludes 0.
 * - two counts or rates: the conditional test for two Poisson counts: given the total O1 + O2, the later count
 *   O2 is binomial with p0 = E2 / (E1 + E2) under "no change" (E = exposure: the denominator of a rate, 1 for a
 *   plain count). Significant at 95% when the Wilson interval of O2 / (O1 + O2) excludes p0.
 */

export interface ChangeTest {
  /** True when the change is significant at the level. */
  significant: boolean;
  /** The interval that decided it (difference of proportions, or share of the later count). */
  interval: Bounds;
  /** The value "no change" corresponds to on the interval's scale (0, or p0). */
  nullValue: number;
  method: string;
}

/** Newcombe's hybrid score interval (method 10) for p2 - p1, with p1 = r1/n1 (earlier) and p2 = r2/n2 (later). */
export function newcombeDifference(r1: number, n1: number, r2: number, n2: number, level = 0.95): Bounds & { difference: number } {
  const p1 = r1 / n1;
  const p2 = r2 / n2;
  const w1 = wilson(r1, n1, level);
  const w2 = wilson(r2, n2, level);
  const d = p2 - p1;
  return {
    difference: d,
    lower: d - Math.sqrt((p2 - w2.lower) ** 2 + (w1.upper - p1) ** 2),
    upper: d + Math.sqrt((w2.upper - p2) ** 2 + (p1 - w1.lower) ** 2),
  };
}

export function testProportionChange(r1: number, n1: number, r2: number, n2: number, level = 0.95): ChangeTest {
  const ci = newcombeDifference(r1, n1, r2, n2, level);
  return {
    significant: ci.lower > 0 || ci.upper < 0,
    interval: { lower: ci.lower, upper: ci.upper },
    nullValue: 0,
    method: `Newcombe hybrid score ${Math.round(level * 100)}% interval for the difference of two proportions`,
  };
}

/** Conditional test of two Poisson counts o1 (earlier, exposure e1) and o2 (later, exposure e2). */
export function testCountChange(o1: number, o2: number, e1 = 1, e2 = 1, level = 0.95): ChangeTest {
  if (!(e1 > 0 && e2 > 0)) throw new RangeError('exposures must be positive');
  const p0 = e2 / (e1 + e2);
  const total = o1 + o2;
  const method = `Conditional test of two Poisson counts (Wilson ${Math.round(level * 100)}% interval for the later count's share of both)`;
  if (total === 0) return { significant: false, interval: { lower: 0, upper: 1 }, nullValue: p0, method };
  const w = wilson(o2, total, level);
  return { significant: p0 < w.lower || p0 > w.upper, interval: w, nullValue: p0, method };
}
