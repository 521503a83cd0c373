/**
 * Hostile and broken requests against the real topology (fresh database, six subgraph processes, the gateway):
 * operation bombs, oversized and malformed bodies, wrong content types, CSRF, bad tokens, introspection by role,
 * and injection strings in every argument of the root fields. Each gets a clear 4xx error (never a 500, never a
 * stack trace or an internal address), and afterwards the hub still answers a normal query correctly.
 * Everything is bounded (fixed sizes, no loops waiting on the server) and on loopback.
 */
import { gzipSync } from 'node:zlib';
import { SignJWT } from 'jose';
import { readAuthConfig } from '@hub/common/platform';
import { startTestHub, type TestHub } from '../support/hub';
import type { GraphQLBody } from '../support/graphql';

let hub: TestHub;
let analystToken: string;
beforeAll(async () => {
  hub = await startTestHub('hostile');
  analystToken = await hub.token('analyst');
}, 300_000);
afterAll(async () => {
  await hub?.stop();
});

type Body = GraphQLBody<Record<string, unknown> | null>;

interface Answer {
  status: number;
  text: string;
  body: Body;
}

/** One HTTP request to the gateway (default: a JSON POST as a board member). */
async function send(
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; search?: string; token?: string | null } = {},
): Promise<Answer> {
  const token = opts.token === undefined ? hub.boardToken : opts.token;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...opts.headers,
  };
  for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k];
  const res = await fetch(`${hub.gatewayUrl}${opts.search ?? ''}`, { method: opts.method ?? 'POST', headers, body: opts.body });
  const text = await res.text();
  let body: Body;
  try {
    body = JSON.parse(text) as Body;
  } catch {
    body = undefined as unknown as Body;
  }
  return { status: res.status, text, body };
}

const gql = (query: string, variables?: Record<string, unknown>, token?: string | null) =>
  send({ body: JSON.stringify({ query, variables }), token });

/** The invariants of every refusal: the status, a JSON error with a clear message, and nothing internal. */
function expectRefused(a: Answer, status: number, message: RegExp, code?: string) {
  expect(a.status).not.toBe(500);
  expect({ status: a.status, message: a.body?.errors?.[0]?.message }).toEqual({
    status,
    message: expect.stringMatching(message) as unknown,
  });
  if (code) expect(a.body.errors[0].extensions.code).toBe(code);
  expectNothingInternal(a);
}

