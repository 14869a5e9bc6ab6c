// What "Today" shows: the calendar's meetings worth a check-in, each attendee matched to
// the person the user keeps notes about. Pure: meetings and people come in.
import type { UpcomingMeeting } from '../../messaging';
import { type AskAbout, attendeeMatcher, normalizeEmail, type Person } from '../../people';
import type { Routine, UndeliveredReminder } from '../../reminders';

/** The calendar looks this far ahead for the popup. */
export const TODAY_HOURS = 12;

export interface MeetingAttendee {
  /** Stable for this meeting and attendee, before and after they are added to people. */
  key: string;
  name: string;
  email?: string;
  /** The person the user keeps notes about, when known by address (or by name, without one). */
  person?: Person;
  /** Their open "ask about" items, oldest first. */
  askAbout: readonly AskAbout[];
}

export interface TodayMeeting {
  id: string;
  title: string;
  start: number;
  color: string;
  attendees: readonly MeetingAttendee[];
  /** Its reminder could not be shown as a notification: the check-in is due, and the meeting comes first. */
  due: boolean;
}

function attendeeOf(
  meetingId: string,
  attendee: UpcomingMeeting['people'][number],
  match: ReturnType<typeof attendeeMatcher>,
): MeetingAttendee {
  const { name, email } = attendee;
  const address = email === undefined ? undefined : normalizeEmail(email);
  const person = match(attendee);
  return {
    key: `meeting:${meetingId}:${address ?? name}`,
    name: person?.name ?? (name.trim() || address || ''),
    ...(address === undefined ? {} : { email: address }),
    ...(person === undefined ? {} : { person }),
    askAbout: person?.askAbout.filter((item) => !item.done) ?? [],
  };
}

/**
 * The matcher of each list of people: the popup works Today out again on every render, with
 * the same list until people memory is read again, and indexing 500 people is not free.
 */
const matchers = new WeakMap<readonly Person[], ReturnType<typeof attendeeMatcher>>();

function matcherOf(people: readonly Person[]): ReturnType<typeof attendeeMatcher> {
  let match = matchers.get(people);
  if (!match) {
    match = attendeeMatcher(people);
    matchers.set(people, match);
  }
  return match;
}

/**
 * Meetings Echt would nudge before (no skip reason), with their people: first those whose
 * reminder could not be shown (`due`, by meeting id), then the rest, each soonest first.
 */
export function todayMeetings(
  meetings: readonly UpcomingMeeting[],
  people: readonly Person[],
  due: ReadonlySet<string> = new Set(),
): TodayMeeting[] {
  const match = matcherOf(people);
  return meetings
    .filter((meeting) => meeting.skip === null && meeting.people.length > 0)
    .sort((a, b) => Number(due.has(b.id)) - Number(due.has(a.id)) || a.start - b.start)
    .map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      start: meeting.start,
      color: meeting.color,
      attendees: meeting.people.map((attendee) => attendeeOf(meeting.id, attendee, match)),
      due: due.has(meeting.id),
    }));
}

/** A check-in whose reminder Echt could not show, named for Today. */
export interface DueCheckIn {
  key: string;
  /** The routine's label or the meeting's title; empty when the meeting is no longer in the calendar. */
  title: string;
  start: number;
  meetingId?: string;
}

/**
 * Names each due check-in: the stored state keeps only ids (content scripts can read it),
 * so a routine is named from the rules and a meeting from the calendar's meetings.
 */
export function namedDueCheckIns(
  due: readonly UndeliveredReminder[],
  routines: readonly Routine[],
  meetings: readonly UpcomingMeeting[],
): DueCheckIn[] {
  return due.map((entry) => {
    const key = `${entry.kind}:${entry.meetingId ?? entry.routineId ?? ''}:${entry.start}`;
    const title =
      entry.kind === 'routine'
        ? (routines.find((routine) => routine.id === entry.routineId)?.label ?? '')
        : (meetings.find((meeting) => meeting.id === entry.meetingId)?.title ?? '');
    return { key, title, start: entry.start, ...(entry.meetingId ? { meetingId: entry.meetingId } : {}) };
  });
}
