// Where clauses and sentences begin and end in the folded draft. Every walk is capped,
// so looking around one phrase never costs more than a few hundred characters.
import type { Words } from './rules/lookup';

const MAX_WALK = 240;
/** How far a highlight may reach past the phrase that triggered it. */
const MAX_TAIL = 120;

function isSentenceBreak(unit: string): boolean {
  return unit === '.' || unit === '!' || unit === '?' || unit === '\n';
}

function isClauseBreak(unit: string): boolean {
  return isSentenceBreak(unit) || unit === ',' || unit === ';' || unit === ':';
}

/** Emoji, symbols and brackets end a highlight: they are not part of the phrase. */
function endsHighlight(unit: string): boolean {
  if (isClauseBreak(unit) || unit === '(' || unit === ')' || unit === '"') return true;
  return unit.charCodeAt(0) >= 0x2000;
}

export function clauseStart(folded: string, at: number): number {
  const limit = Math.max(0, at - MAX_WALK);
  let i = at;
  while (i > limit && !isClauseBreak(folded.charAt(i - 1))) i--;
  return i;
}

function clauseEnd(folded: string, at: number): number {
  const limit = Math.min(folded.length, at + MAX_WALK);
  let i = at;
  while (i < limit && !isClauseBreak(folded.charAt(i))) i++;
  return i;
}

export function sentenceStart(folded: string, at: number): number {
  const limit = Math.max(0, at - MAX_WALK);
  let i = at;
  while (i > limit && !isSentenceBreak(folded.charAt(i - 1))) i--;
  return i;
}

export function sentenceEnd(folded: string, at: number): number {
  const limit = Math.min(folded.length, at + MAX_WALK);
  let i = at;
  while (i < limit && !isSentenceBreak(folded.charAt(i))) i++;
  return i;
}

/** The offset after `count` more words, without leaving the clause. */
export function afterWords(folded: string, at: number, count: number): number {
  const end = clauseEnd(folded, at);
  let i = at;
  let words = 0;
  while (i < end && words < count) {
    while (i < end && folded.charAt(i) === ' ') i++;
    while (i < end && folded.charAt(i) !== ' ') i++;
    words++;
  }
  return i;
}

/**
 * Where the highlight of a phrase ends: the rest of its clause, stopping before an emoji,
 * a bracket or a word where a new thought starts ("at least it's Friday| so rest up"), when
 * `turn` is given.
 */
export function highlightEnd(folded: string, at: number, turn: Words | undefined): number {
  const limit = Math.min(folded.length, at + MAX_TAIL);
  let i = at;
  while (i < limit && !endsHighlight(folded.charAt(i))) i++;
  const tail = folded.slice(at, i);
  const turnAt = turn ? turn.search(tail) : -1;
  let end = turnAt > 0 ? at + turnAt : i;
  if (end === limit && limit < folded.length) end = at + Math.max(0, tail.lastIndexOf(' '));
  while (end > at && folded.charAt(end - 1) === ' ') end--;
  return end;
}

/** Offset after the `?`, `!` or `.` that close the phrase, if they follow it directly. */
export function withClosingMarks(folded: string, end: number): number {
  let i = end;
  while (i < folded.length && i < end + 3 && (folded.charAt(i) === '?' || folded.charAt(i) === '!')) i++;
  if (i === end && folded.charAt(i) === '.' && folded.charAt(i + 1) !== '.') i++;
  return i;
}
