/**
 * Changing a live measure's statistical description through the agency subgraph, on real PostgreSQL: its kind of
 * figure and the rate it is the numerator of, applicability, publication lag, stored comparators, closing and
 * re-opening its series; and that no new figure is recorded, imported or published into a closed series. Only the
 * agency's own editors may, every change is audited, bad input is named by field, and nothing is half-written.
 */
import {
  agencyContextFactory,
  agencyDataSource,
  buildAgencySchema,
  migrateAndSeedAgency,
  type AgencyContext,
  type Viewer,
} from '@hub/common/platform';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { definition as probation } from '../../subgraphs/probation/src/index';
import { definition as police } from '../../subgraphs/police/src/index';
import { createTestDatabase } from '../support/db';
import { run } from '../support/subgraph';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let policeDs: DataSource;
let schemas: { probation: GraphQLSchema; police: GraphQLSchema };
let factories: { probation: (v: Viewer) => Promise<AgencyContext>; police: (v: Viewer) => Promise<AgencyContext> };

const EDITOR: Viewer = { subject: 'pat.probation', role: 'agency-editor', agency: 'probation' };
const POLICE_EDITOR: Viewer = { subject: 'sam.police', role: 'agency-editor', agency: 'police' };
const BOARD: Viewer = { subject: 'bo.board', role: 'board', agency: null };

beforeAll(async () => {
  db = await createTestDatabase('measure_stats');
  const env = { DATABASE_URL: db.url };
  await migrateAndSeedAgency(probation, env);
  await migrateAndSeedAgency(police, env);
  ({ dataSource: ds } = agencyDataSource(probation, env));
  ({ dataSource: policeDs } = agencyDataSource(police, env));
  await Promise.all([ds.initialize(), policeDs.initialize()]);
  schemas = { probation: (await buildAgencySchema(probation)).schema, police: (await buildAgencySchema(police)).schema };
  factories = { probation: await agencyContextFactory(probation, ds), police: await agencyContextFactory(police, policeDs) };
});

afterAll(async () => {
  await ds?.destroy();
  await policeDs?.destroy();
  await db?.drop();
});

/** A response with its data untyped: each test reads the field it asked for with `field`. */
interface Response {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}
const as = async (viewer: Viewer, query: string, variables?: Record<string, unknown>): Promise<Response> =>
  (await run(schemas.probation, () => factories.probation(viewer), query, variables)) as Response;
/** The root field of a response (the mutation's result). */
const field = <T = unknown>(r: Response, name: string): T => r.data?.[name] as T;

const audits = async (action: string) =>
  (await ds.query(`SELECT entity_id, details FROM probation.audit_event WHERE action = $1 ORDER BY id`, [action])) as Array<{
    entity_id: string;
    details: unknown;
  }>;

const SET = `mutation ($m: ID!, $input: MeasureStatisticsInput!, $reason: String!) {
  probationSetMeasureStatistics(measure: $m, input: $input, reason: $reason) { id figureKind rateMeasureId appliesTo publicationLagMonths }
}`;
const CASELOAD = 'probation.crc-caseload';
const ADULT_RATE = 'probation.adult-proven-reoffending-proportion';

