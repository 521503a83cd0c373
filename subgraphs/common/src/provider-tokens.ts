import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import { ROLES, unauthenticated, type Role, type Viewer } from './viewer';

/**
 * Tokens from the organisation's identity provider (OpenID Connect: Entra ID, Keycloak, or the development provider
 * that `npm start` runs). The gateway and every subgraph trust them beside the hub's own API tokens: the provider's
 * signing keys come from its JWKS (discovered from the issuer's metadata unless OIDC_JWKS_URL names them), and its
 * claims are mapped to the hub's role and agency by configuration, because each provider names them its own way
 * (Entra app roles or groups, Keycloak realm roles, a custom claim).
 *
 *   OIDC_ISSUER        the provider's issuer URL; unset: provider tokens are not trusted
 *   OIDC_JWKS_URL      its signing keys (default: jwks_uri from <issuer>/.well-known/openid-configuration)
 *   OIDC_AUDIENCE      the audience of its access tokens for the hub (default JWT_AUDIENCE, partner-agency-graph)
 *   OIDC_ROLE_CLAIM    the claim holding the role or the groups, a dotted path for nested claims
 *                      (Keycloak: realm_access.roles); a string or a list (default role)
 *   OIDC_AGENCY_CLAIM  the claim naming an agency editor's agency (default agency)
 *   OIDC_ROLE_MAP      group or app-role names to hub roles, comma-separated name=role pairs; a role may carry its
 *                      agency (hub-police-editors=agency-editor:police). Values that are already hub role names map
 *                      to themselves.
 */
export interface ClaimMapping {
  roleClaim: string;
  agencyClaim: string;
  /** Provider value -> hub role (and, for agency editors, their agency when the group names it). */
  roleMap: ReadonlyMap<string, { role: Role; agency: string | null }>;
}

export interface ProviderTrust {
  issuer: string;
  audience: string;
  /** Explicit JWKS URL; null: discovered from the issuer's metadata. */
  jwksUrl: string | null;
  claims: ClaimMapping;
}

/** When several of a person's groups map to roles, the widest wins. */
const PRECEDENCE: readonly Role[] = ['admin', 'secretariat', 'agency-editor', 'analyst', 'board'];
const AGENCY = /^[a-z][a-z0-9-]*$/;

const roleMapSchema = z.string().transform((s, ctx) => {
  const map = new Map<string, { role: Role; agency: string | null }>();
  for (const pair of s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(.+?)=([a-z-]+)(?::([a-z][a-z0-9-]*))?$/.exec(pair);
    if (!m || !(ROLES as readonly string[]).includes(m[2])) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `"${pair}" must be name=role or name=agency-editor:<agency>, with a role among ${ROLES.join(', ')}`,
      });
      continue;
    }
    map.set(m[1].trim(), { role: m[2] as Role, agency: m[3] ?? null });
  }
  return map;
});

