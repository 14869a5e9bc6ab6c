// A series -> its occurrences starting inside a window. Instances are matched to EXDATEs and
// overrides by the instant they name, whatever zone each was written in. Overrides are placed
// by their own start, so one moved into the window from anywhere appears, and the series is
// only walked up to the window's end: linear in the number of instances and exceptions.
import type { EventData, Series, WallTime } from './model';
import { untilWall, walkRule } from './rule-walk';
import { DAY, toInstant, toWallClock, type Zone } from './zones';

export interface Window {
  readonly from: number;
  readonly to: number;
  /** The user's zone: floating times and dates are read in it. */
  readonly zone: Zone;
}

/**
 * Receives each occurrence in the window: the event it shows (the override for its instance,
 * or the event itself), its id, its start and end (ms), and whether it is all day.
 */
export type Emit = (event: EventData, id: string, start: number, end: number, allDay: boolean) => void;

// No zone is more than a day from UTC: wall times this far outside the window are outside it.
const MARGIN = 2 * DAY;

const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'));

function pad(value: number): string {
  return TWO_DIGITS[value] ?? String(value);
}

/** "20250310T080000Z": the UTC time in the basic format of iCalendar. */
function basic(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** Instances taken out of a series (EXDATE, or replaced by an override), by what they name. */
class InstanceSet {
  // Most series take nothing out: the sets are made on first use.
  #instants: Set<number> | null = null;
  #days: Set<number> | null = null;

  addInstant(instant: number): void {
    this.#instants ??= new Set();
    this.#instants.add(instant);
  }

  addDay(wall: number): void {
    this.#days ??= new Set();
    this.#days.add(wall);
  }

  has(time: WallTime, instant: number): boolean {
    if (time.date) return this.#days?.has(time.wall) ?? false;
    if (this.#instants?.has(instant)) return true;
    return this.#days?.has(Math.floor(time.wall / DAY) * DAY) ?? false;
  }
}

/** Reads the wall times of one series in the user's zone; times without a zone follow the series. */
class Placement {
  readonly #seriesZone: Zone | null;

  constructor(
    readonly window: Window,
    master: EventData | null,
  ) {
    this.#seriesZone = master?.start.zone ?? null;
  }

  zoneOf(time: WallTime): Zone {
    if (time.date) return this.window.zone;
    return time.zone ?? this.#seriesZone ?? this.window.zone;
  }

  instant(time: WallTime): number {
    return toInstant(time.wall, this.zoneOf(time));
  }

  add(set: InstanceSet, time: WallTime): void {
    if (time.date) set.addDay(time.wall);
    else set.addInstant(this.instant(time));
  }

  /** The instance part of an id: stable across re-reads, and the same once an instance is overridden. */
  token(time: WallTime, instant: number): string {
    if (time.date) return basic(time.wall).slice(0, 8);
    if (time.zone === null && this.#seriesZone === null) return basic(time.wall).slice(0, 15);
    return basic(instant);
  }

  inWindow(start: number): boolean {
    return start >= this.window.from && start < this.window.to;
  }

  /** A function giving the end of an occurrence of `event` from its start. */
  ends(event: EventData): (wall: number, start: number) => number {
    const { length } = event;
    if (event.start.date) {
      let days = 1;
      if (length.kind === 'end') days = Math.ceil((length.end.wall - event.start.wall) / DAY);
      if (length.kind === 'duration') days = length.days + Math.ceil(length.ms / DAY);
      const span = Math.max(days, 1) * DAY;
      const zone = this.window.zone;
      return (wall) => toInstant(wall + span, zone);
    }
    if (length.kind === 'end') {
      const exact = Math.max(this.instant(length.end) - this.instant(event.start), 0);
      return (_wall, start) => start + exact;
    }
    if (length.kind === 'duration') {
      const zone = this.zoneOf(event.start);
      const { days, ms } = length;
      return (wall, start) => Math.max(start, (days === 0 ? start : toInstant(wall + days * DAY, zone)) + ms);
    }
    return (_wall, start) => start;
  }
}

function emitOverride(event: EventData, recurrenceId: WallTime, place: Placement, emit: Emit): void {
  const start = place.instant(event.start);
  if (!place.inWindow(start)) return;
  const end = place.ends(event)(event.start.wall, start);
  const id = `${event.uid}@${place.token(recurrenceId, place.instant(recurrenceId))}`;
  emit(event, id, start, end, event.start.date);
}

/** The master's own instances: RRULE and RDATE, less EXDATE and those an override replaces. */
function emitMaster(master: EventData, replaced: InstanceSet, place: Placement, emit: Emit): void {
  const recurrence = master.recurrence;
  const ends = place.ends(master);
  if (!recurrence) {
    const start = place.instant(master.start);
    if (place.inWindow(start) && !replaced.has(master.start, start)) {
      emit(master, master.uid, start, ends(master.start.wall, start), master.start.date);
    }
    return;
  }
  const { from, to } = place.window;
  const isDate = master.start.date;
  for (const time of recurrence.excluded) place.add(replaced, time);
  const seen = recurrence.extraDates.length > 0 ? new InstanceSet() : null;

  const visit = (time: WallTime, end: WallTime | null) => {
    const start = place.instant(time);
    if (!place.inWindow(start) || replaced.has(time, start) || seen?.has(time, start)) return;
    if (seen) place.add(seen, time);
    const finish = end ? Math.max(start, place.instant(end)) : ends(time.wall, start);
    emit(master, `${master.uid}@${place.token(time, start)}`, start, finish, isDate);
  };

  if (recurrence.rule) {
    const zone = place.zoneOf(master.start);
    const until = untilWall(recurrence.rule, isDate, (utc) => toWallClock(utc, zone));
    walkRule(recurrence.rule, master.start, until, from - MARGIN, (wall) => {
      if (wall - MARGIN >= to) return false;
      if (wall + MARGIN >= from) visit({ wall, date: isDate, zone: master.start.zone }, null);
      return true;
    });
  } else {
    visit(master.start, null);
  }
  for (const extra of recurrence.extraDates) visit(extra.start, extra.end);
}

/** Calls `emit` for every occurrence of the series that starts inside the window. */
export function expandSeries(series: Series, window: Window, emit: Emit): void {
  const place = new Placement(window, series.master);
  const replaced = new InstanceSet();
  for (const override of series.overrides) {
    if (override.recurrenceId === null) continue;
    place.add(replaced, override.recurrenceId);
    emitOverride(override, override.recurrenceId, place, emit);
  }
  if (series.master) emitMaster(series.master, replaced, place, emit);
}
