import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, closeSync, writeSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * Secrets of one installation, made at its first start and kept in one file (`data/secrets.json`, mode 0600):
 * the development signing key, the gateway secret, the embedded PostgreSQL superuser's password and the token
 * that protects /metrics. Nothing secret is written in the source: a clone of the repository knows none of them.
 */
export interface InstallationSecrets {
  jwtDevSecret: string;
  gatewaySecret: string;
  postgresPassword: string;
  metricsToken: string;
}

const fileSchema = z.object({
  jwtDevSecret: z.string().min(32),
  gatewaySecret: z.string().min(32),
  postgresPassword: z.string().min(24),
  metricsToken: z.string().min(32),
});

const fresh = (): InstallationSecrets => ({
  jwtDevSecret: randomBytes(32).toString('base64url'),
  gatewaySecret: randomBytes(32).toString('base64url'),
  postgresPassword: randomBytes(24).toString('base64url'),
  metricsToken: randomBytes(32).toString('base64url'),
});

/**
 * Reads the installation's secrets, creating the file (0600, exclusive create, so two starts cannot race to write
 * different keys) when it does not exist. A file readable by others is made private again; a broken file stops
 * the start naming the file rather than silently making new keys (which would lock out the embedded database).
 */
export function loadInstallationSecrets(file: string): InstallationSecrets {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, `${JSON.stringify(fresh(), null, 2)}\n`);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e;
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(
      `${file} is not valid JSON: restore it from a backup, or remove it to generate new secrets (an embedded database made with the old ones will then refuse to start)`,
    );
  }
  const checked = fileSchema.safeParse(parsed);
  if (!checked.success) {
    throw new Error(
      `${file} is incomplete (${checked.error.issues.map((i) => i.path.join('.')).join(', ')}): restore it, or remove it to generate new secrets`,
    );
  }
  return checked.data;
}

/**
 * The environment with the installation's secrets filled in where the environment gives none: JWT_DEV_SECRET
 * (unless a JWKS URL is configured), GATEWAY_SECRET and METRICS_TOKEN. What the environment sets wins.
 */
export function withInstallationSecrets(env: NodeJS.ProcessEnv, secrets: InstallationSecrets): NodeJS.ProcessEnv {
  return {
    ...env,
    ...(env.JWT_JWKS_URL || env.JWT_DEV_SECRET ? {} : { JWT_DEV_SECRET: secrets.jwtDevSecret }),
    GATEWAY_SECRET: env.GATEWAY_SECRET ?? secrets.gatewaySecret,
    METRICS_TOKEN: env.METRICS_TOKEN ?? secrets.metricsToken,
  };
}

/**
 * For the command-line tools (`npm run token`, the report command): the environment, with this installation's
 * secrets (HUB_SECRETS_FILE, default data/secrets.json under `root`) where it gives none.
 */
export function installationEnvironment(root: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env.JWT_JWKS_URL || (env.JWT_DEV_SECRET && env.GATEWAY_SECRET)) return env;
  return withInstallationSecrets(env, loadInstallationSecrets(env.HUB_SECRETS_FILE ?? join(root, 'data', 'secrets.json')));
}
