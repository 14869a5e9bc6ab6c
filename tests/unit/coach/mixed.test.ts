// A sentence that holds two kinds: the model reads the whole sentence as the stronger one,
// so its clauses are read one by one (src/coach/mixed.ts). The step is checked on a scorer
// written here, so each case says exactly what the model read; `detect` is checked on drafts
// whose second phrase the whole-sentence reading alone does not find.
import { afterEach, describe, expect, it } from 'vitest';
import type { RuleSays } from '../../../src/coach/decide';
import { foldForMatching } from '../../../src/coach/fold';
import { MIXED, mixedKinds, type SentenceView } from '../../../src/coach/mixed';
import type { RuleHit } from '../../../src/coach/rules/match';
import { sentencesOf } from '../../../src/coach/sentences';
import type { ClauseScorer, Found } from '../../../src/coach/spans';
import { type BuiltInKind, KINDS } from '../../../src/coach/types';
import { found } from './helpers';

const CLASSES = ['none', ...KINDS] as const;

/** A model that reads each clause by the words it holds. */
function scorer(read: Record<string, [BuiltInKind | 'none', number]>): ClauseScorer {
  return (folded, clauses) => (index, kind) => {
    const clause = clauses[index];
    const text = clause ? folded.slice(clause.start, clause.end) : '';
    const entry = Object.entries(read).find(([words]) => text.includes(words))?.[1] ?? ['none', 1];
    return entry[0] === kind ? entry[1] : (1 - entry[1]) / 7;
  };
}

function view(nothing: number, says: RuleSays = 0, hits: RuleHit[] = [], own = false): () => SentenceView {
  return () => ({ nothing, hits, says: () => says, own });
}

function run(text: string, already: Found[], seen: () => SentenceView, read: ClauseScorer) {
  const folded = foldForMatching(text);
  return mixedKinds('en', already, sentencesOf(folded), folded, seen, CLASSES, read).map((span) => [
    span.kind,
    text.slice(span.start, span.end),
  ]);
}

const TEXT = 'anything you need just ask, and msg me when you know more';
const OFFER: Found = { kind: 'vague-offer', start: 0, end: 26 };
const READ = scorer({ 'anything you need': ['vague-offer', 0.97], 'msg me': ['reply-pressure', 0.93] });

describe('a second kind in one sentence', () => {
  it('flags a clause the model reads surely as another kind, beside what the sentence was flagged for', () => {
    expect(run(TEXT, [OFFER], view(0.02), READ)).toEqual([['reply-pressure', 'and msg me when you know more']]);
  });

  it('leaves a sentence the model reads as nothing to flag, and a clause it is not sure of', () => {
    expect(run(TEXT, [], view(MIXED.nothing), READ)).toEqual([]);
    const unsure = scorer({ 'anything you need': ['vague-offer', 0.97], 'msg me': ['reply-pressure', 0.6] });
    expect(run(TEXT, [OFFER], view(0.02), unsure)).toEqual([]);
  });

  it('keeps the rules’ say: a veto holds, a doubt needs the model all but sure', () => {
    expect(run(TEXT, [OFFER], view(0.02, -2), READ)).toEqual([]);
    const fair = scorer({ 'anything you need': ['vague-offer', 0.97], 'msg me': ['reply-pressure', 0.85] });
    expect(run(TEXT, [OFFER], view(0.02, 0), fair)).toHaveLength(1);
    expect(run(TEXT, [OFFER], view(0.02, -1), fair)).toEqual([]);
    const sure = scorer({ 'anything you need': ['vague-offer', 0.97], 'msg me': ['reply-pressure', 0.95] });
    expect(run(TEXT, [OFFER], view(0.02, -1), sure)).toHaveLength(1);
  });

  it('never flags Echt’s own words, a kind the sentence already has, or a clause already underlined', () => {
    expect(run(TEXT, [OFFER], view(0.02, 0, [], true), READ)).toEqual([]);
    const same = scorer({ 'anything you need': ['vague-offer', 0.97], 'msg me': ['vague-offer', 0.93] });
    expect(run(TEXT, [OFFER], view(0.02), same)).toEqual([]);
    expect(run(TEXT, [{ kind: 'vague-offer', start: 0, end: TEXT.length }], view(0.02), READ)).toEqual([]);
  });

  it('underlines a rule’s exact words where a rule of the kind matched in the clause', () => {
    const hit: RuleHit = {
      kind: 'reply-pressure',
      force: false,
      needs: 'support',
      start: TEXT.indexOf('msg me'),
      end: TEXT.length,
      words: 'msg me when you know more',
    };
    expect(run(TEXT, [OFFER], view(0.02, 1, [hit]), READ)).toEqual([['reply-pressure', 'msg me when you know more']]);
  });
});

describe('drafts with two kinds in one sentence', () => {
  const saved = { ...MIXED };
  afterEach(() => Object.assign(MIXED, saved));

  it.each([
    ['so sorry about the eviction, anything you need just ask, and text me when you hear back', 'reply-pressure'],
    ['try not to think about it this weekend, thats what got me through my divorce', 'comparison'],
    ['so sorry about the layoff, been there myself in 2019, it all worked out in the end', 'minimizing'],
    [
      'wat rot van je oma, als je iets nodig hebt laat maar weten, en hou me op de hoogte hoe het met haar gaat',
      'vague-offer',
    ],
  ] as const)('finds both in "%s"', (text, second) => {
    expect(found(text).map(([kind]) => kind)).toContain(second);
    // Without the second look the whole sentence reads as one kind only.
    Object.assign(MIXED, { nothing: 0 });
    expect(found(text).map(([kind]) => kind)).not.toContain(second);
  });
});
