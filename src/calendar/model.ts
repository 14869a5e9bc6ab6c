// How an event is kept between reading the feed and expanding it: times as written (wall
// clock plus zone), so floating times can be placed in whichever zone the user is in.
import type ICAL from 'ical.js';
import type { JcalProperty } from './jcal';
import type { OccurrenceStatus } from './types';
import type { Zone } from './zones';

/** A DATE or DATE-TIME value as the feed wrote it. */
export interface WallTime {
  /** The wall-clock fields as milliseconds, as if they were UTC; midnight for a DATE. */
  readonly wall: number;
  /** A DATE (all day) rather than a DATE-TIME. */
  readonly date: boolean;
  /** The zone it is written in; null for floating times and dates (read in the user's zone). */
  readonly zone: Zone | null;
}

/** How long an event lasts, as the feed said it. */
export type Length =
  | { readonly kind: 'end'; readonly end: WallTime }
  | { readonly kind: 'duration'; readonly days: number; readonly ms: number }
  | { readonly kind: 'none' };

/** An extra start date (RDATE), with its own end when given as a period. */
export interface ExtraDate {
  readonly start: WallTime;
  readonly end: WallTime | null;
}

export interface Recurrence {
  /** RRULE; it repeats the wall-clock time of the event's start. */
  readonly rule: ICAL.Recur | null;
  readonly extraDates: readonly ExtraDate[];
  readonly excluded: readonly WallTime[];
}

/** One VEVENT: a single event, the master of a series, or an instance that overrides one. */
export interface EventData {
  readonly uid: string;
  readonly title: string;
  readonly status: OccurrenceStatus;
  readonly sequence: number;
  readonly start: WallTime;
  readonly length: Length;
  /** ORGANIZER and ATTENDEE as ical.js parsed them; read by attendees.ts when a query needs them. */
  readonly organizer: JcalProperty | null;
  readonly attendees: readonly JcalProperty[];
  /** RECURRENCE-ID: which instance of the series this one replaces. */
  readonly recurrenceId: WallTime | null;
  /** RRULE / RDATE / EXDATE; null for a single event and for overrides. */
  readonly recurrence: Recurrence | null;
}

/** All VEVENTs sharing one UID. */
export interface Series {
  readonly uid: string;
  /** The event without RECURRENCE-ID; null when the feed holds only overrides. */
  readonly master: EventData | null;
  readonly overrides: readonly EventData[];
}
