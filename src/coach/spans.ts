// The pipeline's fifth step: what to underline for each decision. A rule's hit gives the
// exact phrase; without one, the clause of the sentence the model finds most of that kind
// in (so "so sorry, lmk if u need anything" underlines only the offer), else the sentence.
// An underline then takes in the clauses next to it that lean to its kind, unless the model
// reads them as nothing to flag ("ik ben er hé, zeg maar wa ik kan doen" is one offer; "so
// sorry" stays out). Underlines never overlap, and two of one kind with only a comma between,
// or in sentences next to each other, become one.
import type { Decision } from './decide';
import { clausesOf, type Span } from './sentences';
import { type BuiltInKind, KINDS } from './types';

export interface Found {
  readonly kind: BuiltInKind;
  readonly start: number;
  readonly end: number;
  /** The name the phrase was addressed to, as typed. */
  readonly name?: string;
  /** A rule's own words in the phrase (silence.ts); none for a phrase the model found alone. */
  readonly words?: string;
}

/** The model's reading of clauses: how likely clause `index` is to be `kind`, or nothing to flag. */
export type ClauseReading = (index: number, kind: BuiltInKind | 'none') => number;

/** Reads the clauses given (parts of the folded draft). */
export type ClauseScorer = (folded: string, clauses: readonly Span[]) => ClauseReading;

/** A reading from the model's probabilities: per clause, one value per class in `classes` order. */
export function clauseReading(probabilities: Float64Array, classes: readonly (BuiltInKind | 'none')[]): ClauseReading {
  return (index, kind) => probabilities[index * classes.length + classes.indexOf(kind)] ?? 0;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The clause most of `kind` that is still free; the sentence when it has one clause. */
function bestClause(
  folded: string,
  sentence: Span,
  kind: BuiltInKind,
  taken: readonly Span[],
  score: ClauseScorer,
): Span | undefined {
  const clauses = clausesOf(folded, sentence).filter((clause) => !taken.some((other) => overlaps(clause, other)));
  if (clauses.length <= 1) return clauses[0];
  const reading = score(folded, clauses);
  let best = 0;
  for (let i = 1; i < clauses.length; i++) if (reading(i, kind) > reading(best, kind)) best = i;
  return clauses[best];
}

/**
 * A neighbouring clause joins an underline when the model reads it alone as that kind more
 * than as any other, unless it reads it as nothing to flag at least this surely ("so sorry",
 * "zo erg voor je", "ugh so sorry to hear that" read 0.97–1.00). Part of a phrase often reads
 * as little alone: "hoe gaat t nu met je" without its question mark (0.87), "sry voor het
 * gezeur" before "ik moet niet zo zeuren" (0.81). A kind remark next to a phrase ("I know how
 * much you loved her" after "at least it was quick", 0.93–0.95 as models were retrained) or a
 * greeting ("Hé Anouk,", 0.94) stays out: accepting a rewrite replaces what is underlined. On
 * blind set 8, before it joined training, asking the clause to read as the kind itself (at
 * 0.5) put 11 of 451 underlines beside their phrase; with round 8's model 0.93–0.95 here
 * found 10 more phrases than that, 0.9 found 7 more. INTERNALS.md has the figures across
 * writers.
 */
const NOTHING = 0.9;

/** `span`, grown over the neighbouring clauses of its sentence that are part of it. */
function widened(span: Found, sentence: Span, folded: string, others: readonly Found[], score: ClauseScorer): Found {
  const clauses = clausesOf(folded, sentence);
  const first = clauses.findIndex((clause) => overlaps(clause, span));
  if (clauses.length <= 1 || first < 0) return span;
  let last = first;
  while (last + 1 < clauses.length && overlaps(clauses[last + 1] ?? span, span)) last++;
  const reading = score(folded, clauses);
  const free = (index: number) => {
    const clause = clauses[index];
    if (clause === undefined || others.some((o) => overlaps(o, clause)) || reading(index, 'none') >= NOTHING)
      return false;
    const own = reading(index, span.kind);
    return KINDS.every((kind) => reading(index, kind) <= own);
  };
  let from = first;
  let to = last;
  while (from > 0 && free(from - 1)) from--;
  while (to + 1 < clauses.length && free(to + 1)) to++;
  const start = Math.min(span.start, clauses[from]?.start ?? span.start);
  const end = Math.max(span.end, clauses[to]?.end ?? span.end);
  return { ...span, start, end };
}

/** A span with only the fields it has: no `name` or `words` set to undefined. */
function tidy({ kind, start, end, name, words }: Found): Found {
  return { kind, start, end, ...(name ? { name } : {}), ...(words !== undefined ? { words } : {}) };
}

/** The index of the sentence that holds offset `at`, or -1. */
function sentenceAt(sentences: readonly Span[], at: number): number {
  return sentences.findIndex((sentence) => sentence.start <= at && at < sentence.end);
}

/**
 * Two phrases of one kind with only a comma between them read as one ("never mind, I'll
 * manage"), and so do two in sentences next to each other: one passage, one underline.
 */
function joinNeighbours(found: readonly Found[], text: string, sentences: readonly Span[]): Found[] {
  const joined: Found[] = [];
  for (const phrase of found) {
    const previous = joined[joined.length - 1];
    const next =
      previous !== undefined && sentenceAt(sentences, phrase.start) === sentenceAt(sentences, previous.end - 1) + 1;
    if (previous?.kind === phrase.kind && (next || /^[ \t,;:–-]*$/.test(text.slice(previous.end, phrase.start)))) {
      const name = phrase.name ?? previous.name;
      // Both rules' words; where the model found one part alone, the key is the lexicon's.
      const words =
        previous.words !== undefined && phrase.words !== undefined ? `${previous.words} ${phrase.words}` : undefined;
      joined[joined.length - 1] = tidy({ kind: phrase.kind, start: previous.start, end: phrase.end, name, words });
    } else {
      joined.push(phrase);
    }
  }
  return joined;
}

export function spansOf(
  decisions: readonly Decision[],
  sentences: readonly Span[],
  folded: string,
  text: string,
  score: ClauseScorer,
): Found[] {
  const found: Found[] = [];
  // Rules' spans first: they are exact, and a model-only span must not cover them.
  for (const decision of decisions) {
    for (const hit of decision.hits) {
      if (found.some((other) => overlaps(hit, other))) continue;
      found.push(tidy(hit));
    }
  }
  for (const decision of decisions) {
    const sentence = sentences[decision.sentence];
    if (decision.hits.length > 0 || !sentence) continue;
    const span = bestClause(folded, sentence, decision.kind, found, score);
    if (span) found.push({ kind: decision.kind, start: span.start, end: span.end });
  }
  const grown = found.map((span, index) => {
    const sentence = sentences.find((candidate) => candidate.start <= span.start && span.start < candidate.end);
    const others = found.filter((_, i) => i !== index);
    return sentence ? widened(span, sentence, folded, others, score) : span;
  });
  // Grown spans may now touch; an earlier one keeps its ground.
  const kept: Found[] = [];
  for (const span of grown.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!kept.some((other) => overlaps(other, span))) kept.push(span);
  }
  found.splice(0, found.length, ...kept);
  return joinNeighbours(found.map(tidy), text, sentences);
}
