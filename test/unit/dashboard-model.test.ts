/** The dashboard's pure rules (no browser): which figure a cell shows, completeness, unavailable agencies. */
import { busiestPeriod, completenessOf, figuresAt, periodsOf, unavailableAgencies } from '../../clients/web/dashboard/src/model';
import type { Measure, Observation, Period } from '../../clients/web/dashboard/src/queries';

const FY = (y: number): Period => ({
  code: `${y}-${String((y + 1) % 100).padStart(2, '0')}`,
  label: `${y}-${(y + 1) % 100}`,
  kind: 'FINANCIAL_YEAR',
  start: `${y}-04-01`,
  end: `${y + 1}-03-31`,
});
const CY = (y: number): Period => ({
  code: String(y),
  label: `Jan-Dec ${y}`,
  kind: 'CALENDAR_YEAR',
  start: `${y}-01-01`,
  end: `${y}-12-31`,
});

const obs = (area: string, period: Period, printed: string, flags: Partial<Observation> = {}): Observation => ({
  id: `m|${area}|${period.code}`,
  printed,
  value: Number.parseFloat(printed.replace(/[^0-9.]/g, '')) || null,
  numerator: null,
  denominator: null,
  lowerBound: null,
  upperBound: null,
  approximate: false,
  notAvailable: false,
  suppressed: false,
  status: 'FINAL',
  note: null,
  area: { code: area, name: area },
  period,
  provenance: { publication: 'p', location: 'l' },
  interval: { level: 0.95, method: 'NONE', lower: null, upper: null, computable: false, explanation: 'no numerator' },
  change: { previous: null, difference: null, significant: null, assessment: 'NOT_ASSESSED', explanation: 'no previous period' },
  targetComparison: { target: null, difference: null, met: null, explanation: 'no target' },
  rag: { status: null, rule: 'AGAINST_TARGET', reason: 'no target', comment: null },
  ...flags,
});

const measure = (observations: Observation[]): Measure => ({
  id: 'housing.m',
  name: 'M',
  agency: 'housing',
  leadAgency: 'x',
  unit: 'PERCENTAGE',
  polarity: 'HIGHER_IS_BETTER',
  source: 's',
  definition: 'd',
  target: null,
  ragRule: 'AGAINST_TARGET',
  observations,
});

describe('figuresAt', () => {
  const m = measure([
    obs('kent', FY(2011), '81.4%'),
    obs('kent', FY(2012), '81.8%'),
    obs('medway', FY(2012), 'Approx. 98%', { approximate: true }),
  ]);
  test('the chosen area and period', () => {
    expect(figuresAt(m, 'kent', FY(2012)).observations.map((o) => o.printed)).toEqual(['81.8%']);
    expect(figuresAt(m, 'kent', FY(2012)).exact).toBe(true);
  });
  test('an area without figures of its own shows its nested areas', () => {
    expect(
      figuresAt(m, 'kent-and-medway', FY(2012))
        .observations.map((o) => o.printed)
        .sort(),
    ).toEqual(['81.8%', 'Approx. 98%']);
  });
  test('a later period with no figure shows the most recent earlier one, marked as not exact', () => {
    const shown = figuresAt(m, 'kent', FY(2013));
    expect(shown.observations.map((o) => o.printed)).toEqual(['81.8%']);
    expect(shown.exact).toBe(false);
  });
  test('an earlier period than any figure shows nothing', () => {
    expect(figuresAt(m, 'kent', FY(2009)).observations).toEqual([]);
  });
});

describe("completenessOf (the graph's rule, until it serves completeness)", () => {
  test('published, estimated, late, suppressed and missing, for exactly the area', () => {
    const m = measure([
      obs('kent', FY(2012), '81.8%'),
      obs('medway', FY(2012), 'Approx. 98%', { approximate: true }),
      obs('medway', FY(2011), 'tbc', { notAvailable: true, value: null }),
      obs('kent', FY(2011), 'suppressed', { suppressed: true, value: null }),
    ]);
    expect(completenessOf(m, 'kent', FY(2012)).status).toBe('PUBLISHED');
    expect(completenessOf(m, 'medway', FY(2012)).status).toBe('ESTIMATED');
    expect(completenessOf(m, 'medway', FY(2011)).status).toBe('NOT_YET_AVAILABLE');
    expect(completenessOf(m, 'kent', FY(2011)).status).toBe('SUPPRESSED');
    expect(completenessOf(m, 'kent-and-medway', FY(2012)).status).toBe('MISSING');
    expect(completenessOf(m, 'kent', FY(2013)).status).toBe('MISSING');
  });
  test('a figure counts when its period ends within the period asked: calendar 2012 for 2012-13', () => {
    expect(completenessOf(measure([obs('kent', CY(2012), '22%')]), 'kent', FY(2012))).toEqual({
      status: 'PUBLISHED',
      explanation: '22% (Jan-Dec 2012).',
    });
    expect(completenessOf(measure([obs('kent', CY(2012), '22%')]), 'kent', FY(2013)).status).toBe('MISSING');
  });
  test("the graph's own completeness wins when it is served", () => {
    const m = { ...measure([]), completeness: { status: 'SUPPRESSED' as const, explanation: 'withheld', observation: null } };
    expect(completenessOf(m, 'kent', FY(2012))).toEqual({ status: 'SUPPRESSED', explanation: 'withheld' });
  });
});

test('periods newest first; the default period is the one with most figures', () => {
  const ms = [
    measure([obs('kent', FY(2011), '1'), obs('kent', FY(2012), '2')]),
    measure([obs('kent', FY(2012), '3'), obs('kent', CY(2008), '4')]),
  ];
  expect(periodsOf(ms).map((p) => p.code)).toEqual(['2012-13', '2011-12', '2008']);
  expect(busiestPeriod(ms)).toBe('2012-13');
});

test('unavailable agencies come from the named errors, one message each', () => {
  const errors = [
    {
      message: 'The police subgraph is unavailable: 1 PoliceMeasure object(s) ...',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'police' },
    },
    { message: 'again', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'police' } },
    { message: 'The housing database is unavailable', extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'housing' } },
    { message: 'Unknown area', extensions: { code: 'BAD_USER_INPUT' } },
  ];
  expect([...unavailableAgencies(errors)]).toEqual([
    ['police', 'The police subgraph is unavailable: 1 PoliceMeasure object(s) ...'],
    ['housing', 'The housing database is unavailable'],
  ]);
});
