// One VEVENT (as jCal) -> EventData. A bad value only shows when it is read; `Reading` keeps
// track of the part being read, so the warning can say which one failed.
import ICAL from 'ical.js';
import type { UnreadablePart } from './errors';
import { type JcalComponent, type JcalProperty, parameter, textOf, valueAt, valuesOf } from './jcal';
import type { EventData, ExtraDate, Length, Recurrence, WallTime } from './model';
import { floatingTime, walksByDays } from './rule-walk';
import type { ZoneResolver } from './tzid';
import { DAY, UTC, wallClock } from './zones';

/** Thrown when an event cannot be used; names the event and the part that failed. */
export class UnreadableEvent extends Error {
  constructor(
    readonly title: string,
    readonly part: UnreadablePart,
  ) {
    super(`Unreadable event: ${part}`);
  }
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  date: boolean;
  utc: boolean;
}

/** The number written at `start`, `count` digits long; NaN when one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let number = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    number = number * 10 + digit;
  }
  return number;
}

/** ical.js writes DATEs as "2025-03-03" and DATE-TIMEs as "2025-03-03T09:00:00" (+ "Z" for UTC). */
function writtenFields(value: string): Fields | null {
  const date = value.length === 10;
  const utc = value.length === 20 && value[19] === 'Z';
  if (!date && value.length !== 19 && !utc) return null;
  if (value[4] !== '-' || value[7] !== '-') return null;
  if (!date && (value[10] !== 'T' || value[13] !== ':' || value[16] !== ':')) return null;
  return {
    year: digitsAt(value, 0, 4),
    month: digitsAt(value, 5, 2),
    day: digitsAt(value, 8, 2),
    hour: date ? 0 : digitsAt(value, 11, 2),
    minute: date ? 0 : digitsAt(value, 14, 2),
    second: date ? 0 : digitsAt(value, 17, 2),
    date,
    utc,
  };
}

// A malformed value comes out of ical.js mangled ("20250307" read as a DATE-TIME becomes
// "2025-03-07T::"). Reading its digits back accepts the harmless cases (a date written as a
// date-time, a time without seconds) and rejects the rest.
const DIGITS = /^(\d{4})(\d{2})(\d{2})(?:T(?:(\d{2})(\d{2})(\d{2})?)?)?(Z)?$/;

function mangledFields(value: string): Fields | null {
  const match = DIGITS.exec(value.replace(/[-:]/g, ''));
  if (!match) return null;
  const number = (index: number) => Number(match[index] ?? 0);
  const date = match[4] === undefined;
  return {
    year: number(1),
    month: number(2),
    day: number(3),
    hour: number(4),
    minute: number(5),
    second: number(6),
    date,
    utc: !date && match[7] === 'Z',
  };
}

function isWallClock({ month, day, hour, minute, second }: Fields): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60;
}

function wallTimeOf(property: JcalProperty, value: unknown, zones: ZoneResolver): WallTime {
  const fields = typeof value === 'string' ? (writtenFields(value) ?? mangledFields(value)) : null;
  if (!fields || !isWallClock(fields)) throw new RangeError(`Not a date or time: ${String(value)}`);
  const wall = wallClock(fields.year, fields.month, fields.day, fields.hour, fields.minute, fields.second);
  if (fields.date) return { wall, date: true, zone: null };
  if (fields.utc) return { wall, date: false, zone: UTC };
  const tzid = parameter(property, 'tzid');
  return { wall, date: false, zone: tzid === null ? null : zones.resolve(tzid) };
}

function firstTime(property: JcalProperty | null, zones: ZoneResolver): WallTime | null {
  return property ? wallTimeOf(property, valueAt(property), zones) : null;
}

function durationOf(value: unknown): { days: number; ms: number } {
  if (typeof value !== 'string') throw new TypeError('Not a duration');
  const duration = ICAL.Duration.fromString(value);
  const sign = duration.isNegative ? -1 : 1;
  const days = duration.weeks * 7 + duration.days;
  const ms = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
  return { days: sign * days, ms: sign * ms };
}

function lengthOf(event: EventProperties, zones: ZoneResolver): Length {
  const end = firstTime(event.dtend, zones);
  if (end) return { kind: 'end', end };
  if (!event.duration) return { kind: 'none' };
  return { kind: 'duration', ...durationOf(valueAt(event.duration)) };
}

function ruleOf(property: JcalProperty | null, start: WallTime): ICAL.Recur | null {
  if (!property) return null;
  // ical.js reads the rule from its own jCal (the property type is any[]).
  const rule = new ICAL.Property([...property]).getFirstValue();
  if (!(rule instanceof ICAL.Recur)) throw new TypeError('Not a rule');
  if (walksByDays(rule, start)) return rule;
  // Some broken rules only throw once iterated: try the first few now rather than later.
  const iterator = rule.iterator(floatingTime(start.wall, start.date));
  for (let step = 0; step < 3 && iterator.next(); step++);
  return rule;
}

