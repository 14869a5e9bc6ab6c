// The welcome page in the built extension: a new install opens it once (an update, a
// browser restart or a restarted worker never does); a fresh profile goes through it to a
// calendar, a test notification and a first accepted rewrite in the practice box, in
// English by mouse and in Dutch by keyboard alone at 200% zoom; every step is saved as it
// is done (seen again in the options page); axe finds nothing, in light and dark.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { axeViolations } from './support/axe';
import { ARTIFACTS, type EchtBrowser, launchEcht, TEST_BUILD, welcomePage } from './support/browser';

// The extension's own API, used inside evaluate().
declare const chrome: typeof browser;

const SELF = 'me@example.com';
/** Waits on the browser's work (a feed fetched, the chip's pause) get room on a busy machine. */
const WAIT = { timeout: 15_000 };
const DAY = 86_400_000;

function stamp(time: number): string {
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Three meetings with colleagues in the coming week, and a holiday that is no meeting. */
function teamCalendar(now: number): string {
  const meeting = (uid: string, title: string, start: number, colleague: string) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(start + 30 * 60_000)}`,
    `SUMMARY:${title}`,
    `ATTENDEE;CN=${colleague}:mailto:${colleague.toLowerCase()}@example.com`,
    `ATTENDEE;CN=Me:mailto:${SELF}`,
    'END:VEVENT',
  ];
  const holiday = new Date(now + 4 * DAY).toISOString().slice(0, 10).replaceAll('-', '');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Echt tests//EN',
    ...meeting('coffee', 'Coffee with Sam', now + DAY, 'Sam'),
    ...meeting('one-on-one', 'Catch-up with Priya', now + 2 * DAY, 'Priya'),
    ...meeting('planning', 'Planning with Lotte', now + 3 * DAY, 'Lotte'),
    'BEGIN:VEVENT',
    'UID:holiday',
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${holiday}`,
    'SUMMARY:Holiday',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

let server: Server;
let origin: string;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  // A calendar feed, and a sign-in page where a calendar's address was expected.
  server = createServer((request, response) => {
    if (request.url === '/team.ics') {
      response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(teamCalendar(Date.now()));
    } else {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>Sign in</title><form><input type="password"></form>');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
});

/** A new install, with the welcome page it opened. */
async function install(): Promise<{ echt: EchtBrowser; welcome: Page }> {
  const echt = await launchEcht({ keepWelcome: true });
  const welcome = await welcomePage(echt.context);
  await expect.poll(() => welcome.getByRole('heading', { level: 1 }).count(), WAIT).toBe(1);
  return { echt, welcome };
}

function welcomeTabs(context: BrowserContext): number {
  return context.pages().filter((page) => page.url().endsWith('/welcome.html')).length;
}

function stepHeading(page: Page): Promise<string | null> {
  return page.getByRole('heading', { level: 2 }).textContent();
}

/** The practice box's text, and the chip's first rewrite while the chip shows. */
function practice(page: Page) {
  const box = page.locator('#practice-box');
  return {
    box,
    text: () => box.inputValue(),
    rewrite: page.locator('echt-chip .rewrite').first(),
  };
}

/** Presses Tab until `target` has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** At 200% zoom nothing may need scrolling sideways. */
function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** What the options page shows of the steps the welcome page saved. */
async function savedInOptions(echt: EchtBrowser) {
  const options = await echt.context.newPage();
  await options.goto(echt.url('options.html'));
  await expect.poll(() => options.locator('#self-emails').count(), WAIT).toBe(1);
  await expect.poll(() => options.locator('.source-name').count(), WAIT).toBeGreaterThan(0);
  const saved = {
    emails: await options.locator('#self-emails').inputValue(),
    calendars: await options.locator('.source-name').allTextContents(),
    routines: await options.locator('.routines li strong').allTextContents(),
  };
  await options.close();
  return saved;
}

describe('the welcome page', () => {
  it('opens once on install, and not after a restarted worker, a browser restart or an update', {
    timeout: 120_000,
  }, async () => {
    const profile = await mkdtemp(join(tmpdir(), 'echt-profile-'));
    // A copy of the build, so an update can be made of it: the same folder, a newer version.
    const extension = await mkdtemp(join(tmpdir(), 'echt-build-'));
    await cp(TEST_BUILD, extension, { recursive: true });
    let echt = await launchEcht({ profile, extension });
    try {
      const welcome = await welcomePage(echt.context);
      expect(welcomeTabs(echt.context)).toBe(1);
      await welcome.close();

      // The worker stopped, as the browser does after 30 s idle, and woken by the popup.
      const popup = await echt.context.newPage();
      const devtools = await echt.context.newCDPSession(popup);
      await devtools.send('ServiceWorker.enable');
      await devtools.send('ServiceWorker.stopAllWorkers');
      await popup.goto(echt.url('popup.html'));
      await expect.poll(() => popup.getByText(/^With you since /).count(), WAIT).toBe(1);
      expect(welcomeTabs(echt.context)).toBe(0);

      // A setting damaged on purpose, read raw from the worker: its repair says the start-up
      // work ran, and that work decides about the welcome page before it repairs anything.
      const language = async () =>
        (await echt.worker.evaluate(() => chrome.storage.local.get('settings.language')))['settings.language'];
      const restart = async () => {
        await echt.worker.evaluate(() => chrome.storage.local.set({ 'settings.language': 'klingon' }));
        await echt.close();
        echt = await launchEcht({ profile, extension });
        await expect.poll(language, WAIT).toBe('auto');
        return welcomeTabs(echt.context);
      };

      // The browser closed and started again on the same profile.
      expect(await restart()).toBe(0);

      // An update: the browser starts with a newer version of Echt in the same place.
      const manifestFile = join(extension, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { version: string };
      await writeFile(manifestFile, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
      expect(await restart()).toBe(0);
      expect(await echt.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(`${manifest.version}.1`);
    } finally {
      await echt.close();
      await rm(profile, { recursive: true, force: true, maxRetries: 5 });
      await rm(extension, { recursive: true, force: true });
    }
  });

  it('takes a new install to a calendar, a test notification and an accepted rewrite, in English', {
    timeout: 120_000,
  }, async () => {
    const { echt, welcome } = await install();
    try {
      expect(await welcome.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

      // Who you are: saved at once, on to the calendar.
      await welcome.getByLabel('Your e-mail addresses, one per line').fill(SELF);
      await welcome.getByRole('button', { name: 'Save and go on' }).click();
      await expect.poll(() => stepHeading(welcome)).toBe('Your calendar');

      // The provider's steps, then a web page where the calendar's address should be.
      await welcome.getByLabel('Google Calendar').check();
      expect(await welcome.getByText(/copy the “Secret address in iCal format”/).count()).toBe(1);
      expect(await welcome.getByText(/This address is private, like a password/).count()).toBe(1);
      const address = welcome.getByLabel('Calendar address (https:// or webcal://)');
      await address.fill(`${origin}/sign-in`);
      await welcome.getByRole('button', { name: 'Check and add' }).click();
      await expect
        .poll(() => welcome.getByRole('alert').textContent(), WAIT)
        .toBe(
          'This address returned a web page, not a calendar. Nothing was added. Check that you copied the ' +
            "calendar's own address (iCal or ICS), not the address of the page you were on.",
        );
      expect(await welcome.getByText(/^Connected:/).count()).toBe(0);

      // The calendar itself: how many meetings it holds, before moving on.
      await address.fill(`${origin}/team.ics`);
      await welcome.getByRole('button', { name: 'Check and add' }).click();
      await expect
        .poll(() => welcome.locator('.calendar-found').textContent(), WAIT)
        .toBe('Found 3 meetings in the next week.');
      expect(await welcome.getByRole('alert').count()).toBe(0);
      expect(await welcome.getByText('Connected: Google Calendar').count()).toBe(1);
      await welcome.screenshot({ path: join(ARTIFACTS, 'welcome-calendar.png'), fullPage: true });
      await welcome.getByRole('button', { name: 'Next' }).click();

      // A test notification, on screen.
      expect(await stepHeading(welcome)).toBe('A test nudge');
      await welcome.getByRole('button', { name: 'Show me a test notification' }).click();
      await expect.poll(() => welcome.locator('.nudge-result').textContent(), WAIT).toMatch(/^Sent\. Did it appear\?/);
      expect(await echt.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()))).toContain(
        'echt.test',
      );
      await welcome.getByRole('button', { name: 'Next' }).click();

      // The practice box: an example, the chip beside it, a rewrite accepted by a click.
      expect(await stepHeading(welcome)).toBe('Try the chip');
      const box = practice(welcome);
      const example = 'Sorry to hear about your dad. Let me know if I can do anything.';
      await welcome.getByRole('button', { name: example }).click();
      expect(await box.text()).toBe(example);
      await box.rewrite.waitFor(WAIT);
      const rewrite = (await box.rewrite.textContent()) ?? '';
      await welcome.emulateMedia({ colorScheme: 'dark' });
      await welcome.screenshot({ path: join(ARTIFACTS, 'welcome-practice.png'), fullPage: true });
      await welcome.emulateMedia({ colorScheme: null });
      await box.rewrite.click();
      await expect.poll(() => box.text()).toContain(rewrite);
      expect(await box.text()).not.toContain('Let me know if I can do anything');
      await welcome.getByRole('button', { name: 'Next' }).click();

      // Done: where to go next, straight to the settings' sections.
      expect(await stepHeading(welcome)).toBe('Done');
      expect(await welcome.getByText(/From the keyboard: Alt\+Shift\+U opens it\.$/).count()).toBe(1);
      expect(await welcome.getByRole('link', { name: 'Choose when nudges come' }).getAttribute('href')).toBe(
        '/options.html#reminders',
      );
      expect(await welcome.getByRole('link', { name: 'Choose where the chip works' }).getAttribute('href')).toBe(
        '/options.html#chat',
      );

      expect(await savedInOptions(echt)).toEqual({ emails: SELF, calendars: ['Google Calendar'], routines: [] });
    } finally {
      await echt.close();
    }
  });

  it('works with the keyboard alone at 200% zoom, in Dutch, routine nudge included', {
    timeout: 120_000,
  }, async () => {
    const { echt, welcome } = await install();
    try {
      // 200% zoom of the 1000 × 700 window: half as many CSS pixels each way.
      await welcome.setViewportSize({ width: 500, height: 350 });
      const keys = welcome.keyboard;
      const focusedText = () => welcome.evaluate(() => document.activeElement?.textContent ?? '');

      await tabTo(welcome, welcome.getByRole('button', { name: 'Nederlands' }));
      await keys.press('Enter');
      await expect.poll(() => welcome.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Welkom bij Echt');
      expect(await scrollsSideways(welcome)).toBe(false);

      await tabTo(welcome, welcome.getByLabel('Je e-mailadressen, één per regel'));
      await keys.type(SELF);
      await tabTo(welcome, welcome.getByRole('button', { name: 'Bewaren en verder' }));
      await keys.press('Enter');
      // Focus lands on the next step's heading.
      await expect.poll(focusedText).toBe('Je agenda');

      await tabTo(welcome, welcome.getByLabel('Google Agenda'));
      await keys.press('Space');
      expect(await welcome.getByText(/kopieer het „Geheime adres in iCal-indeling”/).count()).toBe(1);
      await tabTo(welcome, welcome.getByLabel('Agenda-adres (https:// of webcal://)'));
      await keys.type(`${origin}/team.ics`);
      await keys.press('Enter');
      await expect
        .poll(() => welcome.locator('.calendar-found').textContent(), WAIT)
        .toBe('3 overleggen gevonden in de komende week.');
      await tabTo(welcome, welcome.getByRole('button', { name: 'Ik koppel liever geen agenda' }));
      await keys.press('Enter');
      await tabTo(welcome, welcome.getByRole('button', { name: /^„Vóór de dagelijkse stand-up” toevoegen/ }));
      await keys.press('Enter');
      await expect
        .poll(() => welcome.locator('.routines li strong').allTextContents())
        .toEqual(['Vóór de dagelijkse stand-up']);
      expect(await scrollsSideways(welcome)).toBe(false);
      await tabTo(welcome, welcome.getByRole('button', { name: 'Volgende' }));
      await keys.press('Enter');
      await expect.poll(focusedText).toBe('Een testmelding');

      await tabTo(welcome, welcome.getByRole('button', { name: 'Laat een testmelding zien' }));
      await keys.press('Enter');
      await expect.poll(() => welcome.locator('.nudge-result').textContent(), WAIT).toMatch(/^Verstuurd\./);
      expect(await scrollsSideways(welcome)).toBe(false);
      await tabTo(welcome, welcome.getByRole('button', { name: 'Volgende' }));
      await keys.press('Enter');
      await expect.poll(focusedText).toBe('Probeer de chip');

      const box = practice(welcome);
      const example = 'Wat naar van je vader. Laat maar weten als ik iets kan doen.';
      await tabTo(welcome, welcome.getByRole('button', { name: example }));
      await keys.press('Enter');
      expect(await box.text()).toBe(example);
      await box.rewrite.waitFor(WAIT);
      const rewrite = (await box.rewrite.textContent()) ?? '';
      expect(await box.box.evaluate((element) => element === document.activeElement)).toBe(true);
      await keys.press('Alt+Shift+Enter');
      await expect.poll(() => box.text()).toContain(rewrite);
      expect(await box.text()).not.toContain('Laat maar weten als ik iets kan doen');
      expect(await scrollsSideways(welcome)).toBe(false);
      await tabTo(welcome, welcome.getByRole('button', { name: 'Volgende' }));
      await keys.press('Enter');
      await expect.poll(focusedText).toBe('Klaar');
      expect(await scrollsSideways(welcome)).toBe(false);

      expect(await savedInOptions(echt)).toEqual({
        emails: SELF,
        calendars: ['Google Agenda'],
        routines: ['Vóór de dagelijkse stand-up'],
      });
    } finally {
      await echt.close();
    }
  });

  it('has no axe violations on any step, in light and dark, in English and Dutch', { timeout: 180_000 }, async () => {
    const { echt, welcome } = await install();
    try {
      for (const [language, steps, extras] of [
        ['English', ['Who you are', 'Your calendar', 'A test nudge', 'Try the chip', 'Done'], 'Google Calendar'],
        ['Nederlands', ['Wie je bent', 'Je agenda', 'Een testmelding', 'Probeer de chip', 'Klaar'], 'Google Agenda'],
      ] as const) {
        await welcome.getByRole('button', { name: language }).click();
        await expect
          .poll(() => welcome.getByRole('button', { name: language }).getAttribute('aria-pressed'))
          .toBe('true');
        for (const [index, step] of steps.entries()) {
          await welcome.getByRole('button', { name: new RegExp(`^${index + 1}\\. ${step}`) }).click();
          await expect.poll(() => stepHeading(welcome)).toBe(step);
          // Each step as it looks once used: the provider's steps and the routines open,
          // the test notification's outcome, the chip beside an example.
          if (index === 1) {
            await welcome.getByLabel(extras).check();
            await welcome
              .getByRole('button', { name: /^(I'd rather not connect a calendar|Ik koppel liever geen agenda)$/ })
              .click();
          }
          if (index === 2) await welcome.locator('.welcome-step button').first().click();
          if (index === 3) {
            await welcome.locator('.examples button').first().click();
            await practice(welcome).rewrite.waitFor(WAIT);
          }
          for (const colorScheme of ['light', 'dark'] as const) {
            await welcome.emulateMedia({ colorScheme });
            expect(await axeViolations(welcome), `${step}, ${colorScheme}`).toEqual([]);
          }
          await welcome.emulateMedia({ colorScheme: null });
        }
      }
    } finally {
      await echt.close();
    }
  });
});
