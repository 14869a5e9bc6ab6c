// The pipeline's fourth step: which kinds each sentence is flagged for. The model decides
// (a kind at or above its threshold), having weighed the rules' matches as evidence. A
// sentence where a rule of the kind matched, in a draft its needs allow (a hard time for
// `support`, not only work talk for `calm`), needs less, since a known phrase is there; a
// must-flag rule (`always`) flags its sentence unless the model all but rules it out.
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
 * `probabilities` holds, sentence after sentence, one value per class in `classes` order
 * ("none" first); `hits` the rules' hits per sentence.
 */
export function decide(
  classes: readonly (BuiltInKind | 'none')[],
  probabilities: Float64Array,
  hits: readonly (readonly RuleHit[])[],
  thresholds: Thresholds,
  situation: DraftSituation,
): Decision[] {
  const decisions: Decision[] = [];
  for (let sentence = 0; sentence < hits.length; sentence++) {
    const inSentence = hits[sentence] ?? [];
    for (let k = 1; k < classes.length; k++) {
      const kind = classes[k];
      if (kind === undefined || kind === 'none') continue;
      const p = probabilities[sentence * classes.length + k] ?? 0;
      const ofKind = inSentence.filter((hit) => hit.kind === kind);
      const flagged =
        p >= (thresholds.model[k] ?? 1) ||
        (p >= thresholds.ruled && ofKind.some((hit) => allows(situation, hit))) ||
        (p >= thresholds.forced && ofKind.some((hit) => hit.force));
      if (flagged) decisions.push({ kind, sentence, hits: ofKind });
    }
  }
  return decisions;
}