const env = z.object({
  JWT_AUDIENCE: z.string().min(1).default('partner-agency-graph'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_JWKS_URL: z.string().url().optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_ROLE_CLAIM: z
    .string()
    .regex(/^[\w:/.-]+$/, 'must be a claim name or a dotted path')
    .default('role'),
  OIDC_AGENCY_CLAIM: z
    .string()
    .regex(/^[\w:/.-]+$/, 'must be a claim name or a dotted path')
    .default('agency'),
  OIDC_ROLE_MAP: roleMapSchema.default(''),
});

/** The provider's trust from configuration; null when OIDC_ISSUER is not set. */
export function readProviderTrust(source: NodeJS.ProcessEnv = process.env): ProviderTrust | null {
  const parsed = env.safeParse(source);
  if (!parsed.success)
    throw new Error(`Invalid auth configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  if (!e.OIDC_ISSUER) return null;
  return {
    issuer: e.OIDC_ISSUER,
    audience: e.OIDC_AUDIENCE ?? e.JWT_AUDIENCE,
    jwksUrl: e.OIDC_JWKS_URL ?? null,
    claims: { roleClaim: e.OIDC_ROLE_CLAIM, agencyClaim: e.OIDC_AGENCY_CLAIM, roleMap: e.OIDC_ROLE_MAP },
  };
}

const claimAt = (payload: Record<string, unknown>, path: string): unknown => {
  // A claim whose own name has dots (Entra's or a URL-named claim) wins over a nested path.
  if (path in payload) return payload[path];
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), payload);
};

/** The hub's viewer from a provider's claims, or why not (the reason is shown in the 401). */
export function mapProviderClaims(payload: Record<string, unknown>, mapping: ClaimMapping): Viewer | string {
  const sub = payload.sub;
  if (typeof sub !== 'string' || !sub) return 'the token has no subject (sub)';
  const raw = claimAt(payload, mapping.roleClaim);
  const values = (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).filter(
    (v): v is string => typeof v === 'string',
  );
  const found = values
    .map((v) => mapping.roleMap.get(v) ?? ((ROLES as readonly string[]).includes(v) ? { role: v as Role, agency: null } : undefined))
    .filter((r): r is { role: Role; agency: string | null } => !!r)
    .sort((a, b) => PRECEDENCE.indexOf(a.role) - PRECEDENCE.indexOf(b.role));
  if (!found.length) return `the token's ${mapping.roleClaim} claim names no hub role (OIDC_ROLE_CLAIM, OIDC_ROLE_MAP)`;
  const { role, agency: fromGroup } = found[0];
  if (role !== 'agency-editor') return { subject: sub, role, agency: null };
  const claimed = claimAt(payload, mapping.agencyClaim);
  const agency: unknown = fromGroup ?? (Array.isArray(claimed) && claimed.length === 1 ? claimed[0] : claimed);
  if (typeof agency !== 'string' || !AGENCY.test(agency))
    return `an agency editor's token must name one agency in its ${mapping.agencyClaim} claim (OIDC_AGENCY_CLAIM)`;
  return { subject: sub, role, agency };
}

/** The issuer a token claims, unverified: used only to choose which keys verify it. */
export function tokenIssuer(token: string): string | undefined {
  try {
    const iss = decodeJwt(token).iss;
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return undefined;
  }
}

const keySets = new Map<string, Promise<ReturnType<typeof createRemoteJWKSet>>>();

/** The provider's key set: OIDC_JWKS_URL, or jwks_uri from its discovery document (fetched once, retried after a failure). */
function keysOf(trust: ProviderTrust): Promise<ReturnType<typeof createRemoteJWKSet>> {
  const key = `${trust.issuer} ${trust.jwksUrl ?? ''}`;
  let set = keySets.get(key);
  if (!set) {
    set = (async () => {
      if (trust.jwksUrl) return createRemoteJWKSet(new URL(trust.jwksUrl));
      const res = await fetch(new URL('.well-known/openid-configuration', trust.issuer.endsWith('/') ? trust.issuer : `${trust.issuer}/`), {
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) throw new Error(`the identity provider's metadata answered HTTP ${res.status}`);
      const { jwks_uri } = (await res.json()) as { jwks_uri?: string };
      if (!jwks_uri) throw new Error("the identity provider's metadata has no jwks_uri");
      return createRemoteJWKSet(new URL(jwks_uri));
    })();
    keySets.set(key, set);
    set.catch(() => keySets.delete(key));
  }
  return set;
}

/**
 * Fetches the provider's metadata and keys now, in the background, so that the first signed-in request does not
 * wait for them in every process at once (a failure is forgotten: the first verification tries again).
 */
export function warmProviderKeys(trust: ProviderTrust): void {
  keysOf(trust)
    .then((set) => set.reload())
    .catch(() => undefined);
}

/** Verifies an access token of the provider (signature from its JWKS, issuer, audience, expiry) and maps its claims. */
export async function verifyProviderToken(token: string, trust: ProviderTrust, maxLifetimeSeconds?: number): Promise<Viewer> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, await keysOf(trust), {
      issuer: trust.issuer,
      audience: trust.audience,
      requiredClaims: ['exp'],
    }));
  } catch (e) {
    const code = (e as { code?: string }).code;
    const reason =
      code === 'ERR_JWT_EXPIRED'
        ? 'the token has expired'
        : code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || code === 'ERR_JWKS_NO_MATCHING_KEY'
          ? "the token signature is not valid for the identity provider's keys"
          : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
            ? `the token's ${(e as { claim?: string }).claim ?? 'claims'} claim is not accepted`
            : code === undefined
              ? `the identity provider's keys could not be read (${(e as Error).message})`
              : 'the token could not be verified';
    throw unauthenticated(reason);
  }
  if (maxLifetimeSeconds !== undefined && typeof payload.iat === 'number' && payload.exp! - payload.iat > maxLifetimeSeconds) {
    throw unauthenticated(`the token lives ${payload.exp! - payload.iat} s, longer than the ${maxLifetimeSeconds} s allowed`);
  }
  const viewer = mapProviderClaims(payload as Record<string, unknown>, trust.claims);
  if (typeof viewer === 'string') throw unauthenticated(viewer);
  return viewer;
}
