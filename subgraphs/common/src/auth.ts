import { createHmac, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, decodeJwt, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { z } from 'zod';
import { readProviderTrust, tokenIssuer, verifyProviderToken, warmProviderKeys, type ProviderTrust } from './provider-tokens';
import { ROLES, unauthenticated, type Role, type Viewer } from './viewer';

/**
 * Who may do what. Tokens are signed JWTs (issuer, audience and expiry checked): a JWKS URL in production,
 * a local HS256 key in development. The gateway verifies the token and forwards it with the gateway secret;
 * each subgraph verifies both again and enforces its own rules.
 */
export { ROLES, unauthenticated, type Role, type Viewer } from './viewer';

export interface AuthConfig {
  issuer: string;
  audience: string;
  jwksUrl: string | null;
  devSecret: Uint8Array | null;
  gatewaySecret: string;
  /** The organisation's identity provider, whose access tokens are trusted too (provider-tokens.ts); null: none. */
  provider: ProviderTrust | null;
  /** The longest a token may live (exp minus iat, and exp minus now), in seconds. */
  maxTokenLifetimeSeconds: number;
  /** The key of the figure cursors' HMAC (CURSOR_SECRET, or derived from the gateway secret). */
  cursorKey: Buffer;
}

export const GATEWAY_SECRET_HEADER = 'x-hub-gateway-secret';

/** `3600`, `90m`, `8h`, `2d` -> seconds. */
const duration = z
  .string()
  .trim()
  .regex(/^\d+\s*(s|m|h|d)?$/i, 'must be a duration such as 3600, 90m, 8h or 1d')
  .transform((s) => {
    const [, n, unit = 's'] = s.match(/^(\d+)\s*(s|m|h|d)?$/i)!;
    return Number(n) * { s: 1, m: 60, h: 3600, d: 86400 }[unit.toLowerCase() as 's' | 'm' | 'h' | 'd'];
  })
  .pipe(
    z
      .number()
      .int()
      .min(60, 'must be at least 1 minute')
      .max(30 * 86400, 'must be at most 30 days'),
  );

const env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  JWT_ISSUER: z.string().min(1).default('partner-agency-graph'),
  JWT_AUDIENCE: z.string().min(1).default('partner-agency-graph'),
  JWT_JWKS_URL: z.string().url().optional(),
  JWT_DEV_SECRET: z.string().min(32, 'JWT_DEV_SECRET must be at least 32 characters').optional(),
  GATEWAY_SECRET: z.string().min(16, 'GATEWAY_SECRET must be at least 16 characters').optional(),
  JWT_MAX_LIFETIME: duration.default('24h'),
  CURSOR_SECRET: z.string().min(32, 'CURSOR_SECRET must be at least 32 characters').optional(),
});

const WHERE_SECRETS_COME_FROM =
  'npm start generates one per installation in data/secrets.json; a service started alone needs it in its environment';

