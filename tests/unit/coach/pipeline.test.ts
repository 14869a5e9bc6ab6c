// The pipeline's plain steps: how a draft is cut into sentences and clauses, and how a
// labelled file is read and scored whoever wrote it.
import { describe, expect, it } from 'vitest';
import { readLabelled, score } from '../../../scripts/coach/scoring';
import { foldForMatching } from '../../../src/coach/fold';
import { clausesOf, sentencesOf } from '../../../src/coach/sentences';
import { detect } from './helpers';

function pieces(text: string, cut: (folded: string) => { start: number; end: number }[]): string[] {
  return cut(foldForMatching(text)).map((span) => text.slice(span.start, span.end));
}

describe('sentences', () => {
  it('end at marks, line breaks, and an emoji with more words after it', () => {
    expect(pieces('so sorry 💔 lmk if u need anything', sentencesOf)).toEqual([
      'so sorry 💔',
      'lmk if u need anything',
    ]);
    expect(pieces('Hi Sam!! How are you?\nthe build is green 🎉', sentencesOf)).toEqual([
      'Hi Sam!!',
      'How are you?',
      'the build is green 🎉',
    ]);
  });

  it('do not end inside a number, a file name or an abbreviation without a space', () => {
    expect(pieces('bumped node.js to 22.12 today. all good', sentencesOf)).toEqual([
      'bumped node.js to 22.12 today.',
      'all good',
    ]);
  });
});

describe('clauses', () => {
  it('cut at commas and spaced dashes, keeping a one-word clause with its neighbour', () => {
    const [sentence] = sentencesOf(foldForMatching('u doing alright, Ben?'));
    expect(sentence && clausesOf(foldForMatching('u doing alright, Ben?'), sentence)).toEqual([{ start: 0, end: 21 }]);
    const text = 'ugh so sorry - lmk if you need anything, seriously';
    const [whole] = sentencesOf(foldForMatching(text));
    expect(whole && clausesOf(foldForMatching(text), whole).map((span) => text.slice(span.start, span.end))).toEqual([
      'ugh so sorry',
      'lmk if you need anything, seriously',
    ]);
  });
});

describe('scoring a labelled file', () => {
  it('skips labels it cannot use and says why, instead of scoring them wrongly', () => {
    const file = readLabelled({
      language: 'en',
      drafts: [
        {
          text: 'lmk if u need anything',
          topic: 'support',
          expect: [{ kind: 'vague-offer', phrase: 'lmk if u need' }],
        },
        { text: 'cheer up!', topic: 'support', expect: [{ kind: 'cheering', phrase: 'cheer up' }] },
        { text: 'keep me posted', topic: 'support', expect: [{ kind: 'reply-pressure', phrase: 'not in it' }] },
      ],
    });
    expect(file.skipped).toHaveLength(2);
    expect([...file.incomplete]).toEqual([1, 2]);
    expect(file.drafts[0]?.expect).toEqual([{ kind: 'vague-offer', phrase: 'lmk if u need' }]);
  });

  it('counts per kind: a detection of the wrong kind is wrong for its own kind', () => {
    const { drafts } = readLabelled({
      language: 'en',
      drafts: [
        { text: 'so sorry. lmk if u need anything', topic: 'support', expect: [{ kind: 'advice', phrase: 'lmk' }] },
      ],
    });
    const result = score(drafts, (text) => detect(text).map((found) => ({ ...found, kind: 'vague-offer' as const })));
    expect(result.perKind.get('advice')).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(result.perKind.get('vague-offer')?.falsePositives).toBe(1);
  });
});
