/**
 * The gateway's response cache (README "Response cache") through the real hub: hits for the same query as a
 * published-figure reader, bypass for agency editors and admins, no stale figure after a publish through the
 * gateway or a change made directly in the database (NOTIFY hub_data_changed), no answer with errors stored,
 * no answer shared between roles.
 */
import { Client } from 'pg';
import { startTestHub, type TestHub } from './support/hub';

let hub: TestHub;
let board: string;
let analyst: string;
let secretariat: string;
let editor: string;
let admin: string;
let measure: string;

beforeAll(async () => {
  hub = await startTestHub('cache');
  board = hub.boardToken;
  analyst = await hub.token('analyst');
  secretariat = await hub.token('secretariat');
  editor = await hub.token('agency-editor', 'housing');
  admin = await hub.token('admin');
  const list = await post(`{ agencies { key measures { id unit } } }`, {}, admin);
  measure = list.body.data.agencies.find((a: any) => a.key === 'housing').measures.find((m: any) => m.unit === 'COUNT').id;
}, 300_000);
afterAll(async () => {
  await hub?.stop();
});

async function post(query: string, variables: Record<string, unknown> = {}, token = board) {
  const res = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, cache: res.headers.get('x-hub-cache'), text, body: JSON.parse(text) };
}

async function metric(name: string, labels: string): Promise<number> {
  const text = await (await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line ? Number(line.split(' ').pop()) : 0;
}

const figure = (period: string) =>
  `query Figure($id: ID!) { headlineMeasure(id: $id) { observations(from: "${period}", to: "${period}") { printed value area { code } } } }`;

test('the same query twice as the board: a miss, then a hit with the same body; whitespace does not matter', async () => {
  const q = `{ plan(id: "km-2012-2015") { title pathways(priorityOnly: true) { name headlineMeasures { name latest { printed } } } } }`;
  const first = await post(q);
  expect(first.body.errors).toBeUndefined();
  expect(first.cache).toBe('miss');
  const second = await post(q);
  expect(second.cache).toBe('hit');
  expect(second.text).toBe(first.text);
  const spaced = await post(`# the same\n${q.replace(/ /g, '   ')}`);
  expect(spaced.cache).toBe('hit');
  expect(await metric('gateway_response_cache_requests_total', 'result="hit"')).toBeGreaterThanOrEqual(2);
});

test('agency editors and admins are always bypass (they see drafts and raw values)', async () => {
  const q = figure('2012-13');
  for (const token of [editor, admin]) {
    expect((await post(q, { id: measure }, token)).cache).toBe('bypass');
    expect((await post(q, { id: measure }, token)).cache).toBe('bypass');
  }
});

test("one role's answer is never served to another role; anonymous and mutation requests are bypass", async () => {
  // Introspection differs by role (analysts yes, the board no): each role has its own entries.
  const q = `{ __schema { queryType { name } } }`;
  const a1 = await post(q, {}, analyst);
  expect(a1.body.data.__schema.queryType.name).toBe('Query');
  expect((await post(q, {}, analyst)).cache).toBe('hit');
  const b = await post(q, {}, board);
  expect(b.body.errors).toBeDefined();
  expect(b.cache).toBe('miss');
  expect((await post(q, {}, board)).cache).toBe('miss'); // errors are never stored
  // The secretariat may read the plan's audit trail, the board may not.
  const audit = `{ planAuditTrail(limit: 5) { action } }`;
  const s1 = await post(audit, {}, secretariat);
  expect(s1.body.errors).toBeUndefined();
  expect((await post(audit, {}, secretariat)).cache).toBe('hit');
  const b2 = await post(audit, {}, board);
  expect(b2.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  // A draft the owner sees is not what the board gets, before or after the board's answer is cached.
  expect((await post(`mutation { housingRecordObservation(input: { measureId: "${measure}", area: "kent", period: "2031-32", value: 777, reason: "cache test" }) { measureId } }`, {}, editor)).body.errors).toBeUndefined();
  const q2 = figure('2031-32');
  expect((await post(q2, { id: measure }, editor)).body.data.headlineMeasure.observations).toEqual([expect.objectContaining({ value: 777 })]);
  expect((await post(q2, { id: measure }, board)).body.data.headlineMeasure.observations).toEqual([]);
  const again = await post(q2, { id: measure }, board);
  expect(again.cache).toBe('hit');
  expect(again.body.data.headlineMeasure.observations).toEqual([]);
  expect((await post(q2, { id: measure }, editor)).body.data.headlineMeasure.observations).toEqual([expect.objectContaining({ value: 777 })]);
  const anonymous = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q2, variables: { id: measure } }) });
  expect(anonymous.headers.get('x-hub-cache')).toBe('bypass');
  expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
});

