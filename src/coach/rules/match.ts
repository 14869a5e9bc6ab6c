// The rules' part of the pipeline's third step: where in one sentence a language's phrases
// are, as exact spans. A match counts unless it is negated ("I won't say cheer up") or its
// clause is about work ("you should just rebase"). Everything looked at stays inside the
// sentence, so a sentence reads the same wherever it sits, and is remembered as read. A
// negated match is kept as disclaimed: the user said they do not mean it.
import { afterWords, clauseStart, highlightEnd, sentenceEnd, sentenceStart, withClosingMarks } from '../clause';
import type { Needs } from '../knowledge';
import { type DraftMemory, draftMemory } from '../memory';
import type { Span } from '../sentences';
import { ruleWords } from '../silence';
import { type BuiltInKind, KINDS } from '../types';
import type { CompiledLanguage, Rule } from './compile';
import type { Words } from './lookup';

/** A rule's match that counts, in offsets of the whole draft. */
export interface RuleHit {
  readonly kind: BuiltInKind;
  readonly force: boolean;
  /** Which of the rule's needs it was written under; the model weighs each on its own. */
  readonly needs: Needs;
  readonly start: number;
  /** Where the highlight ends: the rest of the phrase's clause, with its closing marks. */
  readonly end: number;
  /** The name the phrase was addressed to ("how are you, Sam?"), as typed. */
  readonly name?: string;
  /** The rule's own words in its match, for the silence key (see silence.ts). */
  readonly words: string;
  /**
   * The phrase is there but said not to be meant ("I won't say at least it's Friday", "ik ga
   * niet zeggen dat het meevalt"): its sentence is not flagged as its kind (decide.ts).
   */
  readonly disclaimed?: true;
}

/** How far back a "not" or "don't" still belongs to the phrase. */
const NEGATION_REACH = 40;
/** How many words after a phrase can still make it about work ("you should just rebase"). */
const OBJECT_WORDS = 5;

/** Only what follows the last "but" or "maar" before the phrase belongs to its thought. */
function currentThought(before: string, turn: Words): string {
  let rest = before;
  for (let at = turn.search(rest); at >= 0; at = turn.search(rest)) rest = rest.slice(at + 1);
  return rest;
}

function isNegated(folded: string, start: number, language: CompiledLanguage): boolean {
  const from = Math.max(clauseStart(folded, start), start - NEGATION_REACH);
  return from < start && language.negation.test(currentThought(folded.slice(from, start), language.turn));
}

/**
 * A phrase is about work when its clause, up to a few words after it, names work things.
 * Phrases flagged whatever the model says are held to more: their whole sentence.
 */
