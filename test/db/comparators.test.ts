/**
 * Comparators and RAG against a comparator, as Fingertips compares an area with England (significantly better,
 * similar or worse: the comparator's value outside or inside the area's 95% interval), on the synthetic national
 * dataset: England and Wales and each probation region are the aggregates of their local authorities, and each
 * authority has a peer group of similar areas. The expected verdicts are worked out here from the database rows and
 * an independent Wilson interval, not from the graph's own code.
 */
import {
  agencyContextFactory,
  agencyDataSource,
  buildAgencySchema,
  expectedChain,
  nationalMeasures,
  nationalPeers,
  nationalQuarters,
  type AgencyContext,
  type Viewer,
} from '@hub/common/platform';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { definition as probation } from '../../subgraphs/probation/src/index';
import { loadNationalInto } from '../load/national';
import { createTestDatabase } from '../support/db';
import { run } from '../support/subgraph';
import { stringMatching } from '../support/matchers';

const SCALE = 5; // 17 local authorities: regions 1 to 5 hold two each (police force areas j and j + 12)
const QUARTERS = 4;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let context: (v: Viewer) => Promise<AgencyContext>;
const BOARD: Viewer = { subject: 'bo.board', role: 'board', agency: null };
const ADMIN: Viewer = { subject: 'ada.admin', role: 'admin', agency: null };
const measure = nationalMeasures({ measuresPerAgency: 1 }).find((m) => m.agency === 'probation')!;
const quarter = nationalQuarters(QUARTERS)[1];

beforeAll(async () => {
  db = await createTestDatabase('comparators');
  await loadNationalInto(db.url, SCALE, 1, () => {}, { measuresPerAgency: 1, quarters: QUARTERS });
  ds = agencyDataSource(probation, { DATABASE_URL: db.url }).dataSource;
  await ds.initialize();
  schema = (await buildAgencySchema(probation)).schema;
  context = await agencyContextFactory(probation, ds);
}, 180_000);

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

const as = <T>(viewer: Viewer, query: string, variables: Record<string, unknown> = {}) =>
  run<T>(schema, () => context(viewer), query, variables);

/** A comparator as the tests select it. */
interface Comparator {
  kind: string;
  areas: Array<{ code: string }>;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  verdict: string | null;
  explanation?: string | null;
}
/** A figure with its comparators, as the tests select it (fields not selected by a query are absent). */
interface FigureWithComparators {
  area: { code: string };
  value: number | null;
  suppressed: boolean;
  numerator: number | null;
  denominator: number | null;
  comparators: Comparator[];
  rag: { status: string | null; rule: string; reason: string };
}
type Entities = { _entities: Array<{ observations: FigureWithComparators[] }> };

/** Wilson score interval of r / n in percent (z = 1.959964), written out independently of the stats module. */
function wilsonPercent(r: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = r / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const d = 1 + (z * z) / n;
  return [(100 * (centre - spread)) / d, (100 * (centre + spread)) / d];
}

type Row = { area_code: string; value: string | null; numerator: string | null; denominator: string | null; not_available: boolean };

test('the measure is a percentage of the synthetic probation data', () => {
  expect(measure.unit).toBe('PERCENTAGE');
});

