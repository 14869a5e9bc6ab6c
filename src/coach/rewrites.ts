// The pipeline's last step: Echt's own words for each phrase found, filled in for the
// draft: the name it is addressed to, the case and full stop its place needs, and, for a
// vague offer in a draft that names a move, a funeral, a sick child and the like, a
// concrete offer that fits it first, in the draft's register. Echt's own lines are known
// here too, so a sentence holding one is never flagged: an accepted rewrite must not bring
// the chip back.

import type { PreparedWording } from './knowledge';
import { draftMemory } from './memory';
import { withName } from './names';
import { listsOf, wordsOf } from './rules/lookup';
import type { Span } from './sentences';
import type { BuiltInKind, Kind } from './types';

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

/** What the draft is about, as far as the rewrites care. */
export interface DraftOccasion {
  /** The concrete offer that fits it, in the draft's register. */
  readonly offer: string;
}

export interface CompiledWording {
  why(kind: Kind): string;
  /** The sentence (folded) holds one of Echt's own lines, so it is never flagged. */
  isOwnWords(folded: string): boolean;
  /**
   * The first occasion the folded draft names, in the wording's order, if any. Read sentence
   * by sentence; the sentences of the last draft are remembered, so typing reads one again.
   */
  occasionOf(folded: string, sentences: readonly Span[]): DraftOccasion | undefined;
  /** The rewrites for one kind, with the name filled in and shaped for where they go. */
  suggestions(
    kind: BuiltInKind,
    name: string | undefined,
    placement: Placement,
    occasion?: DraftOccasion,
  ): readonly string[];
}

/** Rewrites offered for one phrase, at most. */
const MOST_SUGGESTIONS = 4;
/** Words of a register must show this often in a draft before the draft counts as written in it. */
const REGISTER_VOTES = 2;

/**
 * How many characters of the folded sentence are one of Echt's lines (`pieces`, see
 * `LanguageData.wording.own`): the pieces found in order, and what lies in a slot between two
 * of them or between one and the end it opens onto. 0 when the line's longest piece is missing.
 */
function ownShare(folded: string, pieces: readonly string[]): number {
  const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!folded.includes(longest)) return 0;
  let share = 0;
  let at = 0;
  // Where the text a slot holds starts: the sentence's start for a slot that opens it.
  let slot: number | undefined = 0;
  for (const [index, piece] of pieces.entries()) {
    if (piece === '') continue;
    const found = folded.indexOf(piece, at);
    if (found < 0) {
      slot = undefined;
      continue;
    }
    if (index > 0 && slot !== undefined) share += found - slot;
    share += piece.length;
    at = found + piece.length;
    slot = at;
  }
  if (pieces.length > 1 && pieces[pieces.length - 1] === '' && slot !== undefined) share += folded.length - slot;
  return share;
}

export function compileWording(wording: PreparedWording): CompiledWording {
  const { occasions, own } = wording;
  const namedOccasions = listsOf(wording.occasionWords, occasions.length);
  const registers = wording.registers.map((register) => ({ words: wordsOf(register.words), offers: register.offers }));
  const relative = new RegExp(wording.relative);

  /**
   * "{your family}" in an offer: the relative the draft names ("your dad"), sentences that
   * named the occasion first, with the slot's possessive; else the slot's own words.
   */
  const withRelative = (offer: string, texts: readonly string[], naming: readonly string[]) =>
    offer.replace(/\{(\S+) ([^{}]*)\}/, (_, possessive: string, family: string) => {
      const who = [...naming, ...texts].map((text) => relative.exec(text)?.[1]).find(Boolean);
      return `${possessive} ${who ?? family}`;
    });

  /** Per sentence: which occasions it names (bit i: occasion i); each register's votes when asked. */
  interface SentenceNames {
    readonly occasions: number;
    votes?: readonly number[];
  }
  const memory = draftMemory<SentenceNames>();
  const namesIn = (sentence: string) => memory.get(sentence, () => ({ occasions: namedOccasions(sentence) }));

  function votesIn(sentence: string, names: SentenceNames): readonly number[] {
    names.votes ??= registers.map((register) => register.words.count(sentence));
    return names.votes;
  }

  return {
    why: (kind) => wording.why[kind],
    // A line counts where it is most of the sentence, with what the user wrote in its slots:
    // "that sounds really hard" is Echt's own line alone, not in "that sounds really hard, let
    // me know if you need anything"; "have a good rest and could I take the rota off your
    // plate this week?" is, and so is "honestly, it sounds like your manager never listened".
    isOwnWords: (folded) => own.some((pieces) => ownShare(folded, pieces) * 5 >= folded.trim().length * 2),
    occasionOf(folded, sentences) {
      const texts = sentences.map((span) => folded.slice(span.start, span.end));
      const read = texts.map(namesIn);
      memory.next();
      const mask = read.reduce((all, names) => all | names.occasions, 0);
      const index = occasions.findIndex((_, i) => (mask & (1 << i)) !== 0);
      const named = occasions[index];
      // The first register the draft is written in decides, even where it keeps the plain
      // offer: a Flemish draft says "uw" too, and must not get a formal one.
      const register = registers.find(
        (_, r) =>
          read.reduce((votes, names, i) => votes + (votesIn(texts[i] ?? '', names)[r] ?? 0), 0) >= REGISTER_VOTES,
      );
      if (!named) return register?.offers.general === undefined ? undefined : { offer: register.offers.general };
      const naming = texts.filter((_, i) => ((read[i]?.occasions ?? 0) & (1 << index)) !== 0);
      return { offer: withRelative(register?.offers[named.occasion] ?? named.offer, texts, naming) };
    },
    suggestions(kind, name, placement, occasion) {
      const general = wording.suggestions[kind];
      const offer = kind === 'vague-offer' ? occasion?.offer : undefined;
      const chosen = offer ? [offer, ...general.filter((line) => line !== offer)] : general;
      return chosen.slice(0, MOST_SUGGESTIONS).map((line) => fitToPlace(withName(line, name), placement));
    },
  };
}
