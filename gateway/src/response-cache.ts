import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Kind, parse, print } from 'graphql';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import { Counter, Gauge, type Registry } from 'prom-client';
import { DATA_CHANGED_CHANNEL, verifyToken, type AuthConfig, type Logger, type Role } from '@hub/common/platform';

/**
 * The gateway's response cache for published figures (README, "Response cache").
 *
 * What is cached: the JSON answer of a query operation POSTed to /graphql, without errors, for a reader who sees
 * only published, disclosure-controlled figures (board, analyst, secretariat). The key is the role, the
 * operation name, the normalised document (parsed and printed: whitespace and comments do not matter) and the
 * variables. Each role has its own entries, although the three see the same figures: introspection and the
 * plan's audit trail are allowed to some roles only. Agency editors and admins (drafts, raw values) are never
 * cached; neither are mutations, subscriptions, GET requests, persisted queries or anything with an error.
 *
 * Invalidation (a stale figure after a publish is a bug):
 * 1. A mutation through this gateway (over HTTP or the analyst routes) clears the cache when its operation is
 *    resolved and again before its response is sent, so the next read misses.
 * 2. A change made anywhere else (another replica, the import CLI, SQL by hand) fires the subgraph schemas'
 *    statement triggers (migration 1763900000006): `NOTIFY hub_data_changed`. The gateway LISTENs on one
 *    connection per database and clears the cache on every notification.
 * 3. A generation number: a read stores its answer only if no invalidation happened while it ran, so an answer
 *    read before a change cannot be stored after it.
 * 4. While any LISTEN connection is down (and before the first is up) the cache is off and empty: every request
 *    is a bypass. It comes back, empty, once every connection listens again.
 * With no database to LISTEN to, the cache stays off (the safe default): a gateway cannot know about changes
 * made behind its back.
 * 5. A TTL (CACHE_TTL_MS) as a last resort.
 */
export const CACHE_HEADER = 'x-hub-cache';

/** Roles that see only published, disclosure-controlled figures: their answers may be cached (per role). */
const CACHEABLE_ROLES: ReadonlySet<Role> = new Set<Role>(['board', 'analyst', 'secretariat']);

export interface ResponseCacheConfig {
  enabled: boolean;
  maxEntries: number;
  maxBytes: number;
  ttlMs: number;
  /** The gateway's MAX_QUERY_TOKENS: documents are parsed with the same bound as Apollo's. */
  maxTokens?: number;
  /** Databases whose `hub_data_changed` notifications clear the cache (one LISTEN connection each). */
  invalidationUrls: string[];
}

interface Entry {
  body: string;
  contentType: string;
}

type DocumentKind = { kind: 'query'; normalised: string } | { kind: 'mutation' } | { kind: 'other' };

interface CacheMetrics {
  requests: Counter<'result'>;
  invalidations: Counter<'source'>;
}

/** How long to wait before reconnecting a lost LISTEN connection (doubling up to the maximum). */
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 10_000;
/** A LISTEN connection that cannot answer `SELECT 1` within this is treated as lost. */
const HEARTBEAT_MS = 5_000;

