// The check-in log. Every write also keeps the person's `lastCheckIn` summary right, in
// the same transaction, so reconnect suggestions reset the moment a check-in is logged.
import { createCheckIn, type NewCheckIn, withCheckIn, withLastCheckIn } from './check-in';
import { PeopleError } from './errors';
import { newId } from './ids';
import { read, write } from './store';
import type { CheckIn, CheckInRef } from './types';

/** Logs a check-in; the person's summary moves to it if it is their newest. */
export async function logCheckIn(input: NewCheckIn): Promise<CheckIn> {
  const entry = createCheckIn(input, newId());
  return write(async (tx) => {
    const person = await tx.person(entry.personId);
    if (person === undefined) throw new PeopleError('not-found', `No person with id ${entry.personId}.`);
    tx.putCheckIn(entry);
    tx.putPerson(withCheckIn(person, entry));
    return entry;
  });
}

/** Takes a check-in back (a mis-click); the person's summary falls back to the one before. */
export function removeCheckIn(ref: CheckInRef): Promise<void> {
  return write(async (tx) => {
    if ((await tx.checkIn(ref)) === undefined) return;
    tx.deleteCheckIn(ref);
    const person = await tx.person(ref.personId);
    if (person?.lastCheckIn?.id !== ref.id) return;
    tx.putPerson(withLastCheckIn(person, (await tx.checkInsOf(person.id)).items.at(-1)));
  });
}

export interface CheckInQuery {
  personId?: string;
  /** Only check-ins at or after this time (ms). */
  from?: number;
  /** Only check-ins before this time (ms). */
  to?: number;
  limit?: number;
}

/**
 * Check-ins newest first. A person or a time window reads only that part of the log;
 * with neither, the whole log is read (the options page, never the popup).
 */
export async function listCheckIns(query: CheckInQuery = {}): Promise<CheckIn[]> {
  const { personId, from, to, limit } = query;
  const { items } = await read((tx) => {
    if (personId !== undefined) return tx.checkInsOf(personId, from, to);
    if (from !== undefined || to !== undefined) return tx.checkInsBetween(from ?? 0, to ?? Number.MAX_SAFE_INTEGER);
    return tx.checkIns();
  });
  return items.reverse().slice(0, limit);
}
