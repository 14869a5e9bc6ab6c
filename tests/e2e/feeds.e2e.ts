// An Outlook-published calendar and a Google Calendar secret address, served on
// 127.0.0.1 and added in the options page of the built extension, in browsers whose
// machine sits in other time zones than the meetings'. Every meeting must come out at the
// instant the feed means, listed at the right local time, whatever the machine's zone.
//
// The fixtures (tests/fixtures/calendar) hold March 2025, across Europe's and America's
// changes to summer time. They are served moved by whole weeks to the days around now, so
// weekdays and recurrence rules stay true; the expected instants are worked out here
// from the wall times the feeds state, with the zone rules of Node's own ICU.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import type { UpcomingMeeting } from '../../src/messaging';
import { type EchtBrowser, launchEcht, ROOT } from './support/browser';
import { addCalendar, installed, saveSelfEmails } from './support/options';

// The extension pages' own API, used inside page.evaluate().
declare const chrome: typeof browser;

const FIXTURES = join(ROOT, 'tests/fixtures/calendar');
const DAY = 86_400_000;
const WEEK = 7 * DAY;
const SELF = ['noor.bakker@contoso.example', 'noor@example.org'];
/** The options page lists a week ahead. */
const LISTED_HOURS = 7 * 24;

/** One meeting as the feed writes it: a wall time in a zone, or a day for all-day ones. */
interface Written {
  title: string;
  date: string;
  time?: string;
  zone?: string;
  skip?: 'all-day' | 'declined' | 'cancelled';
}

// Outlook writes Windows zone names ("W. Europe Standard Time", "Pacific Standard Time")
// and a "Customized Time Zone" with Europe's rules; the stand-up skips 17 March (EXDATE)
// and moves an hour on 24 March (RECURRENCE-ID). Noor is noor.bakker@contoso.example.
const OUTLOOK: Written[] = [
  { title: 'Team stand-up', date: '2025-03-03', time: '09:00', zone: 'Europe/Amsterdam' },
  { title: 'Coffee with Daan', date: '2025-03-05', time: '14:00', zone: 'Europe/Amsterdam' },
  { title: 'Quarterly review', date: '2025-03-06', time: '15:00', zone: 'UTC' },
  { title: 'Company holiday', date: '2025-03-07', skip: 'all-day' },
  { title: 'Team stand-up', date: '2025-03-10', time: '09:00', zone: 'Europe/Amsterdam' },
  { title: '1:1 Noor / Alex', date: '2025-03-11', time: '08:00', zone: 'America/Los_Angeles' },
  { title: 'Team stand-up (later today)', date: '2025-03-24', time: '10:00', zone: 'Europe/Amsterdam' },
  { title: 'Team stand-up', date: '2025-03-31', time: '09:00', zone: 'Europe/Amsterdam' },
];

// Google writes IANA names with a VTIMEZONE; the weekly design review moves on 18 March
// and is cancelled on 25 March. Noor is noor@example.org and declined the budget check.
const GOOGLE: Written[] = [
  { title: 'Design review', date: '2025-03-04', time: '10:00', zone: 'Europe/Amsterdam' },
  { title: 'Koffie met Sam', date: '2025-03-05', time: '13:00', zone: 'UTC' },
  { title: 'Sprint planning day', date: '2025-03-06', skip: 'all-day' },
  { title: 'New York sync', date: '2025-03-10', time: '09:00', zone: 'America/New_York' },
  { title: 'Design review', date: '2025-03-11', time: '10:00', zone: 'Europe/Amsterdam' },
  { title: 'Budget check', date: '2025-03-12', time: '16:00', zone: 'Europe/Amsterdam', skip: 'declined' },
  { title: 'Design review (afternoon this week)', date: '2025-03-18', time: '14:00', zone: 'Europe/Amsterdam' },
  { title: 'Design review', date: '2025-03-25', time: '10:00', zone: 'Europe/Amsterdam', skip: 'cancelled' },
  { title: 'Design review', date: '2025-04-01', time: '10:00', zone: 'Europe/Amsterdam' },
];

