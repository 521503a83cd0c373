/*
 * Target comparison and RAG rules, as public-health indicator tools (Fingertips) grade them. Pure functions on
 * numbers: the caller says what is known (value, interval, change) and gets a status and the words that explain it.
 */

export type PolarityName = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';
export type RagStatus = 'RED' | 'AMBER' | 'GREEN';
export type RagRuleName = 'AGAINST_TARGET' | 'AGAINST_PREVIOUS_PERIOD' | 'SET_BY_HAND';
export type ChangeAssessmentName = 'IMPROVED' | 'WORSENED' | 'NO_SIGNIFICANT_CHANGE' | 'CHANGED' | 'NOT_ASSESSED';

/**
 * Without an interval, a value that misses its target by no more than this share of the target is AMBER, not
 * RED (5%: a target of 20% is AMBER down to 19% or up to 21%, depending on polarity).
 */
export const TARGET_TOLERANCE = 0.05;

/** The rule a measure gets unless its agency chooses another: against its target when it has a number, else against the previous period. */
export function defaultRagRule(targetValue: number | null | undefined): RagRuleName {
  return targetValue === null || targetValue === undefined ? 'AGAINST_PREVIOUS_PERIOD' : 'AGAINST_TARGET';
}

/** Is the value on the right side of the target? null for a NEUTRAL measure (no side is better). */
export function targetMet(value: number, target: number, polarity: PolarityName): boolean | null {
  if (polarity === 'HIGHER_IS_BETTER') return value >= target;
  if (polarity === 'LOWER_IS_BETTER') return value <= target;
  return null;
}

/** How a significant or not-significant change reads for a measure of this polarity. */
export function assessChange(difference: number, significant: boolean, polarity: PolarityName): ChangeAssessmentName {
  if (!significant || difference === 0) return 'NO_SIGNIFICANT_CHANGE';
  if (polarity === 'NEUTRAL') return 'CHANGED';
  const better = polarity === 'HIGHER_IS_BETTER' ? difference > 0 : difference < 0;
  return better ? 'IMPROVED' : 'WORSENED';
}

export interface RagDecision {
  status: RagStatus | null;
  reason: string;
}

const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * Against target: GREEN when the target is met; AMBER when it is not met but the target lies inside the 95%
 * interval (not significantly different from it), or, with no interval, when the value misses it by no more than
 * TARGET_TOLERANCE of the target; RED otherwise. Undecided (null) without a value, a numeric target, or a
 * better direction (NEUTRAL).
 */
export function ragAgainstTarget(
  value: number | null,
  target: number | null,
  polarity: PolarityName,
  interval: { lower: number; upper: number } | null,
): RagDecision {
  if (target === null) return { status: null, reason: 'Against target: the measure has no numeric target, so the rule cannot decide.' };
  if (value === null) return { status: null, reason: 'Against target: the figure has no value, so the rule cannot decide.' };
  const met = targetMet(value, target, polarity);
  if (met === null)
    return {
      status: null,
      reason: `Against target: the measure is neutral (neither direction is better), so ${fmt(value)} against the target ${fmt(target)} is not graded.`,
    };
  if (met)
    return {
      status: 'GREEN',
      reason: `Against target: ${fmt(value)} meets the target of ${fmt(target)} (${polarity === 'HIGHER_IS_BETTER' ? 'higher' : 'lower'} is better).`,
    };
  if (interval) {
    const inside = target >= interval.lower && target <= interval.upper;
    return inside
      ? {
          status: 'AMBER',
          reason: `Against target: ${fmt(value)} misses the target of ${fmt(target)}, but the target lies inside the 95% interval ${fmt(interval.lower)} to ${fmt(interval.upper)}: not significantly different.`,
        }
      : {
          status: 'RED',
          reason: `Against target: ${fmt(value)} misses the target of ${fmt(target)} and the target lies outside the 95% interval ${fmt(interval.lower)} to ${fmt(interval.upper)}: significantly worse.`,
        };
  }
  const gap = Math.abs(value - target);
  const tolerance = Math.abs(target) * TARGET_TOLERANCE;
  return gap <= tolerance
    ? {
        status: 'AMBER',
        reason: `Against target: ${fmt(value)} misses the target of ${fmt(target)} by ${fmt(gap)}, within the ${TARGET_TOLERANCE * 100}% tolerance (${fmt(tolerance)}) used when no interval can be computed.`,
      }
    : {
        status: 'RED',
        reason: `Against target: ${fmt(value)} misses the target of ${fmt(target)} by ${fmt(gap)}, more than the ${TARGET_TOLERANCE * 100}% tolerance (${fmt(tolerance)}) used when no interval can be computed.`,
      };
}

/**
 * Against the previous period: GREEN when significantly improved, AMBER when there is no significant change, RED
 * when significantly worse. Undecided (null) when the change could not be assessed or the measure is neutral
 * (whether or not its change is significant).
 */
export function ragAgainstPrevious(assessment: ChangeAssessmentName, explanation: string, polarity: PolarityName): RagDecision {
  // No significant change of a neutral measure is not "on track": it has no better direction, so no status at all.
  if (polarity === 'NEUTRAL') {
    return {
      status: null,
      reason: `Against the previous period: the measure is neutral (neither direction is better), so it is not graded. ${explanation}`,
    };
  }
  const status: Record<ChangeAssessmentName, RagStatus | null> = {
    IMPROVED: 'GREEN',
    NO_SIGNIFICANT_CHANGE: 'AMBER',
    WORSENED: 'RED',
    CHANGED: null,
    NOT_ASSESSED: null,
  };
  const words: Record<ChangeAssessmentName, string> = {
    IMPROVED: 'significantly improved',
    NO_SIGNIFICANT_CHANGE: 'no significant change',
    WORSENED: 'significantly worse',
    CHANGED: 'changed significantly, but the measure is neutral (neither direction is better), so it is not graded',
    NOT_ASSESSED: 'the change cannot be assessed, so the rule cannot decide',
  };
  return { status: status[assessment], reason: `Against the previous period: ${words[assessment]}. ${explanation}` };
}
