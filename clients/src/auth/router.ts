import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type * as Oidc from 'openid-client' with { 'resolution-mode': 'import' };
import { verifyToken, type AuthConfig, type Logger, type Viewer } from '@hub/common/platform';
import type { OidcConfig } from './config';
import { SessionStore, type PendingLogin, type Session } from './sessions';

/**
 * Sign-in for the pages: the web process is the OpenID Connect client (a backend-for-frontend) through openid-client
 * (maintained, certified, by the author of the jose library the hub already uses). The authorization code flow
 * with PKCE runs here: the browser gets an httpOnly, SameSite=Lax cookie holding an opaque session id (Secure on
 * https); the tokens stay on the server (the session, in Redis: auth/sessions.ts), never in a URL or in the page's storage. Requests to /graphql, the
 * report and the export that come with the cookie and no Authorization header are sent on with the session's
 * access token, refreshed silently with the refresh token when it is about to expire. API clients keep sending
 * their own bearer tokens, which always win over a cookie.
 *
 *   GET  /auth/login?returnTo=/path   to the provider's sign-in (302)
 *   GET  /auth/callback               back from it: the session is made, then to returnTo
 *   POST /auth/logout                 the session ends here, then at the provider (RP-initiated logout)
 *   GET  /auth/session                who is signed in, as JSON ({"signedIn": false} when nobody)
 */
export interface AuthRoutes {
  router: Router;
  /** Puts the session's access token on requests that come with the session cookie and no Authorization header. */
  attachSession: RequestHandler;
  /** Closes the session store's connection (none when sign-in is not configured). */
  close(): Promise<void>;
}

const REFRESH_MARGIN_MS = 30_000;

