import { createHash, randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import type { Viewer } from '@hub/common/platform';

/** A signed-in person: the provider's tokens stay on the server; the browser holds only the session id. */
export interface Session {
  id: string;
  viewer: Viewer;
  /** The person's name from the ID token, for the pages' banner. */
  name: string | null;
  accessToken: string;
  /** Epoch ms when the access token expires. */
  accessExpiresAt: number;
  refreshToken: string | null;
  /** For RP-initiated logout (id_token_hint). */
  idToken: string | null;
  /** Epoch ms when the session ends whatever the refreshes: the person signs in again. */
  endsAt: number;
}

/** A sign-in under way: what the callback needs to finish it (PKCE verifier, nonce) and where to go after. */
export interface PendingLogin {
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  redirectUri: string;
}

export interface SessionStoreConfig {
  /** redis:// or rediss:// URL of the Redis every web process shares. */
  redisUrl: string;
  /** Prefix of every key (several hubs, or tests, may share one Redis). */
  keyPrefix: string;
}

const LOGIN_TTL_MS = 10 * 60_000;
/** How long one process may hold a session's refresh before another may try (a token endpoint call, with retries). */
const REFRESH_LOCK_MS = 15_000;

// Deletes the lock only if it is still ours: a lock that expired and was taken by another process stays.
const UNLOCK = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * Sessions and sign-ins under way, in Redis (ioredis), so that every web process sees the same ones and a restart
 * signs nobody out. Ids are 256 random bits (opaque: they carry nothing); Redis keys hold their SHA-256, so a list
 * of keys gives nobody a cookie to replay. Each session key expires with the session (PXAT endsAt), each pending
 * sign-in after 10 minutes, and a pending sign-in is taken once (GETDEL: a replayed callback finds nothing, whichever
 * process it reaches). Redis being unreachable fails the request (nobody is signed in) rather than falling back to
 * one process's memory.
 */
export class SessionStore {
  private readonly redis: Redis;

  constructor(private readonly config: SessionStoreConfig) {
    // Commands wait for the connection (at start) but never hang: each fails after 2 s, with one retry on reconnect.
    this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 2000, connectionName: 'hub-web-sessions' });
    this.redis.on('error', () => undefined);
  }

  static newId(): string {
    return randomBytes(32).toString('base64url');
  }

  /** The Redis key of a session id (exported for tests that check a session is gone). */
  static keyOf(prefix: string, id: string): string {
    return `${prefix}s:${createHash('sha256').update(id).digest('base64url')}`;
  }

  private loginKey(state: string): string {
    return `${this.config.keyPrefix}l:${createHash('sha256').update(state).digest('base64url')}`;
  }

  async beginLogin(state: string, login: PendingLogin): Promise<void> {
    await this.redis.set(this.loginKey(state), JSON.stringify(login), 'PX', LOGIN_TTL_MS);
  }

  /** The sign-in started with this state, once: a replayed callback finds nothing. */
  async takeLogin(state: string): Promise<PendingLogin | undefined> {
    const raw = await this.redis.getdel(this.loginKey(state));
    return raw ? (JSON.parse(raw) as PendingLogin) : undefined;
  }

  async create(s: Omit<Session, 'id'>): Promise<Session> {
    const session = { ...s, id: SessionStore.newId() };
    await this.save(session);
    return session;
  }

  /** Writes the session back (after a refresh), keeping its end. */
  async save(s: Session): Promise<void> {
    if (s.endsAt <= Date.now()) return void (await this.delete(s.id));
    // The id itself is never stored: only its hash names the key.
    const { id, ...kept } = s;
    await this.redis.set(SessionStore.keyOf(this.config.keyPrefix, id), JSON.stringify(kept), 'PXAT', s.endsAt);
  }

  async get(id: string | undefined): Promise<Session | undefined> {
    if (!id || id.length > 100) return undefined;
    const raw = await this.redis.get(SessionStore.keyOf(this.config.keyPrefix, id));
    if (!raw) return undefined;
    const s = JSON.parse(raw) as Omit<Session, 'id'>;
    // The key expires at endsAt too; this covers the clock between the two.
    return s.endsAt > Date.now() ? { ...s, id } : undefined;
  }

  async delete(id: string): Promise<void> {
    await this.redis.del(SessionStore.keyOf(this.config.keyPrefix, id));
  }

  /**
   * Takes the right to refresh this session's tokens, across every web process: a provider that rotates refresh
   * tokens accepts each one once, so two processes refreshing at once would sign the person out. Returns the
   * release function, or null when another process holds it.
   */
  async lockRefresh(id: string): Promise<(() => Promise<void>) | null> {
    const key = `${SessionStore.keyOf(this.config.keyPrefix, id)}:refresh`;
    const token = randomBytes(16).toString('hex');
    const ok = await this.redis.set(key, token, 'PX', REFRESH_LOCK_MS, 'NX');
    if (ok !== 'OK') return null;
    return async () => {
      await this.redis.eval(UNLOCK, 1, key, token);
    };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
