// The built add-on in Debian's Firefox ESR: the background writes its defaults on install,
// the popup and the options page speak English and then Dutch when the user switches the
// language, with no axe violations, and the chip rewrites a draft in a plain textarea.
// A chat page that clicks the chip's buttons from its own script changes nothing, and
// from the content script's world no privileged request is answered and no storage there
// holds a secret (Firefox's storage rules differ from Chromium's; both are checked).
// The welcome page's practice box has the chip too, and the keyboard commands are there.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detect } from '../../src/coach';
import { axeViolations } from './support/axe';
import { ARTIFACTS } from './support/browser';
import { type ContentReach, expectNothingReached, reachInFirefox } from './support/content-world';
import { COMPOSERS, openFirefoxChatPage, READS_THE_CHIP_MS } from './support/editors';
import { type EchtFirefox, launchEchtFirefox, press, waitUntil } from './support/firefox';
import { installedInFirefox } from './support/options';
import { nextWholeMinute, withRoutines } from './support/reminders';
import { SECRETS, type SecretCalendar, serveSecretCalendar } from './support/secrets';
import { type FixtureServer, serveFixtures } from './support/server';
import { privateSettings } from './support/stored';

let echt: EchtFirefox;
let server: FixtureServer;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await serveFixtures();
  echt = await launchEchtFirefox();
});

afterAll(async () => {
  await echt?.close();
  await server?.close();
});

/** The text of the first element `selector` finds, or null. */
function text(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);
}

/** The popup's line under the heading ("With you since 3 May 2026"). */
const since = (popup: Page) => text(popup, '.since');
const selectedTab = (popup: Page) => text(popup, '[role="tab"][aria-selected="true"]');
const heading = (page: Page) => text(page, 'h1');

/** The popup opened in a tab, at the size of the toolbar panel. */
async function openPopup(): Promise<Page> {
  const popup = await echt.open('popup.html');
  await popup.setViewport({ width: 360, height: 600 });
  return popup;
}

describe('Echt in Firefox', () => {
  it('runs its background page from the manifest and writes the defaults on install', async () => {
    const { id, manifest } = await echt.background((background) => ({
      id: background.browser.runtime.id,
      manifest: background.browser.runtime.getManifest(),
    }));
    expect(id).toBe('echt@echt.app');
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'alarms', 'notifications', 'scripting']));

    await installedInFirefox(echt);
    const stored = await echt.background((background) => background.browser.storage.local.get(null));
    expect(stored['settings.language']).toBe('auto');
    expect(typeof stored['meta.installedAt']).toBe('number');
    expect(stored['settings.reminders']).toMatchObject({ leadMinutes: 5, dailyCap: 3, pausedUntil: null });
    expect(Object.keys(stored)).toEqual(expect.arrayContaining(['settings.chatSites', 'state.reminders']));
    // The user's addresses, calendars and coach preferences: in the add-on's IndexedDB, not storage.local.
    const secrets = await echt.inExtensionPage(privateSettings);
    expect(secrets['settings.selfEmails']?.value).toEqual([]);
    expect(Object.keys(secrets).sort()).toEqual([
      'feeds.sources',
      'feeds.status',
      'settings.coach',
      'settings.selfEmails',
    ]);
    for (const key of Object.keys(secrets)) expect(stored).not.toHaveProperty(key);
  });

  it('shows the popup (also from its kept first frame) and the options page in English, with no axe violations', async () => {
    const popup = await openPopup();
    await expect.poll(() => heading(popup)).toBe('Echt');
    await expect.poll(() => since(popup)).toMatch(/^With you since \d{1,2} \w+ \d{4}$/);
    expect(await selectedTab(popup)).toBe('Today');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup.png') });
    // Opened again, the popup paints the frame the first one kept, then starts its module.
    const frameKept = () => popup.evaluate(() => localStorage.getItem('echt.popupFrame.today') !== null);
    await expect.poll(frameKept).toBe(true);
    const again = await openPopup();
    await expect.poll(() => since(again)).toMatch(/^With you since \d{1,2} \w+ \d{4}$/);
    expect(await again.evaluate(() => performance.getEntriesByName('echt:step-frame-in-page').length)).toBe(1);
    await again.close();

    const options = await echt.open('options.html');
    await expect.poll(() => heading(options)).toBe('Echt settings');
    expect(await text(options, 'label[for="language-choice"]')).toBe('Language');
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: join(ARTIFACTS, 'firefox-options.png') });
    await Promise.all([popup.close(), options.close()]);
  });

  it('speaks Dutch in the popup and the options page once the user switches the language', async () => {
    await installedInFirefox(echt);
    const popup = await openPopup();
    const options = await echt.open('options.html');
    await expect.poll(() => heading(options)).toBe('Echt settings');
    await expect.poll(() => since(popup)).toMatch(/^With you since/);

    await options.select('#language-choice', 'nl');
    await expect.poll(() => heading(options)).toBe('Instellingen van Echt');
    await expect.poll(() => text(options, '[role="status"]')).toContain('Opgeslagen');
    expect(await text(options, 'label[for="language-choice"]')).toBe('Taal');
    const stored = await echt.background((background) => background.browser.storage.local.get('settings.language'));
    expect(stored['settings.language']).toBe('nl');
    // The popup already open follows at once. A real popup is always in view; here it is a
    // tab behind the options page, where Firefox slows its timers (and Preact's effects) to
    // once a second, so it is brought into view as the user would see it.
    await popup.bringToFront();
    await expect.poll(() => since(popup)).toMatch(/^Bij je sinds \d{1,2} \w+ \d{4}$/);
    expect(await text(popup, 'button.settings')).toBe('Instellingen');
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: join(ARTIFACTS, 'firefox-options-nl.png') });

    // A popup opened now speaks Dutch from its first paint.
    const again = await openPopup();
    await expect.poll(() => selectedTab(again)).toBe('Vandaag');
    expect(await axeViolations(again)).toEqual([]);
    await again.screenshot({ path: join(ARTIFACTS, 'firefox-popup-nl.png') });

    await options.select('#language-choice', 'auto');
    await expect.poll(() => text(popup, 'button.settings')).toBe('Settings');
    await Promise.all([popup.close(), options.close(), again.close()]);
  });
});

