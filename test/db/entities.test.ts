/**
 * Every table the migrations make has a TypeORM entity with the same columns, in the kit, in each agency and in the
 * plan (real PostgreSQL): a migration adding a table or a column without its entity fails here. And the old
 * `hub_data_changed` triggers of the gateway's former cache are gone once migrated (kit and plan migration
 * 1764600000000).
 */
import { agencyDataSource, discoverSubgraphs, migrate, type AgencyDefinition } from '@hub/common/platform';
import type { DataSource } from 'typeorm';
import { planDataSource } from '../../subgraphs/plan/src/index';
import { SUBGRAPHS_DIR } from '../../tools/src/paths';
import { createTestDatabase } from '../support/db';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
const sources = new Map<string, DataSource>();

beforeAll(async () => {
  db = await createTestDatabase('entities');
  const env = { DATABASE_URL: db.url };
  for (const s of discoverSubgraphs(SUBGRAPHS_DIR)) {
    let ds: DataSource;
    if (s.kind === 'plan') ds = planDataSource(env).dataSource;
    else {
      // Each agency's module exports its definition (runAgency starts nothing when imported).
      const { definition } = (await import(`${s.dir}/src/index`)) as { definition: AgencyDefinition };
      ds = agencyDataSource(definition, env).dataSource;
    }
    await ds.initialize();
    await migrate(ds);
    sources.set(s.name, ds);
  }
}, 180_000);

afterAll(async () => {
  for (const ds of sources.values()) if (ds.isInitialized) await ds.destroy();
  await db?.drop();
});

/** Table -> sorted column names, as migrated. */
async function migratedTables(ds: DataSource, schema: string): Promise<Map<string, string[]>> {
  const rows: Array<{ table_name: string; column_name: string }> = await ds.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = $1 AND c.table_name <> 'migrations' ORDER BY 1, 2`,
    [schema],
  );
  const tables = new Map<string, string[]>();
  for (const r of rows) tables.set(r.table_name, [...(tables.get(r.table_name) ?? []), r.column_name]);
  return tables;
}

/** Table -> sorted column names, as the data source's entities declare them. */
function entityTables(ds: DataSource): Map<string, string[]> {
  return new Map(ds.entityMetadatas.map((m) => [m.tableName, m.columns.map((c) => c.databaseName).sort()]));
}

test('every subgraph was migrated: the plan and at least the five agencies', () => {
  expect(sources.has('plan')).toBe(true);
  for (const agency of ['police', 'probation', 'housing', 'health', 'dwp']) expect(sources.has(agency)).toBe(true);
});

test("every migrated table of every subgraph has an entity with the table's columns, and every entity a table", async () => {
  for (const [name, ds] of sources) {
    const schema = (ds.options as { schema: string }).schema;
    const migrated = await migratedTables(ds, schema);
    const declared = entityTables(ds);
    expect({ subgraph: name, tables: [...migrated.keys()].sort() }).toEqual({ subgraph: name, tables: [...declared.keys()].sort() });
    for (const [table, columns] of migrated)
      expect({ subgraph: name, table, columns }).toEqual({ subgraph: name, table, columns: declared.get(table) });
  }
});

test('a table added without an entity is found', async () => {
  const ds = sources.get('police')!;
  await ds.query(`CREATE TABLE police.no_entity_yet (id int PRIMARY KEY)`);
  try {
    const migrated = await migratedTables(ds, 'police');
    expect(migrated.has('no_entity_yet')).toBe(true);
    expect(entityTables(ds).has('no_entity_yet')).toBe(false);
  } finally {
    await ds.query(`DROP TABLE police.no_entity_yet`);
  }
});

test('no hub_data_changed trigger or notify function remains in any subgraph schema after migrating', async () => {
  const ds = sources.get('plan')!;
  const schemas = [...sources.values()].map((s) => (s.options as { schema: string }).schema);
  const triggers: unknown[] = await ds.query(
    `SELECT n.nspname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE t.tgname = 'hub_data_changed'`,
  );
  expect(triggers).toEqual([]);
  const functions: unknown[] = await ds.query(
    `SELECT n.nspname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.proname = 'hub_notify_data_changed'`,
  );
  expect(functions).toEqual([]);
  // Both migrations ran in every schema (the triggers were made first, by 1763900000006, then dropped).
  for (const schema of schemas) {
    const ran: Array<{ name: string }> = await ds.query(
      `SELECT name FROM "${schema}".migrations WHERE name LIKE '%DataChanged%' ORDER BY id`,
    );
    expect(ran.map((r) => r.name.replace(/^Plan/, ''))).toEqual(['DataChanged1763900000006', 'DropDataChanged1764600000000']);
  }
});

test("undoing the kit's drop puts a trigger back on every table of the agency; migrating drops them again", async () => {
  const ds = sources.get('housing')!;
  const count = async () => {
    const [row]: Array<{ n: number }> = await ds.query(
      `SELECT count(*)::int AS n FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'housing' AND t.tgname = 'hub_data_changed'`,
    );
    return row.n;
  };
  // The kit's migrations after the drop are undone first, newest first, then the drop itself.
  const ran: Array<{ name: string }> = await ds.query(`SELECT name FROM housing.migrations ORDER BY timestamp DESC, id DESC`);
  const drop = ran.findIndex((m) => m.name === 'DropDataChanged1764600000000');
  expect(ran.slice(0, drop + 1)).toEqual([
    { name: 'MeasureKeyThroughSeries1764800000000' },
    { name: 'CurrentSeriesWhenMissing1764700000000' },
    { name: 'DropDataChanged1764600000000' },
  ]);
  for (let i = 0; i <= drop; i++) await ds.undoLastMigration({ transaction: 'all' });
  expect(await count()).toBe((await migratedTables(ds, 'housing')).size);
  await migrate(ds);
  expect(await count()).toBe(0);
});

test("a figure of a measure that does not exist is refused by the database, through its series version's key", async () => {
  const ds = sources.get('police')!;
  const keys: Array<{ conname: string }> = await ds.query(
    `SELECT conname FROM pg_constraint WHERE conrelid = 'police.observation'::regclass AND contype = 'f' ORDER BY conname`,
  );
  expect(keys.map((k) => k.conname)).toEqual(['observation_area_code_fkey', 'observation_series_version_fkey']);
  // A real area and every NOT NULL column filled, so only the measure can be refused (keys are checked last).
  await ds.query(`INSERT INTO police.area (code, name, kind) VALUES ('E99999999', 'Test area', 'LOCAL_AUTHORITY') ON CONFLICT DO NOTHING`);
  const insert = ds.query(
    `INSERT INTO police.observation (measure_id, area_code, period_code, period_kind, period_label, period_start, period_end,
       printed, publication, publisher, document, location, series_version)
     VALUES ('no-such-measure', 'E99999999', '2090-91', 'FINANCIAL_YEAR', '2090-91', '2090-04-01', '2091-03-31',
       '1', 'p', 'p', 'd', 'l', 'v1')`,
  );
  await expect(insert).rejects.toMatchObject({ code: '23503', constraint: 'observation_series_version_fkey' });
});
