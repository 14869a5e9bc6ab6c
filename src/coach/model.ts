// The learned part of the pipeline: for each sentence of a draft, how likely it is to be
// each kind, or none. A linear layer over hashed features (features.ts), read from plain
// data: bytes of quantised weights and a scale per class. A sentence's words and pairs
// are averaged, its character n-grams apart, and so are the words of the sentences around it, so "how are you?" before a
// code-review request reads differently from the same words after "sorry about your mum".
// What the rules found is evidence with weights of its own: which kind of rule matched in
// the sentence, and whether the draft shows a hard time or talks work.
import { contextFeatures, type FeatureShape, type FeatureSink, placeFeature, unitFeatures } from './features';
import type { Needs } from './knowledge';
import { draftMemory } from './memory';
import type { Span } from './sentences';
import { type BuiltInKind, KINDS } from './types';

const NEEDS: readonly Needs[] = ['always', 'calm', 'support'];
/**
 * Evidence 0–3: the draft shows a hard time (2) and talks work (1); then one for each rule
 * kind and needs in each of those four situations, as the rules' needs were meant.
 */
export const EVIDENCE_COUNT = 4 + KINDS.length * NEEDS.length * 4;

/** What the rules said about a draft and one of its sentences. */
export interface RuleEvidence {
  readonly hardTime: boolean;
  readonly workTalk: boolean;
  /** The kinds and needs of the rules that matched in the sentence. */
  readonly hits: readonly { readonly kind: BuiltInKind; readonly needs: Needs; readonly disclaimed?: true }[];
}

/** The evidence indices that are on for a sentence: each counts once. */
export function evidenceOf(evidence: RuleEvidence): number[] {
  const situation = (evidence.hardTime ? 2 : 0) + (evidence.workTalk ? 1 : 0);
  const on = [situation];
  for (const hit of evidence.hits) {
    if (hit.disclaimed) continue;
    const index = 4 + ((KINDS.indexOf(hit.kind) * NEEDS.length + NEEDS.indexOf(hit.needs)) * 4 + situation);
    if (!on.includes(index)) on.push(index);
  }
  return on;
}

/** A trained model as plain data (JSON), as `npm run train:coach` writes it. */
export interface ModelData {
  /** The classes in the order of the weights: "none" first, then the kinds. */
  readonly classes: readonly string[];
  /** log2 of the number of hash buckets. */
  readonly bucketBits: number;
  readonly minN: number;
  readonly maxN: number;
  /** Word pairs across one word as well (features.ts). */
  readonly skipPairs?: boolean;
  /** How many sentences on each side lend their words as context. */
  readonly window: number;
  readonly bias: readonly number[];
  /** Per class: what one step of a quantised weight is worth. */
  readonly scale: readonly number[];
  /** Base64 of buckets × classes signed bytes, bucket by bucket. */
  readonly weights: string;
  /** EVIDENCE_COUNT × classes weights, added to the logits as they are. */
  readonly evidence: readonly number[];
}

/** What one sentence adds up to, kept between keystrokes while the sentence stays the same. */
interface SentenceSums {
  readonly own: Int32Array;
  readonly ownCount: number;
  readonly grams: Int32Array;
  readonly gramCount: number;
  readonly lent: Int32Array;
  readonly lentCount: number;
}

/** The classes a model has: none and the seven kinds. */
const CLASSES = 1 + KINDS.length;

/**
 * Adds up the weights of each feature it is given, one running sum per class. Eight named
 * sums rather than an array: this runs for every feature of every sentence, and plain
 * number fields keep it to eight loads and adds.
 */
class WeightSum implements FeatureSink {
  s0 = 0;
  s1 = 0;
  s2 = 0;
  s3 = 0;
  s4 = 0;
  s5 = 0;
  s6 = 0;
  s7 = 0;
  count = 0;
  constructor(
    private readonly weights: Int8Array,
    private readonly mask: number,
  ) {}

  add(hash: number): void {
    const w = this.weights;
    const base = (hash & this.mask) << 3;
    this.s0 += w[base] ?? 0;
    this.s1 += w[base + 1] ?? 0;
    this.s2 += w[base + 2] ?? 0;
    this.s3 += w[base + 3] ?? 0;
    this.s4 += w[base + 4] ?? 0;
    this.s5 += w[base + 5] ?? 0;
    this.s6 += w[base + 6] ?? 0;
    this.s7 += w[base + 7] ?? 0;
    this.count++;
  }

