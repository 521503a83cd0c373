import { z } from 'zod';
import { logLevelSchema, type LogLevel } from './logging';

/** A size in the environment: `100kb`, `1mb`, `262144` (bytes) -> bytes, between 1kb and 50mb. */
export const byteSizeSchema = z
  .string()
  .trim()
  .regex(/^\d+\s*(b|kb|mb)?$/i, 'must be a size such as 262144, 256kb or 1mb')
  .transform((s) => {
    const [, n, unit = 'b'] = s.match(/^(\d+)\s*(b|kb|mb)?$/i)!;
    return Number(n) * { b: 1, kb: 1024, mb: 1024 * 1024 }[unit.toLowerCase() as 'b' | 'kb' | 'mb'];
  })
  .pipe(
    z
      .number()
      .int()
      .min(1024, 'must be at least 1kb')
      .max(50 * 1024 * 1024, 'must be at most 50mb'),
  );

/**
 * Service configuration, read from the environment once at start-up and validated: a bad value stops
 * the service with a message naming the variable. Nothing else in the code reads process.env.
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL').optional(),
  DB_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'DB_SCHEMA must be a lower-case SQL identifier')
    .optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_SQL: z.enum(['0', '1']).default('0'),
  LOG_LEVEL: logLevelSchema,
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'REDIS_URL must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  CACHE_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'CACHE_KEY_PREFIX must be 1-64 letters, digits or _.:-')
    .default('hub:'),
  CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(30),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  MAX_IMPORT_BODY_SIZE: byteSizeSchema.default('16mb'),
  SUBGRAPH_EXECUTION: z
    .enum(['compiled', 'graphql-js'], { message: "SUBGRAPH_EXECUTION must be 'compiled' or 'graphql-js'" })
    .default('compiled'),
});

export interface ServiceConfig {
  name: string;
  port: number;
  host: string;
  databaseUrl: string;
  dbSchema: string;
  poolSize: number;
  production: boolean;
  logSql: boolean;
  /** pino level of the JSON logs (LOG_LEVEL, default info). */
  logLevel: LogLevel;
  /**
   * The gateways' shared response cache (docs/RELEASING.md, "The response cache"): where this subgraph announces
   * its publishes (REDIS_URL), the key prefix it shares with the gateways (CACHE_KEY_PREFIX), and the cache hint
   * it sends on readers' answers: how long a gateway may keep them (CACHE_MAX_AGE_SECONDS; 0 turns caching off).
   */
  cache: { redisUrl: string; keyPrefix: string; maxAgeSeconds: number };
  /** Bearer token required to read /metrics (METRICS_TOKEN); null leaves it open (for a scraper on a private network). */
  metricsToken: string | null;
  /**
   * Body limit of a request that carries the gateway secret (MAX_IMPORT_BODY_SIZE, as the gateway's: one agency
   * import); a request without it is refused anyway, and its body is read only up to 1 MB.
   */
  maxImportBodyBytes: number;
  /**
   * Queries run as compiled code (graphql-jit, compiled-execution.ts) rather than through graphql-js's interpreter
   * (SUBGRAPH_EXECUTION=compiled, the default; `graphql-js` is the reference to compare against).
   */
  compiledExecution: boolean;
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/partner_agency_graph';

export function readConfig(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration for ${name}: ${problems}`);
  }
  const e = parsed.data;
  return {
    name,
    port: e.PORT ?? defaultPort,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    dbSchema: e.DB_SCHEMA ?? name,
    poolSize: e.DB_POOL_SIZE,
    production: e.NODE_ENV === 'production',
    logSql: e.LOG_SQL === '1',
    logLevel: e.LOG_LEVEL,
    cache: { redisUrl: e.REDIS_URL, keyPrefix: e.CACHE_KEY_PREFIX, maxAgeSeconds: e.CACHE_MAX_AGE_SECONDS },
    metricsToken: e.METRICS_TOKEN ?? null,
    maxImportBodyBytes: e.MAX_IMPORT_BODY_SIZE,
    compiledExecution: e.SUBGRAPH_EXECUTION === 'compiled',
  };
}