function isAboutWork(folded: string, start: number, matchEnd: number, rule: Rule, work: Words): boolean {
  const around = rule.force
    ? folded.slice(sentenceStart(folded, start), sentenceEnd(folded, matchEnd))
    : folded.slice(clauseStart(folded, start), afterWords(folded, matchEnd, OBJECT_WORDS));
  return work.test(around);
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

/** The hit of `rule` matched from `start` to `matchEnd`, or undefined when it does not count. */
function hitAt(
  rule: Rule,
  start: number,
  matchEnd: number,
  sentence: { folded: string; text: string },
  language: CompiledLanguage,
): RuleHit | undefined {
  const { folded, text } = sentence;
  const { kind, force, needs } = rule;
  const negated = isNegated(folded, start, language);
  if (!negated && isAboutWork(folded, start, matchEnd, rule, language.work)) return undefined;
  const words = ruleWords(folded.slice(start, matchEnd), rule.literals);
  if (negated) return { kind, force: false, needs, start, end: matchEnd, words, disclaimed: true };
  if (!rule.standalone) {
    // Pressure to reply carries its reason ("reply asap so I know you're ok", "…want ik maak me
    // zorgen"): the reason presses too, and a rewrite must replace it with the rest.
    const turn = kind === 'reply-pressure' ? undefined : language.turn;
    const end = withClosingMarks(folded, highlightEnd(folded, matchEnd, turn));
    return { kind, force, needs, start, end, words };
  }
  const closing = standaloneEnd(folded, text, matchEnd);
  if (!closing) return undefined;
  const hit = { kind, force, needs, start, end: closing.end, words };
  return closing.name ? { ...hit, name: closing.name } : hit;
}

/** The hits in one sentence (folded and as typed), in order, none overlapping; offsets in the sentence. */
function hitsInSentence(folded: string, text: string, language: CompiledLanguage): RuleHit[] {
  const hits: RuleHit[] = [];
  for (let at = 0; at < folded.length; at++) {
    const match = language.rules.matchAt(folded, at);
    const hit = match && hitAt(match.owner, at, match.end, { folded, text }, language);
    if (hit) {
      hits.push(hit);
      // A phrase's neighbours inside its span are not read again.
      at = Math.max(at, hit.end - 1);
    }
  }
  return hits;
}

/** What the rules read in one sentence. */
export interface SentenceReading {
  /** The hits, in draft offsets. */
  readonly hits: readonly RuleHit[];
  /** The sentence shows someone is going through something hard. */
  readonly hardTime: boolean;
  /** The sentence names work things. */
  readonly workTalk: boolean;
  /** The sentence names technical work things (code, builds, tools): its phrase may be about them. */
  readonly technical: boolean;
  /**
   * Kinds the model alone may not flag in the sentence (no rule match of them there): those
   * whose cue it lacks, and every kind in a sentence where the user disclaims a phrase ("ik
   * ga niet zeggen dat het wel meevalt" is not the writer waving their own need away).
   */
  readonly barred: readonly BuiltInKind[];
}

/** Whether a rule of `kind` matched in the sentence and the user did not disclaim it. */
function ruled(hits: readonly RuleHit[], kind: BuiltInKind): boolean {
  return hits.some((hit) => hit.kind === kind && !hit.disclaimed);
}

function barred(folded: string, hits: readonly RuleHit[], language: CompiledLanguage): BuiltInKind[] {
  if (hits.some((hit) => hit.disclaimed)) return KINDS.filter((kind) => !ruled(hits, kind));
  return language.cues.flatMap(([kind, cue]) => (ruled(hits, kind) || cue.test(folded) ? [] : [kind]));
}

/** A draft of this many words or fewer is brief (see `barredInBrief`). */
const BRIEF = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/** Whether the folded draft has at most `BRIEF` words; it stops counting after one more. */
export function isBrief(folded: string): boolean {
  WORD.lastIndex = 0;
  for (let words = 0; WORD.exec(folded); ) if (++words > BRIEF) return false;
  return true;
}

/**
 * `barred` of a sentence in a brief draft that shows no hard time: the model alone may read
 * only a kind whose cue the sentence holds (`RuleData.cues`: a check-in), nothing more. "me
 * too", "no worries!" and "komt goed" on their own are mostly replies about work, and a few
 * words have nothing around them to say otherwise ("been there 😔" does); a rule's match
 * still counts.
 */
export function barredInBrief(reading: SentenceReading, language: CompiledLanguage): readonly BuiltInKind[] {
  const cued = new Set(language.cues.map(([kind]) => kind));
  return KINDS.filter((kind) => (cued.has(kind) ? reading.barred.includes(kind) : !ruled(reading.hits, kind)));
}

function readFresh(folded: string, typed: string, language: CompiledLanguage): SentenceReading {
  const shows = language.situation(folded);
  const technical = (shows & 4) !== 0 || language.compounds.test(folded);
  const hits = hitsInSentence(folded, typed, language);
  return {
    hits,
    hardTime: (shows & 1) !== 0 || (!technical && (shows & 2) !== 0),
    workTalk: technical || (shows & 8) !== 0,
    technical,
    barred: barred(folded, hits, language),
  };
}

/** What was read in the sentences of the last draft, per language (see memory.ts). */
const LAST_DRAFT = new WeakMap<CompiledLanguage, DraftMemory<SentenceReading>>();

/** What the rules read in each sentence of a draft, in draft offsets. */
export function readSentences(
  folded: string,
  text: string,
  sentences: readonly Span[],
  language: CompiledLanguage,
): SentenceReading[] {
  const memory = LAST_DRAFT.get(language) ?? draftMemory<SentenceReading>();
  LAST_DRAFT.set(language, memory);
  const readings = sentences.map((sentence) => {
    const typed = text.slice(sentence.start, sentence.end);
    const reading = memory.get(typed, () => readFresh(folded.slice(sentence.start, sentence.end), typed, language));
    if (sentence.start === 0 || reading.hits.length === 0) return reading;
    const shift = sentence.start;
    return {
      ...reading,
      hits: reading.hits.map((hit) => ({ ...hit, start: hit.start + shift, end: hit.end + shift })),
    };
  });
  memory.next();
  return readings;
}
