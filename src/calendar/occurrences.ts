// The occurrences of a calendar in a window, with the people in them and whether to skip them.

import { type Company, companyOf, Directory, skipReason } from './attendees';
import { type Emit, expandSeries } from './expand';
import type { EventData } from './model';
import { type Found, sortedOccurrences } from './order';
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

/** After start and end: so equal calendars always give the same list. */
function byTitleAndId(a: Occurrence, b: Occurrence): number {
  return order(a.title, b.title) || order(a.id, b.id);
}

/** Collects the occurrences of one query, with their people and skip reason, and their times as numbers to sort by. */
class Collector implements Emit {
  readonly found: Found = { occurrences: [], starts: [], ends: [] };
  readonly #companies = new Map<EventData, Company>();
  readonly #directory: Directory;

  constructor(
    readonly zone: Zone,
    self: readonly string[],
    readonly maxPeople: number,
  ) {
    this.#directory = new Directory(self);
  }

  occurrence(event: EventData, id: string, start: number, end: number, allDay: boolean): void {
    const company = this.#companyOf(event);
    const skip = skipReason(event.status, company, allDay, !allDay && spansDays(start, end, this.zone), this.maxPeople);
    const startDate = new Date(start);
    const endDate = new Date(end);
    this.found.occurrences.push({
      id,
      seriesId: event.uid,
      title: event.title,
      start: startDate,
      end: endDate,
      allDay,
      status: event.status,
      selfResponse: company.selfResponse,
      others: company.others,
      skip,
    });
    this.found.starts.push(startDate.getTime());
    this.found.ends.push(endDate.getTime());
  }

  #companyOf(event: EventData): Company {
    let company = this.#companies.get(event);
    if (!company) {
      company = companyOf(event.organizer, event.attendees, this.#directory);
      this.#companies.set(event, company);
    }
    return company;
  }
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
  const collector = new Collector(zone, query.self, query.maxPeople ?? DEFAULT_MAX_PEOPLE);

  if (window.from < window.to) {
    for (const series of calendar.series) {
      try {
        expandSeries(series, window, collector);
      } catch {
        // Rules are tried when the feed is read; one that still fails loses only its own series.
      }
    }
  }
  return sortedOccurrences(collector.found, byTitleAndId);
}
