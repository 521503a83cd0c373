/**
 * The front door's home page at /: where to go next. Plain HTML with no script and no external asset, so it
 * works on a closed network and with any assistive technology.
 */
const LINKS: Array<[href: string, label: string, what: string]> = [
  ['/dashboard/', 'Board dashboard', "the plan's headline measures by pathway and area, for board members"],
  ['/workspace/agency', 'Agency figures', "upload, check and publish your agency's figures, for agency data officers"],
  ['/workspace/secretariat', 'Plan secretariat', "goals, RAG status, actions and measure links, for the board's secretariat"],
  ['/graphiql', 'Query editor (GraphiQL)', 'write and run GraphQL queries against the graph, with saved examples, for analysts'],
  [
    '/reports/stock-take?plan=km-2012-2015&year=2012-13&format=html',
    'Stock take report',
    'the annual stock take of a plan as a page or a PDF (signed in, or with a token in the Authorization header)',
  ],
  [
    '/export/figures.csv',
    'Figures as CSV',
    'a streamed export of figures by measure, pathway or agency (signed in, or with a token in the Authorization header)',
  ],
  ['/health', 'Health', 'whether this web process is up'],
  ['/ready', 'Readiness', 'whether this web process can reach the gateway'],
];

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const HOME_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function homePage(): string {
  const items = LINKS.map(([href, label, what]) => `      <li><a href="${escape(href)}">${escape(label)}</a>: ${escape(what)}.</li>`).join(
    '\n',
  );
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Partner agency graph</title>
  <link rel="icon" href="data:,">
  <style>
    body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
    a { color: #1d4f91; }
    a:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
    code { background: #f3f2f1; padding: 0 .2em; }
  </style>
</head>
<body>
  <main>
    <h1>Partner agency graph</h1>
    <p>The reducing re-offending plan's figures from every partner agency, joined in one graph.</p>
    <nav aria-label="Pages">
      <ul>
${items}
      </ul>
    </nav>
    <p>People sign in on the pages with their organisation's account (the <a href="/auth/login">Sign in</a> link of each page). Programs query <code>POST /graphql</code> with a bearer token.</p>
  </main>
</body>
</html>
`;
}
