// Reads a passage (one or more whole sentences) of a folded draft: where the language's
// phrases are, and what the passage says about the situation. Everything looked at stays
// inside a sentence, so a passage reads the same wherever it sits in a draft.
import { afterWords, clauseStart, highlightEnd, sentenceEnd, sentenceStart, withClosingMarks } from './clause';
import type { CompiledLanguage, Needs, Rule } from './rules/table';
import { TECH, WORK } from './rules/work';
import { ruleWords } from './silence';
import type { BuiltInKind } from './types';

/**
 * A phrase that counts if the draft as a whole allows it (see `Needs`). What takes work
 * (its highlight, whether it counts) is worked out when first asked, and kept.
 */
export interface Candidate {
  readonly kind: BuiltInKind;
  readonly needs: Needs;
  readonly start: number;
  /** Where the rule's own match ends, before the highlight is widened. */
  readonly matchEnd: number;
  /** Where the highlight ends: known at once for phrases that end their clause, else see `endOf`. */
  end: number | undefined;
  /** The name the phrase was addressed to ("how are you, Sam?"), as typed. */
  readonly name: string | undefined;
  /** The rule's own words in its match: what silencing it remembers (see silence.ts). */
  readonly words: string;
  /** Not negated and not about work; see `counts`. */
  verdict?: boolean;
}

/**
 * What a passage holds. The situation answers are worked out when first asked: most
 * drafts never need them, and a remembered passage keeps them.
 */
export interface PassageReading {
  readonly folded: string;
  readonly language: CompiledLanguage;
  readonly candidates: readonly Candidate[];
  hardTime?: boolean;
  workTalk?: boolean;
}

/** How far back a "not" or "don't" still belongs to the phrase. */
const NEGATION_REACH = 40;
/** How many words after a phrase can still make it about work ("you should just rebase"). */
const OBJECT_WORDS = 5;

/** The first rule, in table order, that matches at `at`, and where its match ends. */
function ruleAt(folded: string, at: number, language: CompiledLanguage): { rule: Rule; end: number } | undefined {
  for (const rule of language.rulesStartingWith(folded.charAt(at))) {
    rule.sticky.lastIndex = at;
    if (rule.sticky.test(folded)) return { rule, end: rule.sticky.lastIndex };
  }
  return undefined;
}

/** Only what follows the last "but" or "maar" before the phrase belongs to its thought. */
function currentThought(before: string, turn: RegExp): string {
  let rest = before;
  for (let at = rest.search(turn); at >= 0; at = rest.search(turn)) rest = rest.slice(at + 1);
  return rest;
}

function isNegated(folded: string, start: number, language: CompiledLanguage): boolean {
  const from = Math.max(clauseStart(folded, start), start - NEGATION_REACH);
  return from < start && language.negation.test(currentThought(folded.slice(from, start), language.turn));
}

/**
 * A phrase is about work when its clause, up to a few words after it, names work things.
 * Phrases that need no hard time to count are held to more: their whole sentence.
 */
function isAboutWork(folded: string, start: number, matchEnd: number, needs: Needs): boolean {
  const around =
    needs === 'always'
      ? folded.slice(sentenceStart(folded, start), sentenceEnd(folded, matchEnd))
      : folded.slice(clauseStart(folded, start), afterWords(folded, matchEnd, OBJECT_WORDS));
  return TECH.test(around);
}

function isUpperCase(unit: string): boolean {
  return unit !== unit.toLowerCase();
}

/**
 * The end of a phrase that must close its clause. A word may follow only if it is a name,
 * told apart by its capital as typed ("how are you, Sam?", not "how are you feeling?").
 */
