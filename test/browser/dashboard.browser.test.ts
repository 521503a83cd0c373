/**
 * The board dashboard in a real browser (Debian's Chromium driven by playwright-core) against the real topology
 * (startTestHub: fresh seeded database, every subgraph process, the gateway, and the web process serving /dashboard). Every page fails
 * the test on a console error or an uncaught page error. Screenshots of the main views go to
 * test-results/screenshots/.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../support/hub';
import { readThrough } from '../support/read-through';
import { signInThroughProvider } from '../support/sign-in';
import { axeViolations, openPage } from '../support/browser';

// Functions passed to page.evaluate run in the browser; the test project has no DOM library, so name its globals.
declare const document: {
  querySelector(selector: string): { textContent: string | null; getAttribute(name: string): string | null } | null;
  activeElement: { getAttribute(name: string): string | null } | null;
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

let hub: TestHub;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  [hub, browser] = await Promise.all([
    startTestHub('dashboard', { signIn: true, gatewayEnv: { SUBGRAPH_TIMEOUT_MS: '3000', CACHE_ENABLED: 'false' } }),
    chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] }),
  ]);
  base = hub.webUrl;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
}, 60000);

/** Waits until the page has loaded its figures (no query in flight) and the text is on the page. */
async function settled(page: Page, selector = 'main', text?: string): Promise<void> {
  await page.waitForFunction(
    ([sel, t]) => {
      const main = document.querySelector('main');
      const el = document.querySelector(sel as string);
      return main?.getAttribute('aria-busy') === 'false' && !!el && (!t || (el.textContent ?? '').includes(t as string));
    },
    [selector, text ?? ''],
    { timeout: 20000 },
  );
}

async function signedIn(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const opened = await openPage(browser);
  await signInThroughProvider(opened.page, base, '/dashboard/', 'Board member');
  await settled(opened.page, '#scorecard');
  return opened;
}

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });

/** Clicks a download button: the file, or the page's own message saying why there is none. */
async function download(page: Page, testId: string) {
  const status = page.getByTestId('report-status');
  const failed = status
    .filter({ hasText: 'could not' })
    .waitFor({ timeout: 60000 })
    .then(async () => {
      throw new Error(`no download: ${await status.textContent()}`);
    });
  const [file] = await Promise.all([
    Promise.race([page.waitForEvent('download', { timeout: 60000 }), failed]),
    page.getByTestId(testId).click(),
  ]);
  failed.catch(() => undefined);
  return file;
}

const BASKET_ADULT = '#basket [data-testid="figure-probation.adult-proven-reoffending-proportion"]';

