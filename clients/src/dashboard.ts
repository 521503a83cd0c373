import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

/** The bundled board dashboard, written by clients/web/build-pages.mjs (the same folder from clients/src or clients/dist). */
export const DASHBOARD_DIR = join(__dirname, '..', 'dist', 'web', 'dashboard');

/**
 * Serves the board dashboard at /dashboard: static files only. The page signs in through the session (auth/) and
 * queries /graphql like any other client, so this router needs no authentication of its own. Everything is served from
 * here (no CDN, no external fonts): it works on a closed network. The content security policy allows nothing else.
 */
export function dashboardRouter(opts: { dir?: string; signOutTo?: string | null } = {}): Router {
  const dir = opts.dir ?? DASHBOARD_DIR;
  // Sign-out is a form posted here and sent on to the identity provider: form-action must allow that redirect.
  const formAction = `'self'${opts.signOutTo ? ` ${opts.signOutTo}` : ''}`;
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader(
      'content-security-policy',
      `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action ${formAction}`,
    );
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  if (!existsSync(join(dir, 'index.html'))) {
    router.use((_req, res) => {
      res.status(503).type('text/plain').send('The dashboard has not been built: run `npm run build`.');
    });
    return router;
  }
  router.use(express.static(dir, { index: 'index.html', redirect: true, maxAge: 0 }));
  return router;
}
