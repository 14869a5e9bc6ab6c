// Echt's phrase coach: finds phrases in the user's own draft that tend to land badly or
// vaguely, and offers kinder, concrete rewrites, in English and Dutch. Pure: the text
// and the user's preferences come in, detections go out. Nothing is sent or stored; the
// last few hundred sentences read are kept in memory only, so typing stays cheap.
// src/chip runs detect in every chat tab; the popup's phrase deck and the reminders'
// notifications (src/background/reminders.ts) use phrasesFor.
//
// `detect` has the built-in knowledge of both languages. A context that receives the
// knowledge as data instead uses `createCoach` (engine.ts), which imports none of it.
import { coachData } from './data';
import { type Coach, createCoach } from './engine';
import type { Detection, DetectOptions, Locale } from './types';

export { coachData } from './data';
export { type Coach, createCoach } from './engine';
export type { CoachData, LanguageData } from './knowledge';

let builtIn: Coach | undefined;

function coach(): Coach {
  builtIn ??= createCoach({ en: coachData('en'), nl: coachData('nl') });
  return builtIn;
}

/** The phrases in `text` Echt can offer a better wording for, with the built-in knowledge. */
export function detect(text: string, options: DetectOptions = {}): Detection[] {
  return coach().detect(text, options);
}

/** The language a draft is most likely written in; English when it cannot tell. */
export function guessLocale(text: string): Locale {
  return coach().localesOf(text)[0] ?? 'en';
}

export { phraseKey } from './fold';
export { phrasesFor } from './phrases';
export {
  addPersonalRule,
  DEFAULT_PREFERENCES,
  PERSONAL_RULE_LIMITS,
  type RuleCheck,
  type RuleProblem,
  removePersonalRule,
  repairPreferences,
  setKindEnabled,
  silence,
  unsilence,
  validatePersonalRule,
} from './preferences';
export { isSilenceKey, SILENCE_KEY_MAX } from './silence';
export {
  type BuiltInKind,
  type CoachPreferences,
  type Detection,
  type DetectOptions,
  KINDS,
  type Kind,
  type Locale,
  type LocaleOption,
  type PersonalRule,
  SITUATIONS,
  type Situation,
} from './types';
