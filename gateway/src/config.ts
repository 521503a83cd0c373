import { z } from 'zod';
import { byteSizeSchema as byteSize, logLevelSchema, ROLES, type LogLevel, type Role } from '@hub/common/platform';
import { join } from 'node:path';
import type { ResponseCacheConfig } from './cache/config';
import type { FanOutLimits } from './fan-out';
import { ROOT } from './paths';
import type { RateLimitConfig } from './rate-limit';
import { subgraphUrls } from './subgraph-urls';
import type { TrustedDocumentsConfig } from './trusted-documents';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const roles = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(ROLES)));

/**
 * Gateway configuration, read and validated once. The subgraphs and their URLs are the committed supergraph's
 * (`join__graph`); `SUBGRAPH_<NAME>_URL` overrides one (subgraph-urls.ts).
 *
 * Runtime (docs/adr/0007-hive-gateway-runtime.md):
 *   GATEWAY_RUNTIME       apollo  apollo: Apollo Server with @apollo/gateway; hive: Hive Gateway with its Rust query
 *                                 planner (@graphql-hive/router-runtime), the same limits and checks, no response cache
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
 * Fan-out (fan-out.ts; docs/SECURITY.md):
 *   MAX_QUERY_LIST_COST   300000 estimated rows x fields of one operation, lists counted by size (`first`, as a
 *                                literal or a variable, else QUERY_LIST_SIZE); the export's 1000-figure page is ~33000, the stock take's largest query ~280000 (the fan-out attack: ~10 million)
 *   QUERY_LIST_SIZE       10     size assumed for a list without `first`
 *   MAX_ENTITY_REPRESENTATIONS 2000  objects fetched from subgraphs by reference for one operation
 *
 * Per-user limits (rate-limit.ts), shared through Redis when REDIS_URL is set:
 *   RATE_LIMIT_ENABLED    true
 *   RATE_LIMIT_PER_MINUTE 600    operations per token subject per minute
 *   RATE_LIMIT_CONCURRENT 8      operations per token subject in flight at once
 *   REDIS_URL             (none for the limits) e.g. redis://127.0.0.1:6379; without it each replica counts alone
 *   RATE_LIMIT_PREFIX     hub:limits  Redis key prefix
 *
 * Trusted documents (trusted-documents.ts):
 *   PERSISTED_DOCUMENTS_PATH  clients/generated/persisted-documents.json  {"<sha256>": "<document>"}
 *   TRUSTED_DOCUMENTS_ONLY_ROLES (none)  roles refused any operation not in the manifest (e.g. board)
 *
 * Timeouts and /metrics:
 *   REQUEST_TIMEOUT_MS    30000  a /graphql request not answered by then gets a 503 (the work is abandoned)
 *   HEADERS_TIMEOUT_MS    10000  Node's headersTimeout: the request line and headers must arrive by then
 *   BODY_TIMEOUT_MS       15000  Node's requestTimeout: the whole request (a slow body) must arrive by then
 *   MAX_IMPORT_BODY_SIZE  16mb   the body of one CSV import (an `<agency>ImportObservations` mutation alone) from an
 *                                agency editor or admin; everything else keeps MAX_BODY_SIZE (large-import.ts)
 *   IMPORT_TIMEOUT_MS     120000 how long such an import may take, instead of REQUEST_TIMEOUT_MS and SUBGRAPH_TIMEOUT_MS
 *   METRICS_TOKEN         (none) when set, /metrics needs "Authorization: Bearer <token>"
 *   METRICS_MAX_OPERATION_NAMES 50  distinct operation-name labels before names are counted as "other"
 *
 * Response cache (cache/; docs/RELEASING.md "The response cache"):
 *   CACHE_ENABLED         true   cache the answers of published-figure readers (board, analyst, secretariat)
 *   REDIS_URL             redis://127.0.0.1:6379 for the cache: shared by every gateway replica, and the subgraphs'
 *                                 publish announcements; unreachable: the cache is off (logged), answers go on
 *   CACHE_KEY_PREFIX      hub:   prefix of every Redis key and channel (the subgraphs must use the same)
 *   CACHE_TIMEOUT_MS      250    a cache read slower than this is a miss (Redis hung)
 * How long an answer is kept is the subgraphs' cache hint (their CACHE_MAX_AGE_SECONDS), not the gateway's.
 */
