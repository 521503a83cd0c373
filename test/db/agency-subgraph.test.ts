/**
 * An agency subgraph through its own schema, on real PostgreSQL: entity references (`_entities`), figure
 * filters, flags, errors for bad arguments, idempotent seeding, and the SQL statement count per fetch.
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

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let ctx: () => Promise<AgencyContext>;
const BOARD: Viewer = { subject: 'test-board', role: 'board', agency: null };
const logger = new CountingLogger();

const ENTITIES = `query ($reps: [_Any!]!, $area: ID, $from: String, $to: String) {
  _entities(representations: $reps) {
    ... on ProbationMeasure {
      id name agency unit polarity leadAgency source
      observations(area: $area, from: $from, to: $to) {
        id printed value numerator denominator approximate notAvailable status note
        area { code } period { code kind label start end } provenance { publication document location }
      }
      latest(area: $area) { period { code } printed }
    }
  }
}`;

/** A figure as ENTITIES selects it. */
interface Figure {
  id: string;
  printed: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  approximate: boolean;
  notAvailable: boolean;
  status: string;
  note: string | null;
  area: { code: string };
  period: { code: string; kind: string; label: string; start: string; end: string };
  provenance: { publication: string; document: string; location: string };
}
/** ENTITIES' answer: the measures asked, null for an unknown one. */
interface Entities {
  _entities: Array<{
    id: string;
    name: string;
    agency: string;
    unit: string;
    observations: Figure[];
    latest: { period: { code: string }; printed: string } | null;
  } | null>;
}

beforeAll(async () => {
  db = await createTestDatabase('probation');
  const env = { DATABASE_URL: db.url };
  await migrateAndSeedAgency(definition, env);
  ({ dataSource: ds } = agencyDataSource(definition, env, logger));
  await ds.initialize();
  schema = (await buildAgencySchema(definition)).schema;
  const factory = await agencyContextFactory(definition, ds);
  ctx = () => factory(BOARD);
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

const allIds = () => definition.measures.map((m) => m.id);
const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'ProbationMeasure', id }));

test('every seeded measure resolves as an entity, with its figures in period order', async () => {
  const res = await run<Entities>(schema, ctx, ENTITIES, { reps: reps(allIds()) });
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toHaveLength(definition.measures.length);
  for (const [i, m] of definition.measures.entries()) {
    const got = res.data!._entities[i]!;
    expect(got).toMatchObject({ id: m.id, name: m.name, agency: 'probation', unit: m.unit });
    expect(got.observations).toHaveLength(m.observations.length);
    const ends = got.observations.map((o) => o.period.end);
    expect([...ends].sort()).toEqual(ends);
  }
});

test("a measure's own fields are the same whether its figures are read with it (one statement) or not", async () => {
  const own = 'id name agency unit polarity leadAgency source definition figureKind';
  const alone = await run<Entities>(
    schema,
    ctx,
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProbationMeasure { ${own} } } }`,
    {
      reps: reps(allIds()),
    },
  );
  const withFigures = await run<Entities>(
    schema,
    ctx,
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProbationMeasure { ${own} observations { id } } } }`,
    { reps: reps(allIds()) },
  );
  expect(withFigures.errors).toBeUndefined();
  // The statement reads a measure's columns on its first row only: every measure, not just the first, keeps them.
  expect(withFigures.data!._entities.filter((m) => m!.observations.length > 1).length).toBeGreaterThan(1);
  expect(withFigures.data!._entities.map((m) => ({ ...m, observations: undefined }))).toEqual(alone.data!._entities);
});

test('Kent adult proven re-offending Jan-Dec 2008 is 3,118 of 13,912 = 22.41%, as printed', async () => {
  const res = await run<Entities>(schema, ctx, ENTITIES, { reps: reps(allIds()), area: 'kent', from: '2008', to: 'Jan - Dec 2008' });
  expect(res.errors).toBeUndefined();
  const figures = res.data!._entities.flatMap((m) => m!.observations);
  const proportion = figures.find((o) => o.printed === '22.41%')!;
  expect(proportion).toMatchObject({ value: 22.41, numerator: 3118, denominator: 13912, area: { code: 'kent' } });
  expect(proportion.period).toEqual({ code: '2008', kind: 'CALENDAR_YEAR', label: 'Jan-Dec 2008', start: '2008-01-01', end: '2008-12-31' });
  expect(proportion.provenance.document).toBe('001_b957d7ba0e7289ba.txt');
  expect(figures.every((o) => o.period.code === '2008' && o.area.code === 'kent')).toBe(true);
});

test('an unknown representation resolves to null, not an error', async () => {
  const res = await run<Entities>(schema, ctx, ENTITIES, { reps: reps(['probation.no-such-measure']) });
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toEqual([null]);
});

test.each([
  [{ area: 'kentt' }, /Unknown area "kentt" for argument "area"/],
  [{ from: 'last year' }, /Invalid value for argument "from": "last year".*Accepted forms/],
  [{ to: '2012-14' }, /Invalid value for argument "to": "2012-14"/],
])('bad filter %p gives an error naming the argument and the value', async (vars, message) => {
  const res = await run<Entities>(schema, ctx, ENTITIES, { reps: reps(allIds().slice(0, 1)), ...vars });
  expect(res.errors?.[0].message).toMatch(message);
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('one SQL statement per entity type and per figure field, whatever the number of measures', async () => {
  const count = async (ids: string[]) => {
    const { result: res, statements } = await logger.during(() => run<Entities>(schema, ctx, ENTITIES, { reps: reps(ids), area: 'kent' }));
    expect(res.errors).toBeUndefined();
    sent.push(...statements);
    return statements.length;
  };
  const sent: string[] = [];
  expect(allIds().length).toBeGreaterThan(5);
  const few = await count(allIds().slice(0, 2));
  const many = await count(allIds());
  expect(few).toBe(2); // the measures with their observations (one statement), latest
  expect(many).toBe(2);
  expect(sent.some((s) => /m\.id = ANY/.test(s) && /LEFT JOIN LATERAL/.test(s))).toBe(true);
});

test('seeding again changes nothing and keeps every figure', async () => {
  const before = await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM probation.observation`);
  const again = await migrateAndSeedAgency(definition, { DATABASE_URL: db.url });
  expect(again).toMatchObject({ migrations: [], measures: 0, observations: 0 });
  const after = await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM probation.observation`);
  expect(after[0].n).toBe(before[0].n);
  expect(after[0].n).toBe(definition.measures.reduce((n, m) => n + m.observations.length, 0));
});

test('the database refuses a figure whose numerator exceeds its denominator', async () => {
  const m = definition.measures[0];
  await expect(
    ds.query(
      `INSERT INTO probation.observation (measure_id, area_code, period_code, period_kind, period_label, period_start, period_end,
        numerator, denominator, printed, publication, publisher, published, document, location)
       VALUES ($1, 'kent', '1990', 'CALENDAR_YEAR', 'Jan-Dec 1990', '1990-01-01', '1990-12-31', 5, 4, 'x', 'p', 'p', '1990-01-01', 'd', 'l')`,
      [m.id],
    ),
  ).rejects.toThrow(/check constraint/);
});
