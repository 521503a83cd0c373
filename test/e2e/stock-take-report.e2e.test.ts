/**
 * The stock take report through the real topology: GET /reports/stock-take and the CLI's function
 * produce the Kent and Medway 2012-13 progress report from the graph, and its text holds the figures of seed 001,
 * Appendix A. The expected figures are read from the document here, not from the code under test.
 * The generated PDF and HTML are saved in test-results/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { generateStockTake } from '../../clients/src/report/cli';
import { startTestHub, type TestHub } from '../support/hub';
import { seedDocument, seedsPresent, testWithSeeds } from '../support/seeds';

const RESULTS = join(__dirname, '..', '..', 'test-results');

// ------------------------------------------------------------------ what Appendix A prints (from the document)

// Without the documents the expectations are empty and the tests that need them are reported as skipped.
const appendix = seedsPresent ? seedDocument('001_b957d7ba0e7289ba.txt').split('\n') : [];
const appendixStart = appendix.findIndex((l) => l.startsWith('1.1 Proven Re-offending of adult offenders'));

/** Rows of one of the section 1 tables: label and the four figures, as printed. */
function section1Table(heading: string): Array<{ label: string; figures: string[] }> {
  const at = appendix.findIndex((l, i) => i >= appendixStart && l.startsWith(heading));
  const rows: Array<{ label: string; figures: string[] }> = [];
  for (const line of appendix.slice(at + 2)) {
    if (!line.includes('\t')) break;
    const [label, ...figures] = line.split('\t');
    // The header row (periods) has no label.
    if (label) rows.push({ label, figures });
  }
  return rows;
}

/** Headline measure rows of a section 2 pathway: figures for 2011-12 and 2012-13 as printed. */
function headlineRows(heading: string): string[][] {
  const at = appendix.findIndex((l, i) => i >= appendixStart && l.startsWith(heading));
  const rows: string[][] = [];
  for (const line of appendix.slice(at + 1)) {
    if (line.startsWith('Delivery against goals')) break;
    const parts = line.split('\t');
    if (parts.length === 3 && parts[1] && !/^\d{4}-\d{2}/.test(parts[1])) rows.push([parts[1], parts[2]]);
  }
  return rows;
}

const strip = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Goals of section 2 printed on one line with lead agency and update (goal, lead agency, start of the update). */
function goalRows(): Array<{ goal: string; lead: string; update: string }> {
  const rows: Array<{ goal: string; lead: string; update: string }> = [];
  for (const line of appendix.slice(appendixStart)) {
    const parts = line.split('\t').map(strip);
    if (parts.length < 3 || parts[0] === 'Goal' || parts[0] === 'Description') continue;
    const update = parts.slice(2).filter(Boolean).join(' ');
    // Not a goal: table separators ('--'), headline measure rows (figures), comments.
    if (!/[a-z]/i.test(parts[0]) || !/[a-z]/i.test(parts[1]) || !update || /^(\d|Approx|tbc)/.test(parts[1])) continue;
    rows.push({ goal: parts[0], lead: parts[1], update });
  }
  return rows;
}

const TABLES = {
  '1.1': section1Table('1.1 Proven Re-offending of adult offenders in Kent'),
  '1.2': section1Table('1.2 Proven Re-offending of juvenile offenders in Kent'),
  '1.3': section1Table('1.3 Local Adult Re-offending in Kent Probation'),
};
const HEADLINES = ['2.1 Accommodation', '2.2 Education and Employment', '2.3 Substance Misuse', '2.4 Mental and Physical Health'].map(
  (h) => ({ heading: h, rows: headlineRows(h) }),
);
const GOALS = goalRows();

/** One line of text: a line that ends on a hyphen ('ex-' / 'offenders') wrapped inside a word. */
const norm = (s: string) => s.replace(/-\n/g, '-').replace(/\s+/g, ' ');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Asserts every Appendix A figure (in row order), and a sample of goals with lead agency and update, in a text. */
function expectAppendixA(text: string) {
  const t = norm(text);
  // Section 1: each row's label followed by its four figures in order.
  for (const [table, rows] of Object.entries(TABLES)) {
    for (const { label, figures } of rows) {
      const row = new RegExp([label, ...figures].map(esc).join('[^0-9]{1,40}?'));
      expect({ table, label, found: row.test(t) }).toEqual({ table, label, found: true });
    }
  }
  // Section 2: each headline row's 2011-12 figure followed by its 2012-13 figure (flags may sit between).
  for (const { heading, rows } of HEADLINES) {
    for (const [before, after] of rows) {
      const row = new RegExp(`${esc(before)}( [a-z ,()]{1,60})? ${esc(after)}`);
      expect({ heading, before, after, found: row.test(t) }).toEqual({ heading, before, after, found: true });
    }
  }
  // Goals: lead agency, and the update's first words, after the goal's first words.
  for (const g of GOALS) {
    const row = new RegExp(`${esc(g.goal.slice(0, 50))}[\\s\\S]{0,400}?${esc(g.lead)}[\\s\\S]{0,200}?${esc(g.update.slice(0, 60))}`);
    expect({ goal: g.goal.slice(0, 50), found: row.test(t) }).toEqual({ goal: g.goal.slice(0, 50), found: true });
  }
}

