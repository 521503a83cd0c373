/**
 * Hardening of the gateway process itself, run alone (no database, no real subgraph): every subgraph URL points
 * at a stub on loopback that never answers, so what is tested is the gateway's own behaviour:
 *  - it refuses to start without the secrets the source no longer holds;
 *  - slow clients (headers, body) are cut by Node's server timeouts, and a request not answered in time gets a 503;
 *  - /metrics can be protected by a token, and its operation-name labels stay bounded.
 * Everything is bounded in time and stays on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { SignJWT } from 'jose';
import { discoverSubgraphs } from '@hub/common/platform';
import { GATEWAY_SCRIPT, startService, type ManagedProcess } from '../../tools/src/hub/processes';
import { SUBGRAPHS_DIR } from '../../gateway/src/paths';

let stub: Server;
let gateway: ManagedProcess;
let base: string;
const METRICS_TOKEN = 'metrics-token-for-this-test-only-0123456789';

const sign = (sub: string, role = 'analyst') =>
  new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer('partner-agency-graph')
    .setAudience('partner-agency-graph')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(process.env.JWT_DEV_SECRET!));

function subgraphEnv(url: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const s of discoverSubgraphs(SUBGRAPHS_DIR)) env[`SUBGRAPH_${s.name.toUpperCase()}_URL`] = url;
  return env;
}

beforeAll(async () => {
  // A subgraph that takes requests and never answers them.
  stub = createServer(() => {});
  await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
  const stubUrl = `http://127.0.0.1:${(stub.address() as { port: number }).port}/graphql`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: undefined,
    CACHE_ENABLED: 'false',
    SUBGRAPH_TIMEOUT_MS: '10000',
    REQUEST_TIMEOUT_MS: '1000',
    HEADERS_TIMEOUT_MS: '1000',
    BODY_TIMEOUT_MS: '2000',
    METRICS_TOKEN,
    METRICS_MAX_OPERATION_NAMES: '5',
    ...subgraphEnv(stubUrl),
  };
  gateway = await startService('gateway', GATEWAY_SCRIPT, env, { quiet: true, timeoutMs: 150_000 });
  base = gateway.url.replace(/\/graphql$/, '');
}, 180_000);
afterAll(async () => {
  await gateway?.stop();
  stub?.closeAllConnections();
  await new Promise((r) => stub?.close(r));
});

describe('no secret from the source', () => {
  test.each([
    ['GATEWAY_SECRET', /GATEWAY_SECRET is required/],
    ['JWT_DEV_SECRET', /JWT_DEV_SECRET is required when JWT_JWKS_URL is not set/],
  ])(
    'the gateway refuses to start without %s',
    async (name, message) => {
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', PORT: '0', CACHE_ENABLED: 'false', [name]: undefined };
      // Generous: on a loaded machine the gateway takes long to load its modules before it reads its configuration.
      await expect(startService('gateway', GATEWAY_SCRIPT, env, { quiet: true, timeoutMs: 150_000 })).rejects.toThrow(message);
    },
    180_000,
  );
});

describe('timeouts', () => {
  /** Opens a raw connection, writes `text`, and resolves with what the server sent and when it closed. */
  function slowClient(text: string): Promise<{ answer: string; ms: number }> {
    const { port } = new URL(base);
    return new Promise((resolve, reject) => {
      const began = Date.now();
      let answer = '';
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
      socket.on('data', (d) => (answer += d.toString()));
      socket.on('close', () => resolve({ answer, ms: Date.now() - began }));
      socket.on('error', reject);
      // Never more than 20 s, whatever the server does.
      setTimeout(() => socket.destroy(), 20_000).unref();
    });
  }

  test('headers that never end are cut after HEADERS_TIMEOUT_MS with a 408', async () => {
    const { answer, ms } = await slowClient('POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(10_000); // Node's default is 60 s for headers, 300 s for the request
  });

  test('a body that stops half-way is cut after BODY_TIMEOUT_MS with a 408', async () => {
    const { answer, ms } = await slowClient(
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(10_000);
  });

  test('an operation not answered within REQUEST_TIMEOUT_MS gets a 503 that names the limit', async () => {
    const began = Date.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await sign('timeout-test')}` },
      body: JSON.stringify({ query: '{ plans { id } }' }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(((await res.json()) as { errors: unknown[] }).errors[0]).toMatchObject({
      message: expect.stringMatching(/not answered within 1000 ms/) as unknown,
      extensions: { code: 'REQUEST_TIMEOUT' },
    });
    expect(Date.now() - began).toBeLessThan(8000);
  });
});

describe('/metrics', () => {
  test('needs the token when METRICS_TOKEN is set', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/graphql_requests_total/);
  });

  test('operation names beyond the first METRICS_MAX_OPERATION_NAMES are counted as "other"', async () => {
    const token = await sign('metrics-test');
    for (let i = 0; i < 30; i++) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `query Invented${i} { __typename }` }),
      });
      expect(res.status).toBe(200);
    }
    const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const labels = new Set([...text.matchAll(/graphql_requests_total\{[^}]*operation="([^"]+)"/g)].map((m) => m[1]));
    expect(labels.has('other')).toBe(true);
    expect([...labels].filter((l) => l.startsWith('Invented')).length).toBeLessThanOrEqual(5);
    expect(labels.size).toBeLessThanOrEqual(5 + 2); // the first five names, "other", "anonymous"
  });
});
