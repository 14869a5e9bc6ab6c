// The toolbar popup in the built extension: today's meetings from a calendar, people
// memory, one-click check-ins, the phrase deck, asking for help, pausing reminders, Dutch,
// and axe in light and dark. popup.html is opened in a tab, as a notification click does.
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { EXPORT_FORMAT, EXPORT_VERSION, type PeopleExport } from '../../src/people/export-format';
import { axeViolations } from './support/axe';
import { ARTIFACTS, type EchtBrowser, launchEcht } from './support/browser';
import { installed } from './support/options';
import { importPeople } from './support/people-api';

// The extension pages' own API, used inside page.evaluate().
declare const chrome: typeof browser;

const DAY = 86_400_000;

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Two meetings worth a check-in and one cancelled, all starting within the next hours. */
function calendar(now: number): string {
  const event = (uid: string, title: string, inMinutes: number, lines: string[]) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(new Date(now))}`,
    `DTSTART:${stamp(new Date(now + inMinutes * 60_000))}`,
    `DTEND:${stamp(new Date(now + (inMinutes + 30) * 60_000))}`,
    `SUMMARY:${title}`,
    ...lines,
    'END:VEVENT',
  ];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Echt tests//EN',
    ...event('planning', 'Planning', 40, [
      'ATTENDEE;CN=Sam Peeters;PARTSTAT=ACCEPTED:mailto:Sam@Example.org',
      'ATTENDEE;CN=Lotte Jansen;PARTSTAT=ACCEPTED:mailto:lotte@example.org',
    ]),
    ...event('cancelled', 'Cancelled review', 90, [
      'STATUS:CANCELLED',
      'ATTENDEE;CN=Sam Peeters:mailto:sam@example.org',
    ]),
    ...event('coffee', 'Coffee', 180, ['ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya@example.org']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** Sam (with something to ask about, checked in with ten days ago) and Femke (added long ago, never). */
function people(now: number): PeopleExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    people: [
      {
        id: 'sam',
        name: 'Sam Peeters',
        emails: ['sam@example.org'],
        notes: '',
        askAbout: [{ id: 'move', text: 'moving house', done: false, createdAt: now - 20 * DAY }],
        addedAt: now - 100 * DAY,
      },
      { id: 'femke', name: 'Femke de Boer', emails: [], notes: '', askAbout: [], addedAt: now - 70 * DAY },
    ],
    checkIns: [{ id: 'earlier', personId: 'sam', at: now - 10 * DAY, how: 'coffee' }],
  };
}

let echt: EchtBrowser;
let popup: Page;
/** A plain web page: extension pages cannot be granted clipboard reading, a web origin can. */
let reader: Page;
let server: Server;

async function openPopup(hash = ''): Promise<Page> {
  const page = await echt.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(echt.url(`popup.html${hash}`));
  await page.getByRole('heading', { level: 1, name: 'Echt' }).waitFor();
  return page;
}

/** What the popup put on the clipboard, read from another page as a paste would. */
async function clipboard(): Promise<string> {
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await popup.bringToFront();
  return text;
}

function stored<T>(key: string): Promise<T> {
  return popup.evaluate(async (name) => (await chrome.storage.local.get(name))[name], key) as Promise<T>;
}

function thisWeek(page: Page): Promise<string | null> {
  return page
    .getByRole('region', { name: /^(This week|Deze week)$/ })
    .locator('.week-count')
    .textContent();
}

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = createServer((_request, response) => void response.end('<!doctype html><title>Reader</title>'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  echt = await launchEcht();
  await echt.context.grantPermissions(['clipboard-read'], { origin });
  reader = await echt.context.newPage();
  await reader.goto(origin);
  popup = await openPopup();
  await installed(popup);
  const now = Date.now();
  await importPeople(popup, people(now));
  // What a user does by importing an .ics file on the options page.
  const imported = await popup.evaluate(
    (text) => chrome.runtime.sendMessage({ echt: 1, type: 'importCalendar', data: { name: 'Work', text } }),
    calendar(now),
  );
  expect(imported).toEqual({ ok: true, value: true });
  await popup.reload();
});

afterAll(async () => {
  await echt?.close();
  await new Promise((done) => server?.close(done));
});

describe('the toolbar popup', () => {
  it("shows today's meetings with their people, what to ask about and a line to open with", async () => {
    const meetings = popup.locator('.meeting-card');
    await expect.poll(() => meetings.count()).toBe(2);
    const planning = meetings.filter({ has: popup.getByRole('heading', { name: 'Planning' }) });
    expect(await planning.textContent()).toMatch(/\d{2}:\d{2} · in (39|40) minutes/);
    expect(await planning.textContent()).toContain('Ask about: moving house');
    expect(await planning.getByRole('button', { name: 'I checked in with Lotte Jansen' }).count()).toBe(1);
    expect(await meetings.nth(1).textContent()).toContain('How are you really doing, Priya?');
    expect(await popup.getByText('Cancelled review').count()).toBe(0);
    expect(await thisWeek(popup)).toBe('A fresh week. One small message is plenty.');
    expect(await popup.getByRole('list', { name: 'Maybe catch up with' }).textContent()).toContain('Femke de Boer');
  });

  it('logs check-ins in one click, adding a new colleague, and "this week" follows', async () => {
    await popup.getByRole('button', { name: 'I checked in with Lotte Jansen' }).click();
    await expect.poll(() => thisWeek(popup)).toBe('You checked in with someone once this week.');
    expect(await popup.getByRole('status').textContent()).toBe('Noted: you checked in with Lotte Jansen.');

    const femke = popup.getByRole('button', { name: 'I checked in with Femke de Boer' });
    await femke.click();
    await expect.poll(() => thisWeek(popup)).toBe('You checked in 2 times this week.');
    expect(await femke.getAttribute('aria-pressed')).toBe('true');

    // A second press takes a mis-click back.
    await femke.click();
    await expect.poll(() => thisWeek(popup)).toBe('You checked in with someone once this week.');
    await femke.click();
    await expect.poll(() => thisWeek(popup)).toBe('You checked in 2 times this week.');

    // Opened again: Lotte is someone Echt knows, checked in with today; Femke needs no reminder.
    const again = await openPopup();
    await expect.poll(() => thisWeek(again)).toBe('You checked in 2 times this week.');
    const lotte = again.getByRole('button', { name: 'I checked in with Lotte Jansen' });
    expect(await lotte.getAttribute('aria-pressed')).toBe('true');
    expect(
      await again.getByRole('button', { name: 'I checked in with Sam Peeters' }).getAttribute('aria-pressed'),
    ).toBe('false');
    expect(await again.getByText('Femke de Boer').count()).toBe(0);
    await again.close();
  });

  it('copies a phrase with a name filled in, and says it did', async () => {
    await popup.getByRole('tab', { name: 'Phrases' }).click();
    await popup.getByLabel('Situation').selectOption({ label: 'Offering concrete help' });
    await popup.getByLabel('For whom (optional)').fill('Sam Peeters');
    const line = popup.locator('.phrase-list li').filter({ hasText: 'I can cover [meeting] for you, Sam. Shall I?' });
    await line.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => clipboard()).toBe('I can cover [meeting] for you, Sam. Shall I?');
    expect(await line.getByRole('button').textContent()).toBe('Copied');
    expect(await popup.getByRole('status').textContent()).toBe('Copied');
  });

  it('helps ask for help: one small, specific sentence to copy', async () => {
    await popup.getByRole('tab', { name: 'Ask for help' }).click();
    await popup.getByLabel('A second pair of eyes').check();
    await popup.getByLabel('Who could you ask? (optional)').fill('Femke de Boer');
    const sentence =
      'Would you have 15 minutes to look at [document] with me, Femke? A second pair of eyes would really help.';
    expect(await popup.locator('#ask-sentence').textContent()).toBe(sentence);
    await popup.locator('.sentence').getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => clipboard()).toBe(sentence);
  });

  it('pauses reminders for today and resumes them', async () => {
    await popup.getByRole('button', { name: 'Pause for today' }).click();
    await expect.poll(() => popup.locator('.paused').textContent()).toMatch(/^Paused until .+, 00:00\.$/);
    const until = (await stored<{ pausedUntil: number | null }>('settings.reminders')).pausedUntil;
    expect(until).toBeGreaterThan(Date.now());
    expect(until).toBeLessThanOrEqual(Date.now() + DAY);
    // Focus stays on the controls for a keyboard user.
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Resume');

    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect
      .poll(async () => (await stored<{ pausedUntil: number | null }>('settings.reminders')).pausedUntil)
      .toBe(null);
    expect(await popup.getByRole('button', { name: 'Pause for a week' }).count()).toBe(1);
  });

  it('opens on the phrase deck from a notification (popup.html#phrases)', async () => {
    const page = await openPopup('#phrases');
    expect(await page.getByRole('tab', { name: 'Phrases' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('heading', { name: 'Phrases to copy' }).isVisible()).toBe(true);
    await page.close();
  });

  it('has no axe violations on any tab, in light and dark', async () => {
    const page = await openPopup();
    await page.locator('.meeting-card').first().waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const tab of ['Today', 'Phrases', 'Ask for help']) {
        await page.getByRole('tab', { name: tab }).click();
        expect(await axeViolations(page), `${tab}, ${colorScheme}`).toEqual([]);
      }
    }
    await page.close();
  });

  it('is pictured on Today, in light and in dark, for the README (npm run screenshots)', async () => {
    const page = await openPopup();
    await page.locator('.meeting-card').first().waitFor();
    // What the pictures show: Today, its two meetings, and the page in the system's scheme.
    expect(await page.getByRole('tab', { name: 'Today' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.meeting-card h3').allTextContents()).toEqual(['Planning', 'Coffee']);
    expect(await page.locator('.meeting-card .person-name').allTextContents()).toEqual([
      'Sam Peeters',
      'Lotte Jansen',
      'Priya Raman',
    ]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const lightness = await page.evaluate(() => {
        const [r = 0, g = 0, b = 0] = (
          getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []
        ).map(Number);
        return (r + g + b) / (3 * 255);
      });
      if (colorScheme === 'light') expect(lightness).toBeGreaterThan(0.8);
      else expect(lightness).toBeLessThan(0.2);
      await page.locator('.popup').screenshot({ path: join(ARTIFACTS, `popup-${colorScheme}.png`) });
    }
    await page.close();
  });

  it('speaks Dutch as soon as the language changes', async () => {
    await popup.getByRole('tab', { name: 'Today' }).click();
    await popup.evaluate(() => chrome.storage.local.set({ 'settings.language': 'nl' }));
    await expect.poll(() => popup.getByRole('tab', { selected: true }).textContent()).toBe('Vandaag');
    expect(await thisWeek(popup)).toBe('Je had deze week 2 keer even contact met iemand.');
    expect(await popup.locator('.meeting-card').first().textContent()).toMatch(/\d{2}:\d{2} · over \d+ minuten/);
    expect(await popup.getByRole('button', { name: 'Ik heb contact gehad met Sam Peeters' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Pauzeer voor vandaag' }).count()).toBe(1);
    await popup.getByRole('tab', { name: 'Hulp vragen' }).click();
    await popup.getByLabel('Iemand die een taak overneemt').check();
    await popup.getByLabel('Wie zou je het kunnen vragen? (mag leeg blijven)').fill('Sam');
    expect(await popup.locator('#ask-sentence').textContent()).toBe(
      'Kun jij [taak] van me overnemen, Sam? Ik zit deze week aan mijn grens.',
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.evaluate(() => chrome.storage.local.set({ 'settings.language': 'auto' }));
    await expect.poll(() => popup.getByRole('tab', { selected: true }).textContent()).toBe('Ask for help');
  });

  it('paints its first frame in the language last shown, and follows the setting where that copy is wrong', async () => {
    /** A popup that notes the selected tab's name as the first render puts it on the page. */
    const openNoting = async () => {
      const page = await echt.context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_changes, observer) => {
          const tab = document.querySelector('[role="tab"][aria-selected="true"]');
          if (!tab) return;
          document.documentElement.dataset.firstTab = tab.textContent ?? '';
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(echt.url('popup.html'));
      return page;
    };
    const firstTab = (page: Page) => page.evaluate(() => document.documentElement.dataset.firstTab);
    /** The first tab's name: Today, in the language shown. */
    const today = (page: Page) => page.getByRole('tab').first().textContent();

    // The open popup keeps the copy in an effect, which a tab in the background runs late.
    const copy = () => popup.evaluate(() => localStorage.getItem('echt.locale'));
    await popup.evaluate(() => chrome.storage.local.set({ 'settings.language': 'nl' }));
    await expect.poll(() => today(popup)).toBe('Vandaag');
    await expect.poll(copy).toBe('nl');
    const dutch = await openNoting();
    await expect.poll(() => firstTab(dutch)).toBe('Vandaag');
    await dutch.close();

    // The copy says Dutch, the setting English (changed where no page saw it): the popup
    // opens in the copy's words, then follows the setting.
    await popup.evaluate(() => chrome.storage.local.set({ 'settings.language': 'en' }));
    await expect.poll(() => today(popup)).toBe('Today');
    await expect.poll(copy).toBe('en');
    await popup.evaluate(() => localStorage.setItem('echt.locale', 'nl'));
    const behind = await openNoting();
    expect(await firstTab(behind)).toBe('Vandaag');
    await expect.poll(() => today(behind)).toBe('Today');
    expect(await behind.evaluate(() => localStorage.getItem('echt.locale'))).toBe('en');
    await behind.close();
    await popup.evaluate(() => chrome.storage.local.set({ 'settings.language': 'auto' }));
  });

  it('is on screen before its module has run, from the frame the last popup kept, painted first, and keeps those nodes', async () => {
    // A popup in English keeps its first frame once it has painted.
    const before = await openPopup();
    const keptIn = () =>
      before.evaluate(() => JSON.parse(localStorage.getItem('echt.popupFrame.today') ?? '{}').locale);
    await expect.poll(keptIn).toBe('en');
    await before.close();
    const page = await echt.context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_changes, observer) => {
        const tab = document.querySelector('[role="tab"][aria-selected="true"]');
        if (!tab) return;
        // 'loading' while the parser is still at popup.html's classic script; the module runs later.
        Object.assign(window, { firstTab: tab, paintedWhile: document.readyState });
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(echt.url('popup.html'));
    await page.waitForFunction(() => performance.getEntriesByName('echt:popup-ready').length > 0);
    const seen = await page.evaluate(() => {
      const { firstTab, paintedWhile } = window as unknown as { firstTab: Element; paintedWhile: string };
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return {
        paintedWhile,
        text: firstTab.textContent,
        kept: firstTab.isConnected,
        // The frame is painted (the first render's mark) before the module starts to run, not after it.
        paintedBeforeModule: at('echt:popup-rendered') < at('echt:step-module-runs'),
      };
    });
    expect(seen).toEqual({ paintedWhile: 'loading', text: 'Today', kept: true, paintedBeforeModule: true });
    // Today then fills in over the same page: meetings and this week, in the language shown.
    expect(await page.locator('.meeting-card').count()).toBe(2);
    expect(await thisWeek(page)).toMatch(/^You checked in/);
    await page.close();
  });
});
