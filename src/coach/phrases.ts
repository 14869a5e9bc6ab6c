// Echt's own words, filled in for one draft or one person.
import { EN_DECK, EN_PHRASING } from './phrasing/en';
import { NL_DECK, NL_PHRASING } from './phrasing/nl';
import type { Deck, Phrasing } from './phrasing/phrasing';
import type { BuiltInKind, Locale, Situation } from './types';

export const PHRASING: Readonly<Record<Locale, Phrasing>> = { en: EN_PHRASING, nl: NL_PHRASING };
const DECKS: Readonly<Record<Locale, Deck>> = { en: EN_DECK, nl: NL_DECK };

const NAME_SLOT = /\{([^{}]*)name\}/g;
const LONGEST_NAME = 40;

/** Fills `{, name}` with ", Sam", or leaves it out when there is no name. */
function withName(template: string, name?: string): string {
  if (!template.includes('{')) return template;
  const clean = name?.trim().slice(0, LONGEST_NAME);
  return template.replace(NAME_SLOT, (_slot, lead: string) => (clean ? lead + clean : ''));
}

/** Lines for the phrase deck, in `locale`, addressed to `name` where a line has room for it. */
export function phrasesFor(situation: Situation, locale: Locale, name?: string): string[] {
  return DECKS[locale][situation].map((line) => withName(line, name));
}

/** How a suggestion must be shaped to replace the phrase at `start`..`end` of `text`. */
export interface Placement {
  /** The phrase starts mid-sentence, so the suggestion starts in lower case. */
  readonly midSentence: boolean;
  /** The user's sentence carries on after the phrase, so the suggestion's full stop goes. */
  readonly carriesOn: boolean;
}

const SENTENCE_GOES_ON = /[\p{L}\p{N},;:–-]/u;

function lastNonSpace(text: string, before: number): string {
  let at = before - 1;
  while (at >= 0 && (text.charAt(at) === ' ' || text.charAt(at) === '\t')) at--;
  return text.charAt(at);
}

function firstNonSpace(text: string, from: number): string {
  let at = from;
  while (at < text.length && text.charAt(at) === ' ') at++;
  return text.charAt(at);
}

export function placementOf(text: string, start: number, end: number): Placement {
  const before = lastNonSpace(text, start);
  const after = firstNonSpace(text, end);
  const closesItself = /[.!?]/.test(text.charAt(end - 1));
  return {
    midSentence: before !== '' && SENTENCE_GOES_ON.test(before),
    carriesOn: !closesItself && after !== '' && SENTENCE_GOES_ON.test(after),
  };
}

/** "I" and "I'm" keep their capital in the middle of a sentence; other first words do not. */
function keepsCapital(line: string): boolean {
  return line.charAt(0) === 'I' && (line.charAt(1) === ' ' || line.charAt(1) === "'");
}

/** A suggestion shaped for where it goes (see `Placement`). */
function fitToPlace(line: string, placement: Placement): string {
  let fitted = line;
  if (placement.midSentence && !keepsCapital(fitted)) fitted = fitted.charAt(0).toLowerCase() + fitted.slice(1);
  const last = fitted.charAt(fitted.length - 1);
  if (placement.carriesOn && (last === '.' || last === '!')) fitted = fitted.slice(0, -1);
  return fitted;
}

/** Suggestion lists are the same for every keystroke while the draft's shape holds; keep a few. */
const SUGGESTION_CACHE = new Map<string, readonly string[]>();
const SUGGESTION_CACHE_CAP = 64;

/** The rewrites for one kind, with the name filled in and shaped for where they go. */
export function suggestionsFor(
  locale: Locale,
  kind: BuiltInKind,
  name: string | undefined,
  placement: Placement,
): readonly string[] {
  const shape = `${locale}${kind}${placement.midSentence ? 1 : 0}${placement.carriesOn ? 1 : 0}`;
  const key = name ? `${shape}|${name}` : shape;
  let lines = SUGGESTION_CACHE.get(key);
  if (!lines) {
    if (SUGGESTION_CACHE.size >= SUGGESTION_CACHE_CAP) SUGGESTION_CACHE.clear();
    lines = Object.freeze(
      PHRASING[locale].suggestions[kind].map((line) => fitToPlace(withName(line, name), placement)),
    );
    SUGGESTION_CACHE.set(key, lines);
  }
  return lines;
}
