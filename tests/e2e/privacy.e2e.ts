// Message text never leaves the device and is never stored. With the built extension in
// Chromium, the user writes drafts in three editors (the chip shows, is used, is
// dismissed); then no request has gone anywhere but the chat page's own origin, and no
// extension storage (storage.local, .session, .sync, IndexedDB) holds any of the drafts.
// Then every button the chip has is pressed, and still no word of a draft is stored but
// the words of a rule's own phrase.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { detect } from '../../src/coach';
import { type EchtBrowser, launchEcht } from './support/browser';
import { COMPOSERS, type EditorName, editorPage, openChatPage } from './support/editors';
import { type FixtureServer, serveFixtures } from './support/server';
import { everythingStored, privateSettings } from './support/stored';

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
  // The first look at a page waits for the coach's knowledge: asked from the worker, then
  // compiled in idle moments (at the latest a second apart).
  await expect
    .poll(
      () =>
        page.evaluate(
          () => document.querySelector('echt-chip')?.shadowRoot?.querySelector('.chip[data-kind]') !== null,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}

/** Everything the extension keeps, as one string: its storage areas and all of its IndexedDB. */
function extensionStorage(): Promise<string> {
  return echt.worker.evaluate(everythingStored);
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

    // Files of Echt's own package (the coach's knowledge, which the worker reads for a chat
    // tab) are not "anywhere": they never leave the device.
    const away = (url: string) => new URL(url).origin !== server.origin && !url.startsWith(echt.url('/'));
    const elsewhere = requests.map((request) => request.url()).filter(away);
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    // And the worker fetched nothing else (its own fetches, whether or not the context reports them).
    expect(
      (await echt.worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).filter(
        away,
      ),
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

/** The words of `text`, lower case: what a search of the stored data looks for. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of the rules' own phrases in `text`: all that silencing may store of it. */
function ruleWords(text: string): Set<string> {
  return new Set(detect(text).flatMap((detection) => words(detection.key.slice(detection.key.indexOf(':') + 1))));
}

describe('every button of the chip', () => {
  const SAD =
    'Hi Sam, so sorry about the Quokkaberry news. Let me know if you need anything for the funeral plans tomorrow.';
  const CHEER = 'Zwiebelturm again. Cheer up, the Marimbafjord trip is soon!';
  const LATER = 'Marimba night went well. Let me know if you need anything with the move!';

  it("stores no word of the draft outside a rule's phrase, and a silenced phrase stays silent in later drafts", async () => {
    const [offer] = detect(SAD);
    const [cheer] = detect(CHEER);
    expect([offer?.kind, cheer?.kind]).toEqual(['vague-offer', 'minimizing']);
    const rewrites = offer?.suggestions.length ?? 0;
    expect(rewrites).toBeGreaterThan(1);

    // Each draft in a page of its own: a new draft starts with nothing dismissed.
    const draftIn = async (text: string) => {
      const { page, model } = await openChatPage(echt.context, server.origin, 'textarea');
      await page.locator(COMPOSERS.textarea).click();
      await page.keyboard.type(text);
      const chip = page.locator('echt-chip .chip');
      const press = (name: string) => page.locator('echt-chip').getByRole('button', { name, exact: true }).click();
      return { page, model, chip, press };
    };
    const coach = async () =>
      (await echt.worker.evaluate(privateSettings))['settings.coach']?.value as {
        silenced: string[];
        disabledKinds: string[];
      };

    for (let index = 0; index < rewrites; index++) {
      const { page, model, chip, press } = await draftIn(SAD);
      await expect.poll(() => chip.getAttribute('data-kind')).toBe('vague-offer');
      if (index > 0) await press('More');
      await page.locator('echt-chip .rewrite').nth(index).click();
      await expect.poll(() => model()).toBe(SAD.replace(offer?.phrase ?? '', offer?.suggestions[index] ?? ''));
      await page.close();
    }
    const dismissed = await draftIn(SAD);
    await expect.poll(() => dismissed.chip.getAttribute('data-kind')).toBe('vague-offer');
    await dismissed.press('Dismiss');
    await expect.poll(() => dismissed.chip.getAttribute('data-kind')).toBeNull();
    await dismissed.page.close();

    const silenced = await draftIn(SAD);
    await expect.poll(() => silenced.chip.getAttribute('data-kind')).toBe('vague-offer');
    await silenced.press("Don't suggest this again");
    await expect.poll(async () => (await coach()).silenced).toEqual([offer?.key]);
    await silenced.page.close();
    const later = await draftIn(LATER);
    await later.page.waitForTimeout(1000);
    expect(await later.chip.getAttribute('data-kind')).toBeNull();
    await later.page.close();

    const kind = await draftIn(CHEER);
    await expect.poll(() => kind.chip.getAttribute('data-kind')).toBe('minimizing');
    await kind.press('Turn off this kind');
    await expect.poll(async () => (await coach()).disabledKinds).toEqual(['minimizing']);
    await kind.page.close();

    const stored = new Set(words(await extensionStorage()));
    // The right place was read: the choices are there, in their own words.
    for (const word of ['settings', 'silenced', 'minimizing', 'anything']) expect(stored.has(word), word).toBe(true);
    for (const draft of [SAD, CHEER, LATER]) {
      const allowed = ruleWords(draft);
      const found = words(draft).filter((word) => !allowed.has(word) && stored.has(word));
      expect(found, draft).toEqual([]);
    }
  });
});