/** Appendix A's own wording around the figures, read from the document: headings, definitions, key, authors, dates. */
const line = (prefix: string) => appendix.find((l, i) => i >= appendixStart - 10 && l.startsWith(prefix)) ?? '';
const FORMAT = {
  headings: appendix.slice(appendixStart).filter((l) => /^\d\.\d [A-Z]/.test(l) || l === 'Section 2'),
  definitions: [line('These re-offending figures are taken from'), line('These adult re-offending figures only measure')],
  key: [line('Goal has not been achieved'), line('Goal has been achieved'), line('Please note that as this is the end of year report')].map(
    (l) => l.trim(),
  ),
  authors: line('Report authors:').split('\t')[1] ?? '',
  dataDates: line('Report produced date:').split('\t')[1] ?? '',
  youthSubheading: line('Youth Offending Population').trim(),
};

/** Wording a board secretary could not send: the hub's own editorial notes, or talk of how the text was read. */
const EDITORIAL = /legib|extract|in the refresh table|source text|RAG not recorded/i;

/** Asserts Appendix A's structure and wording in a report's text, and that nothing editorial slipped into it. */
function expectAppendixAFormat(text: string) {
  const t = norm(text);
  for (const h of FORMAT.headings) expect({ heading: h, found: t.includes(h) }).toEqual({ heading: h, found: true });
  for (const d of FORMAT.definitions)
    expect({ definition: d.slice(0, 40), found: t.includes(norm(d)) }).toEqual({ definition: d.slice(0, 40), found: true });
  for (const k of FORMAT.key) expect({ key: k, found: t.includes(k) }).toEqual({ key: k, found: true });
  expect(t).toContain(FORMAT.authors);
  expect(t).toContain(FORMAT.dataDates);
  expect(t).toContain(FORMAT.youthSubheading);
  // Labels as the source has them: the YTD column keeps its heading, and a 'tbc' is not yet available, never provisional.
  expect(t).toContain('2012-13 YTD');
  expect(t).not.toMatch(/tbc[^0-9%]{0,30}provisional/);
  expect(t).not.toMatch(EDITORIAL);
  // No goal has an outcome recorded in the seed: each says so plainly.
  expect(t.match(/No outcome recorded yet/g)?.length).toBeGreaterThanOrEqual(GOALS.length);
  // The National Audit Office's estimates and the Jobcentre Plus goal-update figures have sections of their own.
  expect(t).not.toMatch(/\b1\.4\b/);
  const costs = t.indexOf('Cost of re-offending: estimates cited by the plan');
  const section2 = t.indexOf('Section 2');
  expect(costs).toBeGreaterThan(t.indexOf('1.3 Local Adult Re-offending'));
  expect(t.slice(costs, section2)).toMatch(/£9\.5 to £13 billion|9\.5/);
  const table22 = t.slice(
    t.indexOf('2.2 Education and Employment'),
    t.indexOf('Delivery against goals', t.indexOf('2.2 Education and Employment')),
  );
  expect(table22).toContain('65.8%');
  expect(table22).not.toMatch(/\b(177|115)\b/);
  const updates = t.indexOf('Figures quoted in the goal updates');
  expect(updates).toBeGreaterThan(section2);
  expect(t.slice(updates)).toMatch(/Offenders participating in Jobcentre Plus Flexible Support Fund training projects[^0-9]{0,60}177/);
  expect(t.slice(updates)).toMatch(/Offenders moving into employment from Flexible Support Fund training projects[^0-9]{0,60}115/);
}

/**
 * The PDF's text, extracted by pdf-parse (on Mozilla's pdf.js) in a child process: pdf.js loads its worker with a
 * dynamic import, which jest's module sandbox refuses.
 */
