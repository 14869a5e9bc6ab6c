// Steps the browser tests and benchmarks take in Echt's own pages: waiting for the install
// handler, and what a user does in the options page's "You" and "Calendars" sections.
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';

// The extension pages' own API, used inside page.evaluate().
declare const chrome: typeof browser;

/**
 * Waits in an extension page until the install handler has written every default once:
 * settings changed before it finishes would be written over.
 */
export async function installed(page: Page): Promise<void> {
  await page.waitForFunction(async () => 'feeds.status' in (await chrome.storage.local.get('feeds.status')));
}

/** Saves the user's own addresses in the options page. */
export async function saveSelfEmails(options: Page, addresses: readonly string[]): Promise<void> {
  await options.getByLabel('Your e-mail addresses, one per line').fill(addresses.join('\n'));
  await options.getByRole('button', { name: 'Save' }).click();
}

/** Adds a calendar by its address in the options page; resolves once the form has taken it. */
export async function addCalendar(options: Page, url: string, name: string): Promise<void> {
  const address = options.getByLabel('Calendar address (https:// or webcal://)');
  await address.fill(url);
  await options.getByLabel('Name (optional)').fill(name);
  await options.getByRole('button', { name: 'Add calendar' }).click();
  const field = await address.elementHandle();
  await options.waitForFunction((input) => (input as HTMLInputElement | null)?.value === '', field);
}
