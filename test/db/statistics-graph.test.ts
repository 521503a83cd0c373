/**
 * Statistics in the graph, through the agency subgraph schemas on real PostgreSQL: intervals, change against the
 * previous period, target comparison and RAG on seeded figures; completeness for the gap analysis; disclosure
 * control; the RAG writes (owning editors only, audited); and the SQL statement count, which must not grow with
 * the number of figures.
 */
import {
  agencyContextFactory,
  agencyDataSource,
  buildAgencySchema,
  CountingLogger,
  migrateAndSeedAgency,
  seedAgency,
  type AgencyContext,
  type AgencyDefinition,
  type Viewer,
} from '@hub/common/platform';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { definition as probation } from '../../subgraphs/probation/src/index';
import { definition as police } from '../../subgraphs/police/src/index';
import { definition as housing } from '../../subgraphs/housing/src/index';
import { definition as health } from '../../subgraphs/health/src/index';
import { definition as dwp } from '../../subgraphs/dwp/src/index';
import { createTestDatabase } from '../support/db';
import { stringMatching } from '../support/matchers';
import { run } from '../support/subgraph';

type Agency = 'probation' | 'police' | 'housing' | 'health' | 'dwp';
const DEFS: Record<Agency, AgencyDefinition> = { probation, police, housing, health, dwp };
const TYPE: Record<Agency, string> = {
  probation: 'ProbationMeasure',
  police: 'PoliceMeasure',
  housing: 'HousingMeasure',
  health: 'HealthMeasure',
  dwp: 'DwpMeasure',
};

interface Period {
  code: string;
}
interface Interval {
  level: number;
  method: string;
  lower: number | null;
  upper: number | null;
  computable: boolean;
  explanation: string;
}
interface Change {
  previous: { period: Period; value: number | null; printed: string } | null;
  seriesBreak: boolean;
  missingPeriods: string[];
  difference: number | null;
  significant: boolean | null;
  assessment: string;
  method: string | null;
  explanation: string;
}
interface TargetComparison {
  target: { value: number | null; text: string } | null;
  difference: number | null;
  met: boolean | null;
  explanation: string;
}
interface FigureRag {
  status: string | null;
  rule: string;
  reason: string;
  comment: string | null;
  setBy: string | null;
  setAt: string | null;
}
interface Comparator {
  kind: string;
  value: number | null;
  printed: string;
  relativeDifference: number | null;
  signKnown: boolean;
  verdict: string;
  explanation: string;
}
/** A figure (observation) with every field the queries of this file select; each query reads only what it selects. */
interface Figure {
  id: string;
  period: Period;
  printed: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
  alreadyPublicIn: string | null;
  seriesVersion: Period | null;
  interval: Interval;
  change: Change;
  targetComparison: TargetComparison;
  rag: FigureRag;
  provenance: { publication: string; published: string | null; publishedNote: string | null };
  comparators: Comparator[];
}
interface SeriesVersion {
  code: string;
  name: string;
  closed: boolean;
  closedNote: string | null;
}
/** An agency measure type with every field the queries of this file select; each query reads only what it selects. */
interface Measure {
  id: string;
  ragRule: string;
  figureKind: string;
  rateMeasureId: string | null;
  citedYear: number | null;
  latest: { printed: string } | null;
  disclosureThreshold: number | null;
  denominatorSummedSnapshots: boolean;
  seriesVersions: SeriesVersion[];
  observations: Figure[];
  completeness: { status: string; explanation: string; observation: { period: Period; printed: string } | null };
  figures: { totalCount: number };
}
/** The answer of an `_entities` query on agency measures. */
interface Entities {
  _entities: Measure[];
}
interface AuditEvent {
  actor: string;
  role: string;
  action: string;
  entity: string;
  entityId: string;
  /** What changed, as JSON text. */
  details: string;
}

let db: Awaited<ReturnType<typeof createTestDatabase>>;
const sources = {} as Record<Agency, DataSource>;
const schemas = {} as Record<Agency, GraphQLSchema>;
const factories = {} as Record<Agency, (v: Viewer) => Promise<AgencyContext>>;
const logger = new CountingLogger();

const PROBATION_EDITOR: Viewer = { subject: 'pat.probation', role: 'agency-editor', agency: 'probation' };
const POLICE_EDITOR: Viewer = { subject: 'sam.police', role: 'agency-editor', agency: 'police' };
const BOARD: Viewer = { subject: 'bo.board', role: 'board', agency: null };
const ADMIN: Viewer = { subject: 'ada.admin', role: 'admin', agency: null };

beforeAll(async () => {
  db = await createTestDatabase('stats');
  const env = { DATABASE_URL: db.url };
  for (const a of Object.keys(DEFS) as Agency[]) {
    await migrateAndSeedAgency(DEFS[a], env);
    sources[a] = agencyDataSource(DEFS[a], env, a === 'probation' ? logger : undefined).dataSource;
    await sources[a].initialize();
    schemas[a] = (await buildAgencySchema(DEFS[a])).schema;
    factories[a] = await agencyContextFactory(DEFS[a], sources[a]);
  }
  // two new figures of a count of people, not marked as already public: 2 (suppressed for readers outside police), then 10
  for (const [period, value] of [
    ['2020-07-26', 2],
    ['2021-07-26', 10],
  ] as const) {
    const r = await as(
      POLICE_EDITOR,
      `mutation ($input: ObservationInput!) { policeRecordObservation(input: $input) { id } }`,
      { input: { measureId: SMALL, area: 'kent-and-medway', period, value } },
      'police',
    );
    expect(r.errors).toBeUndefined();
  }
  expect((await as(POLICE_EDITOR, `mutation { policePublishObservations { published } }`, {}, 'police')).errors).toBeUndefined();
});

/** A count of people (a count of events in a period: who offended in the last 3 months) used for disclosure control. */
const SMALL = 'police.iom-cohort-adults-offending-last-3-months';

afterAll(async () => {
  for (const ds of Object.values(sources)) await ds?.destroy();
  await db?.drop();
});

const as = <T = unknown>(viewer: Viewer, query: string, variables: Record<string, unknown> = {}, agency: Agency = 'probation') =>
  run<T>(schemas[agency], () => factories[agency](viewer), query, variables);

const STATS = `
  interval { level method lower upper computable explanation }
  change { previous { period { code } value printed } seriesBreak missingPeriods difference significant assessment method explanation }
  targetComparison { target { value text } difference met explanation }
  rag { status rule reason comment setBy setAt }`;

const FIGURES = (type: string) => `query ($ids: [_Any!]!, $area: ID, $from: String, $to: String) {
  _entities(representations: $ids) {
    ... on ${type} {
      id ragRule
      observations(area: $area, from: $from, to: $to) { id period { code } printed value numerator denominator suppressed alreadyPublicIn seriesVersion { code } ${STATS} }
    }
  }
}`;

