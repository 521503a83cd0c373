/**
 * The gateway in production mode (NODE_ENV=production), started in-process with subgraph URLs chosen here:
 * a closed port, a subgraph that leaks addresses and stack traces in its errors, one that answers 502 with an
 * HTML page, and one that never answers. Clients must see which subgraph failed, never where it lives, never a
 * stack trace and never a "Did you mean" hint; the gateway's log keeps the details. No database needed.
 */
import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { issueDevToken, subgraphUrlVariable, type AuthConfig, type Role } from '@hub/common/platform';
import { readGatewayConfig } from '../../gateway/src/config';
import { SUPERGRAPH_PATH } from '../../gateway/src/paths';
import { subgraphsOfSupergraph } from '../../gateway/src/subgraph-urls';
import pino from 'pino';
import { startGateway, type RunningGateway } from '../../gateway/src/server';
import type { GraphQLBody } from '../support/graphql';

// readAuthConfig would require JWT_JWKS_URL and GATEWAY_SECRET in production: build the object directly.
const auth: AuthConfig = {
  issuer: 'partner-agency-graph',
  audience: 'partner-agency-graph',
  jwksUrl: null,
  devSecret: new TextEncoder().encode('a-production-test-signing-key-of-enough-length'),
  gatewaySecret: 'production-test-gateway-secret',
  provider: null,
  maxTokenLifetimeSeconds: 86_400,
  cursorKey: Buffer.from('a-production-test-cursor-key-of-enough-length'),
};
const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
const subgraphs = [...subgraphsOfSupergraph(supergraph).keys()];

/** A port nothing listens on (bound, then released). */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

type Mode = 'leaky' | 'html-502' | 'hang';
let mode: Mode = 'leaky';
/** A misbehaving "plan" subgraph. */
const fake = http.createServer((req, res) => {
  req.resume();
  if (mode === 'hang') return; // never answers; the gateway's timeout must
  if (mode === 'html-502') {
    res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1><p>upstream http://10.0.0.7:4100/graphql failed</p>');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(
    JSON.stringify({
      data: null,
      errors: [
        {
          message:
            'connect ECONNREFUSED 10.0.0.7:5432 (postgres://hub:secret@db.internal:5432/hub) while http://plan.internal:4100/graphql resolved plan',
          path: ['plan'],
          extensions: {
            code: 'INTERNAL_SERVER_ERROR',
            stacktrace: [
              'Error: connect ECONNREFUSED 10.0.0.7:5432',
              '    at TCPConnectWrap.afterConnect (/srv/subgraphs/plan/dist/index.js:1:1)',
            ],
          },
        },
      ],
    }),
  );
});

let down: RunningGateway; // every subgraph on a closed port
let faulty: RunningGateway; // plan on the fake subgraph
const logged: string[] = [];
const tokens = new Map<Role, string>();

beforeAll(async () => {
  // The gateway's JSON log lines, kept for the assertions below.
  const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(line) });
  const closed = await closedPort();
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  const fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`;
  const env = (planUrl: string): NodeJS.ProcessEnv => ({
    NODE_ENV: 'production',
    PORT: '0',
    SUBGRAPH_TIMEOUT_MS: '300',
    CACHE_KEY_PREFIX: `hub-test:production:${process.pid}:`,
    ...Object.fromEntries(subgraphs.map((name) => [subgraphUrlVariable(name), `http://127.0.0.1:${closed}/graphql`])),
    SUBGRAPH_PLAN_URL: planUrl,
  });
  const downConfig = readGatewayConfig(supergraph, env(`http://127.0.0.1:${closed}/graphql`));
  expect(downConfig.production).toBe(true);
  down = await startGateway(downConfig, auth, undefined, { logger });
  faulty = await startGateway(readGatewayConfig(supergraph, env(fakeUrl)), auth, undefined, { logger });
  for (const role of ['board', 'analyst'] as Role[]) tokens.set(role, await issueDevToken(auth, { subject: `prod-${role}`, role }));
}, 60000);

afterAll(async () => {
  await down?.stop();
  await faulty?.stop();
  fake.closeAllConnections();
  await new Promise((r) => fake.close(r));
  jest.restoreAllMocks();
});

