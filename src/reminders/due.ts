// What to do when the worker wakes: show what is due, settle it in the state for good, and
// plan what comes next.
import type { Candidate } from './candidates';
import { usableTimeZone } from './local-time';
import { judge, planReminders, showTime, type Verdict } from './plan';
import { own, pruneState, withEntry, withoutEntry } from './state';
import type { HandledReminder, PlannedReminder, ReminderInput, ReminderState } from './types';

export interface DueDecision {
  /** Show these now, in this order. */
  show: PlannedReminder[];
  /** Reminder id → the local day its showing was counted against the daily cap (not for a snoozed one coming back). */
  counted: Record<string, string>;
  /** Store this before showing anything: it records every reminder whose time has come, shown or dropped. */
  state: ReminderState;
  /** What comes next, from the new state; set the alarm with `nextAlarmTime(plan)`. */
  plan: PlannedReminder[];
}

/**
 * Call on every wake-up (the alarm, browser start-up, a calendar sync, a settings change).
 * Each reminder whose time has come is decided once: shown, or dropped (too late after
 * sleep, paused, quiet hours, over the daily cap) and never considered again. Nothing shows
 * before its time; calling again with the returned state shows nothing twice.
 */
export function dueReminders(input: ReminderInput): DueDecision {
  const settled = { ...input, timeZone: usableTimeZone(input.timeZone) };
  const { now, timeZone } = settled;
  let state = settled.state;
  const show: PlannedReminder[] = [];
  const counted: Record<string, string> = {};
  for (const { candidate, verdict } of judge(settled)) {
    if (candidate.reminder.fireAt > now) break;
    // Shown once and failed: it waits for its retry (a late one is settled at once).
    if (verdict === 'show' && candidate.notBefore && candidate.notBefore > now) continue;
    state = settle(state, candidate, verdict, now);
    if (verdict !== 'show') continue;
    show.push(showTime(candidate, now));
    if (!candidate.snoozed) counted[candidate.reminder.id] = candidate.dayKey;
  }
  state = pruneState(state, now, timeZone);
  return { show, counted, state, plan: planReminders({ ...settled, state }) };
}

/** The state after one due reminder was decided. One about to show is no longer undelivered. */
function settle(before: ReminderState, candidate: Candidate, verdict: Verdict, now: Date): ReminderState {
  const { reminder } = candidate;
  const state = verdict === 'show' ? { ...before, undelivered: withoutEntry(before.undelivered, reminder.id) } : before;
  if (candidate.snoozed) {
    // Shown before: its record (and meeting, for the notification's buttons) stays; the snooze is used up.
    const previous = own(state.handled, reminder.id);
    const handled =
      verdict === 'show' && previous
        ? withEntry(state.handled, reminder.id, { ...previous, at: now.getTime() })
        : state.handled;
    return { ...state, handled, snoozed: withoutEntry(state.snoozed, reminder.id) };
  }
  const record: HandledReminder = { at: now.getTime(), outcome: verdict === 'show' ? 'shown' : verdict };
  if (verdict === 'show' && reminder.kind === 'meeting') {
    record.meeting = { meetingId: reminder.meetingId, seriesKey: reminder.seriesKey };
  }
  const shownPerDay =
    verdict === 'show'
      ? withEntry(state.shownPerDay, candidate.dayKey, (own(state.shownPerDay, candidate.dayKey) ?? 0) + 1)
      : state.shownPerDay;
  return { ...state, handled: withEntry(state.handled, reminder.id, record), shownPerDay };
}
