// What the popup's first script asks IndexedDB for before the module has loaded
// (src/ui/popup/early-reads.ts, src/platform/early.ts): the stores take those answers in
// place of their own reads, so Today comes sooner, and must give exactly what their own reads
// give; an answer that does not fit (another week, another schema, damaged) is dropped and
// read again; each is taken once, so a later read sees later writes; and asking early never
// creates a database its module has not created.
import { clear, createStore, get, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { upcomingMeetings } from '../../../src/background/reminders';
import { parseCalendar } from '../../../src/calendar';
import { importCalendarFile } from '../../../src/feeds/sync';
import { keptMeetings, type MeetingQuery, upcomingOf } from '../../../src/feeds/upcoming';
import { addPerson, loadOverview, logCheckIn } from '../../../src/people';
import { SUMMARY_KEY } from '../../../src/people/schema';
import { readEarly, takeEarly } from '../../../src/platform/early';
import { EMPTY_REMINDER_STATE, repairState } from '../../../src/reminders';
import { language, selfEmails } from '../../../src/settings';
import { feedSources, feedStatuses } from '../../../src/settings/feeds';
import { reminderRules, reminderState } from '../../../src/settings/reminders';
import { askTodayEarly, TODAY_LOCAL_SETTINGS, TODAY_PRIVATE_RECORDS } from '../../../src/ui/popup/early-reads';
import { calendar } from '../feeds/helpers';
import { at, emptyPeopleStore, plant } from '../people/helpers';

// Tuesday 10 March 2026, 08:00 local; the week began on Monday 9 March.
const NOW = at(2026, 3, 10, 8);
const copies = createStore('echt-feeds', 'copies');

/** Today as the popup reads it, each record once: people memory's overview, the calendars, the addresses and the meetings. */
async function today() {
  const overview = await loadOverview(NOW);
  const sources = await feedSources.get();
  const self = await selfEmails.get();
  const query: MeetingQuery = {
    from: new Date(NOW),
    to: new Date(NOW + 12 * 3_600_000),
    self,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    maxPeople: (await reminderRules.get()).maxMeetingSize,
  };
  const kept = await keptMeetings(query, sources);
  return { overview, sources, self, meetings: kept && upcomingOf(kept, EMPTY_REMINDER_STATE) };
}

const EARLY_NAMES = [
  'people.overview',
  'feeds.expansions',
  ...TODAY_PRIVATE_RECORDS.map((name) => `private:${name}`),
  ...TODAY_LOCAL_SETTINGS.map((key) => `local:${key}`),
];

/** The settings Today reads from storage.local, each once. */
async function localSettings() {
  return { rules: await reminderRules.get(), state: await reminderState.get(), language: await language.get() };
}

/** Lets every answer asked early come in. */
const answered = () => new Promise((resolve) => setTimeout(resolve, 100));

beforeEach(async () => {
  await emptyPeopleStore();
  await clear(copies);
  const sam = await addPerson({ name: 'Sam', emails: ['sam@example.org'] }, at(2026, 1, 5));
  const noor = await addPerson({ name: 'Noor', emails: ['noor@example.org'] }, at(2026, 1, 5));
  await logCheckIn({ personId: sam.id, at: at(2026, 3, 8, 17), how: 'chat' }); // Sunday: last week
  await logCheckIn({ personId: noor.id, at: at(2026, 3, 9, 10), how: 'coffee' });
  await selfEmails.set(['me@example.org']);
  await importCalendarFile('Team', calendar(['Stand-up', '20260310T100000Z']), {
    now: new Date(NOW),
    validate: (text) => void parseCalendar(text),
  });
  // The worker works the calendar out, as it does before any popup can read it.
  await upcomingMeetings(12, new Date(NOW));
});

afterEach(() => {
  // Nothing asked in one test waits for the next.
  for (const name of EARLY_NAMES) takeEarly(name);
  vi.restoreAllMocks();
});

describe("Today's reads asked before the popup's module loads", () => {
  it('name the records and settings Today reads', () => {
    expect(TODAY_PRIVATE_RECORDS.map((name) => `private:${name}`)).toEqual([
      feedSources.key,
      selfEmails.key,
      feedStatuses.key,
    ]);
    expect(TODAY_LOCAL_SETTINGS.map((key) => `local:${key}`)).toEqual([
      reminderRules.key,
      reminderState.key,
      language.key,
    ]);
  });

  it('give the settings in storage.local what they read themselves, without a call of their own', async () => {
    await reminderRules.update((rules) => ({ ...rules, leadMinutes: 7 }));
    await language.set('nl');
    const own = await localSettings();
    expect(own.rules.leadMinutes).toBe(7);

    askTodayEarly(NOW);
    await answered();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await localSettings()).toEqual(own);
    expect(get).not.toHaveBeenCalled();
    // Taken once: the next read asks storage.local.
    expect(await reminderRules.get()).toEqual(own.rules);
    expect(get).toHaveBeenCalled();
  });

  it('are dropped when what they read changes before they are taken', async () => {
    askTodayEarly(NOW);
    await answered();
    // The worker writes while the popup's module is still loading.
    await reminderRules.update((rules) => ({ ...rules, leadMinutes: 9 }));
    await feedSources.update((sources) => sources.map((source) => ({ ...source, name: 'Renamed' })));
    expect((await reminderRules.get()).leadMinutes).toBe(9);
    expect((await feedSources.get()).map((source) => source.name)).toEqual(['Renamed']);
  });

  it('are dropped when a calendar is added or refreshed before they are taken', async () => {
    askTodayEarly(NOW);
    await answered();
    // The worker adds a calendar and works it out while the popup's module is still loading.
    await importCalendarFile('Home', calendar(['Dentist', '20260310T110000Z']), {
      now: new Date(NOW),
      validate: (text) => void parseCalendar(text),
    });
    await upcomingMeetings(12, new Date(NOW));
    expect((await today()).meetings?.map((meeting) => meeting.title)).toEqual(['Stand-up', 'Dentist']);
  });

  it('read a setting of an older version the usual way, so its migrations run', async () => {
    const old = {
      handled: {},
      snoozed: {},
      dismissedMeetings: {},
      dismissedSeries: { 'uid-2': { at: 1_746_431_800_000, title: 'Dentist' } },
      shownPerDay: {},
    };
    await fakeBrowser.storage.local.set({ 'state.reminders': old, 'state.reminders$': { v: 1 } });
    askTodayEarly(NOW);
    await answered();
    const state = await reminderState.get();
    expect(state).toEqual(repairState(old));
    expect(JSON.stringify(state)).not.toContain('Dentist');
    expect(await fakeBrowser.storage.local.get('state.reminders$')).toEqual({ 'state.reminders$': { v: 2 } });
  });

  it('give Today exactly what the stores read themselves, without a transaction of their own', async () => {
    const own = await today();
    expect(own.overview.people.map((person) => person.name)).toEqual(['Noor', 'Sam']);
    expect(own.overview.checkInsThisWeek).toBe(1);
    expect(own.meetings?.map((meeting) => meeting.title)).toEqual(['Stand-up']);

    askTodayEarly(NOW);
    // Once the early answers are in, no store opens a transaction of its own.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const early = await today();
    expect(early).toEqual(own);
    expect(transaction).not.toHaveBeenCalled();
  });

  it('are taken once: a read after a change sees the change', async () => {
    askTodayEarly(NOW);
    expect((await loadOverview(NOW)).people.map((person) => person.name)).toEqual(['Noor', 'Sam']);
    await addPerson({ name: 'Mats' }, at(2026, 3, 10, 7));
    expect((await loadOverview(NOW)).people.map((person) => person.name)).toEqual(['Mats', 'Noor', 'Sam']);
  });

  it('are dropped for another week, or when damaged, and read again', async () => {
    askTodayEarly(NOW);
    // A week later: last week's count is not this week's.
    expect((await loadOverview(NOW + 7 * 86_400_000)).checkInsThisWeek).toBe(0);

    // A damaged summary read early: the store rebuilds the answer from the person records.
    await plant([[SUMMARY_KEY, { version: 1, people: 'not a list', repaired: 0, skipped: 0 }]]);
    askTodayEarly(NOW);
    const overview = await loadOverview(NOW);
    expect(overview.people.map((person) => person.name)).toEqual(['Noor', 'Sam']);
    expect(overview.checkInsThisWeek).toBe(1);
  });

  it('fall back to the stores when IndexedDB refuses them', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      throw new Error('refused');
    });
    askTodayEarly(NOW);
    vi.restoreAllMocks();
    expect(await today()).toEqual(await today());
    expect((await today()).overview.people.map((person) => person.name)).toEqual(['Noor', 'Sam']);
  });

  it('never create a database: its module creates it with its store', async () => {
    await expect(readEarly('echt-early-test', 'records', (store, ask) => ask(store.get('key')))).rejects.toThrow();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain('echt-early-test');
    const created = createStore('echt-early-test', 'records');
    await set('key', 'value', created);
    expect(await get('key', created)).toBe('value');
  });
});