/** Where a person may be sent back to after signing in: a path of this site, never another site ('//evil', 'https:'). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])[^\s]*$/.test(value) || value.startsWith('/auth/')) return '/';
  return value.slice(0, 2000);
}

const cookieOf = (req: Request, name: string): string | undefined => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function problemPage(res: Response, status: number, title: string, message: string): void {
  res
    .status(status)
    .setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
  res.type('html')
    .send(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#0b0c0c}a{color:#1d70b8}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/auth/login">Sign in again</a> or go to the <a href="/">start page</a>.</p></main></body></html>`);
}

export function authRoutes(config: OidcConfig | null, auth: AuthConfig, logger: Logger): AuthRoutes {
  // No sign-in configured: no sessions, and no Redis connection for them.
  const store = config ? new SessionStore(config.sessions) : null;
  let client: typeof Oidc | undefined;
  let discovered: Promise<Oidc.Configuration> | undefined;

  /** The provider's metadata, discovered on first use (the provider may start after the web process); retried after a failure. */
  const provider = async (): Promise<{ oidc: typeof Oidc; conf: Oidc.Configuration }> => {
    if (!config) throw new Error('sign-in is not configured (OIDC_ISSUER)');
    client ??= await import('openid-client');
    const oidc = client;
    if (!discovered) {
      discovered = oidc.discovery(new URL(config.issuer), config.clientId, config.clientSecret, undefined, {
        execute: config.allowHttp && config.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      });
      discovered.catch(() => (discovered = undefined));
    }
    return { oidc, conf: await discovered };
  };

  const origin = (req: Request) => config?.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  const secure = (req: Request) => origin(req).startsWith('https:');
  // The __Host- prefix pins the cookie to this host and path / (browsers accept it only with Secure).
  const cookieName = (req: Request) => (secure(req) ? '__Host-hub_session' : 'hub_session');
  const loginCookie = (req: Request) => (secure(req) ? '__Host-hub_login' : 'hub_login');
  const cookieOptions = (req: Request, maxAgeMs: number) => ({
    httpOnly: true,
    secure: secure(req),
    sameSite: 'lax' as const,
    path: '/',
    maxAge: maxAgeMs,
  });

  /** The session of this request's cookie; none when Redis cannot be asked (the person is not signed in, the error logged). */
  const sessionOf = async (req: Request): Promise<Session | undefined> => {
    if (!store) return undefined;
    try {
      return await store.get(cookieOf(req, cookieName(req)));
    } catch (e) {
      logger.error({ err: (e as Error).message }, 'session store unreachable');
      return undefined;
    }
  };

  /** Refreshes under way in this process, so concurrent requests of one session wait for the same one. */
  const refreshing = new Map<string, Promise<Session | undefined>>();

  /** A new access token for the session, once across every web process; undefined: the person is signed out. */
  const refresh = async (sessions: SessionStore, id: string): Promise<Session | undefined> => {
    const release = await sessions.lockRefresh(id);
    if (!release) {
      // Another process is refreshing this session: wait for the tokens it writes back (or for it to give up).
      for (let waited = 0; waited < 15_000; waited += 250) {
        await new Promise((r) => setTimeout(r, 250));
        const s = await sessions.get(id);
        if (!s || s.accessExpiresAt - REFRESH_MARGIN_MS > Date.now()) return s;
      }
      return undefined;
    }
    try {
      // It may have been refreshed between this request's read and the lock.
      const s = await sessions.get(id);
      if (!s || s.accessExpiresAt - REFRESH_MARGIN_MS > Date.now()) return s;
      if (!s.refreshToken) return undefined;
      const { oidc, conf } = await provider();
      const tokens = await oidc.refreshTokenGrant(conf, s.refreshToken, config!.resource ? { resource: config!.resource } : undefined);
      const next: Session = {
        ...s,
        accessToken: tokens.access_token,
        accessExpiresAt: Date.now() + (tokens.expiresIn() ?? 300) * 1000,
        refreshToken: tokens.refresh_token ?? s.refreshToken,
        idToken: tokens.id_token ?? s.idToken,
      };
      await sessions.save(next);
      return next;
    } catch (e) {
      logger.info({ err: (e as Error).message }, 'session refresh failed: signed out');
      await sessions.delete(id).catch(() => undefined);
      return undefined;
    } finally {
      await release().catch(() => undefined);
    }
  };

  /** Makes sure the session's access token is good for a while: refreshes it when it is about to expire. */
  const fresh = async (s: Session): Promise<Session | undefined> => {
    if (s.accessExpiresAt - REFRESH_MARGIN_MS > Date.now()) return s;
    if (!s.refreshToken || !store) return undefined;
    let p = refreshing.get(s.id);
    if (!p) {
      p = refresh(store, s.id)
        .catch((e: Error) => {
          // Redis unreachable mid-refresh: not signed in for this request; the session stays for the next.
          logger.error({ err: e.message }, 'session store unreachable during a refresh');
          return undefined;
        })
        .finally(() => refreshing.delete(s.id));
      refreshing.set(s.id, p);
    }
    return p;
  };

  const attachSession: RequestHandler = async (req, _res, next) => {
    // An API client's own token wins; a browser with a session never sends one (the pages do not hold tokens).
    if (req.headers.authorization) return next();
    const s = await sessionOf(req);
    if (!s) return next();
    // Cross-site requests never ride on the session (SameSite=Lax already keeps the cookie off cross-site POSTs).
    const site = req.headers['sec-fetch-site'];
    if (req.method !== 'GET' && req.method !== 'HEAD' && site !== undefined && site !== 'same-origin' && site !== 'none') return next();
    const current = await fresh(s);
    if (current) req.headers.authorization = `Bearer ${current.accessToken}`;
    next();
  };

  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });

  router.get('/login', async (req, res) => {
    if (!config || !store)
      return problemPage(
        res,
        503,
        'Sign-in is not set up',
        'This hub has no identity provider configured (OIDC_ISSUER). Ask its operator.',
      );
    try {
      const { oidc, conf } = await provider();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const redirectUri = `${origin(req)}/auth/callback`;
      await store.beginLogin(state, { codeVerifier, nonce, returnTo: safeReturnTo(req.query.returnTo), redirectUri });
      const url = oidc.buildAuthorizationUrl(conf, {
        redirect_uri: redirectUri,
        scope: config.scope,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ...(config.resource ? { resource: config.resource } : {}),
      });
      // The state is bound to this browser: a callback from another browser (login CSRF) finds no match.
      res.cookie(loginCookie(req), state, cookieOptions(req, 10 * 60_000));
      res.redirect(302, url.href);
    } catch (e) {
      logger.error({ err: (e as Error).message }, 'identity provider or session store unreachable');
      problemPage(
        res,
        502,
        'Signing in is unavailable',
        `Signing in needs the identity provider and the session store, and one did not answer (${(e as Error).message}). Try again in a moment.`,
      );
    }
  });

  router.get('/callback', async (req, res) => {
    if (!config || !store)
      return problemPage(res, 503, 'Sign-in is not set up', 'This hub has no identity provider configured (OIDC_ISSUER).');
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    res.clearCookie(loginCookie(req), { path: '/' });
    if (typeof req.query.error === 'string') {
      return problemPage(
        res,
        401,
        'Not signed in',
        `The identity provider said: ${req.query.error}${typeof req.query.error_description === 'string' ? ` (${req.query.error_description})` : ''}.`,
      );
    }
    let pending: PendingLogin | undefined;
    try {
      pending = state && cookieOf(req, loginCookie(req)) === state ? await store.takeLogin(state) : undefined;
    } catch (e) {
      logger.error({ err: (e as Error).message }, 'session store unreachable');
      return problemPage(res, 502, 'Signing in is unavailable', 'The session store did not answer. Try again in a moment.');
    }
    if (!pending)
      return problemPage(
        res,
        400,
        'This sign-in has expired',
        'The sign-in was started in another browser, took longer than 10 minutes, or was already used.',
      );
    let viewer: Viewer;
    let tokens: Awaited<ReturnType<typeof Oidc.authorizationCodeGrant>>;
    try {
      const { oidc, conf } = await provider();
      const current = new URL(pending.redirectUri);
      current.search = new URLSearchParams(req.query as Record<string, string>).toString();
      tokens = await oidc.authorizationCodeGrant(conf, current, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (e) {
      logger.info({ err: (e as Error).message }, 'sign-in failed at the token exchange');
      return problemPage(res, 401, 'Not signed in', `The identity provider's answer could not be used (${(e as Error).message}).`);
    }
    try {
      // The same check the gateway makes: a page never shows a role the graph would refuse.
      viewer = await verifyToken(`Bearer ${tokens.access_token}`, auth);
    } catch (e) {
      return problemPage(
        res,
        403,
        'No access to the hub',
        `You signed in, but your account has no role in the hub: ${(e as Error).message.replace(/ Send "Authorization.*$/, '')}`,
      );
    }
    const idClaims = tokens.claims();
    let session: Session;
    try {
      session = await store.create({
        viewer,
        name: typeof idClaims?.name === 'string' ? idClaims.name : null,
        accessToken: tokens.access_token,
        accessExpiresAt: Date.now() + (tokens.expiresIn() ?? 300) * 1000,
        refreshToken: tokens.refresh_token ?? null,
        idToken: tokens.id_token ?? null,
        endsAt: Date.now() + config.sessionTtlSeconds * 1000,
      });
      // A new id at every sign-in (no fixation); the old session of this browser, if any, ends.
      const previous = cookieOf(req, cookieName(req));
      if (previous) await store.delete(previous);
    } catch (e) {
      logger.error({ err: (e as Error).message }, 'session store unreachable');
      return problemPage(res, 502, 'Signing in is unavailable', 'The session store did not answer. Try again in a moment.');
    }
    res.cookie(cookieName(req), session.id, cookieOptions(req, config.sessionTtlSeconds * 1000));
    logger.info({ subject: viewer.subject, role: viewer.role, agency: viewer.agency }, 'signed in');
    res.redirect(303, pending.returnTo);
  });

  router.post('/logout', async (req, res) => {
    const s = await sessionOf(req);
    // Gone from Redis, so from every web process, before the browser is told.
    if (s && store) await store.delete(s.id).catch((e: Error) => logger.error({ err: e.message }, 'session store unreachable at sign-out'));
    res.clearCookie(cookieName(req), { path: '/' });
    const back = `${origin(req)}/`;
    if (!config || !s) return void res.redirect(303, back);
    try {
      const { oidc, conf } = await provider();
      if (!conf.serverMetadata().end_session_endpoint) return void res.redirect(303, back);
      const url = oidc.buildEndSessionUrl(conf, { post_logout_redirect_uri: back, ...(s.idToken ? { id_token_hint: s.idToken } : {}) });
      logger.info({ subject: s.viewer.subject }, 'signed out');
      res.redirect(303, url.href);
    } catch {
      res.redirect(303, back);
    }
  });

  router.get('/session', async (req, res) => {
    const found = await sessionOf(req);
    const s = found && (await fresh(found));
    if (!s) {
      return void res.json({ signedIn: false, signInAvailable: !!config });
    }
    res.json({
      signedIn: true,
      subject: s.viewer.subject,
      name: s.name,
      role: s.viewer.role,
      agency: s.viewer.agency,
      sessionEndsAt: new Date(s.endsAt).toISOString(),
    });
  });

  return { router, attachSession, close: async () => await store?.close() };
}
