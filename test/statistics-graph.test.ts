/**
 * Statistics in the graph, through the agency subgraph schemas on real PostgreSQL: intervals, change against the
 * previous period, target comparison and RAG on seeded figures; completeness for the gap analysis; disclosure
 * control; the RAG writes (owning editors only, audited); and the SQL statement count, which must not grow with
 * the number of figures.
 */
import {
  agencyContextFactory, agencyDataSource, buildAgencySchema, CountingLogger, migrateAndSeedAgency, type AgencyContext, type AgencyDefinition, type Viewer,
} from '@hub/common/platform';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { definition as probation } from '../subgraphs/probation/src/index';
import { definition as police } from '../subgraphs/police/src/index';
import { definition as housing } from '../subgraphs/housing/src/index';
import { definition as health } from '../subgraphs/health/src/index';
import { createTestDatabase } from './support/db';
import { run } from './support/subgraph';

type Agency = 'probation' | 'police' | 'housing' | 'health';
const DEFS: Record<Agency, AgencyDefinition> = { probation, police, housing, health };
const TYPE: Record<Agency, string> = { probation: 'ProbationMeasure', police: 'PoliceMeasure', housing: 'HousingMeasure', health: 'HealthMeasure' };

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
});

afterAll(async () => {
  for (const ds of Object.values(sources)) await ds?.destroy();
  await db?.drop();
});

const as = (viewer: Viewer, query: string, variables: Record<string, unknown> = {}, agency: Agency = 'probation') =>
  run(schemas[agency], () => factories[agency](viewer), query, variables);

const STATS = `
  interval { level method lower upper computable explanation }
  change { previous { period { code } value printed } difference significant assessment method explanation }
  targetComparison { target { value text } difference met explanation }
  rag { status rule reason comment setBy setAt }`;

const FIGURES = (type: string) => `query ($ids: [_Any!]!, $area: ID, $from: String, $to: String) {
  _entities(representations: $ids) {
    ... on ${type} {
      id ragRule
      observations(area: $area, from: $from, to: $to) { id period { code } printed value numerator denominator suppressed ${STATS} }
    }
  }
}`;

async function measure(viewer: Viewer, id: string, vars: { area?: string; from?: string; to?: string } = {}, agency: Agency = 'probation') {
  const res = await as(viewer, FIGURES(TYPE[agency]), { ids: [{ __typename: TYPE[agency], id }], ...vars }, agency);
  expect(res.errors).toBeUndefined();
  return res.data._entities[0];
}

const figure = async (viewer: Viewer, id: string, period: string, agency: Agency = 'probation', area?: string) =>
  (await measure(viewer, id, { from: period, to: period, area }, agency)).observations[0];

describe('intervals', () => {
  test('Kent 2008 adult proven re-offending, 22.41% = 3,118 / 13,912: Wilson score 21.73% to 23.11%', async () => {
    const o = await figure(BOARD, 'probation.adult-proven-reoffending-proportion', '2008');
    expect(o).toMatchObject({ printed: '22.41%', numerator: 3118, denominator: 13912 });
    expect(o.interval).toMatchObject({ level: 0.95, method: 'WILSON_SCORE', computable: true, explanation: 'Wilson score 95% interval for 3,118 of 13,912.' });
    expect(o.interval.lower).toBeCloseTo(21.727, 3);
    expect(o.interval.upper).toBeCloseTo(23.1128, 3);
  });

  test('a percentage with no numerator and denominator says that no interval can be computed', async () => {
    const o = await figure(BOARD, 'housing.medway-young-offenders-in-suitable-accommodation', '2011-12', 'housing');
    expect(o).toMatchObject({ printed: 'Approx. 97%', numerator: null, denominator: null });
    expect(o.interval).toEqual({
      level: 0.95, method: 'NONE', lower: null, upper: null, computable: false, explanation: 'No interval: the source prints no numerator and denominator.',
    });
  });

  test("a count gets Byar's interval (10 or more) and a 'tbc' figure none", async () => {
    const o = await figure(BOARD, 'probation.juvenile-proven-reoffending-reoffenders', '2010');
    expect(o.interval).toMatchObject({ method: 'BYAR', computable: true });
    expect(o.interval.lower).toBeLessThan(946);
    expect(o.interval.upper).toBeGreaterThan(946);
    const tbc = await figure(BOARD, 'health.kent-young-offenders-registered-with-gp', '2011-12', 'health');
    expect(tbc.interval).toMatchObject({ method: 'NONE', computable: false, explanation: "No interval: the figure is not yet available ('tbc')." });
  });
});

