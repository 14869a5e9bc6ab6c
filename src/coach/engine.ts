// The coach's engine: `createCoach(data)` compiles phrase knowledge (plain data, see
// knowledge.ts) once and returns a coach whose `detect` runs a draft through the pipeline,
// one step per file:
//   fold.ts → sentences.ts → model.ts + rules/match.ts → decide.ts → spans.ts → mixed.ts → rewrites.ts
// It imports none of the knowledge itself, so a page can receive it in a message, compile
// it a slice at a time (`compileSteps`) and add it to its coach (`add`) when done.
import { type DraftSituation, decide, ruleSays } from './decide';
import { foldForMatching } from './fold';
import type { CoachData, LanguageData, Thresholds } from './knowledge';
import { guessLocales, type LocaleGuess } from './locale';
import { mixedKinds } from './mixed';
import { compileModel, evidenceOf, type Model } from './model';
import { type GreetedName, type Greeting, greetedNames } from './names';
import { findPersonal, type PersonalHit } from './personal';
import { type CompiledWording, compileWording, placementOf } from './rewrites';
import { type CompiledLanguage, compileRules } from './rules/compile';
import { barredInBrief, isBrief, type RuleHit, readSentences } from './rules/match';
import { type Span, sentencesOf } from './sentences';
import { lexiconWords, personalKey, silenceKey } from './silence';
import { clauseReading, type Found, overlaps, spansOf } from './spans';
import { type BuiltInKind, type Detection, type DetectOptions, KINDS, type Kind, type Locale } from './types';

/** One language, compiled: what the pipeline runs on. */
export interface CompiledKnowledge {
  readonly locale: Locale;
  readonly rules: CompiledLanguage;
  readonly model: Model;
  /** The model's classes as kinds: "none" first. */
  readonly classes: readonly (BuiltInKind | 'none')[];
  /** Replaceable so calibration can try thresholds on one compiled model. */
  thresholds: Thresholds;
  readonly wording: CompiledWording;
  /** Echt's public words in this language: what the key of a phrase the model found may hold. */
  readonly lexicon: ReadonlySet<string>;
  /** The languages a draft is in, from the knowledge every language carries. */
  readonly guess: LocaleGuess;
  readonly greetedName: GreetedName;
}

export interface Coach {
  /**
   * The phrases in `text` Echt can offer a better wording for, in order. A draft in a
   * language the coach has no knowledge of yet gives none.
   */
  detect(text: string, options?: DetectOptions): Detection[];
  /** Whether the coach can read `locale`. */
  has(locale: Locale): boolean;
  /** The languages to read `text` in, most likely first: none before the coach has any knowledge. */
  localesOf(text: string): readonly Locale[];
  /** Teaches the coach a language (compiled with `compileSteps`); replaces what it knew of it. */
  add(language: CompiledKnowledge): void;
}

function isKind(name: string): name is BuiltInKind {
  return (KINDS as readonly string[]).includes(name);
}

function classesOf(data: LanguageData): (BuiltInKind | 'none')[] {
  const classes = data.model.classes;
  if (classes.some((name, index) => (index === 0 ? name !== 'none' : !isKind(name)))) throw new Error('Bad classes');
  // Checked just above: "none", then kinds.
  return classes as (BuiltInKind | 'none')[];
}

/**
 * Compiles one language a step at a time: each `yield` is a point where a page may give the
 * main thread back (rules, the model's weights, the wording; then a first read of each of
 * the language's sample drafts, so the regexes and the code a look at a draft runs are
 * compiled before the user pauses). Returns the compiled language.
 */
export function* compileSteps(data: LanguageData): Generator<void, CompiledKnowledge> {
  const rules = compileRules(data.rules);
  yield;
  const model = compileModel(data.model);
  yield;
  const wording = compileWording(data.wording);
  yield;
  const language = {
    locale: data.locale,
    rules,
    model,
    classes: classesOf(data),
    thresholds: data.thresholds,
    wording,
    lexicon: new Set(data.lexicon),
    guess: guessLocales(data.shared.markers),
    greetedName: greetedNames(data.shared),
  };
  const probe = createCoach();
  probe.add(language);
  for (const sample of data.samples) {
    yield;
    probe.detect(sample, { locale: language.locale });
  }
  return language;
}

