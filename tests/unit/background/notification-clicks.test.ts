// What a click on a reminder does, in Chromium (with the two buttons) and in Firefox
// (no buttons: the click alone must still lead somewhere useful).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { startBackground } from '../../../src/background/index';
import { listPeople } from '../../../src/people';
import { reminderState } from '../../../src/settings/reminders';

const ID = 'meeting:coffee-1';
let running: AbortController | undefined;

function start(): void {
  // Not part of the fake browser; the chat sites' permission watch is not under test here.
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
  running = new AbortController();
  startBackground(running.signal);
}

afterEach(() => {
  running?.abort();
  vi.restoreAllMocks();
});

async function openedUrls(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '');
}

describe('clicking a reminder', () => {
  it('opens the phrases and takes the notification away', async () => {
    start();
    await fakeBrowser.notifications.create(ID, { type: 'basic', title: 'Coffee with Sam', message: '…', iconUrl: '' });
    await fakeBrowser.notifications.onClicked.trigger(ID);
    expect(await openedUrls()).toContainEqual(expect.stringMatching(/\/popup\.html#phrases$/));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('still opens the phrases where notifications have no buttons (Firefox)', async () => {
    const buttons = fakeBrowser.notifications.onButtonClicked;
    Reflect.set(fakeBrowser.notifications, 'onButtonClicked', undefined);
    try {
      start();
      await fakeBrowser.notifications.onClicked.trigger(ID);
      expect(await openedUrls()).toContainEqual(expect.stringMatching(/\/popup\.html#phrases$/));
    } finally {
      Reflect.set(fakeBrowser.notifications, 'onButtonClicked', buttons);
    }
  });

  it('logs a check-in with everyone named on "I checked in"', async () => {
    start();
    await storage.setItem('session:reminders.people', {
      [ID]: [{ name: 'Sam Peeters', email: 'sam@example.org' }, { name: 'Priya' }],
    });
    await fakeBrowser.notifications.onButtonClicked.trigger(ID, 0);
    await vi.waitFor(async () => {
      const people = await listPeople();
      expect(people.map((person) => [person.name, person.lastCheckIn?.how]).sort()).toEqual([
        ['Priya', 'meeting'],
        ['Sam Peeters', 'meeting'],
      ]);
    });
  });

  it('snoozes a shown reminder for five minutes on "Snooze"', async () => {
    const now = Date.now();
    await reminderState.set({ ...(await reminderState.get()), handled: { [ID]: { at: now, outcome: 'shown' } } });
    start();
    await fakeBrowser.notifications.onButtonClicked.trigger(ID, 1);
    await vi.waitFor(async () => {
      const until = (await reminderState.get()).snoozed[ID] ?? 0;
      expect(until - now).toBeGreaterThanOrEqual(5 * 60_000);
      expect(until - now).toBeLessThan(6 * 60_000);
    });
  });
});
