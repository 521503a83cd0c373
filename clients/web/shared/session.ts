/** Who is signed in, as the web process tells it (GET /auth/session); the page holds no token. */
export type Role = 'board' | 'analyst' | 'agency-editor' | 'secretariat' | 'admin';

export interface SignedIn {
  signedIn: true;
  subject: string;
  name: string | null;
  role: Role;
  agency: string | null;
  sessionEndsAt: string;
}
export type SessionState = SignedIn | { signedIn: false; signInAvailable: boolean };

export async function loadSession(): Promise<SessionState> {
  const res = await fetch('/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`The hub answered HTTP ${res.status} when asked who is signed in.`);
  return (await res.json()) as SessionState;
}

/** Where "Sign in" goes: the provider's sign-in, then back to this page (path and query; never a token). */
export const signInHref = () => `/auth/login?returnTo=${encodeURIComponent(window.location.pathname + window.location.search)}`;

export const ROLE_NAMES: Record<Role, string> = {
  board: 'board member',
  analyst: 'analyst',
  'agency-editor': 'agency data officer',
  secretariat: 'secretariat',
  admin: 'administrator',
};

export const describe = (s: SignedIn) => `${s.name ?? s.subject} (${ROLE_NAMES[s.role]}${s.agency ? `, ${s.agency}` : ''})`;

/**
 * A development link (…#token=…) no longer signs anyone in: a token in an address ends up in histories and logs, and
 * a link must never swap the signed-in person for someone else. The fragment is removed at once, unread; the page
 * says so. Returns true when there was one.
 */
export function dropTokenLink(): boolean {
  if (!/(?:^#|&)token=/.test(window.location.hash)) return false;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  return true;
}

/** Also when a link changes only the fragment of the open page (no new page load): dropped the same way. */
export function watchTokenLinks(onDropped: () => void): () => void {
  const listener = () => {
    if (dropTokenLink()) onDropped();
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}
