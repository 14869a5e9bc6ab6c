// Calendar feeds and reminders in the built extension: a feed served on 127.0.0.1 is
// added in the options page, its meetings are listed, reminders fire once each — also
// after the service worker is stopped — and a feed that breaks keeps its last good copy.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { type EchtBrowser, launchEcht } from './support/browser';
import { addCalendar, installed, saveSelfEmails } from './support/options';
import { notificationsSeenFrom, storedReminderState } from './support/reminders';

// The extension pages' own API, used inside page.evaluate().
declare const chrome: typeof browser;

const SELF = 'me@example.com';

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function event(uid: string, title: string, start: Date, minutes: number, colleague: string): string {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(new Date())}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(new Date(start.getTime() + minutes * 60_000))}`,
    `SUMMARY:${title}`,
    `ORGANIZER;CN=Me:mailto:${SELF}`,
    `ATTENDEE;CN=${colleague};PARTSTAT=ACCEPTED:mailto:${colleague.toLowerCase()}@example.com`,
    `ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:${SELF}`,
    'END:VEVENT',
  ].join('\r\n');
}

function calendar(events: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Echt tests//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

let echt: EchtBrowser;
let server: Server;
let origin: string;
let feed: { type: string; body: string };
let options: Page;

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': feed.type }).end(feed.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  echt = await launchEcht();
  options = await echt.context.newPage();
  await options.goto(echt.url('options.html'));
});

afterAll(async () => {
  await echt?.close();
  await new Promise((done) => server?.close(done));
});

/** Every notification id seen on screen so far. */
const notificationIds = notificationsSeenFrom(() => options);

describe('calendar reminders in Chromium', () => {
  it('adds a local feed in the options page and lists its meetings, then nudges once per meeting', {
    timeout: 180_000,
  }, async () => {
    const now = Date.now();
    // Lead time 1 minute: the first nudge comes about 20 s from now, the second 30 s later.
    const first = new Date(now + 80_000);
    const second = new Date(now + 110_000);
    feed = {
      type: 'text/calendar; charset=utf-8',
      body: calendar([
        event('coffee-1', 'Coffee with Sam', first, 15, 'Sam'),
        event('one-on-one-1', 'Catch-up with Priya', second, 30, 'Priya'),
        event('planning-1', 'Planning with Lotte', new Date(now + 26 * 3_600_000), 60, 'Lotte'),
      ]),
    };

    await installed(options);
    await saveSelfEmails(options, [SELF]);
    // Nudges all day, every day, a minute ahead: the test must not depend on when it runs.
    await options.evaluate(async () => {
      const key = 'settings.reminders';
      const rules = (await chrome.storage.local.get(key))[key] as Record<string, unknown>;
      await chrome.storage.local.set({
        [key]: {
          ...rules,
          leadMinutes: 1,
          workingDays: [1, 2, 3, 4, 5, 6, 7],
          workingHours: { start: '00:00', end: '00:00' },
        },
      });
    });

    await addCalendar(options, `${origin}/team.ics`, 'Team');

    await expect.poll(() => options.locator('[data-source-status]').textContent()).toMatch(/^Synced /);
    const upcoming = options.getByRole('region', { name: 'Coming up' });
    await expect.poll(() => upcoming.locator('li').count()).toBe(3);
    expect(await upcoming.locator('li').first().textContent()).toContain('Coffee with Sam');
    expect(await upcoming.locator('li').first().textContent()).toContain('with Sam');

    await expect.poll(notificationIds, { timeout: 60_000, interval: 250 }).toEqual(['meeting:coffee-1']);

    // Stop the service worker: the next nudge must still come, exactly once.
    const cdp = await echt.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    await expect
      .poll(notificationIds, { timeout: 90_000, interval: 250 })
      .toEqual(['meeting:coffee-1', 'meeting:one-on-one-1']);
    // Each was shown once: the stored record counts two nudges today, no more.
    const state = await storedReminderState(options);
    const shown = Object.entries(state.handled).filter(([, entry]) => entry.outcome === 'shown');
    expect(shown.map(([id]) => id).sort()).toEqual(['meeting:coffee-1', 'meeting:one-on-one-1']);
    expect(Object.values(state.shownPerDay).reduce((sum, count) => sum + count, 0)).toBe(2);
  });

  it('keeps the last good calendar when the feed turns into a web page, and says so', async () => {
    feed = { type: 'text/html', body: '<!doctype html><html><body>Please sign in</body></html>' };
    await options.getByRole('button', { name: 'Refresh now' }).click();
    await expect
      .poll(() => options.locator('[data-source-status]').textContent())
      .toMatch(/^This address returned a web page, not a calendar — showing the last copy from \d{2}:\d{2}$/);
    const upcoming = options.getByRole('region', { name: 'Coming up' });
    await expect.poll(() => upcoming.getByText('Planning with Lotte').count()).toBe(1);
  });

  it('turns the nudge off for a whole series from the list of coming meetings', async () => {
    const upcoming = options.getByRole('region', { name: 'Coming up' });
    await upcoming.getByLabel('Nudge before Planning with Lotte').selectOption('series');
    await expect
      .poll(async () => Object.keys((await storedReminderState(options)).dismissedSeries))
      .toEqual(['planning-1']);
    await options.reload();
    const list = options.getByRole('region', { name: 'Coming up' });
    await expect.poll(() => list.getByLabel('Nudge before Planning with Lotte').inputValue()).toBe('series');
  });
});
