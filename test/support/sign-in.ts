import type { Page } from 'playwright-core';

/**
 * Signs in as a person would: opens the page, follows "Sign in" to the development identity provider, chooses the
 * account on its login page, and comes back signed in (the web process's session cookie; no token in the page).
 */
export async function signInThroughProvider(page: Page, webUrl: string, path: string, accountName: string): Promise<void> {
  await page.goto(`${webUrl}${path}`);
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Sign in: choose an account' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${accountName}\\b`) }).click();
  await page.waitForURL((u) => u.href.startsWith(webUrl) && !u.pathname.startsWith('/auth/'), { timeout: 30000 });
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 30000 });
}
