import { createClient } from '@redis/client';
import type { Logger } from './logging';

/**
 * How a subgraph tells the gateways that what readers see has changed, without any gateway connecting to its
 * database (docs/RELEASING.md, "The response cache").
 *
 * Every subgraph has a generation counter in Redis, `<prefix>generation:<subgraph>`. A publish (and any other
 * change readers see at once: a measure defined or retired, a RAG rule, a plan edit) increments it and then
 * announces the new value on the channel `<prefix>published` as `<subgraph> <generation>`. The gateways keep the
 * generations they have heard of, read them all again whenever their subscription (re)connects, and put the
 * generations of the subgraphs a query touches into its cache key: an entry stored before the change is never
 * reached again. Because the counter lives in Redis, every gateway replica computes the same keys and they share
 * one cache.
 *
 * The counter is incremented before the mutation answers, so a gateway that re-reads the counters after relaying
 * a mutation serves its client's next read fresh, with no wait for the announcement.
 */
export const publishChannel = (prefix: string) => `${prefix}published`;
export const generationKey = (prefix: string, subgraph: string) => `${prefix}generation:${subgraph}`;

/** `<subgraph> <generation>` -> its parts, or null for anything else on the channel. */
export function parsePublishMessage(message: string): { subgraph: string; generation: number } | null {
  const m = /^([a-z][a-z0-9-]*) (\d+)$/.exec(message);
  return m ? { subgraph: m[1], generation: Number(m[2]) } : null;
}

export interface PublishAnnouncer {
  /** Bumps this subgraph's generation and announces it. Never throws: a failure is logged (the cache hint's maxAge then bounds staleness). */
  announce(): Promise<void>;
  close(): Promise<void>;
}

/** How long a publish may wait for Redis before it answers anyway. */
const ANNOUNCE_TIMEOUT_MS = 1000;

export function createPublishAnnouncer(opts: { redisUrl: string; keyPrefix: string; subgraph: string; logger: Logger }): PublishAnnouncer {
  const client = createClient({
    url: opts.redisUrl,
    // Fail at once while disconnected rather than queue: a publish must not hang on the cache.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: ANNOUNCE_TIMEOUT_MS,
      reconnectStrategy: (retries: number) => Math.min(500 * 2 ** Math.min(retries, 4), 10_000),
    },
  });
  let connected = false;
  client.on('error', (e: Error) => {
    if (connected) opts.logger.warn({ err: e.message }, 'Redis connection lost: publishes are not announced until it is back');
    connected = false;
  });
  client.on('ready', () => {
    connected = true;
    opts.logger.info('Redis connected: publishes are announced to the gateways');
  });
  // Connects in the background and keeps retrying: the subgraph serves whether or not Redis is there.
  client.connect().catch((e: Error) => {
    opts.logger.warn(
      { err: e.message, redis: redactUrl(opts.redisUrl) },
      'Redis unreachable: publishes are not announced until it is (gateways see them after the cache max-age)',
    );
  });
  return {
    async announce() {
      const started = Date.now();
      try {
        if (!client.isReady) throw new Error('Redis is not connected');
        await Promise.race([
          (async () => {
            const generation = await client.incr(generationKey(opts.keyPrefix, opts.subgraph));
            await client.publish(publishChannel(opts.keyPrefix), `${opts.subgraph} ${generation}`);
            opts.logger.debug({ generation }, 'publish announced');
          })(),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error(`no answer within ${ANNOUNCE_TIMEOUT_MS} ms`)), ANNOUNCE_TIMEOUT_MS).unref(),
          ),
        ]);
      } catch (e) {
        opts.logger.error(
          { err: e instanceof Error ? e.message : String(e), ms: Date.now() - started },
          'publish not announced to the gateways (they see it after the cache max-age)',
        );
      }
    },
    async close() {
      if (client.isReady) await client.close().catch(() => client.destroy());
      else if (client.isOpen) client.destroy();
    },
  };
}

/** A Redis URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the configured Redis';
  }
}
