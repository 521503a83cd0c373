/**
 * The analysts' features through the real topology (subgraph processes, the gateway and the web process on free ports): every
 * saved query of clients/queries runs without errors as an analyst; the CSV export has the rows and columns the
 * graph gives for the same filter, arrives in chunks, handles 20,000 imported figures with bounded web and gateway memory,
 * and refuses missing tokens (401) and bad parameters (400, named); /graphiql serves the editor from local files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readExamplesForTest } from '../support/examples';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
let analyst: string;
let base: string;

beforeAll(async () => {
  hub = await startTestHub('analyst');
  analyst = await hub.token('analyst');
  base = hub.webUrl;
}, 300_000);

afterAll(async () => {
  await hub?.stop();
});

const CSV_COLUMNS = [
  'measure_id',
  'measure_name',
  'agency',
  'unit',
  'polarity',
  'area_code',
  'area_name',
  'area_kind',
  'period_code',
  'period_kind',
  'period_label',
  'period_start',
  'period_end',
  'value',
  'numerator',
  'denominator',
  'lower_bound',
  'upper_bound',
  'printed',
  'approximate',
  'not_available',
  'suppressed',
  'status',
  'draft',
  'note',
  'publication',
  'publisher',
  'published',
  'document',
  'location',
  'cited_source',
];

/** A figure as the graph query of the first export test selects it. */
interface GraphFigure {
  area: { code: string; name: string; kind: string };
  period: { code: string; start: string; end: string };
  value: number | null;
  printed: string;
  approximate: boolean;
  notAvailable: boolean;
  suppressed: boolean;
  status: string;
  provenance: { publication: string; location: string };
}
interface GraphMeasure {
  id: string;
  name: string;
  agency: string;
  unit: string;
  figures: { totalCount: number; edges: Array<{ node: GraphFigure }> };
}
/** An error body of the export (its GraphQL errors, or the export's own 400/401). */
interface ErrorBody {
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

const get = (path: string, token: string | null = analyst) =>
  fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const csvRows = (text: string): Array<Record<string, string>> => parseCsv(text, { columns: true, skip_empty_lines: true });

describe('saved queries', () => {
  const examples = readExamplesForTest();
  test('there are saved queries for the common questions, each with a title', () => {
    expect(examples.map((e) => e.title)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/one measure across all areas/i),
        expect.stringMatching(/parent and its peers/i),
        expect.stringMatching(/every agency.*one pathway/i),
        expect.stringMatching(/gaps/i),
        expect.stringMatching(/scorecard/i),
      ]),
    );
  });
  test.each(readExamplesForTest().map((e) => [e.name, e.query]))(
    '%s runs without errors as an analyst and returns figures',
    async (_name, query) => {
      const res = await hub.query(query, undefined, analyst);
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).toMatch(/"edges":\[\{"node"/);
    },
  );
});

