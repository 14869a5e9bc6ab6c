// The service worker's services, wired to the browser's events: entrypoints/background.ts
// runs startBackground. Everything it attaches is removed again when `signal` aborts.
//
//   handlers.ts     every message the worker answers
//   reminders.ts    reminder wake-ups, notifications and their buttons
//   chat-sites.ts   what a chat tab's chip needs, and where the chip is registered to run
//   feeds.ts        the calendars' refresh alarm
//   status.ts       what the popup shows about Echt itself
import { type Browser, browser } from 'wxt/browser';
import { serveMessages } from '../platform';
import { installedAt, selfEmails } from '../settings';
import { feedSources } from '../settings/feeds';
import { installDefaults } from '../settings/install';
import { reminderRules } from '../settings/reminders';
import { syncChatSites, watchChatPermissions } from './chat-sites';
import { FEEDS_ALARM, refreshFeeds, scheduleFeedRefresh } from './feeds';
import { handlers } from './handlers';
import { checkedIn, REMINDER_ALARM, snooze, wakeReminders } from './reminders';

/** Alarm handlers by alarm name. Alarms with no handler were left by an older version. */
const alarmHandlers: Record<string, () => Promise<void>> = {
  [REMINDER_ALARM]: () => wakeReminders(),
  [FEEDS_ALARM]: refreshFeeds,
};

function listen<T extends (...args: never[]) => unknown>(
  event: { addListener(callback: T): void; removeListener(callback: T): void },
  callback: T,
  signal: AbortSignal,
): void {
  event.addListener(callback);
  signal.addEventListener('abort', () => event.removeListener(callback), { once: true });
}

async function start(): Promise<void> {
  await installDefaults();
  // Sites the user turned the chip on for: registered again to match the (repaired) setting.
  await syncChatSites().catch((error: unknown) => console.error('Echt: chat sites', error));
  await scheduleFeedRefresh();
  await refreshFeeds();
}

export function startBackground(signal: AbortSignal): void {
  listen(
    browser.runtime.onInstalled,
    async (details: Browser.runtime.InstalledDetails) => {
      if (details.reason === 'install') await installedAt.set(Date.now());
      await start();
    },
    signal,
  );
  // Stored settings may have been damaged while the browser was closed: repair, then catch up.
  listen(browser.runtime.onStartup, () => void start(), signal);

  listen(
    browser.alarms.onAlarm,
    async (alarm: Browser.alarms.Alarm) => {
      const handler = alarmHandlers[alarm.name];
      if (handler) await handler();
      else await browser.alarms.clear(alarm.name);
    },
    signal,
  );

  // A click on a notification opens Echt's phrases; the buttons act on the reminder.
  listen(
    browser.notifications.onClicked,
    async (notificationId: string) => {
      await browser.notifications.clear(notificationId);
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html#phrases') });
    },
    signal,
  );
  // Firefox has no notification buttons; there a click still opens the phrases.
  if (browser.notifications.onButtonClicked) {
    listen(
      browser.notifications.onButtonClicked,
      (notificationId: string, button: number) =>
        void (button === 0 ? checkedIn(notificationId, Date.now()) : snooze(notificationId)),
      signal,
    );
  }

  // Whatever changes the plan re-derives the alarm: calendars, rules, the user's addresses.
  for (const setting of [feedSources, reminderRules, selfEmails]) {
    const stop = setting.watch(() => void wakeReminders());
    signal.addEventListener('abort', stop, { once: true });
  }

  watchChatPermissions(signal);
  serveMessages(handlers, signal);
}
