// How the popup addresses someone in a sentence it offers to copy.
import type { Person } from '../../people';

const LONGEST = 40;

/** "Sam Peeters" -> "Sam": first names keep a message light. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/**
 * The name to put in a sentence for what the user typed or picked: a known person's first
 * name, else what they typed (it may already be just a first name, or a nickname).
 */
export function addressee(typed: string, people: readonly Pick<Person, 'name'>[]): string | undefined {
  const clean = typed.trim().replace(/\s+/g, ' ').slice(0, LONGEST);
  if (clean === '') return undefined;
  const lower = clean.toLocaleLowerCase();
  const known = people.find((person) => person.name.toLocaleLowerCase() === lower);
  return known ? firstName(known.name) : clean;
}
