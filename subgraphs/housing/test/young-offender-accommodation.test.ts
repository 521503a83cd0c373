/**
 * Housing's own part of the graph, on real PostgreSQL: young offenders in suitable accommodation by youth offending
 * team area (seed 001, Appendix A, 2.1) in housing's own table, reached from the plan's Area.
 */
import { agencyContextFactory, agencyDataSource, buildAgencySchema, migrateAndSeedAgency, type Viewer } from '@hub/common/platform';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { definition } from '../src/index';
import { YOUNG_OFFENDER_ACCOMMODATION } from '../src/data/young-offender-accommodation';
import { createTestDatabase } from '../../../test/support/db';
import { seedDocument, testWithSeeds } from '../../../test/support/seeds';
import { run } from '../../../test/support/subgraph';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let factory: Awaited<ReturnType<typeof agencyContextFactory>>;
const BOARD: Viewer = { subject: 'test-board', role: 'board', agency: null };

const BY_AREA = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Area { code youngOffenderAccommodation {
  cohort reportedBy period { code } inSuitableAccommodation { value printed approximate } source { document location } } } } }`;

/** A row of young offenders' accommodation as BY_AREA selects it. */
interface YoungOffenderAccommodation {
  cohort: string;
  reportedBy: string | null;
  period: { code: string };
  inSuitableAccommodation: { value: number | null; printed: string; approximate: boolean };
  source: { document: string; location: string };
}

beforeAll(async () => {
  db = await createTestDatabase('housing_own');
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

test("Kent and Medway each carry their young offenders' accommodation for 2011-12 and 2012-13, as printed", async () => {
  const reps = ['medway', 'kent', 'havering'].map((code) => ({ __typename: 'Area', code }));
  const res = await run<{ _entities: Array<{ code: string; youngOffenderAccommodation: YoungOffenderAccommodation[] }> }>(
    schema,
    () => factory(BOARD),
    BY_AREA,
    { reps },
  );
  expect(res.errors).toBeUndefined();
  const [medway, kent, havering] = res.data!._entities;
  const source = { document: '001_b957d7ba0e7289ba.txt', location: 'Appendix A, 2.1 Accommodation, headline measures' };
  expect(medway.youngOffenderAccommodation).toEqual([
    {
      cohort: 'Medway Young Offenders',
      reportedBy: null,
      period: { code: '2011-12' },
      inSuitableAccommodation: { value: 97, printed: 'Approx. 97%', approximate: true },
      source,
    },
    {
      cohort: 'Medway Young Offenders',
      reportedBy: null,
      period: { code: '2012-13' },
      inSuitableAccommodation: { value: 98, printed: 'Approx. 98%', approximate: true },
      source,
    },
  ]);
  expect(kent.youngOffenderAccommodation.map((a) => [a.reportedBy, a.period.code, a.inSuitableAccommodation.printed])).toEqual([
    ['Integrated Youth Services (KCC)', '2011-12', '81.4%'],
    ['Integrated Youth Services (KCC)', '2012-13', '81.8%'],
  ]);
  expect(havering.youngOffenderAccommodation).toEqual([]);
});

testWithSeeds('every printed figure occurs in its row of the progress report (seed 001)', () => {
  const text = seedDocument('001_b957d7ba0e7289ba.txt');
  for (const a of YOUNG_OFFENDER_ACCOMMODATION) {
    const row = text.split('\n').find((l) => l.startsWith(`% ${a.cohort} in suitable accommodation`));
    expect([a.cohort, a.printed, row?.includes(a.printed)]).toEqual([a.cohort, a.printed, true]);
  }
  expect(text).toContain('Integrated Youth Services (KCC)');
});

test('seeding again adds nothing to housing tables', async () => {
  expect(await migrateAndSeedAgency(definition, { DATABASE_URL: db.url })).toMatchObject({
    measures: 0,
    observations: 0,
    own: { young_offender_accommodation: 0 },
  });
});
