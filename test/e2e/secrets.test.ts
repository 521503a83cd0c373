/**
 * Installation secrets: made once at first start in a private file, reused afterwards, and never a constant of the
 * source (the built services and tools hold no key).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInstallationSecrets, readAuthConfig, withInstallationSecrets } from '@hub/common/platform';

const dir = mkdtempSync(join(tmpdir(), 'hub-secrets-'));

test('the first start writes data/secrets.json with mode 0600; the next start reads the same secrets', () => {
  const file = join(dir, 'data', 'secrets.json');
  const first = loadInstallationSecrets(file);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(first.jwtDevSecret.length).toBeGreaterThanOrEqual(32);
  expect(new Set([first.jwtDevSecret, first.gatewaySecret, first.postgresPassword, first.metricsToken]).size).toBe(4);
  expect(loadInstallationSecrets(file)).toEqual(first);
  // Another installation gets other secrets.
  expect(loadInstallationSecrets(join(dir, 'other', 'secrets.json')).gatewaySecret).not.toBe(first.gatewaySecret);
});

test('a secrets file readable by others is made private again; a broken one stops the start, naming it', () => {
  const file = join(dir, 'loose', 'secrets.json');
  loadInstallationSecrets(file);
  chmodSync(file, 0o644);
  loadInstallationSecrets(file);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  writeFileSync(file, '{"jwtDevSecret": "short"}');
  expect(() => loadInstallationSecrets(file)).toThrow(/secrets\.json is incomplete/);
});

test('the environment wins over the file; without either, no service starts', () => {
  const secrets = loadInstallationSecrets(join(dir, 'env', 'secrets.json'));
  const env = withInstallationSecrets({ GATEWAY_SECRET: 'from-the-environment-0123456789' }, secrets);
  expect(env.GATEWAY_SECRET).toBe('from-the-environment-0123456789');
  expect(env.JWT_DEV_SECRET).toBe(secrets.jwtDevSecret);
  expect(readAuthConfig(env).gatewaySecret).toBe('from-the-environment-0123456789');
  expect(() => readAuthConfig({ JWT_DEV_SECRET: secrets.jwtDevSecret })).toThrow(/GATEWAY_SECRET is required/);
  expect(() => readAuthConfig({ GATEWAY_SECRET: secrets.gatewaySecret })).toThrow(/JWT_DEV_SECRET is required/);
});

test('no built file holds the old published development keys or database password', () => {
  const root = join(__dirname, '..', '..');
  const built = execFileSync(
    'find',
    [
      join(root, 'gateway', 'dist'),
      join(root, 'tools', 'dist'),
      join(root, 'clients', 'dist'),
      join(root, 'subgraphs'),
      '-path',
      '*/node_modules',
      '-prune',
      '-o',
      '-name',
      '*.js',
      '-print',
    ],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter((f) => f.includes('/dist/'));
  expect(built.length).toBeGreaterThan(20);
  for (const f of built) {
    const text = readFileSync(f, 'utf8');
    expect({ f, key: text.includes('development-signing-key-not-for-production') }).toEqual({ f, key: false });
    expect({ f, secret: text.includes('partner-agency-graph-development-gateway-secret') }).toEqual({ f, secret: false });
    expect({ f, pg: /postgres:hub@/.test(text) }).toEqual({ f, pg: false });
  }
  void readdirSync;
});