async function measure(viewer: Viewer, id: string, vars: { area?: string; from?: string; to?: string } = {}, agency: Agency = 'probation') {
  const res = await as<Entities>(viewer, FIGURES(TYPE[agency]), { ids: [{ __typename: TYPE[agency], id }], ...vars }, agency);
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0];
}

const figure = async (viewer: Viewer, id: string, period: string, agency: Agency = 'probation', area?: string) =>
  (await measure(viewer, id, { from: period, to: period, area }, agency)).observations[0];

describe('intervals', () => {
  test('Kent 2008 adult proven re-offending, 22.41% = 3,118 / 13,912: Wilson score 21.73% to 23.11%', async () => {
    const o = await figure(BOARD, 'probation.adult-proven-reoffending-proportion', '2008');
    expect(o).toMatchObject({ printed: '22.41%', numerator: 3118, denominator: 13912 });
    expect(o.interval).toMatchObject({
      level: 0.95,
      method: 'WILSON_SCORE',
      computable: true,
      explanation: 'Wilson score 95% interval for 3,118 of 13,912.',
    });
    expect(o.interval.lower).toBeCloseTo(21.727, 3);
    expect(o.interval.upper).toBeCloseTo(23.1128, 3);
  });

  test('a percentage with no numerator and denominator says that no interval can be computed', async () => {
    const o = await figure(BOARD, 'housing.kent-young-offenders-in-suitable-accommodation', '2011-12', 'housing');
    expect(o).toMatchObject({ printed: '81.4%', numerator: null, denominator: null });
    expect(o.interval).toEqual({
      level: 0.95,
      method: 'NONE',
      lower: null,
      upper: null,
      computable: false,
      explanation: 'No interval: the source prints no numerator and denominator.',
    });
  });

  test("a count of events gets Byar's interval (10 or more) and a 'tbc' figure none", async () => {
    const o = await figure(BOARD, 'health.statutory-offenders-completing-treatment', '2012-13', 'health');
    expect(o).toMatchObject({ printed: '574' });
    expect(o.interval).toMatchObject({ method: 'BYAR', computable: true });
    expect(o.interval.lower).toBeLessThan(574);
    expect(o.interval.upper).toBeGreaterThan(574);
    const tbc = await figure(BOARD, 'health.kent-young-offenders-registered-with-gp', '2011-12', 'health');
    expect(tbc.interval).toMatchObject({
      method: 'NONE',
      computable: false,
      explanation: "No interval: the figure is not yet available ('tbc').",
    });
  });
});

describe('change against the previous period', () => {
  test('Kent adult re-offending: 2009 against 2008 is no significant change, 2010 against 2009 is significantly worse (lower is better)', async () => {
    const m = await measure(BOARD, 'probation.adult-proven-reoffending-proportion', { area: 'kent' });
    const byPeriod = Object.fromEntries(m.observations.map((o) => [o.period.code, o]));
    expect(byPeriod['2008'].change).toMatchObject({ previous: null, difference: null, significant: null, assessment: 'NOT_ASSESSED' });
    expect(byPeriod['2009'].change).toMatchObject({
      previous: { period: { code: '2008' }, value: 22.41, printed: '22.41%' },
      difference: -0.29,
      significant: false,
      assessment: 'NO_SIGNIFICANT_CHANGE',
      method: stringMatching(/Newcombe/),
    });
    expect(byPeriod['2010'].change).toMatchObject({ previous: { period: { code: '2009' } }, significant: true, assessment: 'WORSENED' });
    expect(byPeriod['2010'].change.difference).toBeCloseTo(1.08, 10);
    expect(byPeriod['2010'].change.explanation).toMatch(
      /23.20% \(Jan-Dec 2010\) against 22.12% \(Jan-Dec 2009\): \+1.08 percentage points.*Significantly worse \(lower is better\)/,
    );
    // the rolling year July 2010 - June 2011 has no earlier rolling year: a different kind of period is not "previous"
    expect(byPeriod['2010-07..2011-06'].change).toMatchObject({ previous: null, assessment: 'NOT_ASSESSED' });
    // the measure has no target: its default rule is against the previous period
    expect(m.ragRule).toBe('AGAINST_PREVIOUS_PERIOD');
    expect(byPeriod['2009'].rag).toMatchObject({
      rule: 'AGAINST_PREVIOUS_PERIOD',
      status: 'AMBER',
      reason: stringMatching(/no significant change/),
    });
    expect(byPeriod['2010'].rag).toMatchObject({ status: 'RED', reason: stringMatching(/significantly worse/) });
    expect(byPeriod['2008'].rag).toMatchObject({ status: null, reason: stringMatching(/cannot be assessed/) });
  });

  test('Kent juvenile re-offenders 1,114 -> 946: the count is the numerator of its rate, so it is not rated; the rate 29.0% -> 33.4% is RED', async () => {
    const count = await measure(BOARD, 'probation.juvenile-proven-reoffending-reoffenders', { from: '2010', to: '2010' });
    const o = count.observations[0];
    expect(o).toMatchObject({ printed: '946', value: 946 });
    // the cohort shrank by 26%: the count fell with it, and is neither tested nor rated on its own
    expect(o.change).toMatchObject({
      difference: -168,
      significant: null,
      assessment: 'NOT_ASSESSED',
      method: null,
      explanation: stringMatching(/numerator of the rate probation.juvenile-proven-reoffending-proportion/),
    });
    expect(o.interval).toMatchObject({ method: 'NONE', computable: false });
    expect(o.rag).toMatchObject({
      status: null,
      rule: 'AGAINST_PREVIOUS_PERIOD',
      reason: stringMatching(/numerator of the rate probation.juvenile-proven-reoffending-proportion, which is rated instead/),
    });
    const rate = await figure(BOARD, 'probation.juvenile-proven-reoffending-proportion', '2010');
    expect(rate.change).toMatchObject({ significant: true, assessment: 'WORSENED' });
    expect(rate.rag).toMatchObject({ status: 'RED', rule: 'AGAINST_PREVIOUS_PERIOD' });
    const kinds = await as<Entities>(
      BOARD,
      `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on ProbationMeasure { id figureKind rateMeasureId } } }`,
      {
        ids: ['probation.juvenile-proven-reoffending-reoffenders', 'probation.juvenile-proven-reoffending-proportion'].map((id) => ({
          __typename: 'ProbationMeasure',
          id,
        })),
      },
    );
    expect(kinds.data!._entities).toEqual([
      {
        id: 'probation.juvenile-proven-reoffending-reoffenders',
        figureKind: 'RATE_NUMERATOR',
        rateMeasureId: 'probation.juvenile-proven-reoffending-proportion',
      },
      { id: 'probation.juvenile-proven-reoffending-proportion', figureKind: 'RATE', rateMeasureId: null },
    ]);
  });

  test('a NEUTRAL measure never gets a RAG, whether its change is significant or not', async () => {
    // the adult cohort (neutral): 13,912 -> 13,635 -> 12,526, tested as counts of cohort entries
    const m = await measure(BOARD, 'probation.adult-proven-reoffending-offenders', { area: 'kent' });
    const byPeriod = Object.fromEntries(m.observations.map((o) => [o.period.code, o]));
    expect(byPeriod['2009'].change.assessment).toBe('NO_SIGNIFICANT_CHANGE');
    expect(byPeriod['2010'].change.assessment).toBe('CHANGED');
    for (const p of ['2009', '2010']) {
      expect(byPeriod[p].rag).toMatchObject({ status: null, reason: stringMatching(/neutral/) });
    }
  });

  test('without numerator and denominator the difference is given but not tested', async () => {
    const o = await figure(BOARD, 'housing.kent-young-offenders-in-suitable-accommodation', '2012-13', 'housing');
    expect(o.change).toMatchObject({
      previous: { period: { code: '2011-12' }, value: 81.4 },
      difference: 0.4,
      significant: null,
      assessment: 'NOT_ASSESSED',
      method: null,
    });
    expect(o.change.explanation).toMatch(/Not tested: significance needs the numerator and denominator/);
    // an approximate figure is not tested either, and says why
    const approx = await figure(BOARD, 'housing.medway-young-offenders-in-suitable-accommodation', '2012-13', 'housing');
    expect(approx.change).toMatchObject({
      difference: 1,
      significant: null,
      assessment: 'NOT_ASSESSED',
      explanation: stringMatching(/Not tested: an approximate figure/),
    });
  });
});

