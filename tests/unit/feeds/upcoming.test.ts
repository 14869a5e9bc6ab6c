// Today's meetings read by a page from the expansions the worker keeps beside each calendar
// (src/feeds/upcoming.ts), so the popup need not wait for the worker: the same meetings the
// worker answers, none of a removed or switched-off calendar, none after "delete everything",
// and after a feed's change no meeting it no longer has (the page asks the worker instead).
import { clear, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { eraseAll } from '../../../src/background/backup';
import { upcomingMeetings } from '../../../src/background/reminders';
import { parseCalendar } from '../../../src/calendar';
import { writeCopy } from '../../../src/feeds/store';
import { importCalendarFile, removeSource, updateSource } from '../../../src/feeds/sync';
import { keptMeetings, type MeetingQuery, upcomingOf } from '../../../src/feeds/upcoming';
import { EMPTY_REMINDER_STATE } from '../../../src/reminders';
import { selfEmails } from '../../../src/settings';
import { feedSources } from '../../../src/settings/feeds';
import { reminderRules } from '../../../src/settings/reminders';
import { calendar } from './helpers';

const copies = createStore('echt-feeds', 'copies');
const NOW = new Date('2025-03-10T08:00:00Z');
const HOURS = 12;

const validate = (text: string) => void parseCalendar(text);

/** The popup's query for Today, as opening.ts makes it. */
async function todayQuery(now = NOW): Promise<MeetingQuery> {
  return {
    from: now,
    to: new Date(now.getTime() + HOURS * 3_600_000),
    self: await selfEmails.get(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    maxPeople: (await reminderRules.get()).maxMeetingSize,
  };
}

/** What a page reads without the worker: titles, or undefined when it must ask the worker. */
async function readByPage(query?: MeetingQuery): Promise<string[] | undefined> {
  const kept = await keptMeetings(query ?? (await todayQuery()), await feedSources.get());
  return kept && upcomingOf(kept, EMPTY_REMINDER_STATE).map((meeting) => meeting.title);
}

async function workerAnswer(): Promise<string[]> {
  return (await upcomingMeetings(HOURS, NOW)).map((meeting) => meeting.title);
}

beforeEach(async () => {
  await clear(copies);
  await selfEmails.set(['noor@example.org']);
});

describe("Today's meetings read by a page", () => {
  it('are what the worker answers, once the worker has worked out the calendar', async () => {
    await importCalendarFile('Team', calendar(['Coffee', '20250310T090000Z'], ['Lunch', '20250310T110000Z']), {
      now: NOW,
      validate,
    });
    // Nothing worked out yet: the page asks the worker.
    expect(await readByPage()).toBeUndefined();
    const answer = await upcomingMeetings(HOURS, NOW);
    expect(answer.map((meeting) => meeting.title)).toEqual(['Coffee', 'Lunch']);
    const kept = await keptMeetings(await todayQuery(), await feedSources.get());
    expect(kept && upcomingOf(kept, EMPTY_REMINDER_STATE)).toEqual(answer);
    // Later on: a meeting that started is no longer Today's, as for the worker.
    expect(await readByPage(await todayQuery(new Date('2025-03-10T10:00:00Z')))).toEqual(['Lunch']);
  });

  it('are none of a removed calendar, also for a page that read the calendars before the removal', async () => {
    const team = await importCalendarFile('Team', calendar(['Coffee', '20250310T090000Z']), { now: NOW, validate });
    await importCalendarFile('Club', calendar(['Choir', '20250310T100000Z']), { now: NOW, validate });
    await workerAnswer();
    const before = await feedSources.get();
    expect(await readByPage()).toEqual(['Coffee', 'Choir']);
    await removeSource(team.id);
    expect(await readByPage()).toEqual(['Choir']);
    const stale = await keptMeetings(await todayQuery(), before);
    expect(stale?.flatMap(({ occurrences }) => occurrences.map((occurrence) => occurrence.title))).toEqual(['Choir']);
  });

  it('are none of a calendar switched off', async () => {
    const team = await importCalendarFile('Team', calendar(['Coffee', '20250310T090000Z']), { now: NOW, validate });
    await workerAnswer();
    await updateSource(team.id, { enabled: false });
    expect(await readByPage()).toEqual([]);
  });

  it('are none after "delete everything"', async () => {
    const team = await importCalendarFile('Team', calendar(['Coffee', '20250310T090000Z']), { now: NOW, validate });
    await workerAnswer();
    const before = await feedSources.get();
    await eraseAll();
    expect(await readByPage()).toEqual([]);
    expect(await keptMeetings(await todayQuery(), before)).toEqual([]);
    expect(before.map((source) => source.id)).toEqual([team.id]);
  });

  it('never show a meeting a feed no longer has: after a new copy the page asks the worker', async () => {
    const team = await importCalendarFile('Team', calendar(['Coffee', '20250310T090000Z']), { now: NOW, validate });
    await workerAnswer();
    expect(await readByPage()).toEqual(['Coffee']);
    await writeCopy(team.id, { text: calendar(['Lunch', '20250310T110000Z']), fetchedAt: NOW.getTime() });
    expect(await readByPage()).toBeUndefined();
    expect(await workerAnswer()).toEqual(['Lunch']);
    expect(await readByPage()).toEqual(['Lunch']);
  });

  it('are asked of the worker when the stored ones were made for other addresses, another size limit or a shorter reach', async () => {
    await importCalendarFile('Team', calendar(['Coffee', '20250310T090000Z']), { now: NOW, validate });
    await workerAnswer();
    const query = await todayQuery();
    expect(await readByPage(query)).toEqual(['Coffee']);
    expect(await readByPage({ ...query, self: ['sam@example.org'] })).toBeUndefined();
    expect(await readByPage({ ...query, maxPeople: query.maxPeople + 1 })).toBeUndefined();
    const weeksLater = new Date(NOW.getTime() + 30 * 86_400_000);
    expect(await readByPage({ ...query, from: weeksLater, to: new Date(weeksLater.getTime() + 3_600_000) })).toBe(
      undefined,
    );
  });
});
