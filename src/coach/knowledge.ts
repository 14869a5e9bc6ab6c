// The shape of the coach's phrase knowledge for one language: rules, work words, wording
// and the model's weights. All of it is plain data (strings, numbers, arrays, objects), so
// it can be stored as JSON or sent in a message and compiled by the engine on arrival.
import type { ModelData } from './model';
import type { BuiltInKind, Kind, Locale, Situation } from './types';

/**
 * What a rule's match says, as the model sees it (each is its own piece of evidence).
 * - `always`: the phrase itself speaks to someone's feelings ("cheer up"): it is flagged
 *   even where the model is unsure.
 * - `calm`: it counts unless the draft is only work talk.
 * - `support`: it counts where the draft shows someone is going through something hard.
 */
export type Needs = 'always' | 'calm' | 'support';

/**
 * Rule patterns per kind: regular-expression sources over the folded draft (see
 * rules/compile.ts for the notation).
 */
export type RuleTable = { readonly [K in BuiltInKind]: Partial<Record<Needs, readonly string[]>> };

export interface RuleData {
  readonly phrases: RuleTable;
  /** Words that on their own mean someone is going through something hard. */
  readonly hardTimes: readonly string[];
  /** Sympathy that means a hard time unless its sentence is about work ("sorry to hear the build broke"). */
  readonly sympathy: readonly string[];
  /** Words that, shortly before a phrase in its clause, mean the user is not saying it. */
  readonly negations: readonly string[];
  /** Words where a new thought starts inside a sentence; a highlighted phrase stops there. */
  readonly turns: readonly string[];
  /** Technical work words: a phrase whose clause names one is about the work, not a person. */
  readonly work: readonly string[];
  /** Endings of glued Dutch compounds ("testomgeving") that make a word a work word. */
  readonly workTails: readonly string[];
  /** General work words: with the technical ones they make a draft work talk. */
  readonly workTalk: readonly string[];
}

/** Situations a draft can name, for which a vague offer gets a fitting concrete rewrite. */
export const OCCASIONS = [
  'move',
  'illness',
  'funeral',
  'newborn',
  'deadline',
  'sick-children',
  'exams',
  'bad-review',
] as const;

export type Occasion = (typeof OCCASIONS)[number];

export interface Wording {
  /** One sentence per kind: why another wording may land better. */
  readonly why: Readonly<Record<Kind, string>>;
  /** Two to four rewrites per kind; each can replace the phrase as it is. `{, name}` takes a name. */
  readonly suggestions: Readonly<Record<BuiltInKind, readonly string[]>>;
  /** The phrase deck: a few lines per moment. */
  readonly deck: Readonly<Record<Situation, readonly string[]>>;
  /**
   * Per occasion: the words (patterns, as rules) that name it in a draft, and the concrete
   * offer put first for a vague offer in such a draft; `register` variants (e.g. Flemish)
   * are used when the draft's own words match their `when` pattern.
   */
  readonly occasions: readonly OccasionWording[];
  readonly registers: readonly RegisterWording[];
}

export interface OccasionWording {
  readonly occasion: Occasion;
  readonly words: readonly string[];
  readonly offer: string;
}

/** A register of the language (Flemish, say): how to tell it, and its own offers. */
export interface RegisterWording {
  readonly name: string;
  /** Words that show the register; two or more in a draft are needed. */
  readonly words: readonly string[];
  readonly offers: Readonly<Partial<Record<Occasion, string>>>;
}

/** When a sentence is flagged; calibrated on drafts the model was not trained on. */
export interface Thresholds {
  /** Per class: the probability from which a sentence is flagged as that kind. */
  readonly model: readonly number[];
  /** A sentence where a rule of a kind matched is flagged as that kind from this probability on. */
  readonly ruled: number;
  /**
   * A must-flag rule (`always`) flags its sentence from this probability of its kind on:
   * 0 lets such rules flag on their own; the model can still veto above it.
   */
  readonly forced: number;
}

export interface LanguageData {
  readonly locale: Locale;
  readonly rules: RuleData;
  readonly wording: Wording;
  readonly model: ModelData;
  readonly thresholds: Thresholds;
}

/** What a coach is made from: the languages it can read. */
export type CoachData = Readonly<Partial<Record<Locale, LanguageData>>>;
