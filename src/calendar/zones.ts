// Time zones: the offset of a zone at an instant, and wall-clock time -> instant by the
// rules of RFC 5545. Everything here is independent of the machine's own zone.
import { tzOffset } from '@date-fns/tz';
import type ICAL from 'ical.js';

const MINUTE = 60_000;
export const DAY = 86_400_000;

export interface Zone {
  /** The IANA name, or the feed's own TZID for a zone defined only in the feed. */
  readonly name: string;
  /** UTC offset in minutes at the instant `utcMs` (positive east of Greenwich). */
  offsetAt(utcMs: number): number;
}

export const UTC: Zone = { name: 'UTC', offsetAt: () => 0 };

/** A zone of the platform's time-zone database, with offsets remembered per UTC day. */
class IanaZone implements Zone {
  // UTC day number -> the offset during that whole day, or NaN when it changes that day.
  readonly #days = new Map<number, number>();

  constructor(readonly name: string) {}

  offsetAt(utcMs: number): number {
    const day = Math.floor(utcMs / DAY);
    let offset = this.#days.get(day);
    if (offset === undefined) {
      const first = tzOffset(this.name, new Date(day * DAY));
      const last = tzOffset(this.name, new Date(day * DAY + DAY - 1));
      offset = first === last ? first : Number.NaN;
      this.#days.set(day, offset);
    }
    return Number.isNaN(offset) ? tzOffset(this.name, new Date(utcMs)) : offset;
  }
}

const ianaZones = new Map<string, Zone | null>();

/** The zone for an IANA name (any case, aliases allowed), or null when the platform does not know it. */
export function ianaZone(name: string): Zone | null {
  let zone = ianaZones.get(name);
  if (zone === undefined) {
    zone = null;
    try {
      const canonical = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
      zone = ianaZones.get(canonical) ?? new IanaZone(canonical);
      ianaZones.set(canonical, zone);
    } catch {
      // Not a zone name the platform knows.
    }
    ianaZones.set(name, zone);
  }
  return zone;
}

/** What ical.js keeps of each transition; its type declares the list as any[]. */
interface Transition {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Offsets in seconds. */
  utcOffset: number;
  prevUtcOffset: number;
}

/** A zone known only from a VTIMEZONE in the feed (e.g. Outlook's "Customized Time Zone"). */
export class DefinedZone implements Zone {
  #until = 0;
  #at: number[] = [];
  #offsets: number[] = [];

  constructor(
    readonly name: string,
    private readonly definition: ICAL.Timezone,
  ) {}

  offsetAt(utcMs: number): number {
    this.#cover(new Date(utcMs).getUTCFullYear() + 1);
    let low = 0;
    let high = this.#at.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.#at[mid] ?? 0) <= utcMs) low = mid + 1;
      else high = mid;
    }
    return this.#offsets[low] ?? 0;
  }

  // Transitions are kept in UTC by ical.js; #offsets[i] is the offset before #at[i].
  #cover(year: number): void {
    if (year <= this.#until) return;
    this.definition._ensureCoverage(year);
    const changes = this.definition.changes as Transition[];
    const at: number[] = [];
    const offsets: number[] = [];
    for (const change of changes) {
      const when = wallClock(change.year, change.month, change.day, change.hour, change.minute, change.second);
      if (at.length > 0 && when === at[at.length - 1]) continue;
      if (offsets.length === 0) offsets.push(change.prevUtcOffset / 60);
      at.push(when);
      offsets.push(change.utcOffset / 60);
    }
    if (offsets.length === 0) offsets.push(0);
    this.#at = at;
    this.#offsets = offsets;
    this.#until = year;
  }
}

/** Wall-clock fields as milliseconds, as if they were UTC (years below 100 included). */
export function wallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/**
 * The instant a wall-clock time in `zone` names. Per RFC 5545 (3.3.5), a time that occurs
 * twice (autumn) means the first of the two, and a time that does not exist (spring gap)
 * is read with the offset from before the gap, so it moves forward by the gap's length.
 */
export function toInstant(wall: number, zone: Zone): number {
  const before = zone.offsetAt(wall - DAY);
  const after = zone.offsetAt(wall + DAY);
  if (before === after) return wall - before * MINUTE;
  const readBefore = wall - before * MINUTE;
  const readAfter = wall - after * MINUTE;
  const fitsBefore = zone.offsetAt(readBefore) === before;
  const fitsAfter = zone.offsetAt(readAfter) === after;
  if (fitsBefore && fitsAfter) return Math.min(readBefore, readAfter);
  if (fitsAfter) return readAfter;
  // Before the change, or inside the gap: both are read with the offset from before it.
  return readBefore;
}

/** The wall-clock time (as if UTC) at `utcMs` in `zone`. */
export function toWallClock(utcMs: number, zone: Zone): number {
  return utcMs + zone.offsetAt(utcMs) * MINUTE;
}
