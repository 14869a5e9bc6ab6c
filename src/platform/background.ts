// Wires the background's browser events to Echt's modules. Everything it attaches is
// removed again when `signal` aborts.
import { type Browser, browser } from 'wxt/browser';
import type { Handlers } from '../messaging';
import { installDefaults, installedAt } from '../settings';
import { readStatus } from '../status';
import { extensionVersion, serveMessages } from './runtime';

/** Alarm handlers by alarm name. Alarms with no handler were left by an older version. */
export type AlarmHandlers = Record<string, (alarm: Browser.alarms.Alarm) => Promise<void>>;

const handlers: Handlers = {
  getStatus: () => readStatus(new Date(), extensionVersion()),
};

const alarmHandlers: AlarmHandlers = {};

function listen<T extends (...args: never[]) => unknown>(
  event: { addListener(callback: T): void; removeListener(callback: T): void },
  callback: T,
  signal: AbortSignal,
): void {
  event.addListener(callback);
  signal.addEventListener('abort', () => event.removeListener(callback), { once: true });
}

export function startBackground(signal: AbortSignal): void {
  listen(
    browser.runtime.onInstalled,
    async (details: Browser.runtime.InstalledDetails) => {
      await installDefaults();
      if (details.reason === 'install') await installedAt.set(Date.now());
    },
    signal,
  );
  // Stored settings may have been damaged while the browser was closed: repair them.
  listen(browser.runtime.onStartup, () => void installDefaults(), signal);

  listen(
    browser.alarms.onAlarm,
    async (alarm: Browser.alarms.Alarm) => {
      const handler = alarmHandlers[alarm.name];
      if (handler) await handler(alarm);
      else await browser.alarms.clear(alarm.name);
    },
    signal,
  );

  // A click on any of Echt's notifications opens Echt, where the user can act on it.
  listen(
    browser.notifications.onClicked,
    async (notificationId: string) => {
      await browser.notifications.clear(notificationId);
      await browser.runtime.openOptionsPage();
    },
    signal,
  );

  serveMessages(handlers, signal);
}
