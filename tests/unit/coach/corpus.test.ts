// detect() on every labelled draft: precision and recall per language, the confusion
// between kinds, and the shape of the corpus itself.
import { describe, expect, it } from 'vitest';
import { CORPUS, confusionTable, score, WORK_TOPICS } from './corpus';
import { detect, LOCALES } from './helpers';

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;

describe('the labelled corpus', () => {
  const all = LOCALES.flatMap((locale) => CORPUS[locale]);

  it('holds at least 400 drafts, at least 40% of them hard negatives from work chat', () => {
    const hardNegatives = all.filter((draft) => draft.expect.length === 0 && WORK_TOPICS.includes(draft.topic));
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(hardNegatives.length / all.length).toBeGreaterThanOrEqual(0.4);
    for (const locale of LOCALES) expect(CORPUS[locale].length).toBeGreaterThanOrEqual(200);
  });

  it('labels only phrases that occur in their draft', () => {
    for (const draft of all) {
      for (const expected of draft.expect) expect(draft.text, expected.phrase).toContain(expected.phrase);
    }
  });
});

describe.each(LOCALES)('detect() on the %s corpus', (locale) => {
  const drafts = CORPUS[locale];
  const result = score(drafts, (text) => detect(text));

  it(`finds phrases with precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    console.log(
      `\n${locale}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} ` +
        `(${result.truePositives} found, ${result.falsePositives} wrongly, ${result.falseNegatives} missed)\n` +
        `${confusionTable(result.confusion)}\n${result.misses.join('\n')}`,
    );
    expect(result.precision, result.misses.join('\n')).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(result.recall, result.misses.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('reads every draft in its own language without being told', () => {
    for (const draft of drafts) {
      for (const detection of detect(draft.text)) expect(detection.locale, draft.text).toBe(locale);
    }
  });

  it('reports each phrase exactly as it stands in the draft', () => {
    for (const draft of drafts) {
      for (const detection of detect(draft.text)) {
        expect(draft.text.slice(detection.start, detection.end)).toBe(detection.phrase);
      }
    }
  });
});
