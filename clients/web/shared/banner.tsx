import type { ComponentChildren } from 'preact';
import { describe, signInHref, type SessionState } from './session';

/** The top bar of every page: the page's name, who is signed in, the pages they can use, and sign-out (a POST form). */
export function Banner({
  title,
  session,
  links = [],
}: {
  title: string;
  session: SessionState | null;
  links?: Array<{ href: string; label: string; current?: boolean }>;
}) {
  return (
    <header class="banner">
      <p class="site-title">{title}</p>
      {links.length > 0 && (
        <nav aria-label="Pages">
          <ul class="nav-links">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href} aria-current={l.current ? 'page' : undefined}>
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {session?.signedIn && (
        <form method="post" action="/auth/logout" class="signout">
          <span>Signed in as {describe(session)}</span>
          <button type="submit">Sign out</button>
        </form>
      )}
    </header>
  );
}

/** What a signed-out visitor sees: one button to the identity provider. */
export function SignInPrompt({ title, message, children }: { title: string; message?: string; children?: ComponentChildren }) {
  return (
    <main id="main" tabIndex={-1} class="signin">
      <h1>{title}</h1>
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}
      {children}
      <p>
        <a class="button" href={signInHref()}>
          Sign in
        </a>
      </p>
      <p class="hint">
        You sign in with your organisation's account (in development: choose an account on the development identity provider's page).
      </p>
    </main>
  );
}