describe('change against the previous period', () => {
  test('Kent adult re-offending: 2009 against 2008 is no significant change, 2010 against 2009 is significantly worse (lower is better)', async () => {
    const m = await measure(BOARD, 'probation.adult-proven-reoffending-proportion', { area: 'kent' });
    const byPeriod = Object.fromEntries(m.observations.map((o: any) => [o.period.code, o]));
    expect(byPeriod['2008'].change).toMatchObject({ previous: null, difference: null, significant: null, assessment: 'NOT_ASSESSED' });
    expect(byPeriod['2009'].change).toMatchObject({
      previous: { period: { code: '2008' }, value: 22.41, printed: '22.41%' }, difference: -0.29, significant: false, assessment: 'NO_SIGNIFICANT_CHANGE',
      method: expect.stringMatching(/Newcombe/),
    });
    expect(byPeriod['2010'].change).toMatchObject({ previous: { period: { code: '2009' } }, significant: true, assessment: 'WORSENED' });
    expect(byPeriod['2010'].change.difference).toBeCloseTo(1.08, 10);
    expect(byPeriod['2010'].change.explanation).toMatch(/23.20% \(Jan-Dec 2010\) against 22.12% \(Jan-Dec 2009\): \+1.08 percentage points.*Significantly worse \(lower is better\)/);
    // the rolling year July 2010 - June 2011 has no earlier rolling year: a different kind of period is not "previous"
    expect(byPeriod['2010-07..2011-06'].change).toMatchObject({ previous: null, assessment: 'NOT_ASSESSED' });
    // the measure has no target: its default rule is against the previous period
    expect(m.ragRule).toBe('AGAINST_PREVIOUS_PERIOD');
    expect(byPeriod['2009'].rag).toMatchObject({ rule: 'AGAINST_PREVIOUS_PERIOD', status: 'AMBER', reason: expect.stringMatching(/no significant change/) });
    expect(byPeriod['2010'].rag).toMatchObject({ status: 'RED', reason: expect.stringMatching(/significantly worse/) });
    expect(byPeriod['2008'].rag).toMatchObject({ status: null, reason: expect.stringMatching(/cannot be assessed/) });
  });

  test('Kent juvenile re-offenders (a count): 1,114 -> 946 is a significant improvement, GREEN', async () => {
    const o = await figure(BOARD, 'probation.juvenile-proven-reoffending-reoffenders', '2010');
    expect(o.change).toMatchObject({ difference: -168, significant: true, assessment: 'IMPROVED', method: expect.stringMatching(/Poisson/) });
    expect(o.rag).toMatchObject({ status: 'GREEN', rule: 'AGAINST_PREVIOUS_PERIOD' });
  });

  test('without numerator and denominator the difference is given but not tested', async () => {
    const o = await figure(BOARD, 'housing.medway-young-offenders-in-suitable-accommodation', '2012-13', 'housing');
    expect(o.change).toMatchObject({ previous: { period: { code: '2011-12' }, value: 97 }, difference: 1, significant: null, assessment: 'NOT_ASSESSED', method: null });
    expect(o.change.explanation).toMatch(/Not tested/);
  });
});

