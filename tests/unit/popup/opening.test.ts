// What the popup reads as it opens (entrypoints/popup/opening.ts): Today's meetings come from
// the meetings the worker keeps beside each calendar, so a complete Today waits for no answer
// from the worker (which may have to start); the worker is asked only when they are missing.
import { clear, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startOpening } from '../../../entrypoints/popup/opening';
import { upcomingMeetings } from '../../../src/background/reminders';
import { parseCalendar } from '../../../src/calendar';
import { importCalendarFile } from '../../../src/feeds/sync';
import type { UpcomingMeeting } from '../../../src/messaging';

const copies = createStore('echt-feeds', 'copies');
const NOW = new Date('2025-03-10T08:00:00Z');
const TEAM = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:coffee@example.org',
  'DTSTART:20250310T090000Z',
  'DURATION:PT30M',
  'SUMMARY:Coffee',
  'ORGANIZER;CN=Sam:mailto:sam@example.org',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** The worker as the popup sees it: the types it was asked, and a made-up answer to `upcomingMeetings`. */
function worker(answer: UpcomingMeeting[]): string[] {
  const asked: string[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const type = (message as { type: string }).type;
    asked.push(type);
    return type === 'upcomingMeetings' ? { ok: true, value: answer } : { ok: false, error: 'not here' };
  });
  return asked;
}

beforeEach(async () => {
  await clear(copies);
  vi.restoreAllMocks();
});

describe("the popup's Today", () => {
  it('reads the meetings the worker keeps, without asking the worker for them', async () => {
    await importCalendarFile('Team', TEAM, { now: NOW, validate: (text) => void parseCalendar(text) });
    const answer = await upcomingMeetings(12, NOW);
    expect(answer.map((meeting) => meeting.title)).toEqual(['Coffee']);
    const asked = worker([]);
    const opening = startOpening('', NOW.getTime());
    expect(await opening.meetings).toEqual(answer);
    expect(asked).not.toContain('upcomingMeetings');
    // The status line asks the worker only after Today was painted: a worker starting up
    // would compete with Today for the CPU.
    expect(asked).not.toContain('getStatus');
    await opening.todayShown;
    await opening.status.catch(() => undefined);
    expect(asked).toEqual(['getStatus']);
  });

  it('asks the worker when a calendar has no meetings kept yet', async () => {
    await importCalendarFile('Team', TEAM, { now: NOW, validate: (text) => void parseCalendar(text) });
    const fromWorker: UpcomingMeeting = {
      id: 'coffee@example.org',
      title: 'Coffee, as the worker worked it out',
      start: Date.parse('2025-03-10T09:00:00Z'),
      end: Date.parse('2025-03-10T09:30:00Z'),
      people: [{ name: 'Sam', email: 'sam@example.org' }],
      skip: null,
      color: '#3b82f6',
      seriesId: 'coffee@example.org',
      nudge: 'on',
    };
    const asked = worker([fromWorker]);
    expect(await startOpening('', NOW.getTime()).meetings).toEqual([fromWorker]);
    expect(asked).toContain('upcomingMeetings');
  });
});
