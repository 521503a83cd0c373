import { createClient } from '@redis/client';
import { generationKey, parsePublishMessage, publishChannel, redactUrl, type Logger } from '@hub/common/platform';
import { Counter, Gauge, type Registry } from 'prom-client';

/** A Redis connection for the cache: commands fail at once while disconnected rather than queue behind a dead connection. */
export function createRedisClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(250 * 2 ** Math.min(retries, 5), 10_000) },
  });
}
export type RedisClient = ReturnType<typeof createRedisClient>;

/**
 * The publish generation of every subgraph, as the subgraphs keep it in Redis (publish-events.ts in the kit), and
 * whether the cache may be used at all.
 *
 * The generations are read with one MGET when the subscription to `<prefix>published` is (re)established, and
 * then follow the announcements. While the subscription or the data connection is down, or before the first read,
 * the cache is off (every request a bypass, logged once): the gateway cannot know what was published meanwhile.
 * After relaying a mutation the gateway reads them again (`refresh`), so its client's next read is fresh even if
 * the announcement is still on its way.
 */
export class Generations {
  private readonly current = new Map<string, number>();
  private loaded = false;
  private subscribed = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  /** Called after a background re-read, to log the cache going on or off. */
  private onChange: (() => void) | null = null;
  private readonly bumps: Counter<'source'>;

  constructor(
    private readonly data: RedisClient,
    private readonly subscriber: RedisClient,
    private readonly subgraphs: readonly string[],
    private readonly opts: { keyPrefix: string; redisUrl: string; timeoutMs: number; logger: Logger; registry: Registry },
  ) {
    this.bumps = new Counter({
      name: 'gateway_response_cache_invalidations_total',
      help: 'Subgraph generations moved on, by source: publish (an announcement heard), refresh (read again after a mutation or a reconnection).',
      labelNames: ['source'],
      registers: [opts.registry],
    });
    const active = () => (this.active() ? 1 : 0);
    new Gauge({
      name: 'gateway_response_cache_active',
      help: '1 when the response cache serves and stores answers; 0 when it is disabled or Redis is unreachable.',
      registers: [opts.registry],
      collect() {
        this.set(active());
      },
    });
  }

  /** Redis reachable, subscribed, and every generation read since. */
  active(): boolean {
    return !this.stopped && this.loaded && this.subscribed && this.data.isReady && this.subscriber.isReady;
  }

  /** The generations of these subgraphs, for a cache key. */
  snapshot(subgraphs: readonly string[]): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of subgraphs) out[s] = this.current.get(s) ?? 0;
    return out;
  }

  /** Subscribes (and keeps re-subscribing: node-redis reconnects and re-subscribes by itself). */
  async start(): Promise<void> {
    const { logger } = this.opts;
    let wasActive: boolean | null = null;
    const report = () => {
      const now = this.active();
      if (now !== wasActive) {
        if (now) logger.info({ subgraphs: this.subgraphs.length }, 'response cache on: Redis reachable, following publish announcements');
        else
          logger.warn(
            { redis: redactUrl(this.opts.redisUrl) },
            'response cache off until Redis is reachable again (every request answered uncached)',
          );
      }
      wasActive = now;
    };
    this.onChange = report;
    for (const client of [this.data, this.subscriber]) {
      client.on('error', () => {
        this.loaded = false;
        report();
      });
      client.on('end', () => {
        this.loaded = false;
        report();
      });
      client.on('ready', () => {
        void this.refresh('refresh').then(report);
      });
    }
    // Logged once per outage rather than per reconnection attempt.
    const connect = (c: RedisClient) => c.connect().catch((e: Error) => logger.warn({ err: e.message }, 'Redis connection failed'));
    void connect(this.data);
    void connect(this.subscriber)
      .then(async () => {
        if (!this.subscriber.isOpen) return;
        await this.subscriber.subscribe(publishChannel(this.opts.keyPrefix), (message) => {
          const m = parsePublishMessage(message);
          if (!m) return;
          if ((this.current.get(m.subgraph) ?? -1) < m.generation) {
            this.current.set(m.subgraph, m.generation);
            this.bumps.inc({ source: 'publish' });
          }
        });
        this.subscribed = true;
        await this.refresh('refresh');
        report();
      })
      .catch((e: Error) => logger.warn({ err: e.message }, 'Redis subscription failed'));
    // Start-up waits briefly for Redis so that the first requests can be cached; it never fails for want of it.
    const deadline = Date.now() + 2000;
    while (!this.active() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    report();
  }

  /** Reads every generation again (MGET). On failure the cache goes off until a read succeeds (retried every second). */
  async refresh(source: 'refresh'): Promise<void> {
    if (!this.data.isReady) {
      this.loaded = false;
      return;
    }
    try {
      // Generous: a slow answer only delays the cache, and a busy event loop counts against the timer too.
      const values = await withTimeout(
        this.data.mGet(this.subgraphs.map((s) => generationKey(this.opts.keyPrefix, s))),
        Math.max(this.opts.timeoutMs, 2000),
      );
      let moved = false;
      this.subgraphs.forEach((s, i) => {
        const g = Number(values[i] ?? 0);
        if ((this.current.get(s) ?? -1) < g) {
          this.current.set(s, g);
          moved = true;
        }
      });
      if (moved) this.bumps.inc({ source });
      this.loaded = true;
    } catch (e) {
      this.loaded = false;
      this.opts.logger.warn(
        { err: e instanceof Error ? e.message : String(e) },
        'could not read the publish generations: response cache off until they are read',
      );
      if (!this.retry && !this.stopped) {
        this.retry = setTimeout(() => {
          this.retry = null;
          void this.refresh(source).then(() => this.onChange?.());
        }, 1000);
        this.retry.unref();
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    for (const c of [this.subscriber, this.data]) {
      if (c.isReady) await c.close().catch(() => c.destroy());
      else if (c.isOpen) c.destroy();
    }
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
