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
  AGAINST_ENGLAND_AND_WALES = 'AGAINST_ENGLAND_AND_WALES',
  AGAINST_REGION = 'AGAINST_REGION',
  AGAINST_PEER_GROUP = 'AGAINST_PEER_GROUP',
  AGAINST_PREDICTED = 'AGAINST_PREDICTED',
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
        'no significant change, RED when significantly worse. No status when the change cannot be tested (a series break, a kind of figure ' +
        'that is not tested) or the measure is neutral.',
    },
    AGAINST_ENGLAND_AND_WALES: {
      description:
        'As Fingertips compares with England: GREEN when the figure is significantly better than the England and Wales figure of the same period ' +
        "and series (the comparator's value lies outside the figure's 95% interval, on the worse side), AMBER when similar (inside it), RED when " +
        'significantly worse. No status without an interval or a comparator figure.',
    },
    AGAINST_REGION: {
      description:
        'As AGAINST_ENGLAND_AND_WALES, against the figure of the region the area is in (the nearest REGION or PROBATION_REGION above it).',
    },
    AGAINST_PEER_GROUP: {
      description:
        "As AGAINST_ENGLAND_AND_WALES, against the pooled figure of the area's peer group of similar areas (in the manner of CIPFA's nearest " +
        'neighbours): the sum of their numerators over the sum of their denominators.',
    },
    AGAINST_PREDICTED: {
      description:
        "Actual against predicted (NI18's design): GREEN when the actual rate is significantly below the predicted rate for a lower-is-better " +
        "measure (the prediction lies outside the figure's 95% interval on the worse side), AMBER when not significantly different, RED when " +
        'significantly above. With only a relative difference printed, GREEN or RED by its sign when the sign is known; no status when it is not.',
    },
    SET_BY_HAND: {
      description:
        "The owning agency sets each figure's status by hand, with a comment saying why (the SetFigureRag mutation). No status until it does.",
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
    WILSON_SCORE: {
      description: 'Wilson score interval for a proportion (percentages and "1 in N" ratios with numerator and denominator).',
    },
    BYAR: { description: "Byar's approximation to the exact Poisson interval, for counts (and rates' numerators) of 10 or more." },
    EXACT_POISSON: { description: "Exact Poisson interval from the chi-square distribution, for counts (and rates' numerators) below 10." },
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
  description: "How a figure compares with the previous period, tested at the 95% level, read with the measure's polarity.",
  valuesConfig: {
    IMPROVED: { description: 'Significantly better than the previous period.' },
    WORSENED: { description: 'Significantly worse than the previous period.' },
    NO_SIGNIFICANT_CHANGE: { description: 'The difference from the previous period is not statistically significant.' },
    CHANGED: { description: 'Significantly different, for a neutral measure (neither direction is better).' },
    NOT_ASSESSED: {
      description:
        'Not tested: no previous figure, a value missing or suppressed, or no numerator and denominator (or count) to test with.',
    },
  },
});

export enum CompletenessStatus {
  PUBLISHED = 'PUBLISHED',
  ESTIMATED = 'ESTIMATED',
  EXPECTED_RANGE = 'EXPECTED_RANGE',
  SUPPRESSED = 'SUPPRESSED',
  NOT_YET_AVAILABLE = 'NOT_YET_AVAILABLE',
  NOT_YET_DUE = 'NOT_YET_DUE',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  MISSING = 'MISSING',
}
registerEnumType(CompletenessStatus, {
  name: 'CompletenessStatus',
  description: "Whether a measure's figure for an area and a period is there, for the data-completeness gap analysis.",
  valuesConfig: {
    PUBLISHED: { description: "A figure is published (for the agency's own editors: or drafted) and is not qualified as approximate." },
    ESTIMATED: { description: "The figure is qualified as approximate ('Approx. 97%')." },
    SUPPRESSED: { description: 'Disclosure control withholds the figure from this reader.' },
    EXPECTED_RANGE: {
      description: "The figure is printed only as a range or an expectation ('around 150-200', '75-80'): no single value.",
    },
    NOT_YET_AVAILABLE: { description: "The figure is printed 'tbc': late, not zero." },
    NOT_YET_DUE: {
      description:
        "No figure, and none is due yet: the period asked ended less than the measure's publication lag before the date the gap analysis is " +
        'taken on (e.g. proven re-offending is published about 21 months after its cohort year ends).',
    },
    NOT_APPLICABLE: {
      description:
        'The measure does not apply to this area (a Kent-only measure asked for Medway), or it is a research finding rather than a statistic ' +
        "of an area's series. Not a gap.",
    },
    MISSING: { description: 'Truly missing: a figure was due for the area and period and there is none.' },
  },
});

