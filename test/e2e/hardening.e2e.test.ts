/**
 * The attacks of the independent run that got through, each against the real topology (fresh database, six
 * subgraph processes, the gateway): unbounded fan-out, CSV formula injection, the POST export loop, export
 * amplification, the HTTP 500 when an agency stalls mid-body, tokens without expiry, forgeable cursors, stack
 * traces from subgraphs, and trusted documents. docs/SECURITY.md lists each with its outcome.
 *
 * One hub serves every test: board tokens may run trusted documents only (a manifest this file writes), per-user
 * limits count in Redis under a prefix of this run, and police is reached through a proxy that can stall.
 * Every loop is bounded in count and time; all traffic stays on 127.0.0.1.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SignJWT } from 'jose';
import { GATEWAY_SECRET_HEADER } from '@hub/common/platform';
import { startTestHub, type TestHub } from '../support/hub';
import { deleteRedisKeys, REDIS_URL } from '../support/redis';
import type { GraphQLBody } from '../support/graphql';

let hub: TestHub;
let base: string;
/** The web front door: the export and the report. */
let web: string;
let proxy: Server;
/** Where the police proxy forwards to (the real police subgraph), and whether it stalls answers mid-body. */
let policeTarget = '';
let stallPolice = false;
const PREFIX = `hub-test-limits-${randomBytes(4).toString('hex')}`;

/** The board's dashboard query, as a trusted document. */
const BOARD_DOCUMENT =
  'query BoardScorecard { plan(id: "km-2012-2015") { title pathways(priorityOnly: true) { name headlineMeasures { id name agency latest { printed } } } } }';
const BOARD_HASH = createHash('sha256').update(BOARD_DOCUMENT).digest('hex');

