// A series -> its occurrences starting inside a window. Instances are matched to EXDATEs and
// overrides by the instant they name, whatever zone each was written in. Overrides are placed
// by their own start, so one moved into the window from anywhere appears, and the series is
// only walked up to the window's end: linear in the number of instances and exceptions.
import type ICAL from 'ical.js';
import type { EventData, Series, WallTime } from './model';
import { instanceWalls, untilWall } from './rule-walk';
import { DAY, toInstant, toWallClock, type Zone } from './zones';

export interface Window {
  readonly from: number;
  readonly to: number;
  /** The user's zone: floating times and dates are read in it. */
  readonly zone: Zone;
}

/** Receives each occurrence in the window. */
export interface Emit {
  /**
   * `event` is the one the occurrence shows (the override for its instance, or the event
   * itself); `start` and `end` are instants (ms).
   */
  occurrence(event: EventData, id: string, start: number, end: number, allDay: boolean): void;
  /** Whether the caller's budget is used up: a long walk through a rule stops early when it is. */
  spent(): boolean;
}

// No zone is more than a day from UTC: wall times this far outside the window are outside it.
const MARGIN = 2 * DAY;

const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'));

function pad(value: number): string {
  return TWO_DIGITS[value] ?? String(value);
}

// Read for the id of every instance: one Date set to each instant, rather than one made per id.
const fields = new Date(0);

/** The character code of the decimal digit of `value` at `place` (1, 10, 100...). */
function digitAt(value: number, place: number): number {
  return 48 + (Math.floor(value / place) % 10);
}

/**
 * "20250310T080000Z": the UTC time in the basic format of iCalendar. Made for every instance
 * in the window, so built as one string rather than from a dozen pieces.
 */
function basic(ms: number): string {
  fields.setTime(ms);
  const year = fields.getUTCFullYear();
  const month = fields.getUTCMonth() + 1;
  const day = fields.getUTCDate();
  const hour = fields.getUTCHours();
  const minute = fields.getUTCMinutes();
  const second = fields.getUTCSeconds();
  if (year < 1000 || year > 9999) return `${year}${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}${pad(second)}Z`;
  // biome-ignore format: one group of digits per line
  return String.fromCharCode(
    digitAt(year, 1000), digitAt(year, 100), digitAt(year, 10), digitAt(year, 1),
    digitAt(month, 10), digitAt(month, 1),
    digitAt(day, 10), digitAt(day, 1),
    0x54, // T
    digitAt(hour, 10), digitAt(hour, 1),
    digitAt(minute, 10), digitAt(minute, 1),
    digitAt(second, 10), digitAt(second, 1),
    0x5a, // Z
  );
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

  /** Whether the instance at `wall` (a date when `date`), at `instant`, is in the set. */
  has(date: boolean, wall: number, instant: number): boolean {
    if (date) return this.#days?.has(wall) ?? false;
    if (this.#instants?.has(instant)) return true;
    return this.#days?.has(Math.floor(wall / DAY) * DAY) ?? false;
  }
}

/** Reads the wall times of one series in the user's zone; times without a zone follow the series. */
class Placement {
  readonly #seriesZone: Zone | null;
  /** "UID@", the start of every instance's id. */
  readonly #idPrefix: string;

  constructor(
    readonly window: Window,
    series: Series,
  ) {
    this.#seriesZone = series.master?.start.zone ?? null;
    this.#idPrefix = `${series.uid}@`;
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

  /**
   * The id of an instance: stable across re-reads, and the same once an instance is
   * overridden. `floating`: written without a zone in a series without one.
   */
  id(date: boolean, floating: boolean, wall: number, instant: number): string {
    if (date) return this.#idPrefix + basic(wall).slice(0, 8);
    if (floating) return this.#idPrefix + basic(wall).slice(0, 15);
    return this.#idPrefix + basic(instant);
  }

  /** The id of the instance `time` names. */
  idOf(time: WallTime, instant: number): string {
    return this.id(time.date, time.zone === null && this.#seriesZone === null, time.wall, instant);
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
  emit.occurrence(event, place.idOf(recurrenceId, place.instant(recurrenceId)), start, end, event.start.date);
}

/** The instances of an RRULE in the window, less EXDATE, those an override replaces and those `seen`. */
function emitRule(
  master: EventData,
  rule: ICAL.Recur,
  replaced: InstanceSet,
  seen: InstanceSet | null,
  place: Placement,
  emit: Emit,
): void {
  const { from, to } = place.window;
  const { date } = master.start;
  // Every instance repeats the wall time of DTSTART, in the zone of DTSTART.
  const zone = place.zoneOf(master.start);
  const floating = master.start.zone === null;
  const ends = place.ends(master);
  const until = untilWall(rule, date, (utc) => toWallClock(utc, zone));
  const spent = () => emit.spent();
  // A wall time in the spring gap is the instant an hour later names too: one instance for both.
  let previous = Number.NEGATIVE_INFINITY;
  for (const wall of instanceWalls(rule, master.start, until, from - MARGIN, to + MARGIN, spent)) {
    if (wall + MARGIN < from) continue;
    const start = toInstant(wall, zone);
    if (start <= previous) continue;
    previous = start;
    if (!place.inWindow(start) || replaced.has(date, wall, start) || seen?.has(date, wall, start)) continue;
    if (date) seen?.addDay(wall);
    else seen?.addInstant(start);
    emit.occurrence(master, place.id(date, floating, wall, start), start, ends(wall, start), date);
  }
}

/** The master's own instances: RRULE and RDATE, less EXDATE and those an override replaces. */
function emitMaster(master: EventData, replaced: InstanceSet, place: Placement, emit: Emit): void {
  const recurrence = master.recurrence;
  const ends = place.ends(master);
  if (!recurrence) {
    const start = place.instant(master.start);
    if (place.inWindow(start) && !replaced.has(master.start.date, master.start.wall, start)) {
      emit.occurrence(master, master.uid, start, ends(master.start.wall, start), master.start.date);
    }
    return;
  }
  for (const time of recurrence.excluded) place.add(replaced, time);
  const seen = recurrence.extraDates.length > 0 ? new InstanceSet() : null;

  const visit = (time: WallTime, end: WallTime | null) => {
    const start = place.instant(time);
    if (!place.inWindow(start) || replaced.has(time.date, time.wall, start) || seen?.has(time.date, time.wall, start)) {
      return;
    }
    if (seen) place.add(seen, time);
    const finish = end ? Math.max(start, place.instant(end)) : ends(time.wall, start);
    emit.occurrence(master, place.idOf(time, start), start, finish, master.start.date);
  };

  if (recurrence.rule) emitRule(master, recurrence.rule, replaced, seen, place, emit);
  else visit(master.start, null);
  for (const extra of recurrence.extraDates) visit(extra.start, extra.end);
}

/** Calls `emit` for every occurrence of the series that starts inside the window. */
export function expandSeries(series: Series, window: Window, emit: Emit): void {
  const place = new Placement(window, series);
  const replaced = new InstanceSet();
  for (const override of series.overrides) {
    if (override.recurrenceId === null) continue;
    place.add(replaced, override.recurrenceId);
    emitOverride(override, override.recurrenceId, place, emit);
  }
  if (series.master) emitMaster(series.master, replaced, place, emit);
}
