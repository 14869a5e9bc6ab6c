// Cross-writer figures: each source's drafts (a writer's folder or a blind set) scored with
// the whole detect() of the fold that never saw them, its thresholds calibrated on the other
// folds' out-of-fold reads only. This is what says how the coach does on a new writer;
// same-writer held-out parts flatter precision.
import { createCoach } from '../../src/coach/engine.ts';
import type { Detection } from '../../src/coach/types.ts';
import { type Fold, languageOf, thresholdsOf } from './pipeline.ts';
import { kindTable, precisionOf, recallOf, type Score, score } from './scoring.ts';

export interface CrossWriter {
  /** Per source, the figures of the fold that held it out. */
  readonly perSource: ReadonlyMap<string, Score>;
  /** Every source's drafts together, each scored by its own fold. */
  readonly all: Score;
}

export function crossWriter(folds: readonly Fold[], goal?: number): CrossWriter {
  const finders = new Map<string, (text: string) => Detection[]>();
  const perSource = new Map<string, Score>();
  for (const fold of folds) {
    const { locale, model } = fold.language;
    const coach = createCoach({ [locale]: languageOf(locale, model, thresholdsOf(folds, fold.source, goal)) });
    const find = (text: string) => coach.detect(text, { locale });
    perSource.set(fold.source, score(fold.drafts, find));
    for (const draft of fold.drafts) finders.set(draft.text, find);
  }
  const all = score(
    folds.flatMap((fold) => fold.drafts),
    (text) => finders.get(text)?.(text) ?? [],
  );
  return { perSource, all };
}

function figures(result: Score): string {
  return `precision ${precisionOf(result).toFixed(3)}  recall ${recallOf(result).toFixed(3)}`;
}

/** The report `npm run train:coach` prints: per source, then all sources by kind. */
export function crossReport(title: string, cross: CrossWriter, misses = false): string {
  const width = Math.max(...[...cross.perSource.keys()].map((source) => source.length)) + 2;
  const lines = [`${title}, cross-writer (each source scored by the fold that never saw it):`];
  for (const [source, result] of cross.perSource) {
    const labelled = result.truePositives + result.falseNegatives;
    lines.push(`  ${source.padEnd(width)}${figures(result)}  (${labelled} phrases)`);
  }
  lines.push(`  ${'all'.padEnd(width)}${figures(cross.all)}`, kindTable(cross.all.perKind));
  if (misses) lines.push('', ...cross.all.misses);
  return lines.join('\n');
}