async function ask(gateway: RunningGateway, query: string, role: Role = 'board') {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(role)}` },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as GraphQLBody };
}

function expectNoLeak(text: string) {
  expect(text).not.toContain('http://');
  expect(text).not.toContain('127.0.0.1');
  expect(text).not.toMatch(/stacktrace|\bat [A-Za-z.]+ \(|\/srv\/|node_modules/);
  expect(text).not.toMatch(/10\.0\.0\.7|db\.internal|plan\.internal|postgres:\/\/|secret/);
  expect(text).not.toContain('Did you mean');
}

test('a subgraph on a closed port: "The plan subgraph is unavailable", no URL, no address, no stack trace', async () => {
  const a = await ask(down, '{ plan(id: "km-2012-2015") { title } }');
  expect(a.status).toBe(200);
  expect(a.body.errors).toEqual([
    { message: 'The plan subgraph is unavailable', path: ['plan'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'plan' } },
  ]);
  expectNoLeak(a.text);
  // The operator still learns where: the gateway's log has the URL and the cause.
  expect(logged.join('\n')).toMatch(
    /"subgraph":"plan","url":"http:\/\/127\.0\.0\.1:\d+\/graphql","cause":"ECONNREFUSED","msg":"subgraph unavailable"/,
  );
});

test('a subgraph whose error leaks addresses and a stack trace: "Internal server error", details only in the log', async () => {
  mode = 'leaky';
  const a = await ask(faulty, '{ plan(id: "km-2012-2015") { title } }');
  expect(a.body.errors).toEqual([
    { message: 'Internal server error', path: ['plan'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'plan' } },
  ]);
  expectNoLeak(a.text);
  expect(logged.join('\n')).toMatch(/unexpected error from plan: connect ECONNREFUSED 10\.0\.0\.7:5432/);
});

test('a subgraph answering 502 with an HTML page: unavailable, with the status only', async () => {
  mode = 'html-502';
  const a = await ask(faulty, '{ plan(id: "km-2012-2015") { title } }');
  expect(a.body.errors[0]).toMatchObject({
    message: 'The plan subgraph is unavailable (HTTP 502)',
    extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
  });
  expectNoLeak(a.text);
});

test('a subgraph that never answers: unavailable after the configured timeout', async () => {
  mode = 'hang';
  const started = Date.now();
  const a = await ask(faulty, '{ plan(id: "km-2012-2015") { title } }');
  expect(Date.now() - started).toBeLessThan(5000);
  expect(a.body.errors[0]).toMatchObject({
    message: 'The plan subgraph is unavailable (no answer within 300 ms)',
    extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
  });
  expectNoLeak(a.text);
});

test('validation errors in production: no "Did you mean", no stack trace', async () => {
  const a = await ask(down, '{ plan(id: "km-2012-2015") { titel } }');
  expect(a.status).toBe(400);
  expect(a.body.errors[0].message).toBe('Cannot query field "titel" on type "Plan".');
  expectNoLeak(a.text);
  const b = await ask(down, '{ plan(id: "km-2012-2015" { title } }');
  expect(b.status).toBe(400);
  expect(b.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  expectNoLeak(b.text);
});

test('introspection in production: FORBIDDEN for a board member, answered for an analyst', async () => {
  const board = await ask(down, '{ __schema { queryType { name } } }');
  expect(board.status).toBe(403);
  expect(board.body.errors[0].extensions.code).toBe('FORBIDDEN');
  expectNoLeak(board.text);
  const analyst = await ask(down, '{ __schema { queryType { name } } }', 'analyst');
  expect(analyst.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
});

test('an anonymous request in production: 401 without a stack trace', async () => {
  const res = await fetch(down.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ plans { id } }' }),
  });
  const text = await res.text();
  expect(res.status).toBe(401);
  expect((JSON.parse(text) as GraphQLBody).errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  expectNoLeak(text);
});

describe('configuration', () => {
  test('defaults, and limits read from the environment', () => {
    const d = readGatewayConfig(supergraph, {});
    expect(d.limits).toEqual({
      maxDepth: 8,
      maxAliases: 20,
      maxCost: 2000,
      maxTokens: 1000,
      maxDirectives: 10,
      maxBodyBytes: 262144,
      maxImportBodyBytes: 16 * 1024 * 1024,
      importTimeoutMs: 120_000,
    });
    expect(d).toMatchObject({ blockFieldSuggestions: true, includeStacktraces: false, introspectionRoles: ['analyst', 'admin'] });
    const c = readGatewayConfig(supergraph, {
      MAX_QUERY_DEPTH: '12',
      MAX_BODY_SIZE: '1mb',
      MAX_IMPORT_BODY_SIZE: '8mb',
      INTROSPECTION_ROLES: 'admin',
      BLOCK_FIELD_SUGGESTIONS: 'false',
      INCLUDE_STACKTRACES: 'true',
    });
    expect(c.limits).toMatchObject({ maxDepth: 12, maxBodyBytes: 1048576, maxImportBodyBytes: 8 * 1024 * 1024 });
    expect(c).toMatchObject({ introspectionRoles: ['admin'], blockFieldSuggestions: false, includeStacktraces: true });
  });

  test('production never sends suggestions or stack traces', () => {
    expect(readGatewayConfig(supergraph, { NODE_ENV: 'production', BLOCK_FIELD_SUGGESTIONS: 'false' }).blockFieldSuggestions).toBe(true);
    expect(() => readGatewayConfig(supergraph, { NODE_ENV: 'production', INCLUDE_STACKTRACES: 'true' })).toThrow(
      /INCLUDE_STACKTRACES: stack traces are never sent when NODE_ENV=production/,
    );
  });

  test.each([
    [{ MAX_QUERY_DEPTH: 'deep' }, /MAX_QUERY_DEPTH/],
    [{ MAX_QUERY_COST: '0' }, /MAX_QUERY_COST/],
    [{ MAX_BODY_SIZE: '10gb' }, /MAX_BODY_SIZE: must be a size/],
    [{ MAX_BODY_SIZE: '100' }, /MAX_BODY_SIZE: must be at least 1kb/],
    [{ INTROSPECTION_ROLES: 'analyst,root' }, /INTROSPECTION_ROLES/],
  ])('invalid %j is refused', (env, message) => {
    expect(() => readGatewayConfig(supergraph, env)).toThrow(message);
  });
});
