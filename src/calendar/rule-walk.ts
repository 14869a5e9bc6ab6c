// The instances of an RRULE as wall-clock times. Rules that step by a fixed length (DAILY, or
// WEEKLY on fixed weekdays: nearly every meeting series; and plain HOURLY, MINUTELY and
// SECONDLY rules) are walked by arithmetic and jump to the window; every other rule goes
// through ical.js's iterator from DTSTART.
import ICAL from 'ical.js';
import { DAY, wallClock } from './zones';

// The iterator stops here, however far before the window it still is (e.g. a rule repeating
// every minute since 1990); a daily series may still start over a century before the window.
const MAX_STEPS = 50_000;
/** The length of one step of a rule without BY parts that repeats within a day. */
const SUB_DAILY: Readonly<Record<string, number>> = { HOURLY: 3_600_000, MINUTELY: 60_000, SECONDLY: 1000 };

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** A wall time as an ical.js time with no zone, so rules repeat it in wall-clock time. */
export function floatingTime(wall: number, isDate: boolean): ICAL.Time {
  const date = new Date(wall);
  return new ICAL.Time(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: isDate ? 0 : date.getUTCHours(),
      minute: isDate ? 0 : date.getUTCMinutes(),
      second: isDate ? 0 : date.getUTCSeconds(),
      isDate,
    },
    ICAL.Timezone.localTimezone,
  );
}

/** 0 = Sunday, for a wall-clock time in ms (1 January 1970 was a Thursday). */
function weekdayOf(wall: number): number {
  return (((Math.floor(wall / DAY) + 4) % 7) + 7) % 7;
}

interface Steps {
  /** Milliseconds of wall-clock time from one candidate to the next. */
  readonly ms: number;
  /** The weekdays a candidate must fall on; null when every candidate is an instance. */
  readonly weekdays: ReadonlySet<number> | null;
}

/** The names of the BY parts the rule uses. */
function partsOf(rule: ICAL.Recur): string[] {
  return Object.entries(rule.parts)
    .filter(([, values]) => Array.isArray(values) && values.length > 0)
    .map(([name]) => name);
}

/**
 * Whether ical.js's iterator can walk the rule without searching for long, or forever, for
 * the next instance. It steps one candidate at a time (a minute, a day) and drops those the
 * BY parts rule out: a rule repeating within a day that picks among its candidates, or a
 * daily rule asking for a day that never comes (30 February), never returns. Calendar apps
 * write none of these; RFC 5545 forbids most of them outright (ordinal weekdays outside
 * MONTHLY and YEARLY, BYMONTHDAY in WEEKLY, BYYEARDAY in DAILY and WEEKLY, BYWEEKNO but in YEARLY).
 */
export function isWalkable(rule: ICAL.Recur): boolean {
  const parts = partsOf(rule);
  if (SUB_DAILY[rule.freq] !== undefined) return parts.length === 0;
  if (rule.freq !== 'DAILY' && rule.freq !== 'WEEKLY') return !parts.includes('BYWEEKNO') || rule.freq === 'YEARLY';
  if (parts.includes('BYYEARDAY') || parts.includes('BYWEEKNO')) return false;
  if (rule.parts.BYDAY?.some((day) => !WEEKDAYS.includes(day))) return false;
  return !parts.includes('BYMONTHDAY') || (rule.freq === 'DAILY' && !parts.includes('BYMONTH'));
}

