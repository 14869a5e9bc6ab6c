// The meetings of each calendar in the coming weeks, worked out once per copy and kept beside
// it (store.ts), so a wake-up or an open popup reads them instead of parsing and expanding the
// feed again. Each calendar is expanded within a budget of occurrences and time: no feed's
// rules can hold up the worker, and one that runs out gets a warning in its status.
import { type BudgetCut, occurrencesWithin, parseCalendar } from '../calendar';
import { feedSources } from '../settings/feeds';
import { FEED_BUDGET } from './budget';
import type { FeedWarning } from './refresh';
import { readCopy, readExpansion, writeExpansion } from './store';
import { noteWarning } from './sync';
import {
  type CalendarMeetings,
  type Expansion,
  expansionKey,
  type MeetingQuery,
  startingWithin,
  usable,
} from './upcoming';

export type { MeetingQuery } from './upcoming';

const DAY = 86_400_000;
/** An expansion reaches this far past the start of the window asked for: made about once a week. */
const REACH_MS = 17 * DAY;

const WARNINGS: Record<BudgetCut, FeedWarning> = { occurrences: 'too-many-events', time: 'too-slow' };

/** Reads the copy and works out its occurrences within the budget; null when there is no copy. */
async function expand(sourceId: string, query: MeetingQuery, clock: () => number): Promise<Expansion | null> {
  const copy = await readCopy(sourceId);
  if (!copy) return null;
  const from = query.from.getTime();
  const to = Math.max(query.to.getTime(), from + REACH_MS);
  const budget = { ...FEED_BUDGET, clock };
  const calendar = parseCalendar(copy.text, budget);
  const { occurrences, cut } = occurrencesWithin(
    calendar,
    { ...query, from: new Date(from), to: new Date(to) },
    budget,
  );
  return { from, to, key: expansionKey(query), occurrences, cut };
}

/**
 * The occurrences starting in [from, to) of every enabled calendar, with its source. An
 * expansion is reused while it covers the window; otherwise it is made again and stored.
 * Throws when the calendars' storage cannot be read.
 */
export async function storedMeetings(query: MeetingQuery, clock: () => number): Promise<CalendarMeetings[]> {
  const result: CalendarMeetings[] = [];
  for (const source of await feedSources.get()) {
    if (!source.enabled) continue;
    const stored = await readExpansion(source.id);
    let expansion = usable(stored, query) ? stored : null;
    if (!expansion) {
      try {
        expansion = await expand(source.id, query, clock);
      } catch {
        continue; // A stored copy was checked when fetched; one that no longer reads is skipped.
      }
      if (!expansion) continue;
      await writeExpansion(source.id, expansion);
      await noteWarning(source.id, expansion.cut && WARNINGS[expansion.cut]);
    }
    result.push({ source, occurrences: startingWithin(expansion, query) });
  }
  return result;
}
