// Wires the background's browser events to Echt's modules. Everything it attaches is
// removed again when `signal` aborts.
import { type Browser, browser } from 'wxt/browser';
import { parseCalendar } from '../calendar';
import { addFeed, importCalendarFile, type SyncDeps, syncAll } from '../feeds/sync';
import type { Handlers } from '../messaging';
import { installedAt, selfEmails } from '../settings';
import { feedSources } from '../settings/feeds';
import { installDefaults } from '../settings/install';
import { reminderRules } from '../settings/reminders';
import { readStatus } from '../status';
import { chatHandlers, syncChatSites, watchChatPermissions } from './chat-sites';
import { checkedIn, REMINDER_ALARM, setMeetingNudge, snooze, upcomingMeetings, wakeReminders } from './reminders';
import { extensionVersion, serveMessages } from './runtime';

const FEEDS_ALARM = 'echt.feeds';
const FEEDS_EVERY_MINUTES = 30;

function syncDeps(): SyncDeps {
  return {
    now: new Date(),
    fetch: (input, init) => fetch(input, init),
    validate: (text) => void parseCalendar(text),
  };
}

async function refreshFeeds(): Promise<void> {
  await syncAll(syncDeps());
  await wakeReminders();
}

const handlers: Handlers = {
  getStatus: () => readStatus(new Date(), extensionVersion()),
  addFeed: async ({ url, name }) => {
    const { status } = await addFeed(url, name, syncDeps());
    await wakeReminders();
    return status;
  },
  importCalendar: async ({ name, text }) => {
    try {
      await importCalendarFile(name, text, syncDeps());
    } catch {
      return false;
    }
    await wakeReminders();
    return true;
  },
  syncFeeds: async () => {
    await refreshFeeds();
    return null;
  },
  upcomingMeetings: ({ hours }) => upcomingMeetings(hours),
  setMeetingNudge: async (request) => {
    await setMeetingNudge(request);
    return null;
  },
  ...chatHandlers,
};

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
  await browser.alarms.create(FEEDS_ALARM, {
    periodInMinutes: FEEDS_EVERY_MINUTES,
    delayInMinutes: FEEDS_EVERY_MINUTES,
  });
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
