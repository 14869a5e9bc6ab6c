// The user's own rules: their phrase, matched literally (case, quotes, accents and
// spacing aside), never as a pattern, so nothing they type can change how matching works.
// The rules were checked when they were stored (preferences.ts, validatePersonalRule);
// here a value that cannot be matched is only skipped, which keeps the checks, and their
// size, out of the chat page.
import { phraseKey } from './fold';
import type { PersonalRule } from './types';

export interface PersonalHit {
  readonly start: number;
  readonly end: number;
  readonly rule: PersonalRule;
}

function escapeLiteral(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function isWordUnit(unit: string): boolean {
  return /[a-z0-9]/.test(unit);
}

/** A phrase that starts or ends with a letter must not start or end inside a word. */
function onWordEdges(folded: string, start: number, end: number): boolean {
  const edgeBefore = !isWordUnit(folded.charAt(start)) || !isWordUnit(folded.charAt(start - 1));
  const edgeAfter = !isWordUnit(folded.charAt(end - 1)) || !isWordUnit(folded.charAt(end));
  return edgeBefore && edgeAfter;
}

/** Each rule's matcher, made once per rule object (kept while typing); null when it cannot be used. */
const MATCHERS = new WeakMap<object, RegExp | null>();

function matcherOf(rule: PersonalRule): RegExp | null {
  if (typeof rule !== 'object' || rule === null) return null;
  let matcher = MATCHERS.get(rule);
  if (matcher === undefined) {
    const { phrase, suggestions } = rule;
    const key = typeof phrase === 'string' ? phraseKey(phrase) : '';
    const fit = /[\p{L}\p{N}]/u.test(key) && Array.isArray(suggestions) && suggestions.length > 0;
    matcher =
      fit && suggestions.every((line) => typeof line === 'string')
        ? new RegExp(key.split(' ').map(escapeLiteral).join(' +'), 'g')
        : null;
    MATCHERS.set(rule, matcher);
  }
  return matcher;
}

/** Every place a personal rule's phrase occurs in the folded draft; unusable rules are skipped. */
export function findPersonal(folded: string, rules: readonly PersonalRule[]): PersonalHit[] {
  const hits: PersonalHit[] = [];
  for (const rule of rules) {
    const matcher = matcherOf(rule);
    if (!matcher) continue;
    matcher.lastIndex = 0;
    for (let match = matcher.exec(folded); match !== null; match = matcher.exec(folded)) {
      const end = match.index + match[0].length;
      if (onWordEdges(folded, match.index, end)) hits.push({ start: match.index, end, rule });
      matcher.lastIndex = match.index + 1;
    }
  }
  return hits;
}
