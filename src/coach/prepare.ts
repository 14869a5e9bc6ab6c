// Turns a language as people write it (patterns and lines, src/coach/data) into the
// prepared knowledge the engine compiles (knowledge.ts, LanguageData). Runs in Node and at
// build time, never on a chat page: the page receives what this makes, and so carries
// none of this code.
//
// Patterns are regular-expression sources over the folded draft (see fold.ts):
// - a space means "one or more spaces" (unless a quantifier follows it);
// - `$END` ends a pattern or one of its alternatives: "nothing more in this clause, but
//   perhaps a name";
// - groups are non-capturing; every repetition is bounded or runs over distinct words,
//   so matching stays linear in the length of the draft.
// Each pattern is split into its alternatives (leading optional groups spelled out), each
// keyed by the letters every match of it starts with, so a page looks up only the few that
// can match where a word starts, and compiles each small regex the first time it is tried:
// large alternations took the regex engine 20–40 ms to compile on first use.
import { foldForMatching } from './fold';
import type {
  Alternative,
  LanguageData,
  LanguageSource,
  Needs,
  PreparedRules,
  PreparedWording,
  RuleData,
  RuleTable,
  SharedKnowledge,
  Wording,
} from './knowledge';
import { spellOutLeadingGroup, topLevelAlternatives } from './rules/alternation';
import { wordsIn } from './silence';
import type { BuiltInKind } from './types';

