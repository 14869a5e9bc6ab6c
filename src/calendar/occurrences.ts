// The occurrences of a calendar in a window, with the people in them and whether to skip them.

import { type Company, companyOf, Directory, skipReason } from './attendees';
import { type Emit, expandSeries } from './expand';
import type { EventData } from './model';
import { type Found, sortedOccurrences } from './order';
import type { Budget, BudgetCut, Calendar, Occurrence, OccurrenceQuery } from './types';
import { DAY, ianaZone } from './zones';

const DEFAULT_MAX_PEOPLE = 8;

function timeOf(date: Date, name: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError(`${name} is not a valid date`);
  return time;
}

/**
 * Lasts a day or more. Crossing midnight alone does not count: an evening release or a
 * night migration with colleagues is a meeting to check in before.
 */
function lastsDays(start: number, end: number): boolean {
  return end - start >= DAY;
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** After start and end: so equal calendars always give the same list. */
function byTitleAndId(a: Occurrence, b: Occurrence): number {
  return order(a.title, b.title) || order(a.id, b.id);
}

/**
 * Collects the occurrences of one query, with their people and skip reason, and their times
 * as numbers to sort by; within a budget, when given one.
 */
class Collector implements Emit {
  readonly found: Found = { occurrences: [], starts: [], ends: [] };
  readonly #companies = new Map<EventData, Company>();
  readonly #directory: Directory;
  readonly #budget: Budget | null;
  readonly #deadline: number;
  /** Why collecting stopped early; null while within the budget. */
  cut: BudgetCut | null = null;

  constructor(
    self: readonly string[],
    readonly maxPeople: number,
    budget: Budget | null,
  ) {
    this.#directory = new Directory(self);
    this.#budget = budget;
    this.#deadline = budget ? budget.clock() + budget.ms : Number.POSITIVE_INFINITY;
  }

  spent(): boolean {
    if (this.cut === null && this.#budget && this.#budget.clock() >= this.#deadline) this.cut = 'time';
    return this.cut !== null;
  }

  occurrence(event: EventData, id: string, start: number, end: number, allDay: boolean): void {
    if (this.cut !== null) return;
    if (this.#budget && this.found.occurrences.length >= this.#budget.occurrences) {
      this.cut = 'occurrences';
      return;
    }
    const company = this.#companyOf(event);
    const skip = skipReason(event.status, company, allDay, !allDay && lastsDays(start, end), this.maxPeople);
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

function collect(calendar: Calendar, query: OccurrenceQuery, budget: Budget | null): Collector {
  const zone = ianaZone(query.timeZone);
  if (!zone) throw new RangeError(`Unknown time zone: ${query.timeZone}`);
  const window = { from: timeOf(query.from, 'from'), to: timeOf(query.to, 'to'), zone };
  const collector = new Collector(query.self, query.maxPeople ?? DEFAULT_MAX_PEOPLE, budget);

  if (window.from < window.to) {
    for (const series of calendar.series) {
      if (collector.spent()) break;
      try {
        expandSeries(series, window, collector);
      } catch {
        // Rules are tried when the feed is read; one that still fails loses only its own series.
      }
    }
  }
  return collector;
}

/**
 * Every occurrence with `from <= start < to` (all-day ones from midnight in `timeZone`),
 * sorted by start. Floating times are read in `timeZone`; the result does not depend on the
 * machine's own zone. Throws a RangeError for an unknown zone or an invalid date.
 */
export function occurrencesBetween(calendar: Calendar, query: OccurrenceQuery): Occurrence[] {
  return sortedOccurrences(collect(calendar, query, null).found, byTitleAndId);
}

/**
 * The same within a budget of occurrences and time, so no feed's rules can hold up the
 * caller: when either runs out, the occurrences found so far (sorted) and why it stopped.
 */
export function occurrencesWithin(
  calendar: Calendar,
  query: OccurrenceQuery,
  budget: Budget,
): { occurrences: Occurrence[]; cut: BudgetCut | null } {
  const collector = collect(calendar, query, budget);
  return { occurrences: sortedOccurrences(collector.found, byTitleAndId), cut: collector.cut };
}
