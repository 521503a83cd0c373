/**
 * The analysts' query editor: GraphiQL 3 (CodeMirror 5), bundled at build time by build-graphiql.mjs from local
 * files only (no CDN), served by the web front door at /graphiql. Queries go to its /graphql (passed to the gateway) with the token
 * typed in the token field (kept in this browser's localStorage) or an Authorization header in the header editor.
 */
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { useEditorContext } from '@graphiql/react';
import 'graphiql/graphiql.css';
import './style.css';

// Saved example queries (clients/queries/*.graphql), inlined at build time.
// eslint-disable-next-line no-undef
const EXAMPLES = __HUB_EXAMPLES__;
const TOKEN_KEY = 'hub:token';

function fetcherFor(getToken) {
  return async (params, opts) => {
    const headers = { 'content-type': 'application/json', accept: 'application/json', ...(opts?.headers ?? {}) };
    const token = getToken();
    if (token && !Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')) headers.authorization = `Bearer ${token}`;
    const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params), credentials: 'omit' });
    return res.json();
  };
}

function ExamplesPanel() {
  const editors = useEditorContext({ nonNull: true });
  return (
    <div className="hub-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>Saved queries for common questions (also open as tabs at first). Click one to load it into the current tab.</p>
      <ul>
        {EXAMPLES.map((e) => (
          <li key={e.name}>
            <button type="button" onClick={() => editors.queryEditor?.setValue(e.query)} title={e.description}>
              {e.title}
            </button>
            {e.description ? <div className="hub-example-description">{e.description}</div> : null}
          </li>
        ))}
      </ul>
      <p>
        CSV: <code>/export/figures.csv?pathway=accommodation&amp;area=kent</code> (send the same token).
      </p>
    </div>
  );
}

const examplesPlugin = {
  title: 'Examples',
  icon: () => (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M2 2h12v2H2zM2 7h12v2H2zM2 12h8v2H2z" fill="currentColor" />
    </svg>
  ),
  content: ExamplesPanel,
};

function App() {
  const [token, setToken] = useState(() => localStorage.getItem(TOKEN_KEY) ?? '');
  const [fetcher] = useState(() => fetcherFor(() => localStorage.getItem(TOKEN_KEY) ?? ''));
  const [key, setKey] = useState(0);
  const save = (value) => {
    const t = value.trim().replace(/^Bearer\s+/i, '');
    setToken(t);
    localStorage.setItem(TOKEN_KEY, t);
  };
  return (
    <div className="hub-root">
      <form
        className="hub-token"
        onSubmit={(e) => {
          e.preventDefault();
          setKey((k) => k + 1); // reload the schema (docs) with the new token
        }}
      >
        <label htmlFor="hub-token">Token</label>
        <input
          id="hub-token"
          type="password"
          autoComplete="off"
          placeholder="analyst or admin token (npm run -s token -- --role analyst)"
          value={token}
          onChange={(e) => save(e.target.value)}
        />
        <button type="submit">Use token and load the schema</button>
        <span className="hub-token-hint">Schema docs need an analyst or admin token; other roles can run queries.</span>
      </form>
      <div className="hub-editor">
        <GraphiQL
          key={key}
          fetcher={fetcher}
          plugins={[examplesPlugin]}
          visiblePlugin={examplesPlugin}
          defaultTabs={EXAMPLES.map((e) => ({ query: e.query }))}
          defaultEditorToolsVisibility={false}
          isHeadersEditorEnabled={true}
          shouldPersistHeaders={false}
        />
      </div>
    </div>
  );
}

createRoot(document.getElementById('graphiql')).render(<App />);