export enum FigureKind {
  RATE = 'RATE',
  EVENT_COUNT = 'EVENT_COUNT',
  RATE_NUMERATOR = 'RATE_NUMERATOR',
  SNAPSHOT_COUNT = 'SNAPSHOT_COUNT',
  CAPACITY = 'CAPACITY',
  APPROXIMATE = 'APPROXIMATE',
  MONEY_ESTIMATE = 'MONEY_ESTIMATE',
  RELATIVE_DIFFERENCE = 'RELATIVE_DIFFERENCE',
  RESEARCH_FINDING = 'RESEARCH_FINDING',
}
registerEnumType(FigureKind, {
  name: 'FigureKind',
  description:
    'The kind of figure a measure publishes. It decides which statistics apply: a 95% interval, a test of the change against the previous figure, ' +
    'and a RAG status. Each statistic explains, when it cannot be computed, that the kind of figure is why.',
  valuesConfig: {
    RATE: {
      description:
        'A rate or proportion with a numerator and a denominator (a percentage, a "1 in N" ratio, events per 1,000): interval, change test and RAG ' +
        'when both are printed (Wilson score for proportions, Poisson for rates).',
    },
    EVENT_COUNT: {
      description:
        "A count of events in a period (offences, discharges, recorded crimes): Poisson interval (exact below 10, Byar's from 10), change test and RAG.",
    },
    RATE_NUMERATOR: {
      description:
        'A count of people that is the numerator of a rate measure (rateMeasureId), e.g. juvenile re-offenders of the re-offending proportion. ' +
        'Its level moves with the size of the cohort, so it gets no interval, no change test and no RAG of its own: read the rate.',
    },
    SNAPSHOT_COUNT: {
      description:
        'A count of people on a date (a caseload, a cohort, employers registered): a census, not a Poisson count, so no interval and no change test; RAG only against a target or by hand.',
    },
    CAPACITY: {
      description:
        'A capacity or provision (bed spaces, apprentice places, training initiatives): not a random count, so no interval and no change test; RAG only against a target or by hand.',
    },
    APPROXIMATE: {
      description:
        "A figure published only as approximate or rounded ('approximately 1,800', 'in the region of 400'): no interval and no change test; RAG only by hand.",
    },
    MONEY_ESTIMATE: { description: 'An estimate of an amount of money: no interval, no change test; RAG only by hand.' },
    RELATIVE_DIFFERENCE: {
      description:
        "A relative difference between two rates (NI18's 'difference to baseline (predicted)'): never subtracted like a rate, so no difference, " +
        'no interval, no change test and no RAG of its own. It is also stored as the PREDICTED comparator of the rate it compares.',
    },
    RESEARCH_FINDING: {
      description:
        'A national research or context finding quoted by a plan ("a third of prisoners lack settled accommodation"), not a statistic of a series: ' +
        'it cites its own year (citedYear) or none, and is left out of `latest`, of trends and of the change, interval and RAG.',
    },
  },
});

export enum ComparatorKind {
  ENGLAND_AND_WALES = 'ENGLAND_AND_WALES',
  REGION = 'REGION',
  PEER_GROUP = 'PEER_GROUP',
  PREDICTED = 'PREDICTED',
}
registerEnumType(ComparatorKind, {
  name: 'ComparatorKind',
  description:
    'What a figure is compared with, as public-health indicator tools (Fingertips) compare an area with England, its region and similar areas.',
  valuesConfig: {
    ENGLAND_AND_WALES: { description: 'The England and Wales figure of the same measure, period and series version.' },
    REGION: {
      description:
        'The figure of the region the area is in (the nearest REGION or PROBATION_REGION above it), same measure, period and series version.',
    },
    PEER_GROUP: {
      description:
        "The pooled figure of the area's peer group of similar areas (in the manner of CIPFA's nearest neighbours): their numerators summed over their denominators summed.",
    },
    PREDICTED: {
      description:
        "The rate predicted for the area's cohort from its characteristics (NI18's actual against predicted). Stored as a rate where the source gives " +
        'one, otherwise as the printed relative difference (with whether its sign is known).',
    },
  },
});

export enum ComparatorVerdict {
  BETTER = 'BETTER',
  SIMILAR = 'SIMILAR',
  WORSE = 'WORSE',
  HIGHER = 'HIGHER',
  LOWER = 'LOWER',
  NOT_COMPARED = 'NOT_COMPARED',
}
registerEnumType(ComparatorVerdict, {
  name: 'ComparatorVerdict',
  description:
    "A figure against a comparator at the 95% level, as Fingertips reads it: the comparator's value outside the figure's 95% interval is a " +
    'significant difference, inside it is similar.',
  valuesConfig: {
    BETTER: { description: 'Significantly better than the comparator (polarity decides what better is).' },
    SIMILAR: { description: 'Not significantly different from the comparator.' },
    WORSE: { description: 'Significantly worse than the comparator.' },
    HIGHER: { description: 'Significantly higher, for a neutral measure (neither direction is better).' },
    LOWER: { description: 'Significantly lower, for a neutral measure.' },
    NOT_COMPARED: {
      description:
        'Not compared: no interval for the figure, no comparator value, a suppressed figure, or a relative difference whose sign is unknown; the explanation says which.',
    },
  },
});
