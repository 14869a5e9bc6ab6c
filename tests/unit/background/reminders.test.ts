// The worker's reminder wake-ups with the browser faked: a notification the browser refuses
// is shown later, once, and the next one still comes; blocked notifications put the check-in
// on the badge; the alarm is set again whenever the worker starts; "I checked in" twice
// logs once; and the user's choices and "delete everything" never race a wake-up.
import { clear, createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { eraseAll } from '../../../src/background/backup';
import { startBackground } from '../../../src/background/index';
import { checkedIn, setMeetingNudge, wakeReminders } from '../../../src/background/reminders';
import { deleteAll, listCheckIns } from '../../../src/people';
import { dueCheckIns } from '../../../src/reminders';
import { reminderRules, reminderState } from '../../../src/settings/reminders';
import { stubUnfakedWorkerApis } from './unfaked';

const STANDUP = { id: 'standup', label: 'Daily stand-up', days: [1, 2, 3, 4, 5, 6, 7] as const, time: '09:25' };
const WRAP_UP = { id: 'wrap-up', label: 'Wrap-up', days: [1, 2, 3, 4, 5, 6, 7] as const, time: '09:40' };

/** A time today in the machine's zone, which is the zone Echt reminds in. */
function today(hours: number, minutes: number): Date {
  return new Date(2025, 2, 24, hours, minutes);
}

const STANDUP_ID = 'routine:standup:2025-03-24';
const WRAP_UP_ID = 'routine:wrap-up:2025-03-24';

async function shownIds(): Promise<string[]> {
  return Object.keys(await fakeBrowser.notifications.getAll()).sort();
}

async function reminderAlarm(): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get('echt.reminder'))?.scheduledTime;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: today(9, 0) });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  await reminderRules.update((rules) => ({ ...rules, routines: [{ ...STANDUP, days: [...STANDUP.days] }] }));
  await clear(createStore('echt-feeds', 'copies'));
  await deleteAll();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a notification the browser refuses to show', () => {
  it('is shown a minute later, once, and the next reminder still comes once', async () => {
    await reminderRules.update((rules) => ({
      ...rules,
      routines: [
        { ...STANDUP, days: [...STANDUP.days] },
        { ...WRAP_UP, days: [...WRAP_UP.days] },
      ],
    }));
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    create.mockRejectedValueOnce(new Error('Unable to show the notification'));

    await wakeReminders(() => today(9, 25));
    expect(await shownIds()).toEqual([]);
    // Already set for the next attempt, and the check-in is on record for the popup meanwhile.
    expect(await reminderAlarm()).toBe(today(9, 26).getTime());
    expect(dueCheckIns(await reminderState.get(), today(9, 25)).map((entry) => entry.routineId)).toEqual(['standup']);

    await wakeReminders(() => today(9, 26));
    expect(await shownIds()).toEqual([STANDUP_ID]);
    await wakeReminders(() => today(9, 30));
    await wakeReminders(() => today(9, 40));
    await wakeReminders(() => today(9, 41));
    expect(await shownIds()).toEqual([STANDUP_ID, WRAP_UP_ID]);

    const attempts = create.mock.calls.map(([id]) => id);
    expect(attempts).toEqual([STANDUP_ID, STANDUP_ID, WRAP_UP_ID]);
    const state = await reminderState.get();
    expect(state.shownPerDay).toEqual({ '2025-03-24': 2 });
    expect(state.undelivered).toEqual({});
  });

  it('sets the next alarm even when the reminder state cannot be stored', async () => {
    vi.spyOn(reminderState, 'update').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(wakeReminders(() => today(9, 25))).rejects.toThrow('quota');
    expect(await reminderAlarm()).toBe(today(9, 26).getTime());
    await wakeReminders(() => today(9, 26));
    expect(await shownIds()).toEqual([STANDUP_ID]);
  });
});

describe('notifications blocked for Echt', () => {
  it('show the due check-in on the toolbar badge instead, until its time has passed', async () => {
    // Not part of the fake browser: the user (or the system) turned Echt's notifications off.
    const level = fakeBrowser.notifications.getPermissionLevel;
    Reflect.set(fakeBrowser.notifications, 'getPermissionLevel', async () => 'denied');
    try {
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      await wakeReminders(() => today(9, 25));
      expect(create).not.toHaveBeenCalled();
      expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
      // The alarm comes back to take the badge down an hour after the routine's time.
      expect(await reminderAlarm()).toBe(today(10, 25).getTime());
      await wakeReminders(() => today(10, 25));
      expect(await fakeBrowser.action.getBadgeText({})).toBe('');
      expect(create).not.toHaveBeenCalled();
    } finally {
      Reflect.set(fakeBrowser.notifications, 'getPermissionLevel', level);
    }
  });
});

describe('a worker that starts', () => {
  it('plans the next reminder at once, not only on install and browser start', async () => {
    stubUnfakedWorkerApis();
    const running = new AbortController();
    startBackground(running.signal);
    try {
      await vi.waitFor(async () => expect(await reminderAlarm()).toBe(today(9, 25).getTime()));
      expect(await fakeBrowser.alarms.get('echt.feeds')).toBeDefined();
    } finally {
      running.abort();
    }
  });
});

describe('"I checked in" on a notification', () => {
  it('logs one check-in when pressed twice', async () => {
    const id = 'meeting:coffee-1';
    await storage.setItem('session:reminders.people', { [id]: [{ name: 'Sam Peeters', email: 'sam@example.org' }] });
    await Promise.all([checkedIn(id, Date.now()), checkedIn(id, Date.now())]);
    expect(await listCheckIns()).toHaveLength(1);
  });
});

describe('what the user chose, while a wake-up runs', () => {
  it('keeps "not for this meeting" made during wake-ups', async () => {
    const choice = { meetingId: 'sync@20250324T090000Z', seriesId: 'sync', title: 'Sync', nudge: 'meeting' as const };
    await Promise.all([
      wakeReminders(() => today(9, 25)),
      setMeetingNudge(choice, () => today(9, 25)),
      wakeReminders(() => today(9, 26)),
    ]);
    expect(Object.keys((await reminderState.get()).dismissedMeetings)).toEqual(['sync@20250324T090000Z']);
  });

  it('"delete everything" during a wake-up leaves nothing of what the wake-up decided', async () => {
    await Promise.all([wakeReminders(() => today(9, 25)), eraseAll()]);
    const state = await reminderState.get();
    // The routine went with the rules; nothing is remembered as shown.
    expect(state.handled).toEqual({});
    expect(state.shownPerDay).toEqual({});
  });
});
