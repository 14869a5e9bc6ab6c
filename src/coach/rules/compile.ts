// How a language's rules are written down, and how the engine compiles them, once, into
// lookups (lookup.ts) whose small regexes compile on first use.
//
// Patterns are regular-expression sources over the folded draft (see fold.ts):
// - a space means "one or more spaces" (unless a quantifier follows it);
// - `$END` ends a pattern or one of its alternatives: "nothing more in this clause, but
//   perhaps a name";
// - groups are non-capturing; every repetition is bounded or runs over distinct words,
//   so matching stays linear in the length of the draft.
import type { Needs, RuleData, RuleTable } from '../knowledge';
import { literalWords } from '../silence';
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
}

/** The clause ends here: punctuation, a line break, the end of the draft, or an emoji. */
const CLAUSE_END = String.raw`(?= *(?:[.!?,;:)"\n]|$|[^\x00-\x7f])| +[a-z][a-z'-]* *(?:[.!?,]|$))`;

const NEEDS_ORDER: readonly Needs[] = ['always', 'calm', 'support'];

export function expand(pattern: string): string {
  return pattern.replace(/ (?![+*?{])/g, ' +').replaceAll('$END', () => CLAUSE_END);
}

/** A matcher of any of `words` (patterns, see above) as whole words. */
export function anyWord(words: readonly string[]): Words {
  return wordsOf(words, expand);
}

export function compileRules(language: RuleData): CompiledLanguage {
  const patterns: { source: string; owner: Rule }[] = [];
  for (const [kind, byNeeds] of Object.entries(language.phrases) as [BuiltInKind, RuleTable[BuiltInKind]][]) {
    for (const needs of NEEDS_ORDER) {
      for (const pattern of byNeeds[needs] ?? []) {
        const standalone = pattern.endsWith('$END') || pattern.endsWith('\\?');
        const owner = { kind, force: needs === 'always', needs, standalone, literals: literalWords(pattern) };
        patterns.push({ source: expand(pattern), owner });
      }
    }
  }
  const compounds = endingIn(language.workTails);
  const work = eitherOf(anyWord(language.work), compounds);
  return {
    rules: new PatternLookup(patterns),
    negation: anyWord(language.negations),
    turn: anyWord(language.turns),
    work,
    situation: listsOf([language.hardTimes, language.sympathy, language.work, language.workTalk], expand),
    compounds,
  };
}
