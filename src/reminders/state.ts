// The stored reminder state: an empty start, repair of stored data, the user's actions on a
// notification, and forgetting what can no longer matter. Every function returns a new
// state and leaves the one it was given as it was.
import { addMinutes, subDays } from 'date-fns';
import { isInstant, isRecord } from '../guards';
import { localDayKey } from './local-time';
import type { DismissedSeries, HandledReminder, MeetingRef, ReminderOutcome, ReminderState } from './types';

/** "Snooze" brings a reminder back this many minutes later. */
const SNOOZE_MINUTES = 5;

export const EMPTY_REMINDER_STATE: ReminderState = {
  handled: {},
  snoozed: {},
  dismissedMeetings: {},
  dismissedSeries: {},
  shownPerDay: {},
};

/**
 * How long a decision is remembered. A reminder's own time must be within a day of `now`
 * for it to be considered at all, so a month covers it with room for a meeting moved
 * weeks later under the same occurrence id.
 */
const KEEP_HANDLED_DAYS = 30;
const KEEP_DISMISSED_MEETING_DAYS = 60;
const KEEP_DAY_COUNTS_DAYS = 7;
/** Bounds against a state that grew by accident (a feed with thousands of meetings, a hand edit). */
const MAX_ENTRIES = 5000;
const MAX_DISMISSED_SERIES = 500;

const OUTCOMES: ReadonlySet<string> = new Set<ReminderOutcome>(['shown', 'late', 'capped', 'quiet', 'paused']);
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Stored state made usable field by field and entry by entry; what cannot be read is left out. */
export function repairState(value: unknown): ReminderState {
  const stored = isRecord(value) ? value : {};
  return {
    handled: repairEntries(stored.handled, repairHandled, MAX_ENTRIES),
    snoozed: repairEntries(stored.snoozed, (entry) => (isInstant(entry) ? entry : null), MAX_ENTRIES),
    dismissedMeetings: repairEntries(
      stored.dismissedMeetings,
      (entry) => (isInstant(entry) ? entry : null),
      MAX_ENTRIES,
    ),
    dismissedSeries: repairEntries(stored.dismissedSeries, repairDismissedSeries, MAX_DISMISSED_SERIES),
    shownPerDay: repairDayCounts(stored.shownPerDay),
  };
}

/**
 * "Snooze 5 min" on a notification: the reminder comes back at now + minutes, once, if by
 * then its meeting has not ended, it is not quiet time and Echt is not paused. Only a
 * reminder that was shown can be snoozed.
 */
export function snoozeReminder(
  state: ReminderState,
  reminderId: string,
  now: Date,
  minutes: number = SNOOZE_MINUTES,
): ReminderState {
  if (own(state.handled, reminderId)?.outcome !== 'shown') return state;
  return { ...state, snoozed: withEntry(state.snoozed, reminderId, addMinutes(now, minutes).getTime()) };
}

/** The meeting a shown notification was about, for its "not for this meeting / series" actions. */
export function meetingOfReminder(state: ReminderState, reminderId: string): MeetingRef | null {
  return own(state.handled, reminderId)?.meeting ?? null;
}

/**
 * "Not for this meeting" (this occurrence only) or "not for this series" (every occurrence
 * sharing its series key, now and later). A pending snooze for it is dropped too.
 */
export function dismissMeeting(
  state: ReminderState,
  meeting: MeetingRef,
  scope: 'meeting' | 'series',
  now: Date,
): ReminderState {
  const snoozed = withoutEntry(state.snoozed, meetingReminderId(meeting.meetingId));
  if (scope === 'meeting') {
    return {
      ...state,
      snoozed,
      dismissedMeetings: withEntry(state.dismissedMeetings, meeting.meetingId, now.getTime()),
    };
  }
  const series: DismissedSeries = { at: now.getTime(), title: meeting.title };
  return { ...state, snoozed, dismissedSeries: withEntry(state.dismissedSeries, meeting.seriesKey, series) };
}

/** Undoes "not for this meeting" and "not for this series" for one meeting: it gets its nudge again. */
export function restoreMeeting(
  state: ReminderState,
  meeting: Pick<MeetingRef, 'meetingId' | 'seriesKey'>,
): ReminderState {
  return {
    ...state,
    dismissedMeetings: withoutEntry(state.dismissedMeetings, meeting.meetingId),
    dismissedSeries: withoutEntry(state.dismissedSeries, meeting.seriesKey),
  };
}

