import { chromium } from 'playwright-core';
import { startTestHub } from '../support/hub';
(async () => {
  const hub = await startTestHub('shiftdbg', { gatewayEnv: { SUBGRAPH_TIMEOUT_MS: '30000' } });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1350, height: 940 } })).newPage();
    await page.addInitScript(() => {
      const w = globalThis as any;
      w.__shifts = [];
      new w.PerformanceObserver((list: any) => {
        for (const e of list.getEntries()) w.__shifts.push({ t: Math.round(e.startTime), v: e.value, s: e.sources.map((x: any) => ({ n: x.node?.outerHTML?.slice(0, 80), p: x.previousRect.toJSON(), c: x.currentRect.toJSON() })) });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${hub.webUrl}/dashboard/#token=${hub.boardToken}`);
    await page.waitForFunction(() => (globalThis as any).document.querySelector('main')?.getAttribute('aria-busy') === 'false' && (globalThis as any).document.querySelector('#scorecard'), null, { timeout: 120000 });
    await page.waitForTimeout(2000);
    console.log(JSON.stringify(await page.evaluate(() => (globalThis as any).__shifts), null, 1));
  } finally {
    await browser.close();
    await hub.stop();
  }
})();
