/** The streamed CSV export of figures (export.ts) at GET and POST /export/figures.csv. */
import express, { type Router } from 'express';
import { getExport, postExport, type ExportDeps } from './export';

export function exportRouter(deps: ExportDeps & { maxBodyBytes: number }): Router {
  const router = express.Router();
  router.get('/export/figures.csv', getExport(deps));
  router.post('/export/figures.csv', express.json({ limit: deps.maxBodyBytes }), postExport(deps));
  return router;
}
