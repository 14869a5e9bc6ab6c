// The calendars kept fresh from the worker: the half-hourly refresh alarm, and the clock,
// network and calendar check that src/feeds/sync.ts is given. After a refresh the
// reminders are planned again, so a moved meeting moves its nudge.
import { browser } from 'wxt/browser';
import { parseCalendar } from '../calendar';
import { type SyncDeps, syncAll } from '../feeds';
import { wakeReminders } from './reminders';

export const FEEDS_ALARM = 'echt.feeds';
const FEEDS_EVERY_MINUTES = 30;

/** The real clock, network and calendar parser. */
export function syncDeps(): SyncDeps {
  return {
    now: new Date(),
    fetch: (input, init) => fetch(input, init),
    validate: (text) => void parseCalendar(text),
  };
}

/** Refreshes every enabled feed, then lets the reminders see what changed. */
export async function refreshFeeds(): Promise<void> {
  await syncAll(syncDeps());
  await wakeReminders();
}

/** Sets the refresh alarm; setting it again replaces it, so there is only ever one. */
export async function scheduleFeedRefresh(): Promise<void> {
  await browser.alarms.create(FEEDS_ALARM, {
    periodInMinutes: FEEDS_EVERY_MINUTES,
    delayInMinutes: FEEDS_EVERY_MINUTES,
  });
}
