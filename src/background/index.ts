// The service worker's services, wired to the browser's events: entrypoints/background.ts
// runs startBackground. Everything it attaches is removed again when `signal` aborts.
//
//   handlers.ts     every message the worker answers
//   queue.ts        the one queue for changes to reminders, calendars, restore and erase
//   requests.ts     what each message may carry, checked before a handler runs
//   reminders.ts    reminder wake-ups, notifications and their buttons
//   badge.ts        the toolbar badge when a reminder could not be shown
//   chat-sites.ts   what a chat tab's chip needs, and where the chip is registered to run
//   commands.ts     the keyboard command that turns the chip on or off for a site
//   feeds.ts        the calendars' refresh alarm, and removing a calendar
//   backup.ts       restore and "delete everything" for the options page
//   status.ts       what the popup shows about Echt itself
import { type Browser, browser } from 'wxt/browser';
import { addBundledCatalogs } from '../i18n/bundled';
import { openPeopleStore } from '../people';
import { openOptionsPage, serveMessages, TEST_NOTIFICATION } from '../platform';
import { installedAt, selfEmails, welcomedAt } from '../settings';
import { feedSources } from '../settings/feeds';
import { installDefaults } from '../settings/install';
import { reminderRules } from '../settings/reminders';
import { syncChatSites, watchChatPermissions } from './chat-sites';
import { listenToCommands } from './commands';
import { FEEDS_ALARM, refreshFeeds, scheduleFeedRefresh } from './feeds';
import { handlers } from './handlers';
import { checkedIn, REMINDER_ALARM, snooze, wakeReminders } from './reminders';
import { requestChecks } from './requests';

/** Alarm handlers by alarm name. Alarms with no handler were left by an older version. */
const alarmHandlers: Record<string, () => Promise<void>> = {
  [REMINDER_ALARM]: () => wakeReminders(),
  [FEEDS_ALARM]: refreshFeeds,
};

/** The welcome page (entrypoints/welcome), in a tab of its own, the first time only. */
async function welcomeOnce(): Promise<void> {
  if ((await welcomedAt.get()) !== null) return;
  // Noted first: should opening fail, the user is not greeted at some later start instead.
  await welcomedAt.set(Date.now());
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

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
  // The chip's texts and the notifications are worded in either language, whenever asked.
  addBundledCatalogs();
  // Whenever the worker starts, not only on install and browser start: browsers may clear
  // alarms, and a worker stopped mid-wake has work left. The wake-up sets the next alarm.
  void wakeReminders();
  void scheduleFeedRefresh().catch((error: unknown) => console.error('Echt: feeds alarm', error));

  listen(
    browser.runtime.onInstalled,
    async (details: Browser.runtime.InstalledDetails) => {
      if (details.reason === 'install') {
        await installedAt.set(Date.now());
        // Only a new install greets the user; an update, a browser start or a restarted
        // worker never does. First, before the repairs and refreshes: so the page is there
        // at once, and so a start that went through those has decided about it already.
        await welcomeOnce().catch((error: unknown) => console.error('Echt: welcome page', error));
      }
      // Migrates people memory and builds the summary the popup reads, so the first popup
      // after an update need not read every person.
      if (details.reason === 'install' || details.reason === 'update') {
        await openPeopleStore().catch((error: unknown) => console.error('Echt: people memory', error));
      }
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

  // A click on a notification opens Echt's phrases; the buttons act on the reminder. The
  // welcome page's test notification leads to where the user chooses when nudges come.
  listen(
    browser.notifications.onClicked,
    async (notificationId: string) => {
      await browser.notifications.clear(notificationId);
      if (notificationId === TEST_NOTIFICATION) await openOptionsPage('reminders');
      else await browser.tabs.create({ url: browser.runtime.getURL('/popup.html#phrases') });
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
  listenToCommands(signal);
  serveMessages(handlers, requestChecks, signal);
}
