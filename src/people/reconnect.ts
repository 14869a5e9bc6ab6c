// What to gently bring up, computed from people alone with the clock passed in.
import { addDays, addWeeks, differenceInCalendarDays, subDays } from 'date-fns';
import { isoDay, localDay } from './normalize';
import { compareNames } from './search';
import type { AskAbout, Person } from './types';

/** The global interval when the user has not chosen one. */
export const DEFAULT_RECONNECT_WEEKS = 4;

const WEEK_MS = 7 * 24 * 3_600_000;
/** More than clock changes can make a run of weeks shorter than its hours (one hour, in a few places two). */
const CLOCK_CHANGE_MS = 3 * 3_600_000;

export interface ReconnectSuggestion {
  person: Person;
  /** The newest check-in, or when the person was added if there has been none. */
  since: number;
  /** When the interval ran out, ms since epoch; the longest-waiting come first. */
  dueAt: number;
}

/**
 * People not checked in with for their interval (their own, else `defaultWeeks`). The
 * clock starts at the newest logged check-in, so any check-in resets it; people never
 * checked in with count from when they were added.
 */
export function reconnectSuggestions(
  people: readonly Person[],
  now: number,
  defaultWeeks: number = DEFAULT_RECONNECT_WEEKS,
): ReconnectSuggestion[] {
  const suggestions: ReconnectSuggestion[] = [];
  for (const person of people) {
    const weeks = person.reconnectWeeks ?? defaultWeeks;
    if (weeks === 'off' || !(weeks > 0)) continue;
    const since = person.lastCheckIn?.at ?? person.addedAt;
    // Most people are not due: that is clear without calendar arithmetic, which the popup
    // would otherwise do for each of them as it opens.
    if (since + weeks * WEEK_MS - CLOCK_CHANGE_MS > now) continue;
    const dueAt = addWeeks(since, weeks).getTime();
    if (dueAt <= now) suggestions.push({ person, since, dueAt });
  }
  return suggestions.sort((a, b) => a.dueAt - b.dueAt || compareNames(a.person, b.person));
}

export interface AskAboutWindow {
  /** Dated items up to this many days ahead. */
  daysAhead: number;
  /** Dated items that passed up to this many days ago: "how did the surgery go?". */
  daysBehind: number;
}

export const DEFAULT_ASK_ABOUT_WINDOW: AskAboutWindow = { daysAhead: 7, daysBehind: 14 };

export interface DueAskAbout {
  person: Person;
  item: AskAbout;
  /** Calendar days from today: 0 today, 1 tomorrow, -2 the day before yesterday. */
  daysAway: number;
}

/** Open, dated "ask about" items near today, earliest day first. */
export function askAboutDue(
  people: readonly Person[],
  now: number,
  window: AskAboutWindow = DEFAULT_ASK_ABOUT_WINDOW,
): DueAskAbout[] {
  // ISO days sort as text, so the window is two string comparisons; only hits are parsed.
  const first = isoDay(subDays(now, window.daysBehind));
  const last = isoDay(addDays(now, window.daysAhead));
  const daysTo = new Map<string, number>();
  const due: DueAskAbout[] = [];
  for (const person of people) {
    for (const item of person.askAbout) {
      const { date } = item;
      if (item.done || date === undefined || date < first || date > last) continue;
      const daysAway = daysTo.get(date) ?? differenceInCalendarDays(localDay(date), now);
      daysTo.set(date, daysAway);
      due.push({ person, item, daysAway });
    }
  }
  return due.sort((a, b) => a.daysAway - b.daysAway || compareNames(a.person, b.person));
}
