// detect(): the phrases in a draft Echt can offer a better wording for, with the user's
// own rules first and their silenced phrases and switched-off kinds left out.
import { candidateLocales } from './locale';
import { type Greeting, greetedName } from './names';
import { foldForMatching } from './normalize';
import { findPersonal, type PersonalHit } from './personal';
import { PHRASING, placementOf, suggestionsFor } from './phrases';
import { type Found, findPhrases } from './reading';
import { EN } from './rules/en';
import { NL } from './rules/nl';
import { type CompiledLanguage, compileLanguage } from './rules/table';
import { silenceKey } from './silence';
import type { Detection, DetectOptions, Kind, Locale } from './types';

const LANGUAGES: Readonly<Record<Locale, CompiledLanguage>> = { en: compileLanguage(EN), nl: compileLanguage(NL) };

/** Enough of the draft's start to hold a greeting and the name after it. */
const GREETING_REACH = 80;

function localesFor(text: string, option: DetectOptions['locale']): readonly Locale[] {
  return option === 'en' || option === 'nl' ? [option] : candidateLocales(text);
}

/** The first language, most likely first, in which the draft has phrases. */
function builtInPhrases(text: string, locales: readonly Locale[]): { locale: Locale; found: Found[] } {
  for (const locale of locales) {
    const found = findPhrases(text, LANGUAGES[locale]);
    if (found.length > 0) return { locale, found };
  }
  return { locale: locales[0] ?? 'en', found: [] };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Where personal hits overlap each other, the earliest (then longest) wins. */
function firstOfOverlapping(hits: PersonalHit[]): PersonalHit[] {
  const ordered = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalHit[] = [];
  for (const hit of ordered) if (!kept.some((other) => overlaps(hit, other))) kept.push(hit);
  return kept;
}

function personalHits(text: string, options: DetectOptions): PersonalHit[] {
  const rules = options.personalRules ?? [];
  if (rules.length === 0 || options.disabledKinds?.includes('personal')) return [];
  return firstOfOverlapping(findPersonal(foldForMatching(text), rules));
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

export function detect(text: string, options: DetectOptions = {}): Detection[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const { locale, found } = builtInPhrases(text, localesFor(text, options.locale));
  const personal = personalHits(text, options);
  if (found.length === 0 && personal.length === 0) return [];

  const disabled: readonly Kind[] = options.disabledKinds ?? [];
  const silenced = new Set(options.silenced ?? []);
  const phrasing = PHRASING[locale];
  const opening = text.slice(0, GREETING_REACH);
  const greeting = greetedName(foldForMatching(opening), opening);

  const fromRules: Detection[] = found
    .filter((phrase) => !disabled.includes(phrase.kind))
    .filter((phrase) => !personal.some((hit) => overlaps(hit, phrase)))
    .map((phrase) => ({
      kind: phrase.kind,
      key: silenceKey(phrase.kind, phrase.words),
      start: phrase.start,
      end: phrase.end,
      phrase: text.slice(phrase.start, phrase.end),
      locale,
      why: phrasing.why[phrase.kind],
      suggestions: suggestionsFor(
        locale,
        phrase.kind,
        nameFor(phrase, greeting, text),
        placementOf(text, phrase.start, phrase.end),
      ),
    }));
  const fromUser: Detection[] = personal.map((hit) => ({
    kind: 'personal',
    key: silenceKey('personal', hit.rule.phrase),
    start: hit.start,
    end: hit.end,
    phrase: text.slice(hit.start, hit.end),
    locale,
    why: phrasing.why.personal,
    suggestions: hit.rule.suggestions,
  }));
  return [...fromRules, ...fromUser]
    .filter((detection) => !silenced.has(detection.key))
    .sort((a, b) => a.start - b.start);
}
