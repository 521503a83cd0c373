import { z } from 'zod';
import { byteSizeSchema as byteSize, logLevelSchema, ROLES, type LogLevel, type Role } from '@hub/common/platform';
import type { ResponseCacheConfig } from './cache/config';
import { subgraphUrls } from './subgraph-urls';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const roles = z
  .string()
  .transform((s) => s.split(',').map((r) => r.trim()).filter(Boolean))
  .pipe(z.array(z.enum(ROLES)));

/**
 * Gateway configuration, read and validated once. The subgraphs and their URLs are the committed supergraph's
 * (`join__graph`); `SUBGRAPH_<NAME>_URL` overrides one (subgraph-urls.ts).
 *
 * Operation limits (GraphQL Armor, checked before any subgraph is called). The defaults leave room above the
 * largest real query (the README example and the end-to-end tests: depth 6-7, cost ~410, ~130 tokens, no alias):
 *   MAX_QUERY_DEPTH       8      nesting of fields (fragments count as their fields)
 *   MAX_QUERY_ALIASES     20     aliases in an operation (fragments counted where spread)
 *   MAX_QUERY_COST        2000   Armor's cost: objects 2, scalars 1, x1.5 per level of nesting
 *   MAX_QUERY_TOKENS      1000   lexical tokens in the document (checked while parsing)
 *   MAX_QUERY_DIRECTIVES  10     directives in an operation
 *   MAX_BODY_SIZE         256kb  request body (larger: HTTP 413)
 *   BLOCK_FIELD_SUGGESTIONS true "Did you mean ...?" hints removed from errors (always removed in production)
 *   INTROSPECTION_ROLES   analyst,admin   roles that may run __schema / __type
 *   INCLUDE_STACKTRACES   false  stack traces in error responses (development only; refused in production)
 *
 * Response cache (cache/; docs/RELEASING.md "The response cache"):
 *   CACHE_ENABLED         true   cache the answers of published-figure readers (board, analyst, secretariat)
 *   REDIS_URL             redis://127.0.0.1:6379  the cache shared by every gateway replica, and the subgraphs'
 *                                 publish announcements; unreachable: the cache is off (logged), answers go on
 *   CACHE_KEY_PREFIX      hub:   prefix of every Redis key and channel (the subgraphs must use the same)
 *   CACHE_TIMEOUT_MS      250    a cache read slower than this is a miss (Redis hung)
 * How long an answer is kept is the subgraphs' cache hint (their CACHE_MAX_AGE_SECONDS), not the gateway's.
 */
const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4001),
    HOST: z.string().default('127.0.0.1'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(5000),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(8),
    MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(500).default(20),
    MAX_QUERY_COST: z.coerce.number().int().min(10).max(1_000_000).default(2000),
    MAX_QUERY_TOKENS: z.coerce.number().int().min(50).max(100_000).default(1000),
    MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).max(500).default(10),
    MAX_BODY_SIZE: byteSize.default('256kb'),
    BLOCK_FIELD_SUGGESTIONS: bool.default('true'),
    INTROSPECTION_ROLES: roles.default('analyst,admin'),
    INCLUDE_STACKTRACES: bool.default('false'),
    LOG_LEVEL: logLevelSchema,
    CACHE_ENABLED: bool.default('true'),
    REDIS_URL: z.string().regex(/^rediss?:\/\/.+/, 'must be a redis:// URL').default('redis://127.0.0.1:6379'),
    CACHE_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1-64 letters, digits or _.:-').default('hub:'),
    CACHE_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(250),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === 'production' && e.INCLUDE_STACKTRACES) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['INCLUDE_STACKTRACES'], message: 'stack traces are never sent when NODE_ENV=production' });
    }
  });

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  /** Request body limit in bytes. */
  maxBodyBytes: number;
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  subgraphTimeoutMs: number;
  subgraphUrls: Map<string, string>;
  limits: OperationLimits;
  /** Remove "Did you mean ...?" hints from errors (forced on in production). */
  blockFieldSuggestions: boolean;
  /** Roles allowed to run introspection (__schema, __type). */
  introspectionRoles: readonly Role[];
  /** Stack traces in error responses (never in production). */
  includeStacktraces: boolean;
  /** pino level of the JSON logs (LOG_LEVEL, default info). */
  logLevel: LogLevel;
  /** The response cache for published figures. */
  cache: ResponseCacheConfig;
}

/** `supergraphSdl` is the supergraph the gateway serves: its subgraphs and their default URLs. */
export function readGatewayConfig(supergraphSdl: string, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid gateway configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const urls = subgraphUrls(supergraphSdl, env);
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    production,
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    subgraphUrls: urls,
    limits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_QUERY_ALIASES,
      maxCost: e.MAX_QUERY_COST,
      maxTokens: e.MAX_QUERY_TOKENS,
      maxDirectives: e.MAX_QUERY_DIRECTIVES,
      maxBodyBytes: e.MAX_BODY_SIZE,
    },
    blockFieldSuggestions: production || e.BLOCK_FIELD_SUGGESTIONS,
    introspectionRoles: e.INTROSPECTION_ROLES,
    includeStacktraces: !production && e.INCLUDE_STACKTRACES,
    logLevel: e.LOG_LEVEL,
    cache: {
      enabled: e.CACHE_ENABLED,
      redisUrl: e.REDIS_URL,
      keyPrefix: e.CACHE_KEY_PREFIX,
      timeoutMs: e.CACHE_TIMEOUT_MS,
    },
  };
}