describe('target comparison and RAG against target', () => {
  const DEFINE = `mutation ($input: MeasureInput!) { probationDefineMeasure(input: $input) { id ragRule target { value } } }`;
  const RECORD = `mutation ($input: ObservationInput!) { probationRecordObservation(input: $input) { id } }`;
  const id = 'probation.stats-target-test';

  beforeAll(async () => {
    const base = { name: 'Stats target test', definition: 'A test measure', unit: 'PERCENTAGE', polarity: 'LOWER_IS_BETTER', leadAgency: 'Kent Probation', source: 'test' };
    const defined = await as(PROBATION_EDITOR, DEFINE, { input: { ...base, id, target: { value: 22, text: 'Below 22%' } } });
    expect(defined.errors).toBeUndefined();
    // defining a measure chooses the same default as the migration: against target when the target is a number
    expect(defined.data.probationDefineMeasure).toEqual({ id, ragRule: 'AGAINST_TARGET', target: { value: 22 } });
    const plain = await as(PROBATION_EDITOR, DEFINE, { input: { ...base, id: 'probation.stats-no-target-test' } });
    expect(plain.data.probationDefineMeasure.ragRule).toBe('AGAINST_PREVIOUS_PERIOD');
    for (const [period, value, numerator, denominator] of [['2008', 22.41, 3118, 13912], ['2009', 25, 2500, 10000], ['2010', 20, 2000, 10000]] as const) {
      const r = await as(PROBATION_EDITOR, RECORD, { input: { measureId: id, area: 'kent', period, value, numerator, denominator } });
      expect(r.errors).toBeUndefined();
    }
    expect((await as(PROBATION_EDITOR, `mutation { probationPublishObservations { published } }`)).errors).toBeUndefined();
  });

  test('GREEN when met, AMBER when missed but the target is inside the interval, RED when outside (lower is better)', async () => {
    const m = await measure(BOARD, id, { area: 'kent' });
    const [y2008, y2009, y2010] = m.observations;
    expect(y2008.targetComparison).toMatchObject({ target: { value: 22 }, difference: 0.41, met: false });
    expect(y2008.rag).toMatchObject({ rule: 'AGAINST_TARGET', status: 'AMBER', reason: expect.stringMatching(/inside the 95% interval 21.727 to 23.113/) });
    expect(y2009.targetComparison).toMatchObject({ difference: 3, met: false });
    expect(y2009.rag).toMatchObject({ status: 'RED', reason: expect.stringMatching(/outside the 95% interval/) });
    expect(y2010.targetComparison).toMatchObject({ difference: -2, met: true, explanation: expect.stringMatching(/2 below the target, met/) });
    expect(y2010.rag).toMatchObject({ status: 'GREEN' });
  });

  test('a measure without a target says so', async () => {
    const o = await figure(BOARD, 'probation.adult-proven-reoffending-proportion', '2008');
    expect(o.targetComparison).toEqual({ target: null, difference: null, met: null, explanation: 'The plan sets no target for this measure.' });
  });
});

