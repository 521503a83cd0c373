/**
 * The synthetic national dataset: at a tiny scale it loads through the hub's own paths (migrations and
 * seed, reference-data area import, defineMeasure, CSV import with validation, publish, linkMeasure) into a fresh
 * database, with the expected counts; every area has the documented parent chain; the data is deterministic.
 */
import { Client } from 'pg';
import {
  expectedChain,
  measureCsv,
  nationalAggregates,
  nationalAreas,
  nationalMeasures,
  nationalQuarters,
  NATIONAL_AGENCIES,
  localAuthorityCount,
  type NationalLoadReport,
} from '@hub/common/platform';
import { loadNationalInto } from '../load/national';
import { createTestDatabase } from '../support/db';
import { anyOf } from '../support/matchers';

const SCALE = 1; // 3 local authorities
const PER_AGENCY = 2;
const QUARTERS = 8;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let report: NationalLoadReport;
let c: Client;

beforeAll(async () => {
  db = await createTestDatabase('national');
  report = await loadNationalInto(db.url, SCALE, 1, () => {}, { measuresPerAgency: PER_AGENCY, quarters: QUARTERS });
  c = new Client({ connectionString: db.url });
  await c.connect();
}, 120_000);

afterAll(async () => {
  await c?.end();
  await db?.drop();
});

const count = async (sql: string, params: unknown[] = []) => Number((await c.query<{ n: string }>(sql, params)).rows[0].n);

test('the scale is a share of the 330 local authorities, with their parents only', () => {
  expect([1, 10, 100].map(localAuthorityCount)).toEqual([3, 33, 330]);
  const full = nationalAreas(100);
  expect(full.filter((a) => a.kind === 'LOCAL_AUTHORITY')).toHaveLength(330);
  expect(full.filter((a) => a.kind === 'POLICE_FORCE_AREA')).toHaveLength(42);
  expect(full.filter((a) => a.kind === 'PROBATION_REGION')).toHaveLength(12);
  expect(nationalMeasures()).toHaveLength(150);
  expect(nationalQuarters()).toHaveLength(60);
  expect(nationalQuarters().slice(0, 2)).toEqual(['2010-11 Q1', '2010-11 Q2']);
  expect(nationalQuarters().at(-1)).toBe('2024-25 Q4');
});

test('it loads the expected areas, measures and observations into every subgraph', async () => {
  const areas = nationalAreas(SCALE);
  // 3 local authorities and their aggregates (England and Wales and the 3 probation regions above them): the first
  // PER_AGENCY measures are percentages, which have both
  const aggregates = nationalAggregates(SCALE);
  expect(aggregates.map((a) => a.code)).toEqual(['england-and-wales', 'pr-01', 'pr-02', 'pr-03']);
  const expected = (3 + aggregates.length) * PER_AGENCY * QUARTERS;
  expect(report).toMatchObject({ localAuthorities: 3, measures: 5 * PER_AGENCY, quarters: QUARTERS, observations: 5 * expected });
  for (const schema of [...NATIONAL_AGENCIES, 'plan']) {
    expect(await count(`SELECT count(*) AS n FROM "${schema}".area WHERE code = ANY($1)`, [areas.map((a) => a.code)])).toBe(areas.length);
  }
  for (const agency of NATIONAL_AGENCIES) {
    expect(await count(`SELECT count(*) AS n FROM "${agency}".measure WHERE id LIKE $1`, [`${agency}.national-%`])).toBe(PER_AGENCY);
    expect(await count(`SELECT count(*) AS n FROM "${agency}".observation WHERE measure_id LIKE $1`, [`${agency}.national-%`])).toBe(
      expected,
    );
    expect(await count(`SELECT count(*) AS n FROM "${agency}".observation_draft`)).toBe(0);
    // imported and published through the agency's own write path: audited as such
    expect(
      await count(
        `SELECT count(*) AS n FROM "${agency}".audit_event WHERE action = 'import-observations' AND details->>'via' = 'national-generator'`,
      ),
    ).toBe(PER_AGENCY);
    expect(await count(`SELECT count(*) AS n FROM "${agency}".audit_event WHERE action = 'publish'`)).toBe(PER_AGENCY);
  }
  expect(await count(`SELECT count(*) AS n FROM plan.catalogue_entry WHERE measure_id LIKE '%.national-%'`)).toBe(5 * PER_AGENCY);
  // flags a real import has: not available ('tbc', never zero), approximate, provisional; numerators and denominators
  const flags = (
    await c.query<
      Record<string, boolean>
    >(`SELECT bool_or(not_available AND value IS NULL) AS tbc, bool_and(NOT not_available OR value IS NULL) AS tbc_no_value,
      bool_or(status = 'PROVISIONAL') AS provisional, bool_and(numerator IS NULL OR numerator <= denominator) AS ratios,
      count(*) FILTER (WHERE numerator IS NOT NULL) > 0 AS with_numerators FROM probation.observation WHERE measure_id LIKE 'probation.national-%'`)
  ).rows[0];
  expect(flags).toEqual({ tbc: anyOf(Boolean), tbc_no_value: true, provisional: true, ratios: true, with_numerators: true });
});

