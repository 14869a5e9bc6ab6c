// Pure pieces of the check-in log: a new entry from the form, and the per-person
// summary that must always point at the newest check-in, whatever order they arrive in.

import { isTime } from '../guards';
import { PeopleError } from './errors';
import { oneLine } from './normalize';
import { CHECK_IN_HOWS, type CheckIn, type CheckInHow, type LastCheckIn, LIMITS, type Person } from './types';

export interface NewCheckIn {
  personId: string;
  /** When it happened, ms since epoch (the form may back-date it). */
  at: number;
  how: CheckInHow;
  note?: string;
}

export function isCheckInHow(value: unknown): value is CheckInHow {
  return typeof value === 'string' && (CHECK_IN_HOWS as readonly string[]).includes(value);
}

export function createCheckIn(input: NewCheckIn, id: string): CheckIn {
  if (!isTime(input.at)) throw new PeopleError('invalid-time', 'A check-in needs a valid time.');
  if (!isCheckInHow(input.how))
    throw new PeopleError('invalid-how', `"${String(input.how)}" is not a kind of check-in.`);
  const note = oneLine(input.note ?? '');
  if (note.length > LIMITS.checkInNote) {
    throw new PeopleError('too-long', `A check-in note is at most ${LIMITS.checkInNote} characters.`);
  }
  return { id, personId: input.personId, at: input.at, how: input.how, ...(note === '' ? {} : { note }) };
}

function summarize(checkIn: CheckIn): LastCheckIn {
  const { id, at, how, note } = checkIn;
  return { id, at, how, ...(note === undefined ? {} : { note }) };
}

/** The person with `checkIn` counted: it becomes the summary only if it is the newest. */
export function withCheckIn(person: Person, checkIn: CheckIn): Person {
  const last = person.lastCheckIn;
  if (last !== undefined && last.at > checkIn.at) return person;
  return { ...person, lastCheckIn: summarize(checkIn) };
}

/** The person with the summary rebuilt from `newest`, their newest remaining check-in. */
export function withLastCheckIn(person: Person, newest: CheckIn | undefined): Person {
  const { lastCheckIn: _previous, ...rest } = person;
  return newest === undefined ? rest : { ...rest, lastCheckIn: summarize(newest) };
}

/** Oldest first; the same order as the store's time index. */
export function sortByTime(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...checkIns].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