/** The fixtures' first day, and the day after the last meeting this test expects. */
const FIRST_DAY = Date.UTC(2025, 2, 3);
const AFTER_LAST_DAY = Date.UTC(2025, 3, 7);

/** The wall clock of `zone` at instant `at`, by Node's ICU, written as if it were UTC. */
function wallClock(at: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
}

/** The UTC instant of a wall time in `zone` (two passes cover a change of offset). */
function instant(date: string, time: string, zone: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const written = Date.UTC(year, month - 1, day, hour, minute);
  const first = written - (wallClock(written, zone) - written);
  return written - (wallClock(first, zone) - first);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The feed's text with every 2025 date moved by `shift` ms (whole weeks). */
function moved(text: string, shift: number): string {
  return text.replace(/(?<![0-9A-Za-z])2025(\d{2})(\d{2})(?![0-9])/g, (_all, month: string, day: string) =>
    isoDay(Date.UTC(2025, Number(month) - 1, Number(day)) + shift).replaceAll('-', ''),
  );
}

interface Expected {
  title: string;
  start: string;
  skip: string | null;
}

/** Where each written meeting falls once moved, for a machine in `zone`. */
function expected(written: Written[], shift: number, zone: string): Expected[] {
  return written.map((meeting) => {
    const date = isoDay(Date.parse(meeting.date) + shift);
    // All-day meetings start at local midnight on the user's machine.
    const start = instant(date, meeting.time ?? '00:00', meeting.zone ?? zone);
    return { title: meeting.title, start: new Date(start).toISOString(), skip: meeting.skip ?? null };
  });
}

const byStart = (a: Expected, b: Expected) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title);

/** "4 December 2026 13:30": how the options page shows a start, on a machine in `zone`. */
function shownAt(iso: string, zone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hour12: false });
  return `${day.format(new Date(iso))} ${time.format(new Date(iso))}`;
}

let server: Server;
let origin: string;
let shift: number;
const feeds: Record<string, string> = {};

