// How a language's rules are written down, and how the engine compiles them, once, into
// scanners.
//
// Patterns are regular-expression sources over the folded draft (see fold.ts):
// - a space means "one or more spaces" (unless a quantifier follows it);
// - `$END` ends a pattern or one of its alternatives: "nothing more in this clause, but
//   perhaps a name";
// - groups are non-capturing; every repetition is bounded or runs over distinct words,
//   so matching stays linear in the length of the draft.
import type { Needs, RuleData, RuleTable } from '../knowledge';
import type { BuiltInKind } from '../types';
import { fastAlternation, spellOutLeadingGroup, topLevelAlternatives } from './alternation';

export interface Rule {
  readonly kind: BuiltInKind;
  /** The phrase is flagged wherever it is not negated or about work (`always` rules). */
  readonly force: boolean;
  readonly needs: Needs;
  /** The phrase ends its clause (`$END`, or a closing `?`); the highlight is not widened. */
  readonly standalone: boolean;
  /** This rule alone, to run at one position of the draft. */
  readonly sticky: RegExp;
  /** The characters a match can start with; '' when it could start with anything. */
  readonly starts: string;
}

export interface CompiledLanguage {
  /** The rules, in table order, that can match starting with a given character. */
  rulesStartingWith(first: string): readonly Rule[];
  /**
   * Together they find where any rule matches; which rule it is, the rules' own patterns
   * tell. More than one because a regex engine compiles a very large pattern less well.
   */
  readonly scans: readonly RegExp[];
  readonly negation: RegExp;
  readonly turn: RegExp;
  /** Technical work words, tested on the clause around a phrase. */
  readonly work: RegExp;
  readonly hardTimes: RegExp;
  /** Sympathy: a hard time unless its sentence is about work. */
  readonly sympathy: RegExp;
  /** Any work words, technical or not. */
  readonly workTalk: RegExp;
}

/** The clause ends here: punctuation, a line break, the end of the draft, or an emoji. */
const CLAUSE_END = String.raw`(?= *(?:[.!?,;:)"\n]|$|[^\x00-\x7f])| +[a-z][a-z'-]* *(?:[.!?,]|$))`;

const NEEDS_ORDER: readonly Needs[] = ['always', 'calm', 'support'];

function expand(pattern: string): string {
  return pattern.replace(/ (?![+*?{])/g, ' +').replaceAll('$END', () => CLAUSE_END);
}

/** A regex source that matches any of `words` as whole words. */
export function anyWord(words: readonly string[]): string {
  return String.raw`\b(?:${fastAlternation(words.map(expand))})\b`;
}

function startsOf(source: string): string {
  const firsts = topLevelAlternatives(source)
    .flatMap(spellOutLeadingGroup)
    .map((option) => option.charAt(0));
  return firsts.every((first) => /[a-z0-9]/.test(first)) ? [...new Set(firsts)].join('') : '';
}

function compileRule(kind: BuiltInKind, needs: Needs, pattern: string): { rule: Rule; source: string } {
  const source = expand(pattern);
  const standalone = pattern.endsWith('$END') || pattern.endsWith('\\?');
  return {
    rule: {
      kind,
      force: needs === 'always',
      needs,
      standalone,
      sticky: new RegExp(source, 'y'),
      starts: startsOf(source),
    },
    source,
  };
}

/** Past about this size a scanner stops being compiled to fast machine code. */
const SCAN_SIZE = 11000;

/** Rule sources packed in order into scanners that each stay small. */
function scanners(sources: readonly string[]): RegExp[] {
  const packs: string[][] = [[]];
  let size = 0;
  for (const source of sources) {
    const cost = topLevelAlternatives(source).flatMap(spellOutLeadingGroup).join('|').length;
    const pack = packs[packs.length - 1] ?? [];
    if (size + cost > SCAN_SIZE && pack.length > 0) {
      packs.push([source]);
      size = cost;
    } else {
      pack.push(source);
      size += cost;
    }
  }
  return packs.map((pack) => new RegExp(String.raw`\b(?:${fastAlternation(pack)})`, 'g'));
}

export function compileRules(language: RuleData): CompiledLanguage {
  const compiled: { rule: Rule; source: string }[] = [];
  for (const [kind, byNeeds] of Object.entries(language.phrases) as [BuiltInKind, RuleTable[BuiltInKind]][]) {
    for (const needs of NEEDS_ORDER) {
      for (const pattern of byNeeds[needs] ?? []) compiled.push(compileRule(kind, needs, pattern));
    }
  }
  const rules = compiled.map(({ rule }) => rule);
  const byFirst = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const first of rule.starts) byFirst.set(first, [...(byFirst.get(first) ?? []), rule]);
  }
  const anyStart = rules.filter((rule) => rule.starts === '');
  const work = new RegExp(`${anyWord(language.work)}|[a-z]{3}(?:${language.workTails.join('|')})\\b`);
  return {
    rulesStartingWith: (first) =>
      anyStart.length === 0
        ? (byFirst.get(first) ?? [])
        : rules.filter((rule) => rule.starts === '' || rule.starts.includes(first)),
    scans: scanners(compiled.map(({ source }) => source)),
    negation: new RegExp(anyWord(language.negations)),
    turn: new RegExp(anyWord(language.turns)),
    work,
    hardTimes: new RegExp(anyWord(language.hardTimes)),
    sympathy: new RegExp(anyWord(language.sympathy)),
    workTalk: new RegExp(`${anyWord(language.workTalk)}|${work.source}`),
  };
}
