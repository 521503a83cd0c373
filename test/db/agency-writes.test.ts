/**
 * The agency write side through the subgraph schemas, on real PostgreSQL: drafts and publication, corrections
 * kept as revisions, CSV import (all or nothing, every validation rule named by row and column), who may write,
 * the audit trail, disclosure control on the read path, and the CSV import command line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  agencyContextFactory,
  agencyDataSource,
  AgencyWriteRepository,
  buildAgencySchema,
  CountingLogger,
  migrateAndSeedAgency,
  type AgencyContext,
  type Viewer,
} from '@hub/common/platform';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { definition as probation } from '../../subgraphs/probation/src/index';
import { definition as police } from '../../subgraphs/police/src/index';
import { createTestDatabase } from '../support/db';
import { run } from '../support/subgraph';
import { arrayContaining, objectContaining, stringContaining, stringMatching } from '../support/matchers';
import type { AuditTrailEntry } from '../support/graphql';

const execFileP = promisify(execFile);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let policeDs: DataSource;
let schemas: { probation: GraphQLSchema; police: GraphQLSchema };
let factories: { probation: (v: Viewer) => Promise<AgencyContext>; police: (v: Viewer) => Promise<AgencyContext> };
const logger = new CountingLogger();

const EDITOR: Viewer = { subject: 'pat.probation', role: 'agency-editor', agency: 'probation' };
const POLICE_EDITOR: Viewer = { subject: 'sam.police', role: 'agency-editor', agency: 'police' };
const BOARD: Viewer = { subject: 'bo.board', role: 'board', agency: null };
const ANALYST: Viewer = { subject: 'ana.analyst', role: 'analyst', agency: null };
const SECRETARIAT: Viewer = { subject: 'sec.secretariat', role: 'secretariat', agency: null };
const ADMIN: Viewer = { subject: 'ada.admin', role: 'admin', agency: null };

beforeAll(async () => {
  db = await createTestDatabase('writes');
  const env = { DATABASE_URL: db.url };
  await migrateAndSeedAgency(probation, env);
  await migrateAndSeedAgency(police, env);
  ({ dataSource: ds } = agencyDataSource(probation, env, logger));
  ({ dataSource: policeDs } = agencyDataSource(police, env));
  await Promise.all([ds.initialize(), policeDs.initialize()]);
  schemas = { probation: (await buildAgencySchema(probation)).schema, police: (await buildAgencySchema(police)).schema };
  factories = { probation: await agencyContextFactory(probation, ds), police: await agencyContextFactory(police, policeDs) };
});

afterAll(async () => {
  await ds?.destroy();
  await policeDs?.destroy();
  await db?.drop();
});

/** Runs an operation against an agency subgraph as a viewer. */
const as = <T>(viewer: Viewer, query: string, variables?: Record<string, unknown>, agency: 'probation' | 'police' = 'probation') =>
  run<T>(schemas[agency], () => factories[agency](viewer), query, variables);