function expectNothingInternal(a: Answer) {
  expect(a.text).not.toMatch(/stacktrace|\n\s+at |\bat [^\s]+ \(\/|node_modules/);
  expect(a.text).not.toMatch(/https?:\/\//);
  expect(a.text).not.toContain('127.0.0.1');
  expect(a.text).not.toMatch(/Did you mean/);
}

const KB = 1024;

describe('operation limits (GraphQL Armor)', () => {
  test('deep query: area -> parent x 11', async () => {
    const q = `{ area(code: "kent") { ${'parent { '.repeat(11)}code${' }'.repeat(11)} } }`;
    expectRefused(await gql(q), 400, /^Query depth limit of 8 exceeded, found 13\.$/, 'GRAPHQL_VALIDATION_FAILED');
  });

  test('deep query through the type cycle measure -> usedIn -> plan -> pathways -> measures -> ...', async () => {
    const q = `{ headlineMeasure(id: "probation.crc-caseload") { usedIn { plan { pathways { headlineMeasures { usedIn { plan { pathways { headlineMeasures { usedIn { plan { id } } } } } } } } } } } }`;
    expectRefused(await gql(q), 400, /^Query depth limit of 8 exceeded/);
  });

  test('wide query: 480 figures per observation', async () => {
    const fields = 'printed value numerator denominator approximate notAvailable '.repeat(80);
    const q = `{ plan(id: "km-2012-2015") { pathways { headlineMeasures { observations { ${fields} } } } } }`;
    expectRefused(await gql(q), 400, /^Query Cost limit of 2000 exceeded, found \d+/);
  });

  test('alias bomb: 50 aliases of plan', async () => {
    const q = `{ ${Array.from({ length: 50 }, (_, i) => `p${i}: plan(id: "km-2012-2015") { title }`).join(' ')} }`;
    expectRefused(await gql(q), 400, /^Aliases limit of 20 exceeded, found 50\.$/);
  });

  test('alias bomb through a fragment spread three times', async () => {
    const q = `{ ...F ...F ...F } fragment F on Query { ${Array.from({ length: 8 }, (_, i) => `a${i}: plans { id }`).join(' ')} }`;
    expectRefused(await gql(q), 400, /^Aliases limit of 20 exceeded, found 24\.$/);
  });

  test('fragment bomb: each fragment spreads the previous one twice (exponential), refused quickly', async () => {
    let fragments = 'fragment F0 on Area { code name }';
    for (let i = 1; i <= 7; i++) fragments += ` fragment F${i} on Area { parent { ...F${i - 1} } children { ...F${i - 1} } }`;
    const started = Date.now();
    const a = await gql(`{ area(code: "kent") { ...F7 } } ${fragments}`);
    expect(Date.now() - started).toBeLessThan(5000);
    expectRefused(a, 400, /(depth|Cost) limit/);
  });

  test('cyclic fragments A -> B -> A', async () => {
    const a = await gql(`{ ...A } fragment A on Query { plans { id } ...B } fragment B on Query { ...A }`);
    expectRefused(a, 400, /Cannot spread fragment "A" within itself via "B"/, 'GRAPHQL_VALIDATION_FAILED');
  });

  test('self-referencing fragment on Area.parent', async () => {
    const a = await gql(`{ area(code: "kent") { ...Up } } fragment Up on Area { code parent { ...Up } }`);
    expectRefused(a, 400, /Cannot spread fragment "Up" within itself/);
  });

  test('directive bomb: 20 @skip directives', async () => {
    const q = `{ plans { ${'id @skip(if: false) '.repeat(20)} } }`;
    expectRefused(await gql(q), 400, /^Directives limit of 10 exceeded, found 20\.$/);
  });

  test('directive flood: 300 unknown directives on one field', async () => {
    const a = await gql(`{ plans { id ${'@x '.repeat(300)} } }`);
    expect(a.status).toBe(400);
    expect(a.body.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['Directives limit of 10 exceeded, found 300.', 'Unknown directive "@x".']),
    );
    expectNothingInternal(a);
  });

  test('token bomb: 2,000 fields', async () => {
    expectRefused(await gql(`{ ${'__typename '.repeat(2000)} }`), 400, /^Token limit of 1000 exceeded\.$/, 'GRAPHQL_PARSE_FAILED');
  });

  test('plain syntax error is a 400 parse error (not a 500)', async () => {
    expectRefused(await gql('{ plan(id: "km-2012-2015" { title }'), 400, /^Syntax Error: /, 'GRAPHQL_PARSE_FAILED');
  });

  test('field suggestions are hidden', async () => {
    expectRefused(await gql('{ plan(id: "km-2012-2015") { titel } }'), 400, /^Cannot query field "titel" on type "Plan"\.$/);
  });
});

describe('sizes', () => {
  test('oversized body: a 300 kB query is a 413 with a JSON error', async () => {
    const a = await send({ body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(300 * KB)}` }) });
    expectRefused(a, 413, /^The request body is larger than the limit of 262144 bytes/, 'PAYLOAD_TOO_LARGE');
  });

  test('huge variables over the limit: 413', async () => {
    const variables = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`v${i}`, 'y'.repeat(100)]));
    expectRefused(await send({ body: JSON.stringify({ query: '{ __typename }', variables }) }), 413, /larger than the limit/);
  });

  test('gzip bomb: 20 MB of spaces in a small gzip body stops at the limit', async () => {
    const body = gzipSync(Buffer.alloc(20 * 1024 * KB, ' '));
    expect(body.length).toBeLessThan(100 * KB);
    expectRefused(await send({ body, headers: { 'content-encoding': 'gzip' } }), 413, /larger than the limit/);
  });

  test('huge string argument (200 kB literal id): named error, echo cut short', async () => {
    const a = await gql(`{ plan(id: "${'k'.repeat(200 * KB)}") { id } }`);
    expect(a.status).toBe(200);
    expect(a.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(a.body.errors[0].message).toMatch(/^Unknown plan "k+/);
    expect(a.text.length).toBeLessThan(3000);
    expectNothingInternal(a);
  });

  test('huge variable value (200 kB id): named error, echo cut short', async () => {
    const a = await gql('query ($id: ID!) { headlineMeasure(id: $id) { id } }', { id: 'z'.repeat(200 * KB) });
    expect(a.status).toBe(200);
    expect(a.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(a.text.length).toBeLessThan(3000);
    expectNothingInternal(a);
  });

  test('a 200 kB id of dot-separated words (a regular-expression trap for error scrubbing) answers quickly', async () => {
    const started = Date.now();
    const a = await gql('query ($id: ID!) { plan(id: $id) { id } }', { id: 'a.'.repeat(100 * KB) });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(a.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expectNothingInternal(a);
  });

  test('deeply nested JSON variable (50,000 levels) for an ID', async () => {
    const body = `{"query":"query ($id: ID!) { plan(id: $id) { id } }","variables":{"id":${'['.repeat(50000)}${']'.repeat(50000)}}}`;
    expectRefused(await send({ body }), 400, /^Variable "\$id" got invalid value/, 'BAD_USER_INPUT');
  });
});

describe('malformed requests', () => {
  test('malformed JSON: 400', async () => {
    expectRefused(await send({ body: '{"query": "{ __typename }"' }), 400, /^The request body is not valid JSON/, 'BAD_REQUEST');
  });

  test('JSON that is not an object (a bare string): 400', async () => {
    expectRefused(await send({ body: '"{ __typename }"' }), 400, /not valid JSON/);
  });

  test('batched array of operations: 400', async () => {
    const body = JSON.stringify([{ query: '{ __typename }' }, { query: '{ plans { id } }' }]);
    expectRefused(await send({ body }), 400, /^Operation batching disabled\.$/, 'BAD_REQUEST');
  });

  test('empty JSON object: 400', async () => {
    expectRefused(await send({ body: '{}' }), 400, /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/);
  });

  test('missing query: 400', async () => {
    expectRefused(await send({ body: JSON.stringify({ variables: { id: 'x' } }) }), 400, /must contain a non-empty `query`/);
  });

  test('query that is not a string: 400', async () => {
    expectRefused(await send({ body: JSON.stringify({ query: 42 }) }), 400, /^GraphQL queries must be strings\.$/);
  });

  test('variables as a JSON-encoded string: 400', async () => {
    expectRefused(
      await send({ body: JSON.stringify({ query: '{ __typename }', variables: '{"a":1}' }) }),
      400,
      /`variables` in a POST body should be provided as an object/,
    );
  });

  test('unknown operationName: 400', async () => {
    const body = JSON.stringify({ query: 'query A { plans { id } } query B { areas { code } }', operationName: 'DropEverything' });
    expectRefused(
      await send({ body }),
      400,
      /^Unknown operation named "DropEverything"\. The document defines: A, B\.$/,
      'OPERATION_RESOLUTION_FAILURE',
    );
  });

  test('several operations and no operationName: 400', async () => {
    const body = JSON.stringify({ query: 'query A { plans { id } } query B { areas { code } }' });
    expectRefused(await send({ body }), 400, /several operations: send "operationName"/);
  });

  test('a subscription: 400', async () => {
    expectRefused(await gql('subscription { plans { id } }'), 400, /no subscription operations/);
  });

  test('PUT: 405', async () => {
    expectRefused(await send({ method: 'PUT', body: JSON.stringify({ query: '{ __typename }' }) }), 405, /supports only GET\/POST/);
  });
});

describe('content types and CSRF prevention', () => {
  test('application/xml: 415', async () => {
    const a = await send({ body: '<query>{ __typename }</query>', headers: { 'content-type': 'application/xml' } });
    expectRefused(a, 415, /^Unsupported Content-Type "application\/xml": POST a JSON body/, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('application/graphql: 415', async () => {
    expectRefused(
      await send({ body: '{ __typename }', headers: { 'content-type': 'application/graphql' } }),
      415,
      /Unsupported Content-Type "application\/graphql"/,
    );
  });

  test('unsupported charset: 415', async () => {
    const a = await send({
      body: JSON.stringify({ query: '{ __typename }' }),
      headers: { 'content-type': 'application/json; charset=latin1' },
    });
    expectRefused(a, 415, /^Unsupported charset/);
  });

  test('text/plain POST (a cross-site form could send it): refused by CSRF prevention', async () => {
    const a = await send({ body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'text/plain' } });
    expectRefused(a, 400, /blocked as a potential Cross-Site Request Forgery/, 'BAD_REQUEST');
  });

  test('form-urlencoded POST: refused by CSRF prevention', async () => {
    const a = await send({ body: 'query=%7B__typename%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expectRefused(a, 400, /Cross-Site Request Forgery/);
  });

  test('GET without a preflight header: refused by CSRF prevention', async () => {
    const a = await send({ method: 'GET', search: `?query=${encodeURIComponent('{ plans { id } }')}`, headers: { 'content-type': '' } });
    expectRefused(a, 400, /Cross-Site Request Forgery/);
  });

  test('GET with the preflight header answers a query', async () => {
    const a = await send({
      method: 'GET',
      search: `?query=${encodeURIComponent('{ plans { id } }')}`,
      headers: { 'content-type': '', 'apollo-require-preflight': '1' },
    });
    expect(a.status).toBe(200);
    expect((a.body.data as { plans: unknown[] }).plans.length).toBeGreaterThan(0);
  });

  test('GET mutation attempt: refused', async () => {
    const a = await send({
      method: 'GET',
      search: `?query=${encodeURIComponent('mutation { __typename }')}`,
      headers: { 'content-type': '', 'apollo-require-preflight': '1' },
    });
    expect([400, 405]).toContain(a.status); // 400 while the graph has no mutations, 405 once it has
    expect(a.body.errors[0].message).toMatch(/mutation/);
    expectNothingInternal(a);
  });
});

describe('tokens', () => {
  const auth = () => readAuthConfig({ ...process.env, NODE_ENV: 'test' });
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = () => Math.floor(Date.now() / 1000);

  test('no token: 401', async () => {
    expectRefused(await gql('{ plans { id } }', undefined, null), 401, /^Not authenticated: no token/, 'UNAUTHENTICATED');
  });

  test('not a Bearer header: 401', async () => {
    const a = await send({
      body: JSON.stringify({ query: '{ plans { id } }' }),
      token: null,
      headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
    });
    expectRefused(a, 401, /must be "Bearer <token>"/, 'UNAUTHENTICATED');
  });

  test('garbage token: 401', async () => {
    expectRefused(await gql('{ plans { id } }', undefined, 'abc.def.ghi'), 401, /^Not authenticated: the token could not be verified/);
  });

  test('token signed with another key: 401', async () => {
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer(auth().issuer)
      .setAudience(auth().audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-different-key-of-at-least-thirty-two-chars'));
    expectRefused(await gql('{ plans { id } }', undefined, forged), 401, /signature is not valid/);
  });

  test('alg "none" token: 401', async () => {
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'mallory', role: 'admin', iss: auth().issuer, aud: auth().audience, exp: now() + 3600 })}.`;
    expectRefused(await gql('{ plans { id } }', undefined, none), 401, /^Not authenticated/);
  });

  test('expired token: 401', async () => {
    const expired = await new SignJWT({ role: 'board' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('old')
      .setIssuer(auth().issuer)
      .setAudience(auth().audience)
      .setIssuedAt(now() - 7200)
      .setExpirationTime(now() - 3600)
      .sign(auth().devSecret!);
    expectRefused(await gql('{ plans { id } }', undefined, expired), 401, /has expired/);
  });

  test('unknown role claim: 401', async () => {
    const odd = await new SignJWT({ role: 'superuser' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(auth().issuer)
      .setAudience(auth().audience)
      .setExpirationTime('1h')
      .sign(auth().devSecret!);
    expectRefused(await gql('{ plans { id } }', undefined, odd), 401, /claims are not valid \(role\)/);
  });

  test('a 10 kB token: 401', async () => {
    expectRefused(await gql('{ plans { id } }', undefined, 'x'.repeat(10 * KB)), 401, /^Not authenticated/);
  });
});

describe('introspection by role', () => {
  test('a board member: 403 FORBIDDEN for __schema', async () => {
    expectRefused(
      await gql('{ __schema { queryType { name } } }'),
      403,
      /^Forbidden: introspection \(__schema\) is only for analyst and admin tokens; this token's role is board$/,
      'FORBIDDEN',
    );
  });

  test('an agency editor: 403 for __type hidden in a fragment', async () => {
    const editor = await hub.token('agency-editor', 'police');
    expectRefused(
      await gql('{ ...T } fragment T on Query { __type(name: "Plan") { name } }', undefined, editor),
      403,
      /introspection \(__type\)/,
      'FORBIDDEN',
    );
  });

  test('__typename stays available to everyone', async () => {
    const a = await gql('{ __typename }');
    expect(a.body).toEqual({ data: { __typename: 'Query' } });
  });

  test('an analyst and an admin may introspect', async () => {
    for (const token of [analystToken, await hub.token('admin')]) {
      const a = await gql('{ __schema { queryType { name } } __type(name: "Plan") { name } }', undefined, token);
      expect(a.status).toBe(200);
      expect(a.body.data).toEqual({ __schema: { queryType: { name: 'Query' } }, __type: { name: 'Plan' } });
    }
  });
});

describe('injection strings in every argument of the root fields', () => {
  const ARGUMENTS: Array<[string, string, string]> = [
    // [root field (argument), argument, query with $v]
    ['plan(id)', 'id', 'query ($v: ID!) { plan(id: $v) { id } }'],
    ['pathway(id)', 'id', 'query ($v: ID!) { pathway(id: $v) { id } }'],
    ['priorityGroup(id)', 'id', 'query ($v: ID!) { priorityGroup(id: $v) { id } }'],
    ['area(code)', 'code', 'query ($v: ID!) { area(code: $v) { code } }'],
    ['headlineMeasure(id)', 'id', 'query ($v: ID!) { headlineMeasure(id: $v) { id } }'],
    ['headlineMeasures(agency)', 'agency', 'query ($v: ID) { headlineMeasures(agency: $v) { id } }'],
    ['headlineMeasures(plan)', 'plan', 'query ($v: ID) { headlineMeasures(plan: $v) { id } }'],
    ['headlineMeasures(pathway)', 'pathway', 'query ($v: ID) { headlineMeasures(pathway: $v) { id } }'],
    ['headlineMeasures(priorityGroup)', 'priorityGroup', 'query ($v: ID) { headlineMeasures(priorityGroup: $v) { id } }'],
    ['observations(area)', 'area', 'query ($v: ID) { headlineMeasures(agency: "probation") { observations(area: $v) { value } } }'],
    ['observations(from)', 'from', 'query ($v: String) { headlineMeasures(agency: "probation") { observations(from: $v) { value } } }'],
    ['observations(to)', 'to', 'query ($v: String) { headlineMeasures(agency: "probation") { observations(to: $v) { value } } }'],
    ['latest(area)', 'area', 'query ($v: ID) { headlineMeasures(agency: "police") { latest(area: $v) { value } } }'],
  ];
  const STRINGS: Array<[string, string]> = [
    ['SQL tautology', "' OR 1=1 --"],
    ['SQL drop', "x'; DROP TABLE probation.observation; DROP SCHEMA plan CASCADE; --"],
    ['GraphQL breakout', '") { id } } { __schema { types { name } } } #'],
    ['unicode (RTL override, combining, emoji, lone surrogate)', 'k\u202Ee\u0301nt 🙂 \uD800 ｋｅｎｔ'],
    ['very long id (10,000 chars)', 'probation.'.repeat(1000)],
  ];
  const cases = ARGUMENTS.flatMap(([label, argument, query]) =>
    STRINGS.map(([kind, value]) => [label, kind, argument, query, value] as const),
  );

  test.each(cases)('%s: %s is a named BAD_USER_INPUT', async (_label, _kind, argument, query, value) => {
    const a = await gql(query, { v: value });
    expect(a.status).toBe(200);
    expect(a.body.errors.length).toBeGreaterThan(0);
    for (const e of a.body.errors) expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(a.body.errors[0].message.length).toBeLessThanOrEqual(1100);
    expectNothingInternal(a);
  });

  test.each(ARGUMENTS)('%s: a NUL byte is refused at the gateway, naming the argument "%s"', async (_label, argument, query) => {
    const a = await gql(query, { v: 'kent\u0000' });
    expectRefused(
      a,
      400,
      new RegExp(`^Invalid value for argument "${argument}" \\(variable "\\$v"\\): text must not contain NUL characters`),
      'BAD_USER_INPUT',
    );
  });

  test('a NUL byte in a literal argument', async () => {
    expectRefused(
      await gql('{ plan(id: "km-2012-2015\\u0000") { id } }'),
      400,
      /^Invalid value for argument "id": text must not contain NUL/,
    );
  });
});

describe('afterwards', () => {
  test('the hub still answers: Kent adult proven re-offending Jan-Dec 2008 is 22.41%, and every service is ready', async () => {
    const res = await hub.query<{ headlineMeasures: Array<{ observations: Array<{ printed: string }> }> }>(
      `{ headlineMeasures(agency: "probation") { observations(area: "kent", from: "2008", to: "2008") { printed numerator denominator } } }`,
    );
    expect(res.errors).toBeUndefined();
    const o = res.data!.headlineMeasures.flatMap((m) => m.observations).find((x) => x.printed === '22.41%');
    expect(o).toEqual({ printed: '22.41%', numerator: 3118, denominator: 13912 });
    for (const url of [hub.gatewayUrl, ...hub.subgraphUrls.values()])
      expect((await fetch(url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
  });
});
