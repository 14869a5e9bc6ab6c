// The shapes the reminder logic reads and writes. Everything here is plain data, so the
// background can keep it in storage as JSON and hand it back after a restart.

/** A person in a meeting, as the calendar names them. */
export interface MeetingPerson {
  name: string;
  email?: string;
}

/**
 * What the reminders need from a calendar occurrence. `Occurrence` from `src/calendar`
 * satisfies it structurally, so the background passes occurrences as they are.
 */
export interface MeetingInput {
  /** Stable across re-reads of the feed; one reminder at most per id, ever. */
  id: string;
  /** Shared by every occurrence of a series; when absent it is derived from `id` (see `seriesKeyOf`). */
  seriesId?: string;
  title: string;
  start: Date;
  end: Date;
  /** The people other than the user. */
  others: readonly MeetingPerson[];
  /**
   * Why the calendar says this is no meeting to check in before; null when it is one.
   * Any reason counts, except that the meeting size ('no-others', 'too-many') is decided
   * here again from `others`, against the user's own `maxMeetingSize`.
   */
  skip: string | null;
}

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A wall-clock time in the user's zone, 'HH:mm' (24-hour), as `<input type="time">` gives it. */
export type ClockTime = string;

/**
 * From `start` (included) to `end` (excluded), wall clock in the user's zone. When `end`
 * is earlier than `start` the range crosses midnight (22:00–07:00); when they are equal it
 * covers the whole day.
 */
export interface ClockRange {
  start: ClockTime;
  end: ClockTime;
}

/** A reminder the user sets up without a calendar: "before the daily stand-up, 09:25". */
export interface Routine {
  /** Stable id; the reminder for one day is `routine:<id>:<yyyy-MM-dd>`. */
  id: string;
  /** The user's own words, shown as the reminder's title. */
  label: string;
  days: Weekday[];
  time: ClockTime;
}

export interface ReminderRules {
  /** Minutes before a meeting's start that its reminder fires. */
  leadMinutes: number;
  /** The largest meeting, the user included, that gets a reminder. */
  maxMeetingSize: number;
  /** Meetings whose title holds one of these as a whole word (any case) get no reminder. */
  skipTitleWords: string[];
  /** Days on which meetings get reminders, by the meeting's local start. */
  workingDays: Weekday[];
  /** Meetings that start outside these hours get no reminder. */
  workingHours: ClockRange;
  /** No reminder shows while the clock is in this range; null for none. */
  quietHours: ClockRange | null;
  /** At most this many reminders per local day (a snoozed one coming back is not counted again). */
  dailyCap: number;
  /** Nothing shows before this instant (ms since epoch); null when not paused. */
  pausedUntil: number | null;
  routines: Routine[];
}

/**
 * What became of a reminder whose time came: shown, dropped for a reason, or 'failed': the
 * browser would not show it (notifications blocked, or every attempt failed), so its
 * check-in waits on the toolbar badge and first in the popup instead (`undelivered`).
 */
export type ReminderOutcome = 'shown' | 'late' | 'capped' | 'quiet' | 'paused' | 'failed';

/**
 * Enough about a meeting to act on its notification later, even after the feed changed.
 * No title: the state is kept in storage.local, which content scripts can read.
 */
export interface MeetingRef {
  meetingId: string;
  seriesKey: string;
}

export interface HandledReminder {
  /** When it was decided (ms since epoch). */
  at: number;
  outcome: ReminderOutcome;
  /** For a meeting reminder that was shown: what "not for this meeting / series" acts on. */
  meeting?: MeetingRef;
}

export interface DismissedSeries {
  /** When the user chose "not for this series" (ms since epoch). */
  at: number;
}

/**
 * A reminder Echt could not show: retried within its grace period, and meanwhile on the
 * badge and in the popup. Ids and times only, no titles: the state is in storage.local,
 * which content scripts can read; the popup names it from the calendar or the routine.
 */
export interface UndeliveredReminder {
  kind: 'meeting' | 'routine';
  /** The meeting's start, or the routine's time (ms since epoch). */
  start: number;
  /** Its check-in is due until this instant (ms): the meeting's end, or an hour after the routine's time. */
  until: number;
  /** For a meeting: its occurrence id, so the popup can put that meeting first. */
  meetingId?: string;
  /** For a routine: its id, so the popup can name it with the user's own words. */
  routineId?: string;
  /** Attempts to show it that failed (0 when notifications were blocked and none was made). */
  attempts: number;
  /** The next attempt, not before this instant (ms); null when Echt stopped trying. */
  retryAt: number | null;
}

/** What the background stores between wake-ups; changed only through this module's functions. */
export interface ReminderState {
  /** Every reminder whose time came, by reminder id: it never fires again. */
  handled: Record<string, HandledReminder>;
  /** Reminder id → instant (ms) it comes back after "Snooze". */
  snoozed: Record<string, number>;
  /** "Not for this meeting": occurrence id → when. */
  dismissedMeetings: Record<string, number>;
  /** "Not for this series": series key → when and what. */
  dismissedSeries: Record<string, DismissedSeries>;
  /** Reminders shown per local day ('yyyy-MM-dd' in the user's zone), for the daily cap. */
  shownPerDay: Record<string, number>;
  /** Reminders the browser did not show, by reminder id, while their check-in is still due. */
  undelivered: Record<string, UndeliveredReminder>;
}

interface ReminderBase {
  /** `meeting:<occurrence id>` or `routine:<routine id>:<yyyy-MM-dd>`. */
  id: string;
  /** When it shows; never earlier than the `now` it was planned at. */
  fireAt: Date;
  title: string;
  /** The meeting's start, or the routine's time that day. */
  start: Date;
  people: MeetingPerson[];
  /** It was shown before and comes back after a snooze. */
  snoozed: boolean;
}

export interface PlannedMeetingReminder extends ReminderBase, MeetingRef {
  kind: 'meeting';
  end: Date;
}

export interface PlannedRoutineReminder extends ReminderBase {
  kind: 'routine';
  routineId: string;
}

export type PlannedReminder = PlannedMeetingReminder | PlannedRoutineReminder;

/** Everything a decision depends on; the background reads it from storage each time. */
export interface ReminderInput {
  now: Date;
  /** The user's IANA zone, e.g. 'Europe/Amsterdam'; an unknown zone is read as UTC. */
  timeZone: string;
  /** Occurrences in `planningWindow(now)`; more or fewer is fine. */
  meetings: readonly MeetingInput[];
  rules: ReminderRules;
  state: ReminderState;
}
