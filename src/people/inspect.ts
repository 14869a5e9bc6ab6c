// Reads records that come from outside the type system (IndexedDB, an import file) field
// by field. Each inspection returns the best valid value it can build and the problems it
// found: the store uses the value (repair), an import refuses any problem (strict).

import { isRecord, isTime } from '../guards';
import { isCheckInHow } from './check-in';
import { isIsoDay, nameFromEmail, normalizeEmail, oneLine } from './normalize';
import { isReconnectWeeks } from './person';
import { type AskAbout, type CheckIn, type LastCheckIn, LIMITS, type Person, type PersonData } from './types';

export interface Problem {
  /** Where in the data, e.g. `people[3].emails[1]`. */
  path: string;
  message: string;
}

interface Inspection<T> {
  /** Undefined when the record cannot be repaired and is skipped. */
  value: T | undefined;
  problems: Problem[];
}

function readId(value: unknown, path: string, problems: Problem[]): string | undefined {
  if (typeof value === 'string' && value.length > 0 && value.length <= LIMITS.id) return value;
  problems.push({ path, message: `needs an id: a text of 1 to ${LIMITS.id} characters` });
  return undefined;
}

/** A text field; `oneLineOnly` collapses line breaks. Too long is cut, with a problem. */
function readText(value: unknown, path: string, max: number, problems: Problem[], oneLineOnly: boolean) {
  if (typeof value !== 'string') {
    problems.push({ path, message: 'is not a text' });
    return undefined;
  }
  const text = oneLineOnly ? oneLine(value) : value;
  if (text.length <= max) return text;
  problems.push({ path, message: `is longer than ${max} characters` });
  return text.slice(0, max);
}

function readTime(value: unknown, path: string, problems: Problem[]): number {
  if (isTime(value)) return value;
  problems.push({ path, message: 'is not a time (ms since 1970)' });
  return 0;
}

/** Items of a list, each read by `read`; a list that is absent reads as empty. */
function readList<T>(value: unknown, path: string, problems: Problem[], read: (item: unknown, at: string) => T[]) {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ path, message: 'is not a list' });
    return [];
  }
  return value.flatMap((item, index) => read(item, `${path}[${index}]`));
}

function capList<T>(items: T[], max: number, path: string, problems: Problem[]): T[] {
  if (items.length <= max) return items;
  problems.push({ path, message: `has more than ${max} entries` });
  return items.slice(0, max);
}

function readEmails(value: unknown, path: string, problems: Problem[]): string[] {
  const emails = readList(value, path, problems, (item, at) => {
    const email = typeof item === 'string' ? normalizeEmail(item) : undefined;
    if (email === undefined) problems.push({ path: at, message: 'is not an e-mail address' });
    return email === undefined ? [] : [email];
  });
  return capList([...new Set(emails)], LIMITS.emailsPerPerson, path, problems);
}

function inspectAskAbout(raw: unknown, path: string): Inspection<AskAbout> {
  if (!isRecord(raw)) return { value: undefined, problems: [{ path, message: 'is not an "ask about" item' }] };
  const problems: Problem[] = [];
  const id = readId(raw.id, `${path}.id`, problems);
  const text = readText(raw.text, `${path}.text`, LIMITS.askAboutText, problems, true);
  if (text === '') problems.push({ path: `${path}.text`, message: 'is empty' });
  const dateOk = raw.date === undefined || (typeof raw.date === 'string' && isIsoDay(raw.date));
  if (!dateOk) problems.push({ path: `${path}.date`, message: 'is not a day written as yyyy-mm-dd' });
  if (typeof raw.done !== 'boolean') problems.push({ path: `${path}.done`, message: 'is not true or false' });
  const createdAt = readTime(raw.createdAt, `${path}.createdAt`, problems);
  if (id === undefined || text === undefined || text === '') return { value: undefined, problems };
  const date = dateOk && typeof raw.date === 'string' ? { date: raw.date } : {};
  return { value: { id, text, ...date, done: raw.done === true, createdAt }, problems };
}

