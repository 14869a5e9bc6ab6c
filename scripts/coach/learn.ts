// Trains the coach's model (src/coach/model.ts) on labelled drafts, in plain TypeScript so
// the result is the same on every machine: a fixed seed orders the examples, float math in
// one thread, then weights rounded to signed bytes. Softmax regression with the classes
// "none" and the seven kinds, trained with SGD as fastText does (learning rate falling
// linearly to zero), on the features the page computes with the same code, plus the
// rules' evidence (model.ts) with a learning rate of its own.
import { readRules } from '../../src/coach/engine.ts';
import { contextFeatures, type FeatureShape, finish, placeFeature, unitFeatures } from '../../src/coach/features.ts';
import { foldForMatching } from '../../src/coach/fold.ts';
import { EVIDENCE_COUNT, type ModelData } from '../../src/coach/model.ts';
import type { CompiledLanguage } from '../../src/coach/rules/compile.ts';
import { type Span, sentencesOf } from '../../src/coach/sentences.ts';
import { KINDS } from '../../src/coach/types.ts';
import type { Draft } from './scoring.ts';

export const CLASSES: readonly string[] = ['none', ...KINDS];

export interface Settings {
  readonly bucketBits: number;
  readonly minN: number;
  readonly maxN: number;
  readonly window: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** For the rules' evidence, which is added to the logits without averaging. */
  readonly evidenceRate: number;
  /** Features seen fewer times than this in training are left out, so their buckets stay 0. */
  readonly minCount: number;
  readonly seed: number;
}

export const SETTINGS: Settings = {
  bucketBits: 15,
  minN: 3,
  maxN: 5,
  window: 2,
  epochs: 20,
  learningRate: 0.5,
  evidenceRate: 1,
  minCount: 2,
  seed: 20261205,
};

/** One sentence to learn from: its features' hashes and what it should be read as. */
interface Example {
  readonly own: Uint32Array;
  readonly ownCount: number;
  readonly grams: Uint32Array;
  readonly gramCount: number;
  readonly around: Uint32Array;
  readonly aroundCount: number;
  readonly evidence: readonly number[];
  /** Wanted probability per class (a sentence with two kinds wants half of each). */
  readonly target: Float64Array;
}

function collect(fill: (sink: { add(hash: number): void }) => void): number[] {
  const hashes: number[] = [];
  fill({ add: (hash) => hashes.push(hash) });
  return hashes;
}

/** The kinds labelled in a sentence: a labelled phrase that overlaps it marks it. */
function targetOf(draft: Draft, span: Span): Float64Array {
  const target = new Float64Array(CLASSES.length);
  const kinds = new Set<number>();
  for (const expected of draft.expect) {
    const start = draft.text.indexOf(expected.phrase);
    if (start < span.end && span.start < start + expected.phrase.length) kinds.add(CLASSES.indexOf(expected.kind));
  }
  if (kinds.size === 0) target[0] = 1;
  for (const kind of kinds) target[kind] = 1 / kinds.size;
  return target;
}

function examplesOf(drafts: readonly Draft[], rules: CompiledLanguage, settings: Settings): Example[] {
  const shape: FeatureShape = { minN: settings.minN, maxN: settings.maxN };
  const examples: Example[] = [];
  for (const draft of drafts) {
    const folded = foldForMatching(draft.text);
    const spans = sentencesOf(folded);
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
      examples.push({
        own: Uint32Array.from(own),
        ownCount: own.length,
        grams: Uint32Array.from(grams),
        gramCount: grams.length,
        around: Uint32Array.from(around),
        aroundCount: around.length,
        evidence: evidence[index] ?? [],
        target: targetOf(draft, span),
      });
    });
  }
  return examples;
}

