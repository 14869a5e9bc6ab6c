// How fast the phrase coach reads a draft, how long its knowledge takes to compile, and
// how large the engine and each language's knowledge are. Run: npx tsx bench/coach.ts
//
// Each figure is put beside a baseline measured in the same run on the same strings: one
// toLowerCase() and one indexOf() pass, the least any text check can do. Drafts are built
// from the labelled corpus (four work messages to one support message), so they read like
// chat and hold a few phrases the coach flags.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { coachData } from '../src/coach/data/index.ts';
import { createCoach } from '../src/coach/engine.ts';
import { foldForMatching } from '../src/coach/fold.ts';
import { detect } from '../src/coach/index.ts';
import { compileModel, type Model } from '../src/coach/model.ts';
import { sentencesOf } from '../src/coach/sentences.ts';

interface CorpusFile {
  drafts: { text: string; expect: unknown[] }[];
}

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures/coach');
const ROUNDS = 20_000;
const WARM_UP = 2_000;
/** Distinct drafts per "new draft" figure: far more passages than the coach remembers. */
const FRESH = 2_000;

function corpusTexts(language: 'en' | 'nl'): { support: string[]; work: string[] } {
  const file = JSON.parse(readFileSync(resolve(FIXTURES, `${language}.json`), 'utf8')) as CorpusFile;
  return {
    support: file.drafts.filter((draft) => draft.expect.length > 0).map((draft) => draft.text),
    work: file.drafts.filter((draft) => draft.expect.length === 0).map((draft) => draft.text),
  };
}

/**
 * A chat-like draft of exactly `length` characters. Each `variant` gets its own wording
 * (a number after every sentence), so no sentence is already known to the coach.
 */
function draftOf(language: 'en' | 'nl', length: number, variant = 0): string {
  const { support, work } = corpusTexts(language);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const part = (i % 5 === 4 ? support[i % support.length] : work[i % work.length]) ?? '';
    const marked = variant === 0 ? part : part.replace(/([.!?])( |$)/g, `$1 ${variant}$2`);
    parts.push(marked);
    size += marked.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

/** Drafts the coach has not seen before, one per run, for figures of a first read. */
function freshDrafts(language: 'en' | 'nl', length: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => draftOf(language, length, i + 1));
}

let sink = 0;

/** The least any text check does: one lower-casing pass and one search over the draft. */
function baseline(text: string): void {
  sink += text.toLowerCase().indexOf('\u0000echt');
}

function coach(text: string): void {
  sink += detect(text).length;
}

let models: Record<'en' | 'nl', Model> | undefined;

/** The learned part alone: fold, cut into sentences, and a probability per kind for each. */
function classify(language: 'en' | 'nl', text: string): void {
  const folded = foldForMatching(text);
  models ??= { en: compileModel(coachData('en').model), nl: compileModel(coachData('nl').model) };
  sink += models[language].probabilities(folded, sentencesOf(folded)).length;
}

interface Figures {
  median: number;
  p99: number;
}

function figures(times: Float64Array): Figures {
  times.sort();
  return { median: times[Math.floor(times.length / 2)] ?? 0, p99: times[Math.floor(times.length * 0.99)] ?? 0 };
}

/**
 * Median and 99th percentile, in microseconds, of the coach and of the baseline over
 * `inputs` taken in turn. The two alternate call by call, so a busy machine slows both.
 */
function measure(
  inputs: readonly string[],
  run: (text: string) => void = coach,
): { coach: Figures; baseline: Figures } {
  for (let i = 0; i < WARM_UP; i++) {
    baseline(inputs[i % inputs.length] ?? '');
    run(inputs[i % inputs.length] ?? '');
  }
  const coachTimes = new Float64Array(ROUNDS);
  const baselineTimes = new Float64Array(ROUNDS);
  for (let i = 0; i < ROUNDS; i++) {
    const input = inputs[i % inputs.length] ?? '';
    let started = performance.now();
    baseline(input);
    baselineTimes[i] = (performance.now() - started) * 1000;
    started = performance.now();
    run(input);
    coachTimes[i] = (performance.now() - started) * 1000;
  }
  return { coach: figures(coachTimes), baseline: figures(baselineTimes) };
}

function us(value: number): string {
  return `${value.toFixed(1)} µs`.padStart(10);
}

function row(label: string, inputs: readonly string[], run: (text: string) => void = coach): void {
  const { coach: mine, baseline: base } = measure(inputs, run);
  const ratio = (mine.median / base.median).toFixed(1);
  console.log(
    `${label.padEnd(38)}${us(mine.median)}${us(mine.p99)}   ${us(base.median)}${us(base.p99)}   ${ratio.padStart(5)}`,
  );
}

