import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider' with { 'resolution-mode': 'import' };
import type { DevAccount } from './accounts';

/**
 * The development identity provider: oidc-provider (a certified OpenID Provider, maintained by the author of the
 * openid-client the web process uses), with the hub's accounts in memory and a login page where a newcomer chooses
 * one. Never for production: accounts have no password, keys and sessions live in memory (a restart signs everyone
 * out). Configuration in production points the web process and the gateway at the organisation's provider instead.
 *
 * What it gives the web process, as Entra ID or Keycloak would: the authorization code flow with PKCE (required),
 * JWT access tokens for the hub's API (audience `audience`, carrying the account's groups and agency), refresh
 * tokens, and RP-initiated logout.
 */
export interface DevProviderOptions {
  port: number;
  host: string;
  clientId: string;
  clientSecret: string;
  /** The audience of the access tokens (the gateway's JWT_AUDIENCE / OIDC_AUDIENCE). */
  audience: string;
  accounts: readonly DevAccount[];
  /** Lifetime of an access token in seconds (the web process refreshes it silently). */
  accessTokenTtl: number;
}

export interface RunningDevProvider {
  issuer: string;
  stop(): Promise<void>;
}

/** The resource indicator of the hub's API: the web process asks for tokens for it by default. */
const RESOURCE = 'urn:partner-agency-graph:graphql';

const page = (title: string, body: string) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#0b0c0c;background:#f3f2f1;line-height:1.5}
header{background:#0b0c0c;color:#fff;padding:.75rem 1.5rem}header p{margin:0;font-weight:700}
main{max-width:44rem;margin:1.5rem auto;padding:0 1rem}
ul{list-style:none;padding:0;margin:0}li{margin:0 0 .5rem}
button{font:inherit;width:100%;text-align:left;padding:.75rem 1rem;background:#fff;border:2px solid #0b0c0c;border-radius:0;cursor:pointer;color:#0b0c0c}
button:hover{background:#e8f1f8}button:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
button .who{display:block;font-weight:700}button .what{display:block;color:#484949}
.primary{background:#00703c;color:#fff;border-color:#00703c;text-align:center;width:auto;margin-right:1rem}
.note{background:#fff;border-left:5px solid #1d70b8;padding:.5rem 1rem}
</style></head>
<body><header><p>Development identity provider</p></header><main id="main">${body}</main></body></html>`;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const readForm = (req: http.IncomingMessage) =>
  new Promise<URLSearchParams>((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
      if (body.length > 10_000) req.destroy(new Error('form too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });

const isLoopback = (value: string) => {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
};

export async function startDevProvider(opts: DevProviderOptions): Promise<RunningDevProvider> {
  // oidc-provider is an ES module; this package is CommonJS.
  const { default: Provider } = await import('oidc-provider');
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host, resolve));
  const issuer = `http://${opts.host}:${(server.address() as AddressInfo).port}`;
  const accounts = new Map(opts.accounts.map((a) => [a.id, a]));
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' };

  const claimsOf = (a: DevAccount) => ({ name: a.name, groups: a.groups, ...(a.agency ? { hub_agency: a.agency } : {}) });

  const configuration: Configuration = {
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        client_name: 'Partner-agency graph (development)',
        // Any loopback port is allowed (redirectUriAllowed below): the web process may run on a free port in tests.
        redirect_uris: ['http://127.0.0.1:4000/auth/callback'],
        post_logout_redirect_uris: ['http://127.0.0.1:4000/'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...claimsOf(account) }) };
    },
    claims: { openid: ['sub'], profile: ['name', 'groups', 'hub_agency'] },
    scopes: ['openid', 'profile', 'offline_access'],
    pkce: { required: () => true },
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    ttl: {
      AccessToken: opts.accessTokenTtl,
      IdToken: 3600,
      RefreshToken: 8 * 3600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      Interaction: 3600,
      AuthorizationCode: 60,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: KoaContextWithOIDC, form: string) {
          ctx.body = page(
            'Sign out',
            `<h1>Sign out of the development provider?</h1>${form}
<p><button class="primary" type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign out</button>
<button class="primary" style="background:#505a5f;border-color:#505a5f" type="submit" form="op.logoutForm">No, stay signed in here</button></p>`,
          );
        },
        async postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
          ctx.body = page('Signed out', '<h1>Signed out</h1><p>You have signed out of the development provider.</p>');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== RESOURCE) throw new Error(`unknown resource ${resource}`);
          return {
            scope: 'graph',
            audience: opts.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: opts.accessTokenTtl,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // The access token is what the gateway reads: it carries the groups and the agency, as an organisation's would.
    async extraTokenClaims(_ctx, token) {
      const account = 'accountId' in token && token.accountId ? accounts.get(token.accountId as string) : undefined;
      return account ? claimsOf(account) : undefined;
    },
    // A first-party client: no consent screen (the recipe oidc-provider documents for skipping consent).
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope('openid profile offline_access');
      grant.addResourceScope(RESOURCE, 'graph');
      await grant.save();
      return grant;
    },
    // Refresh tokens without the offline_access + prompt=consent dance (the client is first-party).
    async issueRefreshToken(_ctx, client) {
      return client.grantTypeAllowed('refresh_token');
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page(
        'Sign-in problem',
        `<h1>Sign-in problem</h1><p role="alert">${escape(String(out.error))}: ${escape(String(out.error_description ?? ''))}</p>`,
      );
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(this: { redirectUris: string[] }, value: string) {
    return this.redirectUris.includes(value) || (isLoopback(value) && new URL(value).pathname === '/auth/callback');
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(
    this: { postLogoutRedirectUris: string[] },
    value: string,
  ) {
    return this.postLogoutRedirectUris.includes(value) || isLoopback(value);
  };
  const callback = provider.callback();

  const loginPage = (uid: string) =>
    page(
      'Sign in: choose an account',
      `<h1>Sign in: choose an account</h1>
<p class="note">Development only: every account signs in without a password. In production the hub uses the organisation's identity provider.</p>
<form method="post" action="/interaction/${escape(uid)}/login">
<ul>${opts.accounts
        .map(
          (a) =>
            `<li><button type="submit" name="account" value="${escape(a.id)}"><span class="who">${escape(a.name)}</span><span class="what">${escape(a.description)} (${escape(a.id)})</span></button></li>`,
        )
        .join('')}</ul>
</form>`,
    );

  const handleRequest = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const m = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url?.split('?')[0] ?? '');
    if (!m) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== m[1]) throw new Error('this sign-in has expired: start again from the hub');
      res.setHeader(
        'content-security-policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self' http://127.0.0.1:* http://localhost:*; frame-ancestors 'none'",
      );
      if (req.method === 'GET' && !m[2]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(loginPage(details.uid));
        return;
      }
      if (req.method === 'POST' && m[2]) {
        const account = (await readForm(req)).get('account') ?? '';
        if (!accounts.has(account)) {
          res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
          res.end(page('Unknown account', `<h1>Unknown account</h1><p role="alert">There is no account ${escape(account)}.</p>`));
          return;
        }
        await provider.interactionFinished(req, res, { login: { accountId: account } }, { mergeWithLastSubmission: false });
        return;
      }
      res.writeHead(405).end();
    } catch (e) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('Sign-in problem', `<h1>Sign-in problem</h1><p role="alert">${escape(e instanceof Error ? e.message : String(e))}</p>`));
    }
  };
  // Every failure is answered inside handleRequest, so nothing is left to wait for here.
  server.on('request', (req, res) => void handleRequest(req, res));

  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