export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  /** Parsed documents by their text: whether each is a query, and its normalised form. */
  private readonly documents = new LRUCache<string, DocumentKind>({
    max: 2000,
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (k, key) => Math.max(1, key.length + (k.kind === 'query' ? k.normalised.length : 0)),
  });
  private generation = 0;
  /** LISTEN connections not (yet) listening: while any is, the cache is off. */
  private readonly down: Set<string>;
  private readonly listeners: Listener[] = [];
  private readonly metrics: CacheMetrics;
  private stopped = false;

  constructor(
    private readonly config: ResponseCacheConfig,
    private readonly auth: AuthConfig,
    private readonly logger: Logger,
    registry: Registry,
  ) {
    this.entries = new LRUCache<string, Entry>({
      max: config.maxEntries,
      maxSize: config.maxBytes,
      sizeCalculation: (e, key) => Math.max(1, e.body.length + key.length),
      ttl: config.ttlMs,
    });
    this.down = new Set(config.invalidationUrls);
    this.metrics = {
      requests: new Counter({
        name: 'gateway_response_cache_requests_total',
        help: 'GraphQL POSTs seen by the response cache, by result: hit, miss (answered by the gateway, maybe stored), bypass (not cacheable, or the cache is off).',
        labelNames: ['result'],
        registers: [registry],
      }),
      invalidations: new Counter({
        name: 'gateway_response_cache_invalidations_total',
        help: 'Times the response cache was cleared, by source: mutation (through this gateway), notify (hub_data_changed from a database), listener (a LISTEN connection lost or re-established).',
        labelNames: ['source'],
        registers: [registry],
      }),
    };
    const entries = this.entries;
    const active = () => (this.active() ? 1 : 0);
    new Gauge({ name: 'gateway_response_cache_entries', help: 'Answers in the response cache.', registers: [registry], collect() { this.set(entries.size); } });
    new Gauge({ name: 'gateway_response_cache_bytes', help: 'Approximate size of the response cache (characters of bodies and keys).', registers: [registry], collect() { this.set(entries.calculatedSize); } });
    new Gauge({ name: 'gateway_response_cache_active', help: '1 when the response cache serves and stores answers; 0 when it is disabled or an invalidation source is down.', registers: [registry], collect() { this.set(active()); } });
  }

  /** On, and every invalidation source listening. */
  active(): boolean {
    return this.config.enabled && this.config.invalidationUrls.length > 0 && this.down.size === 0 && !this.stopped;
  }

  /** Starts the LISTEN connections; resolves once each has tried once (the cache is on if all of them succeeded). */
  async start(): Promise<void> {
    if (!this.config.enabled) {
      this.logger.info('response cache disabled (CACHE_ENABLED=false)');
      return;
    }
    if (this.config.invalidationUrls.length === 0) {
      this.logger.warn(
        'response cache off: no database to LISTEN to for hub_data_changed (set CACHE_INVALIDATION_DATABASE_URLS or DATABASE_URL); changes made outside this gateway could not be seen',
      );
      return;
    }
    await Promise.all(
      this.config.invalidationUrls.map((url) => {
        const l = new Listener(url, this.logger, {
          notify: (schema) => this.invalidate('notify', `hub_data_changed from ${schema}`),
          up: () => {
            this.invalidate('listener', 'LISTEN connection up');
            this.down.delete(url);
            if (this.active()) this.logger.info({ sources: this.config.invalidationUrls.length }, 'response cache on: listening for hub_data_changed');
          },
          lost: () => {
            const wasActive = this.active();
            this.down.add(url);
            this.invalidate('listener', 'LISTEN connection lost');
            if (wasActive) this.logger.warn('response cache off until the LISTEN connection is back');
          },
        });
        this.listeners.push(l);
        return l.start();
      }),
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.entries.clear();
    await Promise.all(this.listeners.map((l) => l.stop()));
  }

  /** Clears every entry; reads in flight will not store what they read. */
  invalidate(source: 'mutation' | 'notify' | 'listener', reason: string): void {
    this.generation++;
    this.entries.clear();
    this.metrics.invalidations.inc({ source });
    this.logger.debug({ source, reason }, 'response cache cleared');
  }

  private kindOf(query: string, operationName: unknown): DocumentKind {
    const cacheKey = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
    let kind = this.documents.get(cacheKey);
    if (kind) return kind;
    try {
      const doc = parse(query, { noLocation: true, maxTokens: this.config.maxTokens });
      const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (ops.some((o) => o.operation === 'mutation')) kind = { kind: 'mutation' };
      else if (ops.length > 0 && ops.every((o) => o.operation === 'query')) kind = { kind: 'query', normalised: print(doc) };
      else kind = { kind: 'other' };
    } catch {
      kind = { kind: 'other' }; // Apollo answers the syntax error.
    }
    this.documents.set(cacheKey, kind);
    return kind;
  }

  /**
   * Express middleware in front of Apollo on /graphql (after the JSON body parser): answers hits, marks every
   * request hit, miss or bypass (x-hub-cache), and stores the answers of misses.
   */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const bypass = () => {
        res.setHeader(CACHE_HEADER, 'bypass');
        this.metrics.requests.inc({ result: 'bypass' });
        next();
      };
      const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown } | undefined;
      if (req.method !== 'POST' || !body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string' || body.extensions !== undefined) {
        return bypass();
      }
      // A malformed operationName or variables is Apollo's to refuse (400), never a hit on the well-formed query.
      const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
      if ((body.operationName != null && typeof body.operationName !== 'string') || (body.variables != null && !isObject(body.variables))) {
        return bypass();
      }
      const kind = this.kindOf(body.query, body.operationName);
      if (kind.kind === 'mutation') {
        // Cleared now, and again by the plugin before the answer is sent.
        this.invalidate('mutation', 'mutation received');
        return bypass();
      }
      if (kind.kind !== 'query' || !this.active()) return bypass();
      const generation = this.generation;
      verifyToken(req.headers.authorization, this.auth).then(
        (viewer) => {
          if (!CACHEABLE_ROLES.has(viewer.role) || !this.active()) return bypass();
          let variables: string;
          try {
            variables = JSON.stringify(body.variables ?? {});
          } catch {
            return bypass(); // e.g. variables nested too deep to serialise: Apollo answers
          }
          const key = `${viewer.role}\n${typeof body.operationName === 'string' ? body.operationName : ''}\n${variables}\n${kind.normalised}`;
          const hit = this.entries.get(key);
          if (hit) {
            this.metrics.requests.inc({ result: 'hit' });
            res.setHeader(CACHE_HEADER, 'hit');
            res.status(200).setHeader('content-type', hit.contentType);
            res.setHeader('content-length', Buffer.byteLength(hit.body));
            res.end(hit.body);
            return;
          }
          this.metrics.requests.inc({ result: 'miss' });
          res.setHeader(CACHE_HEADER, 'miss');
          let streamed = false;
          const write = res.write.bind(res);
          res.write = ((...args: Parameters<typeof res.write>) => {
            streamed = true; // incremental delivery: never stored
            return write(...args);
          }) as typeof res.write;
          const end = res.end.bind(res);
          res.end = ((chunk?: unknown, ...rest: unknown[]) => {
            try {
              const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : null;
              const contentType = String(res.getHeader('content-type') ?? '');
              if (
                text !== null && !streamed && res.statusCode === 200 && contentType.startsWith('application/json') &&
                // "errors" only appears unescaped as a key: the error list (or a field aliased so: not stored either).
                !text.includes('"errors"') && text.startsWith('{"data"') &&
                generation === this.generation && this.active()
              ) {
                this.entries.set(key, { body: text, contentType });
              }
            } catch (e) {
              this.logger.error({ err: e instanceof Error ? e.message : String(e) }, 'response cache: could not store an answer');
            }
            return (end as (...a: unknown[]) => typeof res)(chunk, ...rest);
          }) as typeof res.end;
          next();
        },
        // Not a valid token: Apollo answers with the error.
        () => bypass(),
      ).catch((e: unknown) => {
        // Never take the gateway down: hand the request to Apollo uncached if nothing was sent yet.
        this.logger.error({ err: e instanceof Error ? e.message : String(e) }, 'response cache: request not handled');
        if (!res.headersSent) next();
      });
    };
  }

  /** Clears the cache when a mutation is resolved and before its response is sent, on every path into Apollo. */
  plugin<T extends object>(): ApolloServerPlugin<T> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ operation }) => {
          if (operation?.operation === 'mutation') this.invalidate('mutation', 'mutation resolved');
        },
        willSendResponse: async ({ operation }) => {
          if (operation?.operation === 'mutation') this.invalidate('mutation', 'mutation answered');
        },
      }),
    };
  }
}

