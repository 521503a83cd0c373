import { z } from 'zod';
import { byteSizeSchema as byteSize, defaultSubgraphUrl, logLevelSchema, ROLES, type DiscoveredSubgraph, type LogLevel, type Role } from '@hub/common';
import type { ResponseCacheConfig } from './response-cache';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const roles = z
  .string()
  .transform((s) => s.split(',').map((r) => r.trim()).filter(Boolean))
  .pipe(z.array(z.enum(ROLES)));

/**
 * Gateway configuration, read and validated once. `SUBGRAPH_<NAME>_URL` overrides a subgraph's URL.
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
 * Response cache (response-cache.ts; README "Response cache"):
 *   CACHE_ENABLED         true   cache the answers of published-figure readers (board, analyst, secretariat)
 *   CACHE_MAX_ENTRIES     1000   answers kept (least recently used dropped first)
 *   CACHE_MAX_BYTES       32mb   total size of the kept answers
 *   CACHE_TTL_MS          300000 an answer's lifetime, a safety net behind invalidation
 *   CACHE_INVALIDATION_DATABASE_URLS  DATABASE_URL  comma-separated databases to LISTEN to for hub_data_changed
 *                                 (one connection each); with none the cache stays off
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
    CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(1000),
    CACHE_MAX_BYTES: byteSize.default('32mb'),
    CACHE_TTL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(300_000),
    CACHE_INVALIDATION_DATABASE_URLS: z
      .string()
      .transform((s) => s.split(',').map((u) => u.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\/.+/, 'must be postgres:// URLs')))
      .optional(),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL').optional(),
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

export function readGatewayConfig(subgraphs: DiscoveredSubgraph[], env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid gateway configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const urls = new Map<string, string>();
  for (const s of subgraphs) {
    const override = env[`SUBGRAPH_${s.name.toUpperCase()}_URL`];
    if (override !== undefined && !/^https?:\/\/.+/.test(override)) {
      throw new Error(`Invalid gateway configuration: SUBGRAPH_${s.name.toUpperCase()}_URL must be an http(s) URL, got ${JSON.stringify(override)}`);
    }
    urls.set(s.name, override ?? defaultSubgraphUrl(s));
  }
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
      maxEntries: e.CACHE_MAX_ENTRIES,
      maxBytes: e.CACHE_MAX_BYTES,
      ttlMs: e.CACHE_TTL_MS,
      maxTokens: e.MAX_QUERY_TOKENS,
      invalidationUrls: [...new Set(e.CACHE_INVALIDATION_DATABASE_URLS ?? (e.DATABASE_URL ? [e.DATABASE_URL] : []))],
    },
  };
}
