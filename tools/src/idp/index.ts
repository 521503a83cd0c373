import { z } from 'zod';
import { discoverSubgraphs } from '@hub/common/platform';
import { SUBGRAPHS_DIR } from '../paths';
import { devAccounts } from './accounts';
import { startDevProvider } from './provider';

export { DEV_PROVIDER_CLAIMS, devAccounts, type DevAccount } from './accounts';
export { startDevProvider, type RunningDevProvider } from './provider';

/**
 * `node tools/dist/idp/index.js`: the development identity provider alone (npm start runs it).
 *   IDP_PORT              4010
 *   HOST                  127.0.0.1
 *   OIDC_CLIENT_ID        hub-web     the web process's client
 *   OIDC_CLIENT_SECRET    (required)  its secret: the launcher makes one per run and gives it to both
 *   OIDC_AUDIENCE         the audience of the access tokens (default JWT_AUDIENCE, partner-agency-graph)
 *   IDP_ACCESS_TOKEN_TTL  600         seconds an access token lives (the web process refreshes it)
 */
const env = z.object({
  IDP_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  HOST: z.string().default('127.0.0.1'),
  OIDC_CLIENT_ID: z.string().min(1).default('hub-web'),
  OIDC_CLIENT_SECRET: z.string().min(16, 'OIDC_CLIENT_SECRET must be at least 16 characters'),
  JWT_AUDIENCE: z.string().min(1).default('partner-agency-graph'),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  IDP_ACCESS_TOKEN_TTL: z.coerce.number().int().min(5).max(86_400).default(600),
});

if (require.main === module) {
  (async () => {
    const parsed = env.safeParse(process.env);
    if (!parsed.success)
      throw new Error(
        `Invalid identity provider configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    const e = parsed.data;
    if (process.env.NODE_ENV === 'production')
      throw new Error(
        "The development identity provider does not run with NODE_ENV=production: point OIDC_ISSUER at the organisation's provider",
      );
    const accounts = devAccounts(discoverSubgraphs(SUBGRAPHS_DIR));
    const idp = await startDevProvider({
      port: e.IDP_PORT,
      host: e.HOST,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      audience: e.OIDC_AUDIENCE ?? e.JWT_AUDIENCE,
      accounts,
      accessTokenTtl: e.IDP_ACCESS_TOKEN_TTL,
    });
    // The launcher and the tests wait for "[idp] ready at <issuer>".
    process.stdout.write(`[idp] ready at ${idp.issuer}\n`);
    const stop = () => void idp.stop().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  })().catch((err) => {
    process.stderr.write(`[idp] failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