export function readAuthConfig(source: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = env.safeParse(source);
  if (!parsed.success)
    throw new Error(`Invalid auth configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  const provider = readProviderTrust(source);
  // Read at start-up: the provider's keys are fetched meanwhile (once per process: they are cached by issuer).
  if (provider) warmProviderKeys(provider);
  if (e.NODE_ENV === 'production' && !e.JWT_JWKS_URL && !provider) {
    throw new Error(
      "Invalid auth configuration: JWT_JWKS_URL is required when NODE_ENV=production (or OIDC_ISSUER, the organisation's identity provider)",
    );
  }
  // No fallback key: a key written in the source would let anyone who read it sign tokens or call subgraphs.
  if (!e.GATEWAY_SECRET) throw new Error(`Invalid auth configuration: GATEWAY_SECRET is required (${WHERE_SECRETS_COME_FROM})`);
  if (!e.JWT_JWKS_URL && !provider && !e.JWT_DEV_SECRET)
    throw new Error(`Invalid auth configuration: JWT_DEV_SECRET is required when JWT_JWKS_URL is not set (${WHERE_SECRETS_COME_FROM})`);
  return {
    issuer: e.JWT_ISSUER,
    audience: e.JWT_AUDIENCE,
    jwksUrl: e.JWT_JWKS_URL ?? null,
    devSecret: e.JWT_JWKS_URL || !e.JWT_DEV_SECRET || e.NODE_ENV === 'production' ? null : new TextEncoder().encode(e.JWT_DEV_SECRET),
    gatewaySecret: e.GATEWAY_SECRET,
    provider,
    maxTokenLifetimeSeconds: e.JWT_MAX_LIFETIME,
    cursorKey: e.CURSOR_SECRET
      ? Buffer.from(e.CURSOR_SECRET)
      : createHmac('sha256', e.GATEWAY_SECRET).update('hub-figure-cursor-key').digest(),
  };
}

export const forbidden = (reason: string) =>
  new GraphQLError(`Forbidden: ${reason}`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });

const claims = z.object({
  sub: z.string().min(1),
  role: z.enum(ROLES),
  agency: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
});

let jwks: { url: string; set: ReturnType<typeof createRemoteJWKSet> } | undefined;

/**
 * Tokens already verified, by their exact text, for each configuration. The gateway and every subgraph verify the
 * viewer's token on each request, and a dashboard sends the same token many times a minute: a signature check and
 * claim parsing were a few per cent of the gateway's time per request. A token is remembered until it expires,
 * and at most REMEMBER_SECONDS, so a key withdrawn from the identity provider's key set stops working within that.
 */
type Remembered = Map<string, { viewer: Viewer; until: number }>;
const verified = new WeakMap<AuthConfig, Remembered>();
const REMEMBER_SECONDS = 60;
const REMEMBER_TOKENS = 10_000;

/** Verifies a bearer token; throws UNAUTHENTICATED naming what is wrong (expired, bad signature, audience...). */
export async function verifyToken(authorization: string | undefined, cfg: AuthConfig): Promise<Viewer> {
  if (!authorization) throw unauthenticated('no token');
  const m = authorization.match(/^Bearer\s+(\S+)$/i);
  if (!m) throw unauthenticated('the Authorization header must be "Bearer <token>"');
  const token = m[1];
  let known = verified.get(cfg);
  if (!known) verified.set(cfg, (known = new Map() as Remembered));
  const now = Date.now() / 1000;
  const remembered = known.get(token);
  if (remembered && remembered.until > now) return remembered.viewer;
  const viewer = Object.freeze(await verifyTokenText(token, cfg));
  const exp = decodeJwt(token).exp;
  if (typeof exp === 'number') {
    // Bounded: past the limit the table starts again (every token is then verified once more).
    if (known.size >= REMEMBER_TOKENS) known.clear();
    known.set(token, { viewer, until: Math.min(exp, now + REMEMBER_SECONDS) });
  }
  return viewer;
}

async function verifyTokenText(token: string, cfg: AuthConfig): Promise<Viewer> {
  if (cfg.provider && tokenIssuer(token) === cfg.provider.issuer) return verifyProviderToken(token, cfg.provider);
  let payload: JWTPayload;
  try {
    const options = {
      issuer: cfg.issuer,
      audience: cfg.audience,
      algorithms: cfg.jwksUrl ? undefined : ['HS256'],
      requiredClaims: ['exp'],
    };
    if (cfg.jwksUrl) {
      if (jwks?.url !== cfg.jwksUrl) jwks = { url: cfg.jwksUrl, set: createRemoteJWKSet(new URL(cfg.jwksUrl)) };
      ({ payload } = await jwtVerify(token, jwks.set, options));
    } else {
      ({ payload } = await jwtVerify(token, cfg.devSecret!, options));
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    const reason =
      code === 'ERR_JWT_EXPIRED'
        ? 'the token has expired'
        : code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'
          ? 'the token signature is not valid'
          : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && (e as { reason?: string }).reason === 'missing'
            ? `the token has no ${(e as { claim?: string }).claim ?? ''} claim: tokens must expire`
            : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
              ? `the token's ${(e as { claim?: string }).claim ?? 'claims'} claim is not accepted`
              : 'the token could not be verified';
    throw unauthenticated(reason);
  }
  // A token that lives for years is as good as one that never expires: cap its lifetime.
  const now = Math.floor(Date.now() / 1000);
  const lifetime = payload.exp! - (typeof payload.iat === 'number' ? Math.min(payload.iat, now) : now);
  if (lifetime > cfg.maxTokenLifetimeSeconds) {
    throw unauthenticated(`the token lives ${lifetime} s, longer than the ${cfg.maxTokenLifetimeSeconds} s allowed (JWT_MAX_LIFETIME)`);
  }
  const c = claims.safeParse(payload);
  if (!c.success) throw unauthenticated(`the token's claims are not valid (${c.error.issues.map((i) => i.path.join('.')).join(', ')})`);
  if (c.data.role === 'agency-editor' && !c.data.agency) throw unauthenticated('an agency-editor token must name its agency');
  return { subject: c.data.sub, role: c.data.role, agency: c.data.role === 'agency-editor' ? c.data.agency! : null };
}

/** The claims of a hub token for a viewer (role, agency, subject, issuer, audience, expiry); the caller signs it. */
export function viewerClaims(cfg: AuthConfig, viewer: { subject: string; role: Role; agency?: string | null }, ttl = '8h'): SignJWT {
  return new SignJWT({ role: viewer.role, ...(viewer.agency ? { agency: viewer.agency } : {}) })
    .setSubject(viewer.subject)
    .setIssuer(cfg.issuer)
    .setAudience(cfg.audience)
    .setIssuedAt()
    .setExpirationTime(ttl);
}

/** Issues a development token signed with the local key (npm run token). */
export async function issueDevToken(
  cfg: AuthConfig,
  viewer: { subject: string; role: Role; agency?: string | null },
  ttl = '8h',
): Promise<string> {
  if (!cfg.devSecret) throw new Error('Development tokens need the local key: unset JWT_JWKS_URL');
  return viewerClaims(cfg, viewer, ttl).setProtectedHeader({ alg: 'HS256' }).sign(cfg.devSecret);
}

/** A subgraph serves only requests the gateway forwarded: the shared secret, compared in constant time. */
export function checkGatewaySecret(header: string | string[] | undefined, cfg: AuthConfig): void {
  const given = Buffer.from(typeof header === 'string' ? header : '');
  const expected = Buffer.from(cfg.gatewaySecret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw forbidden('subgraphs accept requests only through the gateway');
  }
}

/** True when the viewer maintains this agency's subgraph (or is an admin): raw figures, drafts, audit. */
export const ownsAgency = (v: Viewer, agency: string) => v.role === 'admin' || (v.role === 'agency-editor' && v.agency === agency);

/** 'Forbidden: recording figures is for probation's agency editors and admins; you are signed in as board (jo).' */
export function requireAgencyEditor(v: Viewer, agency: string, what: string): void {
  if (ownsAgency(v, agency)) return;
  const who = v.role === 'agency-editor' ? `an agency editor of ${v.agency}` : v.role;
  throw forbidden(`${what} is for ${agency}'s agency editors and admins; you are signed in as ${who} (${v.subject})`);
}

export function requireSecretariat(v: Viewer): void {
  if (v.role !== 'secretariat' && v.role !== 'admin') throw forbidden('only the secretariat (or an admin) can change the plan');
}
