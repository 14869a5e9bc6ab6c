// The meetings of the coming weeks, worked out once per copy of a calendar and kept beside
// it: a wake-up after the worker restarted reads them without parsing the feed again, a new
// copy brings new meetings, and a feed that runs out of its budget says so in its status.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clear, createStore, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCalendar } from '../../../src/calendar';
import { type MeetingQuery, storedMeetings } from '../../../src/feeds/expansion';
import { writeCopy } from '../../../src/feeds/store';
import { importCalendarFile } from '../../../src/feeds/sync';
import { feedStatuses } from '../../../src/settings/feeds';
import { calendar } from './helpers';

const copies = createStore('echt-feeds', 'copies');
const NOW = new Date('2025-03-10T08:00:00Z');
const QUERY: MeetingQuery = {
  from: NOW,
  to: new Date('2025-03-12T08:00:00Z'),
  self: ['noor@example.org'],
  timeZone: 'Europe/Amsterdam',
  maxPeople: 8,
};

const validate = (text: string) => void parseCalendar(text);
const clock = () => performance.now();

async function titles(): Promise<string[]> {
  return (await storedMeetings(QUERY, clock)).flatMap(({ occurrences }) => occurrences.map((o) => o.title));
}

beforeEach(async () => {
  await clear(copies);
});

describe('the meetings of a stored calendar', () => {
  it('are worked out once per copy and read again after the worker restarted', async () => {
    const source = await importCalendarFile('Team', calendar(['Coffee', '20250311T090000Z']), { now: NOW, validate });
    expect(await titles()).toEqual(['Coffee']);
    // Spoil the copy behind Echt's back: were the feed parsed again, the meeting would be gone.
    await set(source.id, { text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', fetchedAt: 1 }, copies);
    vi.resetModules();
    const restarted = await import('../../../src/feeds/expansion');
    const again = await restarted.storedMeetings(QUERY, clock);
    expect(again.flatMap(({ occurrences }) => occurrences.map((o) => o.title))).toEqual(['Coffee']);
  });

  it('change with the copy', async () => {
    const source = await importCalendarFile('Team', calendar(['Coffee', '20250311T090000Z']), { now: NOW, validate });
    expect(await titles()).toEqual(['Coffee']);
    await writeCopy(source.id, { text: calendar(['Lunch', '20250311T110000Z']), fetchedAt: NOW.getTime() });
    expect(await titles()).toEqual(['Lunch']);
  });

  it('stop at the budget for 200 events repeating every minute, with a warning in the status', async () => {
    const probe = readFileSync(join(import.meta.dirname, '../../fixtures/calendar/minutely-probe.ics'), 'utf8');
    const source = await importCalendarFile('Probe', probe, { now: NOW, validate });
    const [found] = await storedMeetings(QUERY, clock);
    expect(found?.occurrences.length).toBeGreaterThan(0);
    expect(found?.occurrences.length).toBeLessThanOrEqual(5000);
    expect((await feedStatuses.get())[source.id]).toMatchObject({ state: 'synced', warning: 'too-many-events' });
  });
});