const schema = z
  .object({
    GATEWAY_RUNTIME: z.enum(['apollo', 'hive']).default('apollo'),
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
    MAX_IMPORT_BODY_SIZE: byteSize.default('16mb'),
    IMPORT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(120_000),
    BLOCK_FIELD_SUGGESTIONS: bool.default('true'),
    INTROSPECTION_ROLES: roles.default('analyst,admin'),
    INCLUDE_STACKTRACES: bool.default('false'),
    LOG_LEVEL: logLevelSchema,
    CACHE_ENABLED: bool.default('true'),
    CACHE_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1-64 letters, digits or _.:-')
      .default('hub:'),
    CACHE_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(250),
    MAX_QUERY_LIST_COST: z.coerce.number().int().min(10).max(100_000_000).default(300_000),
    QUERY_LIST_SIZE: z.coerce.number().int().min(1).max(10_000).default(10),
    MAX_ENTITY_REPRESENTATIONS: z.coerce.number().int().min(1).max(1_000_000).default(2000),
    RATE_LIMIT_ENABLED: bool.default('true'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    RATE_LIMIT_CONCURRENT: z.coerce.number().int().min(1).max(10_000).default(8),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, 'must be a redis:// URL')
      .optional(),
    RATE_LIMIT_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9:_-]{1,100}$/, 'must be letters, digits, colons, dashes or underscores')
      .default('hub:limits'),
    PERSISTED_DOCUMENTS_PATH: z
      .string()
      .min(1)
      .default(join(ROOT, 'clients', 'generated', 'persisted-documents.json')),
    TRUSTED_DOCUMENTS_ONLY_ROLES: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(ROLES))),
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    BODY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    METRICS_MAX_OPERATION_NAMES: z.coerce.number().int().min(1).max(10_000).default(50),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === 'production' && e.INCLUDE_STACKTRACES) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['INCLUDE_STACKTRACES'],
        message: 'stack traces are never sent when NODE_ENV=production',
      });
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
  /** Body limit of one agency import from an editor or admin (large-import.ts). */
  maxImportBodyBytes: number;
  /** How long such an import may take, end to end and at the subgraph. */
  importTimeoutMs: number;
}

/** Which GraphQL runtime serves /graphql: Apollo Server with @apollo/gateway, or Hive Gateway with the Rust planner. */
export type GatewayRuntime = 'apollo' | 'hive';

export interface GatewayConfig {
  runtime: GatewayRuntime;
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
  fanOut: FanOutLimits;
  rateLimit: RateLimitConfig;
  trustedDocuments: TrustedDocumentsConfig;
  timeouts: {
    /** A /graphql request not answered within this gets a 503. */
    requestMs: number;
    /** Node's headersTimeout. */
    headersMs: number;
    /** Node's requestTimeout (the whole request, body included). */
    bodyMs: number;
  };
  metrics: { token: string | null; maxOperationNames: number };
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
    runtime: e.GATEWAY_RUNTIME,
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
      maxImportBodyBytes: e.MAX_IMPORT_BODY_SIZE,
      importTimeoutMs: e.IMPORT_TIMEOUT_MS,
    },
    blockFieldSuggestions: production || e.BLOCK_FIELD_SUGGESTIONS,
    introspectionRoles: e.INTROSPECTION_ROLES,
    includeStacktraces: !production && e.INCLUDE_STACKTRACES,
    logLevel: e.LOG_LEVEL,
    cache: {
      enabled: e.CACHE_ENABLED,
      // The cache is on by default: Redis on this machine unless REDIS_URL says otherwise.
      redisUrl: e.REDIS_URL ?? 'redis://127.0.0.1:6379',
      keyPrefix: e.CACHE_KEY_PREFIX,
      timeoutMs: e.CACHE_TIMEOUT_MS,
    },
    fanOut: { maxListCost: e.MAX_QUERY_LIST_COST, listSize: e.QUERY_LIST_SIZE, maxRepresentations: e.MAX_ENTITY_REPRESENTATIONS },
    rateLimit: {
      enabled: e.RATE_LIMIT_ENABLED,
      perMinute: e.RATE_LIMIT_PER_MINUTE,
      concurrent: e.RATE_LIMIT_CONCURRENT,
      redisUrl: e.REDIS_URL ?? null,
      prefix: e.RATE_LIMIT_PREFIX,
    },
    trustedDocuments: { manifestPath: e.PERSISTED_DOCUMENTS_PATH, onlyRoles: e.TRUSTED_DOCUMENTS_ONLY_ROLES },
    timeouts: { requestMs: e.REQUEST_TIMEOUT_MS, headersMs: e.HEADERS_TIMEOUT_MS, bodyMs: e.BODY_TIMEOUT_MS },
    metrics: { token: e.METRICS_TOKEN ?? null, maxOperationNames: e.METRICS_MAX_OPERATION_NAMES },
  };
}
