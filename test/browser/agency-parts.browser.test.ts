/**
 * The agencies' own parts on the board dashboard, in headless Chromium against the real topology (as
 * dashboard.browser.test.ts): police's IOM cohort profile and DWP's Jobcentre Plus targets under the priority groups,
 * health's treatment completions under the scorecard by pathway, probation's community order needs and housing's
 * young offenders' accommodation for the chosen area; each a table with a caption and headers, below the first
 * screen, and axe-clean. Screenshots in test-results/screenshots/agency-parts-*.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../support/hub';
import { readThrough } from '../support/read-through';
import { signInThroughProvider } from '../support/sign-in';

// Functions passed to page.evaluate run in the browser; the test project has no DOM library, so name its globals.
interface DomElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getBoundingClientRect(): { top: number };
}
declare const document: {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
};
declare const window: unknown;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FIRST_SCREEN = { width: 1366, height: 768 };

let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  [hub, browser] = await Promise.all([
    // A generous subgraph timeout: this test is about the page, not about a slow agency (faults.e2e.test.ts is).
    startTestHub('agency_parts_page', {
      signIn: true,
      gatewayEnv: { CACHE_ENABLED: 'false', TRUSTED_DOCUMENTS_ONLY_ROLES: 'board', SUBGRAPH_TIMEOUT_MS: '60000' },
    }),
    chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] }),
  ]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
}, 60000);

async function axeSerious(page: Page, include: string[]): Promise<Array<{ id: string; help: string }>> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string }> }> };
      }
    ).axe;
    const r = await axe.run({ include: sel.map((s) => [s]) }, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, help: v.help }));
  }, include);
}

/** Every table of a section has a caption, column headers and a header for each row. */
async function tablesAreLabelled(
  page: Page,
  section: string,
): Promise<Array<{ caption: string; cols: number; rows: number; rowHeaders: number }>> {
  return page.evaluate((sel) => {
    const tables = Array.from(document.querySelectorAll(`${sel} table.agency-part`));
    return tables.map((t) => ({
      caption: (t.querySelectorAll('caption')[0]?.textContent ?? '').trim(),
      cols: t.querySelectorAll('thead th[scope="col"]').length,
      rows: t.querySelectorAll('tbody tr').length,
      rowHeaders: t.querySelectorAll('tbody th[scope="row"]').length,
    }));
  }, section);
}

const top = (page: Page, selector: string) => page.evaluate((sel) => document.querySelector(sel)!.getBoundingClientRect().top, selector);

