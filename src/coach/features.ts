// What the learned model sees of a piece of the folded draft: hashed features in the
// manner of fastText. Each word gives itself, its character n-grams with boundary marks
// ("<ur", "ur>") and the pair it forms with the word before; "?", "!" and emoji count as
// words. Character n-grams make a typo or a dialect form ("nie", "da'k") share most
// features with the word people meant. Nothing is allocated per feature: hashes are built
// one UTF-16 unit at a time and handed to a sink, so the same walk feeds training (which
// collects them) and the page (which adds up weights).

/** Receives each feature's 32-bit hash; the caller maps it to a bucket. */
export interface FeatureSink {
  add(hash: number): void;
}

/** The shape of the features; stored with the weights, so a model is read as it was trained. */
export interface FeatureShape {
  /** Shortest and longest character n-gram, boundary marks included. */
  readonly minN: number;
  readonly maxN: number;
  /** Also pair each word with the one two before it ("if … need", "at … you"): a typo or an inserted word between them leaves that pair whole. */
  readonly skipPairs?: boolean;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Each family of feature hashes from its own start, so a word and an n-gram never share one.
const WORD_SEED = FNV_OFFSET;
const GRAM_SEED = 0x2545f491;
const PAIR_MULTIPLIER = 116049371;
const SKIP_MULTIPLIER = 0x3b9aca07;
const CONTEXT_SEED = 0x68e31da4;
const START = 0x3c; // '<'
const END = 0x3e; // '>'
/** Stand-ins for the start and end of the unit, as the word before the first and after the last. */
const UNIT_EDGE = 0x5bd1e995;
/** Longest word whose n-grams are taken; longer runs are URLs or hashes, not words. */
const LONGEST_WORD = 24;

function step(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}

/** A last mix, so the low bits that choose a bucket depend on every unit of the word. */
export function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function isWordUnit(unit: number): boolean {
  // a-z, 0-9 and letters the fold keeps (ß, ø, Greek, Cyrillic ...), not symbols or emoji.
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0xc0 && unit < 0x2000);
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/** The letters of the word being read, apostrophes left out; reused for every word. */
const LETTERS = new Uint16Array(LONGEST_WORD);

/** The character n-grams of the first `length` letters in LETTERS, with "<" and ">" around them. */
function addGrams(length: number, shape: FeatureShape, sink: FeatureSink): void {
  const marked = length + 2;
  for (let first = 0; first < marked; first++) {
    let hash = GRAM_SEED;
    for (let n = 1; n <= shape.maxN && first + n <= marked; n++) {
      const at = first + n - 1;
      const unit = at === 0 ? START : at === marked - 1 ? END : (LETTERS[at - 1] ?? 0);
      hash = step(hash, unit);
      // The whole word with its marks is the word feature already.
      if (n >= shape.minN && !(first === 0 && n === marked)) sink.add(finish(hash));
    }
  }
}

/** A word starting at `i`, or an apostrophe inside one ("don't" and "dont" are one word). */
function continuesWord(text: string, i: number, end: number): boolean {
  const unit = text.charCodeAt(i);
  return isWordUnit(unit) || (unit === 0x27 && i + 1 < end && isWordUnit(text.charCodeAt(i + 1)));
}

/**
 * Every feature of `text.slice(start, end)` (folded): words and pairs to `sink`, character
 * n-grams to `grams` (they are many more, and are averaged apart so as not to drown the
 * words). Punctuation other than "?" and "!", and spaces, only end words.
 */
export function unitFeatures(
  text: string,
  start: number,
  end: number,
  shape: FeatureShape,
  sink: FeatureSink,
  grams: FeatureSink,
): void {
  let previous = UNIT_EDGE;
  let twoBefore = UNIT_EDGE;
  let i = start;
  while (i < end) {
    const unit = text.charCodeAt(i);
    let word: number;
    if (isWordUnit(unit)) {
      let hash = WORD_SEED;
      let length = 0;
      for (; i < end && continuesWord(text, i, end); i++) {
        const next = text.charCodeAt(i);
        if (next === 0x27) continue;
        hash = step(hash, next);
        if (length < LONGEST_WORD) LETTERS[length] = next;
        length++;
      }
      word = finish(hash);
      sink.add(word);
      // Longer runs are links or hashes, not words: their n-grams would only add noise.
      if (length <= LONGEST_WORD) addGrams(length, shape, grams);
    } else if (unit === 0x3f || unit === 0x21) {
      word = finish(step(WORD_SEED, unit));
      sink.add(word);
      i++;
    } else if (isSurrogate(unit) || unit >= 0x2000) {
      // An emoji (a surrogate pair, or a symbol from the BMP) is one word.
      const wide = isSurrogate(unit) && i + 1 < end;
      word = finish(step(step(WORD_SEED, unit), wide ? text.charCodeAt(i + 1) : 0));
      sink.add(word);
      i += wide ? 2 : 1;
    } else {
      i++;
      continue;
    }
    sink.add(finish(Math.imul(previous, PAIR_MULTIPLIER) + word));
    if (shape.skipPairs && previous !== UNIT_EDGE) sink.add(finish(Math.imul(twoBefore, SKIP_MULTIPLIER) + word));
    twoBefore = previous;
    previous = word;
  }
  if (previous !== UNIT_EDGE) sink.add(finish(Math.imul(previous, PAIR_MULTIPLIER) + UNIT_EDGE));
}

/**
 * The features a unit lends to the units around it: its words, from their own family of
 * hashes, so "rebase" nearby and "rebase" in the sentence itself can weigh differently.
 */
export function contextFeatures(text: string, start: number, end: number, sink: FeatureSink): void {
  let i = start;
  while (i < end) {
    const unit = text.charCodeAt(i);
    if (isWordUnit(unit)) {
      let hash = CONTEXT_SEED;
      for (; i < end && continuesWord(text, i, end); i++) {
        const next = text.charCodeAt(i);
        if (next !== 0x27) hash = step(hash, next);
      }
      sink.add(finish(hash));
    } else if (unit === 0x3f || isSurrogate(unit) || unit >= 0x2000) {
      const wide = isSurrogate(unit) && i + 1 < end;
      sink.add(finish(step(step(CONTEXT_SEED, unit), wide ? text.charCodeAt(i + 1) : 0)));
      i += wide ? 2 : 1;
    } else {
      i++;
    }
  }
}

/** Where a unit sits in its draft: alone, first or last tell a greeting or a sign-off. */
export function placeFeature(index: number, count: number): number {
  const place = count === 1 ? 1 : index === 0 ? 2 : index === count - 1 ? 3 : 4;
  return finish(step(UNIT_EDGE, place));
}
