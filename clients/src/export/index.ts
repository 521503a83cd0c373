/**
 * What the gateway offers analysts beside /graphql: the streamed CSV export (export.ts) and the GraphiQL query
 * editor bundled at build time (web/build-graphiql.mjs -> dist/web/graphiql), served from local files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';
import { getExport, postExport, type ExportDeps } from './export';

/** dist/web/graphiql, beside dist/analyst. */
export const GRAPHIQL_DIR = join(__dirname, '..', 'web', 'graphiql');

/** The editor loads only this gateway's own files and talks only to this gateway. */
const GRAPHIQL_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

export function analystRouter(deps: ExportDeps & { maxBodyBytes?: number }): Router {
  const router = express.Router();
  router.get('/export/figures.csv', getExport(deps));
  router.post('/export/figures.csv', express.json({ limit: deps.maxBodyBytes ?? 256 * 1024 }), postExport(deps));

  const page = join(GRAPHIQL_DIR, 'index.html');
  const html = existsSync(page) ? readFileSync(page, 'utf8') : null;
  router.get(['/graphiql', '/graphiql/'], (_req, res) => {
    if (!html) {
      res.status(503).type('text/plain').send('The query editor is not built: run npm run build.');
      return;
    }
    res.setHeader('content-security-policy', GRAPHIQL_CSP);
    res.type('html').send(html);
  });
  router.use('/graphiql', express.static(GRAPHIQL_DIR, { index: false, maxAge: '1h' }));
  return router;
}
