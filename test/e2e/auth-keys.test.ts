/**
 * Keys from configuration: a JWKS URL (production) and the local development key used by `npm run token`.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { readAuthConfig, verifyToken } from '@hub/common/platform';

type CryptoKey = import('node:crypto').webcrypto.CryptoKey;

let server: Server;
let jwksUrl: string;
let privateKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey as CryptoKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  jwksUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const rs256 = (claims: Record<string, unknown>, key: CryptoKey) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setSubject('idp-user')
    .setIssuer('https://idp.example')
    .setAudience('partner-agency-graph')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);

test('production: tokens are verified against the JWKS URL, and the development key is refused', async () => {
  const cfg = readAuthConfig({
    NODE_ENV: 'production',
    JWT_JWKS_URL: jwksUrl,
    JWT_ISSUER: 'https://idp.example',
    GATEWAY_SECRET: 'a-long-production-secret',
  });
  expect(cfg.devSecret).toBeNull();
  const viewer = await verifyToken(`Bearer ${await rs256({ role: 'agency-editor', agency: 'health' }, privateKey)}`, cfg);
  expect(viewer).toEqual({ subject: 'idp-user', role: 'agency-editor', agency: 'health' });
  const other = (await generateKeyPair('RS256')).privateKey as CryptoKey;
  await expect(verifyToken(`Bearer ${await rs256({ role: 'admin' }, other)}`, cfg)).rejects.toThrow(
    /signature is not valid|could not be verified/,
  );
  const dev = readAuthConfig(process.env);
  const devToken = await new SignJWT({ role: 'admin' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('x')
    .setIssuer('https://idp.example')
    .setAudience('partner-agency-graph')
    .setExpirationTime('5m')
    .sign(dev.devSecret!);
  await expect(verifyToken(`Bearer ${devToken}`, cfg)).rejects.toThrow(/Not authenticated/);
});

test('production refuses to start without a JWKS URL or a gateway secret', () => {
  expect(() => readAuthConfig({ NODE_ENV: 'production', GATEWAY_SECRET: 'a-long-production-secret' })).toThrow(/JWT_JWKS_URL is required/);
  expect(() => readAuthConfig({ NODE_ENV: 'production', JWT_JWKS_URL: jwksUrl })).toThrow(/GATEWAY_SECRET is required/);
  expect(() => readAuthConfig({ JWT_DEV_SECRET: 'short' })).toThrow(/JWT_DEV_SECRET must be at least 32 characters/);
});

test('npm run token issues a development token with the role and agency asked for', async () => {
  const cli = join(__dirname, '..', '..', 'tools', 'dist', 'token-cli.js');
  // The test's secrets (test/support/secrets.js) live in jest's copy of the environment: pass it on explicitly.
  const token = execFileSync(process.execPath, [cli, '--role', 'agency-editor', '--agency', 'police', '--sub', 'jo'], {
    encoding: 'utf8',
    env: process.env,
  }).trim();
  expect(await verifyToken(`Bearer ${token}`, readAuthConfig(process.env))).toEqual({
    subject: 'jo',
    role: 'agency-editor',
    agency: 'police',
  });
  expect(() => execFileSync(process.execPath, [cli, '--role', 'agency-editor'], { stdio: 'pipe' })).toThrow(/--agency is required/);
  expect(() => execFileSync(process.execPath, [cli, '--role', 'king'], { stdio: 'pipe' })).toThrow(/--role must be one of/);
});
