// The popup's people read, asked by its first script before the module has loaded
// (src/platform/early.ts): the records `loadOverview` reads (the schema version, the summary
// and this week's count of check-ins), raw, in one read-only transaction. The overview takes
// them once and checks them as the store checks its own: a store at another schema version,
// a summary that is missing or not whole, or another week, and it reads for itself.
import { addWeeks, type Day, startOfWeek } from 'date-fns';
import { askEarly, readEarly, takeEarly } from '../platform/early';
import { checkInTimeRange, DATABASE, SCHEMA_VERSION, SUMMARY_KEY, VERSION_KEY } from './schema';
import { readSummary } from './summary';
import type { Person } from './types';

const NAME = 'people.overview';

interface Asked {
  weekStart: number;
  version: unknown;
  summary: unknown;
  count: unknown;
}

/** "This week" for the overview: from its first day (Monday unless told), local time, in ms. */
export function thisWeek(now: number, weekStartsOn: Day = 1): { weekStart: number; weekEnd: number } {
  const start = startOfWeek(now, { weekStartsOn });
  return { weekStart: start.getTime(), weekEnd: addWeeks(start, 1).getTime() };
}

/** Asks for the records of `loadOverview(now)`, with its default week. */
export function askOverviewEarly(now: number): void {
  const { weekStart, weekEnd } = thisWeek(now);
  askEarly(NAME, () =>
    readEarly(DATABASE.name, DATABASE.store, (store, ask) =>
      Promise.all([
        ask(store.get(VERSION_KEY)),
        ask(store.get(SUMMARY_KEY)),
        ask(store.count(checkInTimeRange(weekStart, weekEnd))),
      ]).then(([version, summary, count]): Asked => ({ weekStart, version, summary, count })),
    ),
  );
}

export interface EarlyOverview {
  people: Person[];
  repaired: number;
  skipped: number;
  checkInsThisWeek: number;
}

/** What was asked early, if it was and it fits the week starting at `weekStart`; else undefined. */
export async function takeOverviewEarly(weekStart: number): Promise<EarlyOverview | undefined> {
  const answer = takeEarly(NAME);
  if (!answer) return undefined;
  try {
    const { weekStart: asked, version, summary, count } = (await answer) as Asked;
    const read = readSummary(summary);
    if (asked !== weekStart || version !== SCHEMA_VERSION || !read) return undefined;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return undefined;
    return { people: [...read.people], repaired: read.repaired, skipped: read.skipped, checkInsThisWeek: count };
  } catch {
    return undefined;
  }
}
