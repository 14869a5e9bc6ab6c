// The occurrences of a calendar in a window, with the people in them and whether to skip them.
import { type Emit, expandSeries } from './expand';
import type { EventData } from './model';
import { type Company, companyOf, Directory, skipReason } from './people';
import type { Calendar, Occurrence, OccurrenceQuery } from './types';
import { DAY, ianaZone, toWallClock, type Zone } from './zones';

const DEFAULT_MAX_PEOPLE = 8;

function timeOf(date: Date, name: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError(`${name} is not a valid date`);
  return time;
}

/** Ends on a later day than it starts, in the user's zone (an end at midnight is the same day). */
function spansDays(start: number, end: number, zone: Zone): boolean {
  if (end <= start) return false;
  return Math.floor(toWallClock(end - 1, zone) / DAY) > Math.floor(toWallClock(start, zone) / DAY);
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By start, then end, title and id, so equal calendars always give the same list. */
function compare(a: Occurrence, b: Occurrence): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime() ||
    order(a.title, b.title) ||
    order(a.id, b.id)
  );
}

/**
 * Every occurrence with `from <= start < to` (all-day ones from midnight in `timeZone`),
 * sorted by start. Floating times are read in `timeZone`; the result does not depend on the
 * machine's own zone. Throws a RangeError for an unknown zone or an invalid date.
 */
export function occurrencesBetween(calendar: Calendar, query: OccurrenceQuery): Occurrence[] {
  const zone = ianaZone(query.timeZone);
  if (!zone) throw new RangeError(`Unknown time zone: ${query.timeZone}`);
  const window = { from: timeOf(query.from, 'from'), to: timeOf(query.to, 'to'), zone };
  const directory = new Directory(query.self);
  const maxPeople = query.maxPeople ?? DEFAULT_MAX_PEOPLE;
  const companies = new Map<EventData, Company>();
  const occurrences: Occurrence[] = [];

  const add: Emit = (event, id, start, end, allDay) => {
    let company = companies.get(event);
    if (!company) {
      company = companyOf(event.organizer, event.attendees, directory);
      companies.set(event, company);
    }
    const skip = skipReason(event.status, company, allDay, !allDay && spansDays(start, end, zone), maxPeople);
    occurrences.push({
      id,
      seriesId: event.uid,
      title: event.title,
      start: new Date(start),
      end: new Date(end),
      allDay,
      status: event.status,
      selfResponse: company.selfResponse,
      others: company.others,
      skip,
    });
  };

  if (window.from < window.to) {
    for (const series of calendar.series) {
      try {
        expandSeries(series, window, add);
      } catch {
        // Rules are tried when the feed is read; one that still fails loses only its own series.
      }
    }
  }
  return occurrences.sort(compare);
}
