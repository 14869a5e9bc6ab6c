// The first step of the pipeline: everything after it reads a folded copy of the draft:
// lower case, plain quotes, plain spaces, no accents. Every fold maps one UTF-16 unit to
// one unit, so an offset found in the folded copy is the same offset in the text typed.

/** Any character the fold changes, besides case. */
const FOLDED =
  /[\t\r\u00a0\u00ab\u00b4\u00bb\u00c0-\u024f\u02bc\u1680\u2000-\u200a\u2018-\u201f\u202f\u2032\u2033\u205f\u3000`]/;
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u02bc\u00b4\u2032`]/g;
const QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const SPACES = /[\t\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ACCENTED = /[\u00c0-\u024f]/;
const ACCENTED_ALL = /[\u00c0-\u024f]/g;
/** Characters trimmed from the edges of a remembered phrase. */
const EDGES = /^[ "'.,!?;:…]+|[ "'.,!?;:…]+$/g;

/** A letter without its accent ("é" -> "e"); letters with no plain form stay as they are. */
function withoutAccent(unit: string): string {
  const base = unit.normalize('NFD').charAt(0);
  return base.charCodeAt(0) < 0x80 ? base : unit;
}

/** Lower case that never changes the length (a few letters, like "İ", grow when lowered). */
function lowerSameLength(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  let out = '';
  for (const unit of text.split('')) {
    const low = unit.toLowerCase();
    out += low.length === 1 ? low : unit;
  }
  return out;
}

/** The folded copy of `text` that rules match against; same length as `text`. */
export function foldForMatching(text: string): string {
  const lowered = lowerSameLength(text);
  if (!FOLDED.test(lowered)) return lowered;
  const plain = lowered.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(SPACES, ' ');
  return ACCENTED.test(plain) ? plain.replace(ACCENTED_ALL, withoutAccent) : plain;
}

/**
 * How a phrase is remembered when the user silences it or writes a personal rule:
 * folded, single-spaced, without the punctuation around it.
 */
export function phraseKey(phrase: string): string {
  return foldForMatching(phrase).replace(/\s+/g, ' ').replace(EDGES, '');
}