/** Whether the user turned the nudge off for this meeting, or for its whole series. */
export function isDismissed(state: ReminderState, meeting: Pick<MeetingRef, 'meetingId' | 'seriesKey'>): boolean {
  return (
    own(state.dismissedMeetings, meeting.meetingId) !== undefined ||
    own(state.dismissedSeries, meeting.seriesKey) !== undefined
  );
}

/** Forgets decisions old enough that nothing they protect can come round again. */
export function pruneState(state: ReminderState, now: Date, timeZone: string): ReminderState {
  const handledSince = subDays(now, KEEP_HANDLED_DAYS).getTime();
  const dismissedSince = subDays(now, KEEP_DISMISSED_MEETING_DAYS).getTime();
  const snoozedSince = subDays(now, 1).getTime();
  const firstDay = localDayKey(subDays(now, KEEP_DAY_COUNTS_DAYS), timeZone);
  return {
    handled: keepEntries(state.handled, (entry) => entry.at >= handledSince),
    snoozed: keepEntries(state.snoozed, (until) => until >= snoozedSince),
    dismissedMeetings: keepEntries(state.dismissedMeetings, (at) => at >= dismissedSince),
    dismissedSeries: state.dismissedSeries,
    shownPerDay: Object.fromEntries(Object.entries(state.shownPerDay).filter(([day]) => day >= firstDay)),
  };
}

export function meetingReminderId(meetingId: string): string {
  return `meeting:${meetingId}`;
}

export function routineReminderId(routineId: string, dayKey: string): string {
  return `routine:${routineId}:${dayKey}`;
}

/** The entry stored under `key` itself, never one inherited from Object.prototype ("constructor"). */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A copy with one entry set. Keys come from calendar feeds, so they are written as
 * computed keys in a literal: even "__proto__" becomes a plain entry.
 */
export function withEntry<T>(record: Record<string, T>, key: string, value: T): Record<string, T> {
  return { ...record, [key]: value };
}

export function withoutEntry<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([entryKey]) => entryKey !== key));
}

function keepEntries<T>(record: Record<string, T>, keep: (value: T) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => keep(value)));
}

/** Keeps the readable entries; when there are too many, the last ones (entries are added in time order). */
function repairEntries<T>(value: unknown, repairEntry: (entry: unknown) => T | null, limit: number): Record<string, T> {
  if (!isRecord(value)) return {};
  const entries: [string, T][] = [];
  for (const [key, entry] of Object.entries(value)) {
    const repaired = repairEntry(entry);
    if (repaired !== null) entries.push([key, repaired]);
  }
  return Object.fromEntries(entries.slice(-limit));
}

function repairHandled(value: unknown): HandledReminder | null {
  if (!isRecord(value) || !isInstant(value.at)) return null;
  if (typeof value.outcome !== 'string' || !OUTCOMES.has(value.outcome)) return null;
  const handled: HandledReminder = { at: value.at, outcome: value.outcome as ReminderOutcome };
  const meeting = repairMeetingRef(value.meeting);
  return meeting ? { ...handled, meeting } : handled;
}

function repairMeetingRef(value: unknown): MeetingRef | null {
  if (!isRecord(value)) return null;
  const { meetingId, seriesKey, title } = value;
  if (typeof meetingId !== 'string' || typeof seriesKey !== 'string' || typeof title !== 'string') return null;
  return { meetingId, seriesKey, title };
}

function repairDismissedSeries(value: unknown): DismissedSeries | null {
  if (!isRecord(value) || !isInstant(value.at)) return null;
  return { at: value.at, title: typeof value.title === 'string' ? value.title : '' };
}

function repairDayCounts(value: unknown): Record<string, number> {
  if (!isRecord(value)) return {};
  const counts: [string, number][] = [];
  for (const [day, count] of Object.entries(value)) {
    if (!DAY_KEY.test(day) || typeof count !== 'number' || !Number.isFinite(count) || count < 0) continue;
    counts.push([day, Math.floor(count)]);
  }
  return Object.fromEntries(counts);
}