test("the agencies' own parts are on the dashboard where they belong, as labelled tables below the first screen, axe-clean", async () => {
  const context = await browser.newContext({ viewport: FIRST_SCREEN });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A board member, whose operations the gateway accepts only from the dashboard's trusted documents here.
  await signInThroughProvider(page, hub.webUrl, '/dashboard/', 'Board member');
  const answered = page
    .waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('DashboardAgencyParts'), {
      timeout: 120000,
    })
    .then(async (r) => ({ status: r.status(), ...((await r.json()) as { errors?: unknown[] }) }));
  // The view straight from the address, so no earlier choice's queries are still in flight.
  await page.goto(`${hub.webUrl}/dashboard/?partnership=kent-and-medway&plan=km-2012-2015&area=kent-and-medway`);
  const area = page.locator('#area-parts');
  await area.locator('h2').waitFor({ timeout: 90000 });
  await page.waitForFunction(() => !(document.querySelector('#area-parts')?.textContent ?? '').includes('Loading'), undefined, {
    timeout: 90000,
  });
  expect(await area.textContent()).not.toContain('could not be loaded');

  // What the graph answered (shown by a failed expectation below).
  const answer = await answered;
  expect(answer.errors).toBeUndefined();
  // Police, under the priority groups: the IOM cohort profile of 26 July 2019 (seed 002). The parts render as they come
  // near the screen: read through each section, as a reader scrolling down would.
  for (const section of ['#scorecard', '#priority-groups', '#area-parts']) await readThrough(page, section);
  const profile = page.locator('#priority-groups [data-testid="iom-cohort-profile-kent-and-medway-2019-07-26"]');
  await profile.waitFor({ timeout: 90000 });
  expect(await profile.locator('caption').textContent()).toMatch(/police's cohort profile, Kent and Medway, 2019-07-26/);
  expect(await profile.locator('tr', { hasText: 'Cohort size' }).locator('td').textContent()).toBe('245');
  // '2 of the cohort are female' was printed in a public paper: disclosure control leaves it visible.
  expect(await profile.locator('tr', { hasText: 'Female' }).locator('td').textContent()).toBe('2');
  expect(await profile.locator('tr', { hasText: 'In custody' }).locator('td').textContent()).toBe('45.3%');
  // DWP, under the same priority group: the Jobcentre Plus targets.
  const targets = page.locator('#priority-groups [data-testid="jobcentre-targets"]');
  expect(await targets.locator('tbody tr').count()).toBe(3);
  expect(await targets.locator('tbody tr').first().textContent()).toMatch(/Finance, Benefits and Debt.*95%.*by March 2014.*Jobcentre Plus/);
  // Health, under the scorecard by pathway: statutory offenders' treatment completions; 'tbc' stays 'tbc'.
  const completions = page.locator('#scorecard [data-testid="treatment-completions"]');
  expect(await completions.locator('tr', { hasText: 'statutory offenders' }).allTextContents()).toEqual([
    expect.stringMatching(/Kent and Medway.*2011-12.*522/),
    expect.stringMatching(/Kent and Medway.*2012-13.*574/),
  ]);
  expect(await completions.locator('tr', { hasText: 'Medway Young Offenders' }).first().textContent()).toContain('tbc');
  // Probation, in the area's section: offenders starting community orders with each need, with the plan's pathway.
  const needs = page.locator('#area-parts [data-testid="community-order-needs"]');
  await needs.waitFor({ timeout: 90000 });
  expect(await page.locator('#area-parts h2').textContent()).toBe('Kent and Medway: what the agencies publish about the area');
  expect(await needs.locator('tbody tr').first().textContent()).toMatch(/an accommodation need.*2010.*36%.*1,247/);
  expect(await page.locator('#area-parts [data-testid="young-offender-accommodation"]').count()).toBe(0);

  // Screen readers: every part is a table with a caption, column headers and row headers.
  for (const section of ['#priority-groups', '#scorecard', '#area-parts']) {
    const tables = await tablesAreLabelled(page, section);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.caption.length).toBeGreaterThan(10);
      expect(t.cols).toBeGreaterThanOrEqual(2);
      expect(t.rowHeaders).toBe(t.rows);
    }
  }
  // Nothing of it is on the first screen, so its late arrival moves nothing the reader sees there.
  await page.evaluate(() => (window as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  for (const sel of ['[data-testid="priority-group-parts"]', '[data-testid="pathway-parts"]', '#area-parts'])
    expect(await top(page, sel)).toBeGreaterThan(FIRST_SCREEN.height);
  expect(await axeSerious(page, ['#priority-groups', '#scorecard', '#area-parts'])).toEqual([]);
  await page.locator('[data-testid="priority-group-parts"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'agency-parts-priority-groups.png') });

  // Housing, for Medway: young offenders in suitable accommodation, 'Approx. 98%' marked approximate.
  await page.selectOption('#area', 'medway');
  const accommodation = page.locator('#area-parts [data-testid="young-offender-accommodation"]');
  await readThrough(page, '#area-parts');
  await accommodation.waitFor({ timeout: 90000 });
  expect(await page.locator('#area-parts h2').textContent()).toBe('Medway: what the agencies publish about the area');
  expect(await accommodation.locator('tr', { hasText: '2012-13' }).textContent()).toMatch(
    /Medway Young Offenders.*Approx\. 98% \(approximate\)/,
  );
  expect(await page.locator('#area-parts [data-testid="community-order-needs"]').count()).toBe(0);
  expect(await axeSerious(page, ['#area-parts'])).toEqual([]);
  await page.locator('#area-parts').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'agency-parts-area-medway.png') });

  expect(problems).toEqual([]);
  await context.close();
}, 300_000);