/** One dedicated connection that LISTENs for hub_data_changed, reconnecting with back-off when it is lost. */
class Listener {
  private client: Client | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;
  private delay = RECONNECT_MIN_MS;
  private stopped = false;
  private listening = false;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
    private readonly on: { notify(schema: string): void; up(): void; lost(): void },
  ) {}

  private get where(): string {
    try {
      const u = new URL(this.url);
      return `${u.hostname}:${u.port || 5432}${u.pathname}`;
    } catch {
      return 'the configured database';
    }
  }

  async start(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url, keepAlive: true, application_name: 'hub-gateway-cache', query_timeout: HEARTBEAT_MS, connectionTimeoutMillis: HEARTBEAT_MS });
    this.client = client;
    let failed = false;
    const fail = (reason: string) => {
      if (failed || this.client !== client) return;
      failed = true;
      this.client = null;
      if (this.heartbeat) clearInterval(this.heartbeat);
      this.heartbeat = null;
      if (this.listening) this.logger.error({ database: this.where, reason }, 'response cache: LISTEN connection lost');
      else this.logger.warn({ database: this.where, reason }, 'response cache: cannot LISTEN for hub_data_changed');
      this.listening = false;
      this.on.lost();
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      if (!this.stopped) {
        this.retry = setTimeout(() => void this.start(), this.delay);
        this.delay = Math.min(this.delay * 2, RECONNECT_MAX_MS);
      }
    };
    client.on('error', (e) => fail(e.message));
    client.on('end', () => fail('connection ended'));
    client.on('notification', (n) => {
      if (n.channel === DATA_CHANGED_CHANNEL) this.on.notify(n.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
      return;
    }
    if (failed || this.stopped) return;
    this.listening = true;
    this.delay = RECONNECT_MIN_MS;
    this.logger.info({ database: this.where }, 'response cache: listening for hub_data_changed');
    this.on.up();
    this.heartbeat = setInterval(() => {
      client.query('SELECT 1').catch((e: Error) => fail(`heartbeat: ${e.message}`));
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.heartbeat) clearInterval(this.heartbeat);
    const c = this.client;
    this.client = null;
    if (c) await c.end().catch(() => undefined);
  }
}