const secret = () => new TextEncoder().encode(process.env.JWT_DEV_SECRET!);
const claims = (sub: string, role: string, agency?: string) =>
  new SignJWT({ role, ...(agency ? { agency } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer('partner-agency-graph')
    .setAudience('partner-agency-graph');
/** A token for its own subject, so each test has its own per-user limits. */
const tokenFor = (sub: string, role = 'analyst', agency?: string) =>
  claims(sub, role, agency).setIssuedAt().setExpirationTime('30m').sign(secret());

async function post<T = unknown>(body: unknown, token: string, path = '/graphql') {
  const res = await fetch(`${path === '/graphql' ? base : web}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json: GraphQLBody<T>;
  try {
    json = JSON.parse(text) as GraphQLBody<T>;
  } catch {
    json = undefined as unknown as GraphQLBody<T>;
  }
  return { status: res.status, headers: res.headers, text, body: json };
}
type PlanTitle = { plan: { title: string } };
type FigurePage = {
  headlineMeasure: { figures: { pageInfo: { endCursor: string }; edges: unknown[] } };
};

beforeAll(async () => {
  // Police through a proxy: passes everything on, or (stallPolice) sends the status and headers, then nothing.
  proxy = createServer((req, res) => {
    const target = new URL(policeTarget);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        if (stallPolice) {
          res.flushHeaders();
          up.resume();
          return; // the body never comes
        }
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}/graphql`;

  const dir = mkdtempSync(join(tmpdir(), 'hub-trusted-'));
  const manifest = join(dir, 'persisted-documents.json');
  writeFileSync(manifest, JSON.stringify({ [BOARD_HASH]: BOARD_DOCUMENT }));
  hub = await startTestHub('hardening', {
    gatewayEnv: {
      SUBGRAPH_POLICE_URL: proxyUrl,
      MAX_ENTITY_REPRESENTATIONS: '150',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      RATE_LIMIT_PREFIX: PREFIX,
      RATE_LIMIT_CONCURRENT: '3',
      RATE_LIMIT_PER_MINUTE: '100000',
      PERSISTED_DOCUMENTS_PATH: manifest,
      TRUSTED_DOCUMENTS_ONLY_ROLES: 'board',
      CACHE_ENABLED: 'false',
    },
    webEnv: { PDF_WORKERS: '1', PDF_QUEUE: '2' },
  });
  policeTarget = hub.subgraphUrls.get('police')!;
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
  web = hub.webUrl;
}, 600_000);

afterAll(async () => {
  await hub?.stop();
  proxy?.closeAllConnections();
  await new Promise((r) => proxy?.close(r));
  await deleteRedisKeys(PREFIX);
});

const FAN_OUT = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: headlineMeasures { usedIn { plan { headlineMeasures { figures { edges { node { value printed } } } } } } }`).join(' ')} }`;

describe('unbounded fan-out', () => {
  test('twenty aliases of measures -> plans -> measures -> figures are refused before any subgraph is called', async () => {
    const a = await post({ query: FAN_OUT(20) }, await tokenFor('fan-out-1'));
    expect(a.status).toBe(400);
    expect(a.body.errors[0].message).toMatch(/^Query list cost limit of 300000 exceeded, found \d+/);
  });

  test('`first` passed as a variable counts like a literal', async () => {
    // Per figure: 19 aliased values, an interval and the rest, so that 1,000 figures of every measure (about 320,000)
    // exceed the default limit of 300,000 while 5 (about 1,600) do not; the representations stay those of one list.
    const values = Array.from({ length: 19 }, (_, i) => `v${i}: value`).join(' ');
    const query = `query ($n: Int!) { headlineMeasures { figures(first: $n) { edges { node { value printed ${values} interval { lower upper method } area { code } period { code } } } } } }`;
    const token = await tokenFor('fan-out-2');
    const big = await post({ query, variables: { n: 1000 } }, token);
    expect(big.status).toBe(400);
    expect(big.body.errors[0].message).toMatch(/list cost limit/);
    const small = await post({ query, variables: { n: 5 } }, token);
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });

  test('the entity representations of one operation are capped: the operation fails whole, with a clear error', async () => {
    // This hub's cap is 150 (MAX_ENTITY_REPRESENTATIONS; 2000 by default), above the whole catalogue's 103. The
    // query is within the list cost limit, but fetches every measure, then every plan's measures, from the agencies.
    const query = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: headlineMeasures { usedIn { plan { headlineMeasures { name unit } } } }`).join(' ')} }`;
    const a = await post({ query }, await tokenFor('fan-out-3'));
    expect(a.status).toBe(400);
    expect(a.body.data).toBeUndefined();
    expect(a.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Entity limit of \d+ exceeded/) as unknown,
        extensions: expect.objectContaining({ code: 'OPERATION_TOO_LARGE' }) as unknown,
      }),
    ]);
  });

  test('per-user concurrency is counted in Redis: one user past the limit gets 429 with Retry-After, another user is served', async () => {
    const attacker = await tokenFor('fan-out-4');
    const query = '{ headlineMeasures { name usedIn { plan { title } } observations { printed } } }';
    const answers = await Promise.all(Array.from({ length: 8 }, () => post({ query }, attacker)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body.errors[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
      message: expect.stringMatching(/at most 3 operations in flight per user/) as unknown,
    });
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      expect((await redis.keys(`${PREFIX}:concurrent*fan-out-4`)).length).toBe(1);
    } finally {
      redis.disconnect();
    }
    expect((await post({ query: '{ plans { id } }' }, await tokenFor('fan-out-4-neighbour'))).status).toBe(200);
  });

  /**
   * The heaviest operation one user may run, looped by that user from six connections for ten seconds, while a
   * board member opens the scorecard (a trusted document). Bound: the board's p95 under attack stays below
   * 5 x its p95 alone + 500 ms. Before the limits, the heaviest operation allowed was FAN_OUT(20): about 5 s and
   * 10 MB each, and the board's requests waited seconds behind it.
   */
  test('one user looping the heaviest allowed query does not starve a board member', async () => {
    const board = await tokenFor('board-p95', 'board');
    const ask = async () => {
      const began = performance.now();
      const a = await post({ documentId: `sha256:${BOARD_HASH}` }, board);
      expect(a.status).toBe(200);
      expect(a.body.errors).toBeUndefined();
      return performance.now() - began;
    };
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
    await ask(); // warm
    const alone: number[] = [];
    for (let i = 0; i < 20; i++) alone.push(await ask());

    // The heaviest operation this hub lets through, found by asking: the attack's shape at the largest `first` the
    // list cost limit allows (cost 46,210 of 50,000), then, if the entity cap (150 here) refuses it, every measure's
    // figures, a page of 990 each, with `first` as a variable (cost 49,510).
    const candidates: Array<{ query: string; variables?: Record<string, unknown> }> = [
      { query: FAN_OUT(1).replace('figures {', 'figures(first: 9) {') },
      { query: 'query ($n: Int!) { headlineMeasures { figures(first: $n) { edges { node { value printed } } } } }', variables: { n: 990 } },
    ];
    const attacker = await tokenFor('fan-out-attacker');
    let heaviest: (typeof candidates)[number] | undefined;
    for (const c of candidates) {
      const probe = await post(c, attacker);
      if (probe.status === 200 && !probe.body.errors) {
        heaviest = c;
        break;
      }
      console.log(`not allowed here: ${c.query.slice(0, 80)}... ${probe.status} ${probe.body?.errors?.[0]?.message}`);
    }
    expect(heaviest).toBeDefined();
    const until = Date.now() + 10_000;
    const counts = { ok: 0, limited: 0, other: 0 };
    const loop = async () => {
      while (Date.now() < until) {
        const a = await post(heaviest!, attacker);
        if (a.status === 200) counts.ok++;
        else if (a.status === 429) {
          counts.limited++;
          await new Promise((r) => setTimeout(r, 20));
        } else counts.other++;
      }
    };
    const attack = Promise.all(Array.from({ length: 6 }, loop));
    await new Promise((r) => setTimeout(r, 500));
    const during: number[] = [];
    while (Date.now() < until - 500) during.push(await ask());
    await attack;
    const figures = {
      heaviest: candidates.indexOf(heaviest!),
      aloneP95: Math.round(p95(alone)),
      duringP95: Math.round(p95(during)),
      boardRequests: during.length,
      ...counts,
    };
    console.log(`board p95 alone vs under attack: ${JSON.stringify(figures)}`);
    expect(counts.other).toBe(0);
    expect(counts.limited).toBeGreaterThan(0);
    expect(figures.duringP95).toBeLessThan(5 * figures.aloneP95 + 500);
  }, 60_000);
});