describe('completeness for the gap analysis', () => {
  const COMPLETENESS = (type: string) => `query ($ids: [_Any!]!, $area: ID!, $period: String!) {
    _entities(representations: $ids) { ... on ${type} { id completeness(area: $area, period: $period) { status explanation observation { period { code } printed } } } }
  }`;
  const completeness = async (viewer: Viewer, agency: Agency, id: string, area: string, period: string) => {
    const res = await as(viewer, COMPLETENESS(TYPE[agency]), { ids: [{ __typename: TYPE[agency], id }], area, period }, agency);
    expect(res.errors).toBeUndefined();
    return res.data._entities[0].completeness;
  };

  test('PUBLISHED, ESTIMATED (Approx.), NOT_YET_AVAILABLE (tbc) and MISSING', async () => {
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'kent', '2008')).toMatchObject({
      status: 'PUBLISHED', observation: { period: { code: '2008' }, printed: '22.41%' },
    });
    expect(await completeness(BOARD, 'housing', 'housing.medway-young-offenders-in-suitable-accommodation', 'medway', '2011-12')).toMatchObject({
      status: 'ESTIMATED', observation: { printed: 'Approx. 97%' },
    });
    expect(await completeness(BOARD, 'health', 'health.kent-young-offenders-registered-with-gp', 'kent', '2011-12')).toMatchObject({
      status: 'NOT_YET_AVAILABLE', observation: { printed: 'tbc' },
    });
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'kent', '2012-13')).toMatchObject({
      status: 'MISSING', observation: null, explanation: expect.stringMatching(/no figure of this measure for kent has a period ending within 2012-13/),
    });
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'medway', '2008')).toMatchObject({ status: 'MISSING' });
  });

  test('the figure that counts is the one whose period ends within the period asked (the latest end)', async () => {
    // financial year 2010-11 (Apr 2010 - Mar 2011): calendar 2010 ends within it; the rolling year to June 2011 does not
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'kent', '2010-11')).toMatchObject({
      status: 'PUBLISHED', observation: { period: { code: '2010' } },
    });
    // 2011-12: the rolling year ending June 2011 counts
    expect(await completeness(BOARD, 'probation', 'probation.adult-proven-reoffending-proportion', 'kent', '2011-12')).toMatchObject({
      observation: { period: { code: '2010-07..2011-06' } },
    });
  });

  test('SUPPRESSED for a reader outside the agency, PUBLISHED for its editor', async () => {
    expect(await completeness(BOARD, 'police', 'police.iom-cohort-female', 'kent-and-medway', '2019-07-26')).toMatchObject({
      status: 'SUPPRESSED', observation: { printed: 'suppressed' },
    });
    expect(await completeness(POLICE_EDITOR, 'police', 'police.iom-cohort-female', 'kent-and-medway', '2019-07-26')).toMatchObject({
      status: 'PUBLISHED', observation: { printed: '2' },
    });
  });

  test('an unknown area or an unreadable period is an error naming the argument', async () => {
    const q = COMPLETENESS('ProbationMeasure');
    const ids = [{ __typename: 'ProbationMeasure', id: 'probation.adult-proven-reoffending-proportion' }];
    const badArea = await as(BOARD, q, { ids, area: 'kentt', period: '2008' });
    expect(badArea.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Unknown area "kentt" for argument "area"/), extensions: { code: 'BAD_USER_INPUT' } });
    const badPeriod = await as(BOARD, q, { ids, area: 'kent', period: 'last year' });
    expect(badPeriod.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Invalid value for argument "period": "last year"/), extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('disclosure control', () => {
  const RECORD_POLICE = `mutation ($input: ObservationInput!) { policeRecordObservation(input: $input) { id } }`;

  beforeAll(async () => {
    // a later snapshot of 10 female cohort members: not suppressed itself, but its previous figure (2) is
    const r = await as(POLICE_EDITOR, RECORD_POLICE, { input: { measureId: 'police.iom-cohort-female', area: 'kent-and-medway', period: '2020-07-26', value: 10 } }, 'police');
    expect(r.errors).toBeUndefined();
    expect((await as(POLICE_EDITOR, `mutation { policePublishObservations { published } }`, {}, 'police')).errors).toBeUndefined();
  });

  test('a suppressed figure leaks nothing through its interval, change, target comparison or RAG', async () => {
    const o = await figure(BOARD, 'police.iom-cohort-female', '2019-07-26', 'police');
    expect(o).toMatchObject({ suppressed: true, value: null, printed: 'suppressed' });
    expect(o.interval).toMatchObject({ method: 'NONE', lower: null, upper: null, computable: false, explanation: expect.stringMatching(/suppressed/) });
    expect(o.change).toMatchObject({ difference: null, significant: null, assessment: 'NOT_ASSESSED' });
    expect(o.targetComparison).toMatchObject({ difference: null, met: null });
    expect(o.rag).toMatchObject({ status: null, comment: null, reason: expect.stringMatching(/suppressed/) });
    expect(JSON.stringify(o)).not.toMatch(/\b2\b(?!0)|0\.24|7\.22/); // no value 2, no exact Poisson limits of 2
  });

  test('a figure whose previous figure is suppressed gives no difference, and the previous value stays hidden', async () => {
    const o = await figure(BOARD, 'police.iom-cohort-female', '2020-07-26', 'police');
    expect(o).toMatchObject({ suppressed: false, value: 10 });
    expect(o.change).toMatchObject({
      previous: { period: { code: '2019-07-26' }, value: null, printed: 'suppressed' }, difference: null, significant: null, assessment: 'NOT_ASSESSED',
      explanation: expect.stringMatching(/previous figure .* is suppressed/),
    });
    // the agency's own editor sees the raw values and their statistics
    const raw = await figure(POLICE_EDITOR, 'police.iom-cohort-female', '2020-07-26', 'police');
    expect(raw.change).toMatchObject({ previous: { value: 2, printed: '2' }, difference: 8, assessment: expect.stringMatching(/CHANGED|NO_SIGNIFICANT_CHANGE/) });
    const raw2019 = await figure(POLICE_EDITOR, 'police.iom-cohort-female', '2019-07-26', 'police');
    expect(raw2019.interval).toMatchObject({ method: 'EXACT_POISSON', computable: true });
    expect(raw2019.interval.upper).toBeCloseTo(7.2247, 3);
  });
});