describe('CSV export', () => {
  const FILTER = { area: 'kent-and-medway', includeSubAreas: true };
  test('by pathway and filter: the same figures and values as the graph, with every column', async () => {
    const res = await get('/export/figures.csv?pathway=accommodation&area=kent-and-medway&includeSubAreas=true');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    expect(text.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = csvRows(text);
    const graph = await hub.query<{ headlineMeasures: GraphMeasure[] }>(
      `query ($filter: FigureFilter, $first: Int!) { headlineMeasures(pathway: "accommodation") { id name agency unit figures(filter: $filter, first: $first) { totalCount edges { node { area { code name kind } period { code start end } value printed approximate notAvailable suppressed status provenance { publication location } } } } } }`,
      { filter: FILTER, first: 1000 },
      analyst,
    );
    expect(graph.errors).toBeUndefined();
    const expected = graph.data!.headlineMeasures.flatMap((m) =>
      m.figures.edges.map(({ node: n }) => ({
        measure_id: m.id,
        measure_name: m.name,
        agency: m.agency,
        unit: m.unit,
        area_code: n.area.code,
        area_name: n.area.name,
        area_kind: n.area.kind,
        period_code: n.period.code,
        period_start: n.period.start,
        period_end: n.period.end,
        value: n.value === null ? '' : String(n.value),
        printed: n.printed,
        approximate: String(n.approximate),
        not_available: String(n.notAvailable),
        suppressed: String(n.suppressed),
        status: n.status,
        publication: n.provenance.publication,
        location: n.provenance.location,
      })),
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(new Set(expected.map((e) => e.agency)).size).toBeGreaterThan(1);
    expect(rows).toHaveLength(expected.length);
    expect(rows).toEqual(expected.map((e) => expect.objectContaining(e) as unknown));
  });

  test('POST {query, variables} pages one figure list through $after', async () => {
    const query = `query ($after: String) { headlineMeasure(id: "probation.adult-proven-reoffending-proportion") { id name agency unit polarity figures(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { area { code name kind } period { code kind label start end } value printed approximate notAvailable suppressed status draft note provenance { publication publisher published document location citedSource } } } } } }`;
    const total = (await hub.query<{ headlineMeasure: GraphMeasure }>(query, {}, analyst)).data!.headlineMeasure.figures.totalCount;
    expect(total).toBeGreaterThan(2);
    const res = await fetch(`${base}/export/figures.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(200);
    const rows = csvRows(await res.text());
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => `${r.area_code}|${r.period_code}`)).size).toBe(total);
    expect(rows.every((r) => r.measure_id === 'probation.adult-proven-reoffending-proportion' && r.unit === 'PERCENTAGE')).toBe(true);
  });

  test.each([
    ['no token', '/export/figures.csv?pathway=accommodation', null, 401, /Not authenticated/],
    ['an unknown parameter', '/export/figures.csv?colour=red', 'analyst', 400, /Unknown parameter "colour"/],
    ['a bad boolean', '/export/figures.csv?approximate=maybe', 'analyst', 400, /Invalid value for parameter "approximate": "maybe"/],
    ['a bad order', '/export/figures.csv?orderBy=HEIGHT', 'analyst', 400, /Invalid value for parameter "orderBy": "HEIGHT"/],
    [
      'an unknown area',
      '/export/figures.csv?pathway=accommodation&area=kentt',
      'analyst',
      400,
      /Unknown area "kentt" for argument "filter.area"/,
    ],
    ['an unknown measure', '/export/figures.csv?measure=probation.nope', 'analyst', 400, /probation\.nope/],
    ['an unknown pathway', '/export/figures.csv?pathway=nowhere', 'analyst', 400, /nowhere/],
  ])('%s: %s', async (_label, path, who, status, message) => {
    const res = await get(path, who ? analyst : null);
    expect(res.status).toBe(status);
    expect(((await res.json()) as ErrorBody).errors[0].message).toMatch(message);
  });

  test('POST without a token is 401; a mutation is 400', async () => {
    const post = (body: unknown, token?: string) =>
      fetch(`${base}/export/figures.csv`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    expect((await post({ query: '{ headlineMeasures { id } }' })).status).toBe(401);
    const res = await post({ query: 'mutation { probationPublishObservations { published } }' }, analyst);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).errors[0].extensions?.parameter).toBe('query');
  });

  describe('20,000 imported and published figures', () => {
    const MEASURE = 'probation.adult-proven-reoffending-reoffenders';
    const ROWS = 20000;
    beforeAll(async () => {
      const editor = await hub.token('agency-editor', 'probation');
      const lines = Array.from({ length: ROWS }, (_, i) => {
        const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(i / 2) * 86400000).toISOString().slice(0, 10);
        return `${MEASURE},${i % 2 ? 'medway' : 'kent'},${day},${100 + (i % 50)}`;
      });
      for (let i = 0; i < ROWS; i += 2500) {
        const csv = ['measure_id,area,period,value', ...lines.slice(i, i + 2500)].join('\n') + '\n';
        const res = await hub.query<{ probationImportObservations: { ok: boolean; rows: number } }>(
          `mutation ($csv: String!) { probationImportObservations(csv: $csv, reason: "synthetic export test") { ok rows } }`,
          { csv },
          editor,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.probationImportObservations).toEqual({ ok: true, rows: 2500 });
      }
      const pub = await hub.query(`mutation { probationPublishObservations(measureIds: ["${MEASURE}"]) { published } }`, undefined, editor);
      expect(pub.errors).toBeUndefined();
    }, 180000);

    const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

    test('arrive complete, in chunks as pages arrive, with bounded web and gateway memory', async () => {
      // The web process pages through the gateway and writes the CSV; the gateway answers one page at a time.
      const pids = ['web', 'gateway'].map((name) => hub.processes.find((p) => p.name === name)!.pid);
      const before = pids.map(rss);
      const peak = [...before];
      const sampler = setInterval(() => {
        pids.forEach((pid, i) => (peak[i] = Math.max(peak[i], rss(pid))));
      }, 25);
      const started = Date.now();
      const res = await get(`/export/figures.csv?measure=${MEASURE}&periodKind=SNAPSHOT&from=1990-01-01`);
      expect(res.status).toBe(200);
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      const chunks: Uint8Array[] = [];
      let firstAt = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!firstAt) firstAt = Date.now() - started;
        chunks.push(value);
      }
      const doneAt = Date.now() - started;
      clearInterval(sampler);
      const text = Buffer.concat(chunks).toString('utf8');
      const rows = csvRows(text);
      expect(rows).toHaveLength(ROWS);
      expect(new Set(rows.map((r) => `${r.area_code}|${r.period_code}`)).size).toBe(ROWS);
      expect(rows[0]).toMatchObject({
        measure_id: MEASURE,
        period_code: '1990-01-01',
        area_code: 'kent',
        period_kind: 'SNAPSHOT',
        value: '100',
      });
      // Streamed: the first bytes come long before the last (20 pages of 1000 figures through the graph).
      expect(chunks.length).toBeGreaterThan(10);
      expect(firstAt).toBeLessThan(doneAt / 2);
      // Bounded: each process holds a page, not the export (the CSV alone is several MB; allow GC slack).
      const [webGrewMb, gatewayGrewMb] = peak.map((p, i) => (p - before[i]) / 1024 / 1024);
      console.log(
        `export of ${ROWS} rows: ${(text.length / 1024 / 1024).toFixed(1)} MB CSV, first chunk at ${firstAt} ms, done at ${doneAt} ms, web RSS +${webGrewMb.toFixed(0)} MB, gateway RSS +${gatewayGrewMb.toFixed(0)} MB`,
      );
      expect(webGrewMb).toBeLessThan(150);
      expect(gatewayGrewMb).toBeLessThan(150);
    }, 120000);

    test('area names come from one areas query per export, not from the plan subgraph on every page', async () => {
      const metricsText = async () => (await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
      const fetches = (text: string, subgraph: string) =>
        text
          .split('\n')
          .filter((l) => l.startsWith('gateway_subgraph_fetch_duration_seconds_count{') && l.includes(`subgraph="${subgraph}"`))
          .reduce((n, l) => n + Number(l.split(' ').pop()), 0);
      const before = await metricsText();
      const res = await get(`/export/figures.csv?measure=${MEASURE}&periodKind=SNAPSHOT&from=1990-01-01`);
      const rows = csvRows(await res.text());
      expect(rows).toHaveLength(ROWS);
      expect(rows.every((r) => (r.area_code === 'kent' ? r.area_name === 'Kent' : r.area_name === 'Medway') && r.area_kind !== '')).toBe(
        true,
      );
      const after = await metricsText();
      const pages = Math.ceil(ROWS / 1000);
      // Each page: one plan fetch (headlineMeasure's root) and one probation fetch; before, a second plan fetch per
      // page resolved the page's area names (3 fetches a page). Allow the measure and areas queries, and slack.
      expect(fetches(after, 'probation') - fetches(before, 'probation')).toBeLessThanOrEqual(pages + 2);
      expect(fetches(after, 'plan') - fetches(before, 'plan')).toBeLessThanOrEqual(pages + 3);
    }, 120000);

    test('a client that goes away mid-export stops the paging; the gateway answers the next request', async () => {
      const controller = new AbortController();
      const res = await fetch(`${base}/export/figures.csv?measure=${MEASURE}&periodKind=SNAPSHOT`, {
        headers: { authorization: `Bearer ${analyst}` },
        signal: controller.signal,
      });
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      controller.abort();
      const deadline = Date.now() + 20000;
      while (!/export: (client went away|failed after the first row)/.test(hub.output('web')) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(hub.output('web')).toMatch(/export: (client went away|failed after the first row)/);
      const after = await hub.query(
        '{ headlineMeasure(id: "probation.adult-proven-reoffending-proportion") { name } }',
        undefined,
        analyst,
      );
      expect(after.errors).toBeUndefined();
    }, 60000);
  });
});

describe('/graphiql', () => {
  test('serves the editor page from the web process, with no URL to another host', async () => {
    const res = await fetch(`${base}/graphiql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await res.text();
    expect(html).toMatch(/<script src="\/graphiql\/graphiql\.js"><\/script>/);
    expect(html).toMatch(/href="\/graphiql\/graphiql\.css"/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  test('serves its JS and CSS bundles, which load nothing from a CDN and carry the saved queries', async () => {
    const js = await fetch(`${base}/graphiql/graphiql.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const code = await js.text();
    const css = await (await fetch(`${base}/graphiql/graphiql.css`)).text();
    for (const text of [code, css]) {
      expect(text).not.toMatch(
        /(unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|esm\.sh|cdn\.skypack)/,
      );
      expect(text).not.toMatch(/(import\(|src=|url\()\s*["']?https?:\/\//);
    }
    expect(code).toContain('OneMeasureAllAreasOverTime');
    expect(code).toContain('/graphql');
    expect((await fetch(`${base}/graphiql/nope.js`)).status).toBe(404);
  });
});

test('the saved queries on disk are the ones the bundle carries', () => {
  const dir = join(__dirname, '..', '..', 'clients', 'queries');
  expect(readExamplesForTest(dir).length).toBeGreaterThanOrEqual(5);
});
