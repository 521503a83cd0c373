/**
 * DWP's own part of the graph, on real PostgreSQL: the Jobcentre Plus targets for the IOM cohort proposed at the 2013
 * plan refresh (seed 001) in DWP's own table, reached from the plan's PriorityGroup.
 */
import { agencyContextFactory, agencyDataSource, buildAgencySchema, migrateAndSeedAgency, type Viewer } from '@hub/common/platform';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { definition } from '../src/index';
import { IOM_JOBCENTRE_TARGETS } from '../src/data/iom-jobcentre-targets';
import { createTestDatabase } from '../../../test/support/db';
import { seedDocument, testWithSeeds } from '../../../test/support/seeds';
import { run } from '../../../test/support/subgraph';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let factory: Awaited<ReturnType<typeof agencyContextFactory>>;
const BOARD: Viewer = { subject: 'test-board', role: 'board', agency: null };

const BY_GROUP = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PriorityGroup { id jobcentreTargets {
  id intervention goal item leadAgency target { value printed } due measureId source { document } } } } }`;

/** A target as BY_GROUP selects it. */
interface JobcentreTarget {
  id: string;
  intervention: string;
  goal: string;
  item: string;
  leadAgency: string;
  target: { value: number | null; printed: string };
  due: string;
  measureId: string | null;
  source: { document: string };
}

beforeAll(async () => {
  db = await createTestDatabase('dwp_own');
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

test('the IOM priority group carries the three Jobcentre Plus targets due by March 2014', async () => {
  const reps = ['iom', 'women'].map((id) => ({ __typename: 'PriorityGroup', id }));
  const res = await run<{ _entities: Array<{ id: string; jobcentreTargets: JobcentreTarget[] }> }>(schema, () => factory(BOARD), BY_GROUP, {
    reps,
  });
  expect(res.errors).toBeUndefined();
  const [iom, women] = res.data!._entities;
  expect(women).toEqual({ id: 'women', jobcentreTargets: [] });
  expect(iom.jobcentreTargets.map((t) => [t.id, t.intervention, t.target.printed, t.target.value, t.due, t.measureId])).toEqual([
    ['iom-bank-or-post-office-account', 'Finance, Benefits and Debt', '95%', 95, 'by March 2014', 'dwp.iom-offenders-with-bank-account'],
    ['iom-claims-online', 'Finance, Benefits and Debt', '80%', 80, 'by March 2014', 'dwp.iom-offenders-claiming-online'],
    [
      'iom-registered-on-universal-job-match',
      'Education and Employment',
      '80%',
      80,
      'by March 2014',
      'dwp.iom-offenders-registered-on-universal-jobmatch',
    ],
  ]);
  expect(iom.jobcentreTargets[0]).toMatchObject({
    leadAgency: 'Jobcentre Plus',
    item: 'a) 95% of IOM offenders to have a bank / post office account',
    source: { document: '001_b957d7ba0e7289ba.txt' },
  });
});

testWithSeeds('every goal, item, target and due date is worded as in the stock take (seed 001)', () => {
  const text = seedDocument('001_b957d7ba0e7289ba.txt');
  for (const t of IOM_JOBCENTRE_TARGETS) {
    for (const s of [t.goal, t.item, t.target.printed, t.duePrinted, t.intervention, t.leadAgency])
      if (s !== null) expect([t.id, s, text.includes(s)]).toEqual([t.id, s, true]);
  }
});

test('seeding again adds nothing to DWP tables', async () => {
  expect(await migrateAndSeedAgency(definition, { DATABASE_URL: db.url })).toMatchObject({
    measures: 0,
    observations: 0,
    own: { iom_jobcentre_target: 0 },
  });
});
