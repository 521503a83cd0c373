/**
 * HeadlineMeasure.figures through an agency subgraph's own schema, on real PostgreSQL: filters, every sort,
 * keyset pagination (every figure exactly once, stable order), cursors and arguments refused by name, the
 * suppressed filter matching what the reader sees, drafts for the owner only, and the statement count per fetch.
 */
import {
  agencyContextFactory,
  agencyDataSource,
  buildAgencySchema,
  CountingLogger,
  migrateAndSeedAgency,
  type AgencyContext,
  type Viewer,
} from '@hub/common/platform';
import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import { definition } from '../../subgraphs/probation/src/index';
import { createTestDatabase } from '../support/db';
import { run } from '../support/subgraph';
import { objectContaining } from '../support/matchers';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let factory: (v: Viewer) => Promise<AgencyContext>;
const logger = new CountingLogger();
const BOARD: Viewer = { subject: 'bo.board', role: 'board', agency: null };
const EDITOR: Viewer = { subject: 'pat.probation', role: 'agency-editor', agency: 'probation' };

const COUNT_MEASURE = 'probation.adult-proven-reoffending-offenders';
const QUARTERS = ['2016-17', '2017-18', '2018-19'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y} Q${q}`));
let areaCodes: string[];
let threshold: number;

/** The synthetic figure of area i, quarter j: small counts (suppressed for the board), tbc, approximate, provisional. */
function synthetic(i: number, j: number) {
  const n = i * QUARTERS.length + j;
  if (n % 17 === 0) return { value: '', printed: 'tbc', approximate: false, notAvailable: true, status: 'FINAL' };
  const value = (n * 7) % 40;
  const approximate = n % 11 === 0;
  return {
    value: String(value),
    printed: approximate ? `Approx. ${value}` : String(value),
    approximate,
    notAvailable: false,
    status: n % 5 === 0 ? 'PROVISIONAL' : 'FINAL',
  };
}

beforeAll(async () => {
  db = await createTestDatabase('analystfigures');
  const env = { DATABASE_URL: db.url };
  await migrateAndSeedAgency(definition, env);
  ({ dataSource: ds } = agencyDataSource(definition, env, logger));
  await ds.initialize();
  schema = (await buildAgencySchema(definition)).schema;
  factory = await agencyContextFactory(definition, ds);
  areaCodes = (await ds.query<Array<{ code: string }>>(`SELECT code FROM probation.area ORDER BY code`)).map((r) => r.code);
  threshold = (
    await ds.query<Array<{ disclosure_threshold: number }>>(`SELECT disclosure_threshold FROM probation.measure WHERE id = $1`, [
      COUNT_MEASURE,
    ])
  )[0].disclosure_threshold;
  const lines = ['measure_id,area,period,value,printed,approximate,not_available,status'];
  areaCodes.forEach((area, i) =>
    QUARTERS.forEach((period, j) => {
      const f = synthetic(i, j);
      lines.push([COUNT_MEASURE, area, period, f.value, f.printed, f.approximate, f.notAvailable, f.status].join(','));
    }),
  );
  const ctx = await factory(EDITOR);
  const imported = await ctx.writes.importCsv(EDITOR, lines.join('\n') + '\n', 'synthetic quarters for the analyst tests');
  expect(imported.ok).toBe(true);
  await ctx.writes.publish(EDITOR, [COUNT_MEASURE]);
  // One unpublished draft: the owner sees it in place of the published figure, the board does not.
  const draft = await ctx.writes.importCsv(EDITOR, `measure_id,area,period,value\n${COUNT_MEASURE},kent,2016-17 Q1,999\n`, 'draft');
  expect(draft.ok).toBe(true);
}, 60000);

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

const FIGURES = `query ($reps: [_Any!]!, $filter: FigureFilter, $orderBy: [FigureOrder!], $first: Int, $after: String) {
  _entities(representations: $reps) {
    ... on ProbationMeasure {
      id
      figures(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id area { code } period { code kind start end } value printed approximate notAvailable suppressed status draft } }
      }
    }
  }
}`;

/** A figure (node) as FIGURES selects it. */
interface FigureNode {
  id: string;
  area: { code: string };
  period: { code: string; kind: string; start: string; end: string };
  value: number | null;
  printed: string;
  approximate: boolean;
  notAvailable: boolean;
  suppressed: boolean;
  status: string;
  draft: boolean;
}
/** FIGURES' answer: a page of figures of each measure asked. */
interface FiguresData {
  _entities: Array<{
    id: string;
    figures: {
      totalCount?: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
      edges: Array<{ cursor: string; node: FigureNode }>;
    };
  }>;
}

const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'ProbationMeasure', id }));

async function page(vars: Record<string, unknown>, viewer: Viewer = BOARD, ids = [COUNT_MEASURE]) {
  const res = await run<FiguresData>(schema, () => factory(viewer), FIGURES, { reps: reps(ids), ...vars });
  return res;
}

async function all(vars: Record<string, unknown>, first: number, viewer: Viewer = BOARD) {
  const nodes: FigureNode[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const res = await page({ ...vars, first, after }, viewer);
    expect(res.errors).toBeUndefined();
    const conn = res.data!._entities[0].figures;
    nodes.push(...conn.edges.map((e) => e.node));
    pages++;
    if (!conn.pageInfo.hasNextPage) return { nodes, pages, totalCount: conn.totalCount };
    expect(conn.edges.length).toBe(first);
    after = conn.pageInfo.endCursor;
  }
}

const QUARTERLY = { from: '2016-17 Q1', to: '2018-19 Q4', periodKind: ['FINANCIAL_QUARTER'] };

test('pages of 7 return every synthetic figure exactly once, in period then area order', async () => {
  const { nodes, pages, totalCount } = await all({ filter: QUARTERLY }, 7);
  expect(nodes).toHaveLength(areaCodes.length * QUARTERS.length);
  expect(totalCount).toBe(nodes.length);
  expect(pages).toBe(Math.ceil(nodes.length / 7));
  expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
  const expected = QUARTERS.flatMap((q) => areaCodes.map((a) => `${COUNT_MEASURE}|${a}|${q}`));
  expect(nodes.map((n) => n.id)).toEqual(expected);
});

test.each([
  ['PERIOD DESC', [{ field: 'PERIOD', direction: 'DESC' }]],
  ['AREA ASC', [{ field: 'AREA', direction: 'ASC' }]],
  [
    'AREA DESC, PERIOD DESC',
    [
      { field: 'AREA', direction: 'DESC' },
      { field: 'PERIOD', direction: 'DESC' },
    ],
  ],
  ['VALUE ASC', [{ field: 'VALUE', direction: 'ASC' }]],
  ['VALUE DESC', [{ field: 'VALUE', direction: 'DESC' }]],
])('order %s: paged (pages of 13) equals one page, sorted as asked with a stable tie-breaker', async (_label, orderBy) => {
  const one = await all({ filter: QUARTERLY, orderBy }, 1000);
  const paged = await all({ filter: QUARTERLY, orderBy }, 13);
  expect(paged.nodes.map((n) => n.id)).toEqual(one.nodes.map((n) => n.id));
  expect(one.nodes).toHaveLength(areaCodes.length * QUARTERS.length);
  const cmp = (a: FigureNode, b: FigureNode) => {
    for (const o of orderBy) {
      const sign = o.direction === 'DESC' ? -1 : 1;
      let c = 0;
      if (o.field === 'PERIOD') c = a.period.end.localeCompare(b.period.end) || b.period.start.localeCompare(a.period.start);
      if (o.field === 'AREA') c = a.area.code.localeCompare(b.area.code);
      if (o.field === 'VALUE') {
        if ((a.value === null) !== (b.value === null)) return a.value === null ? 1 : -1; // no value: last either way
        c = (a.value ?? 0) - (b.value ?? 0);
      }
      if (c !== 0) return sign * c;
    }
    return a.area.code.localeCompare(b.area.code) || a.period.code.localeCompare(b.period.code);
  };
  const sorted = [...one.nodes].sort(cmp);
  expect(one.nodes.map((n) => n.id)).toEqual(sorted.map((n) => n.id));
});

test('filters: area with sub-areas, parent area (children only), area kind, period range and flags', async () => {
  const kentAll = (await all({ filter: { ...QUARTERLY, area: 'kent-and-medway', includeSubAreas: true } }, 1000)).nodes;
  expect(new Set(kentAll.map((n) => n.area.code))).toEqual(
    new Set(areaCodes.filter((c) => ['kent-and-medway', 'kent', 'medway'].includes(c) || isKentDistrict(c))),
  );
  const children = (await all({ filter: { ...QUARTERLY, parentArea: 'kent-and-medway' } }, 1000)).nodes;
  expect(new Set(children.map((n) => n.area.code))).toEqual(new Set(['kent', 'medway']));
  const districts = (await all({ filter: { ...QUARTERLY, areaKind: ['DISTRICT'] } }, 1000)).nodes;
  expect(new Set(districts.map((n) => n.area.code)).size).toBe(12);
  const range = (await all({ filter: { ...QUARTERLY, from: '2017-18', to: '2017-18' } }, 1000)).nodes;
  expect(new Set(range.map((n) => n.period.code))).toEqual(new Set(['2017-18 Q1', '2017-18 Q2', '2017-18 Q3', '2017-18 Q4']));
  const tbc = (await all({ filter: { ...QUARTERLY, notAvailable: true } }, 1000)).nodes;
  expect(tbc.length).toBeGreaterThan(0);
  expect(tbc.every((n) => n.notAvailable && n.value === null && n.printed === 'tbc')).toBe(true);
  const approx = (await all({ filter: { ...QUARTERLY, approximate: true } }, 1000)).nodes;
  expect(approx.length).toBeGreaterThan(0);
  expect(approx.every((n) => n.approximate && (n.printed.startsWith('Approx.') || n.suppressed))).toBe(true);
  const provisional = (await all({ filter: { ...QUARTERLY, status: ['PROVISIONAL'] } }, 1000)).nodes;
  expect(provisional.length).toBeGreaterThan(0);
  expect(provisional.every((n) => n.status === 'PROVISIONAL')).toBe(true);
});

function isKentDistrict(code: string) {
  return [
    'ashford',
    'canterbury',
    'dartford',
    'dover',
    'folkestone-and-hythe',
    'gravesham',
    'maidstone',
    'sevenoaks',
    'swale',
    'thanet',
    'tonbridge-and-malling',
    'tunbridge-wells',
  ].includes(code);
}

test('the suppressed filter lists exactly the figures the reader sees as suppressed (board), and none for the owner', async () => {
  const everything = (await all({ filter: QUARTERLY }, 1000)).nodes;
  const suppressed = (await all({ filter: { ...QUARTERLY, suppressed: true } }, 1000)).nodes;
  const shown = (await all({ filter: { ...QUARTERLY, suppressed: false } }, 1000)).nodes;
  expect(threshold).toBeGreaterThan(1);
  expect(suppressed.length).toBeGreaterThan(0);
  expect(suppressed.map((n) => n.id).sort()).toEqual(
    everything
      .filter((n) => n.suppressed)
      .map((n) => n.id)
      .sort(),
  );
  expect(shown.map((n) => n.id).sort()).toEqual(
    everything
      .filter((n) => !n.suppressed)
      .map((n) => n.id)
      .sort(),
  );
  expect(suppressed.every((n) => n.value === null && n.printed === 'suppressed')).toBe(true);
  // The same figures as `observations` shows the board.
  const obs = await run<{ _entities: Array<{ observations: Array<{ id: string; suppressed: boolean; value: number | null }> }> }>(
    schema,
    () => factory(BOARD),
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProbationMeasure { observations(from: "2016-17 Q1", to: "2018-19 Q4") { id suppressed value } } } }`,
    { reps: reps([COUNT_MEASURE]) },
  );
  const seen = new Map(obs.data!._entities[0].observations.map((o) => [o.id, o]));
  for (const n of everything) expect(seen.get(n.id)).toMatchObject({ suppressed: n.suppressed, value: n.value });
  // The owner sees raw values: nothing suppressed, and its draft in place of the published figure.
  const mine = (await all({ filter: { ...QUARTERLY, suppressed: true } }, 1000, EDITOR)).nodes;
  expect(mine).toEqual([]);
  const drafts = (await all({ filter: { ...QUARTERLY, draft: true } }, 1000, EDITOR)).nodes;
  expect(drafts).toEqual([objectContaining({ id: `${COUNT_MEASURE}|kent|2016-17 Q1`, value: 999, draft: true })]);
  expect((await all({ filter: { ...QUARTERLY, draft: true } }, 1000, BOARD)).nodes).toEqual([]);
});

