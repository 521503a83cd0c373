import { registerEnumType } from 'type-graphql';

export enum MeasureUnit {
  PERCENTAGE = 'PERCENTAGE',
  COUNT = 'COUNT',
  RATE = 'RATE',
  RATIO = 'RATIO',
  CURRENCY_GBP = 'CURRENCY_GBP',
}
registerEnumType(MeasureUnit, {
  name: 'MeasureUnit',
  description: 'What the value of a headline measure counts.',
  valuesConfig: {
    PERCENTAGE: { description: 'A percentage, 0-100 (22.41 means 22.41%). Numerator and denominator are given where published.' },
    COUNT: { description: 'A number of people, offences, places or events.' },
    RATE: { description: 'An average or rate, e.g. re-offences per re-offender.' },
    RATIO: { description: 'A proportion printed as "1 in N"; the value is 1/N.' },
    CURRENCY_GBP: { description: 'An amount of money in pounds sterling.' },
  },
});

export enum Polarity {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
  NEUTRAL = 'NEUTRAL',
}
registerEnumType(Polarity, {
  name: 'Polarity',
  description: 'Which direction of change the board reads as an improvement.',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'A rise is an improvement (e.g. % of offenders registered with a GP).' },
    LOWER_IS_BETTER: { description: 'A fall is an improvement (e.g. proportion of offenders who re-offend).' },
    NEUTRAL: { description: 'Descriptive: neither direction is better (e.g. share of the cohort who are female).' },
  },
});

export enum ObservationStatus {
  FINAL = 'FINAL',
  PROVISIONAL = 'PROVISIONAL',
  REVISED = 'REVISED',
}
registerEnumType(ObservationStatus, {
  name: 'ObservationStatus',
  description: 'How settled a published figure is.',
  valuesConfig: {
    FINAL: { description: 'Published as final.' },
    PROVISIONAL: { description: 'Published as provisional or year-to-date; may change.' },
    REVISED: { description: 'A correction of a figure published earlier.' },
  },
});

export enum PeriodKind {
  FINANCIAL_YEAR = 'FINANCIAL_YEAR',
  FINANCIAL_QUARTER = 'FINANCIAL_QUARTER',
  CALENDAR_YEAR = 'CALENDAR_YEAR',
  ROLLING_YEAR = 'ROLLING_YEAR',
  SNAPSHOT = 'SNAPSHOT',
}
registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: 'The kind of reporting period a figure covers.',
  valuesConfig: {
    FINANCIAL_YEAR: { description: 'April to March, written 2012-13.' },
    FINANCIAL_QUARTER: { description: 'A quarter of a financial year, written 2012-13 Q1 (Q1 = April-June).' },
    CALENDAR_YEAR: { description: 'January to December, written 2010.' },
    ROLLING_YEAR: { description: 'Twelve months not aligned to a year, written 2010-07..2011-06 (July 2010 to June 2011).' },
    SNAPSHOT: { description: 'A single date, written 2019-07-26 (e.g. the IOM cohort on 26 July 2019).' },
  },
});

/*
 * Rag is declared by the plan subgraph (goal statuses) and by every agency subgraph (figure RAG): one definition,
 * so composition sees identical enums (same values, same descriptions) and gives no hint.
 */
export enum Rag {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
}
registerEnumType(Rag, {
  name: 'Rag',
  description: 'Red / Amber / Green status of a goal for a period.',
  valuesConfig: {
    RED: { description: 'Not achieved / off track.' },
    AMBER: { description: 'At risk / partly achieved.' },
    GREEN: { description: 'Achieved / on track.' },
  },
});

