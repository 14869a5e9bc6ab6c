// Finding people: by name as the user types it, and calendar attendees by e-mail (or by
// name when the calendar gives no address).
import { foldForSearch, normalizeEmail } from './normalize';
import type { Person } from './types';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareNames(a: Pick<Person, 'name' | 'id'>, b: Pick<Person, 'name' | 'id'>): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortByName(people: readonly Person[]): Person[] {
  return [...people].sort(compareNames);
}

/** 0 name starts with the query, 1 every word starts a name word, 2 inside the name, 3 e-mail only. */
function rank(person: Person, query: string, tokens: readonly string[]): number | undefined {
  const name = foldForSearch(person.name);
  if (name.startsWith(query)) return 0;
  const words = name.split(/[\s'’-]+/);
  if (tokens.every((token) => words.some((word) => word.startsWith(token)))) return 1;
  if (tokens.every((token) => name.includes(token))) return 2;
  if (tokens.every((token) => person.emails.some((email) => email.includes(token)))) return 3;
  return undefined;
}

/**
 * People whose name (or e-mail) contains every word of `query`, ignoring case and accents,
 * best matches first. An empty query lists everyone by name.
 */
export function searchPeople(people: readonly Person[], query: string): Person[] {
  const folded = foldForSearch(query).trim();
  if (folded === '') return sortByName(people);
  const tokens = folded.split(/\s+/);
  const ranked = people.flatMap((person) => {
    const score = rank(person, folded, tokens);
    return score === undefined ? [] : [{ person, score }];
  });
  return ranked.sort((a, b) => a.score - b.score || compareNames(a.person, b.person)).map(({ person }) => person);
}

/** Normalised address -> person, for matching many attendees at once. */
export function indexByEmail(people: readonly Person[]): Map<string, Person> {
  const index = new Map<string, Person>();
  for (const person of people) {
    for (const email of person.emails) if (!index.has(email)) index.set(email, person);
  }
  return index;
}

/** The person with this address; `MAILTO:Sam@X.org` finds sam@x.org. */
export function findByEmail(people: readonly Person[], email: string): Person | undefined {
  const address = normalizeEmail(email);
  return address === undefined ? undefined : people.find((person) => person.emails.includes(address));
}

/** A name as it identifies someone: case, accents and spacing do not count. */
function nameKey(name: string): string {
  return foldForSearch(name).trim().replace(/\s+/g, ' ');
}

/**
 * Who a calendar attendee is among `people`: the person with their address, or, when the
 * calendar gives no (usable) address, the person with their exact name, case and accents
 * aside. Without the second, someone known only by name came back as a new person on
 * every check-in.
 */
export function attendeeMatcher(
  people: readonly Person[],
): (attendee: { name: string; email?: string }) => Person | undefined {
  const byEmail = indexByEmail(people);
  // Folding every name is most of the work (about 20 ms for 500 people in the popup), and
  // calendars nearly always give addresses: the names are indexed when first needed.
  let byName: Map<string, Person> | undefined;
  const indexByName = () => {
    const index = new Map<string, Person>();
    for (const person of sortByName(people)) {
      const key = nameKey(person.name);
      if (key !== '' && !index.has(key)) index.set(key, person);
    }
    return index;
  };
  return ({ name, email }) => {
    const address = email === undefined ? undefined : normalizeEmail(email);
    if (address !== undefined) return byEmail.get(address);
    const key = nameKey(name);
    if (key === '') return undefined;
    byName ??= indexByName();
    return byName.get(key);
  };
}
