// Silence keys: what "Don't suggest this again" remembers, and what `detect` leaves out.
// A key is `<kind>:<words>`. For a rule's match the words are the ones the rule spells out
// itself ("vague-offer:let me know if you need anything"), never a word only the draft
// brought (the rest of the clause, a name, what happened). For a phrase the model found
// without a rule, they are the words of the phrase that Echt's own public lexicon holds
// (its rules' literal words and its wording), in draft order, six at most. So no word the
// user typed that Echt does not already ship can end up stored, and the same phrase is
// silent in every later draft.
import { foldForMatching } from './fold';
import { KINDS, type Kind } from './types';

/** Longer keys are refused; a rule's words and a personal phrase (80 characters) fit well. */
export const SILENCE_KEY_MAX = 200;
/** Words in the key of a phrase the model found without a rule. */
const MODEL_KEY_WORDS = 6;

const ANY_KIND: readonly string[] = [...KINDS, 'personal'];

/** A piece of a word as keys hold it: letters and digits only ("don't" is "dont"). */
function bare(word: string): string {
  return word.replace(/[^a-z0-9]+/g, '');
}

/**
 * The words of folded text, as keys compare them: cut at anything but letters, digits and
 * apostrophes; a word with a letter beyond ASCII ("straße") is never one of Echt's words.
 */
export function wordsIn(folded: string): string[] {
  return folded
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => (/^[a-z0-9']+$/.test(word) ? bare(word) : ''))
    .filter(Boolean);
}

/** The key of `kind` with `words` (space-separated, as the functions below give them), within SILENCE_KEY_MAX. */
export function silenceKey(kind: Kind, words: string): string {
  let key = `${kind}:`;
  for (const [index, word] of words.split(' ').entries()) {
    const next = index === 0 ? key + word : `${key} ${word}`;
    if (next.length > SILENCE_KEY_MAX) break;
    key = next;
  }
  return key;
}

/** The words of a rule's match (`folded`, the matched text alone) that the rule spells out itself. */
export function ruleWords(folded: string, literals: ReadonlySet<string>): string {
  return wordsIn(folded)
    .filter((word) => literals.has(word))
    .join(' ');
}

/** The words of a phrase the model found (`folded`) that the lexicon holds, six at most. */
export function lexiconWords(folded: string, lexicon: ReadonlySet<string>): string {
  return wordsIn(folded)
    .filter((word) => lexicon.has(word))
    .slice(0, MODEL_KEY_WORDS)
    .join(' ');
}

/** The key of a personal rule: its phrase is the user's own, already stored. */
export function personalKey(phrase: string): string {
  return silenceKey('personal', wordsIn(foldForMatching(phrase)).join(' '));
}

/** Whether `value` is a key as this file makes it: a known kind and at least one normalised word. */
export function isSilenceKey(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > SILENCE_KEY_MAX) return false;
  const colon = value.indexOf(':');
  const words = value.slice(colon + 1);
  return ANY_KIND.includes(value.slice(0, colon)) && words !== '' && wordsIn(words).join(' ') === words;
}
