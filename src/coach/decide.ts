// The pipeline's fourth step: which kinds each sentence is flagged for. The model decides
// (a kind at or above its threshold), having weighed the rules' matches as evidence. A
// sentence where a rule of the kind matched, in a draft its needs allow (a hard time for
// `support`, not only work talk for `calm`), needs less, since a known phrase is there; a
// must-flag rule (`always`) flags its sentence unless the model all but rules it out.
// A sentence next to a flagged one joins it as one passage when the model reads it as the
// same kind, if less surely: people say a thing over two sentences ("sorry, ignore me. I'll
// be fine"), and only one of them would reach the threshold alone.
import type { Thresholds } from './knowledge';
import type { RuleHit } from './rules/match';
import type { BuiltInKind } from './types';

export interface Decision {
  readonly kind: BuiltInKind;
  /** Index of the sentence. */
  readonly sentence: number;
  /** The rules' hits of this kind in the sentence: they give the exact spans. */
  readonly hits: readonly RuleHit[];
}

/** What the whole draft shows, as the rules read it. */
export interface DraftSituation {
  readonly hardTime: boolean;
  readonly workTalk: boolean;
}

function allows(situation: DraftSituation, hit: RuleHit): boolean {
  if (hit.needs === 'always' || situation.hardTime) return true;
  return hit.needs === 'calm' && !situation.workTalk;
}

/**
 * What the rules found of one kind in a sentence: a veto (-2), a doubt (-1), nothing, a match
 * its needs allow, a must-flag match. A veto: a sentence the model alone may not flag for the
 * kind (`open` false: `SentenceReading.barred`, so a bare "ok" is no check-in), or a phrase the
 * user disclaims ("I won't pretend I know how you feel"). A doubt: a phrase of the kind whose
 * rule needs a hard time, in a draft that talks work and shows none ("sorry the build broke.
 * at least it's friday"): the rule's own reading says it is about work, so the model, which
 * has seen far more sympathy about people than about builds, needs to be all but sure
 * (`DOUBTED`). It often is where the hard time is one the rules have no word for ("sorry the
 * review went badly. you should really talk to a career coach"). A sentence that itself
 * talks code or tools (`technical`) and holds no rule match of the kind is doubted too, hard
 * time or not: the model alone reads "Sorry you're stressed. You should just rebase onto
 * main." as advice about half the time.
 */
export type RuleSays = -2 | -1 | 0 | 1 | 2;

/**
 * What the model needs to flag a doubted sentence (or the kind's threshold, if higher). On
 * blind set 8, before it joined training, the doubted phrases the writers labelled read at
 * 0.63–0.98 and "at least it's friday" after a broken build at 0.76; 0.8 and 0.9 found the
 * same there, and cost no precision across writers (INTERNALS.md).
 */
export const DOUBTED = 0.9;

export function ruleSays(
  hits: readonly RuleHit[],
  situation: DraftSituation,
  open = true,
  technical = false,
): RuleSays {
  if (!open) return -2;
  if (hits.some((hit) => hit.force && !hit.disclaimed)) return 2;
  // "I won't say at least it's Friday": the user says the phrase is not what they mean.
  if (hits.some((hit) => hit.disclaimed)) return -2;
  if (hits.some((hit) => allows(situation, hit))) return 1;
  if (hits.length === 0) return technical ? -1 : 0;
  return situation.workTalk && !situation.hardTime && hits.some((hit) => hit.needs === 'support') ? -1 : 0;
}

/**
 * The sentences flagged as one kind, whole passages included: `p(sentence)` is the model's
 * probability of the kind, `rules(sentence)` what the rules found of it, `threshold` the
 * kind's own.
 */
export function flagged(
  count: number,
  p: (sentence: number) => number,
  rules: (sentence: number) => RuleSays,
  threshold: number,
  thresholds: Thresholds,
): boolean[] {
  const alone = Array.from({ length: count }, (_, sentence) => {
    const says = rules(sentence);
    const sure = p(sentence);
    if (says === -2) return false;
    if (says === -1) return sure >= Math.max(threshold, DOUBTED);
    return sure >= threshold || (says >= 1 && sure >= thresholds.ruled) || (says === 2 && sure >= thresholds.forced);
  });
  // A passage grows both ways from each flagged sentence, one neighbour at a time (not into a vetoed or doubted one).
  const joins = (sentence: number) => p(sentence) >= thresholds.passage && rules(sentence) >= 0;
  const inPassage = [...alone];
  for (let sentence = 0; sentence < count; sentence++) {
    if (!alone[sentence]) continue;
    for (let before = sentence - 1; before >= 0 && joins(before); before--) inPassage[before] = true;
    for (let after = sentence + 1; after < count && joins(after); after++) inPassage[after] = true;
  }
  return inPassage;
}

/**
 * `probabilities` holds, sentence after sentence, one value per class in `classes` order
 * ("none" first); `hits` the rules' hits per sentence, `barred` the kinds the model alone may
 * not flag in each. Decisions come in sentence order.
 */
export function decide(
  classes: readonly (BuiltInKind | 'none')[],
  probabilities: Float64Array,
  hits: readonly (readonly RuleHit[])[],
  barred: readonly (readonly BuiltInKind[])[],
  thresholds: Thresholds,
  situation: DraftSituation,
  /** Per sentence: it talks code or tools (`SentenceReading.technical`). */
  technical: readonly boolean[],
): Decision[] {
  const decisions: { decision: Decision; k: number }[] = [];
  for (let k = 1; k < classes.length; k++) {
    const kind = classes[k];
    if (kind === undefined || kind === 'none') continue;
    const ofKind = (sentence: number) => (hits[sentence] ?? []).filter((hit) => hit.kind === kind);
    const spansOfKind = (sentence: number) => ofKind(sentence).filter((hit) => !hit.disclaimed);
    const marks = flagged(
      hits.length,
      (sentence) => probabilities[sentence * classes.length + k] ?? 0,
      (sentence) =>
        ruleSays(ofKind(sentence), situation, !barred[sentence]?.includes(kind), technical[sentence] ?? false),
      thresholds.model[k] ?? 1,
      thresholds,
    );
    marks.forEach((marked, sentence) => {
      if (marked) decisions.push({ decision: { kind, sentence, hits: spansOfKind(sentence) }, k });
    });
  }
  return decisions
    .sort((a, b) => a.decision.sentence - b.decision.sentence || a.k - b.k)
    .map(({ decision }) => decision);
}
