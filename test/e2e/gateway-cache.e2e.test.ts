/**
 * The gateway's response cache (docs/RELEASING.md, "The response cache") through the real hub and a real Redis:
 * hits for the same query as a published-figure reader, bypass for agency editors and admins, per-role entries,
 * no stale figure after a publish (through this gateway or another replica sharing the cache), a draft changes
 * nothing, a change made directly in the database seen within the subgraphs' max-age, no answer with errors
 * stored, and answers (uncached) when Redis cannot be reached.
 */
import { createServer, type AddressInfo } from 'node:net';
import { Client } from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import type { GraphQLAnswer } from '../support/graphql';

/** The subgraphs' cache hint in this file: the documented bound for a change nobody announced. */
const MAX_AGE_SECONDS = 4;

let hub: TestHub;
let board: string;
let analyst: string;
let secretariat: string;
let editor: string;
let admin: string;
let measure: string;

beforeAll(async () => {
  hub = await startTestHub('cache', { sharedEnv: { CACHE_MAX_AGE_SECONDS: String(MAX_AGE_SECONDS) } });
  board = hub.boardToken;
  analyst = await hub.token('analyst');
  secretariat = await hub.token('secretariat');
  editor = await hub.token('agency-editor', 'housing');
  admin = await hub.token('admin');
  const list = await post<{ agencies: Array<{ key: string; measures: Array<{ id: string; unit: string }> }> }>(
    `{ agencies { key measures { id unit } } }`,
    {},
    admin,
  );
  measure = list.body.data.agencies.find((a) => a.key === 'housing')!.measures.find((m) => m.unit === 'COUNT')!.id;
}, 300_000);
afterAll(async () => {
  await hub?.stop();
});

async function post<T = unknown>(query: string, variables: Record<string, unknown> = {}, token = board, url = hub.gatewayUrl) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return {
    status: res.status,
    cache: res.headers.get('x-hub-cache'),
    cacheControl: res.headers.get('cache-control'),
    text,
    body: JSON.parse(text) as GraphQLAnswer<T>,
  };
}

async function metric(name: string, labels: string, url = hub.gatewayUrl): Promise<number> {
  const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
  const line = text
    .split('\n')
    .find((l) => (l.startsWith(`${name}{`) && l.includes(labels)) || (labels === '' && l.startsWith(`${name} `)));
  return line ? Number(line.split(' ').pop()) : 0;
}

const figure = (period: string) =>
  `query Figure($id: ID!) { headlineMeasure(id: $id) { observations(from: "${period}", to: "${period}") { printed value area { code } } } }`;
const record = (period: string, value: number) =>
  post(
    `mutation { housingRecordObservation(input: { measureId: "${measure}", area: "kent", period: "${period}", value: ${value}, reason: "cache test" }) { measureId } }`,
    {},
    editor,
  );
const publish = (url = hub.gatewayUrl) =>
  post(`mutation { housingPublishObservations(measureIds: ["${measure}"]) { published } }`, {}, editor, url);
type Figure = { headlineMeasure: { observations: Array<{ value: number | null }> } };
const values = (r: { body: GraphQLAnswer<unknown> }) =>
  (r.body as GraphQLAnswer<Figure>).data.headlineMeasure.observations.map((o) => o.value);

test('the same query twice as the board: a miss, then a hit with the same body; whitespace does not matter; no-store to clients', async () => {
  const q = `{ plan(id: "km-2012-2015") { title pathways(priorityOnly: true) { name headlineMeasures { name latest { printed } } } } }`;
  const first = await post(q);
  expect(first.body.errors).toBeUndefined();
  expect(first.cache).toBe('miss');
  expect(first.cacheControl).toBe('no-store');
  const second = await post(q);
  expect(second.cache).toBe('hit');
  expect(second.text).toBe(first.text);
  const spaced = await post(`# the same\n${q.replace(/ /g, '   ')}`);
  expect(spaced.cache).toBe('hit');
  expect(await metric('gateway_response_cache_requests_total', 'result="hit"')).toBeGreaterThanOrEqual(2);
  expect(await metric('gateway_response_cache_active', '')).toBe(1);
});

test('agency editors and admins are always bypass (they see drafts and raw values)', async () => {
  const q = figure('2012-13');
  for (const token of [editor, admin]) {
    expect((await post(q, { id: measure }, token)).cache).toBe('bypass');
    expect((await post(q, { id: measure }, token)).cache).toBe('bypass');
  }
});

test("one role's answer is never served to another role; a draft is never shared; anonymous requests are bypass", async () => {
  // Introspection differs by role (analysts yes, the board no). No subgraph answers it, so no cache hint: never stored.
  const q = `{ __schema { queryType { name } } }`;
  const a1 = await post<{ __schema: { queryType: { name: string } } }>(q, {}, analyst);
  expect(a1.body.data.__schema.queryType.name).toBe('Query');
  expect((await post(q, {}, analyst)).cache).toBe('miss');
  const b = await post(q, {}, board);
  expect(b.body.errors).toBeDefined();
  expect((await post(q, {}, board)).cache).toBe('miss'); // errors are never stored
  // The secretariat may read the plan's audit trail, the board may not.
  const audit = `{ planAuditTrail(limit: 5) { action } }`;
  const s1 = await post(audit, {}, secretariat);
  expect(s1.body.errors).toBeUndefined();
  expect((await post(audit, {}, secretariat)).cache).toBe('hit');
  const b2 = await post(audit, {}, board);
  expect(b2.body.errors?.[0].extensions!.code).toBe('FORBIDDEN');
  // A draft the owner sees is not what the board gets, before or after the board's answer is cached.
  expect((await record('2031-32', 777)).body.errors).toBeUndefined();
  const q2 = figure('2031-32');
  expect(values(await post(q2, { id: measure }, editor))).toEqual([777]);
  expect(values(await post(q2, { id: measure }, board))).toEqual([]);
  const again = await post(q2, { id: measure }, board);
  expect(again.cache).toBe('hit');
  expect(values(again)).toEqual([]);
  expect(values(await post(q2, { id: measure }, editor))).toEqual([777]);
  const anonymous = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q2, variables: { id: measure } }),
  });
  expect(anonymous.headers.get('x-hub-cache')).toBe('bypass');
  expect(((await anonymous.json()) as Required<GraphQLAnswer<unknown>>).errors[0].extensions!.code).toBe('UNAUTHENTICATED');
});

