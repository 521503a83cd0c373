import { z } from 'zod';
import { byteSizeSchema, logLevelSchema, type LogLevel } from '@hub/common';

/**
 * The web process's configuration, read and validated once.
 *   PORT           4000   the front door's port (the launcher passes WEB_PORT)
 *   HOST           127.0.0.1
 *   GATEWAY_URL    http://127.0.0.1:4001/graphql   the gateway's /graphql: proxied, and queried by the report and the export
 *   GATEWAY_TIMEOUT_MS 30000  how long one call to the gateway may take (report queries, export pages, the proxy)
 *   MAX_BODY_SIZE  256kb  the body of POST /export/figures.csv
 *   LOG_LEVEL      info
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_URL: z
    .string()
    .regex(/^https?:\/\/.+\/graphql$/, 'must be the gateway\'s http(s) URL ending in /graphql, e.g. http://127.0.0.1:4001/graphql')
    .default('http://127.0.0.1:4001/graphql'),
  GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  MAX_BODY_SIZE: byteSizeSchema.default('256kb'),
  LOG_LEVEL: logLevelSchema,
});

export interface WebConfig {
  port: number;
  host: string;
  /** The gateway's /graphql URL. */
  gatewayUrl: string;
  gatewayTimeoutMs: number;
  /** Limit of a POST /export/figures.csv body, in bytes. */
  maxBodyBytes: number;
  logLevel: LogLevel;
}

export function readWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid web configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  return { port: e.PORT, host: e.HOST, gatewayUrl: e.GATEWAY_URL, gatewayTimeoutMs: e.GATEWAY_TIMEOUT_MS, maxBodyBytes: e.MAX_BODY_SIZE, logLevel: e.LOG_LEVEL };
}