function extraDateOf(property: JcalProperty, value: unknown, zones: ZoneResolver): ExtraDate {
  if (!Array.isArray(value)) return { start: wallTimeOf(property, value, zones), end: null };
  // A PERIOD: [start, end] or [start, duration].
  const start = wallTimeOf(property, value[0], zones);
  const second: unknown = value[1];
  if (typeof second === 'string' && /^[+-]?P/.test(second)) {
    const { days, ms } = durationOf(second);
    return { start, end: { ...start, wall: start.wall + days * DAY + ms } };
  }
  return { start, end: wallTimeOf(property, second, zones) };
}

function allValues<T>(properties: readonly JcalProperty[], read: (property: JcalProperty, value: unknown) => T): T[] {
  return properties.flatMap((property) => valuesOf(property).map((value) => read(property, value)));
}

/** The RRULE, RDATEs and EXDATEs; null for an event that does not repeat. `reading` names each part. */
function recurrenceOf(
  event: EventProperties,
  start: WallTime,
  zones: ZoneResolver,
  reading: Reading,
): Recurrence | null {
  reading.part = 'repeat';
  const rule = ruleOf(event.rrule, start);
  reading.part = 'instance';
  const extraDates = allValues(event.rdate, (property, value) => extraDateOf(property, value, zones));
  if (rule === null && extraDates.length === 0) return null;
  const excluded = allValues(event.exdate, (property, value) => wallTimeOf(property, value, zones));
  return { rule, extraDates, excluded };
}

function statusOf(property: JcalProperty | null): EventData['status'] {
  const status = textOf(property).toUpperCase();
  if (status === 'CANCELLED') return 'cancelled';
  if (status === 'TENTATIVE') return 'tentative';
  return 'confirmed';
}

function sequenceOf(property: JcalProperty | null): number {
  const sequence = Number(property ? valueAt(property) : 0);
  return Number.isFinite(sequence) ? sequence : 0;
}

/** A stable stand-in for a missing UID, from what identifies the event to a person. */
function standInUid(start: WallTime, title: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${start.wall}|${start.date}|${title}`) {
    hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  }
  return `no-uid-${hash.toString(16)}`;
}

/** The properties of a VEVENT that Echt reads; the rest (descriptions, alarms, vendor extensions) is passed over. */
interface EventProperties {
  uid: JcalProperty | null;
  summary: JcalProperty | null;
  status: JcalProperty | null;
  sequence: JcalProperty | null;
  dtstart: JcalProperty | null;
  dtend: JcalProperty | null;
  duration: JcalProperty | null;
  recurrenceId: JcalProperty | null;
  rrule: JcalProperty | null;
  organizer: JcalProperty | null;
  attendee: JcalProperty[];
  rdate: JcalProperty[];
  exdate: JcalProperty[];
}

/** One pass over the properties; the first of each single one counts. */
function eventPropertiesOf(event: JcalComponent): EventProperties {
  const found: EventProperties = {
    uid: null,
    summary: null,
    status: null,
    sequence: null,
    dtstart: null,
    dtend: null,
    duration: null,
    recurrenceId: null,
    rrule: null,
    organizer: null,
    attendee: [],
    rdate: [],
    exdate: [],
  };
  // Read in place: propertiesOf copies the list, and a big feed has thousands of events.
  const properties: unknown = event[1];
  if (!Array.isArray(properties)) return found;
  for (const property of properties as unknown[]) {
    if (!Array.isArray(property)) continue;
    const name: unknown = property[0];
    if (name === 'attendee' || name === 'rdate' || name === 'exdate') found[name].push(property);
    else if (name === 'recurrence-id') found.recurrenceId ??= property;
    else if (typeof name === 'string' && SINGLE.has(name)) {
      const key = name as SingleName;
      found[key] ??= property;
    }
  }
  return found;
}

type SingleName = 'uid' | 'summary' | 'status' | 'sequence' | 'dtstart' | 'dtend' | 'duration' | 'rrule' | 'organizer';
const SINGLE: ReadonlySet<string> = new Set<SingleName>([
  'uid',
  'summary',
  'status',
  'sequence',
  'dtstart',
  'dtend',
  'duration',
  'rrule',
  'organizer',
]);

/** Which part of an event is being read, for the warning when it fails. */
interface Reading {
  part: UnreadablePart;
}

/** Reads one VEVENT (as jCal); throws UnreadableEvent when it cannot be used. */
export function readEvent(component: JcalComponent, zones: ZoneResolver): EventData {
  const event = eventPropertiesOf(component);
  const title = textOf(event.summary);
  const reading: Reading = { part: 'start' };
  try {
    const start = firstTime(event.dtstart, zones);
    if (start === null) throw new UnreadableEvent(title, 'no-start');
    reading.part = 'end';
    const length = lengthOf(event, zones);
    reading.part = 'instance';
    const recurrenceId = firstTime(event.recurrenceId, zones);
    return {
      uid: textOf(event.uid) || standInUid(start, title),
      title,
      status: statusOf(event.status),
      sequence: sequenceOf(event.sequence),
      start,
      length,
      organizer: event.organizer,
      attendees: event.attendee,
      recurrenceId,
      recurrence: recurrenceId ? null : recurrenceOf(event, start, zones, reading),
    };
  } catch (error) {
    throw error instanceof UnreadableEvent ? error : new UnreadableEvent(title, reading.part);
  }
}