test('sorting by value never places a suppressed figure by its hidden value', async () => {
  const byValue = (await all({ filter: QUARTERLY, orderBy: [{ field: 'VALUE', direction: 'ASC' }] }, 1000)).nodes;
  const firstNull = byValue.findIndex((n) => n.value === null);
  expect(firstNull).toBeGreaterThan(0);
  expect(byValue.slice(firstNull).every((n) => n.value === null)).toBe(true);
  expect(byValue.slice(firstNull).some((n) => n.suppressed)).toBe(true);
});

test.each([
  [
    'a tampered cursor',
    async () => ({ after: (await firstCursor()).replace(/^./, (c) => (c === 'e' ? 'f' : 'e')) }),
    /Invalid value for argument "after"/,
  ],
  [
    'a cursor edited in its middle',
    async () => ({ after: editMiddle(await firstCursor()) }),
    /Invalid value for argument "after".*altered or truncated/,
  ],
  [
    'a truncated cursor',
    async () => ({ after: (await firstCursor()).slice(0, -1) }),
    /Invalid value for argument "after".*altered or truncated/,
  ],
  ['garbage', async () => ({ after: 'not a cursor!' }), /Invalid value for argument "after": "not a cursor!"/],
  [
    'a cursor of another order',
    async () => ({ after: await firstCursor(), orderBy: [{ field: 'VALUE', direction: 'DESC' }] }),
    /cursor was made for the order PERIOD_ASC,AREA_ASC/,
  ],
  ['first: 0', async () => ({ first: 0 }), /Invalid value for argument "first": 0\. Ask for 1 to 1000/],
  ['first: 1001', async () => ({ first: 1001 }), /Invalid value for argument "first": 1001/],
  ['an unknown area', async () => ({ filter: { area: 'kentt' } }), /Unknown area "kentt" for argument "filter.area"/],
  [
    'an unknown parent area',
    async () => ({ filter: { parentArea: 'nowhere' } }),
    /Unknown area "nowhere" for argument "filter.parentArea"/,
  ],
  ['an unknown area kind', async () => ({ filter: { areaKind: ['SHIRE'] } }), /Invalid value for argument "filter.areaKind": "SHIRE"/],
  [
    'a bad period',
    async () => ({ filter: { from: 'last year' } }),
    /Invalid value for argument "filter.from": "last year".*Accepted forms/,
  ],
])('%s is refused naming the argument and the value', async (_label, vars, message) => {
  const res = await page({ first: 5, ...(await vars()) });
  expect(res.errors?.[0].message).toMatch(message);
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

function editMiddle(cursor: string): string {
  const i = Math.floor(cursor.length / 3);
  return cursor.slice(0, i) + (cursor[i] === 'A' ? 'B' : 'A') + cursor.slice(i + 1);
}

async function firstCursor(): Promise<string> {
  const res = await page({ filter: QUARTERLY, first: 3 });
  return res.data!._entities[0].figures.pageInfo.endCursor!;
}

test('one SQL statement per page (two with totalCount), whatever the page number or the number of measures', async () => {
  const PAGE_ONLY = FIGURES.replace('totalCount', '');
  const count = async (query: string, ids: string[], vars: Record<string, unknown>) => {
    const { result: res, statements } = await logger.during(() =>
      run<FiguresData>(schema, () => factory(BOARD), query, { reps: reps(ids), ...vars }),
    );
    expect(res.errors).toBeUndefined();
    return { n: statements.filter((s) => !/^(START|COMMIT|ROLLBACK)/i.test(s)).length, res };
  };
  const ids = definition.measures.map((m) => m.id);
  expect(ids.length).toBeGreaterThan(5);
  // Walk to page 20 to get a deep cursor.
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const res = await page({ filter: QUARTERLY, first: 5, after });
    after = res.data!._entities[0].figures.pageInfo.endCursor;
  }
  const first = await count(PAGE_ONLY, [COUNT_MEASURE], { filter: QUARTERLY, first: 5 });
  const deep = await count(PAGE_ONLY, [COUNT_MEASURE], { filter: QUARTERLY, first: 5, after });
  const many = await count(PAGE_ONLY, ids, { filter: { area: 'kent' }, first: 50 });
  const manyWithTotals = await count(FIGURES, ids, { filter: { area: 'kent' }, first: 50 });
  expect([first.n, deep.n, many.n, manyWithTotals.n]).toEqual([2, 2, 2, 3]); // measures (_entities), page[, count]
  expect(deep.res.data!._entities[0].figures.edges).toHaveLength(5);
  expect(many.res.data!._entities.filter((m) => m.figures.edges.length > 0).length).toBeGreaterThan(1);
  expect(logger.statements.some((s) => /CROSS JOIN LATERAL/.test(s) && !/OFFSET/i.test(s))).toBe(true);
});
