// After the spans step: a second kind in a sentence the model read as mostly one. The model
// reads each sentence as a whole, and a sentence that holds two kinds ("anything you need
// just ask, and msg me when you know more"; "I was in the same boat in 2019, honestly it
// sorted itself out") reads as the stronger one, the other near zero. Where a sentence is
// support talk at all (the model does not read it as nothing), in a draft where something was
// flagged already, its clauses are read one by one, and a clause the model reads as a kind the
// sentence was not flagged for, surely, flags that kind: the rule's span if a rule of the kind
// matched in it, else the clause.
import { DOUBTED, type RuleSays } from './decide';
import type { RuleHit } from './rules/match';
import { clausesOf, type Span } from './sentences';
import { type ClauseScorer, type Found, overlaps } from './spans';
import type { BuiltInKind, Locale } from './types';

/**
 * How surely the model must read a sentence as nothing to flag for its clauses to be left
 * alone, and, per language, how surely a clause must read as a kind (its most likely class)
 * to flag it. Chosen across writers (INTERNALS.md, "A second kind in one sentence"): in
 * Dutch 0.9 kept the recall 0.8 found at a higher precision; in English 0.8 found more.
 * Mutable only so that scripts and tests can try others.
 */
export const MIXED: { nothing: number; clause: Record<Locale, number> } = {
  nothing: 0.9,
  clause: { en: 0.8, nl: 0.9 },
};

export interface SentenceView {
  /** The model's probability that the sentence holds nothing to flag. */
  readonly nothing: number;
  /** The rules' hits in the sentence. */
  readonly hits: readonly RuleHit[];
  /** What the rules say of `kind` in the sentence (decide.ts `ruleSays`). */
  readonly says: (kind: BuiltInKind) => RuleSays;
  /** The sentence holds Echt's own words: never flagged (read only when needed). */
  readonly own: boolean;
}

/** The phrases found in clauses of mixed sentences, to add to `found` (none overlaps it). */
export function mixedKinds(
  locale: Locale,
  found: readonly Found[],
  sentences: readonly Span[],
  folded: string,
  view: (sentence: number) => SentenceView,
  classes: readonly (BuiltInKind | 'none')[],
  score: ClauseScorer,
): Found[] {
  const added: Found[] = [];
  const taken = (span: Span) =>
    found.some((other) => overlaps(other, span)) || added.some((other) => overlaps(other, span));
  sentences.forEach((sentence, index) => {
    const seen = view(index);
    if (seen.nothing >= MIXED.nothing || seen.own) return;
    const clauses = clausesOf(folded, sentence);
    if (clauses.length < 2) return;
    const flaggedHere = new Set(found.filter((span) => overlaps(span, sentence)).map((span) => span.kind));
    const reading = score(folded, clauses);
    clauses.forEach((clause, c) => {
      if (taken(clause)) return;
      let kind: BuiltInKind | undefined;
      let most = reading(c, 'none');
      for (const candidate of classes) {
        if (candidate === 'none') continue;
        const p = reading(c, candidate);
        if (p > most) {
          most = p;
          kind = candidate;
        }
      }
      if (kind === undefined || flaggedHere.has(kind)) return;
      const says = seen.says(kind);
      const bar = MIXED.clause[locale];
      if (says === -2 || most < (says === -1 ? Math.max(bar, DOUBTED) : bar)) return;
      const hit = seen.hits.find((h) => h.kind === kind && overlaps(h, clause) && !h.disclaimed && !taken(h));
      if (hit)
        added.push({ kind, start: hit.start, end: hit.end, words: hit.words, ...(hit.name ? { name: hit.name } : {}) });
      else added.push({ kind, start: clause.start, end: clause.end });
      flaggedHere.add(kind);
    });
  });
  return added;
}