/** How the rule steps, when it steps by a fixed length from DTSTART; null otherwise. */
function stepsOf(rule: ICAL.Recur, startWall: number): Steps | null {
  const parts = partsOf(rule);
  const interval = Math.max(1, rule.interval || 1);
  const subDaily = SUB_DAILY[rule.freq];
  // Wall-clock steps, as ical.js's iterator takes them: a rule repeats the clock, not elapsed time.
  if (subDaily !== undefined && parts.length === 0) return { ms: interval * subDaily, weekdays: null };
  if (rule.freq === 'DAILY' && parts.length === 0) return { ms: interval * DAY, weekdays: null };
  if (rule.freq !== 'WEEKLY') return null;
  if (parts.length === 0) return { ms: 7 * interval * DAY, weekdays: null };
  const byDay = rule.parts.BYDAY;
  if (parts.length > 1 || !byDay) return null;
  const weekdays = new Set(byDay.map((day) => WEEKDAYS.indexOf(day)));
  // Ordinals ("1MO") are not plain weekdays; a DTSTART off the pattern is an instance of its own.
  if (weekdays.has(-1) || !weekdays.has(weekdayOf(startWall))) return null;
  if (weekdays.size === 1) return { ms: 7 * interval * DAY, weekdays: null };
  return interval === 1 ? { ms: DAY, weekdays } : null;
}

/** Whether the rule is walked by arithmetic (so ical.js's iterator never sees it). */
export function walksBySteps(rule: ICAL.Recur, start: { wall: number }): boolean {
  return stepsOf(rule, start.wall) !== null;
}

/**
 * UNTIL as a wall time of the series (inclusive), so it compares with wall-clock instances;
 * null when the rule has none. `toWall` turns a UTC instant into the series' wall time.
 */
export function untilWall(rule: ICAL.Recur, isDate: boolean, toWall: (utc: number) => number): number | null {
  const until = rule.until;
  if (!until) return null;
  let wall = wallClock(until.year, until.month, until.day, until.hour, until.minute, until.second);
  if (!until.isDate && until.zone === ICAL.Timezone.utcTimezone) wall = toWall(wall);
  if (isDate) return Math.floor(wall / DAY) * DAY;
  return until.isDate ? wall + DAY - 1000 : wall;
}

/**
 * The wall times of the instances before `end`, in order. Instances before `near` may be left
 * out; the count of a COUNT rule still starts at DTSTART. The walk stops early, with what it
 * found, once `spent` says the caller's budget is used up.
 */
export function instanceWalls(
  rule: ICAL.Recur,
  start: { wall: number; date: boolean },
  until: number | null,
  near: number,
  end: number,
  spent: () => boolean = () => false,
): number[] {
  const steps = stepsOf(rule, start.wall);
  if (steps) return stepWalls(steps, rule.count, start.wall, until, near, end);
  return iteratorWalls(rule, floatingTime(start.wall, start.date), until, end, spent);
}

function stepWalls(
  steps: Steps,
  count: number | null,
  startWall: number,
  until: number | null,
  near: number,
  end: number,
): number[] {
  const walls: number[] = [];
  const step = steps.ms;
  // Without COUNT nothing before `near` matters, so start just before it.
  let index = !count && near > startWall ? Math.floor((near - startWall) / step) : 0;
  for (let seen = 0, tries = 0; tries < MAX_STEPS; index++, tries++) {
    const wall = startWall + index * step;
    if (wall >= end || (until !== null && wall > until)) break;
    if (steps.weekdays && !steps.weekdays.has(weekdayOf(wall))) continue;
    if (count && seen >= count) break;
    seen += 1;
    walls.push(wall);
  }
  return walls;
}

function iteratorWalls(
  rule: ICAL.Recur,
  start: ICAL.Time,
  until: number | null,
  end: number,
  spent: () => boolean,
): number[] {
  const walls: number[] = [];
  let bounded = rule;
  if (until !== null) {
    bounded = rule.clone();
    bounded.until = floatingTime(until, start.isDate);
  }
  const iterator = bounded.iterator(start);
  for (let step = 0; step < MAX_STEPS; step++) {
    // One step of a rule ical.js walks can take milliseconds; a clock read costs far less.
    if (spent()) break;
    const next = iterator.next();
    if (!next) break;
    const wall = wallClock(next.year, next.month, next.day, next.hour, next.minute, next.second);
    if (wall >= end) break;
    walls.push(wall);
  }
  return walls;
}
