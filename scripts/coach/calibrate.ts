// Chooses the thresholds of decide.ts on drafts the model was not trained on, precision
// first: the most phrases found while the language's precision on those drafts stays at or
// above the goal. Each kind's right and wrong detections are counted at every threshold
// (on its own labels, through the pipeline steps detect() runs); then thresholds are
// lowered greedily, always the step that buys recall at the best precision, until the next
// step would take the whole below the goal.
import { type DraftSituation, decide } from '../../src/coach/decide.ts';
import { type CompiledKnowledge, readRules } from '../../src/coach/engine.ts';
import { foldForMatching } from '../../src/coach/fold.ts';
import type { Thresholds } from '../../src/coach/knowledge.ts';
import type { RuleHit } from '../../src/coach/rules/match.ts';
import { type Span, sentencesOf } from '../../src/coach/sentences.ts';
import { type Found, spansOf } from '../../src/coach/spans.ts';
import type { BuiltInKind } from '../../src/coach/types.ts';
import type { Draft } from './scoring.ts';

/** A little above the 0.95 wanted on unseen drafts. */
export const PRECISION_GOAL = 0.97;
/**
 * Thresholds tried for the model alone: at least even odds, since drafts unlike any in
 * the corpus (a word of gibberish, the other language) must not be flagged on a whim.
 */
const MODEL_STEPS = Array.from({ length: 10 }, (_, i) => (50 + 5 * i) / 100);
/** Where a rule's needs are met, or a must-flag rule matched, the model may need less. */
const FLOOR_STEPS = Array.from({ length: 19 }, (_, i) => (5 + 5 * i) / 100);
/** For a kind whose precision cannot reach the goal: only what rules force is flagged. */
const NEVER = 1.01;

interface Read {
  readonly draft: Draft;
  readonly folded: string;
  readonly sentences: Span[];
  readonly probabilities: Float64Array;
  readonly hits: RuleHit[][];
  readonly situation: DraftSituation;
  /** Per sentence: it holds Echt's own words, which are never flagged. */
  readonly own: boolean[];
  readonly labels: Map<BuiltInKind, Span[]>;
}

function labelsOf(draft: Draft): Map<BuiltInKind, Span[]> {
  const labels = new Map<BuiltInKind, Span[]>();
  for (const expected of draft.expect) {
    if (expected.kind === 'personal') continue;
    const start = draft.text.indexOf(expected.phrase);
    labels.set(expected.kind, [...(labels.get(expected.kind) ?? []), { start, end: start + expected.phrase.length }]);
  }
  return labels;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

interface Count {
  right: number;
  wrong: number;
  missed: number;
}

/** Right, wrong and missed for `kind` alone at `threshold`. */
function countKind(
  reads: readonly Read[],
  language: CompiledKnowledge,
  kind: BuiltInKind,
  threshold: number,
  floors: { ruled: number; forced: number },
): Count {
  const k = language.classes.indexOf(kind);
  const thresholds = { model: language.classes.map((_, i) => (i === k ? threshold : NEVER)), ...floors };
  const count: Count = { right: 0, wrong: 0, missed: 0 };
  for (const read of reads) {
    const hits = read.hits.map((inSentence) => inSentence.filter((hit) => hit.kind === kind));
    const decisions = decide(language.classes, read.probabilities, hits, thresholds, read.situation).filter(
      (decision) => !read.own[decision.sentence],
    );
    const found: Found[] =
      decisions.length === 0
        ? []
        : spansOf(decisions, read.sentences, read.folded, read.draft.text, (folded, clauses) => {
            const p = language.model.probabilities(folded, clauses);
            return clauses.map((_, i) => p[i * language.classes.length + k] ?? 0);
          });
    const labels = read.labels.get(kind) ?? [];
    for (const label of labels) {
      if (found.some((span) => overlaps(span, label))) count.right++;
      else count.missed++;
    }
    for (const span of found) if (!labels.some((label) => overlaps(span, label))) count.wrong++;
  }
  return count;
}

/** Thresholds for every kind of `language`, chosen on `drafts`. */
export function calibrate(drafts: readonly Draft[], language: CompiledKnowledge): Thresholds {
  const reads: Read[] = drafts.map((draft) => {
    const folded = foldForMatching(draft.text);
    const sentences = sentencesOf(folded);
    const { hits, evidence, situation } = readRules(folded, draft.text, sentences, language.rules);
    return {
      draft,
      folded,
      sentences,
      probabilities: language.model.probabilities(folded, sentences, evidence),
      hits,
      situation,
      own: sentences.map((sentence) => language.wording.isOwnWords(folded.slice(sentence.start, sentence.end))),
      labels: labelsOf(draft),
    };
  });
  const levels = [...MODEL_STEPS, NEVER];
  // counts[k][level]: what kind k finds at each threshold; the last level flags only forced rules.
  const counts = language.classes.map((kind) =>
    kind === 'none'
      ? []
      : levels.map((threshold) => countKind(reads, language, kind, threshold, { ruled: NEVER, forced: NEVER })),
  );
  const at = language.classes.map(() => levels.length - 1);
  const total = (): Count =>
    counts.reduce(
      (sum, curve, k) => {
        const count = curve[at[k] ?? 0];
        return count
          ? { right: sum.right + count.right, wrong: sum.wrong + count.wrong, missed: sum.missed + count.missed }
          : sum;
      },
      { right: 0, wrong: 0, missed: 0 },
    );
  for (;;) {
    const now = total();
    let best: { k: number; level: number; gain: number; precision: number } | undefined;
    counts.forEach((curve, k) => {
      const current = curve[at[k] ?? 0];
      if (!current) return;
      for (let level = 0; level < (at[k] ?? 0); level++) {
        const next = curve[level];
        if (!next) continue;
        const gain = next.right - current.right;
        if (gain <= 0) continue;
        const wrong = Math.max(0, next.wrong - current.wrong);
        const after = (now.right + gain) / (now.right + gain + now.wrong + wrong);
        if (after < PRECISION_GOAL) continue;
        const precision = gain / (gain + wrong);
        if (!best || precision > best.precision || (precision === best.precision && gain > best.gain)) {
          best = { k, level, gain, precision };
        }
      }
    });
    if (!best) break;
    at[best.k] = best.level;
  }
  const model = language.classes.map((kind, k) => (kind === 'none' ? NEVER : (levels[at[k] ?? 0] ?? NEVER)));
  const meetsGoal = (floors: { ruled: number; forced: number }): boolean => {
    const sum = { right: 0, wrong: 0 };
    language.classes.forEach((kind, k) => {
      if (kind === 'none') return;
      const count = countKind(reads, language, kind, model[k] ?? NEVER, floors);
      sum.right += count.right;
      sum.wrong += count.wrong;
    });
    return sum.right / Math.max(1, sum.right + sum.wrong) >= PRECISION_GOAL;
  };
  // Then how sure the model must be where a rule matched, and where a must-flag rule
  // matched: the lowest bars that keep the whole at the goal.
  const floors = [...FLOOR_STEPS, NEVER];
  const ruled = floors.find((floor) => meetsGoal({ ruled: floor, forced: floor })) ?? NEVER;
  const forced = [0, ...floors].find((floor) => floor >= ruled || meetsGoal({ ruled, forced: floor })) ?? NEVER;
  return { model, ruled, forced: Math.min(forced, ruled) };
}
