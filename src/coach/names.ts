// The name a draft is addressed to ("Hi Sam, ..."), and Echt's lines with it filled in.
// The greetings and the words that greet a group come with the knowledge (`shared`).
import type { SharedKnowledge } from './knowledge';

const NAME_SLOT = /\{([^{}]*)name\}/g;
const LONGEST_NAME = 40;

/** Fills `{, name}` with ", Sam", or leaves it out when there is no name. */
export function withName(template: string, name?: string): string {
  if (!template.includes('{')) return template;
  const clean = name?.trim().slice(0, LONGEST_NAME);
  return template.replace(NAME_SLOT, (_slot, lead: string) => (clean ? lead + clean : ''));
}

export interface Greeting {
  /** The name as typed. */
  readonly name: string;
  /** Offset just after the name. */
  readonly end: number;
}

/** The name after a greeting at the start of a draft (folded, and as typed); only capitalised words count. */
export type GreetedName = (folded: string, text: string) => Greeting | undefined;

export function greetedNames(shared: SharedKnowledge): GreetedName {
  const greeting = new RegExp(shared.greeting);
  const notNames = new Set(shared.notNames);
  return (folded, text) => {
    const found = greeting.exec(folded);
    if (!found) return undefined;
    const start = found[0].length;
    let end = start;
    while (end < folded.length && /[a-z'-]/.test(folded.charAt(end))) end++;
    const name = text.slice(start, end);
    const first = name.charAt(0);
    if (end === start || first === first.toLowerCase() || notNames.has(folded.slice(start, end))) return undefined;
    return { name, end };
  };
}
