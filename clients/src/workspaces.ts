import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

/** The bundled workspaces, written by clients/web/build-pages.mjs (the same folder from clients/src or clients/dist). */
export const WORKSPACES_DIR = join(__dirname, '..', 'dist', 'web', 'workspaces');

/** The pages of the one bundle: each serves index.html, and the script reads the path. */
const PAGES = ['/', '/agency', '/secretariat'];

/**
 * Serves the workspaces at /workspace: static files only. The pages sign in through the session (auth/) and query
 * /graphql like any other client; everything is served from here (no CDN), and the content security policy allows
 * nothing else.
 */
export function workspacesRouter(opts: { dir?: string; signOutTo?: string | null } = {}): Router {
  const dir = opts.dir ?? WORKSPACES_DIR;
  // Sign-out is a form posted here and sent on to the identity provider: form-action must allow that redirect.
  const formAction = `'self'${opts.signOutTo ? ` ${opts.signOutTo}` : ''}`;
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader(
      'content-security-policy',
      `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action ${formAction}`,
    );
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  if (!existsSync(join(dir, 'index.html'))) {
    router.use((_req, res) => {
      res.status(503).type('text/plain').send('The workspaces have not been built: run `npm run build`.');
    });
    return router;
  }
  router.get(PAGES, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
  router.use(express.static(dir, { index: false, redirect: false, maxAge: 0 }));
  return router;
}
