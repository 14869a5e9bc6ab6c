// From the committed corpus to a language's model file. The drafts written outside the
// team carry their source (a writer's folder or a blind set); the model is judged the way
// it will meet its users, on writers it never saw: one fold per source, trained on every
// other source and the hand-written corpus, reads the held-out source's drafts. Thresholds
// are calibrated on those out-of-fold reads, then the model is trained on everything.
// Shared by `npm run train:coach` and the test that checks the committed weights.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EN_RULES } from '../../src/coach/data/en-rules.ts';
import { EN_WORDING } from '../../src/coach/data/en-wording.ts';
import { NL_RULES } from '../../src/coach/data/nl-rules.ts';
import { NL_WORDING } from '../../src/coach/data/nl-wording.ts';
import { SHARED } from '../../src/coach/data/shared.ts';
import { compileKnowledge } from '../../src/coach/engine.ts';
import type { LanguageData, Thresholds } from '../../src/coach/knowledge.ts';
import type { ModelData } from '../../src/coach/model.ts';
import { prepareLanguage, prepareRules } from '../../src/coach/prepare.ts';
import { compileRules } from '../../src/coach/rules/compile.ts';
import type { Locale } from '../../src/coach/types.ts';
import { calibrate, PRECISION_GOALS, type Read, readDrafts } from './calibrate.ts';
import { SETTINGS, type Settings, train } from './learn.ts';
import { type Draft, readLabelled } from './scoring.ts';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/coach');

const RULES = { en: EN_RULES, nl: NL_RULES };
const WORDING = { en: EN_WORDING, nl: NL_WORDING };

/** What src/coach/data/<language>-model.json holds. */
export interface ModelFile {
  readonly model: ModelData;
  readonly thresholds: Thresholds;
}

/** A language's training drafts. */
export interface Corpus {
  /** Always trained on: the hand-written corpus and Echt's own words. */
  readonly always: readonly Draft[];
  /** The drafts written outside the team, by source, sources in the order they were imported. */
  readonly sources: ReadonlyMap<string, readonly Draft[]>;
}

/** One source held out: a model trained without it, and its drafts as that model read them. */
export interface Fold {
  readonly source: string;
  readonly drafts: readonly Draft[];
  /** The fold's model, with thresholds that flag nothing: calibration and scoring set their own. */
  readonly language: LanguageData;
  readonly reads: readonly Read[];
}

export interface TrainedLanguage {
  readonly file: ModelFile;
  readonly language: LanguageData;
  readonly corpus: Corpus;
  readonly folds: readonly Fold[];
  readonly loss: number;
}

function read(path: string): Draft[] {
  const file = readLabelled(JSON.parse(readFileSync(path, 'utf8')), path);
  if (file.skipped.length > 0) throw new Error(`Unusable labels:\n${file.skipped.join('\n')}`);
  return [...file.drafts];
}

/**
 * Where an accepted rewrite lands: after a sentence that shows a hard time. A line read
 * only on its own taught the model nothing about its sentences in that place ("That
 * sounds really hard." after bad news was read as the writer's own story), and the page
 * vetoes a whole line only where it stays within one sentence.
 */
const OPENERS = [
  'So sorry about your dad.',
  'Hey, how are you? Heard about the surgery, that is a lot.',
  'Wat rot van je vader.',
  'Hoi, hoe is het? Ik hoorde van je operatie, dat is veel.',
];

/**
 * Echt's own wording, in both languages, as drafts that must stay silent: a rewrite the
 * user accepted must not bring the chip back, even where a draft's language is misread.
 * Each line alone and after a sentence that shows a hard time. Always trained on.
 */
function ownWords(): Draft[] {
  const lines = [EN_WORDING, NL_WORDING]
    .flatMap((wording) => [
      ...Object.values(wording.suggestions).flat(),
      ...Object.values(wording.deck).flat(),
      ...wording.occasions.map((occasion) => occasion.offer),
      ...wording.registers.flatMap((register) => Object.values(register.offers)),
    ])
    .map((line) => line.replaceAll('{, name}', ''));
  return [...new Set(lines)].flatMap((text, index) => [
    { text, topic: 'support-ok', expect: [] },
    { text: `${OPENERS[index % OPENERS.length]} ${text}`, topic: 'support-ok', expect: [] },
  ]);
}

export function corpusOf(locale: Locale): Corpus {
  const sources = new Map<string, Draft[]>();
  for (const draft of read(resolve(FIXTURES, 'chat', `${locale}.json`))) {
    const source = draft.source ?? 'unknown';
    sources.set(source, [...(sources.get(source) ?? []), draft]);
  }
  return { always: [...read(resolve(FIXTURES, `${locale}.json`)), ...ownWords()], sources };
}

/** Thresholds that flag nothing: a model's file before calibration. */
function untuned(model: ModelData): Thresholds {
  return { model: model.classes.map(() => 1.01), ruled: 1.01, forced: 1.01, passage: 1.01 };
}

export function languageOf(locale: Locale, model: ModelData, thresholds: Thresholds = untuned(model)): LanguageData {
  // No sample drafts: training never compiles a language for a page.
  const source = { locale, rules: RULES[locale], wording: WORDING[locale], model, thresholds, samples: [] };
  return prepareLanguage(source, SHARED);
}

/** Each language's rules compiled once, so every fold reuses the examples made with them. */
const COMPILED = { en: compileRules(prepareRules(RULES.en)), nl: compileRules(prepareRules(RULES.nl)) };

function trainOn(locale: Locale, drafts: readonly Draft[], settings: Settings) {
  return train(drafts, COMPILED[locale], settings);
}

/** Leave one source out, for each source: the out-of-fold reads every figure is made from. */
export function foldsOf(locale: Locale, corpus: Corpus, settings: Settings = SETTINGS[locale]): Fold[] {
  return [...corpus.sources].map(([source, drafts]) => {
    const others = [...corpus.sources].filter(([other]) => other !== source).flatMap(([, kept]) => kept);
    const { model } = trainOn(locale, [...corpus.always, ...others], settings);
    const language = languageOf(locale, model);
    return { source, drafts, language, reads: readDrafts(drafts, compileKnowledge(language)) };
  });
}

/** Thresholds calibrated on the out-of-fold reads of every fold but `except`, for the language's goal unless given. */
export function thresholdsOf(folds: readonly Fold[], except?: string, goal?: number): Thresholds {
  const reads = folds.filter((fold) => fold.source !== except).flatMap((fold) => fold.reads);
  const first = reads[0];
  if (!first) throw new Error('No drafts written outside the team to calibrate on');
  return calibrate(reads, first.language.classes, goal ?? PRECISION_GOALS[first.language.locale]);
}

/** The model file for `locale`: thresholds from the folds, weights trained on everything. */
export function trainLanguage(locale: Locale, settings: Settings = SETTINGS[locale]): TrainedLanguage {
  const corpus = corpusOf(locale);
  const folds = foldsOf(locale, corpus, settings);
  const thresholds = thresholdsOf(folds);
  const { model, loss } = trainOn(locale, [...corpus.always, ...[...corpus.sources.values()].flat()], settings);
  return { file: { model, thresholds }, language: languageOf(locale, model, thresholds), corpus, folds, loss };
}
