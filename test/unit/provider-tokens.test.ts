/**
 * The organisation's identity provider's tokens: trusted beside the hub's own (the development HS256 key keeps
 * working for `npm run token`), verified against the provider's JWKS, and their claims mapped to the hub's role and
 * agency by configuration (OIDC_ROLE_CLAIM, OIDC_AGENCY_CLAIM, OIDC_ROLE_MAP).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { issueDevToken, mapProviderClaims, readAuthConfig, readProviderTrust, verifyToken } from '@hub/common/platform';

let server: http.Server;
let issuer: string;
let key: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  key = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') return void res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/keys` }));
    if (req.url === '/keys') return void res.end(JSON.stringify({ keys: [jwk] }));
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const ENV = () => ({
  // this run's secrets (test/support/secrets.js): the dev key must keep working beside the provider
  GATEWAY_SECRET: process.env.GATEWAY_SECRET,
  JWT_DEV_SECRET: process.env.JWT_DEV_SECRET,
  OIDC_ISSUER: issuer,
  OIDC_ROLE_CLAIM: 'realm_access.roles',
  OIDC_AGENCY_CLAIM: 'hub_agency',
  OIDC_ROLE_MAP: 'hub-board=board,hub-admin=admin,hub-editor=agency-editor,Hub.Police=agency-editor:police',
});

const providerToken = (claims: Record<string, unknown>, opts: { aud?: string; iss?: string; exp?: string } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject('jo.bloggs')
    .setIssuer(opts.iss ?? issuer)
    .setAudience(opts.aud ?? 'partner-agency-graph')
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '10m')
    .sign(key);

test('claims are mapped: nested role claim, group map, agency from a claim or from the group, the widest role wins', () => {
  const { claims } = readProviderTrust({ ...ENV(), OIDC_ISSUER: 'https://idp.example' })!;
  expect(mapProviderClaims({ sub: 'a', realm_access: { roles: ['offline_access', 'hub-board'] } }, claims)).toEqual({
    subject: 'a',
    role: 'board',
    agency: null,
  });
  expect(mapProviderClaims({ sub: 'a', realm_access: { roles: ['hub-editor'] }, hub_agency: 'housing' }, claims)).toEqual({
    subject: 'a',
    role: 'agency-editor',
    agency: 'housing',
  });
  expect(mapProviderClaims({ sub: 'a', realm_access: { roles: ['Hub.Police'] } }, claims)).toEqual({
    subject: 'a',
    role: 'agency-editor',
    agency: 'police',
  });
  expect(mapProviderClaims({ sub: 'a', realm_access: { roles: ['hub-board', 'hub-admin'] } }, claims)).toEqual({
    subject: 'a',
    role: 'admin',
    agency: null,
  });
  // A value that is already a hub role maps to itself.
  expect(mapProviderClaims({ sub: 'a', realm_access: { roles: ['analyst'] } }, claims)).toEqual({
    subject: 'a',
    role: 'analyst',
    agency: null,
  });
  expect(mapProviderClaims({ sub: 'a', realm_access: { roles: ['staff'] } }, claims)).toMatch(/names no hub role/);
  expect(mapProviderClaims({ sub: 'a', realm_access: { roles: ['hub-editor'] } }, claims)).toMatch(
    /must name one agency in its hub_agency claim/,
  );
  expect(() => readProviderTrust({ OIDC_ISSUER: 'https://idp.example', OIDC_ROLE_MAP: 'x=king' })).toThrow(/"x=king" must be name=role/);
});

test("the provider's access tokens are verified with its JWKS (discovered) and mapped; the dev key still works beside them", async () => {
  const cfg = readAuthConfig(ENV());
  expect(await verifyToken(`Bearer ${await providerToken({ realm_access: { roles: ['Hub.Police'] } })}`, cfg)).toEqual({
    subject: 'jo.bloggs',
    role: 'agency-editor',
    agency: 'police',
  });
  await expect(
    verifyToken(`Bearer ${await providerToken({ realm_access: { roles: ['hub-board'] } }, { aud: 'someone-else' })}`, cfg),
  ).rejects.toThrow(/aud claim is not accepted/);
  await expect(
    verifyToken(`Bearer ${await providerToken({ realm_access: { roles: ['hub-board'] } }, { exp: '-1m' })}`, cfg),
  ).rejects.toThrow(/expired/);
  await expect(verifyToken(`Bearer ${await providerToken({ realm_access: { roles: ['staff'] } })}`, cfg)).rejects.toThrow(
    /names no hub role/,
  );
  // Signed by someone else with the provider's issuer: refused.
  const other = (await generateKeyPair('RS256')).privateKey;
  const forged = await new SignJWT({ realm_access: { roles: ['hub-admin'] } })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject('x')
    .setIssuer(issuer)
    .setAudience('partner-agency-graph')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(other);
  await expect(verifyToken(`Bearer ${forged}`, cfg)).rejects.toThrow(/Not authenticated/);
  // The hub's own development tokens (npm run token) are still accepted.
  expect(await verifyToken(`Bearer ${await issueDevToken(cfg, { subject: 'dev', role: 'board' })}`, cfg)).toEqual({
    subject: 'dev',
    role: 'board',
    agency: null,
  });
});

test('production accepts OIDC_ISSUER in place of JWT_JWKS_URL', () => {
  expect(() => readAuthConfig({ NODE_ENV: 'production', GATEWAY_SECRET: 'a-long-production-secret' })).toThrow(/JWT_JWKS_URL is required/);
  // (A loopback address: reading the configuration starts fetching the provider's keys.)
  const cfg = readAuthConfig({ NODE_ENV: 'production', GATEWAY_SECRET: 'a-long-production-secret', OIDC_ISSUER: 'https://127.0.0.1:1' });
  expect(cfg.provider?.issuer).toBe('https://127.0.0.1:1');
});