const count = async (table: string, schema = 'probation') =>
  (await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${schema}.${table}`))[0].n;

/** A published or draft figure as FIGURES selects it. */
interface Figure {
  id: string;
  period: { code: string };
  printed: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  draft: boolean;
  suppressed: boolean;
  status: string;
  provenance: { publication: string; publisher: string; published: string | null; document: string; location: string };
  revisions: Array<{
    printed: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    status: string;
    reason: string;
    replacedBy: string | null;
    replacedAt: string;
    suppressed: boolean;
    provenance: { document: string };
  }>;
}
interface FiguresData {
  _entities: Array<{
    id: string;
    disclosureThreshold: number | null;
    observations: Figure[];
    latest: { period: { code: string }; printed: string; value: number | null; draft: boolean; suppressed: boolean } | null;
  }>;
}
/** The answers of the operations below (RECORD, PUBLISH, IMPORT, DRAFTS, AUDIT). */
interface RecordData {
  probationRecordObservation: {
    id: string;
    measureId: string;
    printed: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    status: string;
    reason: string | null;
    createdBy: string;
    createdAt: string;
    correction: boolean;
    area: { code: string };
    period: { code: string; kind: string };
    provenance: { publication: string; publisher: string; document: string; location: string };
    replaces: { printed: string; value: number | null; numerator: number | null; denominator: number | null } | null;
  };
}
interface PublishData {
  probationPublishObservations: { published: number; newFigures: number; corrections: number; figures: string[] };
}
interface ImportData {
  probationImportObservations: {
    ok: boolean;
    rows: number;
    newFigures: number;
    corrections: number;
    replacedDrafts: number;
    errors: Array<{ row: number; line: number | null; column: string | null; message: string }>;
  };
}
interface DraftsData {
  probationDrafts: Array<{
    id: string;
    printed: string;
    value: number | null;
    correction: boolean;
    reason: string | null;
    createdBy: string;
    replaces: { printed: string } | null;
    provenance: { document: string; location: string };
  }>;
}
interface AuditData {
  probationAuditTrail: AuditTrailEntry[];
}
interface DefineData {
  probationDefineMeasure: {
    id: string;
    name: string;
    unit: string;
    retired: boolean;
    disclosureThreshold: number | null;
    target: { value: number | null; due: string | null; text: string } | null;
  };
}
interface RetireData {
  probationRetireMeasure: { id: string; retired: boolean };
}

const FIGURES = (type: string) => `query ($ids: [_Any!]!, $area: ID, $from: String, $to: String) {
  _entities(representations: $ids) {
    ... on ${type} {
      id disclosureThreshold
      observations(area: $area, from: $from, to: $to) {
        id period { code } printed value numerator denominator draft suppressed status
        provenance { publication publisher published document location }
        revisions { printed value numerator denominator status reason replacedBy replacedAt suppressed provenance { document } }
      }
      latest(area: $area) { period { code } printed value draft suppressed }
    }
  }
}`;

async function figures(
  viewer: Viewer,
  measureId: string,
  vars: { area?: string; from?: string; to?: string } = {},
  agency: 'probation' | 'police' = 'probation',
) {
  const type = agency === 'probation' ? 'ProbationMeasure' : 'PoliceMeasure';
  const res = await as<FiguresData>(viewer, FIGURES(type), { ids: [{ __typename: type, id: measureId }], ...vars }, agency);
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0];
}

const RECORD = `mutation ($input: ObservationInput!) {
  probationRecordObservation(input: $input) {
    id measureId printed value numerator denominator status reason createdBy createdAt correction
    area { code } period { code kind } provenance { publication publisher document location }
    replaces { printed value numerator denominator }
  }
}`;
const PUBLISH = `mutation ($ids: [ID!]) { probationPublishObservations(measureIds: $ids) { published newFigures corrections figures } }`;
const IMPORT = `mutation ($csv: String!, $reason: String!) {
  probationImportObservations(csv: $csv, reason: $reason) { ok rows newFigures corrections replacedDrafts errors { row line column message } }
}`;
const DRAFTS = `{ probationDrafts { id printed value correction reason createdBy replaces { printed } provenance { document location } } }`;
const AUDIT = `query ($limit: Int) { probationAuditTrail(limit: $limit) { id at actor role action entity entityId details } }`;

const PROPORTION = 'probation.adult-proven-reoffending-proportion';
const OFFENDERS = 'probation.adult-proven-reoffending-offenders';
const REOFFENDERS = 'probation.adult-proven-reoffending-reoffenders';

describe('drafts and publication', () => {
  test('a recorded figure is a draft: its agency editor sees it (marked draft), the board does not', async () => {
    const res = await as<RecordData>(EDITOR, RECORD, {
      input: { measureId: PROPORTION, area: 'kent', period: 'Jan - Dec 2012', value: 24.5, numerator: 2940, denominator: 12000 },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.probationRecordObservation).toMatchObject({
      id: `${PROPORTION}|kent|2012`,
      printed: '24.5%',
      status: 'FINAL',
      correction: false,
      replaces: null,
      createdBy: 'pat.probation',
      period: { code: '2012', kind: 'CALENDAR_YEAR' },
      provenance: { publication: 'Agency return via the hub', publisher: 'probation', document: 'hub' },
    });

    const mine = await figures(EDITOR, PROPORTION, { area: 'kent', from: '2012', to: '2012' });
    expect(mine.observations).toEqual([objectContaining({ value: 24.5, numerator: 2940, draft: true, suppressed: false })]);
    expect(mine.latest).toMatchObject({ period: { code: '2012' }, draft: true });
    const board = await figures(BOARD, PROPORTION, { area: 'kent', from: '2012', to: '2012' });
    expect(board.observations).toEqual([]);
    expect(board.latest).toMatchObject({ period: { code: '2010-07..2011-06' }, draft: false });

    const drafts = await as<DraftsData>(EDITOR, DRAFTS);
    expect(drafts.data!.probationDrafts.map((d) => d.id)).toContain(`${PROPORTION}|kent|2012`);
  });

  test('publishing makes the draft what everyone sees, and removes it from the drafts', async () => {
    const res = await as<PublishData>(EDITOR, PUBLISH, { ids: [PROPORTION] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.probationPublishObservations).toEqual({
      published: 1,
      newFigures: 1,
      corrections: 0,
      figures: [`${PROPORTION}|kent|2012`],
    });
    const board = await figures(BOARD, PROPORTION, { area: 'kent', from: '2012', to: '2012' });
    expect(board.observations).toEqual([objectContaining({ printed: '24.5%', value: 24.5, draft: false, revisions: [] })]);
    expect(board.latest).toMatchObject({ period: { code: '2012' }, draft: false });
    const drafts = await as<DraftsData>(EDITOR, DRAFTS);
    expect(drafts.data!.probationDrafts.map((d) => d.id)).not.toContain(`${PROPORTION}|kent|2012`);
  });

  test('publishing only some measures leaves the other drafts, and an unknown measure is named', async () => {
    await as<RecordData>(EDITOR, RECORD, { input: { measureId: OFFENDERS, area: 'kent', period: '2013', value: 11000 } });
    await as<RecordData>(EDITOR, RECORD, { input: { measureId: REOFFENDERS, area: 'kent', period: '2013', value: 2500 } });
    const some = await as<PublishData>(EDITOR, PUBLISH, { ids: [OFFENDERS] });
    expect(some.data!.probationPublishObservations).toMatchObject({ published: 1, figures: [`${OFFENDERS}|kent|2013`] });
    expect((await as<DraftsData>(EDITOR, DRAFTS)).data!.probationDrafts.map((d) => d.id)).toContain(`${REOFFENDERS}|kent|2013`);
    const bad = await as<PublishData>(EDITOR, PUBLISH, { ids: ['probation.nope'] });
    expect(bad.errors?.[0]).toMatchObject({
      message: stringContaining('"probation.nope"'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'measureIds' },
    });
    const all = await as<PublishData>(EDITOR, PUBLISH, {});
    expect(all.data!.probationPublishObservations).toMatchObject({ published: 1, figures: [`${REOFFENDERS}|kent|2013`] });
  });

  test('a correction needs a reason, and publishing it keeps the replaced figure in observation_revision with who, when and why', async () => {
    const input = { measureId: PROPORTION, area: 'kent', period: '2008', value: 22.5, numerator: 3130, denominator: 13912 };
    const noReason = await as<RecordData>(EDITOR, RECORD, { input });
    expect(noReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input',
      problems: [{ field: 'reason', message: stringMatching(/correction needs a reason/) }],
    });

    const res = await as<RecordData>(EDITOR, RECORD, { input: { ...input, reason: 'MoJ revised the 2008 cohort' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.probationRecordObservation).toMatchObject({
      correction: true,
      status: 'REVISED',
      reason: 'MoJ revised the 2008 cohort',
      replaces: { printed: '22.41%', value: 22.41, numerator: 3118, denominator: 13912 },
    });
    // Before publication the board still reads the published figure; the editor reads the correction.
    expect((await figures(BOARD, PROPORTION, { area: 'kent', from: '2008', to: '2008' })).observations[0]).toMatchObject({
      printed: '22.41%',
      draft: false,
    });
    expect((await figures(EDITOR, PROPORTION, { area: 'kent', from: '2008', to: '2008' })).observations[0]).toMatchObject({
      printed: '22.5%',
      draft: true,
    });

    const before = new Date();
    const published = await as<PublishData>(EDITOR, PUBLISH, { ids: [PROPORTION] });
    expect(published.data!.probationPublishObservations).toMatchObject({ published: 1, newFigures: 0, corrections: 1 });

    const board = (await figures(BOARD, PROPORTION, { area: 'kent', from: '2008', to: '2008' })).observations[0];
    expect(board).toMatchObject({ printed: '22.5%', value: 22.5, numerator: 3130, status: 'REVISED', draft: false });
    expect(board.revisions).toEqual([
      objectContaining({
        printed: '22.41%',
        value: 22.41,
        numerator: 3118,
        denominator: 13912,
        status: 'FINAL',
        reason: 'MoJ revised the 2008 cohort',
        replacedBy: null,
        provenance: { document: '001_b957d7ba0e7289ba.txt' },
      }),
    ]);
    const mine = (await figures(EDITOR, PROPORTION, { area: 'kent', from: '2008', to: '2008' })).observations[0];
    expect(mine.revisions[0].replacedBy).toBe('pat.probation');

    const rows = await ds.query<Array<Record<string, unknown> & { replaced_at: Date }>>(
      `SELECT r.printed, r.value::float8 AS value, r.numerator::int AS numerator, r.replaced_by, r.reason, r.replaced_at, r.publication, r.document, r.location
       FROM probation.observation_revision r JOIN probation.observation o ON o.id = r.observation_id
       WHERE o.measure_id = $1 AND o.area_code = 'kent' AND o.period_code = '2008'`,
      [PROPORTION],
    );
    expect(rows).toEqual([
      objectContaining({
        printed: '22.41%',
        value: 22.41,
        numerator: 3118,
        replaced_by: 'pat.probation',
        reason: 'MoJ revised the 2008 cohort',
        document: '001_b957d7ba0e7289ba.txt',
      }),
    ]);
    expect(rows[0].replaced_at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    // A second correction keeps the full history, newest first.
    await as<RecordData>(EDITOR, RECORD, { input: { ...input, value: 22.6, numerator: 3144, reason: 'second revision' } });
    await as<PublishData>(EDITOR, PUBLISH, { ids: [PROPORTION] });
    const history = (await figures(BOARD, PROPORTION, { area: 'kent', from: '2008', to: '2008' })).observations[0].revisions;
    expect(history.map((r) => [r.printed, r.reason])).toEqual([
      ['22.5%', 'second revision'],
      ['22.41%', 'MoJ revised the 2008 cohort'],
    ]);
  });

  test('recording the same figure again replaces the draft', async () => {
    await as<RecordData>(EDITOR, RECORD, { input: { measureId: OFFENDERS, area: 'kent', period: '2014', value: 10000 } });
    const again = await as<RecordData>(EDITOR, RECORD, {
      input: { measureId: OFFENDERS, area: 'kent', period: '2014', value: 10100, note: 'late returns' },
    });
    expect(again.data!.probationRecordObservation).toMatchObject({ printed: '10,100', value: 10100 });
    const drafts = (await as<DraftsData>(EDITOR, DRAFTS)).data!.probationDrafts.filter((d) => d.id === `${OFFENDERS}|kent|2014`);
    expect(drafts).toEqual([objectContaining({ value: 10100 })]);
  });

  test.each([
    [{ measureId: 'police.iom-cohort-size' }, 'measureId', /not one of probation's measures/],
    [{ measureId: 'probation.no-such-measure' }, 'measureId', /unknown measure/],
    [{ area: 'kentt' }, 'area', /unknown area "kentt"/],
    [{ period: '2012-14' }, 'period', /not a valid period/],
    [{ value: 140 }, 'value', /between 0 and 100/],
    [{ value: 10, numerator: 11, denominator: 10 }, 'numerator', /greater than denominator/],
    [{ value: null, notAvailable: false }, 'value', /value is required/],
    [{ value: 0, notAvailable: true }, 'notAvailable', /never zero/],
    [{ published: '31/03/2020' }, 'published', /YYYY-MM-DD/],
  ])('RecordObservation refuses %p, naming %s', async (change, field, message) => {
    const res = await as<RecordData>(EDITOR, RECORD, {
      input: { measureId: PROPORTION, area: 'kent', period: '2030', value: 20, ...change },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input' });
    expect(res.errors?.[0].extensions?.problems).toContainEqual({ field, message: stringMatching(message) });
  });
});

// ---------------------------------------------------------------- CSV import

const HEADER = [
  'measure_id',
  'area',
  'period',
  'value',
  'numerator',
  'denominator',
  'printed',
  'approximate',
  'not_available',
  'status',
  'note',
];
type Row = Partial<Record<string, string>>;
const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvOf = (rows: Row[], header = HEADER) =>
  [header.join(','), ...rows.map((r) => header.map((c) => cell(r[c] ?? '')).join(','))].join('\n') + '\n';

const GOOD_1: Row = { measure_id: PROPORTION, area: 'kent', period: '2020', value: '20', numerator: '200', denominator: '1000' };
const GOOD_3: Row = { measure_id: REOFFENDERS, area: 'kent', period: '2020', value: '200' };
/** Row 2 of the bad files: like row 1 but another period, so only the fault under test is reported. */
const BAD_BASE: Row = { ...GOOD_1, period: '2019' };

describe('CSV import', () => {
  const written = async () => ({
    drafts: await count('observation_draft'),
    observations: await count('observation'),
    audit: await count('audit_event'),
  });

  test.each<[string, string | null, Row, RegExp]>([
    [
      'an unknown measure',
      'measure_id',
      { ...BAD_BASE, measure_id: 'probation.no-such-measure' },
      /unknown measure "probation.no-such-measure"/,
    ],
    ["another agency's measure", 'measure_id', { ...BAD_BASE, measure_id: 'police.iom-cohort-size' }, /not one of probation's measures/],
    ['an unknown area', 'area', { ...BAD_BASE, area: 'kentt' }, /unknown area "kentt"/],
    ['a period that does not parse', 'period', { ...BAD_BASE, period: '2012-14' }, /"2012-14" is not a valid period.*Accepted forms/],
    ['a value that is not a number', 'value', { ...BAD_BASE, value: '3,118' }, /"3,118" is not a number/],
    ['a numerator that is not a number', 'numerator', { ...BAD_BASE, numerator: 'many' }, /"many" is not a number/],
    ['a denominator that is not a number', 'denominator', { ...BAD_BASE, denominator: '1000 people' }, /is not a number/],
    ['a numerator that is not a whole number', 'numerator', { ...BAD_BASE, numerator: '200.5' }, /not a whole number/],
    ['approximate that is not true/false', 'approximate', { ...BAD_BASE, approximate: 'yes' }, /"yes" is not true or false/],
    ['not_available that is not true/false', 'not_available', { ...BAD_BASE, not_available: '1' }, /"1" is not true or false/],
    ['a percentage above 100', 'value', { ...BAD_BASE, value: '101', numerator: '', denominator: '' }, /between 0 and 100, got 101/],
    ['a percentage below 0', 'value', { ...BAD_BASE, value: '-0.5', numerator: '', denominator: '' }, /between 0 and 100, got -0.5/],
    [
      'a numerator greater than the denominator',
      'numerator',
      { ...BAD_BASE, value: '100', numerator: '1001', denominator: '1000' },
      /1001 is greater than denominator 1000/,
    ],
    [
      'a percentage that disagrees with its numerator and denominator',
      'value',
      { ...BAD_BASE, value: '30' },
      /does not agree with 200 \/ 1000/,
    ],
    ['not_available with a value', 'not_available', { ...BAD_BASE, not_available: 'true' }, /not available must have no value/],
    ['no value and not marked not available', 'value', { ...BAD_BASE, value: '', numerator: '', denominator: '' }, /value is required/],
    ['an unknown status', 'status', { ...BAD_BASE, status: 'DRAFT' }, /"DRAFT" is not a status/],
    [
      'a duplicate of an earlier row',
      'period',
      { ...GOOD_1 },
      /row 1 already gives probation.adult-proven-reoffending-proportion\|kent\|2020/,
    ],
  ])('a file with %s in row 2 writes nothing and names row 2, column %s', async (_label, column, bad, message) => {
    const before = await written();
    const res = await as<ImportData>(EDITOR, IMPORT, { csv: csvOf([GOOD_1, bad, GOOD_3]), reason: 'quarterly return' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.probationImportObservations).toMatchObject({ ok: false, rows: 3, newFigures: 0, corrections: 0 });
    expect(res.data!.probationImportObservations.errors).toEqual([{ row: 2, line: 3, column, message: stringMatching(message) }]);
    expect(await written()).toEqual(before);
  });

  test('a row with the wrong number of cells, and a bad published date, are named', async () => {
    const csv = csvOf([{ ...GOOD_3, published: '01/04/2020' }], [...HEADER, 'published']) + `${PROPORTION},kent,2021,20\n`;
    const res = await as<ImportData>(EDITOR, IMPORT, { csv, reason: 'r' });
    expect(res.data!.probationImportObservations.errors).toEqual([
      { row: 1, line: 2, column: 'published', message: stringMatching(/"01\/04\/2020" is not a date/) },
      { row: 2, line: 3, column: null, message: 'the row has 4 cells, the header 12' },
    ]);
  });

  test.each([
    ['a missing required column', 'measure_id,area,value\nprobation.x,kent,1\n', 'period', /no "period" column/],
    ['an unknown column', 'measure_id,area,period,value,vaule\nprobation.x,kent,2020,1,1\n', 'vaule', /unknown column "vaule"/],
  ])('a header with %s is row 0, naming the column', async (_label, csv, column, message) => {
    const res = await as<ImportData>(EDITOR, IMPORT, { csv, reason: 'r' });
    expect(res.data!.probationImportObservations).toMatchObject({
      ok: false,
      errors: [{ row: 0, line: 1, column, message: stringMatching(message) }],
    });
  });

  test('every bad row of a file is reported at once, in row order', async () => {
    const res = await as<ImportData>(EDITOR, IMPORT, {
      csv: csvOf([{ ...GOOD_1, area: 'nowhere' }, GOOD_3, { ...GOOD_3, period: 'soon', value: 'x' }]),
      reason: 'r',
    });
    expect(res.data!.probationImportObservations.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'area'],
      [3, 'value'],
      [3, 'period'],
    ]);
  });

  test('a valid file is written as drafts, all in one go, invisible to the board until published', async () => {
    const correction: Row = { measure_id: OFFENDERS, area: 'kent', period: '2009', value: '13700', status: '', note: 'revised cohort' };
    const csv = csvOf([{ ...GOOD_1, period: '2021' }, { ...GOOD_3, period: '2021', approximate: 'TRUE' }, correction]);
    const before = await count('audit_event');
    const res = await as<ImportData>(EDITOR, IMPORT, { csv, reason: '2021 return' });
    expect(res.data!.probationImportObservations).toEqual({
      ok: true,
      rows: 3,
      newFigures: 2,
      corrections: 1,
      replacedDrafts: 0,
      errors: [],
    });
    expect(await count('audit_event')).toBe(before + 1);

    expect((await figures(BOARD, PROPORTION, { area: 'kent', from: '2021', to: '2021' })).observations).toEqual([]);
    expect((await figures(BOARD, OFFENDERS, { area: 'kent', from: '2009', to: '2009' })).observations[0]).toMatchObject({
      printed: '13,635',
      draft: false,
    });
    const mine = (await figures(EDITOR, PROPORTION, { area: 'kent', from: '2021', to: '2021' })).observations[0];
    expect(mine).toMatchObject({
      printed: '20%',
      draft: true,
      provenance: {
        publication: 'Agency return via the hub',
        publisher: 'probation',
        document: 'import',
        location: 'CSV row 1',
        published: new Date().toISOString().slice(0, 10),
      },
    });
    const drafts = (await as<DraftsData>(EDITOR, DRAFTS)).data!.probationDrafts;
    expect(drafts.find((d) => d.id === `${REOFFENDERS}|kent|2021`)).toMatchObject({
      printed: 'Approx. 200',
      reason: '2021 return',
      createdBy: 'pat.probation',
    });
    expect(drafts.find((d) => d.id === `${OFFENDERS}|kent|2009`)).toMatchObject({
      correction: true,
      replaces: { printed: '13,635' },
      provenance: { location: 'CSV row 3' },
    });

    const published = await as<PublishData>(EDITOR, PUBLISH, { ids: [PROPORTION, REOFFENDERS, OFFENDERS] });
    expect(published.data!.probationPublishObservations.corrections).toBe(1);
    expect(published.data!.probationPublishObservations.figures).toEqual(
      arrayContaining([`${PROPORTION}|kent|2021`, `${REOFFENDERS}|kent|2021`, `${OFFENDERS}|kent|2009`]),
    );
    expect((await figures(BOARD, PROPORTION, { area: 'kent', from: '2021', to: '2021' })).observations[0]).toMatchObject({
      printed: '20%',
      draft: false,
    });
    const corrected = (await figures(BOARD, OFFENDERS, { area: 'kent', from: '2009', to: '2009' })).observations[0];
    expect(corrected).toMatchObject({
      printed: '13,700',
      status: 'REVISED',
      revisions: [objectContaining({ printed: '13,635', reason: '2021 return' })],
    });
  });

  test('the SQL of an import and of its publish does not grow with the rows: the same statements for 2 rows as for 60', async () => {
    // Every check is made over the whole file (or all the drafts) at once: a statement per row, or per draft in the
    // publish's closed-series check, would show here as more statements or as statements that differ.
    const rows = (n: number, from: number) =>
      Array.from({ length: n }, (_, i): Row => ({
        measure_id: REOFFENDERS,
        area: 'kent',
        period: String(from + i),
        value: String(100 + i),
      }));
    const importAndPublish = async (n: number, from: number) => {
      const imported = await logger.during(() => as<ImportData>(EDITOR, IMPORT, { csv: csvOf(rows(n, from)), reason: 'sql count' }));
      expect(imported.result.data!.probationImportObservations).toMatchObject({ ok: true, newFigures: n });
      const published = await logger.during(() => as<PublishData>(EDITOR, PUBLISH, { ids: [REOFFENDERS] }));
      expect(published.result.data!.probationPublishObservations.newFigures).toBe(n);
      return { importing: imported.statements, publishing: published.statements };
    };
    const small = await importAndPublish(2, 2101);
    const large = await importAndPublish(60, 2201);
    expect(large.importing).toEqual(small.importing);
    expect(large.publishing).toEqual(small.publishing);
    // lock, measures, published figures among the rows, drafts, audit (and the transaction's own statements)
    expect(small.importing.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(s))).toHaveLength(5);
    await ds.query(`DELETE FROM probation.observation WHERE measure_id = $1 AND period_start >= '2101-01-01'`, [REOFFENDERS]);
  });

  test("publishing looks up each measure's current series version once, not once per draft", async () => {
    // The closed-series check and the version a new figure joins: PostgreSQL's own account of the statements
    // (EXPLAIN ANALYZE, in a transaction that is rolled back) with 40 drafts waiting.
    const csv = csvOf(
      Array.from({ length: 40 }, (_, i): Row => ({ measure_id: REOFFENDERS, area: 'kent', period: String(2301 + i), value: '7' })),
    );
    expect((await as<ImportData>(EDITOR, IMPORT, { csv, reason: 'plan shape' })).data!.probationImportObservations.ok).toBe(true);
    interface PlanNode {
      'Relation Name'?: string;
      'Actual Loops': number;
      Plans?: PlanNode[];
    }
    interface Explained {
      Plan: PlanNode;
      Triggers?: Array<{ 'Trigger Name': string; Calls: number }>;
    }
    const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
    const explain = async (
      fn: (sql: AgencyWriteRepository, q: { query: (text: string, params?: unknown[]) => Promise<never> }) => Promise<unknown>,
    ) => {
      const runner = ds.createQueryRunner();
      await runner.startTransaction();
      try {
        let plan: Explained | undefined;
        await fn(new AgencyWriteRepository('probation'), {
          query: async (text, params) => {
            const rows = (await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params)) as Array<{ 'QUERY PLAN': Explained[] }>;
            plan = rows[0]['QUERY PLAN'][0];
            return [] as never;
          },
        });
        return plan!;
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    const versionLoops = (p: Explained) =>
      nodes(p.Plan)
        .filter((n) => n['Relation Name'] === 'series_version')
        .map((n) => n['Actual Loops']);
    const check = await explain((sql, q) => sql.draftsIntoClosedSeries(q, null));
    expect(versionLoops(check).length).toBeGreaterThan(0);
    expect(versionLoops(check).every((loops) => loops === 1)).toBe(true);
    const publish = await explain((sql, q) => sql.publish(q, [REOFFENDERS], 'plan shape'));
    expect(versionLoops(publish).every((loops) => loops === 1)).toBe(true);
    // the trigger that would look the version up for each figure is not even called
    expect(publish.Triggers?.filter((t) => t['Trigger Name'] === 'observation_current_series' && t.Calls > 0)).toEqual([]);
    expect((await as<PublishData>(EDITOR, PUBLISH, { ids: [REOFFENDERS] })).data!.probationPublishObservations.newFigures).toBe(40);
    expect(
      await ds.query(
        `SELECT DISTINCT o.series_version FROM probation.observation o WHERE o.measure_id = $1 AND o.period_start >= '2301-01-01'`,
        [REOFFENDERS],
      ),
    ).toEqual([{ series_version: 'original' }]);
    await ds.query(`DELETE FROM probation.observation WHERE measure_id = $1 AND period_start >= '2301-01-01'`, [REOFFENDERS]);
  });

  test('an import needs a reason', async () => {
    const res = await as<ImportData>(EDITOR, IMPORT, { csv: csvOf([GOOD_1]), reason: '  ' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason' });
  });
});

// ---------------------------------------------------------------- measures

describe('defining and retiring measures', () => {
  const DEFINE = `mutation ($input: MeasureInput!) { probationDefineMeasure(input: $input) { id name unit retired disclosureThreshold target { value due text } } }`;
  const RETIRE = `mutation ($id: ID!, $reason: String!) { probationRetireMeasure(id: $id, reason: $reason) { id retired } }`;
  const base = {
    id: 'probation.unpaid-work-hours',
    name: 'Unpaid work hours completed',
    definition: 'Hours of unpaid work completed.',
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: 'Kent Probation',
    source: 'nDelius',
  };

  test('a new measure gets the default threshold for its unit; a redefinition keeps or changes it', async () => {
    const created = await as<DefineData>(EDITOR, DEFINE, { input: base });
    expect(created.errors).toBeUndefined();
    expect(created.data!.probationDefineMeasure).toEqual({
      id: base.id,
      name: base.name,
      unit: 'COUNT',
      retired: false,
      disclosureThreshold: 5,
      target: null,
    });
    const renamed = await as<DefineData>(EDITOR, DEFINE, {
      input: { ...base, name: 'Hours of unpaid work', target: { value: 1000, due: '2026-03-31', text: '1,000 hours by March 2026' } },
    });
    expect(renamed.data!.probationDefineMeasure).toMatchObject({
      name: 'Hours of unpaid work',
      disclosureThreshold: 5,
      target: { value: 1000, due: '2026-03-31' },
    });
    const hours = await as<DefineData>(EDITOR, DEFINE, { input: { ...base, disclosureThreshold: null } });
    expect(hours.data!.probationDefineMeasure.disclosureThreshold).toBeNull();
  });

  test.each([
    [{ id: 'police.unpaid-work-hours' }, 'id', /must start with "probation."/],
    [{ id: 'probation.Unpaid Work' }, 'id', /lower-case/],
    [{ name: ' ' }, 'name', /must not be empty/],
    [{ disclosureThreshold: 1 }, 'disclosureThreshold', /2 or more/],
  ])('DefineMeasure refuses %p, naming %s', async (change, field, message) => {
    const res = await as<DefineData>(EDITOR, DEFINE, { input: { ...base, ...change } });
    expect(res.errors?.[0].extensions?.problems).toContainEqual({ field, message: stringMatching(message) });
  });

  test("a measure's unit cannot change once it has figures", async () => {
    const res = await as<DefineData>(EDITOR, DEFINE, { input: { ...base, id: OFFENDERS, unit: 'RATE' } });
    expect(res.errors?.[0].extensions?.problems).toEqual([{ field: 'unit', message: stringMatching(/cannot change/) }]);
  });

  test('a retired measure takes corrections but no new figures', async () => {
    await as<RecordData>(EDITOR, RECORD, { input: { measureId: base.id, area: 'kent', period: '2019-20', value: 900 } });
    await as<PublishData>(EDITOR, PUBLISH, { ids: [base.id] });
    const retired = await as<RetireData>(EDITOR, RETIRE, { id: base.id, reason: 'replaced by the national measure' });
    expect(retired.data!.probationRetireMeasure).toEqual({ id: base.id, retired: true });
    const again = await as<RetireData>(EDITOR, RETIRE, { id: base.id, reason: 'again' });
    expect(again.errors?.[0].message).toMatch(/already retired/);
    const fresh = await as<RecordData>(EDITOR, RECORD, { input: { measureId: base.id, area: 'kent', period: '2020-21', value: 950 } });
    expect(fresh.errors?.[0].extensions?.problems).toEqual([{ field: 'measureId', message: stringMatching(/is retired/) }]);
    const fix = await as<RecordData>(EDITOR, RECORD, {
      input: { measureId: base.id, area: 'kent', period: '2019-20', value: 910, reason: 'late returns' },
    });
    expect(fix.errors).toBeUndefined();
    const unknownId = await as<RetireData>(EDITOR, RETIRE, { id: 'probation.never-defined', reason: 'x' });
    expect(unknownId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

// ---------------------------------------------------------------- who may write

describe('only the agency (and admins) may write', () => {
  const OPS: Array<[string, string]> = [
    [
      'probationRecordObservation',
      `mutation { probationRecordObservation(input: { measureId: "${PROPORTION}", area: "kent", period: "2031", value: 10 }) { id } }`,
    ],
    [
      'probationImportObservations',
      `mutation { probationImportObservations(csv: "measure_id,area,period,value\\n${PROPORTION},kent,2031,10\\n", reason: "r") { ok } }`,
    ],
    ['probationPublishObservations', `mutation { probationPublishObservations { published } }`],
    [
      'probationDefineMeasure',
      `mutation { probationDefineMeasure(input: { id: "probation.x", name: "x", definition: "x", unit: COUNT, polarity: NEUTRAL, leadAgency: "x", source: "x" }) { id } }`,
    ],
    ['probationRetireMeasure', `mutation { probationRetireMeasure(id: "${OFFENDERS}", reason: "r") { id } }`],
    ['probationDrafts', `{ probationDrafts { id } }`],
    ['probationAuditTrail', `{ probationAuditTrail { id } }`],
  ];
  const OUTSIDERS: Array<[string, Viewer]> = [
    ['police agency editor', POLICE_EDITOR],
    ['board', BOARD],
    ['analyst', ANALYST],
    ['secretariat', SECRETARIAT],
  ];
  const CASES = OUTSIDERS.flatMap(([who, viewer]) => OPS.map(([op, query]) => [who, op, viewer, query] as const));

  test.each(CASES)('%s: %s is FORBIDDEN, saying why', async (_who, op, viewer, query) => {
    const before = { drafts: await count('observation_draft'), audit: await count('audit_event'), measures: await count('measure') };
    const res = await as(viewer, query);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: [op] });
    expect(res.errors?.[0].message).toMatch(
      new RegExp(
        `^Forbidden: .* is for probation's agency editors and admins; you are signed in as ${viewer.role === 'agency-editor' ? 'an agency editor of police' : viewer.role}`,
      ),
    );
    expect({ drafts: await count('observation_draft'), audit: await count('audit_event'), measures: await count('measure') }).toEqual(
      before,
    );
  });

  test('an admin may write and read the drafts of any agency', async () => {
    const res = await as<RecordData>(ADMIN, RECORD, { input: { measureId: OFFENDERS, area: 'medway', period: '2015', value: 2000 } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.probationRecordObservation.createdBy).toBe('ada.admin');
    expect((await as<DraftsData>(ADMIN, DRAFTS)).errors).toBeUndefined();
  });
});

