// IndexedDB that is not there (a Firefox private window, a full disk): the calendars and
// people memory cannot be read, but the reminders the user set up in settings still come,
// and a calendar that cannot be stored is not half-added.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Every open fails, as in a private window that refuses IndexedDB. */
const refusing = {
  open() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  deleteDatabase() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

const working = globalThis.indexedDB;

beforeEach(() => {
  // The stores open their database when their module loads: load them afresh without IndexedDB.
  Reflect.set(globalThis, 'indexedDB', refusing);
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2025, 2, 24, 9, 0) });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.set(globalThis, 'indexedDB', working);
});

describe('without IndexedDB', () => {
  // Loading the worker's modules afresh takes a few seconds, and well over half a minute on a
  // busy machine.
  it('still shows the reminders set up in settings', { timeout: 120_000 }, async () => {
    const { reminderRules } = await import('../../../src/settings/reminders');
    const { feedSources } = await import('../../../src/settings/feeds');
    const { wakeReminders } = await import('../../../src/background/reminders');
    // The calendars (their list and their copies) are in IndexedDB, out of reach: none can be added.
    await expect(
      feedSources.set([{ id: 'team', name: 'Team', color: '#3b7ddd', enabled: true, url: 'https://a.example/t.ics' }]),
    ).rejects.toThrow();
    await reminderRules.update((rules) => ({
      ...rules,
      routines: [{ id: 'standup', label: 'Daily stand-up', days: [1, 2, 3, 4, 5, 6, 7], time: '09:25' }],
    }));
    await wakeReminders(() => new Date(2025, 2, 24, 9, 25));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['routine:standup:2025-03-24']);
  });

  it('adds no calendar it cannot store', async () => {
    const { importCalendarFile } = await import('../../../src/feeds/sync');
    const { feedSources, feedStatuses } = await import('../../../src/settings/feeds');
    const text = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    await expect(importCalendarFile('Team', text, { now: new Date(), validate: () => undefined })).rejects.toThrow();
    expect(await feedSources.get()).toEqual([]);
    expect(await feedStatuses.get()).toEqual({});
  });
});