describe('target comparison and RAG against target', () => {
  const DEFINE = `mutation ($input: MeasureInput!) { probationDefineMeasure(input: $input) { id ragRule target { value } } }`;
  const RECORD = `mutation ($input: ObservationInput!) { probationRecordObservation(input: $input) { id } }`;
  const id = 'probation.stats-target-test';

  beforeAll(async () => {
    const base = {
      name: 'Stats target test',
      definition: 'A test measure',
      unit: 'PERCENTAGE',
      polarity: 'LOWER_IS_BETTER',
      leadAgency: 'Kent Probation',
      source: 'test',
    };
    const defined = await as<{ probationDefineMeasure: Pick<Measure, 'id' | 'ragRule'> & { target: { value: number | null } | null } }>(
      PROBATION_EDITOR,
      DEFINE,
      { input: { ...base, id, target: { value: 22, text: 'Below 22%' } } },
    );
    expect(defined.errors).toBeUndefined();
    // defining a measure chooses the same default as the migration: against target when the target is a number
    expect(defined.data!.probationDefineMeasure).toEqual({ id, ragRule: 'AGAINST_TARGET', target: { value: 22 } });
    const plain = await as<{ probationDefineMeasure: Pick<Measure, 'id' | 'ragRule'> }>(PROBATION_EDITOR, DEFINE, {
      input: { ...base, id: 'probation.stats-no-target-test' },
    });
    expect(plain.data!.probationDefineMeasure.ragRule).toBe('AGAINST_PREVIOUS_PERIOD');
    for (const [period, value, numerator, denominator] of [
      ['2008', 22.41, 3118, 13912],
      ['2009', 25, 2500, 10000],
      ['2010', 20, 2000, 10000],
    ] as const) {
      const r = await as(PROBATION_EDITOR, RECORD, { input: { measureId: id, area: 'kent', period, value, numerator, denominator } });
      expect(r.errors).toBeUndefined();
    }
    expect((await as(PROBATION_EDITOR, `mutation { probationPublishObservations { published } }`)).errors).toBeUndefined();
  });

  test('GREEN when met, AMBER when missed but the target is inside the interval, RED when outside (lower is better)', async () => {
    const m = await measure(BOARD, id, { area: 'kent' });
    const [y2008, y2009, y2010] = m.observations;
    expect(y2008.targetComparison).toMatchObject({ target: { value: 22 }, difference: 0.41, met: false });
    expect(y2008.rag).toMatchObject({
      rule: 'AGAINST_TARGET',
      status: 'AMBER',
      reason: stringMatching(/inside the 95% interval 21.727 to 23.113/),
    });
    expect(y2009.targetComparison).toMatchObject({ difference: 3, met: false });
    expect(y2009.rag).toMatchObject({ status: 'RED', reason: stringMatching(/outside the 95% interval/) });
    expect(y2010.targetComparison).toMatchObject({
      difference: -2,
      met: true,
      explanation: stringMatching(/2 below the target, met/),
    });
    expect(y2010.rag).toMatchObject({ status: 'GREEN' });
  });

  test('a measure without a target says so', async () => {
    const o = await figure(BOARD, 'probation.adult-proven-reoffending-proportion', '2008');
    expect(o.targetComparison).toEqual({
      target: null,
      difference: null,
      met: null,
      explanation: 'The plan sets no target for this measure.',
    });
  });
});