describe('trusted documents', () => {
  test('a board member runs the dashboard by document id, and nothing else', async () => {
    const board = await tokenFor('board-trusted', 'board');
    const byId = await post<PlanTitle>({ documentId: `sha256:${BOARD_HASH}` }, board);
    expect(byId.status).toBe(200);
    expect(byId.body.data.plan.title).toMatch(/Kent and Medway/);
    const apolloForm = await post<PlanTitle>({ extensions: { persistedQuery: { version: 1, sha256Hash: BOARD_HASH } } }, board);
    expect(apolloForm.body.data.plan.title).toMatch(/Kent and Medway/);
    const sameText = await post({ query: BOARD_DOCUMENT }, board);
    expect(sameText.status).toBe(200);
    const arbitrary = await post({ query: '{ plans { id } }' }, board);
    expect(arbitrary.status).toBe(403);
    expect(arbitrary.body.errors[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/board tokens may run only the operations of the hub's own clients/) as unknown,
    });
    const unknown = await post({ documentId: `sha256:${'0'.repeat(64)}` }, board);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  test('an analyst still writes their own queries', async () => {
    const a = await post<{ plans: unknown[] }>({ query: '{ plans { id } }' }, await tokenFor('analyst-trusted'));
    expect(a.status).toBe(200);
    expect(a.body.data.plans.length).toBeGreaterThan(0);
  });
});

describe('CSV formula injection', () => {
  const header = 'measure_id,area,period,value,numerator,denominator,printed,approximate,not_available,status,note,publication';
  let editor: string;
  let measure: string;
  beforeAll(async () => {
    editor = await tokenFor('csv-editor', 'agency-editor', 'dwp');
    const list = await post<{ agencies: Array<{ key: string; measures: Array<{ id: string; unit: string }> }> }>(
      { query: '{ agencies { key measures { id unit } } }' },
      editor,
    );
    measure = list.body.data.agencies.find((a) => a.key === 'dwp')!.measures.find((m) => m.unit === 'COUNT')!.id;
  });

  test('text cells that begin with = + - @ tab or CR are escaped in /export/figures.csv', async () => {
    const csv = `${header}\n${measure},kent,2041-42,10,,,=1+2,false,false,FINAL,@SUM(A1),+cmd|' /C calc'!A0\n`;
    const imported = await post<{ dwpImportObservations: unknown }>(
      {
        query: 'mutation ($csv: String!) { dwpImportObservations(csv: $csv, reason: "injection test") { ok errors { message } } }',
        variables: { csv },
      },
      editor,
    );
    expect(imported.body.data.dwpImportObservations).toEqual({ ok: true, errors: [] });
    // A leading minus through the single-figure mutation. (Text is trimmed on the way in, so no stored cell can
    // begin with a tab or a CR; test/csv-safety.test.ts checks that those would be escaped too.)
    const recorded = await post(
      {
        query: `mutation { dwpRecordObservation(input: { measureId: "${measure}", area: "medway", period: "2041-42", value: 11, printed: "-2+3", reason: "injection test" }) { measureId } }`,
      },
      editor,
    );
    expect(recorded.body.errors).toBeUndefined();
    const res = await fetch(`${web}/export/figures.csv?measure=${measure}&from=2041-42&to=2041-42`, {
      headers: { authorization: `Bearer ${editor}` },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("'=1+2");
    expect(text).toContain("'@SUM(A1)");
    expect(text).toContain("'+cmd|");
    expect(text).toContain("'-2+3");
    // No cell of the file begins with a formula character (a cell starts the line or follows a comma or a quote).
    expect(text).not.toMatch(/(^|,|")[=+@\t](?!\d*$)/m);
    expect(text).not.toMatch(/(^|,)"?-2\+3/m);
  });

  test("the import's error report escapes what it echoes", async () => {
    const csv = `measure_id,area,period,value,=HYPERLINK(1),@cmd\n${measure},kent,2041-42,=1+1,a,b\n`;
    const a = await post<{ dwpImportObservations: { errors: Array<{ column: string | null; message: string }> } }>(
      {
        query: 'mutation ($csv: String!) { dwpImportObservations(csv: $csv, reason: "injection test") { ok errors { column message } } }',
        variables: { csv },
      },
      editor,
    );
    const errors = a.body.data.dwpImportObservations.errors;
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.column ?? '').not.toMatch(/^[=+\-@\t\r]/);
      expect(e.message).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(errors.map((e) => e.column)).toEqual(expect.arrayContaining(["'=hyperlink(1)", "'@cmd"]));
  });
});

describe('export', () => {
  test('a POST export whose paged list does not take $after is refused (it looped on the same page)', async () => {
    // $after is declared and used, but by another list: the paged one answered its first page for ever.
    const query = `query ($after: String) {
      paged: headlineMeasure(id: "probation.adult-proven-reoffending-proportion") { id name agency figures(first: 1) { pageInfo { hasNextPage endCursor } edges { node { printed } } } }
      other: headlineMeasure(id: "probation.adult-proven-reoffending-proportion") { id name agency figures(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { printed } } } }
    }`;
    const res = await post({ query, variables: {} }, await tokenFor('export-loop'), '/export/figures.csv');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/declare `\$after: String` and pass it as figures\(after: \$after\)/);
  });

  test('?measure= repeated 250 times runs one measure, and too many measures are refused', async () => {
    const token = await tokenFor('export-amplification');
    const once = await fetch(`${web}/export/figures.csv?measure=probation.adult-proven-reoffending-proportion`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const onceRows = (await once.text()).trim().split('\n').length;
    const repeated = await fetch(`${web}/export/figures.csv?${'measure=probation.adult-proven-reoffending-proportion&'.repeat(250)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(repeated.status).toBe(200);
    expect((await repeated.text()).trim().split('\n').length).toBe(onceRows);
    const many = await fetch(`${web}/export/figures.csv?measure=${Array.from({ length: 201 }, (_, i) => `x.m${i}`).join(',')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(many.status).toBe(400);
    expect(((await many.json()) as GraphQLBody<unknown>).errors[0].message).toMatch(/201 measures named: an export takes at most 200/);
  });
});

describe('an agency that stalls mid-body', () => {
  afterEach(() => {
    stallPolice = false;
  });

  test('is named, the rest is answered, and the status is never 500', async () => {
    stallPolice = true;
    const token = await tokenFor('stall');
    const query = '{ plan(id: "km-2012-2015") { title } headlineMeasures(agency: "police") { id name latest { printed } } }';
    // The same query twice at once: the second shares the first's subgraph fetch (deduplication), where it broke.
    const [a, b] = await Promise.all([post<PlanTitle>({ query }, token), post<PlanTitle>({ query }, await tokenFor('stall-2'))]);
    for (const r of [a, b]) {
      expect(r.status).toBe(200);
      expect(r.body.data.plan.title).toMatch(/Kent and Medway/);
      expect(r.text).toMatch(/The police subgraph is unavailable/);
      expect(r.text).not.toMatch(/only a getter|Internal server error/);
    }
  }, 30_000);
});

describe('tokens', () => {
  test('a token without exp is refused', async () => {
    const noExp = await claims('no-exp', 'board').setIssuedAt().sign(secret());
    const a = await post({ query: '{ __typename }' }, noExp);
    expect(a.status).toBe(401);
    expect(a.body.errors[0].message).toMatch(/the token has no exp claim: tokens must expire/);
  });

  test('a token that lives longer than JWT_MAX_LIFETIME (24h by default) is refused', async () => {
    const long = await claims('ten-years', 'analyst').setIssuedAt().setExpirationTime('3650d').sign(secret());
    const a = await post({ query: '{ __typename }' }, long);
    expect(a.status).toBe(401);
    expect(a.body.errors[0].message).toMatch(/longer than the 86400 s allowed/);
    const day = await claims('one-hour', 'analyst').setIssuedAt().setExpirationTime('1h').sign(secret());
    expect((await post({ query: '{ __typename }' }, day)).status).toBe(200);
  });
});

describe('cursors', () => {
  test('a cursor rebuilt with an unkeyed SHA-256 (as anyone could) is refused; the real one works', async () => {
    const token = await tokenFor('cursor');
    const q =
      'query ($after: String) { headlineMeasure(id: "probation.adult-proven-reoffending-proportion") { figures(first: 1, after: $after) { pageInfo { endCursor } edges { node { area { code } period { code } } } } } }';
    const page1 = await post<FigurePage>({ query: q }, token);
    const cursor = page1.body.data.headlineMeasure.figures.pageInfo.endCursor;
    const [payload] = cursor.split('.');
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { v: number; k: unknown[] };
    expect(decoded.v).toBe(1);
    // The old scheme: sha256("hub-figure-cursor:" + payload), 12 characters; and the same with any length.
    const forgedPayload = Buffer.from(JSON.stringify({ ...decoded, k: decoded.k.map((x: unknown) => x) })).toString('base64url');
    const unkeyed = createHash('sha256').update(`hub-figure-cursor:${forgedPayload}`).digest('base64url');
    for (const forged of [`${forgedPayload}.${unkeyed.slice(0, 12)}`, `${forgedPayload}.${unkeyed.slice(0, 22)}`]) {
      const a = await post({ query: q, variables: { after: forged } }, token);
      expect(a.body.errors?.[0].message).toMatch(/not a cursor of this list/);
    }
    const page2 = await post<FigurePage>({ query: q, variables: { after: cursor } }, token);
    expect(page2.body.errors).toBeUndefined();
    expect(page2.body.data.headlineMeasure.figures.edges).toHaveLength(1);
  });
});

describe('subgraph errors', () => {
  test('a direct call without the gateway secret gets no stack trace and no absolute path', async () => {
    for (const name of ['plan', 'probation']) {
      for (const headers of [{}, { [GATEWAY_SECRET_HEADER]: 'wrong-secret-of-the-right-length-maybe' }] as Array<Record<string, string>>) {
        const res = await fetch(hub.subgraphUrls.get(name)!, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        const text = await res.text();
        expect(text).toMatch(/only through the gateway/);
        expect(text).not.toMatch(/stacktrace|\n\s+at |node_modules|\/work\/|\/home\/|\/usr\//);
      }
    }
  });
});

describe('PDF rendering', () => {
  /**
   * Forty analysts ask for the stock-take PDF at once while another asks `{ __typename }` every 50 ms. PDFs are laid
   * out in the web process's worker (PDF_WORKERS=1 here) with a queue of 2 (PDF_QUEUE); at most 1 + 2 reports are built
   * at once: the rest get 503 with Retry-After at once, and the gateway and the web process stay responsive. Bound: `{ __typename }`'s p95 during the burst stays below 4 x its p95 alone + 400 ms
   * (before the pool, the event loop rendered every PDF and it took 3.1 s).
   */
  test('forty PDFs at once: rendered in a worker with a bounded queue, and { __typename } stays fast', async () => {
    const probe = await tokenFor('pdf-probe');
    const typename = async () => {
      const began = performance.now();
      const a = await post({ query: '{ __typename }' }, probe);
      expect(a.status).toBe(200);
      return performance.now() - began;
    };
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
    const alone: number[] = [];
    for (let i = 0; i < 20; i++) alone.push(await typename());
    const tokens = await Promise.all(Array.from({ length: 40 }, (_, i) => tokenFor(`pdf-reader-${i}`)));
    let done = false;
    const reports = Promise.all(
      tokens.map(async (t) => {
        const r = await fetch(`${web}/reports/stock-take?plan=km-2012-2015&year=2012-13&format=pdf`, {
          headers: { authorization: `Bearer ${t}` },
        });
        const body = Buffer.from(await r.arrayBuffer());
        return {
          status: r.status,
          retryAfter: r.headers.get('retry-after'),
          head: body.subarray(0, 5).toString('latin1'),
          text: r.status === 200 ? '' : body.toString('utf8'),
        };
      }),
    ).finally(() => {
      done = true;
    });
    const during: number[] = [];
    while (!done) {
      during.push(await typename());
      await new Promise((r) => setTimeout(r, 50));
    }
    const results = await reports;
    const ok = results.filter((r) => r.status === 200);
    const busy = results.filter((r) => r.status === 503);
    const figures = {
      pdfs: ok.length,
      refused: busy.length,
      aloneP95: Math.round(p95(alone)),
      duringP95: Math.round(p95(during)),
      probes: during.length,
    };
    console.log(`{ __typename } alone vs during 40 PDFs: ${JSON.stringify(figures)}`);
    if (results.some((r) => r.status === 500)) {
      console.log(
        hub
          .output('web')
          .split('\n')
          .filter((l) => /report failed|error/.test(l))
          .slice(0, 5)
          .join('\n'),
      );
    }
    expect(results.filter((r) => r.status !== 200 && r.status !== 503)).toEqual([]);
    expect(ok.length).toBeGreaterThan(0);
    for (const r of ok) expect(r.head).toBe('%PDF-');
    expect(busy.length).toBeGreaterThan(0);
    for (const r of busy) {
      expect(r.retryAfter).toBe('5');
      expect((JSON.parse(r.text) as GraphQLBody<unknown>).errors[0].message).toMatch(/Too many reports are being produced \(3 at once\)/);
    }
    expect(figures.duringP95).toBeLessThan(4 * figures.aloneP95 + 400);
  }, 180_000);
});
