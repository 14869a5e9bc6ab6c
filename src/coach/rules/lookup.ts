// Patterns looked up by the letters they start with, instead of one large alternation.
// A regex engine compiles a pattern on its first use, and a few thousand characters of
// alternation took 20-40 ms to compile: a hitch on the first look at a draft. Here each
// alternative (split and keyed by prepare.ts) is a small sticky regex, compiled only when a
// word of a draft starts with its letters, and only the candidates for those letters are
// tried at a word's start.
import type { Alternative as Prepared } from '../knowledge';

function isWordUnit(unit: number): boolean {
  return (
    (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x5f || (unit >= 0x41 && unit <= 0x5a)
  );
}

/** Where `\b` holds: between a word character and anything else. */
function isBoundary(text: string, at: number): boolean {
  return isWordUnit(text.charCodeAt(at - 1)) !== isWordUnit(text.charCodeAt(at));
}

/** One alternative of a pattern, compiled when first tried. */
class Alternative<T> {
  private regex: RegExp | undefined;
  constructor(
    readonly order: number,
    readonly owner: T,
    /** The letters every match starts with ('' when not fixed). */
    readonly key: string,
    private readonly source: string,
  ) {}

  /** Where a match starting at `at` ends, or -1. */
  endAt(text: string, at: number): number {
    this.regex ??= new RegExp(this.source, 'y');
    this.regex.lastIndex = at;
    return this.regex.test(text) ? this.regex.lastIndex : -1;
  }
}

/** A key of one to three ASCII letters as one number: its units, then its length. */
function code(key: string): number {
  let value = 0;
  for (let i = 0; i < key.length; i++) value = value * 256 + (key.charCodeAt(i) & 0xff);
  return value * 4 + key.length;
}

/** Alternatives of many patterns, found by the letters they start with. */
export class PatternLookup<T> {
  /**
   * Per key of one, two or three letters: every alternative that may match where the text
   * starts with it (its own, those of its shorter keys, those without a key), in priority
   * order. Built once, so a lookup is at most three map reads and allocates nothing.
   */
  private readonly byKey = new Map<number, readonly Alternative<T>[]>();
  /** Alternatives whose first letters are not fixed: tried at every word boundary. */
  private readonly anywhere: readonly Alternative<T>[];

  /** `alternatives` in priority order; `owners` gives what each one's owner index stands for. */
  constructor(alternatives: readonly Prepared[], owners: (index: number) => T) {
    const all = alternatives.map(([source, key, owner], order) => new Alternative(order, owners(owner), key, source));
    this.anywhere = all.filter((entry) => entry.key === '');
    const exact = new Map<string, Alternative<T>[]>();
    for (const entry of all) {
      if (entry.key !== '') exact.set(entry.key, [...(exact.get(entry.key) ?? []), entry]);
    }
    for (const key of exact.keys()) {
      const fits = [key.slice(0, 1), key.slice(0, 2), key]
        .filter((prefix, index, prefixes) => prefixes.indexOf(prefix) === index)
        .flatMap((prefix) => exact.get(prefix) ?? []);
      this.byKey.set(
        code(key),
        [...fits, ...this.anywhere].sort((a, b) => a.order - b.order),
      );
    }
    this.onlyWordStarts = this.anywhere.length === 0 && [...exact.keys()].every((key) => isWordUnit(key.charCodeAt(0)));
  }

  /** Every key starts with a word character: only the starts of words need a look. */
  private readonly onlyWordStarts: boolean;

  private candidates(text: string, at: number): readonly Alternative<T>[] {
    // The codes of the one, two and three letters at `at`, as code() makes them.
    const first = text.charCodeAt(at) & 0xff;
    if (at + 1 < text.length) {
      const two = first * 256 + (text.charCodeAt(at + 1) & 0xff);
      const three =
        at + 2 < text.length ? this.byKey.get((two * 256 + (text.charCodeAt(at + 2) & 0xff)) * 4 + 3) : undefined;
      const found = three ?? this.byKey.get(two * 4 + 2);
      if (found) return found;
    }
    return this.byKey.get(first * 4 + 1) ?? this.anywhere;
  }

  /** The first pattern, in priority order, that matches at `at` (a word boundary), and its end. */
  matchAt(text: string, at: number): { owner: T; end: number } | undefined {
    if (this.onlyWordStarts) {
      if (!isWordUnit(text.charCodeAt(at)) || isWordUnit(text.charCodeAt(at - 1))) return undefined;
    } else if (!isBoundary(text, at)) {
      return undefined;
    }
    for (const candidate of this.candidates(text, at)) {
      const end = candidate.endAt(text, at);
      if (end >= 0) return { owner: candidate.owner, end };
    }
    return undefined;
  }

  /**
   * Which owners (bit i for owner i) have a pattern matching somewhere in `text`; stops
   * once all of `all` are found. One pass over the text for many word lists.
   */
  owners(this: PatternLookup<number>, text: string, all: number): number {
    let found = 0;
    for (let at = 0; at < text.length && found !== all; at++) {
      if (this.onlyWordStarts) {
        if (!isWordUnit(text.charCodeAt(at)) || isWordUnit(text.charCodeAt(at - 1))) continue;
      } else if (!isBoundary(text, at)) {
        continue;
      }
      for (const candidate of this.candidates(text, at)) {
        const bit = 1 << candidate.owner;
        if ((found & bit) === 0 && candidate.endAt(text, at) >= 0) found |= bit;
      }
    }
    return found;
  }

  /** The first word boundary from `from` on where some pattern matches, or -1. */
  firstMatch(text: string, from = 0): number {
    for (let at = from; at < text.length; at++) if (this.matchAt(text, at)) return at;
    return -1;
  }
}

/** A word list (see data/work.ts) as a matcher of whole words and phrases. */
export interface Words {
  /** Offset of the first match in `text`, or -1. */
  search(text: string): number;
  test(text: string): boolean;
  count(text: string): number;
}

/** A word list (prepare.ts made its alternatives whole words), like `\b(?:one|two)\b`. */
export function wordsOf(words: readonly Prepared[]): Words {
  const lookup = new PatternLookup(words, () => true);
  const search = (text: string) => lookup.firstMatch(text);
  return {
    search,
    test: (text) => search(text) >= 0,
    count: (text) => {
      let count = 0;
      for (let at = 0; at < text.length; at++) {
        const match = lookup.matchAt(text, at);
        if (match) {
          count++;
          at = Math.max(at, match.end - 1);
        }
      }
      return count;
    },
  };
}

/** Which of `count` word lists (bit i for list i; the alternatives' owners) have a word in a text, in one pass. */
export function listsOf(words: readonly Prepared[], count: number): (text: string) => number {
  const lookup = new PatternLookup(words, (owner) => owner);
  const all = 2 ** count - 1;
  return (text) => lookup.owners(text, all);
}

/** Either of two word matchers. */
export function eitherOf(a: Words, b: Words): Words {
  const search = (text: string) => {
    const first = a.search(text);
    const second = b.search(text);
    return first < 0 ? second : second < 0 ? first : Math.min(first, second);
  };
  return { search, test: (text) => a.test(text) || b.test(text), count: (text) => a.count(text) + b.count(text) };
}

/** Words whose end matches `source` (prepare.ts: three letters, then a work word). */
export function endingIn(source: string): Words {
  let regex: RegExp | undefined;
  const search = (text: string) => {
    regex ??= new RegExp(source);
    let start = -1;
    for (let at = 0; at <= text.length; at++) {
      const inWord = at < text.length && isWordUnit(text.charCodeAt(at));
      if (inWord && start < 0) start = at;
      if (!inWord && start >= 0) {
        const match = regex.exec(text.slice(start, at));
        if (match) return start + match.index;
        start = -1;
      }
    }
    return -1;
  };
  return {
    search,
    test: (text) => search(text) >= 0,
    count: (text) => (search(text) >= 0 ? 1 : 0),
  };
}