function standaloneEnd(folded: string, text: string, matchEnd: number): { end: number; name?: string } | undefined {
  if (folded.charAt(matchEnd - 1) === '?') return { end: withClosingMarks(folded, matchEnd) };
  let at = matchEnd;
  const comma = folded.charAt(at) === ',';
  if (comma) at++;
  while (folded.charAt(at) === ' ') at++;
  const wordStart = at;
  while (at < folded.length && /[a-z'-]/.test(folded.charAt(at))) at++;
  const wordEnd = at;
  while (folded.charAt(at) === ' ') at++;
  const closes = at >= folded.length || /[.!?\n]/.test(folded.charAt(at));
  if (wordEnd > wordStart && closes && isUpperCase(text.charAt(wordStart))) {
    return { end: withClosingMarks(folded, wordEnd), name: text.slice(wordStart, wordEnd) };
  }
  if (wordEnd > wordStart && !comma) return undefined;
  // "How are you, and the new house?": the question goes on after the comma.
  if (wordEnd > wordStart && folded.charAt(sentenceEnd(folded, wordEnd)) === '?') return undefined;
  return { end: withClosingMarks(folded, matchEnd) };
}

function candidateAt(
  rule: Rule,
  start: number,
  matchEnd: number,
  passage: { folded: string; text: string },
): Candidate | undefined {
  const { kind, needs, sticky } = rule;
  const words = ruleWords(passage.folded.slice(start, matchEnd), sticky.source);
  if (!rule.standalone) return { kind, needs, start, matchEnd, end: undefined, name: undefined, words };
  const closing = standaloneEnd(passage.folded, passage.text, matchEnd);
  if (!closing) return undefined;
  return { kind, needs, start, matchEnd, end: closing.end, name: closing.name, words };
}

/** Where the candidate's highlight ends: the rest of its clause, with its closing marks. */
export function endOf(candidate: Candidate, reading: PassageReading): number {
  const { folded, language } = reading;
  candidate.end ??= withClosingMarks(folded, highlightEnd(folded, candidate.matchEnd, language.turn));
  return candidate.end;
}

/** The candidate is not negated and not about work. */
export function counts(candidate: Candidate, reading: PassageReading): boolean {
  const { folded, language } = reading;
  candidate.verdict ??=
    !isNegated(folded, candidate.start, language) &&
    !isAboutWork(folded, candidate.start, candidate.matchEnd, candidate.needs);
  return candidate.verdict;
}

export function showsHardTime(reading: PassageReading): boolean {
  const { folded, language } = reading;
  reading.hardTime ??= language.hardTimes.test(folded) || sympathyOutsideWork(folded, language.sympathy);
  return reading.hardTime;
}

export function talksWork(reading: PassageReading): boolean {
  reading.workTalk ??= WORK.test(reading.folded);
  return reading.workTalk;
}

/** Sympathy counts unless its own sentence is about work ("sorry to hear the build broke"). */
function sympathyOutsideWork(folded: string, sympathy: RegExp): boolean {
  sympathy.lastIndex = 0;
  for (let hit = sympathy.exec(folded); hit !== null; hit = sympathy.exec(folded)) {
    if (!TECH.test(folded.slice(sentenceStart(folded, hit.index), sentenceEnd(folded, hit.index)))) return true;
    sympathy.lastIndex = hit.index + hit[0].length;
  }
  return false;
}

function startsOf(folded: string, scan: RegExp): number[] {
  const starts: number[] = [];
  scan.lastIndex = 0;
  for (let match = scan.exec(folded); match !== null; match = scan.exec(folded)) {
    starts.push(match.index);
    scan.lastIndex = match.index + 1;
  }
  return starts;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] ?? 0) <= (b[j] ?? 0)) ? a[i++] : b[j++];
    merged.push(next ?? 0);
  }
  return merged;
}

/** Every offset where some rule matches, in order. */
function matchStarts(folded: string, scans: readonly RegExp[]): number[] {
  return scans.reduce<number[]>((starts, scan) => mergeSorted(starts, startsOf(folded, scan)), []);
}

/** Reads a passage, folded and as typed. A phrase's neighbours inside its span are skipped. */
export function readPassage(folded: string, text: string, language: CompiledLanguage): PassageReading {
  const candidates: Candidate[] = [];
  let resumeAt = 0;
  for (const at of matchStarts(folded, language.scans)) {
    if (at < resumeAt) continue;
    const hit = ruleAt(folded, at, language);
    const candidate = hit && candidateAt(hit.rule, at, hit.end, { folded, text });
    if (candidate) {
      candidates.push(candidate);
      resumeAt = candidate.end ?? candidate.matchEnd;
    }
  }
  return { folded, language, candidates };
}
