// Message text never leaves the device and is never stored. With the built extension in
// Chromium, the user writes drafts in three editors (the chip shows, is used, is
// dismissed); then no request has gone anywhere but the chat page's own origin, and no
// extension storage (storage.local, .session, .sync, IndexedDB) holds any of the drafts.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { type EchtBrowser, launchEcht } from './support/browser';
import { type EditorName, editorPage } from './support/editors';
import { type FixtureServer, serveFixtures } from './support/server';

// The service worker's own extension API, used inside worker.evaluate().
declare const chrome: typeof browser;

/** Words no setting, rule or text of Echt contains: finding one anywhere means a draft got there. */
const MARKERS = ['Quokkaberry', 'Zwiebelturm', 'Marimbafjord'];
const DRAFTS: [EditorName, string, string][] = [
  ['textarea', '#editor textarea', `Hi Sam, ${MARKERS[0]} is done. Let me know if I can do anything!`],
  ['quill', '.ql-editor', `Hoi Sam, ${MARKERS[1]} gaat goed. Laat maar weten als ik iets kan doen.`],
  ['lexical', '[data-lexical-editor]', `Hey, ${MARKERS[2]} again. At least it is Friday. How are you?`],
];

let echt: EchtBrowser;
let server: FixtureServer;
const requests: Request[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  echt = await launchEcht();
  // Every request of the browser context: pages, their frames, and the extension's worker.
  echt.context.on('request', (request) => requests.push(request));
});

afterAll(async () => {
  await echt?.close();
  await server?.close();
});

async function chipShows(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('echt-chip')?.shadowRoot?.querySelector('.chip[data-kind]') !== null),
    )
    .toBe(true);
}

/** Everything the extension keeps, as one string: its storage areas and all of its IndexedDB. */
function extensionStorage(): Promise<string> {
  return echt.worker.evaluate(async () => {
    const areas = {
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
    };
    const databases: Record<string, unknown> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        databases[`${name}/${store}`] = await new Promise((resolve, reject) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
      }
      db.close();
    }
    return JSON.stringify({ areas, databases });
  });
}

describe('privacy', () => {
  it('sends no draft anywhere and stores none of it', async () => {
    for (const [name, composer, draft] of DRAFTS) {
      const page = await echt.context.newPage();
      await page.goto(`${server.origin}${editorPage(name)}`);
      await page.waitForFunction(() => 'chatFixture' in window);
      await page.locator(composer).click();
      await page.keyboard.type(draft);
      await chipShows(page);
      if (name === 'textarea') await page.keyboard.press('Alt+Shift+Enter');
      if (name === 'quill') await page.locator('echt-chip .x').click();
      await page.keyboard.type(' Bye.');
      await page.waitForTimeout(600);
      await page.keyboard.press('Enter');
      await page.close();
    }

    const elsewhere = requests.map((request) => request.url()).filter((url) => new URL(url).origin !== server.origin);
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    // And the worker fetched nothing (its own fetches, whether or not the context reports them).
    expect(
      await echt.worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)),
    ).toEqual([]);

    const stored = await extensionStorage();
    // The settings are there (the check reads the right place), the drafts are not.
    expect(stored).toContain('settings.language');
    for (const [, , draft] of DRAFTS) {
      for (const word of draft.split(/[\s,.!?]+/).filter((part) => part.length >= 9)) {
        expect(stored, word).not.toContain(word);
      }
    }
    for (const marker of MARKERS) expect(stored.toLowerCase()).not.toContain(marker.toLowerCase());
  });
});
