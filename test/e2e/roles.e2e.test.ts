/**
 * The role matrix through the real gateway: every role against every subgraph's reads and writes, another
 * agency's data, unpublished data; and the CSV journey (a bad row writes nothing; a good batch is a draft
 * the board cannot see until it is published; every change is in the audit trail).
 */
import { ROLES, type Role } from '@hub/common/platform';
import { startTestHub, type TestHub } from '../support/hub';
import type { GraphQLAnswer } from '../support/graphql';

let hub: TestHub;
const tokens = new Map<string, string>();
const AGENCIES = ['probation', 'police', 'housing', 'health', 'dwp'];
/** One measure of each agency to write to (a count of people, so disclosure control applies to small values). */
const MEASURE: Record<string, string> = {};

const query = <T = Record<string, unknown>>(q: string, variables: Record<string, unknown> = {}, token?: string) =>
  hub.query<T>(q, variables, token) as Promise<GraphQLAnswer<T>>;
interface Observation {
  printed: string;
  value: number | null;
  suppressed?: boolean;
  draft?: boolean;
  alreadyPublicIn?: string | null;
  area?: { code: string };
}
type MeasureObservations = { headlineMeasure: { observations: Observation[] } };

beforeAll(async () => {
  hub = await startTestHub('roles');
  for (const role of ROLES) if (role !== 'agency-editor') tokens.set(role, await hub.token(role));
  for (const a of AGENCIES) tokens.set(`editor:${a}`, await hub.token('agency-editor', a));
  const list = await query<{ agencies: Array<{ key: string; measures: Array<{ id: string; unit: string }> }> }>(
    `{ agencies { key measures { id unit } } }`,
  );
  for (const a of list.data.agencies) MEASURE[a.key] = a.measures.find((m) => m.unit === 'COUNT')!.id;
}, 300_000);
afterAll(async () => {
  await hub?.stop();
});

/** Every identity the matrix covers: the five roles, with agency editors once per agency. */
const IDENTITIES: Array<[string, Role, string | null]> = [
  ...ROLES.filter((r) => r !== 'agency-editor').map((r): [string, Role, null] => [r, r, null]),
  ...AGENCIES.map((a): [string, Role, string] => [`editor:${a}`, 'agency-editor', a]),
];

const record = (agency: string, value: number, period: string) => `mutation {
  ${agency}RecordObservation(input: { measureId: "${MEASURE[agency]}", area: "kent", period: "${period}", value: ${value}, reason: "role matrix" }) { measureId }
}`;

