/**
 * The benchmark's own identity provider keys: an RS256 key pair made for the run and its public half served as a
 * JWKS on loopback, so the hub can run with NODE_ENV=production (as docker-compose.yml deploys it), where development
 * tokens are refused and only keys fetched from JWT_JWKS_URL are trusted. Tokens carry the same claims as
 * `issueDevToken`'s.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { AuthConfig, Role } from '@hub/common/platform';

export interface SigningKeys {
  /** Where the services fetch the public key (JWT_JWKS_URL). */
  jwksUrl: string;
  sign(auth: AuthConfig, viewer: { subject: string; role: Role; agency?: string | null }, ttl?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startSigningKeys(): Promise<SigningKeys> {
  const kid = 'bench';
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] });
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
    sign: (auth, viewer, ttl = '8h') =>
      new SignJWT({ role: viewer.role, ...(viewer.agency ? { agency: viewer.agency } : {}) })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setSubject(viewer.subject)
        .setIssuer(auth.issuer)
        .setAudience(auth.audience)
        .setIssuedAt()
        .setExpirationTime(ttl)
        .sign(privateKey),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
