/**
 * Watching it: JSON logs with a request id that travels from the gateway to the subgraphs, and Prometheus metrics
 * at /metrics on every service. Real processes; their output is captured by the test hub.
 */
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('observability');
}, 300_000);
afterAll(() => hub?.stop());

const QUERY = `query BoardDashboard { plan(id: "km-2012-2015") { title pathways(priorityOnly: true) { name headlineMeasures { name agency latest { printed } } } } }`;

const post = (headers: Record<string, string> = {}, query = QUERY) =>
  fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.boardToken}`, ...headers },
    body: JSON.stringify({ query }),
  });

/** The JSON log lines a process printed (its human "ready at" line is skipped). */
const logLines = (name: string) =>
  hub
    .output(name)
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** Waits until `pred` holds for some log line of `name` (stdout is flushed asynchronously). */
async function waitForLog(name: string, pred: (l: Record<string, unknown>) => boolean, ms = 5000) {
  const until = Date.now() + ms;
  for (;;) {
    const hit = logLines(name).find(pred);
    if (hit) return hit;
    if (Date.now() > until) throw new Error(`no matching log line from ${name} within ${ms} ms:\n${hub.output(name).slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test("the client's x-request-id is returned, logged by the gateway and by every subgraph the query reached", async () => {
  const id = `test-${Date.now()}`;
  const res = await post({ 'x-request-id': id });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-request-id')).toBe(id);
  const body = (await res.json()) as { errors?: unknown[] };
  expect(body.errors).toBeUndefined();

  const gw = await waitForLog('gateway', (l) => l.requestId === id && l.msg === 'graphql request');
  expect(gw).toMatchObject({ service: 'gateway', level: 30, operation: 'BoardDashboard', status: 200 });
  expect(typeof gw.durationMs).toBe('number');
  // The plan subgraph and an agency subgraph each logged the same id, with the planner's operation name.
  for (const name of ['plan', 'probation']) {
    const line = await waitForLog(name, (l) => l.requestId === id);
    expect(line).toMatchObject({ service: name, msg: 'graphql request', operation: expect.stringMatching(/^BoardDashboard__/) as unknown });
    expect(typeof line.durationMs).toBe('number');
  }
});

test('without x-request-id the gateway makes one (a UUID); an unsafe one is replaced; errors are logged with the id', async () => {
  const made = await post();
  expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  const unsafe = await post({ 'x-request-id': 'bad id\twith "quotes"' });
  expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

  const id = `err-${Date.now()}`;
  await (await post({ 'x-request-id': id }, `query Broken { headlineMeasure(id: "no-such-measure") { name } }`)).json();
  const line = await waitForLog('gateway', (l) => l.requestId === id);
  expect(line).toMatchObject({
    level: 40,
    msg: 'graphql request failed',
    operation: 'Broken',
    errors: [expect.objectContaining({ message: expect.stringContaining('no-such-measure') as unknown })],
  });
});

test('GET /metrics on the gateway and every subgraph: counters per operation, latency histograms, subgraph fetches, pool gauges', async () => {
  await (await post({}, `query MetricsProbe { plan(id: "km-2012-2015") { pathways { headlineMeasures { name agency } } } }`)).json();

  const gatewayMetrics = await (await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
  // The gateway labels only the trusted documents' operations by name (the pages' manifest is always there); any
  // other name, such as this probe's, is counted as "other", so /metrics stays bounded whatever clients send.
  expect(gatewayMetrics).toMatch(/^graphql_requests_total\{[^}]*operation="other"[^}]*outcome="ok"[^}]*\} [1-9]/m);
  expect(gatewayMetrics).toMatch(/^graphql_request_duration_seconds_count\{[^}]*operation="other"[^}]*\} [1-9]/m);
  expect(gatewayMetrics).not.toMatch(/operation="MetricsProbe"/);
  expect(gatewayMetrics).toMatch(/^graphql_errors_total\{[^}]*operation="other"[^}]*\} [1-9]/m);
  for (const sub of ['plan', 'probation', 'housing']) {
    expect(gatewayMetrics).toMatch(
      new RegExp(`^gateway_subgraph_fetch_duration_seconds_count\\{[^}]*subgraph="${sub}"[^}]*\\} [1-9]`, 'm'),
    );
  }
  expect(gatewayMetrics).toMatch(/^http_responses_total\{[^}]*route="\/graphql"[^}]*status="200"[^}]*\} [1-9]/m);
  expect(gatewayMetrics).toMatch(/^process_resident_memory_bytes\{service="gateway"\}/m);

  for (const [name, url] of hub.subgraphUrls) {
    const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
    // Subgraphs the query reached (police has no measure in this plan's pathways) counted the planner's operation.
    const reached = new RegExp(`^gateway_subgraph_fetch_duration_seconds_count\\{[^}]*subgraph="${name}"`, 'm').test(gatewayMetrics);
    if (reached)
      expect(text).toMatch(new RegExp(`^graphql_requests_total\\{[^}]*operation="MetricsProbe__${name}__\\d+"[^}]*\\} [1-9]`, 'm'));
    expect(text).toMatch(new RegExp(`^db_pool_connections\\{state="total",service="${name}"\\} \\d+$`, 'm')); // idle clients close after 10 s: total may be 0
    expect(text).toMatch(/^db_pool_connections\{state="idle"/m);
    expect(text).toMatch(/^db_pool_connections\{state="waiting"/m);
  }
});

