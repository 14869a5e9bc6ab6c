// Pure edits of a person and their "ask about" items. Each returns a new value and
// throws a PeopleError naming what the user typed wrong; ids and times come in.
import { PeopleError } from './errors';
import { isIsoDay, normalizeEmail, oneLine } from './normalize';
import { type AskAbout, LIMITS, type Person, type ReconnectWeeks } from './types';

export interface NewPerson {
  name: string;
  emails?: readonly string[];
  notes?: string;
  reconnectWeeks?: ReconnectWeeks;
}

/** Fields left out stay as they are; `reconnectWeeks: null` goes back to the global default. */
export interface PersonPatch {
  name?: string;
  emails?: readonly string[];
  notes?: string;
  reconnectWeeks?: ReconnectWeeks | null;
}

export interface NewAskAbout {
  text: string;
  /** `yyyy-mm-dd` */
  date?: string;
}

/** Fields left out stay as they are; `date: null` removes the date. */
export interface AskAboutPatch {
  text?: string;
  date?: string | null;
  done?: boolean;
}

function checkName(name: string): string {
  const clean = oneLine(name);
  if (clean === '') throw new PeopleError('empty', 'A person needs a name.');
  if (clean.length > LIMITS.name) throw new PeopleError('too-long', `A name is at most ${LIMITS.name} characters.`);
  return clean;
}

/** Normalised, without duplicates; throws on the first address that is not one. */
function checkEmails(emails: readonly string[]): string[] {
  const clean = new Set<string>();
  for (const raw of emails) {
    if (raw.trim() === '') continue;
    const email = normalizeEmail(raw);
    if (email === undefined) throw new PeopleError('invalid-email', `"${raw}" is not an e-mail address.`);
    clean.add(email);
  }
  if (clean.size > LIMITS.emailsPerPerson) {
    throw new PeopleError('too-many', `A person has at most ${LIMITS.emailsPerPerson} e-mail addresses.`);
  }
  return [...clean];
}

function checkNotes(notes: string): string {
  if (notes.length > LIMITS.notes) throw new PeopleError('too-long', `Notes are at most ${LIMITS.notes} characters.`);
  return notes;
}

export function isReconnectWeeks(value: unknown): value is ReconnectWeeks {
  if (value === 'off') return true;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= LIMITS.reconnectWeeks;
}

function checkWeeks(weeks: ReconnectWeeks): ReconnectWeeks {
  if (!isReconnectWeeks(weeks)) {
    throw new PeopleError('invalid-weeks', `Reconnect after 1 to ${LIMITS.reconnectWeeks} whole weeks, or 'off'.`);
  }
  return weeks;
}

function checkAskText(text: string): string {
  const clean = oneLine(text);
  if (clean === '') throw new PeopleError('empty', 'Say what to ask about.');
  if (clean.length > LIMITS.askAboutText) {
    throw new PeopleError('too-long', `An "ask about" item is at most ${LIMITS.askAboutText} characters.`);
  }
  return clean;
}

function checkDay(date: string): string {
  if (!isIsoDay(date)) throw new PeopleError('invalid-date', `"${date}" is not a day written as yyyy-mm-dd.`);
  return date;
}

export function createPerson(input: NewPerson, id: string, now: number): Person {
  return {
    id,
    name: checkName(input.name),
    emails: checkEmails(input.emails ?? []),
    notes: checkNotes(input.notes ?? ''),
    askAbout: [],
    addedAt: now,
    ...(input.reconnectWeeks === undefined ? {} : { reconnectWeeks: checkWeeks(input.reconnectWeeks) }),
  };
}

export function patchPerson(person: Person, patch: PersonPatch): Person {
  const { reconnectWeeks: _previous, ...rest } = person;
  const weeks = patch.reconnectWeeks === undefined ? person.reconnectWeeks : patch.reconnectWeeks;
  return {
    ...rest,
    ...(patch.name === undefined ? {} : { name: checkName(patch.name) }),
    ...(patch.emails === undefined ? {} : { emails: checkEmails(patch.emails) }),
    ...(patch.notes === undefined ? {} : { notes: checkNotes(patch.notes) }),
    ...(weeks === undefined || weeks === null ? {} : { reconnectWeeks: checkWeeks(weeks) }),
  };
}

export function createAskAbout(input: NewAskAbout, id: string, now: number): AskAbout {
  return {
    id,
    text: checkAskText(input.text),
    ...(input.date === undefined || input.date === '' ? {} : { date: checkDay(input.date) }),
    done: false,
    createdAt: now,
  };
}

export function withAskAbout(person: Person, item: AskAbout): Person {
  if (person.askAbout.length >= LIMITS.askAboutPerPerson) {
    throw new PeopleError('too-many', `A person has at most ${LIMITS.askAboutPerPerson} "ask about" items.`);
  }
  return { ...person, askAbout: [...person.askAbout, item] };
}

function findItem(person: Person, itemId: string): AskAbout {
  const item = person.askAbout.find((candidate) => candidate.id === itemId);
  if (item === undefined) throw new PeopleError('not-found', `No "ask about" item ${itemId} for ${person.name}.`);
  return item;
}

function patchAskAbout(item: AskAbout, patch: AskAboutPatch): AskAbout {
  const { date: _previous, ...rest } = item;
  const date = patch.date === undefined ? item.date : patch.date;
  return {
    ...rest,
    ...(patch.text === undefined ? {} : { text: checkAskText(patch.text) }),
    ...(date === undefined || date === null || date === '' ? {} : { date: checkDay(date) }),
    ...(patch.done === undefined ? {} : { done: patch.done }),
  };
}

export function withPatchedAskAbout(person: Person, itemId: string, patch: AskAboutPatch): Person {
  const updated = patchAskAbout(findItem(person, itemId), patch);
  return { ...person, askAbout: person.askAbout.map((item) => (item.id === itemId ? updated : item)) };
}

export function withoutAskAbout(person: Person, itemId: string): Person {
  findItem(person, itemId);
  return { ...person, askAbout: person.askAbout.filter((item) => item.id !== itemId) };
}
