import http from 'node:http';
import express from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import {
  createLogger,
  createMetrics,
  httpMetrics,
  metricsHandler,
  REQUEST_ID_HEADER,
  requestIdFrom,
  type AuthConfig,
  type Logger,
} from '@hub/common/platform';
import { authRoutes } from './auth/router';
import type { WebConfig } from './config';
import { dashboardRouter } from './dashboard';
import { exportRouter } from './export';
import { graphiqlRouter } from './graphiql';
import { HOME_CSP, homePage } from './home';
import { PdfPool } from './report/pdf-pool';
import { reportsRouter } from './report/router';
import { workspacesRouter } from './workspaces';

export interface RunningWeb {
  /** The front door's origin, e.g. http://127.0.0.1:4000 (no trailing slash). */
  url: string;
  port: number;
  logger: Logger;
  stop(): Promise<void>;
}

/**
 * The web front door: the pages, the report and the export, each a client of the gateway, and /graphql passed
 * through to the gateway unchanged (http-proxy-middleware streams the body both ways and keeps every header,
 * Authorization and x-request-id included), so browsers and programs need one origin.
 */
export async function startWeb(config: WebConfig, auth: AuthConfig, opts: { logger?: Logger } = {}): Promise<RunningWeb> {
  const logger = opts.logger ?? createLogger('web', config.logLevel);
  const metrics = createMetrics('web');
  const gateway = new URL(config.gatewayUrl);
  const app = express();
  app.disable('x-powered-by');

  // Every response carries the request id (the client's if it is plain, else a new UUID); the gateway gets the same one.
  app.use((req, res, next) => {
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  });
  // Sign-in: a request with the session cookie (and no Authorization header of its own) goes on with the session's
  // access token, to the gateway, the report and the export alike.
  const signIn = authRoutes(config.signIn, auth, logger);
  app.use(signIn.attachSession);
  const signOutTo = config.signIn ? new URL(config.signIn.issuer).origin : null;
  // Route labels: the front door's own routes; the editor's and the dashboard's static files share their prefix's label.
  app.use(
    httpMetrics(
      metrics,
      ['/', '/graphql', '/health', '/ready', '/metrics', '/reports/stock-take', '/export/figures.csv'],
      ['/graphiql', '/dashboard', '/workspace', '/auth'],
    ),
  );
  app.get('/metrics', metricsHandler(metrics, config.metricsToken));

  app.use(
    createProxyMiddleware({
      target: gateway.origin,
      pathFilter: (path) => path === '/graphql',
      // GATEWAY_URL may have a path of its own in front of /graphql (behind another proxy); the query string stays.
      pathRewrite: (path) => path.replace(/^\/graphql/, gateway.pathname),
      // Long enough for an agency import (IMPORT_TIMEOUT_MS); the gateway answers everything else within its own
      // REQUEST_TIMEOUT_MS.
      proxyTimeout: config.proxyTimeoutMs,
      xfwd: true,
      on: {
        error: (err, req, res) => {
          logger.error({ requestId: req.headers[REQUEST_ID_HEADER], err: (err as Error).message }, 'gateway unreachable');
          if (!(res instanceof http.ServerResponse) || res.headersSent) {
            res.destroy();
            return;
          }
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: 'The gateway is unavailable', extensions: { code: 'GATEWAY_UNAVAILABLE' } }] }));
        },
      },
    }),
  );

  app.get('/', (_req, res) => {
    res.setHeader('content-security-policy', HOME_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.type('html').send(homePage());
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'web' });
  });
  // Ready when the gateway answers its own health check: the pages are no use without it.
  app.get('/ready', async (_req, res) => {
    let ok = false;
    try {
      ok = (await fetch(new URL('/health', gateway), { signal: AbortSignal.timeout(Math.min(config.gatewayTimeoutMs, 5000)) })).ok;
    } catch {
      ok = false;
    }
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'degraded', unavailable: ok ? [] : ['gateway'] });
  });
  app.use('/auth', signIn.router);
  app.use('/dashboard', dashboardRouter({ signOutTo }));
  app.use('/workspace', workspacesRouter({ signOutTo }));
  app.use(graphiqlRouter());
  const pdfPool = new PdfPool(config.pdf);
  app.use(
    '/reports',
    reportsRouter({ auth, gatewayUrl: config.gatewayUrl, logger, pdf: pdfPool, maxInProgress: config.pdf.threads + config.pdf.queue }),
  );
  app.use(
    exportRouter({
      auth,
      gatewayUrl: config.gatewayUrl,
      gatewayTimeoutMs: config.gatewayTimeoutMs,
      logger,
      maxBodyBytes: config.maxBodyBytes,
    }),
  );
  // Bad JSON bodies (POST /export/figures.csv) and anything unexpected: JSON errors, never Express's HTML page.
  app.use(((err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const e = err as { type?: string; status?: number; statusCode?: number; message?: string };
    if (e.type === 'entity.too.large')
      return void res.status(413).json({
        errors: [
          {
            message: `The request body is larger than the limit of ${config.maxBodyBytes} bytes.`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
    if (e.type === 'entity.parse.failed')
      return void res
        .status(400)
        .json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    const status = e.status ?? e.statusCode ?? 500;
    if (status >= 400 && status < 500)
      return void res.status(status).json({ errors: [{ message: 'The request could not be read.', extensions: { code: 'BAD_REQUEST' } }] });
    logger.error({ err: e.message ?? String(err) }, 'unexpected HTTP error');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }) as express.ErrorRequestHandler);

  // Slow clients: the headers, then the whole request, must arrive in time (408), checked every second.
  const server = http.createServer(
    {
      headersTimeout: Math.min(config.timeouts.headersMs, config.timeouts.bodyMs),
      requestTimeout: config.timeouts.bodyMs,
      connectionsCheckingInterval: Math.min(1000, config.timeouts.headersMs),
    },
    app,
  );
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const port = (server.address() as { port: number }).port;
  const url = `http://${config.host}:${port}`;
  logger.info({ url, gateway: config.gatewayUrl }, 'listening');
  return {
    url,
    port,
    logger,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await signIn.close();
      await pdfPool.close();
      logger.info('stopped: requests drained');
    },
  };
}