/** One language compiled in one go (scripts, tests, Node). */
export function compileKnowledge(data: LanguageData): CompiledKnowledge {
  const steps = compileSteps(data);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Enough of the draft's start to hold a greeting and the name after it. */
const GREETING_REACH = 80;

/** Where personal hits overlap each other, the earliest (then longest) wins. */
function firstOfOverlapping(hits: PersonalHit[]): PersonalHit[] {
  const ordered = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalHit[] = [];
  for (const hit of ordered) if (!kept.some((other) => overlaps(hit, other))) kept.push(hit);
  return kept;
}

function personalHits(folded: string, options: DetectOptions): PersonalHit[] {
  const rules = options.personalRules ?? [];
  if (rules.length === 0 || options.disabledKinds?.includes('personal')) return [];
  return firstOfOverlapping(findPersonal(folded, rules));
}

/**
 * The name suggestions may use: the one the phrase was addressed to, or the greeting's,
 * unless the phrase is in the greeting's own sentence ("Hi Sam, how are you?").
 */
function nameFor(phrase: Found, greeting: Greeting | undefined, text: string): string | undefined {
  if (phrase.name) return phrase.name;
  if (!greeting || !/[.!?\n]/.test(text.slice(greeting.end, phrase.start))) return undefined;
  return greeting.name;
}

/**
 * The rules' part of step 3: their hits per sentence, the kinds the model alone may not flag
 * in each (`SentenceReading.barred`; in a brief draft with no hard time, `barredInBrief`),
 * and the evidence the model weighs (which rules matched, whether the draft shows a hard time
 * or talks work).
 */
export function readRules(
  folded: string,
  text: string,
  sentences: readonly Span[],
  rules: CompiledLanguage,
): {
  hits: RuleHit[][];
  barred: (readonly BuiltInKind[])[];
  evidence: number[][];
  situation: DraftSituation;
  technical: boolean[];
} {
  const readings = readSentences(folded, text, sentences, rules);
  const hardTime = readings.some((reading) => reading.hardTime);
  const workTalk = readings.some((reading) => reading.workTalk);
  const brief = !hardTime && isBrief(folded);
  return {
    situation: { hardTime, workTalk },
    hits: readings.map((reading) => [...reading.hits]),
    barred: readings.map((reading) => (brief ? barredInBrief(reading, rules) : reading.barred)),
    evidence: readings.map((reading) => evidenceOf({ hardTime, workTalk, hits: reading.hits })),
    technical: readings.map((reading) => reading.technical),
  };
}

/** A veto: the sentence holds one of Echt's own lines. */
function isOwn(folded: string, sentence: Span | undefined, wording: CompiledWording): boolean {
  return sentence !== undefined && wording.isOwnWords(folded.slice(sentence.start, sentence.end));
}

/** Steps 2 to 5 for one language: the phrases of the built-in kinds in the folded draft. */
export function findPhrases(
  folded: string,
  text: string,
  sentences: readonly Span[],
  language: CompiledKnowledge,
): Found[] {
  if (sentences.length === 0) return [];
  const { hits, barred, evidence, situation, technical } = readRules(folded, text, sentences, language.rules);
  const probabilities = language.model.probabilities(folded, sentences, evidence, 'draft');
  const decisions = decide(
    language.classes,
    probabilities,
    hits,
    barred,
    language.thresholds,
    situation,
    technical,
  ).filter((decision) => !isOwn(folded, sentences[decision.sentence], language.wording));
  if (decisions.length === 0) return [];
  const { classes, model } = language;
  const score = (draft: string, clauses: readonly Span[]) =>
    clauseReading(model.probabilities(draft, clauses, undefined, 'part'), classes);
  const found = spansOf(decisions, sentences, folded, text, score);
  const view = (sentence: number) => ({
    nothing: probabilities[sentence * classes.length] ?? 1,
    hits: hits[sentence] ?? [],
    says: (kind: BuiltInKind) =>
      ruleSays(
        (hits[sentence] ?? []).filter((hit) => hit.kind === kind),
        situation,
        !barred[sentence]?.includes(kind),
        technical[sentence] ?? false,
      ),
    get own() {
      return isOwn(folded, sentences[sentence], language.wording);
    },
  });
  const mixed = mixedKinds(language.locale, found, sentences, folded, view, classes, score);
  return mixed.length === 0 ? found : [...found, ...mixed].sort((a, b) => a.start - b.start);
}

/** A coach that knows the languages in `data`, compiled at once; more can be added later. */
export function createCoach(data: CoachData = {}): Coach {
  const languages = new Map<Locale, CompiledKnowledge>();
  for (const locale of ['en', 'nl'] as const) {
    const language = data[locale];
    if (language) languages.set(locale, compileKnowledge(language));
  }

  /** Every language's knowledge tells them all apart; the first one added does it. */
  const localesOf = (text: string): readonly Locale[] => languages.values().next().value?.guess(text) ?? [];

  function localesFor(text: string, option: DetectOptions['locale']): readonly Locale[] {
    const wanted = option === 'en' || option === 'nl' ? [option] : localesOf(text);
    return wanted.filter((locale) => languages.has(locale));
  }

  function detect(text: string, options: DetectOptions = {}): Detection[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const folded = foldForMatching(text);
    const sentences = sentencesOf(folded);
    const wanted = localesFor(text, options.locale);
    let language = languages.get(wanted[0] ?? 'en');
    let found: Found[] = [];
    // On a tie both languages are read; the first with phrases wins.
    for (const locale of wanted) {
      const candidate = languages.get(locale);
      if (!candidate) continue;
      found = findPhrases(folded, text, sentences, candidate);
      if (found.length > 0) {
        language = candidate;
        break;
      }
    }
    const personal = personalHits(folded, options);
    if (!language || (found.length === 0 && personal.length === 0)) return [];

    const disabled: readonly Kind[] = options.disabledKinds ?? [];
    const { wording, locale, lexicon } = language;
    const opening = text.slice(0, GREETING_REACH);
    const greeting = language.greetedName(folded.slice(0, GREETING_REACH), opening);
    const occasion = found.some((phrase) => phrase.kind === 'vague-offer')
      ? wording.occasionOf(folded, sentences)
      : undefined;

    const detection = (
      kind: Kind,
      key: string,
      { start, end }: Found | PersonalHit,
      suggestions: readonly string[],
    ) => ({
      kind,
      key,
      start,
      end,
      phrase: text.slice(start, end),
      locale,
      why: wording.why(kind),
      suggestions,
    });
    const fromRules: Detection[] = found
      .filter((phrase) => !disabled.includes(phrase.kind) && !personal.some((hit) => overlaps(hit, phrase)))
      .map((phrase) =>
        detection(
          phrase.kind,
          silenceKey(phrase.kind, phrase.words ?? lexiconWords(folded.slice(phrase.start, phrase.end), lexicon)),
          phrase,
          wording.suggestions(
            phrase.kind,
            nameFor(phrase, greeting, text),
            placementOf(text, phrase.start, phrase.end),
            occasion,
          ),
        ),
      );
    const fromUser: Detection[] = personal.map((hit) =>
      detection('personal', personalKey(hit.rule.phrase), hit, hit.rule.suggestions),
    );
    const silenced = new Set(options.silenced ?? []);
    return [...fromRules, ...fromUser]
      .filter((detection) => !silenced.has(detection.key))
      .sort((a, b) => a.start - b.start);
  }

  return {
    detect,
    has: (locale) => languages.has(locale),
    localesOf,
    add: (language) => void languages.set(language.locale, language),
  };
}