test('RAG against England and Wales: GREEN significantly better, AMBER similar, RED significantly worse (Fingertips)', async () => {
  const set = await as(ADMIN, `mutation ($id: ID!) { probationSetRagRule(measure: $id, rule: AGAINST_ENGLAND_AND_WALES) { ragRule } }`, {
    id: measure.id,
  });
  expect(set.errors).toBeUndefined();
  const rows: Row[] = await ds.query(
    `SELECT area_code, value::text, numerator::text, denominator::text, not_available FROM probation.observation WHERE measure_id = $1 AND period_code = $2`,
    [measure.id, quarter],
  );
  const byArea = new Map(rows.map((r) => [r.area_code, r]));
  const england = byArea.get('england-and-wales')!;
  expect(england.not_available).toBe(false);
  expect(Number(england.numerator)).toBe(rows.filter((r) => r.area_code.startsWith('la-')).reduce((a, r) => a + Number(r.numerator), 0));

  const res = await as<Entities>(
    BOARD,
    `query ($ids: [_Any!]!, $from: String, $to: String) { _entities(representations: $ids) { ... on ProbationMeasure {
      observations(from: $from, to: $to) { area { code } value suppressed numerator denominator
        comparators { kind areas { code } value numerator denominator verdict explanation } rag { status rule reason } } } } }`,
    { ids: [{ __typename: 'ProbationMeasure', id: measure.id }], from: quarter, to: quarter },
  );
  expect(res.errors).toBeUndefined();
  const figures = res.data!._entities[0].observations.filter((o) => o.area.code.startsWith('la-') && o.value !== null && !o.suppressed);
  expect(figures.length).toBeGreaterThan(10);
  const seen = new Set<string>();
  for (const o of figures) {
    const [lower, upper] = wilsonPercent(o.numerator!, o.denominator!);
    const e = Number(england.value);
    const inside = e >= lower && e <= upper;
    const better = measure.polarity === 'HIGHER_IS_BETTER' ? o.value! > e : o.value! < e;
    const expected = inside ? 'AMBER' : better ? 'GREEN' : 'RED';
    const eng = o.comparators.find((c) => c.kind === 'ENGLAND_AND_WALES');
    expect(eng).toMatchObject({
      areas: [{ code: 'england-and-wales' }],
      value: e,
      verdict: { AMBER: 'SIMILAR', GREEN: 'BETTER', RED: 'WORSE' }[expected],
    });
    expect(o.rag).toMatchObject({
      rule: 'AGAINST_ENGLAND_AND_WALES',
      status: expected,
      reason: stringMatching(/^Against England and Wales: /),
    });
    seen.add(expected);
  }
  // the synthetic authorities differ in level: both a similar and a significantly different one occur
  expect(seen.has('AMBER')).toBe(true);
  expect(seen.has('GREEN') || seen.has('RED')).toBe(true);
});

test('the region and the pooled peer group are comparators too', async () => {
  const res = await as<Entities>(
    BOARD,
    `query ($ids: [_Any!]!, $from: String, $to: String) { _entities(representations: $ids) { ... on ProbationMeasure {
      observations(area: "la-001", from: $from, to: $to) { comparators { kind areas { code } value numerator denominator verdict } } } } }`,
    { ids: [{ __typename: 'ProbationMeasure', id: measure.id }], from: quarter, to: quarter },
  );
  expect(res.errors).toBeUndefined();
  const comparators = res.data!._entities[0].observations[0].comparators;
  expect(comparators.map((c) => c.kind)).toEqual(['ENGLAND_AND_WALES', 'REGION', 'PEER_GROUP']);
  const region = comparators[1];
  expect(region.areas).toEqual([{ code: expectedChain('la-001')[1] }]);
  const regionRows: Row[] = await ds.query(
    `SELECT area_code, value::text, numerator::text, denominator::text, not_available FROM probation.observation
    WHERE measure_id = $1 AND period_code = $2 AND area_code = ANY($3)`,
    [measure.id, quarter, ['la-001', 'la-013']],
  );
  expect(region.numerator).toBe(regionRows.reduce((a, r) => a + Number(r.numerator), 0));
  const peers = nationalPeers(SCALE)
    .filter((p) => p.area === 'la-001')
    .map((p) => p.peer);
  expect(peers).toEqual(['la-002', 'la-003']);
  const peerRows: Row[] = await ds.query(
    `SELECT numerator::text, denominator::text FROM probation.observation WHERE measure_id = $1 AND period_code = $2 AND area_code = ANY($3)`,
    [measure.id, quarter, peers],
  );
  const n = peerRows.reduce((a, r) => a + Number(r.numerator), 0);
  const d = peerRows.reduce((a, r) => a + Number(r.denominator), 0);
  expect(comparators[2]).toMatchObject({ areas: peers.map((code) => ({ code })), numerator: n, denominator: d });
  expect(comparators[2].value).toBeCloseTo((100 * n) / d, 6);
});
