// Trains the coach's model (src/coach/model.ts) on labelled drafts, in plain TypeScript so
// the result is the same on every machine: a fixed seed orders the examples, float math in
// one thread, then weights rounded to signed bytes. Softmax regression with the classes
// "none" and the seven kinds, trained with SGD as fastText does (learning rate falling
// linearly to zero), on the features the page computes with the same code, plus the
// rules' evidence (model.ts) with a learning rate of its own.
import { readRules } from '../../src/coach/engine.ts';
import { contextFeatures, type FeatureShape, placeFeature, unitFeatures } from '../../src/coach/features.ts';
import { foldForMatching } from '../../src/coach/fold.ts';
import { EVIDENCE_COUNT, type ModelData } from '../../src/coach/model.ts';
import type { CompiledLanguage } from '../../src/coach/rules/compile.ts';
import { type Span, sentencesOf } from '../../src/coach/sentences.ts';
import { KINDS, type Locale } from '../../src/coach/types.ts';
import type { Draft } from './scoring.ts';

export const CLASSES: readonly string[] = ['none', ...KINDS];
const C = CLASSES.length;

export interface Settings {
  readonly bucketBits: number;
  readonly minN: number;
  readonly maxN: number;
  readonly skipPairs: boolean;
  readonly window: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** For the rules' evidence, which is added to the logits without averaging. */
  readonly evidenceRate: number;
  /**
   * Features seen fewer times than this in training are left out, so their buckets stay 0.
   * 3 since round 6: with about 31,700 drafts, 2 filled enough buckets to take both models
   * over their 300 KB (314 KB gzipped); 3 makes them 296 KB, with blind set 6 unchanged
   * (en 0.989 / 0.847 → 0.989 / 0.852, nl 0.965 / 0.874 → 0.960 / 0.870). 4 since round 7:
   * with set 6 and two more writers in (about 37,700 drafts), 3 made them 306.7 KB. 5 since
   * round 10: with sets 8–9 and the writers en-h / nl-h in (about 44,000 drafts), 4 made
   * them 304.8 KB. 6 since round 16: with set 15 in (about 47,000 drafts), 5 made them
   * 300.8 KB; 6 makes them 291.1 KB.
   */
  readonly minCount: number;
  readonly seed: number;
  /**
   * How much a sentence without a label counts when its draft has labelled phrases: writers
   * label one phrase where the next sentence often says the same again, so such a sentence
   * is a weak "none".
   */
  readonly besideLabel: number;
  /** How many runs, each with its own order of examples, are averaged into one model. */
  readonly runs: number;
  /**
   * How often an example is seen without the rules' evidence: otherwise the words a rule
   * already catches teach the model little, and a variant no rule knows ("u know where to
   * find me") is left to weak features.
   */
  readonly evidenceDropout: number;
}

/** The trainer's starting point; each language's own choice is in `SETTINGS`. */
const BASE: Settings = {
  bucketBits: 15,
  minN: 3,
  maxN: 5,
  skipPairs: false,
  window: 2,
  epochs: 20,
  learningRate: 0.5,
  evidenceRate: 1,
  minCount: 6,
  seed: 20261205,
  besideLabel: 1,
  runs: 1,
  evidenceDropout: 0,
};

/**
 * Chosen per language on cross-writer figures (leave one source out, `npm run train:coach`).
 * Sentence-level average precision out of fold, en / nl, against `BASE` (0.918 / 0.931):
 * evidenceDropout 0.5 helps most (0.923 / 0.936), evidenceRate 0.3 (0.920 / 0.933) and
 * besideLabel 0.3 a little (0.920 / 0.930; 0, a full "none", hurts: 0.905 / 0.912); bucketBits
 * 17, minN 2, maxN 4 or 6, window 1 or 3, minCount 1 or 3, 10 or 40 epochs, learning rate 0.2
 * or 1, and the mean of 3 runs change nothing that matters; 14 bits lose a little. Training
 * also on support drafts glued to a work-chat draft hurt (0.911 / 0.918). The three that
 * helped, together, through the whole detect() with calibrated thresholds: en precision /
 * recall 0.960 / 0.629 against 0.962 / 0.594 with `BASE`, but nl 0.950 / 0.637 against
 * 0.957 / 0.692, so Dutch keeps `BASE`. With blind set 3 in and calibrated for 0.96
 * (en 0.961 / 0.710, nl 0.948 / 0.744): word pairs across one word (`skipPairs`) en 0.963 /
 * 0.716, nl 0.948 / 0.742, so English only; sentences with a kind counting 1.5 or 2 times
 * (weak kinds 2) cost precision for no recall (en 0.952 / 0.703, 0.953 / 0.711).
 */
