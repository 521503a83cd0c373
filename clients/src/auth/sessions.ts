import { randomBytes } from 'node:crypto';
import type { Viewer } from '@hub/common/platform';

/** A signed-in person: the provider's tokens stay here, in the web process; the browser holds only the session id. */
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
  /** A refresh under way, so concurrent requests wait for the same one. */
  refreshing?: Promise<boolean>;
}

/** A sign-in under way: what the callback needs to finish it (PKCE verifier, nonce) and where to go after. */
export interface PendingLogin {
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  redirectUri: string;
  expiresAt: number;
}

const LOGIN_TTL_MS = 10 * 60_000;
const MAX_PENDING = 10_000;
const MAX_SESSIONS = 100_000;

/**
 * Sessions and sign-ins under way, in the web process's memory. Ids are 256 random bits (opaque: they carry
 * nothing). A restart signs everyone out, and several web processes behind a load balancer need sticky sessions
 * (docs/OPERATORS.md); a shared store would replace this class.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly pending = new Map<string, PendingLogin>();
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  static newId(): string {
    return randomBytes(32).toString('base64url');
  }

  beginLogin(state: string, login: Omit<PendingLogin, 'expiresAt'>): void {
    if (this.pending.size >= MAX_PENDING) this.sweep();
    if (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
    this.pending.set(state, { ...login, expiresAt: Date.now() + LOGIN_TTL_MS });
  }

  /** The sign-in started with this state, once: a replayed callback finds nothing. */
  takeLogin(state: string): PendingLogin | undefined {
    const p = this.pending.get(state);
    this.pending.delete(state);
    return p && p.expiresAt > Date.now() ? p : undefined;
  }

  create(s: Omit<Session, 'id'>): Session {
    if (this.sessions.size >= MAX_SESSIONS) this.sweep();
    if (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    const session = { ...s, id: SessionStore.newId() };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const s = this.sessions.get(id);
    if (s && s.endsAt <= Date.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    return s;
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [k, s] of this.sessions) if (s.endsAt <= now) this.sessions.delete(k);
    for (const [k, p] of this.pending) if (p.expiresAt <= now) this.pending.delete(k);
  }
}