test('the web process labels its own routes in http_responses_total (report, export, editor, dashboard); unknown paths are "other"', async () => {
  const gw = hub.webUrl;
  // The statuses do not matter here (no token: 401), only that each response is counted under its route.
  const hits: Array<[string, string]> = [
    ['/reports/stock-take', '/reports/stock-take'],
    ['/export/figures.csv?measure=probation.adult-proven-reoffending-proportion', '/export/figures.csv'],
    ['/graphiql', '/graphiql'],
    ['/graphiql/graphiql.js', '/graphiql'],
    ['/dashboard/', '/dashboard'],
    ['/dashboard/no-such-file.js', '/dashboard'],
    [`/no-such-route-${Date.now()}`, 'other'],
  ];
  const statuses = new Map<string, Set<string>>();
  for (const [path, route] of hits) {
    const res = await fetch(`${gw}${path}`);
    await res.arrayBuffer();
    statuses.set(route, (statuses.get(route) ?? new Set()).add(String(res.status)));
  }
  const text = await (await fetch(`${gw}/metrics`)).text();
  const counted = (route: string, status: string) => {
    const line = text
      .split('\n')
      .find((l) => l.startsWith('http_responses_total{') && l.includes(`route="${route}"`) && l.includes(`status="${status}"`));
    return line ? Number(line.split(' ').pop()) : 0;
  };
  // Each route counted at least the requests sent to it (the editor's and the dashboard's two each).
  for (const [route, set] of statuses) {
    const sent = hits.filter(([, r]) => r === route).length;
    expect({ route, n: [...set].reduce((n, s) => n + counted(route, s), 0) >= sent }).toEqual({ route, n: true });
  }
  // The label set is bounded: no response is labelled with a path the web process does not serve.
  const routes = new Set([...text.matchAll(/^http_responses_total\{[^}]*route="([^"]+)"/gm)].map((m) => m[1]));
  expect(
    [...routes].filter(
      (r) =>
        ![
          '/',
          '/graphql',
          '/health',
          '/ready',
          '/metrics',
          '/reports/stock-take',
          '/export/figures.csv',
          '/graphiql',
          '/dashboard',
          'other',
        ].includes(r),
    ),
  ).toEqual([]);
  expect([...routes]).toEqual(expect.arrayContaining(['/reports/stock-take', '/export/figures.csv', '/graphiql', '/dashboard', 'other']));
});
