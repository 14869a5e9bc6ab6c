// Echt's phrase coach: finds phrases in the user's own draft that tend to land badly or
// vaguely, and offers kinder, concrete rewrites, in English and Dutch. Pure: the text
// and the user's preferences come in, detections go out. Nothing is sent or stored; the
// last few hundred passages read are kept in memory only, so typing stays cheap.
// src/chip runs detect in every chat tab; the popup's phrase deck and the reminders'
// notifications (src/background/reminders.ts) use phrasesFor.
export { detect } from './detect';
export { guessLocale } from './locale';
export { phraseKey } from './normalize';
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