describe('RAG writes', () => {
  const SET_RULE = `mutation ($measure: ID!, $rule: RagRule!) { probationSetRagRule(measure: $measure, rule: $rule) { id ragRule } }`;
  const SET_RAG = `mutation ($measure: ID!, $area: ID!, $period: String!, $status: Rag!, $comment: String!) {
    probationSetFigureRag(measure: $measure, area: $area, period: $period, status: $status, comment: $comment) { id period { code } rag { status rule reason comment setBy setAt } }
  }`;
  const AUDIT = `{ probationAuditTrail(limit: 5) { actor role action entity entityId details } }`;
  const id = 'probation.adult-proven-reoffending-proportion';
  const rag = { measure: id, area: 'kent', period: 'Jan - Dec 2008', status: 'AMBER', comment: 'Cohort definition changed in 2008: read with care' };

  test("another agency's editor is refused, and nothing changes", async () => {
    const rule = await as(POLICE_EDITOR, SET_RULE, { measure: id, rule: 'SET_BY_HAND' });
    expect(rule.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['probationSetRagRule'] });
    const figureRag = await as(POLICE_EDITOR, SET_RAG, rag);
    expect(figureRag.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['probationSetFigureRag'] });
    const board = await as(BOARD, SET_RAG, rag);
    expect(board.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await sources.probation.query(`SELECT rag_rule FROM probation.measure WHERE id = $1`, [id]))[0].rag_rule).toBe('AGAINST_PREVIOUS_PERIOD');
    expect((await sources.probation.query(`SELECT count(*)::int AS n FROM probation.figure_rag`))[0].n).toBe(0);
  });

  test('the owning editor sets the rule and a figure RAG by hand; both are audited; other readers do not see who', async () => {
    const rule = await as(PROBATION_EDITOR, SET_RULE, { measure: id, rule: 'SET_BY_HAND' });
    expect(rule.errors).toBeUndefined();
    expect(rule.data.probationSetRagRule).toEqual({ id, ragRule: 'SET_BY_HAND' });

    const unset = await figure(BOARD, id, '2008');
    expect(unset.rag).toMatchObject({ rule: 'SET_BY_HAND', status: null, reason: expect.stringMatching(/not set a status/) });

    const set = await as(PROBATION_EDITOR, SET_RAG, rag);
    expect(set.errors).toBeUndefined();
    expect(set.data.probationSetFigureRag).toMatchObject({
      id: `${id}|kent|2008`, period: { code: '2008' },
      rag: { status: 'AMBER', rule: 'SET_BY_HAND', comment: rag.comment, setBy: 'pat.probation', reason: expect.stringMatching(/Set by hand on .*: Cohort definition/) },
    });
    const seen = await figure(BOARD, id, '2008');
    expect(seen.rag).toMatchObject({ status: 'AMBER', comment: rag.comment, setBy: null, setAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });

    const audit = await as(PROBATION_EDITOR, AUDIT);
    expect(audit.errors).toBeUndefined();
    const [last, before] = audit.data.probationAuditTrail;
    expect(last).toMatchObject({ actor: 'pat.probation', role: 'agency-editor', action: 'set-figure-rag', entity: 'figure_rag', entityId: `${id}|kent|2008` });
    expect(JSON.parse(last.details)).toMatchObject({ before: null, after: { status: 'AMBER', comment: rag.comment }, ruleInForce: 'SET_BY_HAND' });
    expect(before).toMatchObject({ action: 'set-rag-rule', entity: 'measure', entityId: id });
    expect(JSON.parse(before.details)).toEqual({ before: 'AGAINST_PREVIOUS_PERIOD', after: 'SET_BY_HAND' });

    // an admin may too; setting again replaces the status and the audit keeps the old one
    const again = await as(ADMIN, SET_RAG, { ...rag, status: 'RED', comment: 'Re-read: worse than the region' });
    expect(again.data.probationSetFigureRag.rag).toMatchObject({ status: 'RED', setBy: 'ada.admin' });
    const trail = (await as(ADMIN, AUDIT)).data.probationAuditTrail;
    expect(JSON.parse(trail[0].details).before).toMatchObject({ status: 'AMBER', setBy: 'pat.probation' });
  });

  test('bad input is an error naming what is wrong, and writes nothing', async () => {
    const audits = async () => (await sources.probation.query(`SELECT count(*)::int AS n FROM probation.audit_event`))[0].n;
    const n = await audits();
    const empty = await as(PROBATION_EDITOR, SET_RAG, { ...rag, comment: '  ' });
    expect(empty.errors?.[0]).toMatchObject({ message: expect.stringMatching(/argument "comment".*must not be empty/), extensions: { code: 'BAD_USER_INPUT' } });
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
  const rows = await sources.health.query(`SELECT id, target_value, rag_rule FROM health.measure ORDER BY id`);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.rag_rule).toBe(r.target_value === null ? 'AGAINST_PREVIOUS_PERIOD' : 'AGAINST_TARGET');
  expect(rows.some((r: any) => r.rag_rule === 'AGAINST_TARGET')).toBe(true);
});

