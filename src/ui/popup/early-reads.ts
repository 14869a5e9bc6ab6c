// What the popup's Today reads first, asked by its first script (entrypoints/popup-frame.ts)
// as the page is parsed, some 40 ms before the module has loaded and could ask itself
// (src/platform/early.ts): people memory's overview, the calendars and the user's addresses
// (private settings), each calendar's stored meetings, and the reminder rules and state and
// the language (storage.local, in one call through the browser's own API). The stores take
// these answers once and check them as their own.
import { askExpansionsEarly } from '../../feeds/early';
import { askOverviewEarly } from '../../people/early';
import { askLocalEarly, askPrivateEarly } from '../../settings/early';

/**
 * The private records Today reads: the calendars and how each last refreshed (settings/feeds.ts)
 * and the user's addresses (settings/index.ts).
 */
export const TODAY_PRIVATE_RECORDS = ['feeds.sources', 'settings.selfEmails', 'feeds.status'] as const;

/** The settings in storage.local Today reads: the reminder rules and state (settings/reminders.ts) and the language. */
export const TODAY_LOCAL_SETTINGS = ['settings.reminders', 'state.reminders', 'settings.language'] as const;

/** Asks for Today's records now. Never throws: a read that fails is read again by its store. */
export function askTodayEarly(now: number): void {
  try {
    askOverviewEarly(now);
    askPrivateEarly(TODAY_PRIVATE_RECORDS);
    askExpansionsEarly();
  } catch {
    // No IndexedDB here: the module's stores read, and report, as before.
  }
  askLocalEarly(TODAY_LOCAL_SETTINGS);
}
