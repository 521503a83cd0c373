import type { RequestHandler } from 'express';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { verifyToken, type AuthConfig, type Logger } from '@hub/common/platform';

/**
 * Per-user limits on /graphql, shared by every gateway replica through Redis (rate-limiter-flexible):
 *  - a rate: at most `perMinute` operations a minute per token subject;
 *  - concurrency: at most `concurrent` operations of one subject in flight at once (a slot is taken when the
 *    request arrives and given back when its response ends or the client goes away).
 * One user looping a heavy query then gets HTTP 429 with Retry-After instead of taking the subgraphs' time from
 * everybody else. Without REDIS_URL, or while Redis is unreachable, each replica counts in its own memory
 * (the library's insurance limiter), so a Redis outage neither blocks nor unlimits anyone.
 */
export interface RateLimitConfig {
  enabled: boolean;
  perMinute: number;
  concurrent: number;
  redisUrl: string | null;
  /** Redis key prefix (tests use their own). */
  prefix: string;
}

export interface RateLimiter {
  middleware: RequestHandler;
  stop(): Promise<void>;
}

/**
 * A concurrency slot is a point that expires after this long even if it is never given back (a replica that
 * died mid-request must not hold a user's slots for ever); longer than any request may run.
 */
const SLOT_SECONDS = 120;

export function createRateLimiter(config: RateLimitConfig, auth: AuthConfig, logger: Logger): RateLimiter {
  if (!config.enabled) return { middleware: (_req, _res, next) => next(), stop: async () => {} };
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : null;
  redis?.on('error', (e) => logger.warn({ err: e.message }, 'rate limits: Redis unreachable, counting in memory'));
  const make = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix: `${config.prefix}:${name}`, points, duration });
    return redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.prefix}:${name}`, points, duration, insuranceLimiter: memory })
      : memory;
  };
  const rate = make('rate', config.perMinute, 60);
  const slots = make('concurrent', config.concurrent, SLOT_SECONDS);

  const refuse = (res: Parameters<RequestHandler>[1], retryMs: number, message: string) => {
    res.setHeader('retry-after', String(Math.max(1, Math.ceil(retryMs / 1000))));
    res.status(429).json({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] });
  };

  const middleware: RequestHandler = async (req, res, next) => {
    if (req.method !== 'POST' && req.method !== 'GET') return next();
    let subject: string;
    try {
      subject = (await verifyToken(req.headers.authorization, auth)).subject;
    } catch {
      return next(); // Apollo answers with the 401 that names what is wrong
    }
    try {
      await rate.consume(subject);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) return next(e);
      return refuse(
        res,
        e.msBeforeNext,
        `Too many requests: at most ${config.perMinute} operations a minute per user. Try again in ${Math.ceil(e.msBeforeNext / 1000)} s.`,
      );
    }
    try {
      await slots.consume(subject);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) return next(e);
      return refuse(
        res,
        1000,
        `Too many requests at once: at most ${config.concurrent} operations in flight per user. Wait for one to finish.`,
      );
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      slots
        .reward(subject)
        .catch((e: unknown) => logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'rate limits: could not give a slot back'));
    };
    res.once('finish', release);
    res.once('close', release);
    next();
  };
  return {
    middleware,
    stop: async () => {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