export const SETTINGS: Readonly<Record<Locale, Settings>> = {
  en: { ...BASE, evidenceRate: 0.3, besideLabel: 0.3, evidenceDropout: 0.5, skipPairs: true },
  nl: BASE,
};

/** One sentence to learn from (or to read): the buckets of its features and what it should be read as. */
export interface Row {
  readonly pools: readonly Int32Array[];
  /** Per pool, 1 / √(features in it, rare ones included), or 0 for an empty pool. */
  readonly norms: Float64Array;
  readonly evidence: Int32Array;
  /** Wanted probability per class (a sentence with two kinds wants half of each). */
  readonly target: Float64Array;
  /** How much the example counts. */
  readonly weight: number;
}

/** A sentence's feature hashes, before they are mapped to buckets. */
interface Example {
  readonly pools: readonly Uint32Array[];
  readonly counts: readonly number[];
  readonly evidence: readonly number[];
  readonly target: Float64Array;
  /** A sentence without a label in a draft with labelled phrases (see `besideLabel`). */
  readonly beside: boolean;
}

function collect(fill: (sink: { add(hash: number): void }) => void): number[] {
  const hashes: number[] = [];
  fill({ add: (hash) => hashes.push(hash) });
  return hashes;
}

function labelSpans(draft: Draft): { kind: number; start: number; end: number }[] {
  return draft.expect.map((expected) => {
    const start = draft.text.indexOf(expected.phrase);
    return { kind: CLASSES.indexOf(expected.kind), start, end: start + expected.phrase.length };
  });
}

/** The kinds labelled in a sentence: a labelled phrase that overlaps it marks it. */
function targetOf(labels: readonly { kind: number; start: number; end: number }[], span: Span): Float64Array {
  const target = new Float64Array(C);
  const kinds = new Set<number>();
  for (const label of labels) if (label.start < span.end && span.start < label.end) kinds.add(label.kind);
  if (kinds.size === 0) target[0] = 1;
  for (const kind of kinds) target[kind] = 1 / kinds.size;
  return target;
}

/** The examples of one draft: one per sentence. */
function draftExamples(draft: Draft, rules: CompiledLanguage, settings: Settings): Example[] {
  const shape: FeatureShape = { minN: settings.minN, maxN: settings.maxN, skipPairs: settings.skipPairs };
  const examples: Example[] = [];
  const folded = foldForMatching(draft.text);
  const spans = sentencesOf(folded);
  const labels = labelSpans(draft);
  const { evidence } = readRules(folded, draft.text, spans, rules);
  const lent = spans.map((span) => collect((sink) => contextFeatures(folded, span.start, span.end, sink)));
  spans.forEach((span, index) => {
    const grams: number[] = [];
    const own = collect((sink) =>
      unitFeatures(folded, span.start, span.end, shape, sink, { add: (hash) => grams.push(hash) }),
    );
    own.push(placeFeature(index, spans.length));
    const around: number[] = [];
    for (let j = Math.max(0, index - settings.window); j <= index + settings.window; j++) {
      if (j !== index) around.push(...(lent[j] ?? []));
    }
    const target = targetOf(labels, span);
    examples.push({
      pools: [Uint32Array.from(own), Uint32Array.from(grams), Uint32Array.from(around)],
      counts: [own.length, grams.length, around.length],
      evidence: evidence[index] ?? [],
      target,
      beside: target[0] === 1 && labels.length > 0,
    });
  });
  return examples;
}

/**
 * A draft's examples are the same in every fold it is trained or read in: they are made
 * once per draft, rules and feature settings.
 */
const made = new WeakMap<CompiledLanguage, WeakMap<Draft, { key: string; examples: Example[] }>>();

function examplesOf(drafts: readonly Draft[], rules: CompiledLanguage, settings: Settings): Example[] {
  const key = [settings.minN, settings.maxN, settings.skipPairs, settings.window].join();
  let byDraft = made.get(rules);
  if (!byDraft) {
    byDraft = new WeakMap();
    made.set(rules, byDraft);
  }
  const examples: Example[] = [];
  for (const draft of drafts) {
    let known = byDraft.get(draft);
    if (known?.key !== key) {
      known = { key, examples: draftExamples(draft, rules, settings) };
      byDraft.set(draft, known);
    }
    examples.push(...known.examples);
  }
  return examples;
}

/** The same pseudo-random sequence for the same seed (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Maps hashes to buckets; with `counts`, features seen fewer than `minCount` times are dropped. */
function bucketer(settings: Settings, counts?: Map<number, number>): (hashes: Uint32Array) => Int32Array {
  const mask = (1 << settings.bucketBits) - 1;
  return (hashes) =>
    Int32Array.from(
      counts ? [...hashes].filter((hash) => (counts.get(hash) ?? 0) >= settings.minCount) : hashes,
      (hash) => hash & mask,
    );
}