describe('the board dashboard', () => {
  test('/dashboard is served by the web process with a strict CSP and no third-party origin', async () => {
    const res = await fetch(`${base}/dashboard/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const js = await (await fetch(`${base}/dashboard/main.js`)).text();
    expect(js.length).toBeGreaterThan(10000);
    // No CDN and no web font: nothing is loaded from another origin.
    expect(js).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr|unpkg\.com|cdnjs/);
  });

  test('sign-in: through the identity provider; the session survives a reload and holds no token in the page', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${base}/dashboard`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await shot(page, '01-sign-in');
    expect((await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await signInThroughProvider(page, base, '/dashboard/', 'Board member');
    await settled(page, '#scorecard');
    expect(await page.locator('h1').textContent()).toContain('Kent and Medway Strategic Plan');
    await page.reload();
    await settled(page, '#scorecard');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('changing area and period changes the figures (Kent 2008 adult proven re-offending 22.41%)', async () => {
    const { context, page, problems } = await signedIn();
    await shot(page, '02-scorecard');
    await readThrough(page, '#basket');
    await page.selectOption('#area', 'kent');
    await settled(page, '#basket');
    await page.selectOption('#period', '2008');
    await settled(page, BASKET_ADULT, '22.41%');
    expect(await page.locator(BASKET_ADULT).textContent()).toContain('3,118 / 13,912');
    // The choices are in the address: a reload (or a shared link) shows the same view.
    expect(page.url()).toMatch(/\?partnership=.*area=kent&period=2008$/);
    await page.reload();
    await settled(page, BASKET_ADULT, '22.41%');
    await page.selectOption('#period', '2010');
    await settled(page, BASKET_ADULT, '23.20%');
    expect(await page.locator(BASKET_ADULT).textContent()).not.toContain('22.41%');
    // The graph's statistics for that figure: Wilson interval, change against 2009 and its significance, RAG and why.
    const row = page.locator('#basket tr[data-measure="probation.adult-proven-reoffending-proportion"]');
    const cells = await row.locator('td').allTextContents();
    expect(cells[2]).toBe('22.5% to 23.9%');
    expect(cells[3]).toMatch(/^Worsened vs Jan-Dec 2009 \(22\.12%\), significant/);
    expect(cells[5]).toMatch(/^Red against previous period/);
    expect(cells[5]).toContain('Significantly worse (lower is better)');
    await page.locator('#basket').scrollIntoViewIfNeeded();
    await shot(page, '03-basket-kent-2010');

    // A pathway figure, then another area: Kent's 81.8% young offenders in suitable accommodation, Medway's "Approx. 98%".
    await page.selectOption('#period', '2012-13');
    const kentAccommodation = '#scorecard [data-testid="figure-housing.kent-young-offenders-in-suitable-accommodation"]';
    await settled(page, kentAccommodation, '81.8%');
    await page.selectOption('#area', 'medway');
    const medwayAccommodation = '#scorecard [data-testid="figure-housing.medway-young-offenders-in-suitable-accommodation"]';
    await settled(page, medwayAccommodation, 'Approx. 98%');
    expect(await page.locator(medwayAccommodation).textContent()).toContain('approximate');
    expect(await page.locator(kentAccommodation).textContent()).toContain('No figure');
    expect(await page.locator(BASKET_ADULT).textContent()).toContain('No figure');
    // 'tbc' is shown as not yet available, never as zero.
    await readThrough(page, '#scorecard');
    const medwayGp = '#scorecard [data-testid="figure-health.medway-young-offenders-registered-with-gp"]';
    expect(await page.locator(medwayGp).textContent()).toContain('tbc: not yet available');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a trend chart opens in a dialog from the keyboard, with its data table, and closes with Escape', async () => {
    const { context, page, problems } = await signedIn();
    await readThrough(page, '#basket');
    await page.selectOption('#area', 'kent');
    await settled(page, BASKET_ADULT);
    const button = page.locator('#basket [data-testid="trend-button-probation.adult-proven-reoffending-proportion"]');
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('canvas[role="img"]').count()).toBe(1);
    expect(await dialog.locator('canvas').getAttribute('aria-label')).toContain('2008 22.41%');
    await dialog.locator('summary').click();
    const table = await dialog.locator('table').textContent();
    for (const printed of ['22.41%', '22.12%', '23.20%', '22.7%']) expect(table).toContain(printed);
    await shot(page, '04-trend-dialog');
    expect((await axeViolations(page, 'dialog[open]')).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    // Focus goes back to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'trend-button-probation.adult-proven-reoffending-proportion',
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  test('basket charts, priority groups with the IOM cohort, goals and actions, and data completeness', async () => {
    const { context, page, problems } = await signedIn();
    // The basket: MoJ proven re-offending (adult, juvenile) and NI18 actual against predicted, each a chart with a data table.
    await readThrough(page, '#basket');
    expect(await page.locator('#basket canvas[role="img"]').count()).toBe(2);
    expect(await page.locator('#basket [data-testid="table-moj-proven-reoffending"]').textContent()).toContain('31.5%');
    expect(await page.locator('#basket [data-testid="table-ni18"]').textContent()).toContain('9.05%');
    await page.locator('#basket').scrollIntoViewIfNeeded();
    await shot(page, '05-basket');

    // Goals with lead agency and disposition.
    await readThrough(page, '#goals');
    const goals = await page.locator('#goals').textContent();
    expect(goals).toContain('JPPB');
    expect(goals).toMatch(/discharged/i);
    await page.locator('#goals').scrollIntoViewIfNeeded();
    await shot(page, '06-goals');
    // Data completeness (figures of exactly the chosen area): Kent 2012-13 has a 'tbc' health figure for young
    // offenders' treatment; Medway's young offenders in suitable accommodation is 'Approx. 98%' (estimated).
    await readThrough(page, '#completeness');
    await page.selectOption('#area', 'kent');
    await settled(page, '#completeness', 'Kent,');
    await page.selectOption('#period', '2012-13');
    await settled(page, '#completeness', 'Kent, 2012-13');
    const health = page.locator('#completeness tr', { hasText: 'Substance Misuse' }).filter({ hasText: 'Health' });
    expect(await health.locator('td.gap-not_yet_available').textContent()).toBe('1');
    await page.locator('#completeness').scrollIntoViewIfNeeded();
    await shot(page, '07-completeness');
    await page.selectOption('#area', 'medway');
    await settled(page, '#completeness', 'Medway, 2012-13');
    const housing = page.locator('#completeness tr', { hasText: 'Accommodation' }).filter({ hasText: 'Housing' });
    expect(await housing.locator('td.gap-estimated').textContent()).toBe('1');

    // The 2019/20 plan's priority groups: the IOM cohort statistics of 26 July 2019 (Kent and Medway).
    await page.selectOption('#area', 'kent-and-medway');
    await page.selectOption('#plan', 'km-2019-20');
    await readThrough(page, '#priority-groups');
    await settled(page, '#priority-groups', 'IOM cohort size');
    const iom = await page.locator('#priority-groups').textContent();
    expect(iom).toContain('245');
    // '2 of the cohort are female' was printed in a public paper: disclosure control leaves it visible.
    expect((await page.locator('#priority-groups [data-testid="figure-police.iom-cohort-female"]').textContent())?.trim()).toMatch(/^2\b/);
    await page.locator('#priority-groups').scrollIntoViewIfNeeded();
    await shot(page, '08-priority-groups-iom');

    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the stock-take report downloads as PDF and HTML for the chosen plan and year', async () => {
    const { context, page, problems } = await signedIn();
    await page.selectOption('#report-year', '2012-13');
    const pdf = await download(page, 'download-pdf');
    const pdfBytes = readFileSync((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.suggestedFilename()).toBe('stock-take-km-2012-2015-2012-13.pdf');
    const html = await download(page, 'download-html');
    const page2 = readFileSync((await html.path())!, 'utf8');
    expect(page2).toMatch(/<html/i);
    // Appendix A's adult proven re-offending, 2008 (Kent), as the report prints it from the graph.
    expect(page2).toContain('22.41%');
    expect(html.suggestedFilename()).toBe('stock-take-km-2012-2015-2012-13.html');
    await page.getByTestId('report-status').filter({ hasText: 'Downloaded' }).waitFor();
    await page.locator('#report').scrollIntoViewIfNeeded();
    await shot(page, '09-report');
    expect(problems).toEqual([]);
    await context.close();
  }, 120000);

  test('with the police subgraph down, its figures say so and the rest of the page still works', async () => {
    const { context, page, problems } = await signedIn();
    await hub.services.get('police')!.stop('SIGKILL');
    try {
      await page.reload();
      await settled(page, '#scorecard');
      const banner = page.getByTestId('banner-unavailable-police');
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/Police figures unavailable: The police subgraph is unavailable/);
      // The IOM group's police measure is marked, in its own table.
      const iom = page.getByRole('region', { name: 'Integrated Offender Management' });
      await readThrough(page, '#priority-groups');
      expect(await iom.getByTestId('unavailable-police').textContent()).toContain('Police figures unavailable');
      expect(await page.locator('#priority-groups tr.row-unavailable').count()).toBeGreaterThan(0);
      // Everything else is there: probation's basket, goals, completeness (police counted as unavailable).
      await page.selectOption('#area', 'kent');
      await page.selectOption('#period', '2008');
      await settled(page, BASKET_ADULT, '22.41%');
      await readThrough(page, '#goals');
      expect(await page.locator('#goals table').count()).toBeGreaterThan(0);
      await readThrough(page, '#completeness');
      expect(await page.locator('#completeness tr.row-unavailable').count()).toBeGreaterThan(0);
      await banner.scrollIntoViewIfNeeded();
      await shot(page, '10-police-unavailable');
      await iom.scrollIntoViewIfNeeded();
      await shot(page, '11-police-unavailable-iom');
      expect(problems).toEqual([]);
    } finally {
      await hub.restart('police');
      await context.close();
    }
  }, 90000);

  test('the first screen (1366x768) shows the state of the plan without scrolling, and nothing moves as figures arrive', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Layout shifts as the browser reports them (the metric of Core Web Vitals), from the first paint on.
    await page.addInitScript(() => {
      // The DOM's types, as far as used here: the tests compile without the DOM library.
      type LayoutShift = { hadRecentInput: boolean; value: number };
      type Observer = new (callback: (list: { getEntries(): LayoutShift[] }) => void) => {
        observe(options: { type: string; buffered: boolean }): void;
      };
      const w = globalThis as unknown as { __shifts: number[]; PerformanceObserver: Observer };
      w.__shifts = [];
      new w.PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) w.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Signed in as a board member through the provider; the shifts counted are those of the dashboard's own page.
    await signInThroughProvider(page, base, '/dashboard/', 'Board member');
    await shot(page, '12-first-screen-loading');
    await settled(page, '#scorecard');
    await shot(page, '13-first-screen-1366x768');
    // Per pathway, the number of measures red, amber, green and not rated: inside the first screen, with no scroll.
    expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBe(0);
    const counts = page.getByTestId('rag-counts');
    const box = (await counts.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    const rows = await counts.locator('tbody tr').evaluateAll((trs) => {
      // The DOM's types, as far as used here (an element's textContent is never null).
      type Cell = { textContent: string };
      type Row = { querySelector(selector: string): Cell; querySelectorAll(selector: string): Iterable<Cell> };
      return (trs as unknown as Row[]).map((tr) => [
        tr.querySelector('th').textContent,
        ...[...tr.querySelectorAll('td')].map((td) => td.textContent),
      ]);
    });
    const pathways = await page.locator('#scorecard > section:not([data-testid="pathway-parts"]) > h3').allTextContents();
    expect(rows.map((r) => r[0])).toEqual(pathways.map((t) => t.replace(/priority intervention$/, '')));
    for (const r of rows) expect(r.slice(1).every((c: string) => /^\d+$/.test(c))).toBe(true);
    const changes = page.getByTestId('significant-changes');
    const changesBox = (await changes.boundingBox())!;
    expect(changesBox.y + changesBox.height).toBeLessThanOrEqual(768);
    // Nothing moved as the figures arrived (measured before scrolling: the parts below render as they near the screen).
    const shifts = await page.evaluate(() => (globalThis as unknown as { __shifts: number[] }).__shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.1);
    // Each pathway's counts add up to its measures in the scorecard.
    await readThrough(page, '#scorecard');
    for (const [i, r] of rows.entries()) {
      const measures = await page.locator('#scorecard > section:not([data-testid="pathway-parts"])').nth(i).locator('tbody tr').count();
      expect({ pathway: r[0], total: r.slice(1).reduce((a: number, c: string) => a + Number(c), 0) }).toEqual({
        pathway: r[0],
        total: measures,
      });
    }
    // Sparklines carry their figures as text; the reasons open on demand.
    const spark = page.locator('#scorecard svg.spark[role="img"]').first();
    expect(await spark.getAttribute('aria-label')).toMatch(/^Trend of .+: .+\d/);
    expect(await page.locator('#scorecard .rag-reason p:visible').count()).toBe(0);
    // Keyboard: a reason opens from the keyboard.
    const why = page.locator('#scorecard details.rag-reason summary').first();
    await why.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#scorecard details.rag-reason[open] p').count()).toBeGreaterThan(0);
    expect(await axeViolations(page, '#overview')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 90000);

  test('the plan below the first screen renders as it nears the screen; a link into the page and printing render what they need', async () => {
    const { context, page, problems } = await openPage(browser);
    // No idle time for the page: it renders only what scrolling, links into the page and printing ask for.
    await page.addInitScript(() => {
      (globalThis as unknown as { requestIdleCallback: () => number }).requestIdleCallback = () => 0;
    });
    await signInThroughProvider(page, base, '/dashboard/', 'Board member');
    await settled(page, '#scorecard');
    // The parts far below the first screen are empty boxes of about their height; every section and its heading is
    // there from the start (links into the page, landmarks, the list of headings).
    expect(await page.locator('main .deferred').count()).toBeGreaterThan(5);
    expect(await page.locator('#completeness table').count()).toBe(0);
    for (const id of ['scorecard', 'basket', 'priority-groups', 'area-parts', 'goals', 'completeness', 'report'])
      expect(await page.locator(`#${id} > h2`).count()).toBe(1);

    // Printing renders every part first: the printed page has every goal table and the completeness table's gaps.
    const pdfFile = join(SCREENSHOTS, '14-dashboard-printed.pdf');
    await page.pdf({ path: pdfFile, format: 'A4' });
    expect(await page.locator('main .deferred').count()).toBe(0);
    const { stdout: printed } = await promisify(execFile)(process.execPath, [join(__dirname, '..', 'support', 'pdf-text.js'), pdfFile], {
      maxBuffer: 20 * 1024 * 1024,
    });
    expect(printed).toContain('Goals: Accommodation');
    expect(printed).toContain('Goals: The plan as a whole');
    expect(printed).toContain('Which figures are missing, late, estimated or suppressed');

    // The banner's link to a section far down: what is above it renders first, so the section stays where the link
    // put it, at the top of the screen, with its table.
    await page.reload();
    await settled(page, '#scorecard');
    expect(await page.locator('#completeness table').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Data completeness' }).click();
    await page.locator('#completeness table').waitFor();
    const waitingAbove = () =>
      page.evaluate(() => {
        // The DOM's types, as far as used here.
        type Node = { compareDocumentPosition(other: Node): number };
        const d = (globalThis as unknown as { document: { querySelector(s: string): Node; querySelectorAll(s: string): ArrayLike<Node> } })
          .document;
        const target = d.querySelector('#completeness');
        // 4: the target follows the box.
        return Array.from(d.querySelectorAll('.deferred')).filter((box) => box.compareDocumentPosition(target) & 4).length;
      });
    expect(await waitingAbove()).toBe(0);
    await page.waitForTimeout(500);
    expect(Math.abs((await page.locator('#completeness').boundingBox())!.y)).toBeLessThan(2);
    expect(page.url()).toMatch(/#completeness$/);

    // A link into the page followed from elsewhere (a bookmark): shown once the plan is, not left at the top.
    await page.goto(`${base}/dashboard/#goals`);
    await settled(page, '#goals table');
    await page.waitForTimeout(500);
    expect(Math.abs((await page.locator('#goals').boundingBox())!.y)).toBeLessThan(2);
    expect(problems).toEqual([]);
    await context.close();
  }, 120000);

  test('axe-core: no serious or critical accessibility violation on the whole page', async () => {
    const { context, page, problems } = await signedIn();
    await shot(page, '00-dashboard-full', true);
    // Keyboard: the first Tab reaches the skip link, which moves focus past the banner to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    // A partnership without a plan (Plymouth, seed 004) says so, with what its papers record, and nothing stale.
    await page.selectOption('#partnership', 'plymouth');
    await page.getByTestId('no-plan').waitFor();
    expect(await page.getByTestId('no-plan').textContent()).toContain('no local reducing reoffending strategy');
    expect(await page.locator('#scorecard').count()).toBe(0);
    expect((await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