/** What typing looks like: the same draft, one character longer each time. */
function keystrokes(language: 'en' | 'nl', from: number, count: number): string[] {
  const long = draftOf(language, from + count);
  return Array.from({ length: count }, (_, i) => long.slice(0, from + i + 1));
}

/** Minified and gzipped bytes of a bundle of `entry` (a module source importing the coach). */
async function bundleSize(entry: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: resolve(import.meta.dirname, '..'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * What a page pays when a language's knowledge arrives and the user first pauses: compiling
 * it (createCoach) and the first look at a draft. Run before anything else in this process,
 * so the first language's figures are cold (nothing compiled yet); the second language finds
 * the engine's own code warm but compiles its own rules and model.
 */
function firstLook(): void {
  console.log("First look: compile one language's knowledge, then read a first 200-char draft");
  for (const language of ['en', 'nl'] as const) {
    const data = JSON.parse(JSON.stringify(coachData(language)));
    const draft = draftOf(language, 200, 9999);
    const compile: number[] = [];
    const look: number[] = [];
    for (let i = 0; i < 30; i++) {
      let started = performance.now();
      const fresh = createCoach({ [language]: data });
      compile.push(performance.now() - started);
      started = performance.now();
      sink += fresh.detect(draft, { locale: language }).length;
      look.push(performance.now() - started);
    }
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[15] ?? 0;
    console.log(
      `  ${language}: first time ${(compile[0] ?? 0).toFixed(1)} ms to compile + ${(look[0] ?? 0).toFixed(1)} ms first look; ` +
        `again (median of 30) ${median(compile).toFixed(1)} + ${median(look).toFixed(1)} ms`,
    );
  }
}

console.log(`Echt phrase coach, node ${process.version}, ${ROUNDS} runs per figure\n`);
firstLook();
console.log('');
console.log(
  `${''.padEnd(38)}${'median'.padStart(10)}${'p99'.padStart(10)}   ${'base med'.padStart(10)}${'base p99'.padStart(10)}   ratio`,
);
for (const language of ['en', 'nl'] as const) {
  const found = detect(draftOf(language, 2000)).length;
  row(`${language}: detect, new 2,000-char draft (${found} found)`, freshDrafts(language, 2000, FRESH));
  row(`${language}: per keystroke, typing at 2,000`, keystrokes(language, 2000, 500));
  row(`${language}: model alone, new 2,000-char draft`, freshDrafts(language, 2000, FRESH), (text) =>
    classify(language, text),
  );
}

console.log('\nGrowth (en, new drafts; a flat figure per 1,000 chars means linear):');
for (const [length, count] of [
  [200, FRESH],
  [2000, FRESH],
  [20000, 400],
] as const) {
  const { median } = measure(freshDrafts('en', length, count)).coach;
  const perThousand = (median / length) * 1000;
  console.log(`  ${String(length).padStart(6)} chars ${us(median)}   ${perThousand.toFixed(1)} µs per 1,000 chars`);
}

/** Minified and gzipped bytes of a JSON text, as a message carries it. */
function jsonSize(value: unknown): { minified: number; gzipped: number } {
  const text = JSON.stringify(value);
  return { minified: text.length, gzipped: gzipSync(text, { level: 9 }).length };
}

function sizeRow(label: string, size: { minified: number; gzipped: number }): void {
  console.log(`  ${label.padEnd(44)}${kb(size.minified).padStart(9)}  ${kb(size.gzipped).padStart(8)} gzipped`);
}

console.log('\nSize (esbuild, minified; gzip level 9):');
sizeRow(
  'engine alone: createCoach (src/coach/engine.ts)',
  await bundleSize("export { createCoach } from './src/coach/engine.ts';"),
);
for (const language of ['en', 'nl'] as const) {
  const data = coachData(language);
  sizeRow(`${language} knowledge as JSON, all of it`, jsonSize(data));
  sizeRow(`  of which the model (weights, evidence)`, jsonSize(data.model));
  sizeRow(`  of which rules`, jsonSize(data.rules));
  sizeRow(`  of which wording`, jsonSize(data.wording));
}
sizeRow('both models (the 300 KB budget)', jsonSize({ en: coachData('en').model, nl: coachData('nl').model }));
sizeRow('src/coach/index.ts, everything, both languages', await bundleSize("export * from './src/coach/index.ts';"));
if (sink === Number.MIN_VALUE) console.log(sink);