/** Rows of `examples`, each weighted by `weightOf` (a weight of 0 leaves it out). */
function rowsOf(
  examples: readonly Example[],
  bucketsOf: (hashes: Uint32Array) => Int32Array,
  weightOf: (example: Example) => number,
): Row[] {
  const rows: Row[] = [];
  for (const example of examples) {
    const weight = weightOf(example);
    if (weight <= 0) continue;
    rows.push({
      pools: example.pools.map(bucketsOf),
      norms: Float64Array.from(example.counts, (count) => (count > 0 ? 1 / Math.sqrt(count) : 0)),
      evidence: Int32Array.from(example.evidence),
      target: example.target,
      weight,
    });
  }
  return rows;
}

/** How often each feature occurs in the training examples. */
function featureCounts(examples: readonly Example[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const example of examples) {
    for (const pool of example.pools) for (const hash of pool) counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  return counts;
}

/** The linear model's parameters, as floats while it learns. */
export interface Net {
  readonly weights: Float64Array;
  readonly evidence: Float64Array;
  readonly bias: Float64Array;
}

function emptyNet(settings: Settings): Net {
  return {
    weights: new Float64Array((1 << settings.bucketBits) * C),
    evidence: new Float64Array(EVIDENCE_COUNT * C),
    bias: new Float64Array(C),
  };
}

/** The logits of `row` into `out`, with the rules' evidence unless `withoutEvidence`. */
function forward(net: Net, row: Row, out: Float64Array, withoutEvidence = false): void {
  out.set(net.bias);
  const { weights } = net;
  for (let p = 0; p < row.pools.length; p++) {
    const pool = row.pools[p];
    const norm = row.norms[p] ?? 0;
    if (!pool || norm === 0) continue;
    for (let i = 0; i < pool.length; i++) {
      const base = (pool[i] ?? 0) * C;
      for (let k = 0; k < C; k++) out[k] = (out[k] ?? 0) + (weights[base + k] ?? 0) * norm;
    }
  }
  if (withoutEvidence) return;
  for (let i = 0; i < row.evidence.length; i++) {
    const base = (row.evidence[i] ?? 0) * C;
    for (let k = 0; k < C; k++) out[k] = (out[k] ?? 0) + (net.evidence[base + k] ?? 0);
  }
}

/** Logits into probabilities, in place. */
function softmax(values: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > max) max = value;
  let total = 0;
  for (let k = 0; k < values.length; k++) {
    const e = Math.exp((values[k] ?? 0) - max);
    values[k] = e;
    total += e;
  }
  for (let k = 0; k < values.length; k++) values[k] = (values[k] ?? 0) / total;
}

/** One run of SGD over `rows` in an order drawn from `seed`; returns the averaged net and the last loss. */
function run(rows: readonly Row[], settings: Settings, seed: number): { net: Net; loss: number } {
  const net = emptyNet(settings);
  const { weights, evidence, bias } = net;
  const probabilities = new Float64Array(C);
  const gradient = new Float64Array(C);
  const next = random(seed);
  const order = rows.map((_, index) => index);
  const steps = settings.epochs * rows.length;
  const evidenceShare = settings.evidenceRate / settings.learningRate;
  let step = 0;
  let loss = 0;
  // The weights kept are the mean of those at the end of each epoch of the second half:
  // steadier than the last step's, which moves with the last few drafts seen.
  const mean = emptyNet(settings);
  let kept = 0;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    // Fisher–Yates with the seeded sequence: the same order on every run.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    loss = 0;
    for (const index of order) {
      const row = rows[index];
      if (!row) continue;
      const rate = settings.learningRate * (1 - step / steps) * row.weight;
      step++;
      const withoutEvidence = settings.evidenceDropout > 0 && next() < settings.evidenceDropout;
      forward(net, row, probabilities, withoutEvidence);
      softmax(probabilities);
      for (let k = 0; k < C; k++) {
        const wanted = row.target[k] ?? 0;
        if (wanted > 0) loss -= wanted * Math.log(Math.max(probabilities[k] ?? 0, 1e-12));
        gradient[k] = rate * ((probabilities[k] ?? 0) - wanted);
        bias[k] = (bias[k] ?? 0) - (gradient[k] ?? 0);
      }
      for (let i = 0; i < (withoutEvidence ? 0 : row.evidence.length); i++) {
        const base = (row.evidence[i] ?? 0) * C;
        for (let k = 0; k < C; k++) evidence[base + k] = (evidence[base + k] ?? 0) - evidenceShare * (gradient[k] ?? 0);
      }
      for (let p = 0; p < row.pools.length; p++) {
        const pool = row.pools[p];
        const norm = row.norms[p] ?? 0;
        if (!pool || norm === 0) continue;
        for (let i = 0; i < pool.length; i++) {
          const base = (pool[i] ?? 0) * C;
          for (let k = 0; k < C; k++) weights[base + k] = (weights[base + k] ?? 0) - (gradient[k] ?? 0) * norm;
        }
      }
    }
    if (epoch >= settings.epochs / 2) {
      addInto(mean.weights, weights);
      addInto(mean.evidence, evidence);
      addInto(mean.bias, bias);
      kept++;
    }
  }
  return { net: scaled(mean, 1 / Math.max(1, kept)), loss: loss / Math.max(1, rows.length) };
}

