/**
 * What the agency workspace previews before publishing, through the police subgraph's schema on real PostgreSQL:
 * each draft says whether it changes anything a reader sees and what disclosure control will show readers outside
 * the agency; policeMeasures lists every measure the agency defined, catalogued or not, retired ones too.
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
import { definition as police } from '../../subgraphs/police/src/index';
import { createTestDatabase } from '../support/db';
import { run } from '../support/subgraph';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let factory: (v: Viewer) => Promise<AgencyContext>;

const EDITOR: Viewer = { subject: 'sam.police', role: 'agency-editor', agency: 'police' };
const BOARD: Viewer = { subject: 'bo.board', role: 'board', agency: null };

beforeAll(async () => {
  db = await createTestDatabase('preview');
  const env = { DATABASE_URL: db.url };
  await migrateAndSeedAgency(police, env);
  ({ dataSource: ds } = agencyDataSource(police, env));
  await ds.initialize();
  schema = (await buildAgencySchema(police)).schema;
  factory = await agencyContextFactory(police, ds);
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

const as = <T>(viewer: Viewer, query: string, variables?: Record<string, unknown>) =>
  run<T>(schema, () => factory(viewer), query, variables);

test('drafts preview: new, corrected (old and new value), unchanged, and what disclosure control will show', async () => {
  const csv = [
    'measure_id,area,period,value,numerator,denominator,printed,approximate,not_available,status,note',
    // the published 245 again, with the same note: unchanged
    `police.iom-cohort-size,kent-and-medway,2019-07-26,245,,,245,false,false,FINAL,"${(await ds.query<Array<{ note: string }>>(`SELECT note FROM police.observation WHERE measure_id = 'police.iom-cohort-size'`))[0].note.replace(/"/g, '""')}"`,
    // the published 2 female cohort members corrected to 3: a correction, still a small count (suppressed outside)
    'police.iom-cohort-female,kent-and-medway,2019-07-26,3,,,,false,false,,',
    // a new snapshot of the cohort size: new, large enough to show
    'police.iom-cohort-size,kent-and-medway,2019-10-26,251,,,,false,false,,',
  ].join('\n');
  const imported = await as<{ policeImportObservations: { ok: boolean; errors: unknown[] } }>(
    EDITOR,
    'mutation ($csv: String!) { policeImportObservations(csv: $csv, reason: "Q3 return") { ok errors { row column message } } }',
    { csv },
  );
  expect(imported.errors).toBeUndefined();
  expect(imported.data!.policeImportObservations).toEqual({ ok: true, errors: [] });

  const res = await as<{ policeDrafts: Array<{ measureId: string; period: { code: string } }> }>(
    EDITOR,
    '{ policeDrafts { measureId period { code } printed correction unchanged publicPrinted suppressedWhenPublished replaces { printed } } }',
  );
  expect(res.errors).toBeUndefined();
  const byKey = new Map(res.data!.policeDrafts.map((d) => [`${d.measureId} ${d.period.code}`, d]));
  expect(byKey.get('police.iom-cohort-size 2019-07-26')).toMatchObject({
    correction: true,
    unchanged: true,
    publicPrinted: '245',
    suppressedWhenPublished: false,
    replaces: { printed: '245' },
  });
  expect(byKey.get('police.iom-cohort-female 2019-07-26')).toMatchObject({
    correction: true,
    unchanged: false,
    printed: '3',
    publicPrinted: 'suppressed',
    suppressedWhenPublished: true,
    replaces: { printed: '2' },
  });
  expect(byKey.get('police.iom-cohort-size 2019-10-26')).toMatchObject({
    correction: false,
    unchanged: false,
    printed: '251',
    publicPrinted: '251',
    suppressedWhenPublished: false,
    replaces: null,
  });
});

test('policeMeasures lists a measure defined outside the catalogue, and retired ones, to any reader', async () => {
  const defined = await as(
    EDITOR,
    `mutation { policeDefineMeasure(input: { id: "police.test-new-measure", name: "A new measure", definition: "For the test", unit: COUNT, polarity: NEUTRAL, leadAgency: "Police", source: "Test" }) { id } }`,
  );
  expect(defined.errors).toBeUndefined();
  const retired = await as(
    EDITOR,
    'mutation { policeRetireMeasure(id: "police.iom-cohort-in-custody", reason: "no longer reported") { id retired } }',
  );
  expect(retired.errors).toBeUndefined();
  const res = await as<{ policeMeasures: Array<{ id: string; retired: boolean }> }>(BOARD, '{ policeMeasures { id retired } }');
  expect(res.errors).toBeUndefined();
  const list = res.data!.policeMeasures;
  expect(list.map((m) => m.id)).toEqual([...list.map((m) => m.id)].sort());
  expect(list).toContainEqual({ id: 'police.test-new-measure', retired: false });
  expect(list).toContainEqual({ id: 'police.iom-cohort-in-custody', retired: true });
  expect(list.length).toBe(Number((await ds.query<Array<{ n: string }>>('SELECT count(*) AS n FROM police.measure'))[0].n));
});
