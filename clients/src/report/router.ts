/**
 * GET /reports/stock-take?plan=km-2012-2015&year=2012-13&format=html|pdf
 *
 * The caller's bearer token is checked like /graphql (401 naming what is wrong), then forwarded with the report's
 * queries to the gateway's /graphql over HTTP, so the report shows what that caller may see. Bad parameters are a 400
 * naming the parameter. The handler only translates HTTP; the report is built in stock-take.ts.
 */
import express, { type Request, type Response, type Router } from 'express';
import { REQUEST_ID_HEADER, verifyToken, type AuthConfig, type Logger } from '@hub/common/platform';
import { renderHtml } from './html';
import { PdfQueueFullError, type PdfPool } from './pdf-pool';
import {
  buildStockTake,
  checkFormat,
  checkStockTakeRequest,
  httpClient,
  ReportAccessError,
  ReportBusyError,
  reportFileName,
  ReportInputError,
} from './stock-take';

export interface ReportsRouterOptions {
  auth: AuthConfig;
  /** The gateway's /graphql URL: the report's queries go there like any client's. */
  gatewayUrl: string;
  logger: Logger;
  /** Where PDFs are laid out: worker threads with a bounded queue. */
  pdf: PdfPool;
  /**
   * Reports being built at once (each runs several queries and lays out a document); past that a request
   * is refused at once with 503 and Retry-After, before any query.
   */
  maxInProgress: number;
}

const error = (res: Response, status: number, code: string, message: string, parameter?: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...(parameter ? { parameter } : {}) } }] });

export function reportsRouter({ auth, gatewayUrl, logger, pdf: pdfPool, maxInProgress }: ReportsRouterOptions): Router {
  const router = express.Router();
  let inProgress = 0;
  router.get('/stock-take', async (req: Request, res: Response) => {
    const one = (name: string) => (Array.isArray(req.query[name]) ? undefined : req.query[name]);
    let admitted = false;
    try {
      // Who first (as /graphql does), then what.
      await verifyToken(req.headers.authorization, auth);
      for (const name of ['plan', 'year', 'format']) {
        if (Array.isArray(req.query[name])) throw new ReportInputError(name, `${name} is given more than once: give it once`);
      }
      const request = checkStockTakeRequest({ plan: one('plan'), year: one('year') });
      const format = checkFormat(one('format'));
      if (inProgress >= maxInProgress) throw new PdfQueueFullError(maxInProgress);
      inProgress++;
      admitted = true;
      const client = httpClient(gatewayUrl, req.headers.authorization!, {
        [REQUEST_ID_HEADER]: String(req.headers[REQUEST_ID_HEADER] ?? ''),
      });
      const report = await buildStockTake(client, request);
      res.setHeader('cache-control', 'private, no-store');
      if (format === 'pdf') {
        const pdf = await pdfPool.render(report);
        res.setHeader('content-type', 'application/pdf');
        res.setHeader('content-disposition', `attachment; filename="${reportFileName(request, 'pdf')}"`);
        res.send(pdf);
      } else {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        // The page has no script and no external asset; forbid both.
        res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'");
        res.setHeader('content-disposition', `inline; filename="${reportFileName(request, 'html')}"`);
        res.send(renderHtml(report));
      }
    } catch (e) {
      if (e instanceof ReportInputError) {
        error(res, 400, 'BAD_USER_INPUT', e.message, e.parameter);
        return;
      }
      if (e instanceof ReportAccessError) {
        error(res, e.status, e.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', e.message);
        return;
      }
      if (e instanceof PdfQueueFullError || e instanceof ReportBusyError) {
        res.setHeader('retry-after', String(e instanceof ReportBusyError ? e.retryAfterSeconds : 5));
        error(
          res,
          e instanceof ReportBusyError ? e.status : 503,
          e instanceof ReportBusyError && e.status === 429 ? 'RATE_LIMITED' : 'SERVICE_UNAVAILABLE',
          e.message,
        );
        return;
      }
      const ext = (e as { extensions?: { code?: string; http?: { status?: number } } }).extensions;
      if (ext?.code === 'UNAUTHENTICATED') {
        error(res, 401, 'UNAUTHENTICATED', (e as Error).message);
        return;
      }
      logger.error(
        { err: e instanceof Error ? e.message : String(e), requestId: req.headers[REQUEST_ID_HEADER] },
        'stock take report failed',
      );
      error(
        res,
        500,
        'INTERNAL_SERVER_ERROR',
        'The report could not be produced; the web and gateway logs say why (look for its request id).',
      );
    } finally {
      if (admitted) inProgress--;
    }
  });
  return router;
}
