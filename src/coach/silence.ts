// Silence keys: what "Don't suggest this again" remembers. A key is the kind and the rule's
// own words as they matched ("vague-offer:let me know if you need anything"), never a word
// only the draft brought (the rest of the clause, a name, what happened), so no word of a
// message is ever stored and the same phrase stays silent in every later draft.
import { foldForMatching } from './normalize';
import { KINDS, type Kind } from './types';

/** Longer keys are refused; a rule's words and a personal phrase (80 characters) fit well. */
export const SILENCE_KEY_MAX = 200;

const ANY_KIND: readonly string[] = [...KINDS, 'personal'];

/** A word without the punctuation around it: "mind," is "mind", "i'll" stays. */
function bare(word: string): string {
  return word.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

/** Folded text as a key holds it: bare words, single spaces. */
function keyWords(folded: string): string {
  return folded.split(/\s+/).map(bare).filter(Boolean).join(' ');
}

/**
 * The words of a rule's match (folded) that the rule's pattern spells out itself. A word
 * the pattern only lets through ("my mum had [anything] too": a character class, an
 * escape) is the user's and is left out.
 */
export function ruleWords(match: string, pattern: string): string {
  const spelled = new Set(pattern.replace(/\[.*?\]|\\(?:x..|u....|.)/g, ' ').split(/[^a-z0-9]+/));
  return keyWords(
    match
      .split(/\s+/)
      .filter((word) => word.split(/[^a-z0-9]+/).every((piece) => piece === '' || spelled.has(piece)))
      .join(' '),
  );
}

/** The key of a built-in rule's match, or of a personal rule by its phrase. */
export function silenceKey(kind: Kind, words: string): string {
  return `${kind}:${keyWords(foldForMatching(words))}`;
}

/** Whether `value` is a key as silenceKey makes it: a known kind and normalised words. */
export function isSilenceKey(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > SILENCE_KEY_MAX) return false;
  const colon = value.indexOf(':');
  const words = value.slice(colon + 1);
  return ANY_KIND.includes(value.slice(0, colon)) && words !== '' && keyWords(foldForMatching(words)) === words;
}
