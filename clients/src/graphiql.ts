/**
 * The GraphiQL query editor for analysts, bundled at build time (web/build-graphiql.mjs -> dist/web/graphiql) and
 * served from local files at /graphiql.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

/** dist/web/graphiql (the same folder from clients/src or clients/dist). */
export const GRAPHIQL_DIR = join(__dirname, '..', 'dist', 'web', 'graphiql');

/** The editor loads only this front door's own files and talks only to its /graphql. */
const GRAPHIQL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

export function graphiqlRouter(dir = GRAPHIQL_DIR): Router {
  const router = express.Router();
  const page = join(dir, 'index.html');
  const html = existsSync(page) ? readFileSync(page, 'utf8') : null;
  router.get(['/graphiql', '/graphiql/'], (_req, res) => {
    if (!html) {
      res.status(503).type('text/plain').send('The query editor is not built: run npm run build.');
      return;
    }
    res.setHeader('content-security-policy', GRAPHIQL_CSP);
    res.type('html').send(html);
  });
  router.use('/graphiql', express.static(dir, { index: false, maxAge: '1h' }));
  return router;
}