describe('completeness for the gap analysis', () => {
  const COMPLETENESS = (type: string) => `query ($ids: [_Any!]!, $area: ID!, $period: String!, $asOf: String) {
    _entities(representations: $ids) { ... on ${type} { id completeness(area: $area, period: $period, asOf: $asOf) { status explanation observation { period { code } printed } } } }
  }`;
  const completeness = async (viewer: Viewer, agency: Agency, id: string, area: string, period: string, asOf?: string) => {
    const res = await as<Entities>(
      viewer,
      COMPLETENESS(TYPE[agency]),
      { ids: [{ __typename: TYPE[agency], id }], area, period, asOf },
      agency,
    );
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0].completeness;
  };

  test('PUBLISHED, ESTIMATED (Approx.), NOT_YET_AVAILABLE (tbc) and MISSING', async () => {
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'kent', '2008')).toMatchObject({
      status: 'PUBLISHED',
      observation: { period: { code: '2008' }, printed: '22.41%' },
    });
    expect(
      await completeness(BOARD, 'housing', 'housing.medway-young-offenders-in-suitable-accommodation', 'medway', '2011-12'),
    ).toMatchObject({
      status: 'ESTIMATED',
      observation: { printed: 'Approx. 97%' },
    });
    expect(await completeness(BOARD, 'health', 'health.kent-young-offenders-registered-with-gp', 'kent', '2011-12')).toMatchObject({
      status: 'NOT_YET_AVAILABLE',
      observation: { printed: 'tbc' },
    });
    // taken today, the 2012-13 figure was due about 22 months after March 2013, and is truly missing
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'kent', '2012-13')).toMatchObject({
      status: 'MISSING',
      observation: null,
      explanation: stringMatching(/no figure of this measure for kent has a period ending within 2012-13 .*it was due about 2015-01-31/),
    });
  });

  test('the gap analysis says why: not yet due (publication lag), not applicable to the area, an expected range, truly missing', async () => {
    // the 2012-13 stock take (17 July 2013): proven re-offending for 2012-13 is published about 22 months after its end
    expect(
      await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'kent', '2012-13', '2013-07-17'),
    ).toMatchObject({
      status: 'NOT_YET_DUE',
      observation: null,
      explanation: stringMatching(/published about 22 months after their period ends.*due about 2015-01-31, after 2013-07-17/),
    });
    // a Kent-only measure asked for Medway (and for Kent's districts it still applies)
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'medway', '2008')).toMatchObject({
      status: 'NOT_APPLICABLE',
      explanation: stringMatching(/defined for kent only, and medway is not within it/),
    });
    expect(
      await completeness(BOARD, 'housing', 'housing.kent-young-offenders-in-suitable-accommodation', 'medway', '2012-13'),
    ).toMatchObject({ status: 'NOT_APPLICABLE' });
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'maidstone', '2008')).toMatchObject({
      status: 'MISSING',
    });
    // printed only as a range
    expect(await completeness(BOARD, 'police', 'police.iom-nominals-on-list', 'havering', '2016-17')).toMatchObject({
      status: 'EXPECTED_RANGE',
      observation: { printed: '75-80' },
    });
    // a research finding is not expected for an area or a period
    expect(
      await completeness(BOARD, 'housing', 'housing.prisoners-without-settled-accommodation-share', 'england-and-wales', '2016-17'),
    ).toMatchObject({ status: 'NOT_APPLICABLE' });
    // a measure without a known lag, with no figure: missing
    expect(await completeness(BOARD, 'police', 'police.recorded-crime', 'havering', '2016-17')).toMatchObject({ status: 'MISSING' });
    const bad = await as(BOARD, COMPLETENESS('ProbationMeasure'), {
      ids: [{ __typename: 'ProbationMeasure', id: 'probation.adult-proven-reoffending-proportion' }],
      area: 'kent',
      period: '2012-13',
      asOf: '17/07/2013',
    });
    expect(bad.errors?.[0]).toMatchObject({ message: stringMatching(/asOf.*YYYY-MM-DD/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('the figure that counts is the one whose period ends within the period asked (the latest end)', async () => {
    // financial year 2010-11 (Apr 2010 - Mar 2011): calendar 2010 ends within it; the rolling year to June 2011 does not
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'kent', '2010-11')).toMatchObject({
      status: 'PUBLISHED',
      observation: { period: { code: '2010' } },
    });
    // 2011-12: the rolling year ending June 2011 counts
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'kent', '2011-12')).toMatchObject({
      observation: { period: { code: '2010-07..2011-06' } },
    });
  });

  test('SUPPRESSED for a reader outside the agency, PUBLISHED for its editor', async () => {
    expect(await completeness(BOARD, 'police', SMALL, 'kent-and-medway', '2020-07-26')).toMatchObject({
      status: 'SUPPRESSED',
      observation: { printed: 'suppressed' },
    });
    expect(await completeness(POLICE_EDITOR, 'police', SMALL, 'kent-and-medway', '2020-07-26')).toMatchObject({
      status: 'PUBLISHED',
      observation: { printed: '2' },
    });
  });

  test('an unknown area or an unreadable period is an error naming the argument', async () => {
    const q = COMPLETENESS('ProbationMeasure');
    const ids = [{ __typename: 'ProbationMeasure', id: 'probation.adult-proven-reoffending-proportion' }];
    const badArea = await as(BOARD, q, { ids, area: 'kentt', period: '2008' });
    expect(badArea.errors?.[0]).toMatchObject({
      message: stringMatching(/Unknown area "kentt" for argument "area"/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const badPeriod = await as(BOARD, q, { ids, area: 'kent', period: 'last year' });
    expect(badPeriod.errors?.[0]).toMatchObject({
      message: stringMatching(/Invalid value for argument "period": "last year"/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('disclosure control', () => {
  test('a suppressed figure leaks nothing through its interval, change, target comparison or RAG', async () => {
    const o = await figure(BOARD, SMALL, '2020-07-26', 'police');
    expect(o).toMatchObject({ suppressed: true, value: null, printed: 'suppressed' });
    expect(o.interval).toMatchObject({
      method: 'NONE',
      lower: null,
      upper: null,
      computable: false,
      explanation: stringMatching(/suppressed/),
    });
    expect(o.change).toMatchObject({ difference: null, significant: null, assessment: 'NOT_ASSESSED' });
    expect(o.targetComparison).toMatchObject({ difference: null, met: null });
    expect(o.rag).toMatchObject({ status: null, comment: null, reason: stringMatching(/suppressed/) });
    expect(JSON.stringify(o)).not.toMatch(/\b2\b(?!0)|0\.24|7\.22/); // no value 2, no exact Poisson limits of 2
  });

  test('a figure whose previous figure is suppressed gives no difference, and the previous value stays hidden', async () => {
    const o = await figure(BOARD, SMALL, '2021-07-26', 'police');
    expect(o).toMatchObject({ suppressed: false, value: 10 });
    expect(o.change).toMatchObject({
      previous: { period: { code: '2020-07-26' }, value: null, printed: 'suppressed' },
      difference: null,
      significant: null,
      assessment: 'NOT_ASSESSED',
      explanation: stringMatching(/previous figure .* is suppressed/),
    });
    // the agency's own editor sees the raw values and their statistics
    const raw = await figure(POLICE_EDITOR, SMALL, '2021-07-26', 'police');
    expect(raw.change).toMatchObject({ previous: { value: 2, printed: '2' }, difference: 8, assessment: 'WORSENED' });
    const raw2020 = await figure(POLICE_EDITOR, SMALL, '2020-07-26', 'police');
    expect(raw2020.interval).toMatchObject({ method: 'EXACT_POISSON', computable: true });
    expect(raw2020.interval.upper).toBeCloseTo(7.2247, 3);
  });

  test('a figure already published in a public source stays visible ("2 of the cohort are female", "4 youths"); the rule stays for new data', async () => {
    for (const [id, printed] of [
      ['police.iom-cohort-female', '2'],
      ['police.iom-cohort-youths-offending-last-3-months', '4'],
    ]) {
      const res = await as<Entities>(
        BOARD,
        `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on PoliceMeasure { disclosureThreshold observations { printed value suppressed alreadyPublicIn } } } }`,
        { ids: [{ __typename: 'PoliceMeasure', id }] },
        'police',
      );
      expect(res.errors).toBeUndefined();
      const [m] = res.data!._entities;
      expect(m.disclosureThreshold).toBe(5);
      expect(m.observations).toEqual([
        {
          printed,
          value: Number(printed),
          suppressed: false,
          alreadyPublicIn: stringMatching(/KMROB update to Kent Community Safety Partnership, 8 October 2019/),
        },
      ]);
    }
    // a new figure of the same size, not marked public, is suppressed as before
    expect(await figure(BOARD, SMALL, '2020-07-26', 'police')).toMatchObject({ suppressed: true, alreadyPublicIn: null });
    // and the suppressed filter of the figures query agrees (disclosure control in SQL)
    const listed = await as<Entities>(
      BOARD,
      `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on PoliceMeasure { figures(filter: { suppressed: true }) { totalCount } } } }`,
      { ids: [{ __typename: 'PoliceMeasure', id: 'police.iom-cohort-female' }] },
      'police',
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!._entities[0].figures.totalCount).toBe(0);
  });

  test('an agency editor marks a published figure as already public, and can clear the mark; audited', async () => {
    const MARK = `mutation ($period: String!, $source: String) { policeMarkFigurePublic(measure: "${SMALL}", area: "kent-and-medway", period: $period, source: $source) { printed suppressed alreadyPublicIn } }`;
    expect((await as(PROBATION_EDITOR, MARK, { period: '2020-07-26', source: 'x' }, 'police')).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const marked = await as(POLICE_EDITOR, MARK, { period: '2020-07-26', source: 'Police and Crime Panel paper, 1 August 2020' }, 'police');
    expect(marked.errors).toBeUndefined();
    expect(await figure(BOARD, SMALL, '2020-07-26', 'police')).toMatchObject({
      printed: '2',
      suppressed: false,
      alreadyPublicIn: 'Police and Crime Panel paper, 1 August 2020',
    });
    const cleared = await as(POLICE_EDITOR, MARK, { period: '2020-07-26', source: null }, 'police');
    expect(cleared.errors).toBeUndefined();
    expect(await figure(BOARD, SMALL, '2020-07-26', 'police')).toMatchObject({ printed: 'suppressed', suppressed: true });
    const missing = await as(POLICE_EDITOR, MARK, { period: '2030-07-26', source: 'x' }, 'police');
    expect(missing.errors?.[0].message).toMatch(/has no published figure for kent-and-medway in 2030-07-26/);
    const trail = (
      await as<{ policeAuditTrail: AuditEvent[] }>(
        POLICE_EDITOR,
        `{ policeAuditTrail(limit: 2) { action entityId details } }`,
        {},
        'police',
      )
    ).data!.policeAuditTrail;
    expect(trail.map((e) => [e.action, JSON.parse(e.details) as unknown])).toEqual([
      ['mark-figure-public', { before: 'Police and Crime Panel paper, 1 August 2020', after: null }],
      ['mark-figure-public', { before: null, after: 'Police and Crime Panel paper, 1 August 2020' }],
    ]);
  });
});

describe('kinds of figure', () => {
  test('approximate and rounded figures, capacities and snapshots get no Poisson interval and no change test', async () => {
    const cases: Array<[Agency, string, string, string, RegExp]> = [
      ['police', 'police.individuals-accused-at-court', '2015-16', 'approximately 1,800', /published only as approximate or rounded/],
      ['probation', 'probation.crc-caseload', '2017-01-18', 'in the region of 400', /published only as approximate or rounded/],
      ['dwp', 'dwp.fsf-offender-training-initiatives', '2012-13', 'four', /capacity or provision/],
      ['housing', 'housing.offender-supported-bed-spaces-secured', '2019-10-08', '10', /capacity or provision/],
      ['probation', 'probation.nps-caseload', '2017-01-18', '320', /count of people on a date/],
    ];
    for (const [agency, id, period, printed, why] of cases) {
      const o = await figure(BOARD, id, period, agency);
      expect(o).toMatchObject({ printed });
      expect(o.interval).toMatchObject({
        method: 'NONE',
        lower: null,
        upper: null,
        computable: false,
        explanation: stringMatching(why),
      });
    }
    // an approximate figure of a rate measure, without numerator and denominator, says it is approximate
    const approx = await figure(BOARD, 'housing.medway-young-offenders-in-suitable-accommodation', '2011-12', 'housing');
    expect(approx.interval).toMatchObject({
      method: 'NONE',
      explanation: "No interval: the figure is printed as approximate ('Approx. 97%'), not as an exact count or proportion.",
    });
  });

  test('a research finding cites its own year or none, and is left out of latest and of the change', async () => {
    const q = `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on HousingMeasure { figureKind citedYear latest { printed }
      observations { printed provenance { published } change { assessment explanation } interval { computable } rag { status } } } } }`;
    const res = await as<Entities>(
      BOARD,
      q,
      { ids: [{ __typename: 'HousingMeasure', id: 'housing.prisoners-without-settled-accommodation-share' }] },
      'housing',
    );
    expect(res.errors).toBeUndefined();
    const m = res.data!._entities[0];
    expect(m).toMatchObject({ figureKind: 'RESEARCH_FINDING', citedYear: null, latest: null });
    expect(m.observations[0]).toMatchObject({
      printed: 'A third',
      change: { assessment: 'NOT_ASSESSED', explanation: stringMatching(/research finding .*cites no year/) },
      interval: { computable: false },
      rag: { status: null },
    });
    const cited = await as<Entities>(
      BOARD,
      `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on DwpMeasure { figureKind citedYear latest { printed } } } }`,
      { ids: [{ __typename: 'DwpMeasure', id: 'dwp.offenders-no-educational-qualifications-share' }] },
      'dwp',
    );
    expect(cited.data!._entities[0]).toEqual({ figureKind: 'RESEARCH_FINDING', citedYear: 2010, latest: null });
  });

  test("a publication date the source does not give is null with a note (the 2012-15 plan), never '2012-04-01'", async () => {
    const res = await as<Entities>(
      BOARD,
      `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on ProbationMeasure { observations { provenance { publication published publishedNote } } } } }`,
      { ids: [{ __typename: 'ProbationMeasure', id: 'probation.community-order-starts-accommodation-need-proportion' }] },
    );
    expect(res.data!._entities[0].observations[0].provenance).toEqual({
      publication: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015',
      published: null,
      publishedNote: 'The source gives no publication date; none is recorded rather than one invented.',
    });
    for (const schema of Object.keys(DEFS)) {
      const [{ n }] = await sources[schema as Agency].query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM "${schema}".observation WHERE published = '2012-04-01'`,
      );
      expect(n).toBe(0);
    }
    const dated = await figure(BOARD, 'probation.adult-proven-reoffending-proportion', '2008');
    expect(dated).toBeDefined();
  });
});

describe('NI18: actual against predicted', () => {
  const Q = `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on ProbationMeasure { id ragRule denominatorSummedSnapshots
    seriesVersions { code closed closedNote }
    observations { period { code } printed interval { method computable explanation } change { difference assessment explanation }
      comparators { kind value printed relativeDifference signKnown verdict explanation } rag { status rule reason } } } } }`;
  const ni18 = async (id: string) => {
    const res = await as<Entities>(BOARD, Q, { ids: [{ __typename: 'ProbationMeasure', id }] });
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0];
  };

  test('the summed-snapshot denominator gets no interval, the rate is rated against the prediction, and the unsigned difference is not compared', async () => {
    const m = await ni18('probation.ni18-reoffending-proportion');
    expect(m).toMatchObject({
      ragRule: 'AGAINST_PREDICTED',
      denominatorSummedSnapshots: true,
      seriesVersions: [{ code: 'original', closed: true, closedNote: stringMatching(/National Indicator 18 ended/) }],
    });
    const y2012 = m.observations.find((o) => o.period.code === '2012')!;
    expect(y2012.interval).toMatchObject({
      method: 'NONE',
      computable: false,
      explanation: stringMatching(/denominator \(16,503\) adds several caseload snapshots, so people are counted more than once/),
    });
    expect(y2012.change).toMatchObject({
      difference: -0.57,
      assessment: 'NOT_ASSESSED',
      explanation: stringMatching(/Not tested: the denominator/),
    });
    expect(y2012.comparators).toEqual([
      {
        kind: 'PREDICTED',
        value: null,
        printed: '4.75%',
        relativeDifference: 4.75,
        signKnown: false,
        verdict: 'NOT_COMPARED',
        explanation: stringMatching(
          /predicted rate was 9\.501% if the actual rate was below it, or 8\.640% if above|predicted rate was 9\.501% if the actual rate was below it, or 8\.64% if above/,
        ),
      },
    ]);
    expect(y2012.rag).toMatchObject({
      rule: 'AGAINST_PREDICTED',
      status: null,
      reason: stringMatching(/Against the predicted rate: .*sign is unknown/),
    });
  });

  test('the printed relative differences are never subtracted like rates (4.75% against 11.75% is not -7 points)', async () => {
    const m = await ni18('probation.ni18-difference-to-baseline-predicted');
    const y2012 = m.observations.find((o) => o.period.code === '2012')!;
    expect(y2012).toMatchObject({ printed: '4.75%', interval: { computable: false } });
    expect(y2012.change).toMatchObject({
      difference: null,
      assessment: 'NOT_ASSESSED',
      explanation: stringMatching(/relative difference between two rates is not a rate/),
    });
    expect(JSON.stringify(y2012)).not.toMatch(/-7\b/);
    expect(y2012.rag.status).toBeNull();
  });

  test('with a predicted rate stored, the actual rate is GREEN when significantly below it, AMBER when not, RED when above', async () => {
    const provenance = { publication: 'Test', publisher: 'Test', published: '2020-01-01', document: 'test', location: 'test' };
    await seedAgency(sources.probation, 'probation', [
      {
        id: 'probation.stats-predicted-test',
        name: 'Actual against predicted (test)',
        definition: 'Test measure',
        unit: 'PERCENTAGE',
        polarity: 'LOWER_IS_BETTER',
        leadAgency: 'Test',
        source: 'Test',
        ragRule: 'AGAINST_PREDICTED',
        observations: [
          {
            area: 'kent',
            period: '2018',
            printed: '9.0%',
            value: 9,
            numerator: 900,
            denominator: 10000,
            provenance,
            comparators: [{ kind: 'PREDICTED', value: 10.5, printed: '10.5%' }],
          },
          {
            area: 'kent',
            period: '2019',
            printed: '9.0%',
            value: 9,
            numerator: 900,
            denominator: 10000,
            provenance,
            comparators: [{ kind: 'PREDICTED', value: 9.2, printed: '9.2%' }],
          },
          {
            area: 'kent',
            period: '2020',
            printed: '9.0%',
            value: 9,
            numerator: 900,
            denominator: 10000,
            provenance,
            comparators: [{ kind: 'PREDICTED', relativeDifference: 12, signKnown: true, printed: '+12%' }],
          },
        ],
      },
    ]);
    const m = await ni18('probation.stats-predicted-test');
    const [a, b, c] = m.observations;
    expect(a.comparators[0]).toMatchObject({ kind: 'PREDICTED', value: 10.5, verdict: 'BETTER' });
    expect(a.rag).toMatchObject({
      status: 'GREEN',
      reason: stringMatching(/significantly better than the predicted rate \(10.5%\).*outside the figure's 95% interval/),
    });
    expect(b.rag).toMatchObject({ status: 'AMBER' });
    // actual 12% above predicted: predicted = 9 / 1.12 = 8.036%, outside the interval 8.45 to 9.58
    expect(c.comparators[0]).toMatchObject({ relativeDifference: 12, signKnown: true, verdict: 'WORSE' });
    expect(c.comparators[0].value).toBeCloseTo(8.0357, 3);
    expect(c.rag.status).toBe('RED');
  });
});

describe('series versions', () => {
  const Q = `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on ProbationMeasure { seriesVersions { code name closed }
    observations { period { code } seriesVersion { code } change { previous { period { code } seriesVersion { code } } seriesBreak missingPeriods difference significant assessment explanation } rag { status reason } } } } }`;
  const id = 'probation.stats-series-test';
  const provenance = { publication: 'Test', publisher: 'Test', published: '2013-07-17', document: 'test', location: 'test' };
  const versions = async () => {
    const res = await as<Entities>(BOARD, Q, { ids: [{ __typename: 'ProbationMeasure', id }] });
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0];
  };

  beforeAll(async () => {
    // the Kent adult proven re-offending series on 12-month cohorts, then a 2017-style figure on 3-month cohorts
    await seedAgency(sources.probation, 'probation', [
      {
        id,
        name: 'Proven re-offending (series test)',
        definition: 'Test',
        unit: 'PERCENTAGE',
        polarity: 'LOWER_IS_BETTER',
        leadAgency: 'Test',
        source: 'Test',
        series: { name: '12-month cohorts', methodology: 'MoJ proven re-offending, 12-month cohorts' },
        laterSeriesVersions: [
          {
            code: 'moj-3-month-cohorts',
            name: '3-month cohorts (MoJ, from October 2017)',
            methodology: 'MoJ proven re-offending, 3-month cohorts',
          },
        ],
        observations: [
          {
            area: 'kent',
            period: '2009',
            printed: '22.12%',
            value: 22.12,
            numerator: 3016,
            denominator: 13635,
            provenance,
            seriesVersion: 'original',
          },
          {
            area: 'kent',
            period: '2010',
            printed: '23.20%',
            value: 23.2,
            numerator: 2906,
            denominator: 12526,
            provenance,
            seriesVersion: 'original',
          },
          {
            area: 'kent',
            period: '2012',
            printed: '22.80%',
            value: 22.8,
            numerator: 2850,
            denominator: 12500,
            provenance,
            seriesVersion: 'original',
          },
          {
            area: 'kent',
            period: '2016',
            printed: '28.0%',
            value: 28,
            numerator: 2520,
            denominator: 9000,
            provenance: { ...provenance, published: '2018-04-26' },
            seriesVersion: 'moj-3-month-cohorts',
          },
        ],
      },
    ]);
    // a later figure recorded through the hub joins the current (3-month) version when published
    const r = await as(PROBATION_EDITOR, `mutation ($input: ObservationInput!) { probationRecordObservation(input: $input) { id } }`, {
      input: { measureId: id, area: 'kent', period: '2017', value: 26, numerator: 2340, denominator: 9000 },
    });
    expect(r.errors).toBeUndefined();
    expect(
      (await as(PROBATION_EDITOR, `mutation { probationPublishObservations(measureIds: ["${id}"]) { published } }`)).errors,
    ).toBeUndefined();
  });

  test('a 3-month-cohort figure is never tested or rated against the 12-month series: the break is shown', async () => {
    const m = await versions();
    expect(m.seriesVersions).toEqual([
      { code: 'original', name: '12-month cohorts', closed: false },
      { code: 'moj-3-month-cohorts', name: '3-month cohorts (MoJ, from October 2017)', closed: false },
    ]);
    const by = Object.fromEntries(m.observations.map((o) => [o.period.code, o]));
    expect(by['2016'].seriesVersion?.code).toBe('moj-3-month-cohorts');
    expect(by['2016'].change).toMatchObject({
      previous: { period: { code: '2012' }, seriesVersion: { code: 'original' } },
      seriesBreak: true,
      difference: null,
      significant: null,
      assessment: 'NOT_ASSESSED',
      missingPeriods: ['Jan-Dec 2013', 'Jan-Dec 2014', 'Jan-Dec 2015'],
      explanation: stringMatching(
        /series break\. This figure is of '3-month cohorts \(MoJ, from October 2017\)', the previous figure \(Jan-Dec 2012\) of '12-month cohorts'/,
      ),
    });
    expect(by['2016'].rag).toMatchObject({ status: null, reason: stringMatching(/cannot be assessed/) });
    // within the new version the change is tested again
    expect(by['2017'].seriesVersion?.code).toBe('moj-3-month-cohorts');
    expect(by['2017'].change).toMatchObject({
      previous: { period: { code: '2016' } },
      seriesBreak: false,
      missingPeriods: [],
      significant: true,
      assessment: 'IMPROVED',
    });
    expect(by['2017'].rag.status).toBe('GREEN');
  });

  test('the previous figure is the latest earlier one of the same kind of period, and a gap is named, not skipped silently', async () => {
    const m = await versions();
    const y2012 = m.observations.find((o) => o.period.code === '2012')!;
    expect(y2012.change).toMatchObject({
      previous: { period: { code: '2010' } },
      seriesBreak: false,
      missingPeriods: ['Jan-Dec 2011'],
      explanation: stringMatching(/There is no figure for Jan-Dec 2011 between them/),
    });
    expect(y2012.change.difference).toBeCloseTo(-0.4, 10);
  });

  test("an agency adds a version when the methodology changes and closes one that ended; both audited, only by the agency's editors", async () => {
    const id2 = 'probation.juvenile-proven-reoffending-proportion';
    const ADD = `mutation ($m: ID!, $code: String!) { probationAddSeriesVersion(measure: $m, code: $code, name: "3-month cohorts", methodology: "MoJ proven re-offending on 3-month cohorts, from October 2017") { seriesVersions { code closed } } }`;
    expect((await as(POLICE_EDITOR, ADD, { m: id2, code: 'moj-3-month-cohorts' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const added = await as<{ probationAddSeriesVersion: { seriesVersions: SeriesVersion[] } }>(PROBATION_EDITOR, ADD, {
      m: id2,
      code: 'moj-3-month-cohorts',
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.probationAddSeriesVersion.seriesVersions).toEqual([
      { code: 'original', closed: false },
      { code: 'moj-3-month-cohorts', closed: false },
    ]);
    const again = await as(PROBATION_EDITOR, ADD, { m: id2, code: 'moj-3-month-cohorts' });
    expect(again.errors?.[0]).toMatchObject({
      message: stringMatching(/already has a series version "moj-3-month-cohorts"/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // a figure published now joins the new version: not tested against the 12-month series
    const r = await as(
      PROBATION_EDITOR,
      `mutation { probationRecordObservation(input: { measureId: "${id2}", area: "kent", period: "2016", value: 40, numerator: 400, denominator: 1000 }) { id } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(
      (await as(PROBATION_EDITOR, `mutation { probationPublishObservations(measureIds: ["${id2}"]) { published } }`)).errors,
    ).toBeUndefined();
    const y2016 = await figure(BOARD, id2, '2016');
    expect(y2016).toMatchObject({
      seriesVersion: { code: 'moj-3-month-cohorts' },
      change: { seriesBreak: true, assessment: 'NOT_ASSESSED', difference: null },
      rag: { status: null },
    });
    const closed = await as<{ probationCloseSeriesVersion: { seriesVersions: SeriesVersion[] } }>(
      PROBATION_EDITOR,
      `mutation ($m: ID!) { probationCloseSeriesVersion(measure: $m, code: "original", note: "The 12-month cohort series ended in 2017") { seriesVersions { code closed } } }`,
      { m: id2 },
    );
    expect(closed.data!.probationCloseSeriesVersion.seriesVersions[0]).toEqual({ code: 'original', closed: true });
    const [last, before] = (
      await as<{ probationAuditTrail: AuditEvent[] }>(PROBATION_EDITOR, `{ probationAuditTrail(limit: 4) { action entityId } }`)
    ).data!.probationAuditTrail.filter((e) => /series/.test(e.action));
    expect([last, before]).toEqual([
      { action: 'close-series-version', entityId: `${id2}@original` },
      { action: 'add-series-version', entityId: `${id2}@moj-3-month-cohorts` },
    ]);
  });
});

describe('RAG writes', () => {
  const SET_RULE = `mutation ($measure: ID!, $rule: RagRule!) { probationSetRagRule(measure: $measure, rule: $rule) { id ragRule } }`;
  const SET_RAG = `mutation ($measure: ID!, $area: ID!, $period: String!, $status: Rag!, $comment: String!) {
    probationSetFigureRag(measure: $measure, area: $area, period: $period, status: $status, comment: $comment) { id period { code } rag { status rule reason comment setBy setAt } }
  }`;
  const AUDIT = `{ probationAuditTrail(limit: 5) { actor role action entity entityId details } }`;
  const id = 'probation.adult-proven-reoffending-proportion';
  const rag = {
    measure: id,
    area: 'kent',
    period: 'Jan - Dec 2008',
    status: 'AMBER',
    comment: 'Cohort definition changed in 2008: read with care',
  };

  test("another agency's editor is refused, and nothing changes", async () => {
    const rule = await as(POLICE_EDITOR, SET_RULE, { measure: id, rule: 'SET_BY_HAND' });
    expect(rule.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['probationSetRagRule'] });
    const figureRag = await as(POLICE_EDITOR, SET_RAG, rag);
    expect(figureRag.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['probationSetFigureRag'] });
    const board = await as(BOARD, SET_RAG, rag);
    expect(board.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await sources.probation.query<Array<{ rag_rule: string }>>(`SELECT rag_rule FROM probation.measure WHERE id = $1`, [id]))[0]
        .rag_rule,
    ).toBe('AGAINST_PREVIOUS_PERIOD');
    expect((await sources.probation.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM probation.figure_rag`))[0].n).toBe(0);
  });

  test('the owning editor sets the rule and a figure RAG by hand; both are audited; other readers do not see who', async () => {
    const rule = await as<{ probationSetRagRule: Pick<Measure, 'id' | 'ragRule'> }>(PROBATION_EDITOR, SET_RULE, {
      measure: id,
      rule: 'SET_BY_HAND',
    });
    expect(rule.errors).toBeUndefined();
    expect(rule.data!.probationSetRagRule).toEqual({ id, ragRule: 'SET_BY_HAND' });

    const unset = await figure(BOARD, id, '2008');
    expect(unset.rag).toMatchObject({ rule: 'SET_BY_HAND', status: null, reason: stringMatching(/not set a status/) });

    const set = await as<{ probationSetFigureRag: Figure }>(PROBATION_EDITOR, SET_RAG, rag);
    expect(set.errors).toBeUndefined();
    expect(set.data!.probationSetFigureRag).toMatchObject({
      id: `${id}|kent|2008`,
      period: { code: '2008' },
      rag: {
        status: 'AMBER',
        rule: 'SET_BY_HAND',
        comment: rag.comment,
        setBy: 'pat.probation',
        reason: stringMatching(/Set by hand on .*: Cohort definition/),
      },
    });
    const seen = await figure(BOARD, id, '2008');
    expect(seen.rag).toMatchObject({
      status: 'AMBER',
      comment: rag.comment,
      setBy: null,
      setAt: stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    const audit = await as<{ probationAuditTrail: AuditEvent[] }>(PROBATION_EDITOR, AUDIT);
    expect(audit.errors).toBeUndefined();
    const [last, before] = audit.data!.probationAuditTrail;
    expect(last).toMatchObject({
      actor: 'pat.probation',
      role: 'agency-editor',
      action: 'set-figure-rag',
      entity: 'figure_rag',
      entityId: `${id}|kent|2008`,
    });
    expect(JSON.parse(last.details)).toMatchObject({
      before: null,
      after: { status: 'AMBER', comment: rag.comment },
      ruleInForce: 'SET_BY_HAND',
    });
    expect(before).toMatchObject({ action: 'set-rag-rule', entity: 'measure', entityId: id });
    expect(JSON.parse(before.details)).toEqual({ before: 'AGAINST_PREVIOUS_PERIOD', after: 'SET_BY_HAND' });

    // an admin may too; setting again replaces the status and the audit keeps the old one
    const again = await as<{ probationSetFigureRag: Figure }>(ADMIN, SET_RAG, {
      ...rag,
      status: 'RED',
      comment: 'Re-read: worse than the region',
    });
    expect(again.data!.probationSetFigureRag.rag).toMatchObject({ status: 'RED', setBy: 'ada.admin' });
    const trail = (await as<{ probationAuditTrail: AuditEvent[] }>(ADMIN, AUDIT)).data!.probationAuditTrail;
    expect((JSON.parse(trail[0].details) as { before: unknown }).before).toMatchObject({ status: 'AMBER', setBy: 'pat.probation' });
  });

  test('bad input is an error naming what is wrong, and writes nothing', async () => {
    const audits = async () =>
      (await sources.probation.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM probation.audit_event`))[0].n;
    const n = await audits();
    const empty = await as(PROBATION_EDITOR, SET_RAG, { ...rag, comment: '  ' });
    expect(empty.errors?.[0]).toMatchObject({
      message: stringMatching(/argument "comment".*must not be empty/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const noFigure = await as(PROBATION_EDITOR, SET_RAG, { ...rag, period: '2012-13' });
    expect(noFigure.errors?.[0].message).toMatch(/has no figure for kent in 2012-13/);
    const badMeasure = await as(PROBATION_EDITOR, SET_RULE, { measure: 'police.iom-cohort-female', rule: 'AGAINST_TARGET' });
    expect(badMeasure.errors?.[0].message).toMatch(/Unknown probation measure "police.iom-cohort-female" for argument "measure"/);
    const badArea = await as(PROBATION_EDITOR, SET_RAG, { ...rag, area: 'kentt' });
    expect(badArea.errors?.[0].message).toMatch(/Unknown area "kentt"/);
    expect(await audits()).toBe(n);
  });
});

test('the migration gave existing measures the default rule, and a measure with a numeric target AGAINST_TARGET', async () => {
  const rows = await sources.health.query<Array<{ id: string; target_value: number | null; rag_rule: string }>>(
    `SELECT id, target_value, rag_rule FROM health.measure ORDER BY id`,
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.rag_rule).toBe(r.target_value === null ? 'AGAINST_PREVIOUS_PERIOD' : 'AGAINST_TARGET');
  expect(rows.some((r) => r.rag_rule === 'AGAINST_TARGET')).toBe(true);
});

test('the SQL statements for the statistics of every figure do not grow with the number of measures and figures', async () => {
  const ids = probation.measures.map((m) => m.id);
  const count = async (which: string[]) => {
    const { result: res, statements } = await logger.during(() =>
      as<Entities>(
        BOARD,
        `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on ProbationMeasure {
        id ragRule observations { id ${STATS} } latest { id ${STATS} } completeness(area: "kent", period: "2010") { status observation { id ${STATS} } }
      } } }`,
        { ids: which.map((id) => ({ __typename: 'ProbationMeasure', id })) },
      ),
    );
    expect(res.errors).toBeUndefined();
    const figures = res.data!._entities.reduce((n, m) => n + m.observations.length, 0);
    return { statements: statements.length, figures };
  };
  // the same mix of RAG rules on both sides: the adult proportion is SET_BY_HAND, the others not
  const set = await as(
    PROBATION_EDITOR,
    `mutation { probationSetRagRule(measure: "probation.adult-proven-reoffending-proportion", rule: SET_BY_HAND) { id } }`,
  );
  expect(set.errors).toBeUndefined();
  const few = await count([ids[0], 'probation.adult-proven-reoffending-proportion']);
  const many = await count(ids);
  expect(many.figures).toBeGreaterThan(few.figures * 5);
  // the measures with their observations (one statement), latest, completeness: one statement each; previous
  // figures, series versions and hand-set RAGs: one statement per batch, and the figures of the three lists
  // (observations, latest, completeness) reach the loaders in one to three batches depending on when their SQL
  // answers: at most 3 + 3 x 3, whatever the count.
  for (const run of [few, many]) {
    expect(run.statements).toBeGreaterThanOrEqual(6);
    expect(run.statements).toBeLessThanOrEqual(12);
  }
  expect(logger.statements.filter((s) => /CROSS JOIN LATERAL/.test(s)).length).toBeGreaterThan(0);
});
