// The plan of upcoming reminders, and the one place that decides, reminder by reminder,
// whether it shows: the plan and the alarm handler share it, so what the plan promised is
// what the alarm does.
import { addDays, max, subDays } from 'date-fns';
import { type Candidate, candidatesFor } from './candidates';
import { inClockRange, localMinute, usableTimeZone } from './local-time';
import { own } from './state';
import type { PlannedReminder, ReminderInput, ReminderOutcome } from './types';

/**
 * A reminder may show at most this late: its lead time, but never less than two minutes,
 * because an alarm is delivered a little late at times (Chrome fires none sooner than 30 s
 * after it was set; a busy browser adds more). For a meeting, a grace equal to the lead
 * means its reminder never shows after the meeting began (unless the lead is under two minutes).
 */
const MIN_GRACE_MINUTES = 2;

export type Verdict = 'show' | Exclude<ReminderOutcome, 'shown'>;

interface Judged {
  candidate: Candidate;
  verdict: Verdict;
}

/**
 * The occurrences the background should pass as `meetings`: from a day back (a snoozed
 * reminder of a meeting under way) to eight days ahead (past any weekend).
 */
export function planningWindow(now: Date): { from: Date; to: Date } {
  return { from: subDays(now, 1), to: addDays(now, 8) };
}

/**
 * Upcoming reminders, sorted by `fireAt`, each at most once, never before `now`. One that
 * is due but not yet handled (an alarm on its way) is planned at `now`.
 */
export function planReminders(input: ReminderInput): PlannedReminder[] {
  const settled = { ...input, timeZone: usableTimeZone(input.timeZone) };
  return judge(settled)
    .filter((judged) => judged.verdict === 'show')
    .map(({ candidate }) => atLeastNow(candidate.reminder, settled.now));
}

/** When the background's single alarm should go off: the first reminder's time, or null when none is planned. */
export function nextAlarmTime(plan: readonly PlannedReminder[]): Date | null {
  if (plan.length === 0) return null;
  return new Date(Math.min(...plan.map((reminder) => reminder.fireAt.getTime())));
}

/**
 * Every candidate in time order with what should become of it when its time comes. The
 * daily cap is counted in the same order, from the days' counts already stored.
 */
export function judge(input: ReminderInput): Judged[] {
  const { now, rules, state, timeZone } = input;
  const grace = Math.max(rules.leadMinutes, MIN_GRACE_MINUTES) * 60_000;
  const counts = new Map<string, number>();
  const countOf = (day: string) => counts.get(day) ?? own(state.shownPerDay, day) ?? 0;

  return candidatesFor(input).map((candidate): Judged => {
    const fireAt = candidate.reminder.fireAt;
    const showAt = max([fireAt, now]);
    if (now.getTime() - fireAt.getTime() > grace) return { candidate, verdict: 'late' };
    if (rules.pausedUntil !== null && showAt.getTime() < rules.pausedUntil) return { candidate, verdict: 'paused' };
    if (rules.quietHours && inClockRange(localMinute(showAt, timeZone), rules.quietHours)) {
      return { candidate, verdict: 'quiet' };
    }
    if (candidate.snoozed) return { candidate, verdict: 'show' };
    const count = countOf(candidate.dayKey);
    if (count >= rules.dailyCap) return { candidate, verdict: 'capped' };
    counts.set(candidate.dayKey, count + 1);
    return { candidate, verdict: 'show' };
  });
}

export function atLeastNow(reminder: PlannedReminder, now: Date): PlannedReminder {
  return { ...reminder, fireAt: max([reminder.fireAt, now]) };
}
