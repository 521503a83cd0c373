import { z } from 'zod';
import { byteSizeSchema, logLevelSchema, type LogLevel } from '@hub/common/platform';
import { readOidcConfig, type OidcConfig } from './auth/config';
import type { PdfPoolConfig } from './report/pdf-pool';

/**
 * The web process's configuration, read and validated once.
 *   PORT           4000   the front door's port (the launcher passes WEB_PORT)
 *   HOST           127.0.0.1
 *   GATEWAY_URL    http://127.0.0.1:4001/graphql   the gateway's /graphql: proxied, and queried by the report and the export
 *   GATEWAY_TIMEOUT_MS 30000  how long one call to the gateway may take (report queries, export pages, the proxy)
 *   IMPORT_TIMEOUT_MS  120000 how long the proxy waits for the gateway's answer: an agency import of 50,000 rows takes
 *                         longer than other requests, which the gateway itself cuts at its REQUEST_TIMEOUT_MS
 *   MAX_BODY_SIZE  256kb  the body of POST /export/figures.csv
 *   LOG_LEVEL      info
 *   OIDC_*, PUBLIC_URL, SESSION_TTL, REDIS_URL, SESSION_KEY_PREFIX  sign-in and its sessions in Redis (auth/config.ts,
 *                         docs/OPERATORS.md)
 *   PDF_WORKERS    1      worker threads laying out stock-take PDFs (the event loop never does)
 *   PDF_QUEUE      8      PDFs that may wait for a worker; reports built at once are capped at PDF_WORKERS + PDF_QUEUE;
 *                         past that: 503 with Retry-After
 *   METRICS_TOKEN  (none) when set, /metrics needs "Authorization: Bearer <token>"
 *   HEADERS_TIMEOUT_MS 10000, BODY_TIMEOUT_MS 15000  Node's headersTimeout and requestTimeout (slow clients: 408)
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_URL: z
    .string()
    .regex(/^https?:\/\/.+\/graphql$/, "must be the gateway's http(s) URL ending in /graphql, e.g. http://127.0.0.1:4001/graphql")
    .default('http://127.0.0.1:4001/graphql'),
  GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  IMPORT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(120_000),
  MAX_BODY_SIZE: byteSizeSchema.default('256kb'),
  LOG_LEVEL: logLevelSchema,
  PDF_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  PDF_QUEUE: z.coerce.number().int().min(0).max(10_000).default(8),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  BODY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
});

export interface WebConfig {
  port: number;
  host: string;
  /** The gateway's /graphql URL. */
  gatewayUrl: string;
  gatewayTimeoutMs: number;
  /** How long the /graphql proxy waits for the gateway (an agency import's answer included). */
  proxyTimeoutMs: number;
  /** Limit of a POST /export/figures.csv body, in bytes. */
  maxBodyBytes: number;
  logLevel: LogLevel;
  /** Sign-in through the organisation's identity provider; null: not configured (the pages cannot sign anyone in). */
  signIn: OidcConfig | null;
  pdf: PdfPoolConfig;
  metricsToken: string | null;
  timeouts: { headersMs: number; bodyMs: number };
}

export function readWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid web configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    gatewayUrl: e.GATEWAY_URL,
    gatewayTimeoutMs: e.GATEWAY_TIMEOUT_MS,
    proxyTimeoutMs: Math.max(e.GATEWAY_TIMEOUT_MS, e.IMPORT_TIMEOUT_MS),
    maxBodyBytes: e.MAX_BODY_SIZE,
    logLevel: e.LOG_LEVEL,
    pdf: { threads: e.PDF_WORKERS, queue: e.PDF_QUEUE },
    metricsToken: e.METRICS_TOKEN ?? null,
    timeouts: { headersMs: e.HEADERS_TIMEOUT_MS, bodyMs: e.BODY_TIMEOUT_MS },
    signIn: readOidcConfig(env),
  };
}
