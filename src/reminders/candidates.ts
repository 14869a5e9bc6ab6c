// Every reminder that could still fire, each at its own time, before the rules about when
// to be quiet (pause, quiet hours, the cap) have their say.
import { subDays, subMinutes } from 'date-fns';
import { atLocalMinute, localDayKey, localNoons, localWeekday, parseClock } from './local-time';
import { isMeetingToRemind, seriesKeyOf } from './meetings';
import { meetingReminderId, own, routineReminderId } from './state';
import type { MeetingInput, PlannedReminder, ReminderInput, ReminderState } from './types';

/** Routines are laid out for this many days ahead: a weekly routine always has a next time. */
const ROUTINE_DAYS_AHEAD = 7;

export interface Candidate {
  /** With `fireAt` its own time: the meeting's start minus the lead, the routine's time, or the snooze's end. */
  reminder: PlannedReminder;
  /** After a failed attempt to show it: the next attempt, not before this. */
  notBefore: Date | null;
  /** The local day the reminder counts against for the daily cap. */
  dayKey: string;
  /** It was shown before and comes back after a snooze; the cap counted it then. */
  snoozed: boolean;
}

/** All candidates whose time is at most a day before `now`, sorted by time (then id, so ties are stable). */
export function candidatesFor(input: ReminderInput): Candidate[] {
  const since = subDays(input.now, 1).getTime();
  return [...meetingCandidates(input), ...routineCandidates(input)]
    .filter((candidate) => candidate.reminder.fireAt.getTime() >= since)
    .sort(
      (a, b) =>
        a.reminder.fireAt.getTime() - b.reminder.fireAt.getTime() ||
        (a.reminder.id < b.reminder.id ? -1 : a.reminder.id > b.reminder.id ? 1 : 0),
    );
}

/**
 * One candidate per occurrence id. The same occurrence can come from two feeds (a personal
 * and a shared calendar); it is reminded of only if every copy says it should be.
 */
function meetingCandidates({ timeZone, meetings, rules, state }: ReminderInput): Candidate[] {
  const copies = new Map<string, MeetingInput[]>();
  for (const meeting of meetings) copies.set(meeting.id, [...(copies.get(meeting.id) ?? []), meeting]);
  const candidates: Candidate[] = [];
  for (const [id, sameOccurrence] of copies) {
    const meeting = sameOccurrence[0];
    if (!meeting || !sameOccurrence.every((copy) => isMeetingToRemind(copy, rules, state, timeZone))) continue;
    const reminderId = meetingReminderId(id);
    const time = timing(reminderId, subMinutes(meeting.start, rules.leadMinutes), state);
    // A snooze that would end after the meeting has nothing left to remind of.
    if (!time || (time.snoozed && time.fireAt >= meeting.end)) continue;
    candidates.push({
      reminder: {
        kind: 'meeting',
        id: reminderId,
        fireAt: time.fireAt,
        meetingId: id,
        seriesKey: seriesKeyOf(meeting),
        title: meeting.title,
        start: new Date(meeting.start.getTime()),
        end: new Date(meeting.end.getTime()),
        people: meeting.others.map((person) => ({ ...person })),
        snoozed: time.snoozed,
      },
      dayKey: localDayKey(time.fireAt, timeZone),
      snoozed: time.snoozed,
      notBefore: time.notBefore,
    });
  }
  return candidates;
}

function routineCandidates({ now, timeZone, rules, state }: ReminderInput): Candidate[] {
  const candidates: Candidate[] = [];
  const noons = localNoons(now, timeZone, 1, ROUTINE_DAYS_AHEAD);
  for (const routine of rules.routines) {
    const minute = parseClock(routine.time);
    if (minute === null) continue;
    for (const noon of noons) {
      if (!routine.days.includes(localWeekday(noon, timeZone))) continue;
      const dayKey = localDayKey(noon, timeZone);
      const reminderId = routineReminderId(routine.id, dayKey);
      const start = atLocalMinute(noon, minute, timeZone);
      const time = timing(reminderId, start, state);
      if (!time) continue;
      candidates.push({
        reminder: {
          kind: 'routine',
          id: reminderId,
          fireAt: time.fireAt,
          routineId: routine.id,
          title: routine.label,
          start,
          people: [],
          snoozed: time.snoozed,
        },
        dayKey,
        snoozed: time.snoozed,
        notBefore: time.notBefore,
      });
    }
  }
  return candidates;
}

interface Timing {
  fireAt: Date;
  snoozed: boolean;
  notBefore: Date | null;
}

/**
 * Its own time for a reminder not yet handled; the snooze's end for one shown and snoozed;
 * otherwise none. After a failed attempt to show it, the next attempt waits for its retry time.
 */
function timing(reminderId: string, scheduled: Date, state: ReminderState): Timing | null {
  const retryAt = own(state.undelivered, reminderId)?.retryAt;
  const notBefore = typeof retryAt === 'number' ? new Date(retryAt) : null;
  if (!own(state.handled, reminderId)) return { fireAt: scheduled, snoozed: false, notBefore };
  const until = own(state.snoozed, reminderId);
  return until === undefined ? null : { fireAt: new Date(until), snoozed: true, notBefore };
}
