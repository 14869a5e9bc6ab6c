import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { ARTIFACTS, type EchtBrowser, launchEcht } from './support/browser';
import { type FixtureServer, serveFixtures } from './support/server';

// The service worker's own extension API, used inside worker.evaluate().
declare const chrome: typeof browser;

let echt: EchtBrowser;
let server: FixtureServer;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await serveFixtures();
  echt = await launchEcht();
});

afterAll(async () => {
  await echt?.close();
  await server?.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await echt.context.newPage();
  await page.goto(echt.url(path));
  return page;
}

/** The chip host and whether its shadow root is open, read from the page itself. */
function chipState(page: Page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('echt-chip');
    const host = hosts[0];
    return { count: hosts.length, open: host?.shadowRoot?.mode === 'open' };
  });
}

describe('the built extension in Chromium', () => {
  it('runs its service worker from the manifest', async () => {
    expect(echt.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await echt.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications', 'scripting', 'activeTab']);
  });

  it('writes default settings on install', async () => {
    const stored = () => echt.worker.evaluate(() => chrome.storage.local.get(null));
    await expect.poll(async () => (await stored())['settings.language']).toBe('auto');
    await expect.poll(async () => typeof (await stored())['meta.installedAt']).toBe('number');
  });

  it('shows the popup with a live value from the background', async () => {
    const popup = await openPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Echt');
    await expect.poll(() => popup.getByText(/^With you since \d{1,2} \w+ \d{4}$/).count()).toBe(1);
    expect(await popup.getByRole('tab', { name: 'Today' }).getAttribute('aria-selected')).toBe('true');
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png') });
    await popup.close();
  });

  it('changes the language in the options page, and the open popup follows', async () => {
    const popup = await openPage('popup.html');
    const options = await openPage('options.html');
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('Echt settings');
    await options.screenshot({ path: join(ARTIFACTS, 'options.png') });

    await options.getByLabel('Language').selectOption('nl');
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('Instellingen van Echt');
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Opgeslagen' }).count()).toBe(1);
    await expect.poll(() => popup.getByText(/^Bij je sinds \d{1,2} \w+ \d{4}$/).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Instellingen' }).count()).toBe(1);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-nl.png') });

    // A freshly opened popup speaks Dutch from its first paint.
    const again = await openPage('popup.html');
    await expect.poll(() => again.getByRole('tab', { name: 'Vandaag' }).count()).toBe(1);

    await options.getByLabel('Taal').selectOption('auto');
    await expect.poll(() => popup.getByRole('button', { name: 'Settings' }).count()).toBe(1);
    await Promise.all([popup.close(), options.close(), again.close()]);
  });

  it('mounts an empty echt-chip beside a focused composer on a chat page, and nothing else', async () => {
    const page = await echt.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/chat.html`);
    const before = await page.locator('#composer').evaluate((element) => element.outerHTML);

    await page.locator('#composer').click();
    await expect.poll(() => chipState(page)).toEqual({ count: 1, open: true });
    await page.keyboard.type('Hoi Sam, hoe gaat het echt met je?');
    expect(await page.locator('#composer').inputValue()).toBe('Hoi Sam, hoe gaat het echt met je?');
    // The editor holds only what the user typed; the chip lives outside it.
    expect(await page.locator('#composer echt-chip').count()).toBe(0);
    expect(await page.locator('#composer').evaluate((element) => element.outerHTML)).toBe(before);

    await page.locator('#search').click();
    await expect.poll(() => chipState(page)).toEqual({ count: 0, open: false });

    await page.locator('#thread-composer').click();
    await expect.poll(() => chipState(page)).toEqual({ count: 1, open: true });
    await page.keyboard.type('Thinking of you');
    expect(await page.locator('#thread-composer').innerHTML()).toBe('Thinking of you');

    // Enter still sends, as the page intends.
    await page.keyboard.press('Enter');
    expect(await page.locator('#messages li').last().textContent()).toBe('You: Thinking of you');

    await page.screenshot({ path: join(ARTIFACTS, 'chat.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