// ---------------------------------------------------------------- audit

describe('audit trail', () => {
  test('every change writes one event in its transaction; refused and failed changes write none', async () => {
    const events = async () => (await as<AuditData>(EDITOR, AUDIT, { limit: 1000 })).data!.probationAuditTrail;
    const start = (await events()).length;

    await as<RecordData>(EDITOR, RECORD, { input: { measureId: OFFENDERS, area: 'kent', period: '2016', value: 9000 } });
    let latest = (await events())[0];
    expect(latest).toMatchObject({
      actor: 'pat.probation',
      role: 'agency-editor',
      action: 'record-observation',
      entity: 'observation_draft',
      entityId: `${OFFENDERS}|kent|2016`,
    });
    expect(JSON.parse(latest.details)).toMatchObject({ correction: false, figure: { value: 9000, printed: '9,000' } });

    await as<ImportData>(EDITOR, IMPORT, { csv: csvOf([{ ...GOOD_3, period: '2016' }]), reason: 'audit check' });
    expect((await events())[0]).toMatchObject({ action: 'import-observations', entityId: null });
    expect(JSON.parse((await events())[0].details)).toMatchObject({
      via: 'api',
      reason: 'audit check',
      rows: 1,
      newFigures: 1,
      figures: [`${REOFFENDERS}|kent|2016`],
    });

    await as<PublishData>(EDITOR, PUBLISH, { ids: [OFFENDERS, REOFFENDERS] });
    latest = (await events())[0];
    expect(latest).toMatchObject({ action: 'publish', entity: 'observation' });
    expect((JSON.parse(latest.details) as { newFigures: string[] }).newFigures).toEqual(
      arrayContaining([`${OFFENDERS}|kent|2016`, `${REOFFENDERS}|kent|2016`]),
    );

    await as<ImportData>(EDITOR, IMPORT, { csv: csvOf([{ ...GOOD_3, area: 'nowhere' }]), reason: 'bad file' }); // refused: no event
    await as<RecordData>(BOARD, RECORD, { input: { measureId: OFFENDERS, area: 'kent', period: '2017', value: 1 } }); // forbidden: no event
    await as<PublishData>(EDITOR, PUBLISH, { ids: [PROPORTION] }); // nothing to publish: no change, no event

    const all = await events();
    expect(all.length).toBe(start + 3);
    const actions = new Set(all.map((e) => e.action));
    for (const a of ['seed', 'record-observation', 'import-observations', 'publish', 'define-measure', 'retire-measure'])
      expect(actions).toContain(a);
    expect(all[all.length - 1]).toMatchObject({ action: 'seed', actor: 'seed', role: 'system' });
    const ats = all.map((e) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);
  });

  test('the board is refused the audit trail; an admin reads it; limit is checked', async () => {
    expect((await as<AuditData>(BOARD, AUDIT)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await as<AuditData>(ADMIN, AUDIT, { limit: 2 });
    expect(admin.data!.probationAuditTrail).toHaveLength(2);
    expect((await as<AuditData>(EDITOR, AUDIT, { limit: 0 })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'limit',
    });
  });

  test('audit events and revisions are append-only in the database', async () => {
    await expect(ds.query(`UPDATE probation.audit_event SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM probation.observation_revision`)).rejects.toThrow(/append-only/);
  });
});

// ---------------------------------------------------------------- disclosure control

describe('disclosure control', () => {
  test("a new count of 3 people is suppressed for the board and raw for a police editor; the public '2 of the cohort are female' stays visible", async () => {
    const measureId = 'police.iom-cohort-adults-offending-last-3-months';
    const recorded = await as(
      POLICE_EDITOR,
      `mutation ($input: ObservationInput!) { policeRecordObservation(input: $input) { id } }`,
      { input: { measureId, area: 'kent-and-medway', period: '2020-07-26', value: 3 } },
      'police',
    );
    expect(recorded.errors).toBeUndefined();
    expect(
      (await as(POLICE_EDITOR, `mutation { policePublishObservations(measureIds: ["${measureId}"]) { published } }`, {}, 'police')).errors,
    ).toBeUndefined();
    const board = await figures(BOARD, measureId, { from: '2020-07-26' }, 'police');
    expect(board.disclosureThreshold).toBe(5);
    expect(board.observations).toEqual([objectContaining({ printed: 'suppressed', value: null, numerator: null, suppressed: true })]);
    expect(board.latest).toMatchObject({ printed: 'suppressed', value: null, suppressed: true });
    for (const outsider of [ANALYST, SECRETARIAT, EDITOR]) {
      expect((await figures(outsider, measureId, { from: '2020-07-26' }, 'police')).observations[0]).toMatchObject({
        printed: 'suppressed',
        suppressed: true,
      });
    }
    const editor = await figures(POLICE_EDITOR, measureId, { from: '2020-07-26' }, 'police');
    expect(editor.observations).toEqual([objectContaining({ printed: '3', value: 3, suppressed: false })]);
    // already printed in the public KMROB paper: marked so in the seed, and left visible to every reader
    const female = await figures(BOARD, 'police.iom-cohort-female', {}, 'police');
    expect(female.observations).toEqual([objectContaining({ printed: '2', value: 2, suppressed: false })]);
  });

  test('measures that do not count people are never suppressed', async () => {
    const knife = await figures(BOARD, 'police.iom-cohort-knife-offences-past-3-years', {}, 'police');
    expect(knife.disclosureThreshold).toBeNull();
    const cohort = await figures(BOARD, 'police.iom-cohort-size', {}, 'police');
    expect(cohort.observations[0]).toMatchObject({ value: 245, suppressed: false });
  });

  test('a PERCENTAGE with a small numerator is suppressed with its numerator (the denominator stays); zero is not', async () => {
    const RECORD_POLICE = `mutation ($input: ObservationInput!) { policeRecordObservation(input: $input) { id } }`;
    const measureId = 'police.iom-cohort-managed-by-youth-teams';
    const small = await as(
      POLICE_EDITOR,
      RECORD_POLICE,
      { input: { measureId, area: 'kent-and-medway', period: '2020-07-26', value: 1.2, numerator: 3, denominator: 245 } },
      'police',
    );
    expect(small.errors).toBeUndefined();
    await as(
      POLICE_EDITOR,
      RECORD_POLICE,
      { input: { measureId, area: 'kent-and-medway', period: '2021-07-26', value: 0, numerator: 0, denominator: 240 } },
      'police',
    );
    await as(POLICE_EDITOR, `mutation { policePublishObservations { published } }`, {}, 'police');

    const board = await figures(BOARD, measureId, { from: '2020-07-26' }, 'police');
    expect(board.observations).toEqual([
      objectContaining({
        period: { code: '2020-07-26' },
        printed: 'suppressed',
        value: null,
        numerator: null,
        denominator: 245,
        suppressed: true,
      }),
      objectContaining({
        period: { code: '2021-07-26' },
        printed: '0%',
        value: 0,
        numerator: 0,
        denominator: 240,
        suppressed: false,
      }),
    ]);
    const editor = await figures(POLICE_EDITOR, measureId, { from: '2020-07-26', to: '2020-07-26' }, 'police');
    expect(editor.observations[0]).toMatchObject({ value: 1.2, numerator: 3, suppressed: false });
  });

  test('the replaced values of a corrected small count are suppressed too', async () => {
    const RECORD_POLICE = `mutation ($input: ObservationInput!) { policeRecordObservation(input: $input) { id } }`;
    await as(
      POLICE_EDITOR,
      RECORD_POLICE,
      { input: { measureId: 'police.iom-cohort-female', area: 'kent-and-medway', period: '2019-07-26', value: 12, reason: 'miscount' } },
      'police',
    );
    await as(POLICE_EDITOR, `mutation { policePublishObservations { published } }`, {}, 'police');
    const board = (await figures(BOARD, 'police.iom-cohort-female', {}, 'police')).observations[0];
    expect(board).toMatchObject({
      value: 12,
      suppressed: false,
      revisions: [objectContaining({ printed: 'suppressed', value: null, suppressed: true, reason: 'miscount' })],
    });
    const editor = (await figures(POLICE_EDITOR, 'police.iom-cohort-female', {}, 'police')).observations[0];
    expect(editor.revisions[0]).toMatchObject({ printed: '2', value: 2, suppressed: false, replacedBy: 'sam.police' });
  });

  test('one SQL statement per loader batch, for the board and for the owner alike', async () => {
    const ids = probation.measures.map((m) => ({ __typename: 'ProbationMeasure', id: m.id }));
    const statements = async (viewer: Viewer, withRevisions: boolean) => {
      const q = `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on ProbationMeasure { id observations(area: "kent") { value draft suppressed ${withRevisions ? 'revisions { value }' : ''} } latest { value } } } }`;
      const { result: res, statements: sent } = await logger.during(() => as(viewer, q, { ids }));
      expect(res.errors).toBeUndefined();
      return sent.length;
    };
    // the measures with their observations (one statement), latest, and the revisions when asked
    expect(await statements(BOARD, false)).toBe(2);
    expect(await statements(EDITOR, false)).toBe(2);
    expect(await statements(BOARD, true)).toBe(3);
    expect(await statements(EDITOR, true)).toBe(3);
  });
});

// ---------------------------------------------------------------- command line

describe('CSV import from the command line', () => {
  const CLI = join(__dirname, '..', '..', 'subgraphs', 'probation', 'dist', 'index.js');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hub-import-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (args: string[]) =>
    execFileP(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: db.url } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  test('a valid file is imported as drafts by the named actor; a bad file exits 1 with the row and column, writing nothing', async () => {
    const good = join(dir, 'good.csv');
    writeFileSync(
      good,
      csvOf([
        { ...GOOD_1, period: '2022' },
        { ...GOOD_3, period: '2022' },
      ]),
    );
    const ok = await cli(['import', good, '--actor', 'jo.data-officer', '--reason', '2022 return']);
    expect(ok).toMatchObject({ code: 0, stdout: stringMatching(/imported 2 row\(s\).*2 new figure/) });
    const drafts = await ds.query<unknown[]>(
      `SELECT measure_id, created_by, reason, location FROM probation.observation_draft WHERE period_code = '2022' ORDER BY measure_id`,
    );
    expect(drafts).toEqual([
      { measure_id: PROPORTION, created_by: 'jo.data-officer', reason: '2022 return', location: 'CSV row 1' },
      { measure_id: REOFFENDERS, created_by: 'jo.data-officer', reason: '2022 return', location: 'CSV row 2' },
    ]);
    const [event] = await ds.query<unknown[]>(`SELECT actor, role, action, details FROM probation.audit_event ORDER BY id DESC LIMIT 1`);
    expect(event).toMatchObject({
      actor: 'jo.data-officer',
      role: 'agency-editor',
      action: 'import-observations',
      details: objectContaining({ via: 'cli' }),
    });
    expect((await figures(BOARD, PROPORTION, { area: 'kent', from: '2022', to: '2022' })).observations).toEqual([]);

    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      csvOf([
        { ...GOOD_1, period: '2023' },
        { ...GOOD_3, period: '2023', area: 'atlantis' },
      ]),
    );
    const before = await count('observation_draft');
    const refused = await cli(['import', bad, '--actor', 'jo.data-officer', '--reason', '2023 return']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/nothing was written/);
    expect(refused.stderr).toMatch(/row 2 \(line 3\), column area: unknown area "atlantis"/);
    expect(await count('observation_draft')).toBe(before);
  });

  test('the command says how to use it when an option is missing', async () => {
    const res = await cli(['import', join(dir, 'good.csv'), '--actor', 'jo']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/--reason is required. Usage: node dist\/index.js import <file.csv> --actor <name> --reason <text>/);
  });
});

describe('concurrency', () => {
  test('more concurrent recordings than pool connections all complete (no connection asked for under the write lock)', async () => {
    // Two connections: a recording that asked the pool for a second one while holding the agency's write lock would
    // wait for ever behind the other recordings, each holding a connection while it waits for that lock.
    const { dataSource: small } = agencyDataSource(probation, { DATABASE_URL: db.url, DB_POOL_SIZE: '2' });
    await small.initialize();
    try {
      const factory = await agencyContextFactory(probation, small);
      const quarters = ['2030', '2031', '2032', '2033', '2034', '2035'];
      const results = await Promise.all(
        quarters.map((period, i) =>
          run<RecordData>(schemas.probation, () => factory(EDITOR), RECORD, {
            input: { measureId: PROPORTION, area: 'kent', period, value: 20 + i, numerator: 200 + 10 * i, denominator: 1000 },
          }),
        ),
      );
      expect(results.map((r) => r.errors)).toEqual(quarters.map(() => undefined));
      expect(results.map((r) => r.data!.probationRecordObservation.value)).toEqual(quarters.map((_, i) => 20 + i));
    } finally {
      await small.destroy();
    }
  }, 60_000);
});
