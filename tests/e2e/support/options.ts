// Steps the browser tests and benchmarks take in Echt's own pages: waiting for the install
// handler, and what a user does in the options page's "You" and "Calendars" sections.
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { type EchtFirefox, waitUntil } from './firefox';

// The extension pages' own API, used inside page.evaluate().
declare const chrome: typeof browser;

/** Written by the install handler after every setting tests change (language, addresses, reminders, calendars). */
const INSTALL_DONE = 'feeds.status';

/**
 * Waits in an extension page until the install handler has written every default once:
 * settings changed before it finishes would be written over.
 */
export async function installed(page: Page): Promise<void> {
  await page.waitForFunction(async (key) => key in (await chrome.storage.local.get(key)), INSTALL_DONE);
}

/** The same wait in Firefox, asked of the background page. */
export async function installedInFirefox(echt: EchtFirefox): Promise<void> {
  await waitUntil(
    () =>
      echt.background(
        async (background, key) => key in (await background.browser.storage.local.get(key)),
        INSTALL_DONE,
      ),
    'the install handler',
  );
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
