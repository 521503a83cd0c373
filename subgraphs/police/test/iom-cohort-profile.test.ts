/**
 * Police's own part of the graph, on real PostgreSQL: the IOM cohort profile of 26 July 2019 in police's own tables,
 * reached from the plan's PriorityGroup and from police measures, under the kit's disclosure control.
 */
import { agencyContextFactory, agencyDataSource, buildAgencySchema, migrateAndSeedAgency, type Viewer } from '@hub/common/platform';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { definition } from '../src/index';
import { createTestDatabase } from '../../../test/support/db';
import { seedDocument, testWithSeeds } from '../../../test/support/seeds';
import { run } from '../../../test/support/subgraph';
import { IOM_COHORT_PROFILES } from '../src/data/iom-cohort-profile';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let factory: Awaited<ReturnType<typeof agencyContextFactory>>;
const BOARD: Viewer = { subject: 'test-board', role: 'board', agency: null };
const POLICE_EDITOR: Viewer = { subject: 'test-police', role: 'agency-editor', agency: 'police' };

const PROFILE = `size { value printed } female { value printed suppressed publicDocument }
  managedByYouthTeams { printed } managedByYouthTeamsShare { value printed }
  seriousAcquisitiveCrime { printed } seriousAcquisitiveCrimeShare { printed }
  inCustody { printed } inCustodyShare { printed } adultsInCommunity { printed } youthsInCommunity { printed }
  adultOffendingReduction { value printed } youthOffendingReduction { value printed }
  offencesLast3Months { printed } adultsOffendingLast3Months { printed } youthsOffendingLast3Months { printed suppressed }
  membersWithKnifeOffencesPast3Years { printed } knifeOffencesPast3Years { printed }`;

const BY_GROUP = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PriorityGroup {
  id iomCohortProfiles { id snapshot area { code } priorityGroup { id } source { document location published } ${PROFILE} } } } }`;

/** A figure of a profile, as PROFILE selects it (not every field is selected for every figure). */
interface ProfileFigure {
  value?: number | null;
  printed: string;
  suppressed?: boolean;
  publicDocument?: boolean;
}
/** BY_GROUP's answer: the priority groups with their cohort profiles (the figures the tests read by name typed). */
interface ByGroup {
  _entities: Array<{
    id: string;
    iomCohortProfiles: Array<{ id: string; size: ProfileFigure; female: ProfileFigure; youthsOffendingLast3Months: ProfileFigure }>;
  }>;
}

const groups = (...ids: string[]) => ({ reps: ids.map((id) => ({ __typename: 'PriorityGroup', id })) });

beforeAll(async () => {
  db = await createTestDatabase('police_own');
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

test("the IOM priority group carries police's cohort profile of 26 July 2019, every figure as printed in seed 002", async () => {
  const res = await run<ByGroup>(schema, () => factory(BOARD), BY_GROUP, groups('iom', 'women'));
  expect(res.errors).toBeUndefined();
  const [iom, women] = res.data!._entities;
  expect(women).toEqual({ id: 'women', iomCohortProfiles: [] });
  expect(iom.iomCohortProfiles).toHaveLength(1);
  const p = iom.iomCohortProfiles[0];
  expect(p).toMatchObject({
    id: 'kent-and-medway-2019-07-26',
    snapshot: '2019-07-26',
    area: { code: 'kent-and-medway' },
    priorityGroup: { id: 'iom' },
    source: { document: '002_f0014465c04b6cba.txt', published: '2019-10-08' },
    size: { value: 245, printed: '245' },
    managedByYouthTeams: { printed: '14' },
    managedByYouthTeamsShare: { value: 5.7, printed: '5.7%' },
    seriousAcquisitiveCrime: { printed: '93' },
    seriousAcquisitiveCrimeShare: { printed: '38.0%' },
    inCustody: { printed: '111' },
    inCustodyShare: { printed: '45.3%' },
    adultsInCommunity: { printed: '126' },
    youthsInCommunity: { printed: '8' },
    adultOffendingReduction: { value: 40, printed: '40.0%' },
    youthOffendingReduction: { value: 63, printed: '63.0%' },
    offencesLast3Months: { printed: '69' },
    adultsOffendingLast3Months: { printed: '23' },
    membersWithKnifeOffencesPast3Years: { printed: '19' },
    knifeOffencesPast3Years: { printed: '25' },
  });
  // small counts about people, shown because the council paper printed them
  expect(p.female).toEqual({ value: 2, printed: '2', suppressed: false, publicDocument: true });
  expect(p.youthsOffendingLast3Months).toEqual({ printed: '4', suppressed: false });
});

testWithSeeds('every printed figure occurs in the source document it cites', async () => {
  const text = seedDocument('002_f0014465c04b6cba.txt');
  for (const p of IOM_COHORT_PROFILES) for (const f of p.figures) expect([f.figure, text.includes(f.printed)]).toEqual([f.figure, true]);
  expect(text).toContain('On the 26th July 2019 the IOM cohort was at 245');
});

test('a profile not printed in a public document: small counts are suppressed for the board, shown to police', async () => {
  await ds.query(`UPDATE police.iom_cohort_profile SET public_document = false`);
  try {
    const board = await run<ByGroup>(schema, () => factory(BOARD), BY_GROUP, groups('iom'));
    const p = board.data!._entities[0].iomCohortProfiles[0];
    expect(p.female).toEqual({ value: null, printed: 'suppressed', suppressed: true, publicDocument: false });
    expect(p.youthsOffendingLast3Months).toEqual({ printed: 'suppressed', suppressed: true });
    expect(p.size).toEqual({ value: 245, printed: '245' }); // not a small count
    const own = await run<ByGroup>(schema, () => factory(POLICE_EDITOR), BY_GROUP, groups('iom'));
    expect(own.data!._entities[0].iomCohortProfiles[0].female).toEqual({
      value: 2,
      printed: '2',
      suppressed: false,
      publicDocument: false,
    });
  } finally {
    await ds.query(`UPDATE police.iom_cohort_profile SET public_document = true`);
  }
});

test('a police measure leads to the cohort profile its figure is read from (a field police adds to PoliceMeasure)', async () => {
  const q = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PoliceMeasure { id cohortProfile { id inCustodyShare { printed } } } } }`;
  const reps = ['police.iom-cohort-in-custody', 'police.recorded-crime'].map((id) => ({ __typename: 'PoliceMeasure', id }));
  const res = await run<{ _entities: unknown[] }>(schema, () => factory(BOARD), q, { reps });
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toEqual([
    { id: 'police.iom-cohort-in-custody', cohortProfile: { id: 'kent-and-medway-2019-07-26', inCustodyShare: { printed: '45.3%' } } },
    { id: 'police.recorded-crime', cohortProfile: null },
  ]);
});

test('seeding again adds nothing to police tables', async () => {
  expect(await migrateAndSeedAgency(definition, { DATABASE_URL: db.url })).toMatchObject({
    measures: 0,
    observations: 0,
    own: { iom_cohort_profile: 0, iom_cohort_figure: 0 },
  });
});