describe('setMeasureStatistics: kind of figure, rate measure, applicability, publication lag', () => {
  test('an editor changes them in one audited write, and the gap analysis follows; fields left out keep their values', async () => {
    const res = await as(EDITOR, SET, {
      m: CASELOAD,
      input: { figureKind: 'RATE_NUMERATOR', rateMeasureId: ADULT_RATE, appliesTo: ['kent'], publicationLagMonths: 22 },
      reason: 'The CRC caseload is recounted as the cohort of the adult proportion',
    });
    expect(res.errors).toBeUndefined();
    expect(field(res, 'probationSetMeasureStatistics')).toEqual({
      id: CASELOAD,
      figureKind: 'RATE_NUMERATOR',
      rateMeasureId: ADULT_RATE,
      appliesTo: ['kent'],
      publicationLagMonths: 22,
    });
    const [event] = await audits('set-measure-statistics');
    expect(event.entity_id).toBe(CASELOAD);
    expect(event.details).toEqual({
      before: { figureKind: 'APPROXIMATE', rateMeasureId: null, appliesTo: null, publicationLagMonths: null },
      after: { figureKind: 'RATE_NUMERATOR', rateMeasureId: ADULT_RATE, appliesTo: ['kent'], publicationLagMonths: 22 },
      reason: 'The CRC caseload is recounted as the cohort of the adult proportion',
    });
    // Medway is outside the areas the measure now applies to: not applicable there, not missing
    const gap = await as(
      BOARD,
      `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on ProbationMeasure { completeness(area: "medway", period: "2012-13") { status } } } }`,
      { ids: [{ __typename: 'ProbationMeasure', id: CASELOAD }] },
    );
    expect(field<Array<{ completeness: { status: string } }>>(gap, '_entities')[0].completeness.status).toBe('NOT_APPLICABLE');

    // back to a snapshot count: the rate link goes with the kind; applicability cleared; the lag left out is kept
    const back = await as(EDITOR, SET, {
      m: CASELOAD,
      input: { figureKind: 'SNAPSHOT_COUNT', appliesTo: null },
      reason: 'Back to a caseload on a date',
    });
    expect(field(back, 'probationSetMeasureStatistics')).toEqual({
      id: CASELOAD,
      figureKind: 'SNAPSHOT_COUNT',
      rateMeasureId: null,
      appliesTo: null,
      publicationLagMonths: 22,
    });
  });

  test('bad input names each field and its reason, and nothing is written', async () => {
    const before: unknown = await ds.query(
      `SELECT figure_kind, rate_measure_id, publication_lag_months FROM probation.measure WHERE id = $1`,
      [CASELOAD],
    );
    const events = (await audits('set-measure-statistics')).length;
    const res = await as(EDITOR, SET, {
      m: CASELOAD,
      input: { figureKind: 'RATE_NUMERATOR', rateMeasureId: 'probation.nps-caseload', publicationLagMonths: -3 },
      reason: 'a mistake',
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/publicationLagMonths: -3 is not a publication lag/);
    // the lag is refused before the transaction; the rate link is checked inside it
    const res2 = await as(EDITOR, SET, {
      m: CASELOAD,
      input: { figureKind: 'RATE_NUMERATOR', rateMeasureId: 'probation.nps-caseload', publicationLagMonths: 3 },
      reason: 'a mistake',
    });
    expect(res2.errors?.[0].message).toMatch(/rateMeasureId: "probation.nps-caseload" is a SNAPSHOT_COUNT measure, not a RATE/);
    const res3 = await as(EDITOR, SET, { m: CASELOAD, input: { figureKind: 'RATE_NUMERATOR' }, reason: 'a mistake' });
    expect(res3.errors?.[0].message).toMatch(/rateMeasureId: a RATE_NUMERATOR count needs the rate measure/);
    const res4 = await as(EDITOR, SET, {
      m: ADULT_RATE,
      input: { figureKind: 'RATE_NUMERATOR', rateMeasureId: 'probation.juvenile-proven-reoffending-proportion', appliesTo: ['atlantis'] },
      reason: 'a mistake',
    });
    expect(res4.errors?.[0].message).toMatch(/appliesTo: "atlantis" is not an area code/);
    const res5 = await as(EDITOR, SET, {
      m: ADULT_RATE,
      input: { figureKind: 'RATE_NUMERATOR', rateMeasureId: 'probation.juvenile-proven-reoffending-proportion' },
      reason: 'a mistake',
    });
    expect(res5.errors?.[0].message).toMatch(/figureKind: a RATE_NUMERATOR is a count of people: .* is in PERCENTAGE/);
    // a rate that counts feed stays a rate
    const res6 = await as(EDITOR, SET, { m: ADULT_RATE, input: { figureKind: 'APPROXIMATE' }, reason: 'a mistake' });
    expect(res6.errors?.[0].message).toMatch(
      /figureKind: probation.adult-proven-reoffending-reoffenders is the numerator of probation.adult-proven-reoffending-proportion/,
    );
    const res7 = await as(EDITOR, SET, { m: CASELOAD, input: { rateMeasureId: ADULT_RATE }, reason: 'a mistake' });
    expect(res7.errors?.[0].message).toMatch(/rateMeasureId: only a RATE_NUMERATOR measure names a rate measure/);
    const res8 = await as(EDITOR, SET, { m: CASELOAD, input: {}, reason: 'nothing' });
    expect(res8.errors?.[0].message).toMatch(/give at least one of/);
    const res9 = await as(EDITOR, SET, { m: CASELOAD, input: { publicationLagMonths: 1 }, reason: '  ' });
    expect(res9.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'reason' } });

    expect(
      await ds.query(`SELECT figure_kind, rate_measure_id, publication_lag_months FROM probation.measure WHERE id = $1`, [CASELOAD]),
    ).toEqual(before);
    expect((await audits('set-measure-statistics')).length).toBe(events);
  });

  test("only the agency's own editors: another agency's editor and a board member are refused, another agency's measure is unknown", async () => {
    const input = { m: CASELOAD, input: { publicationLagMonths: 1 }, reason: 'not mine' };
    expect((await as(POLICE_EDITOR, SET, input)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as(BOARD, SET, input)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await as(EDITOR, SET, { ...input, m: 'police.iom-cohort-size' });
    expect(other.errors?.[0].message).toMatch(/Unknown probation measure "police.iom-cohort-size"/);
  });
});

describe('stored comparators', () => {
  const NI18 = 'probation.ni18-reoffending-proportion';
  const SET_CMP = `mutation ($m: ID!, $kind: ComparatorKind!, $c: FigureComparatorInput, $reason: String!) {
    probationSetFigureComparator(measure: $m, area: "kent-and-medway", period: "2012", kind: $kind, comparator: $c, reason: $reason) {
      printed comparators { kind value printed relativeDifference signKnown verdict }
    }
  }`;

  test('an editor stores the predicted rate with a figure, replaces it and removes it; each change audited', async () => {
    const set = await as(EDITOR, SET_CMP, {
      m: NI18,
      kind: 'PREDICTED',
      c: { value: 8.64, printed: '8.64%', note: 'from the Ministry of Justice tables' },
      reason: 'The predicted rate, from the MoJ local adult re-offending tables',
    });
    expect(set.errors).toBeUndefined();
    expect(field<Record<string, unknown>>(set, 'probationSetFigureComparator').comparators).toEqual([
      {
        kind: 'PREDICTED',
        value: 8.64,
        printed: '8.64%',
        relativeDifference: null,
        signKnown: null,
        verdict: expect.any(String) as unknown,
      },
    ]);
    const [event] = await audits('set-figure-comparator');
    expect(event).toMatchObject({
      entity_id: `${NI18}|kent-and-medway|2012@PREDICTED`,
      details: { before: { relativeDifference: 4.75, signKnown: false, printed: '4.75%' }, after: { value: 8.64, printed: '8.64%' } },
    });
    const removed = await as(EDITOR, SET_CMP, { m: NI18, kind: 'PREDICTED', c: null, reason: 'not printed in the source' });
    expect(field<Record<string, unknown>>(removed, 'probationSetFigureComparator').comparators).toEqual([]);
    const again = await as(EDITOR, SET_CMP, { m: NI18, kind: 'PREDICTED', c: null, reason: 'twice' });
    expect(again.errors?.[0].message).toMatch(/has no PREDICTED comparator to remove/);
  });

  test('bad comparators are named by field; other kinds are not stored; others may not', async () => {
    const both = await as(EDITOR, SET_CMP, { m: NI18, kind: 'PREDICTED', c: { value: 9, signKnown: true, printed: ' ' }, reason: 'x' });
    expect(both.errors?.[0].message).toMatch(/comparator.printed: give the comparator as printed/);
    expect(both.errors?.[0].message).toMatch(/comparator.signKnown: give signKnown with a relative difference/);
    const region = await as(EDITOR, SET_CMP, { m: NI18, kind: 'REGION', c: { value: 9, printed: '9%' }, reason: 'x' });
    expect(region.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Only a PREDICTED comparator is stored/) as unknown,
      extensions: { argument: 'kind' },
    });
    expect((await as(POLICE_EDITOR, SET_CMP, { m: NI18, kind: 'PREDICTED', c: null, reason: 'x' })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await audits('set-figure-comparator')).length).toBe(2);
  });
});

