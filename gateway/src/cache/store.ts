import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis from '@keyv/redis';
import { Keyv } from 'keyv';
import type { Logger } from '@hub/common/platform';
import { withTimeout, type RedisClient } from './generations';

/**
 * The response cache's store: Redis through Keyv (@keyv/redis) behind Apollo's KeyvAdapter (which batches the
 * reads of one tick into one MGET). Every replica uses the same keys, so they share entries.
 *
 * Redis must never fail or stall a request: a read that errs or takes longer than `timeoutMs` is a miss, a write
 * that errs is dropped (logged once per outage), and nothing is sent while `usable()` says no.
 */
export class RedisResponseStore implements KeyValueCache<string> {
  private readonly inner: KeyvAdapter<string>;
  private failing = false;

  constructor(
    client: RedisClient,
    private readonly opts: { keyPrefix: string; timeoutMs: number; logger: Logger; usable: () => boolean },
  ) {
    const keyv = new Keyv<string>({
      store: new KeyvRedis(client as never, { throwOnErrors: true, throwOnConnectError: false }),
      namespace: `${opts.keyPrefix}response`,
      useKeyPrefix: true,
    });
    keyv.on('error', (e: unknown) => this.failed(e));
    this.inner = new KeyvAdapter(keyv);
  }

  private failed(e: unknown): void {
    if (!this.failing)
      this.opts.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'response cache store failing: answers are not cached');
    this.failing = true;
  }

  async get(key: string): Promise<string | undefined> {
    if (!this.opts.usable()) return undefined;
    try {
      const v = await withTimeout(this.inner.get(key), this.opts.timeoutMs);
      this.failing = false;
      return v;
    } catch (e) {
      this.failed(e);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (!this.opts.usable()) return;
    try {
      await withTimeout(this.inner.set(key, value, options), this.opts.timeoutMs * 4);
    } catch (e) {
      this.failed(e);
    }
  }

  async delete(key: string): Promise<boolean | void> {
    try {
      return await withTimeout(this.inner.delete(key), this.opts.timeoutMs);
    } catch (e) {
      this.failed(e);
      return false;
    }
  }
}
