import { z } from 'zod';
import type { SessionStoreConfig } from './sessions';

/**
 * Sign-in for the pages (the web process as a backend-for-frontend of the organisation's OpenID Connect provider),
 * read and validated once.
 *   OIDC_ISSUER         the provider's issuer URL (npm start: the development provider, http://127.0.0.1:4010);
 *                       unset: the pages cannot sign anyone in (API clients still send bearer tokens)
 *   OIDC_CLIENT_ID      the web process's client id at the provider (default hub-web)
 *   OIDC_CLIENT_SECRET  its client secret (a confidential client: the code is exchanged here, never in the browser)
 *   OIDC_SCOPE          default "openid profile offline_access" (Entra ID: add the API's scope, api://<app>/Graph.Access)
 *   OIDC_RESOURCE       a resource indicator to ask access tokens for (RFC 8707), when the provider needs one
 *   PUBLIC_URL          the web process's address as browsers see it (https://hub.example.org): the redirect and
 *                       sign-out return addresses, and Secure cookies when https. Default: the request's own origin.
 *   SESSION_TTL         how long a session lasts without a sign-in, e.g. 8h (default); refresh tokens keep the
 *                       access token fresh within it
 *   REDIS_URL           where sessions are kept, shared by every web process (default redis://127.0.0.1:6379, the
 *                       Redis the gateway's cache and limits use); rediss:// for TLS
 *   SESSION_KEY_PREFIX  prefix of the session keys (default hub:session:)
 */
const duration = z
  .string()
  .trim()
  .regex(/^\d+\s*(s|m|h)?$/i, 'must be a duration such as 3600, 90m or 8h')
  .transform((s) => {
    const [, n, unit = 's'] = s.match(/^(\d+)\s*(s|m|h)?$/i)!;
    return Number(n) * { s: 1, m: 60, h: 3600 }[unit.toLowerCase() as 's' | 'm' | 'h'];
  })
  .pipe(
    z
      .number()
      .int()
      .min(60, 'must be at least 1 minute')
      .max(7 * 86400, 'must be at most 7 days'),
  );

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).default('hub-web'),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPE: z.string().min(1).default('openid profile offline_access'),
    OIDC_RESOURCE: z.string().url().optional(),
    PUBLIC_URL: z
      .string()
      .regex(/^https?:\/\/[^/]+$/, 'must be an origin such as https://hub.example.org (no path, no trailing slash)')
      .optional(),
    SESSION_TTL: duration.default('8h'),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
      .default('redis://127.0.0.1:6379'),
    SESSION_KEY_PREFIX: z.string().min(1).max(200).default('hub:session:'),
  })
  .superRefine((e, ctx) => {
    if (e.OIDC_ISSUER && !e.OIDC_CLIENT_SECRET)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['OIDC_CLIENT_SECRET'], message: 'is required with OIDC_ISSUER' });
    if (e.NODE_ENV === 'production' && e.OIDC_ISSUER?.startsWith('http:'))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['OIDC_ISSUER'], message: 'must be https when NODE_ENV=production' });
  });

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  resource: string | null;
  publicUrl: string | null;
  sessionTtlSeconds: number;
  /** The Redis every web process keeps sessions in. */
  sessions: SessionStoreConfig;
  /** Plain http to the provider (the development provider on loopback); never in production. */
  allowHttp: boolean;
}

/** The sign-in configuration; null when OIDC_ISSUER is not set. */
export function readOidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new Error(`Invalid sign-in configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  if (!e.OIDC_ISSUER) return null;
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET!,
    scope: e.OIDC_SCOPE,
    resource: e.OIDC_RESOURCE ?? null,
    publicUrl: e.PUBLIC_URL ?? null,
    sessionTtlSeconds: e.SESSION_TTL,
    sessions: { redisUrl: e.REDIS_URL, keyPrefix: e.SESSION_KEY_PREFIX },
    allowHttp: e.NODE_ENV !== 'production',
  };
}
