// Feed text or bytes -> Calendar: every readable VEVENT, grouped by UID, and what was skipped.

import { CALENDAR_WARNINGS } from './errors';
import { componentsOf, firstProperty, textOf } from './jcal';
import type { EventData, Series, WallTime } from './model';
import { readEvent, UnreadableEvent } from './read-event';
import { readCalendars } from './source';
import { assertCalendarText, toCalendarText } from './text';
import type { Calendar } from './types';
import { ZoneResolver } from './tzid';

// A feed broken in a thousand places says so in a few lines, not a thousand.
const MAX_WARNINGS = 20;

/** The later version of an event: higher SEQUENCE, or the later one in the feed. */
function newer(known: EventData | null | undefined, event: EventData): EventData {
  return known && known.sequence > event.sequence ? known : event;
}

function instanceKey(time: WallTime): string {
  return `${time.date ? 'd' : 't'}${time.wall}@${time.zone?.name ?? ''}`;
}

/** Groups events by UID in one pass, so relating overrides to their series stays linear. */
class SeriesIndex {
  // Most UIDs are single events: their overrides are made on first use.
  readonly #byUid = new Map<string, { master: EventData | null; overrides: Map<string, EventData> | null }>();

  add(event: EventData): void {
    let entry = this.#byUid.get(event.uid);
    if (!entry) {
      entry = { master: null, overrides: null };
      this.#byUid.set(event.uid, entry);
    }
    if (event.recurrenceId) {
      const key = instanceKey(event.recurrenceId);
      entry.overrides ??= new Map();
      entry.overrides.set(key, newer(entry.overrides.get(key), event));
    } else {
      entry.master = newer(entry.master, event);
    }
  }

  series(): Series[] {
    return [...this.#byUid].map(([uid, { master, overrides }]) => ({
      uid,
      master,
      overrides: overrides ? [...overrides.values()] : [],
    }));
  }
}

function summarise(warnings: readonly string[]): string[] {
  const unique = [...new Set(warnings)];
  if (unique.length <= MAX_WARNINGS) return unique;
  const shown = unique.slice(0, MAX_WARNINGS - 1);
  return [...shown, CALENDAR_WARNINGS.more(unique.length - shown.length)];
}

/**
 * Reads a calendar feed, given as bytes (UTF-8) or text. Throws a CalendarError when the
 * input is not a calendar at all; otherwise keeps every event it can read and lists what
 * it skipped in `warnings`.
 */
export function parseCalendar(input: string | Uint8Array): Calendar {
  const text = toCalendarText(input);
  assertCalendarText(text);
  const { calendars, warnings } = readCalendars(text);
  const index = new SeriesIndex();
  let name: string | null = null;

  for (const calendar of calendars) {
    name ??= textOf(firstProperty(calendar, 'x-wr-calname')) || null;
    const zones = new ZoneResolver(calendar, (tzid) => warnings.push(CALENDAR_WARNINGS.unknownZone(tzid)));
    for (const event of componentsOf(calendar, 'vevent')) {
      try {
        index.add(readEvent(event, zones));
      } catch (error) {
        const unreadable = error instanceof UnreadableEvent ? error : new UnreadableEvent('', 'event');
        warnings.push(CALENDAR_WARNINGS.skippedEvent(unreadable.title, unreadable.part));
      }
    }
  }
  return { name, warnings: summarise(warnings), series: index.series() };
}