test('every area has the documented parent chain: local authority > police force area > probation region > England and Wales', async () => {
  for (const schema of ['probation', 'plan']) {
    const { rows } = await c.query<{ la: string; chain: string[] }>(
      `WITH RECURSIVE up AS (SELECT code AS la, parent_code, 1 AS depth FROM "${schema}".area WHERE kind = 'LOCAL_AUTHORITY'
         UNION ALL SELECT up.la, a.parent_code, up.depth + 1 FROM up JOIN "${schema}".area a ON a.code = up.parent_code)
       SELECT la, array_agg(parent_code ORDER BY depth) FILTER (WHERE parent_code IS NOT NULL) AS chain FROM up GROUP BY la ORDER BY la`,
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.chain).toEqual(expectedChain(r.la));
    const kinds = (
      await c.query(`SELECT a.kind, p.kind AS parent_kind FROM "${schema}".area a JOIN "${schema}".area p ON p.code = a.parent_code
       WHERE a.kind IN ('LOCAL_AUTHORITY','POLICE_FORCE_AREA','PROBATION_REGION') GROUP BY 1, 2 ORDER BY 1`)
    ).rows;
    expect(kinds).toEqual([
      { kind: 'LOCAL_AUTHORITY', parent_kind: 'POLICE_FORCE_AREA' },
      { kind: 'POLICE_FORCE_AREA', parent_kind: 'PROBATION_REGION' },
      { kind: 'PROBATION_REGION', parent_kind: 'COUNTRY' },
    ]);
  }
});

test('the data is deterministic: the same seed gives the same figures, another seed others', async () => {
  const m = nationalMeasures({ measuresPerAgency: PER_AGENCY });
  expect(nationalMeasures({ measuresPerAgency: PER_AGENCY })).toEqual(m);
  const las = ['la-001', 'la-002', 'la-003'];
  expect(measureCsv(m[0], las, nationalQuarters(QUARTERS), 1)).toBe(measureCsv(m[0], las, nationalQuarters(QUARTERS), 1));
  expect(measureCsv(m[0], las, nationalQuarters(QUARTERS), 2)).not.toBe(measureCsv(m[0], las, nationalQuarters(QUARTERS), 1));
  // what the database holds is exactly what the generator produces (values as imported)
  const csv = measureCsv(m[0], las, nationalQuarters(QUARTERS), 1, nationalAggregates(SCALE)).trim().split('\n').slice(1);
  const { rows } = await c.query<{
    area_code: string;
    period_code: string;
    value: string | null;
    numerator: string | null;
    denominator: string | null;
    not_available: boolean;
    approximate: boolean;
    status: string;
  }>(
    `SELECT area_code, period_code, value::text, numerator::text, denominator::text, not_available, approximate, status
     FROM probation.observation WHERE measure_id = $1 ORDER BY area_code, period_start`,
    [m[0].id],
  );
  const db = rows.map((r) =>
    [
      r.area_code,
      r.period_code,
      r.value === null ? '' : String(Number(r.value)),
      r.numerator ?? '',
      r.denominator ?? '',
      r.approximate,
      r.not_available,
      r.status,
    ].join(','),
  );
  const gen = csv
    .map((l) => {
      const f = l.split(',');
      return [f[1], f[2], f[3], f[4], f[5], f[7] === 'true', f[8] === 'true', f[9]].join(',');
    })
    .sort((a, b) => a.split(',')[0].localeCompare(b.split(',')[0])); // stable: by area, periods stay in order
  // an aggregate is the sum of its members: England and Wales' numerator is the three authorities' together
  const e = (area: string, period: string) => gen.find((g) => g.startsWith(`${area},${period},`))!.split(',');
  const q = nationalQuarters(QUARTERS)[0];
  if (las.every((la) => e(la, q)[3] !== ''))
    expect(Number(e('england-and-wales', q)[3])).toBe(las.reduce((a, la) => a + Number(e(la, q)[3]), 0));
  expect(db).toEqual(gen);
});
