// The meetings of the next hours as the popup and the options page show them, and where a
// page can read them itself: the worker keeps each calendar's meetings of the coming weeks
// beside its copy (expansion.ts, store.ts), so a page that finds a usable expansion for every
// enabled calendar reads them from there and need not wait for the worker (which may have to
// start) to answer `upcomingMeetings`. The expansion goes with its copy: a new copy of a
// feed, a removed feed and "delete everything" take it away in the same transaction, so a page
// never shows a meeting the calendar no longer has; without one it asks the worker. No parser
// here (ical.js stays in the worker's code): a page imports this file, never expansion.ts.
import type { BudgetCut, Occurrence } from '../calendar';
import type { UpcomingMeeting } from '../messaging';
import { isDismissed, type ReminderState, seriesKeyOf } from '../reminders';
import type { FeedSource } from '../settings/feeds';
import { peekExpansions } from './store';

export interface MeetingQuery {
  from: Date;
  to: Date;
  /** The user's addresses. */
  self: string[];
  timeZone: string;
  maxPeople: number;
}

export interface Expansion {
  from: number;
  to: number;
  /** What the occurrences depend on besides the copy: who the user is, their zone, the size limit. */
  key: string;
  occurrences: Occurrence[];
  cut: BudgetCut | null;
}

/** The occurrences of one enabled calendar in a window, with the calendar. */
export interface CalendarMeetings {
  source: FeedSource;
  occurrences: Occurrence[];
}

export function expansionKey(query: MeetingQuery): string {
  return JSON.stringify([query.timeZone, [...query.self].sort(), query.maxPeople]);
}

/** Whether a stored expansion was made for this query's user, zone and size limit, and covers its window. */
export function usable(value: unknown, query: MeetingQuery): value is Expansion {
  if (typeof value !== 'object' || value === null) return false;
  const expansion = value as Partial<Expansion>;
  return (
    expansion.key === expansionKey(query) &&
    typeof expansion.from === 'number' &&
    typeof expansion.to === 'number' &&
    expansion.from <= query.from.getTime() &&
    expansion.to >= query.to.getTime() &&
    Array.isArray(expansion.occurrences)
  );
}

/** The expansion's occurrences starting in [from, to). */
export function startingWithin(expansion: Expansion, query: MeetingQuery): Occurrence[] {
  const from = query.from.getTime();
  const to = query.to.getTime();
  return expansion.occurrences.filter(({ start }) => start.getTime() >= from && start.getTime() < to);
}

/**
 * The occurrences starting in [from, to) of every enabled calendar of `sources`, read from the
 * stored expansions without the worker; undefined when a calendar with a copy has none that
 * fits (not worked out yet, made for other settings, or not reaching far enough): then the
 * worker works it out. A calendar without a copy has no meetings, as for the worker.
 */
export async function keptMeetings(
  query: MeetingQuery | Promise<MeetingQuery>,
  sources: readonly FeedSource[],
): Promise<CalendarMeetings[] | undefined> {
  const enabled = sources.filter((source) => source.enabled);
  // The query may still be on its way (the user's addresses are a read of their own): both at once.
  const [stored, asked] = await Promise.all([peekExpansions(enabled.map((source) => source.id)), query]);
  const result: CalendarMeetings[] = [];
  for (const [index, source] of enabled.entries()) {
    const { copy, expansion } = stored[index] ?? { copy: false, expansion: undefined };
    if (!copy) continue;
    if (!usable(expansion, asked)) return undefined;
    result.push({ source, occurrences: startingWithin(expansion, asked) });
  }
  return result;
}

function nudgeOf(state: ReminderState, occurrence: Occurrence): UpcomingMeeting['nudge'] {
  if (Object.hasOwn(state.dismissedSeries, seriesKeyOf(occurrence))) return 'series';
  return isDismissed(state, { meetingId: occurrence.id, seriesKey: seriesKeyOf(occurrence) }) ? 'meeting' : 'on';
}

/** The calendars' meetings as `upcomingMeetings` answers: one list, by start, each with its calendar's colour. */
export function upcomingOf(calendars: readonly CalendarMeetings[], state: ReminderState): UpcomingMeeting[] {
  return calendars
    .flatMap(({ source, occurrences }) => occurrences.map((occurrence) => ({ occurrence, color: source.color })))
    .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime())
    .map(({ occurrence, color }) => ({
      id: occurrence.id,
      title: occurrence.title,
      start: occurrence.start.getTime(),
      end: occurrence.end.getTime(),
      people: [...occurrence.others],
      skip: occurrence.skip,
      color,
      seriesId: occurrence.seriesId,
      nudge: nudgeOf(state, occurrence),
    }));
}
