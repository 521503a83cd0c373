/**
 * Identity through the real topology: who gets in, with which token, and that subgraphs refuse calls that
 * bypass the gateway.
 */
import { GATEWAY_SECRET_HEADER, readAuthConfig, ROLES } from '@hub/common/platform';
import { SignJWT } from 'jose';
import { startTestHub, type TestHub } from '../support/hub';
import type { GraphQLBody } from '../support/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('auth');
}, 300_000);
afterAll(async () => {
  await hub?.stop();
});

const auth = readAuthConfig(process.env);
const QUERY = '{ plan(id: "km-2012-2015") { title } }';

function sign(claims: Record<string, unknown>, opts: { exp?: string | number; aud?: string; iss?: string; key?: Uint8Array } = {}) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer(opts.iss ?? auth.issuer)
    .setAudience(opts.aud ?? auth.audience);
  if (claims.sub === undefined) jwt.setSubject('someone');
  jwt.setExpirationTime(opts.exp ?? '1h');
  return jwt.sign(opts.key ?? auth.devSecret!);
}

async function post(url: string, headers: Record<string, string>, query = QUERY) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLBody<{ plan: { title: string } }> };
}

test.each(ROLES.map((r) => [r]))('a %s token reads the published plan through the gateway', async (role) => {
  const token = await hub.token(role, role === 'agency-editor' ? 'police' : undefined);
  const { status, body } = await post(hub.gatewayUrl, { authorization: `Bearer ${token}` });
  expect(status).toBe(200);
  expect(body.data.plan.title).toMatch(/Kent and Medway/);
});

test.each([
  ['no token', async () => ({}), /no token/],
  ['a malformed header', async () => ({ authorization: 'Token abc' }), /must be "Bearer <token>"/],
  [
    'an expired token',
    async () => ({ authorization: `Bearer ${await sign({ role: 'board' }, { exp: Math.floor(Date.now() / 1000) - 60 })}` }),
    /expired/,
  ],
  [
    'a wrongly signed token',
    async () => ({ authorization: `Bearer ${await sign({ role: 'board' }, { key: new TextEncoder().encode('x'.repeat(64)) })}` }),
    /signature/,
  ],
  ['a wrong-audience token', async () => ({ authorization: `Bearer ${await sign({ role: 'board' }, { aud: 'another-app' })}` }), /aud/],
  ['a wrong-issuer token', async () => ({ authorization: `Bearer ${await sign({ role: 'board' }, { iss: 'someone-else' })}` }), /iss/],
  ['an unknown role', async () => ({ authorization: `Bearer ${await sign({ role: 'superuser' })}` }), /claims are not valid \(role\)/],
  [
    'an agency editor without an agency',
    async () => ({ authorization: `Bearer ${await sign({ role: 'agency-editor' })}` }),
    /must name its agency/,
  ],
  ['garbage', async () => ({ authorization: 'Bearer not.a.jwt' }), /could not be verified/],
])('%s is refused with a 401 UNAUTHENTICATED error saying why', async (_label, headers, message) => {
  const { status, body } = await post(hub.gatewayUrl, await headers());
  expect(status).toBe(401);
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(body.errors[0].message).toMatch(message);
  expect(body.data).toBeUndefined();
});

test('a direct call to a subgraph is refused, even with a valid token', async () => {
  for (const url of hub.subgraphUrls.values()) {
    const { status, body } = await post(url, { authorization: `Bearer ${hub.boardToken}` }, '{ __typename }');
    expect(status).toBe(403);
    expect(body.errors[0].message).toMatch(/only through the gateway/);
    const wrongSecret = await post(
      url,
      { authorization: `Bearer ${hub.boardToken}`, [GATEWAY_SECRET_HEADER]: 'guess-guess-guess-guess' },
      '{ __typename }',
    );
    expect(wrongSecret.status).toBe(403);
  }
});

test('a subgraph verifies the token again: the gateway secret alone is not enough', async () => {
  const url = hub.subgraphUrls.get('probation')!;
  const { status, body } = await post(url, { [GATEWAY_SECRET_HEADER]: auth.gatewaySecret }, '{ __typename }');
  expect(status).toBe(401);
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
});

test('health endpoints stay open to anonymous callers', async () => {
  for (const url of [hub.gatewayUrl, ...hub.subgraphUrls.values()]) {
    expect((await fetch(url.replace(/\/graphql$/, '/health'))).status).toBe(200);
  }
});
