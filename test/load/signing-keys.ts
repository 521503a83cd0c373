/**
 * The benchmark's own identity provider keys: an RS256 key pair made for the run and its public half served as a
 * JWKS on loopback, so the hub can run with NODE_ENV=production (as docker-compose.yml deploys it), where development
 * tokens are refused and only keys fetched from JWT_JWKS_URL are trusted. Tokens carry the hub's claims
 * (`viewerClaims`), as `issueDevToken`'s do.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import { viewerClaims, type AuthConfig, type Role } from '@hub/common/platform';

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
    sign: (auth, viewer, ttl) => viewerClaims(auth, viewer, ttl).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
