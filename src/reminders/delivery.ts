// When the browser does not show a reminder: the attempt is taken back and made again a
// minute later, within the reminder's grace period; and the check-in it was about waits on
// the toolbar badge and first in the popup, so the nudge reaches the user all the same.
import { addMinutes } from 'date-fns';
import { own, withEntry, withoutEntry } from './state';
import type { HandledReminder, PlannedReminder, ReminderState, UndeliveredReminder } from './types';

/** A failed attempt is made again this many minutes later (an alarm comes no sooner than half a minute). */
const RETRY_MINUTES = 1;
/** After this many failed attempts Echt stops trying; the check-in stays on the badge and in the popup. */
export const MAX_ATTEMPTS = 3;
/** A routine's check-in stays due this long after its time. */
const ROUTINE_DUE_MS = 60 * 60_000;

export interface FailedShow {
  /** The reminder that did not show, as it was to be shown. */
  reminder: PlannedReminder;
  /** The local day its showing was counted against (from `DueDecision.counted`); absent for a snoozed one. */
  countedDay?: string;
  /** Notifications are blocked: no attempt was made, and none will be. */
  blocked: boolean;
}

function entryOf(reminder: PlannedReminder, attempts: number, retryAt: number | null): UndeliveredReminder {
  const entry: UndeliveredReminder = {
    kind: reminder.kind,
    start: reminder.start.getTime(),
    until: reminder.kind === 'meeting' ? reminder.end.getTime() : reminder.start.getTime() + ROUTINE_DUE_MS,
    attempts,
    retryAt,
  };
  return reminder.kind === 'meeting'
    ? { ...entry, meetingId: reminder.meetingId }
    : { ...entry, routineId: reminder.routineId };
}

function restored<T>(record: Record<string, T>, before: Record<string, T>, key: string): Record<string, T> {
  const previous = own(before, key);
  return previous === undefined ? withoutEntry(record, key) : withEntry(record, key, previous);
}

/**
 * The state after showing `failure.reminder` failed. `state` is what was stored when it was
 * to be shown, `before` the state before that wake-up: the reminder is put back as it was
 * then (not shown, not counted, a snooze still pending) and tried again in a minute; its
 * time's grace still decides whether that attempt may show it. After MAX_ATTEMPTS, or when
 * notifications are blocked, it is settled as 'failed' and never tried again.
 */
export function failedToShow(
  state: ReminderState,
  before: ReminderState,
  failure: FailedShow,
  now: Date,
): ReminderState {
  const { reminder, countedDay, blocked } = failure;
  const id = reminder.id;
  const attempts = (own(before.undelivered, id)?.attempts ?? 0) + (blocked ? 0 : 1);
  const giveUp = blocked || attempts >= MAX_ATTEMPTS;
  const count = countedDay === undefined ? undefined : own(state.shownPerDay, countedDay);
  const shownPerDay =
    countedDay === undefined || count === undefined
      ? state.shownPerDay
      : withEntry(state.shownPerDay, countedDay, Math.max(count - 1, 0));
  const retryAt = giveUp ? null : addMinutes(now, RETRY_MINUTES).getTime();
  const failed: HandledReminder = { at: now.getTime(), outcome: 'failed' };
  return {
    ...state,
    // Settled for good when giving up (a shown reminder whose snooze failed keeps its record).
    handled: giveUp
      ? withEntry(state.handled, id, own(before.handled, id) ?? failed)
      : restored(state.handled, before.handled, id),
    snoozed: giveUp ? withoutEntry(state.snoozed, id) : restored(state.snoozed, before.snoozed, id),
    shownPerDay,
    undelivered: withEntry(state.undelivered, id, entryOf(reminder, attempts, retryAt)),
  };
}

/** The check-ins due now that Echt could not show, soonest first: for the badge and the popup. */
export function dueCheckIns(state: ReminderState, now: Date): UndeliveredReminder[] {
  return Object.values(state.undelivered)
    .filter((entry) => entry.until > now.getTime())
    .sort((a, b) => a.start - b.start);
}

/** When the next undelivered check-in stops being due, so the badge can be taken down; null for none. */
export function nextDueEnd(state: ReminderState, now: Date): Date | null {
  const ends = dueCheckIns(state, now).map((entry) => entry.until);
  return ends.length > 0 ? new Date(Math.min(...ends)) : null;
}
