/**
 * The workspaces: /workspace/agency for agency data officers, /workspace/secretariat for the board's secretariat.
 * Signed in through the hub's identity provider (the web process holds the session; the page holds no token).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Banner, SignInPrompt } from '../../shared/banner';
import { whenSignedOut } from '../../shared/graphql';
import { dropTokenLink, loadSession, watchTokenLinks, type SessionState } from '../../shared/session';
import { AgencyWorkspace, isAgency } from './agency';
import { SecretariatWorkspace } from './secretariat';

const TITLE = 'Reducing re-offending: workspaces';
const page = window.location.pathname.replace(/\/+$/, '').split('/')[2] ?? '';

function App() {
  const [session, setSession] = useState<SessionState | null>(null);
  const [failure, setFailure] = useState('');
  const [notice, setNotice] = useState(
    dropTokenLink() ? 'A sign-in link was ignored: the workspaces sign in only through the identity provider.' : '',
  );
  useEffect(() => {
    loadSession().then(setSession, (e) => setFailure(e instanceof Error ? e.message : String(e)));
    const unwatch = watchTokenLinks(() =>
      setNotice('A sign-in link was ignored: the workspaces sign in only through the identity provider.'),
    );
    whenSignedOut((m) => {
      setNotice(`You have been signed out (${m}).`);
      setSession({ signedIn: false, signInAvailable: true });
    });
    return unwatch;
  }, []);
  useEffect(() => {
    document.title = `${page === 'agency' ? 'Agency figures' : page === 'secretariat' ? 'Plan secretariat' : 'Workspaces'}: reducing re-offending`;
  }, []);

  const links = session?.signedIn
    ? [
        { href: '/dashboard/', label: 'Board dashboard' },
        ...(session.role === 'agency-editor' || session.role === 'admin'
          ? [{ href: '/workspace/agency', label: 'Agency figures', current: page === 'agency' }]
          : []),
        ...(session.role === 'secretariat' || session.role === 'admin'
          ? [{ href: '/workspace/secretariat', label: 'Plan secretariat', current: page === 'secretariat' }]
          : []),
      ]
    : [];
  let body;
  if (failure)
    body = (
      <main id="main" tabIndex={-1}>
        <h1>Workspaces</h1>
        <p class="error" role="alert">
          {failure}
        </p>
      </main>
    );
  else if (!session)
    body = (
      <main id="main" tabIndex={-1}>
        <p role="status">Loading…</p>
      </main>
    );
  else if (!session.signedIn) body = <SignInPrompt title="Sign in to the workspaces" message={notice} />;
  else if (page === 'agency') {
    const agency = session.role === 'admin' ? new URLSearchParams(window.location.search).get('agency') : session.agency;
    body = isAgency(agency) ? (
      <AgencyWorkspace agency={agency} />
    ) : (
      <main id="main" tabIndex={-1}>
        <h1>Agency figures</h1>
        <p role="alert">
          {session.role === 'admin'
            ? "Add ?agency=<key> to the address to work on an agency's figures."
            : 'The agency workspace is for agency data officers: your account is not one.'}
        </p>
      </main>
    );
  } else if (page === 'secretariat') {
    body =
      session.role === 'secretariat' || session.role === 'admin' ? (
        <SecretariatWorkspace />
      ) : (
        <main id="main" tabIndex={-1}>
          <h1>Plan secretariat</h1>
          <p role="alert">The secretariat workspace is for the board's secretariat: your account is not.</p>
        </main>
      );
  } else {
    body = (
      <main id="main" tabIndex={-1}>
        <h1>Workspaces</h1>
        {links.length > 1 ? (
          <ul>
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            Your account reads the <a href="/dashboard/">board dashboard</a>.
          </p>
        )}
      </main>
    );
  }
  return (
    <>
      <Banner title={TITLE} session={session} links={links} />
      {notice && session?.signedIn && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {body}
    </>
  );
}

render(<App />, document.getElementById('app')!);
