// People and their "ask about" items, as the popup and options page change them.
// Times that get stamped (added, created) come in as `now`.
import { PeopleError } from './errors';
import { newId } from './ids';
import { nameFromEmail, normalizeEmail } from './normalize';
import {
  type AskAboutPatch,
  createAskAbout,
  createPerson,
  type NewAskAbout,
  type NewPerson,
  type PersonPatch,
  patchPerson,
  withAskAbout,
  withoutAskAbout,
  withPatchedAskAbout,
} from './person';
import { attendeeMatcher, findByEmail, sortByName } from './search';
import { type PeopleTx, read, write } from './store';
import type { AskAbout, Person } from './types';

/** Every person, sorted by name; damaged records are left out. */
export async function listPeople(): Promise<Person[]> {
  return sortByName((await read((tx) => tx.people())).items);
}

export function getPerson(id: string): Promise<Person | undefined> {
  return read((tx) => tx.person(id));
}

/** The person a calendar attendee's address belongs to; case and `mailto:` do not matter. */
export async function findPersonByEmail(email: string): Promise<Person | undefined> {
  if (normalizeEmail(email) === undefined) return undefined;
  return findByEmail((await read((tx) => tx.people())).items, email);
}

/** Throws when one of `person`'s addresses already belongs to someone else. */
async function assertEmailsFree(tx: PeopleTx, person: Person): Promise<void> {
  if (person.emails.length === 0) return;
  const others = (await tx.people()).items.filter((other) => other.id !== person.id);
  for (const email of person.emails) {
    const owner = findByEmail(others, email);
    if (owner !== undefined) throw new PeopleError('email-taken', `${email} already belongs to ${owner.name}.`);
  }
}

export async function addPerson(input: NewPerson, now: number): Promise<Person> {
  const person = createPerson(input, newId(), now);
  return write(async (tx) => {
    await assertEmailsFree(tx, person);
    tx.putPerson(person);
    return person;
  });
}

async function mustGet(tx: PeopleTx, id: string): Promise<Person> {
  const person = await tx.person(id);
  if (person === undefined) throw new PeopleError('not-found', `No person with id ${id}.`);
  return person;
}

/** Reads, changes and saves one person in one transaction. */
function change(id: string, edit: (person: Person) => Person): Promise<Person> {
  return write(async (tx) => {
    const person = edit(await mustGet(tx, id));
    tx.putPerson(person);
    return person;
  });
}

export function updatePerson(id: string, patch: PersonPatch): Promise<Person> {
  return write(async (tx) => {
    const person = patchPerson(await mustGet(tx, id), patch);
    if (patch.emails !== undefined) await assertEmailsFree(tx, person);
    tx.putPerson(person);
    return person;
  });
}

/** Removes the person and every check-in with them. */
export function removePerson(id: string): Promise<void> {
  return write(async (tx) => {
    tx.deletePerson(id);
    await tx.deleteCheckInsOf(id);
  });
}

/** A meeting attendee as the calendar gives it. */
export interface Attendee {
  name: string;
  email?: string;
}

/**
 * Adds an attendee in one click. When they are already someone (by address, or by name
 * when the calendar gives no address), that person comes back unchanged
 * (`created: false`) instead of a duplicate.
 */
export async function addPersonFromAttendee(
  attendee: Attendee,
  now: number,
): Promise<{ person: Person; created: boolean }> {
  const email = attendee.email === undefined ? undefined : normalizeEmail(attendee.email);
  const fallback = email === undefined ? '' : nameFromEmail(email) || email;
  const name = attendee.name.trim() === '' ? fallback : attendee.name;
  const person = createPerson({ name, emails: email === undefined ? [] : [email] }, newId(), now);
  return write(async (tx) => {
    const existing = attendeeMatcher((await tx.people()).items)({ name, ...(email === undefined ? {} : { email }) });
    if (existing !== undefined) return { person: existing, created: false };
    tx.putPerson(person);
    return { person, created: true };
  });
}

export async function addAskAbout(personId: string, input: NewAskAbout, now: number): Promise<AskAbout> {
  const item = createAskAbout(input, newId(), now);
  await change(personId, (person) => withAskAbout(person, item));
  return item;
}

/** Edits an item; `{ done: true }` marks it done. */
export async function updateAskAbout(personId: string, itemId: string, patch: AskAboutPatch): Promise<AskAbout> {
  const person = await change(personId, (current) => withPatchedAskAbout(current, itemId, patch));
  const item = person.askAbout.find((candidate) => candidate.id === itemId);
  if (item === undefined) throw new PeopleError('not-found', `No "ask about" item ${itemId}.`);
  return item;
}

export async function removeAskAbout(personId: string, itemId: string): Promise<void> {
  await change(personId, (person) => withoutAskAbout(person, itemId));
}