test('the SQL statements for the statistics of every figure do not grow with the number of measures and figures', async () => {
  const ids = probation.measures.map((m) => m.id);
  const count = async (which: string[]) => {
    await new Promise((r) => setTimeout(r, 100));
    logger.reset();
    const res = await as(BOARD, `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on ProbationMeasure {
        id ragRule observations { id ${STATS} } latest { id ${STATS} } completeness(area: "kent", period: "2010") { status observation { id ${STATS} } }
      } } }`, { ids: which.map((id) => ({ __typename: 'ProbationMeasure', id })) });
    expect(res.errors).toBeUndefined();
    const figures = res.data._entities.reduce((n: number, m: any) => n + m.observations.length, 0);
    return { statements: logger.statements.length, figures };
  };
  // the same mix of RAG rules on both sides: the adult proportion is SET_BY_HAND, the others not
  const set = await as(PROBATION_EDITOR, `mutation { probationSetRagRule(measure: "probation.adult-proven-reoffending-proportion", rule: SET_BY_HAND) { id } }`);
  expect(set.errors).toBeUndefined();
  const few = await count([ids[0], 'probation.adult-proven-reoffending-proportion']);
  const many = await count(ids);
  expect(many.figures).toBeGreaterThan(few.figures * 5);
  // the measures with their observations (one statement), latest, completeness: one statement each; previous
  // figures and hand-set RAGs: one statement per batch, and the figures of the three lists (observations, latest,
  // completeness) reach the loaders in one to three batches depending on when their SQL answers: at most 3 + 2 x 3,
  // whatever the count.
  for (const run of [few, many]) {
    expect(run.statements).toBeGreaterThanOrEqual(5);
    expect(run.statements).toBeLessThanOrEqual(9);
  }
  expect(logger.statements.filter((s) => /CROSS JOIN LATERAL/.test(s)).length).toBeGreaterThan(0);
});
