// From the committed corpus to a language's model file: read the labelled drafts, split
// them by a hash of their text (train / calibrate / test), train, calibrate. Shared by
// `npm run train:coach` and the test that checks the committed weights.
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
import { calibrate } from './calibrate.ts';
import { partOf, SETTINGS, type Settings, train } from './learn.ts';
import { type Draft, readLabelled } from './scoring.ts';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/coach');

const RULES = { en: EN_RULES, nl: NL_RULES };
const WORDING = { en: EN_WORDING, nl: NL_WORDING };

/** What src/coach/data/<language>-model.json holds. */
export interface ModelFile {
  readonly model: ModelData;
  readonly thresholds: Thresholds;
}

export interface TrainedLanguage {
  readonly file: ModelFile;
  readonly language: LanguageData;
  readonly parts: Readonly<Record<'train' | 'calibrate' | 'test', Draft[]>>;
  readonly loss: number;
}

function read(path: string): Draft[] {
  const file = readLabelled(JSON.parse(readFileSync(path, 'utf8')), path);
  if (file.skipped.length > 0) throw new Error(`Unusable labels:\n${file.skipped.join('\n')}`);
  return [...file.drafts];
}

/**
 * Echt's own wording, in both languages, as drafts that must stay silent: a rewrite the
 * user accepted must not bring the chip back, even where a draft's language is misread.
 * Always trained on.
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
  return [...new Set(lines)].map((text) => ({ text, topic: 'support-ok', expect: [] }));
}

/**
 * The corpus in three parts. The hand-written corpus (what the rules were written from)
 * and Echt's own words are always trained on; the drafts written outside the team are
 * split by a hash of their text, so a draft stays in its part as the corpus grows.
 */
export function partsOf(locale: Locale): TrainedLanguage['parts'] {
  const parts: TrainedLanguage['parts'] = {
    train: [...read(resolve(FIXTURES, `${locale}.json`)), ...ownWords()],
    calibrate: [],
    test: [],
  };
  for (const draft of read(resolve(FIXTURES, 'chat', `${locale}.json`))) parts[partOf(draft.text)].push(draft);
  return parts;
}

export function trainLanguage(locale: Locale, settings: Settings = SETTINGS): TrainedLanguage {
  const parts = partsOf(locale);
  const { model, loss } = train(parts.train, compileRules(prepareRules(RULES[locale])), settings);
  const thresholds = { model: model.classes.map(() => 1), ruled: 1, forced: 1 };
  const source = { locale, rules: RULES[locale], wording: WORDING[locale], model, thresholds, samples: [] };
  const draft = prepareLanguage(source, SHARED);
  const calibrated = calibrate(parts.calibrate, compileKnowledge(draft));
  return { file: { model, thresholds: calibrated }, language: { ...draft, thresholds: calibrated }, parts, loss };
}
