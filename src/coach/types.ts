// The coach's vocabulary: what it finds, what it returns, what the user can change.
import type { Locale } from '../i18n';

export type { Locale };

/** The kinds of phrase Echt offers a kinder rewrite for, in the order the settings list them. */
export const KINDS = [
  'vague-offer',
  'advice',
  'comparison',
  'minimizing',
  'shallow-checkin',
  'self-silencing',
  'reply-pressure',
] as const;

export type BuiltInKind = (typeof KINDS)[number];

/** `personal` marks a phrase the user gave their own rewrites for. */
export type Kind = BuiltInKind | 'personal';

/** Moments the phrase deck has words for. */
export const SITUATIONS = ['check-in', 'concrete-help', 'listening', 'no-reply-needed', 'asking-for-help'] as const;

export type Situation = (typeof SITUATIONS)[number];

/** A language, or `auto` to read it from the draft itself. */
export type LocaleOption = Locale | 'auto';

/** One phrase in the draft that Echt can offer a better wording for. */
export interface Detection {
  readonly kind: Kind;
  /**
   * What silencing this phrase remembers: `<kind>:<words>`, the words being only the rule's
   * own, the lexicon's (a phrase the model found) or the personal rule's phrase, folded.
   * Never a word only the draft brought (see silence.ts).
   */
  readonly key: string;
  /** UTF-16 offset of the first character of the phrase in the draft. */
  readonly start: number;
  /** UTF-16 offset just after the phrase: `text.slice(start, end)` is the phrase. */
  readonly end: number;
  /** The phrase as the user wrote it. */
  readonly phrase: string;
  readonly locale: Locale;
  /** One sentence, in `locale`, on why another wording may land better. */
  readonly why: string;
  /**
   * Rewrites that can replace the phrase as they are; `[task]`-style slots are for the user
   * to fill. Two to four for the built-in kinds; one to four for a personal rule.
   */
  readonly suggestions: readonly string[];
}

/** A phrase the user wants their own rewrites for; the phrase is matched literally. */
export interface PersonalRule {
  readonly phrase: string;
  readonly suggestions: readonly string[];
}

/** What the user changed about the coach. Stored by the settings; passed to `detect`. */
export interface CoachPreferences {
  readonly disabledKinds: readonly Kind[];
  /** Phrases the user asked Echt to leave alone, as their detections' keys (silence.ts). */
  readonly silenced: readonly string[];
  readonly personalRules: readonly PersonalRule[];
}

export interface DetectOptions extends Partial<CoachPreferences> {
  /** The draft's language; `auto` (the default) reads it from the draft. */
  readonly locale?: LocaleOption;
}
