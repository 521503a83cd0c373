/** The gateway's response cache settings (config.ts reads them from the environment). */
export interface ResponseCacheConfig {
  /** CACHE_ENABLED: off, every request is a bypass. */
  enabled: boolean;
  /** REDIS_URL: the cache all replicas share, and the channel the subgraphs announce their publishes on. */
  redisUrl: string;
  /** CACHE_KEY_PREFIX: of every key and channel; the subgraphs must use the same. */
  keyPrefix: string;
  /** CACHE_TIMEOUT_MS: a cache read slower than this counts as a miss. */
  timeoutMs: number;
}