function addInto(sum: Float64Array, values: Float64Array): void {
  for (let i = 0; i < values.length; i++) sum[i] = (sum[i] ?? 0) + (values[i] ?? 0);
}

function scaled(net: Net, factor: number): Net {
  return {
    weights: net.weights.map((value) => value * factor),
    evidence: net.evidence.map((value) => value * factor),
    bias: net.bias.map((value) => value * factor),
  };
}

export interface Trained {
  readonly model: ModelData;
  /** Cross-entropy on the training sentences after the last epoch, for the log. */
  readonly loss: number;
}

/** The rows to learn from: rare features dropped. */
export function trainingRows(drafts: readonly Draft[], rules: CompiledLanguage, settings: Settings): Row[] {
  const examples = examplesOf(drafts, rules, settings);
  return rowsOf(examples, bucketer(settings, featureCounts(examples)), (example) =>
    example.beside ? settings.besideLabel : 1,
  );
}

/** The rows of drafts to read: every sentence, every feature, as the page sees them. */
export function readingRows(drafts: readonly Draft[], rules: CompiledLanguage, settings: Settings): Row[] {
  return rowsOf(examplesOf(drafts, rules, settings), bucketer(settings), () => 1);
}

/** The float model before it is rounded to bytes: the mean of `settings.runs` runs. */
export function trainNet(
  drafts: readonly Draft[],
  rules: CompiledLanguage,
  settings: Settings = BASE,
): { net: Net; loss: number } {
  const rows = trainingRows(drafts, rules, settings);
  const sum = emptyNet(settings);
  let loss = 0;
  for (let r = 0; r < settings.runs; r++) {
    const result = run(rows, settings, settings.seed + r);
    addInto(sum.weights, result.net.weights);
    addInto(sum.evidence, result.net.evidence);
    addInto(sum.bias, result.net.bias);
    loss += result.loss;
  }
  return { net: scaled(sum, 1 / settings.runs), loss: loss / settings.runs };
}

export function train(drafts: readonly Draft[], rules: CompiledLanguage, settings: Settings = BASE): Trained {
  const { net, loss } = trainNet(drafts, rules, settings);
  return { model: quantise(net, settings), loss };
}

/** For experiments: the float model's probabilities for each sentence of `drafts`, with its row. */
export function readWithNet(
  net: Net,
  drafts: readonly Draft[],
  rules: CompiledLanguage,
  settings: Settings = BASE,
): { row: Row; probabilities: Float64Array }[] {
  return readingRows(drafts, rules, settings).map((row) => {
    const probabilities = new Float64Array(C);
    forward(net, row, probabilities);
    softmax(probabilities);
    return { row, probabilities };
  });
}

/** Weights rounded to signed bytes, one scale per class; the model's data as it is stored. */
function quantise(net: Net, settings: Settings): ModelData {
  const scale: number[] = [];
  for (let k = 0; k < C; k++) {
    let largest = 0;
    for (let i = k; i < net.weights.length; i += C) largest = Math.max(largest, Math.abs(net.weights[i] ?? 0));
    scale.push(round(largest / 127 || 1));
  }
  const bytes = new Uint8Array(net.weights.length);
  for (let i = 0; i < net.weights.length; i++) {
    const q = Math.round((net.weights[i] ?? 0) / (scale[i % C] ?? 1));
    bytes[i] = Math.max(-127, Math.min(127, q)) & 0xff;
  }
  return {
    classes: CLASSES,
    bucketBits: settings.bucketBits,
    minN: settings.minN,
    maxN: settings.maxN,
    ...(settings.skipPairs ? { skipPairs: true } : {}),
    window: settings.window,
    bias: [...net.bias].map(round),
    scale,
    weights: Buffer.from(bytes).toString('base64'),
    evidence: [...net.evidence].map(round),
  };
}

/** Six significant digits: enough for the model, and the same text on every machine. */
function round(value: number): number {
  return Number(value.toPrecision(6));
}
