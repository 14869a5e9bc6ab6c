// The committed model files are what `npm run train:coach` makes from the committed corpus,
// rules and wording: the weights byte for byte, and the thresholds calibrated from them.
// Training runs here in full, one model per cross-writer fold and the final one (two or three
// minutes per language on a quiet machine, several times that on a busy one: hence the long
// timeout), so a changed corpus, rule or setting without a retrain fails this test.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ModelFile, trainLanguage } from '../../../scripts/coach/pipeline';
import { LOCALES } from './helpers';

const DATA = resolve(import.meta.dirname, '../../../src/coach/data');

function committed(locale: string): ModelFile {
  return JSON.parse(readFileSync(resolve(DATA, `${locale}-model.json`), 'utf8')) as ModelFile;
}

describe.each(LOCALES)('the committed %s model', (locale) => {
  it('is what the training script makes from the committed corpus', { timeout: 1_200_000 }, () => {
    const made = trainLanguage(locale).file;
    const file = committed(locale);
    // The bytes first: a mismatch in a 300 KB string would print unreadably.
    expect(made.model.weights === file.model.weights, 'weights differ: run npm run train:coach').toBe(true);
    expect(made.model.evidence).toEqual(file.model.evidence);
    expect({ ...made.model, weights: '', evidence: [] }).toEqual({ ...file.model, weights: '', evidence: [] });
    expect(made.thresholds).toEqual(file.thresholds);
  });
});
