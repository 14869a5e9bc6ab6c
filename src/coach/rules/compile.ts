// A language's rules and word lists, as prepare.ts made them, compiled once into lookups
// (lookup.ts) whose small regexes compile on first use.
import type { Needs, PreparedRules } from '../knowledge';
import type { BuiltInKind } from '../types';
import { eitherOf, endingIn, listsOf, PatternLookup, type Words, wordsOf } from './lookup';

export interface Rule {
  readonly kind: BuiltInKind;
  /** The phrase is flagged wherever it is not negated or about work (`always` rules). */
  readonly force: boolean;
  readonly needs: Needs;
  /** The phrase ends its clause (`$END`, or a closing `?`); the highlight is not widened. */
  readonly standalone: boolean;
  /** The words the pattern spells out itself: what a silence key of its match may hold. */
  readonly literals: ReadonlySet<string>;
}

export interface CompiledLanguage {
  /** The rules' patterns, in table order: the first that matches at a position wins. */
  readonly rules: PatternLookup<Rule>;
  readonly negation: Words;
  readonly turn: Words;
  /** Technical work words, tested on the clause around a phrase. */
  readonly work: Words;
  /**
   * What a sentence shows, in one pass: bit 0 a hard-time word, 1 sympathy (a hard time
   * unless the sentence is about work), 2 a technical work word, 3 another work word.
   */
  readonly situation: (text: string) => number;
  /** Technical compound words ("testomgeving"), which `situation` leaves out. */
  readonly compounds: Words;
  /** Per kind, what a sentence must hold for the model alone to flag it (`RuleData.cues`). */
  readonly cues: readonly (readonly [BuiltInKind, RegExp])[];
}

export function compileRules(language: PreparedRules): CompiledLanguage {
  const rules: Rule[] = language.rules.map(({ kind, needs, standalone, literals }) => ({
    kind,
    force: needs === 'always',
    needs,
    standalone,
    literals: new Set(literals),
  }));
  const compounds = endingIn(language.workTail);
  return {
    // prepare.ts numbers each alternative by the rule it lists it under.
    rules: new PatternLookup(language.phrases, (owner) => rules[owner] as Rule),
    negation: wordsOf(language.negations),
    turn: wordsOf(language.turns),
    work: eitherOf(wordsOf(language.work), compounds),
    situation: listsOf(language.situation, 4),
    compounds,
    cues: language.cues.map(([kind, source]) => [kind, new RegExp(source)]),
  };
}
