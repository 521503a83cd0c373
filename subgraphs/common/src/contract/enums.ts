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