describe.each(IDENTITIES)('%s', (key, role, ownAgency) => {
  test("reads the published plan and every agency's published figures", async () => {
    const res = await query<{ plan: { pathways: Array<{ headlineMeasures: Array<{ agency: string }> }> } }>(
      `{ plan(id: "km-2012-2015") { pathways { headlineMeasures { agency latest { printed } } } } }`,
      {},
      tokens.get(key),
    );
    expect(res.errors).toBeUndefined();
    const agencies = new Set(res.data.plan.pathways.flatMap((p) => p.headlineMeasures.map((m) => m.agency)));
    expect(agencies.size).toBeGreaterThanOrEqual(4);
  });

  test.each(AGENCIES)("writes to %s's figures only when it owns them (or is admin)", async (agency) => {
    const allowed = role === 'admin' || ownAgency === agency;
    const res = await query<Record<string, { measureId: string }>>(record(agency, 1234, '2030-31'), {}, tokens.get(key));
    if (allowed) {
      expect(res.errors).toBeUndefined();
      expect(res.data[`${agency}RecordObservation`].measureId).toBe(MEASURE[agency]);
    } else {
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toMatch(new RegExp(`${agency}'s agency editors`));
    }
    const drafts = await query(`{ ${agency}Drafts { measureId } }`, {}, tokens.get(key));
    if (allowed) expect(drafts.errors).toBeUndefined();
    else expect(drafts.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const audit = await query<Record<string, unknown[]>>(`{ ${agency}AuditTrail(limit: 5) { action } }`, {}, tokens.get(key));
    if (allowed) expect(audit.data[`${agency}AuditTrail`].length).toBeGreaterThan(0);
    else expect(audit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('writes to the plan only as secretariat or admin', async () => {
    const allowed = role === 'secretariat' || role === 'admin';
    const goals = await query<{ plan: { goals: Array<{ id: string }> } }>(
      `{ plan(id: "km-2012-2015") { goals { id } } }`,
      {},
      tokens.get(key),
    );
    const goalId = goals.data.plan.goals[0].id;
    const res = await query(
      `mutation ($id: ID!) { setGoalStatus(goalId: $id, period: "2013-14 Q1", rag: AMBER, comment: "role matrix") { id } }`,
      { id: goalId },
      tokens.get(key),
    );
    if (allowed) expect(res.errors).toBeUndefined();
    else expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const audit = await query(`{ planAuditTrail(limit: 5) { action } }`, {}, tokens.get(key));
    if (allowed) expect(audit.errors).toBeUndefined();
    else expect(audit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

test('unpublished figures: the owner sees its draft; the board, analysts and other agencies do not', async () => {
  const owner = tokens.get('editor:housing')!;
  expect((await query(record('housing', 777, '2031-32'), {}, owner)).errors).toBeUndefined();
  const q = `{ headlineMeasure(id: "${MEASURE.housing}") { observations(from: "2031-32", to: "2031-32") { printed value draft } } }`;
  const seen = async (key: string) => (await query<MeasureObservations>(q, {}, tokens.get(key))).data.headlineMeasure.observations;
  expect(await seen('editor:housing')).toEqual([expect.objectContaining({ value: 777, draft: true })]);
  for (const key of ['board', 'analyst', 'secretariat', 'editor:police']) expect(await seen(key)).toEqual([]);
});

test('disclosure control: a small count about people is suppressed for everyone but its owner, unless it is already public', async () => {
  const owner = tokens.get('editor:police');
  const measure = 'police.iom-cohort-adults-offending-last-3-months';
  const recorded = await query(
    `mutation { policeRecordObservation(input: { measureId: "${measure}", area: "kent-and-medway", period: "2022-07-26", value: 3 }) { measureId } }`,
    {},
    owner,
  );
  expect(recorded.errors).toBeUndefined();
  expect(
    (await query(`mutation { policePublishObservations(measureIds: ["${measure}"]) { published } }`, {}, owner)).errors,
  ).toBeUndefined();
  const q = `{ headlineMeasure(id: "${measure}") { observations(from: "2022-07-26", to: "2022-07-26") { printed value suppressed } } }`;
  const board = await query<MeasureObservations>(q, {}, tokens.get('board'));
  expect(board.data.headlineMeasure.observations[0]).toEqual({ printed: 'suppressed', value: null, suppressed: true });
  const other = await query<MeasureObservations>(q, {}, tokens.get('editor:probation'));
  expect(other.data.headlineMeasure.observations[0].suppressed).toBe(true);
  const own = await query<MeasureObservations>(q, {}, owner);
  expect(own.data.headlineMeasure.observations[0]).toEqual({ printed: '3', value: 3, suppressed: false });
  // '2 of the cohort are female' was printed in a public paper: marked so, it is visible to everyone
  const female = await query<MeasureObservations>(
    `{ headlineMeasure(id: "police.iom-cohort-female") { observations { printed value suppressed alreadyPublicIn } } }`,
    {},
    tokens.get('board'),
  );
  expect(female.data.headlineMeasure.observations[0]).toMatchObject({ printed: '2', value: 2, suppressed: false });
  expect(female.data.headlineMeasure.observations[0].alreadyPublicIn).toMatch(/KMROB/);
});

test('CSV: one bad row writes nothing and is reported; a good batch is invisible to the board until published; all of it is audited', async () => {
  const editor = tokens.get('editor:dwp')!;
  const measure = MEASURE.dwp;
  const header = 'measure_id,area,period,value,numerator,denominator,printed,approximate,not_available,status,note';
  const bad = `${header}\n${measure},kent,2032-33,10,,,10,false,false,FINAL,\n${measure},atlantis,2033-34,11,,,11,false,false,FINAL,\n`;
  const importCsv = (csv: string) =>
    query<{ dwpImportObservations: { ok: boolean; rows: number; errors: unknown[] } }>(
      `mutation ($csv: String!) { dwpImportObservations(csv: $csv, reason: "quarterly return") { ok rows errors { row column message } } }`,
      { csv },
      editor,
    );
  const refused = await importCsv(bad);
  expect(refused.data.dwpImportObservations.ok).toBe(false);
  expect(refused.data.dwpImportObservations.errors).toEqual([expect.objectContaining({ row: 2, column: 'area' })]);
  const drafts = await query<{ dwpDrafts: Array<{ period: { code: string } }> }>(`{ dwpDrafts { period { code } } }`, {}, editor);
  expect(drafts.data.dwpDrafts.filter((d) => d.period.code === '2032-33')).toEqual([]);

  const good = `${header}\n${measure},kent,2032-33,10,,,10,false,false,FINAL,\n${measure},medway,2032-33,12,,,12,false,false,FINAL,\n`;
  expect((await importCsv(good)).data.dwpImportObservations).toMatchObject({ ok: true, rows: 2 });
  const q = `{ headlineMeasure(id: "${measure}") { observations(from: "2032-33", to: "2032-33") { printed area { code } } } }`;
  expect((await query<MeasureObservations>(q)).data.headlineMeasure.observations).toEqual([]);
  const published = await query<{ dwpPublishObservations: { published: number } }>(
    `mutation { dwpPublishObservations(measureIds: ["${measure}"]) { published } }`,
    {},
    editor,
  );
  expect(published.data.dwpPublishObservations.published).toBeGreaterThanOrEqual(2);
  const afterwards = (await query<MeasureObservations>(q)).data.headlineMeasure.observations;
  expect(afterwards.map((o) => `${o.area!.code}:${o.printed}`).sort()).toEqual(['kent:10', 'medway:12']);

  const audit = await query<{ dwpAuditTrail: Array<{ action: string; actor: string }> }>(
    `{ dwpAuditTrail(limit: 20) { action actor } }`,
    {},
    editor,
  );
  const actions = audit.data.dwpAuditTrail.map((e) => e.action);
  expect(actions).toEqual(expect.arrayContaining(['import-observations', 'publish']));
  expect(audit.data.dwpAuditTrail.find((e) => e.action === 'publish')!.actor).toBe('test-agency-editor-dwp');
});
