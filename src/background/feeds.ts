// The calendars kept fresh from the worker: the half-hourly refresh alarm, and the clock,
// network, calendar check and queue that src/feeds/sync.ts is given. After a refresh the
// reminders are planned again, so a moved meeting moves its nudge.
import { browser } from 'wxt/browser';
import { parseCalendar } from '../calendar';
import { FEED_BUDGET, removeSource, type SyncDeps, syncAll } from '../feeds';
import { inOrder } from './queue';
import { wakeReminders } from './reminders';

export const FEEDS_ALARM = 'echt.feeds';
const FEEDS_EVERY_MINUTES = 30;

/** The real clock, network and calendar parser; what a refresh found is written in the worker's queue. */
export function syncDeps(): SyncDeps {
  return {
    now: new Date(),
    fetch: (input, init) => fetch(input, init),
    validate: (text) => void parseCalendar(text, { ms: FEED_BUDGET.ms, clock: () => performance.now() }),
    serially: inOrder,
  };
}

/** Removes a calendar with all Echt kept of it, in the queue a refresh under way writes in. */
export async function removeFeed(id: string): Promise<void> {
  await inOrder(() => removeSource(id));
  await wakeReminders();
}

/** Refreshes every enabled feed, then lets the reminders see what changed. */
export async function refreshFeeds(): Promise<void> {
  await syncAll(syncDeps());
  await wakeReminders();
}

/**
 * Sets the refresh alarm when it is missing (browsers may clear alarms); one that is set is
 * left alone, so a worker that starts often does not push the next refresh back each time.
 */
export async function scheduleFeedRefresh(): Promise<void> {
  if (await browser.alarms.get(FEEDS_ALARM)) return;
  await browser.alarms.create(FEEDS_ALARM, {
    periodInMinutes: FEEDS_EVERY_MINUTES,
    delayInMinutes: FEEDS_EVERY_MINUTES,
  });
}
