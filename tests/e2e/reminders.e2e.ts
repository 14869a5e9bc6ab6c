// A reminder is never silently lost, in the built extension: the worker's real alarm wake-up
// meets a notification the browser refuses. Its check-in goes on the toolbar badge, it is
// shown a minute later, once, and the next reminder still comes, once.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { type EchtBrowser, launchEcht } from './support/browser';
import { installed } from './support/options';
import { nextWholeMinute, notificationsSeenFrom, storedReminderState, withRoutines } from './support/reminders';

// The extension pages' and the worker's own API, used inside evaluate().
declare const chrome: typeof browser;

let echt: EchtBrowser;
let options: Page;

beforeAll(async () => {
  echt = await launchEcht();
  options = await echt.context.newPage();
  await options.goto(echt.url('options.html'));
  await installed(options);
});

afterAll(async () => {
  await echt?.close();
});

const notificationIds = notificationsSeenFrom(() => options);

describe('a notification the browser refuses', () => {
  it('is shown a minute later, once, and the next reminder still comes once', { timeout: 330_000 }, async () => {
    // The next notification the worker asks for fails, as when the browser or the system refuses it.
    await echt.worker.evaluate(() => {
      const notifications = chrome.notifications;
      const create = notifications.create;
      let refusals = 1;
      notifications.create = ((...args: Parameters<typeof create>) => {
        if (refusals > 0) {
          refusals -= 1;
          void chrome.storage.session.set({ 'test.refused': true });
          throw new Error('Echt test: the notification is refused');
        }
        return create.apply(notifications, args);
      }) as typeof create;
    });

    // Two routines: the first at the next whole minute at least 40 s away, the second two minutes later.
    const first = nextWholeMinute(40_000);
    const second = new Date(first.getTime() + 2 * 60_000);
    const key = 'settings.reminders';
    const stored = await options.evaluate(async (name) => (await chrome.storage.local.get(name))[name], key);
    const rules = withRoutines(stored, [
      { id: 'first', label: 'Stand-up', at: first },
      { id: 'second', label: 'Wrap-up', at: second },
    ]);
    await options.evaluate(({ name, value }) => chrome.storage.local.set({ [name]: value }), {
      name: key,
      value: rules,
    });

    // The first wake-up: the browser refuses, the check-in goes on the badge, a retry is planned.
    await expect
      .poll(() => options.evaluate(async () => (await chrome.storage.session.get('test.refused'))['test.refused']), {
        timeout: 120_000,
        interval: 500,
      })
      .toBe(true);
    await expect
      .poll(() => options.evaluate(() => chrome.action.getBadgeText({})), { timeout: 30_000, interval: 250 })
      .toBe('1');

    // A minute later it shows; two minutes after the first, the next one shows too.
    await expect.poll(notificationIds, { timeout: 120_000, interval: 250 }).toHaveLength(1);
    expect((await notificationIds())[0]).toMatch(/^routine:first:/);
    await expect.poll(notificationIds, { timeout: 150_000, interval: 250 }).toHaveLength(2);
    expect(await options.evaluate(() => chrome.action.getBadgeText({}))).toBe('');

    const state = await storedReminderState(options);
    const shown = Object.entries(state.handled).filter(([, entry]) => entry.outcome === 'shown');
    expect(shown.map(([id]) => id.split(':')[1]).sort()).toEqual(['first', 'second']);
    // Each counted once: the refused attempt was taken back.
    expect(Object.values(state.shownPerDay).reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(state.undelivered).toEqual({});
  });
});
