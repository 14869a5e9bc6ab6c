// The user's own rules: their phrase, matched literally (case, quotes, accents and
// spacing aside), never as a pattern, so nothing they type can change how matching works.
import { phraseKey } from './fold';
import { validatePersonalRule } from './preferences';
import type { PersonalRule } from './types';

export interface PersonalHit {
  readonly start: number;
  readonly end: number;
  readonly rule: PersonalRule;
}

/** Matchers are kept between keystrokes; the cap only matters if rules keep changing. */
const MATCHERS = new Map<string, RegExp>();
const MATCHER_CAP = 200;

function escapeLiteral(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function matcherFor(key: string): RegExp {
  let matcher = MATCHERS.get(key);
  if (!matcher) {
    if (MATCHERS.size >= MATCHER_CAP) MATCHERS.clear();
    matcher = new RegExp(key.split(' ').map(escapeLiteral).join(' +'), 'g');
    MATCHERS.set(key, matcher);
  }
  return matcher;
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

/** Each rule checked and keyed once per rule object; null when it cannot be used. */
const USABLE = new WeakMap<object, { key: string; rule: PersonalRule } | null>();

function usable(rule: unknown): { key: string; rule: PersonalRule } | null {
  if (typeof rule !== 'object' || rule === null) return null;
  let known = USABLE.get(rule);
  if (known === undefined) {
    const check = validatePersonalRule(rule);
    known = check.ok ? { key: phraseKey(check.rule.phrase), rule: check.rule } : null;
    USABLE.set(rule, known);
  }
  return known;
}

/** Every place a personal rule's phrase occurs in the folded draft; unusable rules are skipped. */
export function findPersonal(folded: string, rules: readonly PersonalRule[]): PersonalHit[] {
  const hits: PersonalHit[] = [];
  for (const candidate of rules) {
    const checked = usable(candidate);
    if (!checked) continue;
    const matcher = matcherFor(checked.key);
    matcher.lastIndex = 0;
    for (let match = matcher.exec(folded); match !== null; match = matcher.exec(folded)) {
      const end = match.index + match[0].length;
      if (onWordEdges(folded, match.index, end)) hits.push({ start: match.index, end, rule: checked.rule });
      matcher.lastIndex = match.index + 1;
    }
  }
  return hits;
}
