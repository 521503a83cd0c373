import type { Page } from 'playwright-core';

/**
 * Scrolls through a section of the board dashboard as a reader would, until every part of it is rendered, then
 * brings the section's start into view. The dashboard renders the parts below the first screen as they come near
 * the screen (or in idle time), standing in for each with an empty `.deferred` box until then; a test that reads a
 * section first scrolls to it, rather than counting on the idle time.
 */
export async function readThrough(page: Page, section: string): Promise<void> {
  // The section (with its boxes) is there once the plan is shown.
  await page.locator(section).first().waitFor({ timeout: 30000 });
  const waiting = page.locator(`${section} .deferred`);
  for (let i = 0; (await waiting.count()) > 0; i++) {
    if (i > 200) throw new Error(`${section}: parts still not rendered after scrolling to each`);
    // The box may be rendered (and gone) while playwright scrolls to it.
    await waiting
      .first()
      .scrollIntoViewIfNeeded({ timeout: 5000 })
      .catch(() => undefined);
  }
  await page.locator(section).first().scrollIntoViewIfNeeded();
}
