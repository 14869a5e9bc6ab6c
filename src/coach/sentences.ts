// The second step of the pipeline: the folded draft cut into sentences, the units the
// model decides on, and a sentence cut into clauses, where a highlight may narrow to.
// Chat punctuates loosely, so an emoji followed by more words also ends a sentence
// ("so sorry 💔 lmk if u need anything"), and so does a line break.

export interface Span {
  readonly start: number;
  readonly end: number;
}

function isBreak(unit: number): boolean {
  return unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026; // . ! ? …
}

function isSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0x0d;
}

function isWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0xc0 && unit < 0x2000);
}

/** Emoji and pictographs: a surrogate pair, or a symbol from U+2190 on. */
function isEmojiUnit(unit: number): boolean {
  return (unit >= 0xd800 && unit <= 0xdfff) || (unit >= 0x2190 && unit < 0xfe00);
}

function hasWord(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordUnit(folded.charCodeAt(i))) return true;
  return false;
}

/** Where the unit that starts at `start` ends: after its closing marks and emoji, before a line break. */
function unitEnd(folded: string, start: number): number {
  let i = start;
  while (i < folded.length) {
    const unit = folded.charCodeAt(i);
    if (unit === 0x0a) return i;
    if (isBreak(unit)) {
      let after = i + 1;
      while (after < folded.length && isBreak(folded.charCodeAt(after))) after++;
      // "3.5", "e.g.x" and "node.js" go on; a mark before a space, a line or the end closes.
      const next = folded.charCodeAt(after);
      if (after >= folded.length || isSpace(next) || next === 0x0a || isEmojiUnit(next) || unit !== 0x2e) {
        while (after < folded.length && isEmojiUnit(folded.charCodeAt(after))) after++;
        return after;
      }
      i = after;
      continue;
    }
    if (isEmojiUnit(unit)) {
      let after = i + 1;
      while (after < folded.length && (isEmojiUnit(folded.charCodeAt(after)) || folded.charCodeAt(after) === 0xfe0f))
        after++;
      let next = after;
      while (next < folded.length && isSpace(folded.charCodeAt(next))) next++;
      if (next > after && next < folded.length && isWordUnit(folded.charCodeAt(next))) return after;
      i = after;
      continue;
    }
    i++;
  }
  return i;
}

/** The draft's sentences, in order, trimmed of spaces; pieces without a word are left out. */
export function sentencesOf(folded: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < folded.length) {
    while (i < folded.length && (isSpace(folded.charCodeAt(i)) || folded.charCodeAt(i) === 0x0a)) i++;
    if (i >= folded.length) break;
    const end = unitEnd(folded, i);
    let trimmed = end;
    while (trimmed > i && isSpace(folded.charCodeAt(trimmed - 1))) trimmed--;
    if (hasWord(folded, i, trimmed)) spans.push({ start: i, end: trimmed });
    i = Math.max(end, i + 1);
  }
  return spans;
}

function isClauseBreak(folded: string, i: number): boolean {
  const unit = folded.charCodeAt(i);
  if (unit === 0x2c || unit === 0x3b || unit === 0x3a) return isSpace(folded.charCodeAt(i + 1));
  // A dash between spaces: "so sorry - lmk if ...".
  return (unit === 0x2d || unit === 0x2013 || unit === 0x2014) && folded.charCodeAt(i - 1) === 0x20;
}

function wordsIn(folded: string, span: Span): number {
  let words = 0;
  for (let i = span.start; i < span.end; i++) {
    if (isWordUnit(folded.charCodeAt(i)) && !isWordUnit(folded.charCodeAt(i - 1))) words++;
  }
  return words;
}

/**
 * The clauses of one sentence: cut at ", ", "; ", ": " and spaced dashes. A clause of one
 * word ("Ben?", "honestly,") belongs with the one before it, or after it when it leads.
 */
export function clausesOf(folded: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i <= sentence.end; i++) {
    if (i < sentence.end && !isClauseBreak(folded, i)) continue;
    let from = start;
    let to = i;
    while (from < to && isSpace(folded.charCodeAt(from))) from++;
    while (to > from && isSpace(folded.charCodeAt(to - 1))) to--;
    if (hasWord(folded, from, to)) spans.push({ start: from, end: to });
    start = i + 1;
  }
  const joined: Span[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && (wordsIn(folded, span) < 2 || wordsIn(folded, previous) < 2)) {
      joined[joined.length - 1] = { start: previous.start, end: span.end };
    } else {
      joined.push(span);
    }
  }
  return joined;
}
