import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { print, type DocumentNode } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import { PUBLISHED_READER_ROLES, type Logger, type Viewer } from '@hub/common/platform';
import type { ResponseCacheConfig } from './config';
import { createRedisClient, Generations } from './generations';
import { RedisResponseStore } from './store';
import { TouchedSubgraphs } from './touched-subgraphs';

export const CACHE_HEADER = 'x-hub-cache';

/**
 * The gateway's response cache: Apollo's response-cache plugin (@apollo/server-plugin-response-cache), stored in
 * Redis so that every replica shares it, driven by the subgraphs' cache hints (docs/RELEASING.md, "The response
 * cache").
 *
 * - What is stored: a query's answer without errors for a published-figure reader (board, analyst, secretariat),
 *   for as long as the subgraphs' hints allow (the smallest max-age of every subgraph fetch; a fetch without a hint
 *   is max-age 0, never stored). Agency editors and admins (drafts, raw values) are never served from or stored in
 *   the cache; neither are mutations.
 * - The key: the normalised document (whitespace and comments do not matter), the operation name, the variables,
 *   the reader's role (each role has its own entries: introspection and the plan's audit trail differ by role) and
 *   the publish generation of every subgraph the operation can read (touched-subgraphs.ts). A publish moves its
 *   subgraph's generation on, so the entries stored before it are never reached again (they expire by their
 *   max-age).
 * - Every /graphql POST says `x-hub-cache: hit | miss | bypass`.
 */
export interface HubResponseCache<C extends BaseContext> {
  plugins: ApolloServerPlugin<C>[];
  stop(): Promise<void>;
}

export async function createResponseCache<C extends BaseContext & { viewer: Viewer }>(opts: {
  config: ResponseCacheConfig;
  supergraphSdl: string;
  logger: Logger;
  registry: Registry;
}): Promise<HubResponseCache<C>> {
  const { config, logger } = opts;
  const requests = new Counter({
    name: 'gateway_response_cache_requests_total',
    help: 'GraphQL operations seen by the response cache, by result: hit, miss (answered by the subgraphs, stored if cacheable), bypass (not cacheable, or the cache is off).',
    labelNames: ['result'],
    registers: [opts.registry],
  });
  const headerPlugin = (state: (c: C) => 'eligible' | 'bypass', generations: Generations | null): ApolloServerPlugin<C> => ({
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const result =
            rc.operation?.operation === 'query' && state(rc.contextValue) === 'eligible'
              ? rc.metrics.responseCacheHit
                ? 'hit'
                : 'miss'
              : 'bypass';
          rc.response.http.headers.set(CACHE_HEADER, result);
          // Only this gateway's cache may keep answers given for a bearer token.
          rc.response.http.headers.set('cache-control', 'no-store');
          requests.inc({ result });
          // The subgraph bumped its generation before answering: read it now, so this client's next read is fresh.
          if (rc.operation?.operation === 'mutation' && generations) await generations.refresh('refresh');
        },
      };
    },
  });
  if (!config.enabled) {
    logger.info('response cache disabled (CACHE_ENABLED=false)');
    return { plugins: [headerPlugin(() => 'bypass', null)], stop: async () => {} };
  }

  const touched = new TouchedSubgraphs(opts.supergraphSdl);
  const data = createRedisClient(config.redisUrl);
  const subscriber = data.duplicate();
  const generations = new Generations(data, subscriber, touched.all, {
    keyPrefix: config.keyPrefix,
    redisUrl: config.redisUrl,
    timeoutMs: config.timeoutMs,
    logger,
    registry: opts.registry,
  });
  await generations.start();
  const store = new RedisResponseStore(data, {
    keyPrefix: config.keyPrefix,
    timeoutMs: config.timeoutMs,
    logger,
    usable: () => generations.active(),
  });

  /** Decided once per request, when the response-cache plugin first asks. */
  const decided = new WeakMap<object, 'eligible' | 'bypass'>();
  const state = (c: C) => decided.get(c) ?? 'bypass';
  const decide = (rc: GraphQLRequestContext<C>) => {
    let s = decided.get(rc.contextValue);
    if (!s) {
      s =
        rc.operation?.operation === 'query' &&
        PUBLISHED_READER_ROLES.has(rc.contextValue.viewer.role) &&
        generations.active() &&
        !nestsDeeperThan(rc.request.variables, MAX_KEY_DEPTH)
          ? 'eligible'
          : 'bypass';
      decided.set(rc.contextValue, s);
    }
    return s === 'eligible';
  };
  const normalised = new WeakMap<DocumentNode, string>();
  const normalise = (doc: DocumentNode) => {
    let text = normalised.get(doc);
    if (text === undefined) normalised.set(doc, (text = print(doc)));
    return text;
  };

  const responseCache = ApolloServerPluginResponseCache<C>({
    cache: store,
    extraCacheKeyData: async (rc) => ({
      role: rc.contextValue.viewer.role,
      generations:
        rc.document && rc.operation ? generations.snapshot(touched.of(rc.document, rc.operation)) : generations.snapshot(touched.all),
    }),
    shouldReadFromCache: async (rc) => decide(rc),
    // Stored under the generations read when the request began: if a publish happened meanwhile, that key is
    // already unreachable, so an answer read before a publish is never served after it.
    shouldWriteToCache: async (rc) => decide(rc) && generations.active(),
    generateCacheKey: (rc, key) =>
      createHash('sha256')
        .update(
          JSON.stringify({
            ...(key as Record<string, unknown>),
            source: rc.document ? normalise(rc.document) : (key as { source?: unknown }).source,
          }),
        )
        .digest('hex'),
  });
  return {
    plugins: [responseCache, headerPlugin(state, generations)],
    stop: () => generations.stop(),
  };
}

/**
 * Variables nested deeper than this are never cached: the cache key serialises them, and JSON.stringify recurses, so
 * a hostile 50,000-level variable would overflow the stack (a 500) before Apollo could refuse it with a 400.
 */
const MAX_KEY_DEPTH = 64;

function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
