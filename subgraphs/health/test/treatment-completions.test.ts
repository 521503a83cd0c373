/**
 * Health's own part of the graph, on real PostgreSQL: drug and alcohol treatment completions (seed 001, Appendix A,
 * 2.3) in health's own table, reached from the plan's Pathway.
 */
import { agencyContextFactory, agencyDataSource, buildAgencySchema, migrateAndSeedAgency, type Viewer } from '@hub/common/platform';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { definition } from '../src/index';
import { TREATMENT_COMPLETIONS } from '../src/data/treatment-completions';
import { createTestDatabase } from '../../../test/support/db';
import { seedDocument, testWithSeeds } from '../../../test/support/seeds';
import { run } from '../../../test/support/subgraph';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let factory: Awaited<ReturnType<typeof agencyContextFactory>>;
const BOARD: Viewer = { subject: 'test-board', role: 'board', agency: null };

const BY_PATHWAY = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Pathway { id treatmentCompletions {
  cohort area { code } period { code } completions { value printed notAvailable suppressed } source { document location } } } } }`;

/** A treatment completion as BY_PATHWAY selects it. */
interface TreatmentCompletion {
  cohort: string;
  area: { code: string };
  period: { code: string };
  completions: { value: number | null; printed: string; notAvailable: boolean; suppressed: boolean };
  source: { document: string; location: string };
}

beforeAll(async () => {
  db = await createTestDatabase('health_own');
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

test("the drugs and alcohol pathway carries health's treatment completions: 522 and 574, the young offenders' rows 'tbc'", async () => {
  const reps = ['drugs-alcohol', 'accommodation'].map((id) => ({ __typename: 'Pathway', id }));
  const res = await run<{ _entities: Array<{ id: string; treatmentCompletions: TreatmentCompletion[] }> }>(
    schema,
    () => factory(BOARD),
    BY_PATHWAY,
    {
      reps,
    },
  );
  expect(res.errors).toBeUndefined();
  const [drugs, accommodation] = res.data!._entities;
  expect(accommodation).toEqual({ id: 'accommodation', treatmentCompletions: [] });
  expect(
    drugs.treatmentCompletions.map((t) => [
      t.cohort,
      t.area.code,
      t.period.code,
      t.completions.printed,
      t.completions.value,
      t.completions.notAvailable,
    ]),
  ).toEqual([
    ['Kent Young Offenders', 'kent', '2011-12', 'tbc', null, true],
    ['Kent Young Offenders', 'kent', '2012-13', 'tbc', null, true],
    ['Medway Young Offenders', 'medway', '2011-12', 'tbc', null, true],
    ['Medway Young Offenders', 'medway', '2012-13', 'tbc', null, true],
    ['statutory offenders', 'kent-and-medway', '2011-12', '522', 522, false],
    ['statutory offenders', 'kent-and-medway', '2012-13', '574', 574, false],
  ]);
  expect(drugs.treatmentCompletions[4].source).toEqual({
    document: '001_b957d7ba0e7289ba.txt',
    location: 'Appendix A, 2.3 Substance Misuse (Drugs & Alcohol), headline measures',
  });
});

testWithSeeds('every printed figure occurs in its row of the progress report (seed 001)', () => {
  const text = seedDocument('001_b957d7ba0e7289ba.txt');
  expect(text).toContain(
    'number of statutory offenders being discharged from treatment on completion of all their alcohol and/or drug interventions\t522\t574',
  );
  for (const cohort of ['Medway Young Offenders', 'Kent Young Offenders']) expect(text).toContain(`${cohort}\ttbc\ttbc`);
  expect(TREATMENT_COMPLETIONS).toHaveLength(6);
});

test('seeding again adds nothing to health tables', async () => {
  expect(await migrateAndSeedAgency(definition, { DATABASE_URL: db.url })).toMatchObject({
    measures: 0,
    observations: 0,
    own: { treatment_completion: 0 },
  });
});