  take(): { sums: Int32Array; count: number } {
    const taken = {
      sums: Int32Array.of(this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7),
      count: this.count,
    };
    this.s0 = this.s1 = this.s2 = this.s3 = this.s4 = this.s5 = this.s6 = this.s7 = 0;
    this.count = 0;
    return taken;
  }
}

function bytesOf(base64: string): Int8Array {
  const binary = atob(base64);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  return bytes;
}

export interface Model {
  readonly classes: readonly string[];
  /**
   * Per sentence, the probability of each class, sentence after sentence. `evidence` holds
   * each sentence's evidence indices (see evidenceOf); without it, none is on. `memory`
   * says what the spans are: a new draft's sentences (`draft`), or parts of the same draft
   * (`part`, its clauses); both are kept until the draft after next is read.
   */
  probabilities(
    folded: string,
    sentences: readonly Span[],
    evidence?: readonly (readonly number[])[],
    memory?: 'draft' | 'part',
  ): Float64Array;
}

export function compileModel(data: ModelData): Model {
  const classes = data.classes.length;
  const weights = bytesOf(data.weights);
  const mask = (1 << data.bucketBits) - 1;
  if (classes !== CLASSES) throw new Error(`A model has ${CLASSES} classes: none and the kinds`);
  if (weights.length !== (mask + 1) * classes || data.evidence.length !== EVIDENCE_COUNT * classes) {
    throw new Error('Model weights do not match their shape');
  }
  const shape: FeatureShape = { minN: data.minN, maxN: data.maxN, skipPairs: data.skipPairs === true };
  const sink = new WeightSum(weights, mask);
  const gramSink = new WeightSum(weights, mask);
  // The sentences of the last draft read (see memory.ts).
  const remembered = draftMemory<SentenceSums>();

  function sumsOf(folded: string, span: Span): SentenceSums {
    unitFeatures(folded, span.start, span.end, shape, sink, gramSink);
    const own = sink.take();
    const grams = gramSink.take();
    contextFeatures(folded, span.start, span.end, sink);
    const lent = sink.take();
    return {
      own: own.sums,
      ownCount: own.count,
      grams: grams.sums,
      gramCount: grams.count,
      lent: lent.sums,
      lentCount: lent.count,
    };
  }

  return {
    classes: data.classes,
    probabilities(folded, sentences, evidence, memory) {
      const all = sentences.map((span) =>
        memory ? remembered.get(folded.slice(span.start, span.end), () => sumsOf(folded, span)) : sumsOf(folded, span),
      );
      if (memory === 'draft') remembered.next();
      const out = new Float64Array(all.length * classes);
      const logits = new Float64Array(classes);
      const around = new Int32Array(classes);
      for (let i = 0; i < all.length; i++) {
        const sums = all[i];
        if (!sums) continue;
        around.fill(0);
        let aroundCount = 0;
        const from = Math.max(0, i - data.window);
        const to = Math.min(all.length - 1, i + data.window);
        for (let j = from; j <= to; j++) {
          const other = all[j];
          if (j === i || !other) continue;
          for (let k = 0; k < classes; k++) around[k] = (around[k] ?? 0) + (other.lent[k] ?? 0);
          aroundCount += other.lentCount;
        }
        const place = ((placeFeature(i, all.length) & mask) >>> 0) * classes;
        const on = evidence?.[i] ?? [];
        let max = Number.NEGATIVE_INFINITY;
        for (let k = 0; k < classes; k++) {
          const own = ((sums.own[k] ?? 0) + (weights[place + k] ?? 0)) / Math.sqrt(sums.ownCount + 1);
          const grams = sums.gramCount > 0 ? (sums.grams[k] ?? 0) / Math.sqrt(sums.gramCount) : 0;
          const context = aroundCount > 0 ? (around[k] ?? 0) / Math.sqrt(aroundCount) : 0;
          let logit = (data.bias[k] ?? 0) + (data.scale[k] ?? 0) * (own + grams + context);
          for (const index of on) logit += data.evidence[index * classes + k] ?? 0;
          logits[k] = logit;
          if (logit > max) max = logit;
        }
        let total = 0;
        for (let k = 0; k < classes; k++) {
          const e = Math.exp((logits[k] ?? 0) - max);
          logits[k] = e;
          total += e;
        }
        for (let k = 0; k < classes; k++) out[i * classes + k] = (logits[k] ?? 0) / total;
      }
      return out;
    },
  };
}
