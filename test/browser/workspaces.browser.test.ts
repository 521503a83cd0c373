/**
 * Sign-in and the workspaces in a real browser (Debian's Chromium driven by playwright-core) against the real
 * topology (startTestHub with the development identity provider: fresh seeded database, every subgraph, the
 * gateway, the web process). People sign in by choosing an account on the provider's login page; the browser
 * holds only the web process's session cookie. Any console or page error fails a test (but the 401s and 400s a
 * test provokes on purpose). Screenshots go to test-results/screenshots/ (workspace-*).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../support/hub';
import { readThrough } from '../support/read-through';
import { signInThroughProvider } from '../support/sign-in';
import { axeViolations, openPage } from '../support/browser';

// Functions passed to page.evaluate run in the browser; the test project has no DOM library, so name its globals.
declare const document: unknown;
declare const window: { sessionStorage: { length: number }; localStorage: { length: number } };
declare class DataTransfer {
  items: { add(f: unknown): void };
}
declare class File {
  constructor(parts: string[], name: string, opts: { type: string });
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

let hub: TestHub;
let browser: Browser;
let web: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  [hub, browser] = await Promise.all([
    startTestHub('workspaces', { signIn: true, gatewayEnv: { SUBGRAPH_TIMEOUT_MS: '30000' } }),
    chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }),
  ]);
  web = hub.webUrl;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
}, 60_000);

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(SCREENSHOTS, `workspace-${name}.png`), fullPage });

/** What the police editor's drafts are, asked of the graph directly with an API token (not through the page). */
async function policeDrafts(): Promise<Array<{ measureId: string; printed: string }>> {
  const token = await hub.token('agency-editor', 'police');
  const res = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ policeDrafts { measureId printed } }' }),
  });
  const body = (await res.json()) as { data: { policeDrafts: Array<{ measureId: string; printed: string }> } };
  return body.data.policeDrafts;
}

const HEADER = 'measure_id,area,period,value,numerator,denominator,printed,approximate,not_available,status,note';
const GOOD_ROW = 'police.iom-cohort-size,kent-and-medway,2019-10-26,251,,,,false,false,FINAL,Snapshot of 26 October 2019';
const BAD_ROW = 'police.iom-cohort-size,kent-and-medway,2019-11-26,two hundred,,,,false,false,FINAL,';
const FIXED_ROW = 'police.iom-cohort-size,kent-and-medway,2019-11-26,258,,,,false,false,FINAL,Snapshot of 26 November 2019';

