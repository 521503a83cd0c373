/**
 * Probation's own part of the graph, on real PostgreSQL: the needs of offenders starting community orders (seed 000,
 * section E) in probation's own table, reached from the plan's Area.
 */
import { agencyContextFactory, agencyDataSource, buildAgencySchema, migrateAndSeedAgency, type Viewer } from '@hub/common/platform';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { definition } from '../src/index';
import { COMMUNITY_ORDER_NEEDS } from '../src/data/community-order-needs';
import { createTestDatabase } from '../../../test/support/db';
import { seedDocument, testWithSeeds } from '../../../test/support/seeds';
import { run } from '../../../test/support/subgraph';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let factory: Awaited<ReturnType<typeof agencyContextFactory>>;
const BOARD: Viewer = { subject: 'test-board', role: 'board', agency: null };

const BY_AREA = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Area { code communityOrderNeeds {
  need pathway { id } period { code start end } periodPrinted share { value printed } offenders { value printed suppressed publicDocument }
  source { document location } } } } }`;

/** A need as BY_AREA selects it. */
interface CommunityOrderNeed {
  need: string;
  pathway: { id: string };
  period: { code: string; start: string; end: string };
  periodPrinted: string;
  share: { value: number; printed: string };
  offenders: { value: number | null; printed: string; suppressed: boolean; publicDocument: boolean };
  source: { document: string; location: string };
}

beforeAll(async () => {
  db = await createTestDatabase('probation_own');
  const env = { DATABASE_URL: db.url };
  await migrateAndSeedAgency(definition, env);
  ({ dataSource: ds } = agencyDataSource(definition, env));
  await ds.initialize();
  schema = (await buildAgencySchema(definition)).schema;
  factory = await agencyContextFactory(definition, ds);
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

test('Kent and Medway carries the three needs of offenders starting community orders in 2010-11, as printed in seed 000', async () => {
  const res = await run<{ _entities: Array<{ code: string; communityOrderNeeds: CommunityOrderNeed[] }> }>(
    schema,
    () => factory(BOARD),
    BY_AREA,
    {
      reps: [
        { __typename: 'Area', code: 'kent-and-medway' },
        { __typename: 'Area', code: 'havering' },
      ],
    },
  );
  expect(res.errors).toBeUndefined();
  const [km, havering] = res.data!._entities;
  expect(havering).toEqual({ code: 'havering', communityOrderNeeds: [] });
  const byNeed = Object.fromEntries(km.communityOrderNeeds.map((n) => [n.need, n]));
  expect(Object.keys(byNeed).sort()).toEqual(['an accommodation need', 'an employment or training need', 'either a drug or alcohol need']);
  expect(byNeed['an accommodation need']).toEqual({
    need: 'an accommodation need',
    pathway: { id: 'accommodation' },
    period: { code: '2010-11', start: '2010-04-01', end: '2011-03-31' },
    periodPrinted: 'between April 2010 and March 2011',
    share: { value: 36, printed: '36%' },
    offenders: { value: 1247, printed: '1,247', suppressed: false, publicDocument: true },
    source: { document: '000_a1682bea56ce2b50.txt', location: 'Section E, Accommodation: Need' },
  });
  expect(byNeed['an employment or training need'].offenders.printed).toBe('1,697');
  expect(byNeed['either a drug or alcohol need']).toMatchObject({
    pathway: { id: 'drugs-alcohol' },
    share: { printed: '59%' },
    offenders: { printed: '2,073' },
  });
});

testWithSeeds('every printed figure and period occurs in the plan (seed 000)', () => {
  const text = seedDocument('000_a1682bea56ce2b50.txt');
  for (const n of COMMUNITY_ORDER_NEEDS) {
    for (const s of [n.share.printed, n.offenders.printed, n.periodPrinted, n.need])
      expect([n.need, s, text.includes(s)]).toEqual([n.need, s, true]);
  }
});

test('seeding again adds nothing to probation tables', async () => {
  expect(await migrateAndSeedAgency(definition, { DATABASE_URL: db.url })).toMatchObject({
    measures: 0,
    observations: 0,
    own: { community_order_need: 0 },
  });
});
