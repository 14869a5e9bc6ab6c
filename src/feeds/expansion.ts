// The meetings of each calendar in the coming weeks, worked out once per copy and kept beside
// it (store.ts), so a wake-up or an open popup reads them instead of parsing and expanding the
// feed again. Each calendar is expanded within a budget of occurrences and time: no feed's
// rules can hold up the worker, and one that runs out gets a warning in its status.
import { type BudgetCut, type Occurrence, occurrencesWithin, parseCalendar } from '../calendar';
import { type FeedSource, feedSources } from '../settings/feeds';
import { FEED_BUDGET } from './budget';
import type { FeedWarning } from './refresh';
import { readCopy, readExpansion, writeExpansion } from './store';
import { noteWarning } from './sync';

export interface MeetingQuery {
  from: Date;
  to: Date;
  /** The user's addresses. */
  self: string[];
  timeZone: string;
  maxPeople: number;
}

const DAY = 86_400_000;
/** An expansion reaches this far past the start of the window asked for: made about once a week. */
const REACH_MS = 17 * DAY;

interface Expansion {
  from: number;
  to: number;
  /** What the occurrences depend on besides the copy: who the user is, their zone, the size limit. */
  key: string;
  occurrences: Occurrence[];
  cut: BudgetCut | null;
}

const WARNINGS: Record<BudgetCut, FeedWarning> = { occurrences: 'too-many-events', time: 'too-slow' };

function keyOf(query: MeetingQuery): string {
  return JSON.stringify([query.timeZone, [...query.self].sort(), query.maxPeople]);
}

function usable(value: unknown, query: MeetingQuery): value is Expansion {
  if (typeof value !== 'object' || value === null) return false;
  const expansion = value as Partial<Expansion>;
  return (
    expansion.key === keyOf(query) &&
    typeof expansion.from === 'number' &&
    typeof expansion.to === 'number' &&
    expansion.from <= query.from.getTime() &&
    expansion.to >= query.to.getTime() &&
    Array.isArray(expansion.occurrences)
  );
}

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
  return { from, to, key: keyOf(query), occurrences, cut };
}

/**
 * The occurrences starting in [from, to) of every enabled calendar, with its source. An
 * expansion is reused while it covers the window; otherwise it is made again and stored.
 * Throws when the calendars' storage cannot be read.
 */
export async function storedMeetings(
  query: MeetingQuery,
  clock: () => number,
): Promise<{ source: FeedSource; occurrences: Occurrence[] }[]> {
  const result: { source: FeedSource; occurrences: Occurrence[] }[] = [];
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
    const from = query.from.getTime();
    const to = query.to.getTime();
    const occurrences = expansion.occurrences.filter(({ start }) => start.getTime() >= from && start.getTime() < to);
    result.push({ source, occurrences });
  }
  return result;
}