/** Drops a file on the page's drop zone, as a person dragging it from their desktop would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'text/csv' }));
      return dt;
    },
    [name, text],
  );
  await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer: transfer });
}

describe('sign-in and the workspaces', () => {
  test('the login page of the development provider lists one account per role and agency, and has no axe violation', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${web}/workspace/agency`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in: choose an account' }).waitFor();
    const accounts = await page.getByRole('button').allTextContents();
    for (const who of [
      'Board member',
      'Analyst',
      'Secretariat officer',
      'Administrator',
      'Police data officer',
      'Probation data officer',
      'Housing data officer',
      'Health data officer',
      'Dwp data officer',
    ]) {
      expect(accounts.some((a) => a.startsWith(who))).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, '01-provider-login');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a police editor uploads a CSV with a bad row (nothing written), fixes it, previews and publishes; a board member sees the figure', async () => {
    const editor = await openPage(browser);
    const { page } = editor;
    await signInThroughProvider(page, web, '/workspace/agency', 'Police data officer');
    await page.getByRole('heading', { name: 'Your measures' }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('Police data officer (agency data officer, police)');
    // No token anywhere the page can reach: the session is an httpOnly cookie.
    expect(await page.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(0);
    // (Cookies are not kept apart by port: the provider's own, on the same loopback host, are left out.)
    const cookies = (await editor.context.cookies(web)).filter((c) => c.name.startsWith('hub'));
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([['hub_session', true, 'Lax']]);
    expect(cookies[0].value).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits, opaque: not a JWT
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, '02-agency-measures', true);
    const before = await policeDrafts();

    // 1. A file with a bad row, dropped on the page: every problem against the file, nothing written.
    await dropFile(page, 'q3-return.csv', [HEADER, GOOD_ROW, BAD_ROW].join('\n'));
    await page.getByText('q3-return.csv: ').waitFor();
    await page.getByLabel('Why these figures').fill('Quarter 3 return');
    await page.getByRole('button', { name: 'Check and save as drafts' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Nothing was written');
    expect(await summary.textContent()).toMatch(/Row 2 \(line 3\), column value: /);
    expect(await page.locator('td.fault').count()).toBe(1);
    expect(await page.locator('td.fault').textContent()).toContain('two hundred');
    expect(await policeDrafts()).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, '03-agency-upload-errors', true);

    // 2. The fixed file through the file input: drafts, then the preview.
    await page.setInputFiles('#csv-file', {
      name: 'q3-return-fixed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([HEADER, GOOD_ROW, FIXED_ROW].join('\n')),
    });
    await page.getByText('q3-return-fixed.csv: ').waitFor();
    await page.getByRole('button', { name: 'Check and save as drafts' }).click();
    await page.getByText('All 2 rows saved as drafts: 2 new figures, 0 corrections').waitFor();
    expect(
      (await policeDrafts())
        .filter((d) => d.measureId === 'police.iom-cohort-size')
        .map((d) => d.printed)
        .sort(),
    ).toEqual(['251', '258']);
    const preview = page.locator('fieldset', { hasText: 'IOM cohort size' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('2 new, 0 corrected, 0 unchanged');
    expect(
      await preview
        .locator('tr', { hasText: '26 Oct 2019' })
        .or(preview.locator('tr', { hasText: '2019-10-26' }))
        .first()
        .textContent(),
    ).toContain('New figure');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, '04-agency-preview', true);

    // 3. Publish the measure chosen.
    await preview.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Publish the chosen measures (1)' }).click();
    await page.getByText('Published 2 figures: 2 new, 0 corrections').waitFor();
    expect((await policeDrafts()).filter((d) => d.measureId === 'police.iom-cohort-size')).toEqual([]);
    await page.locator('tr', { hasText: 'IOM cohort size' }).first().getByText('258').waitFor();
    await page.getByLabel('Measure', { exact: true }).selectOption('police.iom-cohort-size');
    await page.locator('#history-h ~ table', { hasText: 'publish' }).first().waitFor();
    await shot(page, '05-agency-published-history', true);
    expect(editor.problems).toEqual([]);

    // 4. A board member, in another browser context, sees the new figure on the dashboard.
    const board = await openPage(browser);
    await signInThroughProvider(
      board.page,
      web,
      '/dashboard/?partnership=kent-and-medway&plan=km-2019-20&area=kent-and-medway&period=2019-11-26',
      'Board member',
    );
    // The priority groups' tables render as they come near the screen.
    await readThrough(board.page, '#priority-groups');
    await board.page.waitForFunction(
      () => ((document as { body: { textContent: string } }).body.textContent ?? '').includes('258'),
      undefined,
      { timeout: 30000 },
    );
    await board.page.getByText('IOM cohort size').first().scrollIntoViewIfNeeded();
    await shot(board.page, '06-board-sees-new-figure');
    expect(board.problems).toEqual([]);
    await board.context.close();
    await editor.context.close();
  }, 240_000);

  test("the secretariat records a goal's RAG for a quarter and it is in the stock-take report", async () => {
    const { context, page, problems } = await openPage(browser);
    await signInThroughProvider(page, web, '/workspace/secretariat?plan=km-2012-2015', 'Secretariat officer');
    const row = page.locator('tr', { hasText: 'Following current protocols and policies already in place' });
    await row.waitFor();
    expect(await page.locator('.error').allTextContents()).toEqual([]);
    await row.getByRole('button', { name: /^Update/ }).click();
    const editorRegion = page.getByRole('region', { name: /Update goal/ });
    await editorRegion.getByLabel(/Quarter or year/).fill('2013-14 Q2');
    await editorRegion.getByRole('group', { name: 'Status', exact: true }).getByLabel('Amber').check();
    await editorRegion.getByLabel(/^Comment \(the update/).fill('Two more hostels signed the protocol; the review is due in Q3');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, '07-secretariat-goal', true);
    await editorRegion.getByRole('button', { name: 'Record status' }).click();
    await page.getByText('Recorded Amber for 2013-14 Q2.').waitFor();
    await row.getByText('Two more hostels signed the protocol').waitFor();

    // The stock-take report of that year, on the same session, has it.
    await page.goto(`${web}/reports/stock-take?plan=km-2012-2015&year=2013-14&format=html`);
    const report = (await page.locator('body').textContent()) ?? '';
    expect(report).toContain('Two more hostels signed the protocol; the review is due in Q3');
    expect(report).toContain('as at 2013-14 Q2');
    await page.getByText('Two more hostels signed the protocol').scrollIntoViewIfNeeded();
    await shot(page, '08-stock-take-has-quarter');
    // Audited by the plan subgraph.
    const token = await hub.token('secretariat');
    const audit = (await (
      await fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ planAuditTrail(limit: 5) { actor action details } }' }),
      })
    ).json()) as { data: { planAuditTrail: Array<{ actor: string; action: string; details: string }> } };
    expect(audit.data.planAuditTrail.some((e) => e.actor === 'dev-secretariat' && e.details.includes('2013-14 Q2'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  test("the secretariat records a goal's end-of-year outcome and the year's stock-take report prints it", async () => {
    const { context, page, problems } = await openPage(browser);
    await signInThroughProvider(page, web, '/workspace/secretariat?plan=km-2012-2015', 'Secretariat officer');
    const row = page.locator('tr', { hasText: 'Following current protocols and policies already in place' });
    await row.waitFor();
    await row.getByRole('button', { name: /^Update/ }).click();
    const editorRegion = page.getByRole('region', { name: /Update goal/ });
    // Keyboard only: the year, the outcome, the colour and the comment, then Enter on the button.
    await editorRegion.getByLabel(/^Year/).focus();
    await page.keyboard.type('2014-15');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document as { activeElement: { id: string } | null }).activeElement?.id)).toMatch(/-outcome$/);
    await editorRegion.getByLabel('Outcome', { exact: true }).selectOption('PARTLY_ACHIEVED');
    await editorRegion.getByRole('group', { name: 'Status for the year' }).getByLabel('Amber').check();
    await editorRegion
      .getByLabel(/Comment on the outcome/)
      .fill('Protocols adopted by four of the six hostels; the rest carried into 2015-16');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, '11-secretariat-outcome', true);
    await editorRegion.getByRole('button', { name: 'Record outcome' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Recorded the 2014-15 outcome: Partly achieved, Amber.').waitFor();
    await row.getByText('Outcome: Partly achieved').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The stock-take report of that year, on the same session, prints the outcome, its colour and the comment.
    await page.goto(`${web}/reports/stock-take?plan=km-2012-2015&year=2014-15&format=html`);
    const report = (await page.locator('body').textContent()) ?? '';
    expect(report).toContain('Outcome: Partly achieved');
    expect(report).toContain('Protocols adopted by four of the six hostels; the rest carried into 2015-16');
    await page.getByText('Protocols adopted by four of the six hostels').scrollIntoViewIfNeeded();
    await shot(page, '12-stock-take-has-outcome');
    // Audited by the plan subgraph, with the secretariat officer's name.
    const token = await hub.token('secretariat');
    const audit = (await (
      await fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ planAuditTrail(limit: 5) { actor action details } }' }),
      })
    ).json()) as { data: { planAuditTrail: Array<{ actor: string; action: string; details: string }> } };
    expect(
      audit.data.planAuditTrail.some(
        (e) => e.actor === 'dev-secretariat' && e.action === 'recordGoalOutcome' && e.details.includes('PARTLY_ACHIEVED'),
      ),
    ).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  test('a session made by one web process works through another sharing Redis; sign-out ends it in both', async () => {
    const second = await hub.startWebReplica();
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      const { context, page, problems } = await openPage(browser);
      await signInThroughProvider(page, web, '/workspace/secretariat', 'Secretariat officer');
      const id = (await context.cookies(web)).find((c) => c.name === 'hub_session')!.value;
      const key = `${hub.sessionKeyPrefix}s:${createHash('sha256').update(id).digest('base64url')}`;
      // In Redis under the hash of the id (never the id itself), expiring with the session (SESSION_TTL, 8 h).
      expect(await redis.exists(key)).toBe(1);
      expect(await redis.get(key)).not.toContain(id);
      expect(await redis.pttl(key)).toBeGreaterThan(7 * 3600_000);
      const sessionAt = async (origin: string) =>
        (await (await fetch(`${origin}/auth/session`, { headers: { cookie: `hub_session=${id}` } })).json()) as {
          signedIn: boolean;
          role?: string;
        };
      expect(await sessionAt(web)).toMatchObject({ signedIn: true, role: 'secretariat' });
      expect(await sessionAt(second.url)).toMatchObject({ signedIn: true, role: 'secretariat' });

      // The browser on the second process (cookies are not kept apart by port): signed in without signing in again.
      await page.goto(`${second.url}/workspace/secretariat?plan=km-2012-2015`);
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.locator('tr', { hasText: 'Following current protocols and policies already in place' }).waitFor();
      await shot(page, '13-second-web-process');

      // Sign out through the second process: gone from Redis, so from the first process too. The page's reads first
      // (one in flight at sign-out is answered 401, which the browser logs as an error).
      await page.waitForLoadState('networkidle');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign out of the development provider?' }).waitFor();
      expect(await redis.exists(key)).toBe(0);
      expect(await sessionAt(web)).toMatchObject({ signedIn: false });
      expect(await sessionAt(second.url)).toMatchObject({ signedIn: false });
      const replay = await fetch(`${web}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `hub_session=${id}` },
        body: JSON.stringify({ query: '{ plans { id } }' }),
      });
      expect(replay.status).toBe(401);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      redis.disconnect();
      await second.stop();
    }
  }, 180_000);

  test('a development link cannot replace a signed-in session', async () => {
    const { context, page, problems } = await openPage(browser);
    await signInThroughProvider(page, web, '/dashboard/?partnership=kent-and-medway&plan=km-2019-20&area=kent-and-medway', 'Board member');
    const editorToken = await hub.token('agency-editor', 'police');
    const link = `${web}/dashboard/?partnership=kent-and-medway&plan=km-2019-20&area=kent-and-medway#token=${editorToken}`;
    // The link followed on the open page (only the fragment changes) ...
    await page.goto(link);
    await page.getByTestId('ignored-link').waitFor();
    expect(page.url()).not.toContain('token=');
    await page.close();
    // ... and opened afresh, as from an email.
    const fresh = await context.newPage();
    fresh.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    await fresh.goto(link);
    await fresh.getByTestId('ignored-link').waitFor();
    expect(fresh.url()).not.toContain('token=');
    expect(await fresh.getByRole('banner').textContent()).toContain('Board member (board member)');
    expect(await fresh.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(0);
    // Still the board's view: a small count of the IOM cohort is suppressed for the board (an editor would see 2).
    await readThrough(fresh, '#priority-groups');
    await fresh.waitForFunction(
      () => ((document as { body: { textContent: string } }).body.textContent ?? '').includes('suppressed'),
      undefined,
      { timeout: 30000 },
    );
    await shot(fresh, '09-dev-link-ignored');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('sign-out ends the session here and at the provider', async () => {
    const { context, page, problems } = await openPage(browser);
    await signInThroughProvider(page, web, '/workspace/secretariat', 'Secretariat officer');
    const sessionCookie = (await context.cookies(web)).find((c) => c.name === 'hub_session')!.value;
    // The workspace's own reads first: one still in flight when the session ends is answered 401, which the browser
    // logs as an error whatever the page does with it.
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign out of the development provider?' }).waitFor();
    await shot(page, '10-provider-sign-out');
    await page.getByRole('button', { name: 'Yes, sign out' }).click();
    await page.waitForURL(`${web}/`);
    expect((await context.cookies(web)).find((c) => c.name === 'hub_session')).toBeUndefined();
    // The old session id is dead even if replayed.
    const replay = await fetch(`${web}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `hub_session=${sessionCookie}` },
      body: JSON.stringify({ query: '{ plans { id } }' }),
    });
    expect(replay.status).toBe(401);
    await page.goto(`${web}/workspace/secretariat`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    // Signing in again goes back to the provider's account list (its session ended too).
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in: choose an account' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