test('a correction published through the gateway is what the board reads next, never the cached figure', async () => {
  const q = figure('2030-31');
  const record = (value: number) =>
    post(`mutation { housingRecordObservation(input: { measureId: "${measure}", area: "kent", period: "2030-31", value: ${value}, reason: "cache test" }) { measureId } }`, {}, editor);
  const publish = () => post(`mutation { housingPublishObservations(measureIds: ["${measure}"]) { published } }`, {}, editor);
  expect((await record(40)).body.errors).toBeUndefined();
  expect((await publish()).cache).toBe('bypass');
  expect((await post(q, { id: measure })).body.data.headlineMeasure.observations).toEqual([expect.objectContaining({ value: 40 })]);
  const cached = await post(q, { id: measure });
  expect(cached.cache).toBe('hit');
  expect(cached.body.data.headlineMeasure.observations).toEqual([expect.objectContaining({ value: 40 })]);

  const before = await metric('gateway_response_cache_invalidations_total', 'source="mutation"');
  expect((await record(41)).body.errors).toBeUndefined();
  const published = await publish();
  expect(published.body.errors).toBeUndefined();
  expect(await metric('gateway_response_cache_invalidations_total', 'source="mutation"')).toBeGreaterThan(before);
  // Straight after the publish's answer: no wait for any notification.
  const after = await post(q, { id: measure });
  expect(after.cache).toBe('miss');
  expect(after.body.data.headlineMeasure.observations).toEqual([expect.objectContaining({ value: 41 })]);
});

test('a figure changed directly in the database (another replica, the CLI) is seen next: NOTIFY clears the cache', async () => {
  const q = figure('2029-30');
  const record = post(`mutation { housingRecordObservation(input: { measureId: "${measure}", area: "kent", period: "2029-30", value: 50, reason: "cache test" }) { measureId } }`, {}, editor);
  expect((await record).body.errors).toBeUndefined();
  expect((await post(`mutation { housingPublishObservations(measureIds: ["${measure}"]) { published } }`, {}, editor)).body.errors).toBeUndefined();
  expect((await post(q, { id: measure })).body.data.headlineMeasure.observations).toEqual([expect.objectContaining({ value: 50 })]);
  expect((await post(q, { id: measure })).cache).toBe('hit');

  const notified = await metric('gateway_response_cache_invalidations_total', 'source="notify"');
  const db = new Client({ connectionString: hub.databaseUrl });
  await db.connect();
  try {
    const r = await db.query(`UPDATE housing.observation SET value = 51, printed = '51' WHERE measure_id = $1 AND area_code = 'kent' AND period_code = '2029-30'`, [measure]);
    expect(r.rowCount).toBe(1);
  } finally {
    await db.end();
  }
  // NOTIFY is delivered asynchronously: poll (bounded) until the gateway has counted it.
  for (let i = 0; i < 100 && (await metric('gateway_response_cache_invalidations_total', 'source="notify"')) <= notified; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await metric('gateway_response_cache_invalidations_total', 'source="notify"')).toBeGreaterThan(notified);
  const after = await post(q, { id: measure });
  expect(after.cache).toBe('miss');
  expect(after.body.data.headlineMeasure.observations).toEqual([expect.objectContaining({ value: 51, printed: '51' })]);
});

test('an answer with errors (agency down) is not stored; the next read after recovery has the figures', async () => {
  const q = `{ headlineMeasure(id: "${measure}") { name observations(from: "2012-13", to: "2014-15") { printed } } }`;
  await hub.services.get('housing')!.stop();
  try {
    const down = await post(q);
    expect(down.body.errors?.length).toBeGreaterThan(0);
    expect(down.cache).toBe('miss');
    const again = await post(q);
    expect(again.cache).toBe('miss');
    expect(again.body.errors?.length).toBeGreaterThan(0);
  } finally {
    await hub.restart('housing');
  }
  const up = await post(q);
  expect(up.body.errors).toBeUndefined();
  expect(up.cache).toBe('miss');
  expect((await post(q)).cache).toBe('hit');
}, 120_000);

test('a lost LISTEN connection empties the cache and turns it off until it listens again', async () => {
  const q = figure('2012-13');
  await post(q, { id: measure });
  expect((await post(q, { id: measure })).cache).toBe('hit');
  const before = await metric('gateway_response_cache_invalidations_total', 'source="listener"');
  const db = new Client({ connectionString: hub.databaseUrl });
  await db.connect();
  try {
    const killed = await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'hub-gateway-cache' AND datname = current_database()`);
    expect(killed.rowCount).toBe(1);
  } finally {
    await db.end();
  }
  // Lost (cleared, off), then back (cleared again, on): bounded poll.
  for (let i = 0; i < 200 && (await metric('gateway_response_cache_invalidations_total', 'source="listener"')) < before + 2; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await metric('gateway_response_cache_invalidations_total', 'source="listener"')).toBeGreaterThanOrEqual(before + 2);
  expect(await metric('gateway_response_cache_active', '')).toBe(1);
  expect((await post(q, { id: measure })).cache).toBe('miss');
  expect((await post(q, { id: measure })).cache).toBe('hit');
}, 60_000);