beforeAll(async () => {
  // Whole weeks that put the first day within the week before tomorrow: whatever the
  // weekday of the run, the coming week is one of the fixtures' busy first two weeks.
  shift = Math.floor((Date.now() + DAY - FIRST_DAY) / WEEK) * WEEK;
  feeds['/outlook.ics'] = moved(await readFile(join(FIXTURES, 'outlook-feed.ics'), 'utf8'), shift);
  feeds['/google.ics'] = moved(await readFile(join(FIXTURES, 'google-feed.ics'), 'utf8'), shift);
  server = createServer((request, response) => {
    const body = feeds[request.url ?? ''];
    if (body) response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(body);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
});

// Los Angeles: behind UTC, with America's summer-time rules. Kolkata: ahead, by a half
// hour, with none. Neither is the zone of any feed's Europe-based meetings.
describe.each(['America/Los_Angeles', 'Asia/Kolkata'])('real-style calendar feeds on a machine in %s', (zone) => {
  let echt: EchtBrowser;
  let options: Page;

  beforeAll(async () => {
    echt = await launchEcht({ timeZone: zone });
    options = await echt.context.newPage();
    await options.goto(echt.url('options.html'));
  });

  afterAll(async () => {
    await echt?.close();
  });

  it('lists every meeting at the instant the feed means, at the right local time', async () => {
    // The premise: the page and the service worker both keep the clock of `zone`, in
    // winter and in summer (ICU may name it by an older alias, such as Asia/Calcutta).
    const noons = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)];
    const localClock = (instants: number[]) =>
      instants.map((at) => {
        const date = new Date(at);
        return `${date.getDate()} ${date.getHours()}:${date.getMinutes()}`;
      });
    const inZone = noons.map((at) => {
      const wall = new Date(wallClock(at, zone));
      return `${wall.getUTCDate()} ${wall.getUTCHours()}:${wall.getUTCMinutes()}`;
    });
    expect(await options.evaluate(localClock, noons)).toEqual(inZone);
    expect(await echt.worker.evaluate(localClock, noons)).toEqual(inZone);

    await installed(options);
    await saveSelfEmails(options, SELF);
    await addCalendar(options, `${origin}/outlook.ics`, 'Work');
    await addCalendar(options, `${origin}/google.ics`, 'Personal');
    await expect
      .poll(async () =>
        (await options.locator('[data-source-status]').allTextContents()).map((text) => text.split(' ')[0]),
      )
      .toEqual(['Synced', 'Synced']);

    // The meetings still to come (up to six days of them may have passed already). One
    // starting the very minute the background is asked may or may not count as to come.
    const asked = Date.now();
    const settled = (meeting: Expected) => Date.parse(meeting.start) >= asked + 60_000;
    const all = [...expected(OUTLOOK, shift, zone), ...expected(GOOGLE, shift, zone)].sort(byStart);
    const want = all.filter((meeting) => Date.parse(meeting.start) >= asked);
    // From now to the day after the last expected meeting: the stand-up goes on after it.
    const hours = Math.floor((AFTER_LAST_DAY + shift - asked) / 3_600_000);
    const meetings = (await options.evaluate(
      (hours) => chrome.runtime.sendMessage({ echt: 1, type: 'upcomingMeetings', data: { hours } }),
      hours,
    )) as { ok: true; value: UpcomingMeeting[] };
    const got = meetings.value.map((meeting) => ({
      title: meeting.title,
      start: new Date(meeting.start).toISOString(),
      skip: meeting.skip,
    }));
    expect(got.every((meeting) => Date.parse(meeting.start) >= asked)).toBe(true);
    expect(got.filter(settled).sort(byStart)).toEqual(want.filter(settled));
    expect(want.filter(settled).length).toBeGreaterThan(7);

    // The options page lists the coming week as the user reads it: their local time. It
    // asked a moment before, so a meeting right at either edge may or may not be in it.
    const edge = Date.now() + LISTED_HOURS * 3_600_000;
    const surely = want.filter((meeting) => settled(meeting) && Date.parse(meeting.start) < edge - 300_000);
    expect(surely.length).toBeGreaterThan(2);
    const upcoming = options.getByRole('region', { name: 'Coming up' });
    await expect.poll(() => upcoming.locator('li').count()).toBeGreaterThanOrEqual(surely.length);
    const listed = await upcoming.locator('li').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('strong')?.textContent ?? '',
        start: item.querySelector('time')?.dateTime ?? '',
        shown: item.querySelector('time')?.textContent ?? '',
      })),
    );
    listed.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
    // A run of the expected meetings, in order, holding every one surely in the week.
    const first = all.findIndex((meeting) => meeting.start === listed[0]?.start && meeting.title === listed[0]?.title);
    const run = all.slice(first, first + listed.length);
    expect(listed).toEqual(
      run.map((meeting) => ({ title: meeting.title, start: meeting.start, shown: shownAt(meeting.start, zone) })),
    );
    expect(run).toEqual(expect.arrayContaining(surely));
    expect(run.every((meeting) => Date.parse(meeting.start) < edge + 300_000)).toBe(true);
  });

  it('renames and recolours a calendar, and its meetings follow', async () => {
    const upcoming = options.getByRole('region', { name: 'Coming up' });
    const standUp = upcoming.locator('li', { hasText: 'Team stand-up' }).first();
    const before = await standUp.locator('.swatch').evaluate((swatch) => getComputedStyle(swatch).backgroundColor);

    await options.getByRole('button', { name: 'Rename Work' }).click();
    await options.getByLabel('New name for Work').fill('Contoso');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByLabel('Use Contoso for reminders').count()).toBe(1);
    expect(await options.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Rename Contoso');

    await options.getByLabel('Colour of Contoso').fill('#9c36b5');
    await expect
      .poll(() => standUp.locator('.swatch').evaluate((swatch) => getComputedStyle(swatch).backgroundColor))
      .toBe('rgb(156, 54, 181)');
    expect(before).not.toBe('rgb(156, 54, 181)');

    // Kept after a reload, which reads the stored list again.
    await options.reload();
    expect(await options.getByLabel('Colour of Contoso').inputValue()).toBe('#9c36b5');
    expect(await options.getByLabel('Colour of Personal').inputValue()).not.toBe('#9c36b5');
  });
});
