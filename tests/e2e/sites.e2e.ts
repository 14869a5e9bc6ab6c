// A chat that is not built in (a self-hosted Mattermost, say), turned on and off from the
// toolbar popup the way a user does it: the popup opened over the chat tab, its button
// pressed. The chip must start in the open tab at once, come back after a reload (the
// registration persists), and leave when the site is turned off again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { type EchtBrowser, launchEcht } from './support/browser';
import { openChatPage, READS_THE_CHIP_MS } from './support/editors';
import { type FixtureServer, serveFixtures } from './support/server';

// The extension pages' own API, used inside page.evaluate().
declare const chrome: typeof browser;

/** Test builds hold this site's permission but do not run the chip there on their own. */
const SELF_HOSTED = '127.0.0.2';
const DRAFT = 'Let me know if I can do anything.';

let echt: EchtBrowser;
let server: FixtureServer;
/** An extension page in a background tab: it can reach the popup's document. */
let extensionPage: Page;

beforeAll(async () => {
  server = await serveFixtures(undefined, 0, SELF_HOSTED);
  echt = await launchEcht();
  extensionPage = await echt.context.newPage();
  await extensionPage.goto(echt.url('options.html'));
});

afterAll(async () => {
  await echt?.close();
  await server?.close();
});

/**
 * Opens the toolbar popup over the front tab (as a click on Echt's button does) and
 * presses the site button once it reads `label`; the popup is closed after.
 */
async function pressSiteButton(chat: Page, label: string): Promise<void> {
  await chat.bringToFront();
  await echt.worker.evaluate(() => chrome.action.openPopup());
  const press = () =>
    extensionPage.evaluate(
      ([label, host]) => {
        const [popup] = chrome.extension.getViews({ type: 'popup' }) as unknown as (typeof globalThis)[];
        const site = popup?.document.querySelector('.site');
        const button = site?.querySelector('button');
        if (!button || site?.querySelector('.site-host')?.textContent !== host || button.textContent !== label) {
          return false;
        }
        button.click();
        return true;
      },
      [label, SELF_HOSTED] as const,
    );
  await expect.poll(press).toBe(true);
  // The popup closes itself when the user clicks away; here it is closed once the change is stored.
  await expect
    .poll(() =>
      extensionPage.evaluate(async () => {
        const stored = await chrome.storage.local.get('settings.chatSites');
        return stored['settings.chatSites'] as { enabled: string[] } | undefined;
      }),
    )
    .toMatchObject({ enabled: label === 'Use Echt on this site' ? [expect.stringContaining(SELF_HOSTED)] : [] });
  await extensionPage.evaluate(() => {
    for (const popup of chrome.extension.getViews({ type: 'popup' }) as unknown as (typeof globalThis)[]) popup.close();
  });
}

async function typeDraft(chat: Page): Promise<void> {
  await chat.locator('textarea').click();
  await chat.keyboard.type(DRAFT);
}

const chips = (chat: Page) => chat.locator('echt-chip').count();

describe('a chat site the user turns on from the popup', () => {
  it('gets the chip at once, keeps it after a reload, and loses it when turned off', async () => {
    const { page: chat, errors } = await openChatPage(echt.context, server.origin, 'textarea');
    await typeDraft(chat);
    await chat.waitForTimeout(READS_THE_CHIP_MS);
    expect(await chips(chat)).toBe(0);

    await pressSiteButton(chat, 'Use Echt on this site');
    // Started in the open tab: the next pause in typing brings the chip, no reload needed.
    await chat.locator('textarea').click();
    await chat.keyboard.type(' ');
    await expect.poll(() => chips(chat)).toBe(1);

    await chat.reload();
    await typeDraft(chat);
    await expect.poll(() => chips(chat)).toBe(1);

    await pressSiteButton(chat, 'Turn off on this site');
    await expect.poll(() => chips(chat)).toBe(0);
    await chat.reload();
    await typeDraft(chat);
    await chat.waitForTimeout(READS_THE_CHIP_MS);
    expect(await chips(chat)).toBe(0);
    expect(errors).toEqual([]);
  });
});