export enum RagRule {
  AGAINST_TARGET = 'AGAINST_TARGET',
  AGAINST_PREVIOUS_PERIOD = 'AGAINST_PREVIOUS_PERIOD',
  SET_BY_HAND = 'SET_BY_HAND',
}
registerEnumType(RagRule, {
  name: 'RagRule',
  description:
    "How a headline measure's figures get their Red / Amber / Green status, configured per measure by the owning agency. " +
    'A new measure gets AGAINST_TARGET when it has a numeric target, AGAINST_PREVIOUS_PERIOD otherwise.',
  valuesConfig: {
    AGAINST_TARGET: {
      description:
        'GREEN when the figure meets the numeric target (polarity decides the side); AMBER when it misses it but the target lies inside the ' +
        "figure's 95% confidence interval (not significantly different), or, when no interval can be computed, when it misses it by no more than " +
        '5% of the target; RED otherwise. No status when there is no numeric target, no value, or the measure is neutral.',
    },
    AGAINST_PREVIOUS_PERIOD: {
      description:
        'GREEN when the figure is significantly better than the previous period (95% level, polarity decides what better is), AMBER when there is ' +
        'no significant change, RED when significantly worse. No status when the change cannot be tested or the measure is neutral.',
    },
    SET_BY_HAND: {
      description: "The owning agency sets each figure's status by hand, with a comment saying why (the SetFigureRag mutation). No status until it does.",
    },
  },
});

export enum IntervalMethod {
  WILSON_SCORE = 'WILSON_SCORE',
  BYAR = 'BYAR',
  EXACT_POISSON = 'EXACT_POISSON',
  NONE = 'NONE',
}
registerEnumType(IntervalMethod, {
  name: 'IntervalMethod',
  description: 'How a confidence interval was computed (the methods of the PHE / OHID technical guide on confidence intervals).',
  valuesConfig: {
    WILSON_SCORE: { description: 'Wilson score interval for a proportion (percentages and "1 in N" ratios with numerator and denominator).' },
    BYAR: { description: "Byar's approximation to the exact Poisson interval, for counts (and rates' numerators) of 10 or more." },
    EXACT_POISSON: { description: 'Exact Poisson interval from the chi-square distribution, for counts (and rates\' numerators) below 10.' },
    NONE: { description: 'No interval could be computed; the explanation says why.' },
  },
});

export enum ChangeAssessment {
  IMPROVED = 'IMPROVED',
  WORSENED = 'WORSENED',
  NO_SIGNIFICANT_CHANGE = 'NO_SIGNIFICANT_CHANGE',
  CHANGED = 'CHANGED',
  NOT_ASSESSED = 'NOT_ASSESSED',
}
registerEnumType(ChangeAssessment, {
  name: 'ChangeAssessment',
  description: 'How a figure compares with the previous period, tested at the 95% level, read with the measure\'s polarity.',
  valuesConfig: {
    IMPROVED: { description: 'Significantly better than the previous period.' },
    WORSENED: { description: 'Significantly worse than the previous period.' },
    NO_SIGNIFICANT_CHANGE: { description: 'The difference from the previous period is not statistically significant.' },
    CHANGED: { description: 'Significantly different, for a neutral measure (neither direction is better).' },
    NOT_ASSESSED: { description: 'Not tested: no previous figure, a value missing or suppressed, or no numerator and denominator (or count) to test with.' },
  },
});

export enum CompletenessStatus {
  PUBLISHED = 'PUBLISHED',
  ESTIMATED = 'ESTIMATED',
  SUPPRESSED = 'SUPPRESSED',
  NOT_YET_AVAILABLE = 'NOT_YET_AVAILABLE',
  MISSING = 'MISSING',
}
registerEnumType(CompletenessStatus, {
  name: 'CompletenessStatus',
  description: "Whether a measure's figure for an area and a period is there, for the data-completeness gap analysis.",
  valuesConfig: {
    PUBLISHED: { description: 'A figure is published (for the agency\'s own editors: or drafted) and is not qualified as approximate.' },
    ESTIMATED: { description: "The figure is qualified as approximate ('Approx. 97%')." },
    SUPPRESSED: { description: 'Disclosure control withholds the figure from this reader.' },
    NOT_YET_AVAILABLE: { description: "The figure is printed 'tbc': late, not zero." },
    MISSING: { description: 'There is no figure at all for the area and period.' },
  },
});
