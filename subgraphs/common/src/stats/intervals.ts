import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';

/*
 * Confidence intervals the way public-health indicator tools (PHE / OHID Fingertips) compute them:
 * - proportions: Wilson score (Wilson 1927; Newcombe 1998, method 3), never the "Wald" p +/- z.se;
 * - counts: the chi-square exact Poisson method below 10 events, Byar's approximation from 10 up
 *   (PHE "Technical Guide: Confidence Intervals", 2018; Breslow and Day 1987).
 * The distribution quantiles come from @stdlib (normal and chi-square quantile functions).
 * Pure functions: no GraphQL, no database.
 */

export interface Bounds {
  lower: number;
  upper: number;
}

/** Count below which the exact Poisson method is used instead of Byar's (PHE guidance: exact below 10). */
export const BYAR_FROM = 10;

/** The two-sided standard normal quantile for a confidence level (1.959964 for 0.95). */
export function zFor(level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be between 0 and 1, got ${level}`);
  return normalQuantile(1 - (1 - level) / 2, 0, 1);
}

function requireCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number of 0 or more, got ${n}`);
}

/** Wilson score interval for the proportion r/n (0-1 scale). */
export function wilson(r: number, n: number, level = 0.95): Bounds {
  requireCount('r', r);
  requireCount('n', n);
  if (n === 0) throw new RangeError('n must be at least 1');
  if (r > n) throw new RangeError(`r (${r}) must not exceed n (${n})`);
  const z = zFor(level);
  const p = r / n;
  const z2 = z * z;
  const centre = 2 * r + z2;
  const spread = z * Math.sqrt(z2 + 4 * r * (1 - p));
  const denom = 2 * (n + z2);
  // r = 0 and r = n give exactly 0 and 1 (the formula does too, up to rounding)
  return { lower: r === 0 ? 0 : (centre - spread) / denom, upper: r === n ? 1 : (centre + spread) / denom };
}

/** Exact (chi-square) Poisson interval for an observed count O: [chi2(a/2, 2O)/2, chi2(1-a/2, 2O+2)/2]. */
export function exactPoisson(o: number, level = 0.95): Bounds {
  requireCount('O', o);
  const a = 1 - level;
  return { lower: o === 0 ? 0 : chisquareQuantile(a / 2, 2 * o) / 2, upper: chisquareQuantile(1 - a / 2, 2 * o + 2) / 2 };
}

/** Byar's approximation to the exact Poisson interval for an observed count O (O >= 1). */
export function byar(o: number, level = 0.95): Bounds {
  requireCount('O', o);
  if (o === 0) throw new RangeError("Byar's method needs a count of at least 1: use the exact method");
  const z = zFor(level);
  const lower = o * (1 - 1 / (9 * o) - z / (3 * Math.sqrt(o))) ** 3;
  const u = o + 1;
  const upper = u * (1 - 1 / (9 * u) + z / (3 * Math.sqrt(u))) ** 3;
  return { lower: Math.max(0, lower), upper };
}

export type CountMethod = 'BYAR' | 'EXACT_POISSON';

/** The interval for a count as Fingertips computes it: exact below BYAR_FROM events, Byar's from there up. */
export function countInterval(o: number, level = 0.95): Bounds & { method: CountMethod } {
  return o < BYAR_FROM ? { ...exactPoisson(o, level), method: 'EXACT_POISSON' } : { ...byar(o, level), method: 'BYAR' };
}