const GREETING = 'Hi Sam 👋';
const ASK = 'let me know if I can do anything. Thanks!';
const DRAFT = `${GREETING}\n${ASK}`;
const FOUND = ((found) => {
  if (!found) throw new Error('the coach finds nothing in the test draft');
  return found;
})(detect(DRAFT)[0]);
const FIRST = FOUND.suggestions[0] ?? '';
const withFirst = (after = '') => DRAFT.slice(0, FOUND.start) + FIRST + after + DRAFT.slice(FOUND.end);

/** The chip as the user sees it: its kind and its rewrites, or null when it shows nothing. */
function chip(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('echt-chip')?.shadowRoot?.querySelector('.chip');
    if (!root || root.childElementCount === 0) return null;
    return {
      kind: root.getAttribute('data-kind'),
      rewrites: Array.from(root.querySelectorAll<HTMLElement>('.rewrite')).map((element) => element.textContent),
    };
  });
}

describe('the chip in Firefox', () => {
  it('shows beside a plain textarea; the first rewrite replaces the phrase and one Ctrl+Z restores the draft', async () => {
    const { page, errors, model, sent } = await openFirefoxChatPage(echt, server.origin, 'textarea');
    const composer = COMPOSERS.textarea;
    const typeDraft = async () => {
      await page.click(composer);
      await page.keyboard.type(GREETING);
      await press(page, 'Shift+Enter');
      await page.keyboard.type(ASK);
    };

    await typeDraft();
    expect(await model()).toBe(DRAFT);
    await expect.poll(async () => (await chip(page))?.kind).toBe(FOUND.kind);
    expect((await chip(page))?.rewrites).toEqual(FOUND.suggestions);
    // Nothing was written into the editor.
    expect(await page.$$eval(`${composer} echt-chip`, (found) => found.length)).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-chip.png') });

    await new Promise((resolve) => setTimeout(resolve, READS_THE_CHIP_MS));
    await press(page, 'Alt+Shift+Enter');
    await expect.poll(() => model()).toBe(withFirst());
    expect(await chip(page)).toBeNull();
    expect(await page.evaluate((css) => document.activeElement === document.querySelector(css), composer)).toBe(true);

    await press(page, 'Control+z');
    await expect.poll(() => model()).toBe(DRAFT);

    await page.keyboard.press('Enter');
    expect(await sent()).toEqual([DRAFT]);

    // The next message: accepted with the mouse, and typing fills in the rewrite's
    // placeholder, which is selected.
    await typeDraft();
    await expect.poll(async () => (await chip(page))?.kind).toBe(FOUND.kind);
    await new Promise((resolve) => setTimeout(resolve, READS_THE_CHIP_MS));
    await page.click('echt-chip >>> .rewrite');
    await expect.poll(() => model()).toBe(withFirst());
    const slot = FIRST.match(/\[[^\]]+\]/)?.[0] ?? '';
    await expect
      .poll(() =>
        page.$eval(composer, (field) => {
          const area = field as HTMLTextAreaElement;
          return area.value.slice(area.selectionStart, area.selectionEnd);
        }),
      )
      .toBe(slot);
    await page.keyboard.type('the Friday standup');
    const typed = withFirst().replace(slot, 'the Friday standup');
    await expect.poll(() => model()).toBe(typed);
    await page.keyboard.press('Enter');
    expect(await sent()).toEqual([DRAFT, typed]);

    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A message from one of Echt's own documents (the add-on's origin, as the popup sends them). */
function fromEchtsPage<R>(type: string, data: unknown): Promise<R> {
  return echt.background(
    async (_background, request) => {
      const api = (globalThis as unknown as { browser: typeof _background.browser }).browser;
      return (await api.runtime.sendMessage({ echt: 1, ...request })) as R;
    },
    { type, data },
  );
}

const coachStored = async () =>
  (await echt.inExtensionPage(privateSettings))['settings.coach']?.value as { disabledKinds: string[] };

describe('a chat page Echt does not control, in Firefox', () => {
  const HOSTILE_DRAFT = 'Hi Sam, so sorry about your dad. Let me know if I can do anything.';
  let calendar: SecretCalendar;

  beforeAll(async () => {
    calendar = await serveSecretCalendar();
    await installedInFirefox(echt);
    const options = await echt.open('options.html');
    await options.waitForSelector('#self-emails');
    await options.type('#self-emails', SECRETS.selfEmail);
    await options.click('form:has(#self-emails) button[type="submit"]');
    await waitUntil(async () => {
      const saved = (await echt.inExtensionPage(privateSettings))['settings.selfEmails']?.value;
      return JSON.stringify(saved) === JSON.stringify([SECRETS.selfEmail]);
    }, 'the address to be saved');
    await options.close();
    expect(await fromEchtsPage('addFeed', { url: calendar.url, name: 'Work' })).toMatchObject({ ok: true });
  });

  afterAll(async () => {
    await calendar?.close();
  });

  async function hostilePageWithChip(): Promise<Page> {
    const page = await echt.browser.newPage();
    await page.goto(`${server.origin}/hostile.html`);
    await page.click('#composer');
    await page.keyboard.type(HOSTILE_DRAFT);
    await expect.poll(async () => (await chip(page))?.kind).toBe('vague-offer');
    return page;
  }

  it("clicks every button of the chip from its own script, and changes nothing; the user's own click still works", async () => {
    const before = await coachStored();
    const page = await hostilePageWithChip();
    await page.waitForFunction(() => {
      const { clicks, keys } = (window as unknown as { hostile: { clicks: number; keys: number } }).hostile;
      return clicks >= 30 && keys >= 6;
    });
    expect(await page.$eval('#composer', (field) => (field as HTMLTextAreaElement).value)).toBe(HOSTILE_DRAFT);
    expect((await chip(page))?.kind).toBe('vague-offer');
    expect(await coachStored()).toEqual(before);

    await page.click('echt-chip >>> [data-action="kind-off"]');
    await expect.poll(async () => (await coachStored()).disabledKinds).toEqual(['vague-offer']);
    await page.close();
    expect(await fromEchtsPage('setKindEnabled', { kind: 'vague-offer', enabled: true })).toMatchObject({ ok: true });
  });

  it("gets nothing privileged from the content script's world, and reads no secret in storage there", async () => {
    const meetings = await fromEchtsPage<{ value: { title: string }[] }>('upcomingMeetings', { hours: 48 });
    expect(meetings.value.map((meeting) => meeting.title)).toEqual([SECRETS.title]);
    // The people of a notification on screen, kept in session storage by the background.
    await echt.background(
      (background, person) => background.browser.storage.session.set({ 'reminders.people': { 'meeting:t': [person] } }),
      { name: SECRETS.attendee, email: SECRETS.attendeeEmail },
    );
    const storedBefore = await echt.inExtensionPage(privateSettings);

    const page = await hostilePageWithChip();
    const reach: ContentReach = await reachInFirefox(echt, page.url(), calendar.url);
    await page.close();

    expectNothingReached(reach, calendar.url);
    expect(await echt.inExtensionPage(privateSettings)).toEqual(storedBefore);
  });
});

describe('the welcome page and the keyboard commands in Firefox', () => {
  it('greets in English with no axe violations, and its practice box has the chip', async () => {
    // launchEchtFirefox found the welcome page the install opened, and closed it.
    const welcome = await echt.open('welcome.html');
    await expect.poll(() => heading(welcome)).toBe('Welcome to Echt');
    expect(await axeViolations(welcome)).toEqual([]);

    await welcome.click('.welcome-steps li:nth-child(4) button');
    await expect.poll(() => text(welcome, 'h2')).toBe('Try the chip');
    await welcome.click('.examples button');
    await expect.poll(async () => (await chip(welcome))?.rewrites.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await axeViolations(welcome)).toEqual([]);
    await press(welcome, 'Alt+Shift+Enter');
    await expect
      .poll(() => welcome.$eval('#practice-box', (box) => (box as HTMLTextAreaElement).value))
      .not.toContain('Let me know if I can do anything');
    await welcome.close();
  });

  it('offers its two commands, the popup one under its Manifest V2 name', async () => {
    const commands = await echt.background(async (background) =>
      (await background.browser.commands.getAll()).map((command) => [command.name, command.shortcut]),
    );
    expect(commands).toEqual(
      expect.arrayContaining([
        ['_execute_browser_action', 'Alt+Shift+U'],
        ['toggle-site', 'Alt+Shift+K'],
      ]),
    );
  });
});

describe('reminders in Firefox', () => {
  it('show a routine reminder at its time, once, from the background page', { timeout: 180_000 }, async () => {
    await installedInFirefox(echt);
    // Every notification Echt asks Firefox for, kept in the background page's own session
    // storage: whether headless Firefox puts one on screen, and says so, is its own affair.
    await echt.background((background) => {
      const notifications = background.browser.notifications;
      const create = notifications.create;
      notifications.create = ((...args: Parameters<typeof create>) => {
        const asked = JSON.parse(background.sessionStorage.getItem('echt-test-asked') ?? '[]') as unknown[];
        background.sessionStorage.setItem('echt-test-asked', JSON.stringify([...asked, args[0]]));
        return create.apply(notifications, args);
      }) as typeof create;
    });
    const key = 'settings.reminders';
    const stored = await echt.background(
      async (background, name) => (await background.browser.storage.local.get(name))[name],
      key,
    );
    // A routine at the next whole minute at least 40 s away.
    const rules = withRoutines(stored, [
      { id: 'check-in', label: 'Check in with the team', at: nextWholeMinute(40_000) },
    ]);
    await echt.background((background, value) => background.browser.storage.local.set({ [value.name]: value.rules }), {
      name: key,
      rules,
    });

    const shownIds = () =>
      echt.background((background) => JSON.parse(background.sessionStorage.getItem('echt-test-asked') ?? '[]'));
    await expect
      .poll(shownIds, { timeout: 120_000, interval: 500 })
      .toEqual([expect.stringMatching(/^routine:check-in:/)]);
    // Recorded as shown once; asked for once, also a while later.
    const state = await echt.background(
      async (background) => (await background.browser.storage.local.get('state.reminders'))['state.reminders'],
    );
    const handled = Object.entries((state as { handled: Record<string, { outcome: string }> }).handled);
    expect(
      handled.filter(([id, entry]) => id.startsWith('routine:check-in:') && entry.outcome === 'shown'),
    ).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await shownIds()).toHaveLength(1);
  });
});
