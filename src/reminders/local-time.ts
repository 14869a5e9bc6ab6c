// Wall-clock questions about an instant in the user's zone, answered with @date-fns/tz so
// the machine's own zone never matters.
import { TZDate, tz } from '@date-fns/tz';
import { addDays, addHours, format, getISODay } from 'date-fns';
import type { ClockRange, ClockTime, Weekday } from './types';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone to compute in: an unknown zone would make every date invalid, so it reads as UTC. */
export function usableTimeZone(timeZone: string): string {
  return isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

/** Minutes after midnight for 'HH:mm'; null when it is not a valid clock time. */
export function parseClock(value: ClockTime): number | null {
  const match = CLOCK.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Whether a wall-clock minute of the day falls in the range (see `ClockRange` for its meaning). */
export function inClockRange(minute: number, range: ClockRange): boolean {
  const start = parseClock(range.start);
  const end = parseClock(range.end);
  if (start === null || end === null) return false;
  if (start === end) return true;
  if (start < end) return minute >= start && minute < end;
  return minute >= start || minute < end;
}

/** 'yyyy-MM-dd' of the local day the instant falls on. */
export function localDayKey(instant: Date, timeZone: string): string {
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });
}

/** Minutes since local midnight on the wall clock (03:30 is 210, also on a DST day). */
export function localMinute(instant: Date, timeZone: string): number {
  const local = new TZDate(instant.getTime(), timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

export function localWeekday(instant: Date, timeZone: string): Weekday {
  return getISODay(instant, { in: tz(timeZone) }) as Weekday;
}

/**
 * Noon of each local day from `before` days before `now`'s day to `after` days after it.
 * Noon, because midnight itself is skipped or doubled by DST in a few zones.
 */
export function localNoons(now: Date, timeZone: string, before: number, after: number): Date[] {
  const today = new TZDate(now.getTime(), timeZone);
  const noon = new TZDate(today.getFullYear(), today.getMonth(), today.getDate(), 12, 0, timeZone);
  const noons: Date[] = [];
  for (let offset = -before; offset <= after; offset++) {
    noons.push(new Date(addDays(noon, offset, { in: tz(timeZone) }).getTime()));
  }
  return noons;
}

const WALL = 'yyyy-MM-dd HH:mm';

/**
 * The instant the wall clock shows `minute` on the local day of `day`. A time that occurs
 * twice (autumn) is the first one; a time skipped by spring-forward is moved forward by
 * the gap, as RFC 5545 reads it (02:30 becomes 03:30).
 */
export function atLocalMinute(day: Date, minute: number, timeZone: string): Date {
  const zone = tz(timeZone);
  const local = new TZDate(day.getTime(), timeZone);
  const hours = Math.floor(minute / 60);
  const minutes = minute % 60;
  const guess = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), hours, minutes, timeZone);
  const wanted = `${format(local, 'yyyy-MM-dd')} ${pad(hours)}:${pad(minutes)}`;
  // TZDate picks between the two readings of an autumn hour by the machine's zone
  // (date-fns/tz issue 40), so look at the hours around its guess and take the earliest
  // instant whose wall clock reads the wanted time or just past it.
  for (const step of [-2, -1, 0, 1, 2]) {
    const probe = addHours(new Date(guess.getTime()), step);
    if (format(probe, WALL, { in: zone }) >= wanted) return probe;
  }
  return new Date(guess.getTime());
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
