// How an imported file merges into the people already here. What exists on both sides
// keeps the version here; everything only in the file is added; notes that differ are
// both kept. Merging the same file twice changes nothing the second time.
import type { PeopleExport } from './export-format';
import { LIMITS, type Person, type PersonData } from './types';

interface MergePlan {
  /** New and changed people, keyed by id; their summaries still need the new check-ins. */
  people: Map<string, Person>;
  /** The file's id of each person -> the id they have here (differs when matched by e-mail). */
  idHere: Map<string, string>;
  added: number;
  updated: number;
}

function mergeNotes(here: string, incoming: string): string {
  if (incoming === '' || here.includes(incoming)) return here;
  if (incoming.includes(here)) return incoming;
  return `${here}\n\n${incoming}`.slice(0, LIMITS.notes);
}

function mergePerson(here: Person, incoming: PersonData, freeEmail: (email: string) => boolean): Person {
  const newEmails = incoming.emails.filter((email) => !here.emails.includes(email) && freeEmail(email));
  const knownItems = new Set(here.askAbout.map((item) => item.id));
  const newItems = incoming.askAbout.filter((item) => !knownItems.has(item.id));
  const weeks = here.reconnectWeeks ?? incoming.reconnectWeeks;
  return {
    ...here,
    emails: [...here.emails, ...newEmails].slice(0, LIMITS.emailsPerPerson),
    notes: mergeNotes(here.notes, incoming.notes),
    askAbout: [...here.askAbout, ...newItems].slice(0, LIMITS.askAboutPerPerson),
    addedAt: Math.min(here.addedAt, incoming.addedAt),
    ...(weeks === undefined ? {} : { reconnectWeeks: weeks }),
  };
}

function differs(a: Person, b: Person): boolean {
  return (
    a.emails.length !== b.emails.length ||
    a.notes !== b.notes ||
    a.askAbout.length !== b.askAbout.length ||
    a.addedAt !== b.addedAt ||
    a.reconnectWeeks !== b.reconnectWeeks
  );
}

/** Matches each person in the file to one here, by id and else by a shared e-mail address. */
export function planMerge(existing: readonly Person[], incoming: PeopleExport): MergePlan {
  const here = new Map(existing.map((person) => [person.id, person]));
  const owner = new Map(existing.flatMap((person) => person.emails.map((email) => [email, person.id] as const)));
  const plan: MergePlan = { people: new Map(), idHere: new Map(), added: 0, updated: 0 };

  for (const person of incoming.people) {
    const matchId = here.has(person.id) ? person.id : person.emails.map((email) => owner.get(email)).find(Boolean);
    const match = matchId === undefined ? undefined : here.get(matchId);
    const result = match === undefined ? person : mergePerson(match, person, (email) => !owner.has(email));
    if (match === undefined) plan.added++;
    else if (differs(match, result) && !plan.people.has(match.id)) plan.updated++;
    if (match === undefined || differs(match, result)) plan.people.set(result.id, result);
    here.set(result.id, result);
    for (const email of result.emails) owner.set(email, result.id);
    plan.idHere.set(person.id, result.id);
  }
  return plan;
}
