/**
 * Lighthouse on the board dashboard: starts the test topology on free ports (fresh database, every subgraph, the
 * gateway, the web front door), signs in as a board member through the development identity provider in Chromium (as the
 * browser tests do), hands Lighthouse that session's cookie, and runs Lighthouse 13 with its desktop preset in Debian's Chromium. Prints the category scores and the layout shift,
 * and writes the JSON report to test-results/lighthouse/.
 *
 *   node -r ./test/load/register.js test/load/lighthouse.ts [--runs 3] [--label after] [--root /path/to/other/checkout]
 *
 * --root runs another built copy of the repository (e.g. main before a change) to measure before and after.
 *
 * Lighthouse is not a dependency of the project (it needs Node 22 and brings Puppeteer): the script runs it with
 * `npx --yes lighthouse@13`, from the npm cache after the first run. A benchmark, never a test: the figures depend
 * on the machine's load, so the median of the runs is what docs/ records.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { startTestHub } from '../support/hub';
import { signInThroughProvider } from '../support/sign-in';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const RUNS = Number(option('runs', '3'));
const LABEL = option('label', 'run');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const OUT = join(__dirname, '..', '..', 'test-results', 'lighthouse');

interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  height: number | null;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const root = option('root', '');
  const hub = await startTestHub('lighthouse', { signIn: true, gatewayEnv: { SUBGRAPH_TIMEOUT_MS: '30000' }, ...(root ? { root } : {}) });
  try {
    const url = `${hub.webUrl}/dashboard/`;
    // The dashboard shows figures only to someone signed in (a development link no longer signs anyone in): sign in
    // once in Chromium and give Lighthouse the session cookie as a request header.
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    let cookie: string;
    try {
      const page = await browser.newPage();
      await signInThroughProvider(page, hub.webUrl, '/dashboard/', 'Board member');
      cookie = (await page.context().cookies(hub.webUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
    } finally {
      await browser.close();
    }
    if (!cookie) throw new Error('no session cookie after signing in');
    const results: Figures[] = [];
    for (let i = 1; i <= RUNS; i++) {
      const file = join(OUT, `${LABEL}-${i}.json`);
      await promisify(execFile)(
        'npx',
        [
          '--yes',
          'lighthouse@13',
          url,
          '--preset=desktop',
          `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
          `--chrome-path=${CHROMIUM}`,
          `--chrome-flags=${FLAGS}`,
          '--output=json',
          `--output-path=${file}`,
          '--quiet',
        ],
        { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: CHROMIUM } },
      );
      const lhr = JSON.parse(readFileSync(file, 'utf8'));
      const score = (c: string) => Math.round(lhr.categories[c].score * 100);
      const shot = lhr.fullPageScreenshot?.screenshot;
      const figures: Figures = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
        height: shot?.height ?? null,
      };
      results.push(figures);
      console.log(`${LABEL} run ${i}: ${JSON.stringify(figures)}`);
    }
    const median = (k: keyof Figures) => {
      const xs = results.map((r) => r[k] as number).sort((a, b) => a - b);
      return xs[Math.floor(xs.length / 2)];
    };
    console.log(
      `${LABEL} median of ${RUNS}: performance ${median('performance')}, accessibility ${median('accessibility')}, best practices ${median('bestPractices')}, CLS ${median('cls')}, LCP ${median('lcpMs')} ms, TBT ${median('tbtMs')} ms, page height ${median('height')} px`,
    );
  } finally {
    await hub.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
