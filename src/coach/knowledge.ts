// The shape of the coach's phrase knowledge for one language: rules, work words, wording
// and the model's weights. All of it is plain data (strings, numbers, arrays, objects), so
// it can be stored as JSON or sent in a message and compiled by the engine on arrival.
//
// It comes in two forms. People write a language's rules and wording as patterns and lines
// (`LanguageSource`, in src/coach/data). `prepareLanguage` (prepare.ts) turns that, once,
// in Node or at build time, into `LanguageData`: every pattern split into the alternatives
// the engine looks up, the lexicon and Echt's own lines worked out. That is what a chat tab
// receives and compiles, so the page carries no code for the preparing.
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
  /**
   * Per kind, what a sentence must hold for the model alone to flag it as that kind (a rule
   * match of the kind needs none): a check-in asks or speaks to someone, so a bare "ok",
   * "all good" or "hey" is never one, however short check-ins look like them.
   */
  readonly cues: Readonly<Partial<Record<BuiltInKind, readonly string[]>>>;
}

/** Situations a draft can name, for which a vague offer gets a fitting concrete rewrite. */
export const OCCASIONS = [
  'move',
  'illness',
  'sick-leave',
  'funeral',
  'mourning',
  'newborn',
  'deadline',
  'sick-children',
  'exams',
  'exam-results',
  'bad-review',
  'pet',
  'hospital-visit',
  'family',
  'family-job',
  'family-news',
  'surgery',
  'their-surgery',
  'home',
  'break-up',
  'job-loss',
  'not-chosen',
  'pregnancy-loss',
  'housing',
  'paperwork',
  'money',
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
  /** A regex source whose group 1 is the relative a draft names ("your dad"): fills `{your family}`. */
  readonly relative: string;
}

export interface OccasionWording {
  readonly occasion: Occasion;
  readonly words: readonly string[];
  readonly offer: string;
}

/**
 * A register's own offers: per occasion, and `general` for a draft that names none (a formal
 * draft must not get the plain "je" line first).
 */
export type RegisterOffers = Readonly<Partial<Record<Occasion | 'general', string>>>;

/** A register of the language (Flemish, say): how to tell it, and its own offers. */
export interface RegisterWording {
  readonly name: string;
  /** Words that show the register; two or more in a draft are needed. */
  readonly words: readonly string[];
  readonly offers: RegisterOffers;
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
  /**
   * A sentence next to one flagged as a kind joins it from this probability of that kind on:
   * writers often say a thing over two sentences ("never mind. I'll be fine"), and both are
   * one passage with one underline.
   */
  readonly passage: number;
}

/** A language as people write it (src/coach/data), with the model `npm run train:coach` made. */
export interface LanguageSource {
  readonly locale: Locale;
  readonly rules: RuleData;
  readonly wording: Wording;
  readonly model: ModelData;
  readonly thresholds: Thresholds;
  /**
   * Drafts a page reads once while it compiles the language, so that the code and the
   * regexes a look at a draft runs are ready before the user's first pause.
   */
  readonly samples: readonly string[];
}

/**
 * One alternative of a pattern, ready to compile (prepare.ts): its regex source, the one to
 * three letters every match starts with ('' when they are not fixed), and the index of the
 * rule or word list it belongs to.
 */
export type Alternative = readonly [source: string, key: string, owner: number];

/** A rule as the engine needs it: its kind and needs, whether it closes its clause, its own words. */
export interface PreparedRule {
  readonly kind: BuiltInKind;
  readonly needs: Needs;
  /** The phrase ends its clause (`$END`, or a closing `?`); the highlight is not widened. */
  readonly standalone: boolean;
  /** The words the pattern spells out itself: what a silence key of its match may hold. */
  readonly literals: readonly string[];
}

/** `RuleData`, prepared. */
export interface PreparedRules {
  readonly rules: readonly PreparedRule[];
  /** The rules' alternatives in table order (the first that matches at a word wins); owner: a rule. */
  readonly phrases: readonly Alternative[];
  readonly negations: readonly Alternative[];
  readonly turns: readonly Alternative[];
  readonly work: readonly Alternative[];
  /** Hard-time words (owner 0), sympathy (1), technical work words (2), other work words (3). */
  readonly situation: readonly Alternative[];
  /** A regex source matching a word that ends in a work word ("testomgeving"). */
  readonly workTail: string;
  /** `RuleData.cues`: per kind, a regex source for the folded sentence. */
  readonly cues: readonly (readonly [kind: BuiltInKind, source: string])[];
}

/** `Wording`, prepared: without the phrase deck, which a chat tab never shows. */
export interface PreparedWording {
  readonly why: Readonly<Record<Kind, string>>;
  readonly suggestions: Readonly<Record<BuiltInKind, readonly string[]>>;
  /** In the order they are looked for, each with its concrete offer. */
  readonly occasions: readonly { readonly occasion: Occasion; readonly offer: string }[];
  /** The words that name each occasion; owner: an occasion. */
  readonly occasionWords: readonly Alternative[];
  readonly registers: readonly {
    readonly words: readonly Alternative[];
    readonly offers: RegisterOffers;
  }[];
  readonly relative: string;
  /**
   * What stays of each sentence of Echt's lines once the user filled in its slots: its pieces
   * between the slots, in order, with '' where a slot opens or closes the sentence. A sentence
   * made mostly of them and of what the user wrote in their slots is never flagged.
   */
  readonly own: readonly (readonly string[])[];
}

/** What the knowledge of every language carries alike. */
export interface SharedKnowledge {
  /** Per language, a regex source of its small words: how a draft's language is told. */
  readonly markers: Readonly<Record<Locale, string>>;
  /** A regex source matching a greeting at the start of a folded draft ("hi ", "goedemorgen, "). */
  readonly greeting: string;
  /** Words after a greeting that greet a group, not a person ("team", "allemaal"). */
  readonly notNames: readonly string[];
}

/** One language's knowledge, prepared: what a chat tab receives and the engine compiles. */
export interface LanguageData {
  readonly locale: Locale;
  /**
   * The same in every language's knowledge, so the first that reaches a page already tells
   * it when a draft is in another language.
   */
  readonly shared: SharedKnowledge;
  readonly rules: PreparedRules;
  readonly wording: PreparedWording;
  /** Echt's public phrase lexicon in this language: what the key of a phrase the model found may hold. */
  readonly lexicon: readonly string[];
  readonly model: ModelData;
  readonly thresholds: Thresholds;
  /** As in `LanguageSource`. */
  readonly samples: readonly string[];
}

/** What a coach is made from: the languages it can read. */
export type CoachData = Readonly<Partial<Record<Locale, LanguageData>>>;

/**
 * Where a build of the extension keeps one language's knowledge as JSON (wxt.config.ts
 * writes it), for the background to send to a chat tab. Not web-accessible: a page
 * cannot read it, or tell from it that Echt is installed.
 */
export function knowledgeFile(locale: Locale): string {
  return `coach/${locale}.json`;
}