/** The same pseudo-random sequence for the same seed (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Buckets of the features seen at least `minCount` times; the rest are dropped. */
function frequentBuckets(examples: readonly Example[], settings: Settings): (hashes: Uint32Array) => Int32Array {
  const counts = new Map<number, number>();
  for (const example of examples) {
    for (const hash of example.own) counts.set(hash, (counts.get(hash) ?? 0) + 1);
    for (const hash of example.grams) counts.set(hash, (counts.get(hash) ?? 0) + 1);
    for (const hash of example.around) counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  const mask = (1 << settings.bucketBits) - 1;
  return (hashes) =>
    Int32Array.from(
      [...hashes].filter((hash) => (counts.get(hash) ?? 0) >= settings.minCount),
      (hash) => hash & mask,
    );
}

export interface Trained {
  readonly model: ModelData;
  /** Cross-entropy on the training sentences after the last epoch, for the log. */
  readonly loss: number;
}

export function train(drafts: readonly Draft[], rules: CompiledLanguage, settings: Settings = SETTINGS): Trained {
  const classes = CLASSES.length;
  const examples = examplesOf(drafts, rules, settings);
  const bucketsOf = frequentBuckets(examples, settings);
  const rows = examples.map((example) => ({
    own: bucketsOf(example.own),
    grams: bucketsOf(example.grams),
    gramCount: example.gramCount,
    around: bucketsOf(example.around),
    ownCount: example.ownCount,
    aroundCount: example.aroundCount,
    evidence: example.evidence,
    target: example.target,
  }));
  const weights = new Float64Array((1 << settings.bucketBits) * classes);
  const evidenceWeights = new Float64Array(EVIDENCE_COUNT * classes);
  const bias = new Float64Array(classes);
  const logits = new Float64Array(classes);
  const next = random(settings.seed);
  const order = rows.map((_, index) => index);
  const steps = settings.epochs * rows.length;
  let step = 0;
  let loss = 0;
  // The weights kept are the mean of those at the end of each epoch of the second half:
  // steadier than the last step's, which moves with the last few drafts seen.
  const mean = {
    weights: new Float64Array(weights.length),
    evidence: new Float64Array(evidenceWeights.length),
    bias: new Float64Array(classes),
    count: 0,
  };
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
      const rate = settings.learningRate * (1 - step / steps);
      step++;
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < classes; k++) {
        let own = 0;
        for (const bucket of row.own) own += weights[bucket * classes + k] ?? 0;
        let grams = 0;
        for (const bucket of row.grams) grams += weights[bucket * classes + k] ?? 0;
        let around = 0;
        for (const bucket of row.around) around += weights[bucket * classes + k] ?? 0;
        let logit =
          (bias[k] ?? 0) +
          own / Math.sqrt(row.ownCount) +
          (row.gramCount > 0 ? grams / Math.sqrt(row.gramCount) : 0) +
          (row.aroundCount > 0 ? around / Math.sqrt(row.aroundCount) : 0);
        for (const index of row.evidence) logit += evidenceWeights[index * classes + k] ?? 0;
        logits[k] = logit;
        if (logit > max) max = logit;
      }
      let total = 0;
      for (let k = 0; k < classes; k++) {
        const e = Math.exp((logits[k] ?? 0) - max);
        logits[k] = e;
        total += e;
      }
      for (let k = 0; k < classes; k++) {
        const p = (logits[k] ?? 0) / total;
        const wanted = row.target[k] ?? 0;
        if (wanted > 0) loss -= wanted * Math.log(Math.max(p, 1e-12));
        const gradient = rate * (p - wanted);
        bias[k] = (bias[k] ?? 0) - gradient;
        const evidenceStep = (settings.evidenceRate / settings.learningRate) * gradient;
        for (const index of row.evidence) {
          evidenceWeights[index * classes + k] = (evidenceWeights[index * classes + k] ?? 0) - evidenceStep;
        }
        const ownStep = gradient / Math.sqrt(row.ownCount);
        for (const bucket of row.own) weights[bucket * classes + k] = (weights[bucket * classes + k] ?? 0) - ownStep;
        if (row.gramCount > 0) {
          const gramStep = gradient / Math.sqrt(row.gramCount);
          for (const bucket of row.grams)
            weights[bucket * classes + k] = (weights[bucket * classes + k] ?? 0) - gramStep;
        }
        if (row.aroundCount > 0) {
          const aroundStep = gradient / Math.sqrt(row.aroundCount);
          for (const bucket of row.around)
            weights[bucket * classes + k] = (weights[bucket * classes + k] ?? 0) - aroundStep;
        }
      }
    }
    if (epoch >= settings.epochs / 2) {
      addInto(mean.weights, weights);
      addInto(mean.evidence, evidenceWeights);
      addInto(mean.bias, bias);
      mean.count++;
    }
  }
  const average = (sum: Float64Array) => sum.map((value) => value / Math.max(1, mean.count));
  return {
    model: quantise(average(mean.weights), average(mean.bias), average(mean.evidence), settings),
    loss: loss / Math.max(1, rows.length),
  };
}

function addInto(sum: Float64Array, values: Float64Array): void {
  for (let i = 0; i < values.length; i++) sum[i] = (sum[i] ?? 0) + (values[i] ?? 0);
}

/** Weights rounded to signed bytes, one scale per class; the model's data as it is stored. */
function quantise(weights: Float64Array, bias: Float64Array, evidence: Float64Array, settings: Settings): ModelData {
  const classes = CLASSES.length;
  const scale: number[] = [];
  for (let k = 0; k < classes; k++) {
    let largest = 0;
    for (let i = k; i < weights.length; i += classes) largest = Math.max(largest, Math.abs(weights[i] ?? 0));
    scale.push(round(largest / 127 || 1));
  }
  const bytes = new Uint8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const q = Math.round((weights[i] ?? 0) / (scale[i % classes] ?? 1));
    bytes[i] = Math.max(-127, Math.min(127, q)) & 0xff;
  }
  return {
    classes: CLASSES,
    bucketBits: settings.bucketBits,
    minN: settings.minN,
    maxN: settings.maxN,
    window: settings.window,
    bias: [...bias].map(round),
    scale,
    weights: Buffer.from(bytes).toString('base64'),
    evidence: [...evidence].map(round),
  };
}

/** Six significant digits: enough for the model, and the same text on every machine. */
function round(value: number): number {
  return Number(value.toPrecision(6));
}

/** Which part of the corpus a draft belongs to, from its text alone: stable as drafts are added. */
export function partOf(text: string): 'train' | 'calibrate' | 'test' {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  const slot = finish(hash) % 20;
  return slot < 14 ? 'train' : slot < 17 ? 'calibrate' : 'test';
}