test('a correction published through the gateway is what the board reads next; a draft alone invalidates nothing', async () => {
  const q = figure('2030-31');
  expect((await record('2030-31', 40)).body.errors).toBeUndefined();
  expect((await publish()).cache).toBe('bypass');
  expect(values(await post(q, { id: measure }))).toEqual([40]);
  const cached = await post(q, { id: measure });
  expect(cached.cache).toBe('hit');
  expect(values(cached)).toEqual([40]);

  // A draft changes nothing a reader sees: the cached answer stays a hit.
  expect((await record('2030-31', 41)).body.errors).toBeUndefined();
  expect((await post(q, { id: measure })).cache).toBe('hit');

  const published = await publish();
  expect(published.body.errors).toBeUndefined();
  // Straight after the publish's answer: no wait for the announcement.
  const after = await post(q, { id: measure });
  expect(after.cache).toBe('miss');
  expect(values(after)).toEqual([41]);
  expect((await post(q, { id: measure })).cache).toBe('hit');
});

test('a housing publish leaves cached answers that read no housing figure alone (per-subgraph generations)', async () => {
  const planOnly = `{ plans { id title } }`;
  const housing = figure('2012-13');
  await post(planOnly);
  await post(housing, { id: measure });
  expect((await post(planOnly)).cache).toBe('hit');
  expect((await post(housing, { id: measure })).cache).toBe('hit');
  expect((await record('2028-29', 5)).body.errors).toBeUndefined();
  expect((await publish()).body.errors).toBeUndefined();
  expect((await post(planOnly)).cache).toBe('hit');
  expect((await post(housing, { id: measure })).cache).toBe('miss');
});

test(`a figure changed directly in the database (nobody announced it) is seen within the max-age of ${MAX_AGE_SECONDS} s`, async () => {
  const q = figure('2029-30');
  expect((await record('2029-30', 50)).body.errors).toBeUndefined();
  expect((await publish()).body.errors).toBeUndefined();
  expect(values(await post(q, { id: measure }))).toEqual([50]);
  expect((await post(q, { id: measure })).cache).toBe('hit');

  const db = new Client({ connectionString: hub.databaseUrl });
  await db.connect();
  const changedAt = Date.now();
  try {
    const r = await db.query(
      `UPDATE housing.observation SET value = 51, printed = '51' WHERE measure_id = $1 AND area_code = 'kent' AND period_code = '2029-30'`,
      [measure],
    );
    expect(r.rowCount).toBe(1);
  } finally {
    await db.end();
  }
  // The documented bound: the old figure may be served until the entry's max-age runs out, never after.
  let seen: Array<number | null> = [];
  while (Date.now() - changedAt < (MAX_AGE_SECONDS + 2) * 1000) {
    seen = values(await post(q, { id: measure }));
    if (seen[0] === 51) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(seen).toEqual([51]);
  expect(Date.now() - changedAt).toBeLessThanOrEqual((MAX_AGE_SECONDS + 1) * 1000);
}, 30_000);

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

test('two gateway replicas share one cache: a hit on B after a miss on A; a publish through A is seen on B', async () => {
  const replica = await hub.startGatewayReplica();
  try {
    const q = figure('2027-28');
    expect((await record('2027-28', 60)).body.errors).toBeUndefined();
    expect((await publish()).body.errors).toBeUndefined();
    const onA = await post(q, { id: measure });
    expect(onA.cache).toBe('miss');
    expect(values(onA)).toEqual([60]);
    const onB = await post(q, { id: measure }, board, replica.url);
    expect(onB.cache).toBe('hit');
    expect(onB.text).toBe(onA.text);

    expect((await record('2027-28', 61)).body.errors).toBeUndefined();
    const before = await metric('gateway_response_cache_invalidations_total', 'source="publish"', replica.url);
    expect((await publish(hub.gatewayUrl)).body.errors).toBeUndefined();
    // B relayed nothing: it heard housing's announcement on Redis.
    const afterB = await post(q, { id: measure }, board, replica.url);
    expect(afterB.cache).toBe('miss');
    expect(values(afterB)).toEqual([61]);
    expect(await metric('gateway_response_cache_invalidations_total', 'source="publish"', replica.url)).toBeGreaterThan(before);
    expect((await post(q, { id: measure })).cache).toBe('hit'); // A finds what B stored
  } finally {
    await replica.stop();
  }
}, 120_000);

test('with Redis unreachable the gateway still answers, uncached (bypass), and says so in its log', async () => {
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const replica = await hub.startGatewayReplica({ REDIS_URL: `redis://127.0.0.1:${port}` });
  try {
    const q = figure('2012-13');
    for (let i = 0; i < 2; i++) {
      const r = await post(q, { id: measure }, board, replica.url);
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
      expect(r.cache).toBe('bypass');
    }
    expect(await metric('gateway_response_cache_active', '', replica.url)).toBe(0);
    expect(replica.output()).toContain('response cache off until Redis is reachable again');
  } finally {
    await replica.stop();
  }
}, 120_000);