describe('closed series', () => {
  const NI18 = 'probation.ni18-reoffenders';
  const RECORD = (period: string) =>
    `mutation { probationRecordObservation(input: { measureId: "${NI18}", area: "kent-and-medway", period: "${period}", value: 1400, reason: "recount" }) { id correction } }`;
  const count = async (sql: string, params: unknown[] = []) => ((await ds.query(sql, params)) as Array<{ n: number }>)[0].n;
  const drafts = () => count(`SELECT count(*)::int AS n FROM probation.observation_draft`);

  test('a new figure into a closed series is refused naming the measure, the series and its end; a correction is taken', async () => {
    const res = await as(EDITOR, RECORD('2013'));
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(
      /measureId: measure "probation.ni18-reoffenders": its series "original" \(Local adult re-offending \(NI18\)[^)]*\) is closed \(its last figure ends 2012-12-31; "Closed: National Indicator 18 ended/,
    );
    expect(await drafts()).toBe(0);
    const correction = await as(EDITOR, RECORD('2012'));
    expect(correction.errors).toBeUndefined();
    expect(field<Record<string, unknown>>(correction, 'probationRecordObservation').correction).toBe(true);
    await ds.query(`DELETE FROM probation.observation_draft`);
  });

  test('the CSV import reports it per row and writes nothing', async () => {
    const csv = [
      'measure_id,area,period,value',
      `${NI18},kent-and-medway,2012,1490`,
      `${NI18},kent-and-medway,2013,1400`,
      `${NI18},medway,2014,300`,
    ].join('\n');
    const res = await as(
      EDITOR,
      `mutation ($csv: String!) { probationImportObservations(csv: $csv, reason: "annual return") { ok newFigures errors { row column message } } }`,
      { csv },
    );
    expect(field(res, 'probationImportObservations')).toMatchObject({ ok: false, newFigures: 0 });
    expect(field<Record<string, unknown>>(res, 'probationImportObservations').errors).toEqual([
      {
        row: 2,
        column: 'measure_id',
        message: expect.stringMatching(/its series "original" .* is closed \(its last figure ends 2012-12-31/) as unknown,
      },
      { row: 3, column: 'measure_id', message: expect.stringMatching(/its series "original" .* is closed/) as unknown },
    ]);
    expect(await drafts()).toBe(0);
  });

  test('re-opening the series lets figures in again; closing it after they were drafted stops their publication', async () => {
    const REOPEN = `mutation ($code: String!) { probationReopenSeriesVersion(measure: "${NI18}", code: $code, reason: "recorded in error") { seriesVersions { code closed } } }`;
    expect((await as(POLICE_EDITOR, REOPEN, { code: 'original' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reopened = await as(EDITOR, REOPEN, { code: 'original' });
    expect(reopened.errors).toBeUndefined();
    expect(field<Record<string, unknown>>(reopened, 'probationReopenSeriesVersion').seriesVersions).toEqual([
      { code: 'original', closed: false },
    ]);
    const [event] = await audits('reopen-series-version');
    expect(event).toMatchObject({
      entity_id: `${NI18}@original`,
      details: { before: expect.stringMatching(/^Closed: National Indicator 18/) as unknown, after: null, reason: 'recorded in error' },
    });
    expect((await as(EDITOR, REOPEN, { code: 'original' })).errors?.[0].message).toMatch(/is not closed/);

    expect((await as(EDITOR, RECORD('2013'))).errors).toBeUndefined();
    const close = await as(
      EDITOR,
      `mutation { probationCloseSeriesVersion(measure: "${NI18}", code: "original", note: "NI18 ended in 2012") { id } }`,
    );
    expect(close.errors).toBeUndefined();
    const publish = await as(EDITOR, `mutation { probationPublishObservations(measureIds: ["${NI18}"]) { published } }`);
    expect(publish.errors?.[0].message).toMatch(
      /probation.ni18-reoffenders\|kent-and-medway\|2013: measure "probation.ni18-reoffenders": its series "original" .* is closed \(its last figure ends 2012-12-31; "NI18 ended in 2012"\).*Nothing was published/,
    );
    expect(await count(`SELECT count(*)::int AS n FROM probation.observation WHERE measure_id = $1 AND period_code = '2013'`, [NI18])).toBe(
      0,
    );
  });
});

describe("the National Audit Office's cost estimates: no invented date", () => {
  test('their publication date is null with a note, and their note says 1 April 2012 is no date the plan gives', async () => {
    const ids = ['probation.reoffending-cost-ex-prisoners-nao', 'probation.reoffending-cost-former-short-term-prisoners-nao'];
    const res = await as(
      BOARD,
      `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on ProbationMeasure { id figureKind
        observations { printed note rag { status } provenance { publication published publishedNote citedSource } } } } }`,
      { ids: ids.map((id) => ({ __typename: 'ProbationMeasure', id })) },
    );
    expect(res.errors).toBeUndefined();
    const measures = field<
      Array<{
        id: string;
        figureKind: string;
        observations: Array<{ printed: string; note: string; rag: { status: string | null }; provenance: Record<string, unknown> }>;
      }>
    >(res, '_entities');
    expect(measures.map((m) => [m.id, m.figureKind, m.observations.map((o) => o.printed)])).toEqual([
      [ids[0], 'MONEY_ESTIMATE', ['£9.5 to £13 billion']],
      [ids[1], 'MONEY_ESTIMATE', ['£7 to £10 billion']],
    ]);
    for (const o of measures.flatMap((m) => m.observations)) {
      expect(o.provenance).toEqual({
        publication: 'Kent and Medway Strategic Plan for Reducing Re-offending 2012 to 2015',
        published: null,
        publishedNote: 'The source gives no publication date; none is recorded rather than one invented.',
        citedSource: 'National Audit Office ("a recent National Audit Office report", not named)',
      });
      expect(o.note).toMatch(/the plan itself gives no date/);
      expect(o.rag.status).toBeNull();
    }
    const dated = (await ds.query(
      `SELECT count(*)::int AS n FROM probation.observation WHERE measure_id = ANY($1) AND published IS NOT NULL`,
      [ids],
    )) as Array<{ n: number }>;
    expect(dated[0].n).toBe(0);
  });
});