function readAskAbout(value: unknown, path: string, problems: Problem[]): AskAbout[] {
  const seen = new Set<string>();
  const items = readList(value, path, problems, (item, at) => {
    const inspection = inspectAskAbout(item, at);
    problems.push(...inspection.problems);
    const found = inspection.value;
    if (found === undefined) return [];
    if (seen.has(found.id)) {
      problems.push({ path: `${at}.id`, message: `repeats the id "${found.id}"` });
      return [];
    }
    seen.add(found.id);
    return [found];
  });
  return capList(items, LIMITS.askAboutPerPerson, path, problems);
}

/** The user-owned fields of a person; a stored summary is read separately. */
export function inspectPersonData(raw: unknown, path: string): Inspection<PersonData> {
  if (!isRecord(raw)) return { value: undefined, problems: [{ path, message: 'is not a person' }] };
  const problems: Problem[] = [];
  const id = readId(raw.id, `${path}.id`, problems);
  const emails = readEmails(raw.emails, `${path}.emails`, problems);
  const typed = readText(raw.name, `${path}.name`, LIMITS.name, problems, true);
  if (typed === '') problems.push({ path: `${path}.name`, message: 'is empty' });
  const name = typed || (emails[0] === undefined ? '' : nameFromEmail(emails[0]));
  const notes =
    raw.notes === undefined ? '' : (readText(raw.notes, `${path}.notes`, LIMITS.notes, problems, false) ?? '');
  const askAbout = readAskAbout(raw.askAbout, `${path}.askAbout`, problems);
  const addedAt = readTime(raw.addedAt, `${path}.addedAt`, problems);
  const weeksOk = raw.reconnectWeeks === undefined || isReconnectWeeks(raw.reconnectWeeks);
  if (!weeksOk)
    problems.push({ path: `${path}.reconnectWeeks`, message: `is not 1 to ${LIMITS.reconnectWeeks} or 'off'` });
  if (id === undefined || name === '') return { value: undefined, problems };
  const weeks = weeksOk && isReconnectWeeks(raw.reconnectWeeks) ? { reconnectWeeks: raw.reconnectWeeks } : {};
  return { value: { id, name, emails, notes, askAbout, addedAt, ...weeks }, problems };
}

export function inspectCheckIn(raw: unknown, path: string): Inspection<CheckIn> {
  if (!isRecord(raw)) return { value: undefined, problems: [{ path, message: 'is not a check-in' }] };
  const problems: Problem[] = [];
  const id = readId(raw.id, `${path}.id`, problems);
  const personId = readId(raw.personId, `${path}.personId`, problems);
  if (!isTime(raw.at)) problems.push({ path: `${path}.at`, message: 'is not a time (ms since 1970)' });
  if (!isCheckInHow(raw.how)) problems.push({ path: `${path}.how`, message: 'is not a kind of check-in' });
  const note =
    raw.note === undefined ? '' : (readText(raw.note, `${path}.note`, LIMITS.checkInNote, problems, true) ?? '');
  if (id === undefined || personId === undefined || !isTime(raw.at)) return { value: undefined, problems };
  const how = isCheckInHow(raw.how) ? raw.how : 'other';
  return { value: { id, personId, at: raw.at, how, ...(note === '' ? {} : { note }) }, problems };
}

/** A stored summary, only if it is whole; otherwise the caller treats it as absent. */
function readLastCheckIn(raw: unknown): LastCheckIn | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, at, how, note } = raw;
  if (typeof id !== 'string' || !isTime(at) || !isCheckInHow(how)) return undefined;
  if (note !== undefined && typeof note !== 'string') return undefined;
  return { id, at, how, ...(note === undefined ? {} : { note }) };
}

/** A person as stored: the user's fields plus the summary; a damaged summary is dropped. */
export function inspectStoredPerson(raw: unknown): Inspection<Person> {
  const inspection = inspectPersonData(raw, 'person');
  if (inspection.value === undefined || !isRecord(raw) || raw.lastCheckIn === undefined) return inspection;
  const lastCheckIn = readLastCheckIn(raw.lastCheckIn);
  if (lastCheckIn !== undefined) return { value: { ...inspection.value, lastCheckIn }, problems: inspection.problems };
  return {
    value: inspection.value,
    problems: [...inspection.problems, { path: 'person.lastCheckIn', message: 'is damaged' }],
  };
}