/** The clause ends here: punctuation, a line break, the end of the draft, or an emoji. */
const CLAUSE_END = String.raw`(?= *(?:[.!?,;:)"\n]|$|[^\x00-\x7f])| +[a-z][a-z'-]* *(?:[.!?,]|$))`;
/** Whole words: what every word list's alternatives end with. */
const WORD_END = '\\b';
const NEEDS_ORDER: readonly Needs[] = ['always', 'calm', 'support'];
const QUANTIFIER = /[?*+{]/;
const LITERAL = /[a-z0-9'-]/;
/** Letters of an alternative's start used as its key. */
const KEY_LENGTH = 3;

function expand(pattern: string): string {
  return pattern.replace(/ (?![+*?{])/g, ' +').replaceAll('$END', () => CLAUSE_END);
}

/** The letters every match of `alternative` starts with, up to three; '' when unknown. */
function keyOf(alternative: string): string {
  let key = '';
  for (let i = 0; i < alternative.length && key.length < KEY_LENGTH; i++) {
    const unit = alternative.charAt(i);
    if (!LITERAL.test(unit) || QUANTIFIER.test(alternative.charAt(i + 1))) break;
    key += unit;
  }
  return key;
}

/** The alternatives of `patterns` (each with its owner), in order, each ending with `tail`. */
function alternativesOf(patterns: readonly { pattern: string; owner: number }[], tail = ''): Alternative[] {
  return patterns.flatMap(({ pattern, owner }) =>
    topLevelAlternatives(expand(pattern))
      .flatMap(spellOutLeadingGroup)
      .map((alternative): Alternative => [`(?:${alternative})${tail}`, keyOf(alternative), owner]),
  );
}

/** Word lists, one owner each, as whole words. */
function wordLists(...lists: (readonly string[])[]): Alternative[] {
  return alternativesOf(
    lists.flatMap((words, owner) => words.map((pattern) => ({ pattern, owner }))),
    WORD_END,
  );
}

/** The words a pattern spells out itself: not those of its character classes, escapes or counts. */
export function literalWords(pattern: string): string[] {
  const spelled = pattern.replace(/\$END|\[.*?\]|\\(?:x..|u....|.)|\{[\d,]*\}|'\?/g, (piece) =>
    piece === "'?" ? '' : ' ',
  );
  return [...new Set(wordsIn(spelled))];
}

export function prepareRules(language: RuleData): PreparedRules {
  const rules: PreparedRules['rules'][number][] = [];
  const phrases: { pattern: string; owner: number }[] = [];
  for (const [kind, byNeeds] of Object.entries(language.phrases) as [BuiltInKind, RuleTable[BuiltInKind]][]) {
    for (const needs of NEEDS_ORDER) {
      for (const pattern of byNeeds[needs] ?? []) {
        const standalone = pattern.endsWith('$END') || pattern.endsWith('\\?');
        phrases.push({ pattern, owner: rules.length });
        rules.push({ kind, needs, standalone, literals: literalWords(pattern) });
      }
    }
  }
  return {
    rules,
    phrases: alternativesOf(phrases),
    negations: wordLists(language.negations),
    turns: wordLists(language.turns),
    work: wordLists(language.work),
    situation: wordLists(language.hardTimes, language.sympathy, language.work, language.workTalk),
    workTail: `[a-z]{3}(?:${language.workTails.join('|')})$`,
    cues: (Object.entries(language.cues) as [BuiltInKind, readonly string[]][]).map(([kind, cues]) => [
      kind,
      cues.join('|'),
    ]),
  };
}

/** A sentence of Echt's lines shorter than this ("Oh no.") says too little to count as its own. */
const SHORTEST_PIECE = 9;

/**
 * The pieces of each sentence of Echt's lines between its slots ("[task]", "{, name}"), in
 * order, folded and without marks at their edges, '' for a slot at either end: what stays of
 * the line once the user filled it in. Per sentence, because the draft is read sentence by
 * sentence: a line of two sentences ("That sounds really hard. I'm sorry.") is only ever met
 * one sentence at a time.
 */
function ownPieces(wording: Wording): string[][] {
  const lines = [
    ...Object.values(wording.suggestions).flat(),
    ...Object.values(wording.deck).flat(),
    ...wording.occasions.map((occasion) => occasion.offer),
    ...wording.registers.flatMap((register) => Object.values(register.offers)),
  ];
  const sentences = lines.flatMap((line) =>
    foldForMatching(line)
      .split(/(?<=[.!?])\s+/)
      .map((sentence) =>
        sentence
          .split(/\[[^\]]*\]|\{[^}]*\}/)
          .map((piece) => piece.trim().replace(/^[\s.,!?]+|[.!?]+$/g, ''))
          .filter((piece, index, pieces) => piece.length > 0 || index === 0 || index === pieces.length - 1),
      ),
  );
  const kept = new Map<string, string[]>();
  for (const pieces of sentences) {
    if (pieces.some((piece) => piece.length >= SHORTEST_PIECE)) kept.set(pieces.join('\n'), pieces);
  }
  return [...kept.values()];
}

export function prepareWording(wording: Wording): PreparedWording {
  return {
    why: wording.why,
    suggestions: wording.suggestions,
    occasions: wording.occasions.map(({ occasion, offer }) => ({ occasion, offer })),
    occasionWords: wordLists(...wording.occasions.map((occasion) => occasion.words)),
    registers: wording.registers.map((register) => ({ words: wordLists(register.words), offers: register.offers })),
    relative: wording.relative,
    own: ownPieces(wording),
  };
}

/**
 * Echt's public phrase lexicon of one language: its rules' literal words and its wording's.
 * Occasions and their offers are left out: they name what a draft is about.
 */
export function phraseLexicon(phrases: RuleTable, wording: Wording): string[] {
  const lexicon = new Set<string>();
  for (const byNeeds of Object.values(phrases)) {
    for (const pattern of Object.values(byNeeds).flat()) for (const word of literalWords(pattern)) lexicon.add(word);
  }
  const lines = [
    ...Object.values(wording.why),
    ...Object.values(wording.suggestions).flat(),
    ...Object.values(wording.deck).flat(),
  ];
  for (const line of lines) {
    for (const word of wordsIn(foldForMatching(line.replace(/\[[^\]]*\]|\{[^}]*\}/g, ' ')))) lexicon.add(word);
  }
  return [...lexicon];
}

/** Small words, as a regex source matching any of them as a whole word. */
export function anyOf(words: readonly string[]): string {
  return `\\b(?:${words.join('|')})\\b`;
}

export function prepareLanguage(source: LanguageSource, shared: SharedKnowledge): LanguageData {
  return {
    locale: source.locale,
    shared,
    rules: prepareRules(source.rules),
    wording: prepareWording(source.wording),
    lexicon: phraseLexicon(source.rules.phrases, source.wording),
    model: source.model,
    thresholds: source.thresholds,
    samples: source.samples,
  };
}