async function pdfText(file: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, '..', 'support', 'pdf-text.js'), file], {
    maxBuffer: 20 * 1024 * 1024,
  });
  return stdout;
}

const htmlText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

// ------------------------------------------------------------------ the tests

let hub: TestHub;
let reportUrl: string;
beforeAll(async () => {
  // Uncached: the last test stops an agency, and a cached answer would rightly outlive that outage (docs/RELEASING.md).
  hub = await startTestHub('stocktake', { gatewayEnv: { CACHE_ENABLED: 'false' } });
  reportUrl = `${hub.webUrl}/reports/stock-take`;
  mkdirSync(RESULTS, { recursive: true });
}, 300_000);
afterAll(async () => {
  await hub?.stop();
});

const get = (query: string, token?: string) =>
  fetch(`${reportUrl}?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

testWithSeeds('the expected figures are read from Appendix A (the test is not vacuous)', () => {
  expect(TABLES['1.1']).toHaveLength(4);
  expect(TABLES['1.1'][0]).toEqual({ label: 'Total offenders', figures: ['13,912', '13,635', '12,526', '12,603'] });
  expect(TABLES['1.3'][3].figures).toEqual(['11.96%', '9.50%', '11.75%', '4.75%']);
  expect(HEADLINES.map((h) => h.rows.length)).toEqual([3, 4, 3, 3]);
  expect(GOALS.length).toBeGreaterThanOrEqual(12);
});

testWithSeeds(
  'GET /reports/stock-take as PDF: an attachment whose text holds every figure of Appendix A',
  async () => {
    const res = await get('plan=km-2012-2015&year=2012-13&format=pdf', hub.boardToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="stock-take-km-2012-2015-2012-13.pdf"');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(RESULTS, 'stock-take-km-2012-2015-2012-13.pdf');
    writeFileSync(file, pdf);
    const text = await pdfText(file);
    writeFileSync(join(RESULTS, 'stock-take-km-2012-2015-2012-13.pdf.txt'), text);
    expectAppendixA(text);
    // Flags and sources are printed, not only the figures.
    expect(norm(text)).toMatch(/Approx\. 97% approximate/);
    expect(norm(text)).toMatch(/tbc not yet available/);
    expect(norm(text)).toContain('Source = Ministry of Justice, Quarterly Proven Re-offending Statistics');
    expect(norm(text)).toContain('Source = Ministry of Justice, Local Adult Re-offending (National Indicator 18)');
    expectAppendixAFormat(text);
  },
  60000,
);

testWithSeeds(
  'GET /reports/stock-take as HTML: a standalone accessible page with the same figures',
  async () => {
    const res = await get('plan=km-2012-2015&year=2012-13&format=html', hub.boardToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    const html = await res.text();
    writeFileSync(join(RESULTS, 'stock-take-km-2012-2015-2012-13.html'), html);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('<caption>1.1 Proven Re-offending of adult offenders in Kent</caption>');
    expect(html).toContain('<th scope="row">Total offenders</th>');
    expect(html).toContain('<th scope="col" class="num">Jan – Dec 2008</th>');
    expect(html).toContain('<th scope="colgroup" colspan="3">Youth Offending Population</th>');
    // No external asset: no script, no link, no remote URL.
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expectAppendixA(htmlText(html));
    expectAppendixAFormat(htmlText(html));
  },
  60000,
);

test('the CLI function writes the same report from the gateway as the holder of a token', async () => {
  const token = await hub.token('analyst');
  const { fileName, body, format } = await generateStockTake({
    plan: 'km-2012-2015',
    year: '2012-13',
    format: 'pdf',
    gatewayUrl: hub.gatewayUrl,
    token,
  });
  expect({ fileName, format }).toEqual({ fileName: 'stock-take-km-2012-2015-2012-13.pdf', format: 'pdf' });
  const file = join(RESULTS, 'stock-take-km-2012-2015-2012-13.cli.pdf');
  writeFileSync(file, body);
  expectAppendixA(await pdfText(file));
}, 60000);

test('npm run report: the command writes the file; a bad argument exits 2 naming it', async () => {
  const cli = join(__dirname, '..', '..', 'clients', 'dist', 'report', 'cli.js');
  const out = join(RESULTS, 'stock-take-km-2012-2015-2012-13.cli.html');
  // No TOKEN: in development the command signs a board token with the local key.
  const env = { ...process.env, GATEWAY_URL: hub.gatewayUrl, TOKEN: '' };
  const run = promisify(execFile);
  const ok = await run(process.execPath, [cli, '--plan', 'km-2012-2015', '--year', '2012-13', '--format', 'html', '--out', out], { env });
  expect(ok.stderr).toContain(`wrote ${out}`);
  expect(readFileSync(out, 'utf8')).toContain('<caption>1.3 Local Adult Re-offending in Kent Probation</caption>');
  const bad: { code?: number; stderr: string } = await run(process.execPath, [cli, '--plan', 'km-2012-2015', '--year', '2012/13'], {
    env,
  }).catch(
    // execFile's error carries the exit code and the output.
    (e: unknown) => e as { code: number; stderr: string },
  );
  expect({ code: bad.code, stderr: bad.stderr }).toEqual({
    code: 2,
    stderr: expect.stringMatching(/^--year: year "2012\/13" is not a financial year/) as unknown,
  });
}, 60000);

testWithSeeds(
  'the 2013-14 report follows the 2012-13 layout and warns that its tables repeat older figures',
  async () => {
    const res = await get('plan=km-2012-2015&year=2013-14&format=pdf', hub.boardToken);
    expect(res.status).toBe(200);
    const file = join(RESULTS, 'stock-take-km-2012-2015-2013-14.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const t = norm(await pdfText(file));
    writeFileSync(`${file}.txt`, t);
    expect(t).toContain('1.1 Proven Re-offending of adult offenders in Kent');
    // Every re-offending table repeats the 2012-13 report's figures; every headline table has no 2013-14 figure.
    expect(t.match(/Stale table: no figure newer than those of the 2012-13 progress report/g)?.length).toBe(3);
    expect(t.match(/Stale table: the graph has no figure for 2013-14/g)?.length).toBeGreaterThanOrEqual(4);
    expect(t).toContain('Report authors: not recorded for 2013-14');
    expect(t).not.toContain(FORMAT.dataDates);
    expect(t).not.toMatch(EDITORIAL);
  },
  60000,
);

test('a board token and an analyst token both get the report', async () => {
  for (const role of ['board', 'analyst'] as const) {
    const res = await get('plan=km-2012-2015&year=2012-13&format=html', await hub.token(role));
    expect({ role, status: res.status }).toEqual({ role, status: 200 });
    expect(await res.text()).toContain('13,912');
  }
});

test('without a token: 401 UNAUTHENTICATED, and nothing of the report', async () => {
  const res = await get('plan=km-2012-2015&year=2012-13&format=pdf');
  expect(res.status).toBe(401);
  const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(body.errors[0].message).toMatch(/no token/);
  const bad = await get('plan=km-2012-2015&year=2012-13', 'not.a.jwt');
  expect(bad.status).toBe(401);
});

test.each([
  ['plan=nowhere-2000&year=2012-13', 'plan', /nowhere-2000/],
  ['plan=KM 2012&year=2012-13', 'plan', /is not a plan id/],
  ['year=2012-13', 'plan', /plan is required/],
  ['plan=km-2012-2015&year=2012', 'year', /"2012" is not a financial year/],
  ['plan=km-2012-2015&year=2012-14', 'year', /runs into the next year/],
  ['plan=km-2012-2015', 'year', /year is required/],
  ['plan=km-2012-2015&year=2019-20', 'year', /outside plan km-2012-2015/],
  ['plan=km-2012-2015&year=2012-13&format=docx', 'format', /"docx" is not supported/],
  ['plan=km-2012-2015&plan=x&year=2012-13', 'plan', /more than once/],
])('%s is a 400 naming %s', async (query, parameter, message) => {
  const res = await get(query, hub.boardToken);
  expect(res.status).toBe(400);
  const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
  expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', parameter });
  expect(body.errors[0].message).toMatch(message);
  expect(body.errors[0].message).toContain(parameter);
});

test('an agency that is down: the report is still produced, and says which figures are missing', async () => {
  await hub.services.get('housing')!.stop();
  try {
    const res = await get('plan=km-2012-2015&year=2012-13&format=html', hub.boardToken);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Figures missing from this report');
    expect(html).toMatch(/The housing subgraph is unavailable/);
    // Housing's rows are gone; probation's figures are all there.
    expect(htmlText(html)).not.toContain('Approx. 97%');
    expect(html).toContain('13,912');
    expect(html).toContain('<th scope="row">% of statutory offenders in accommodation at termination</th>');
  } finally {
    await hub.restart('housing');
  }
}, 60000);
