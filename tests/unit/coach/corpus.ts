// The hand-labelled corpus in tests/fixtures/coach, read with the same reader and scored
// with the same function as `npm run score:coach`.

import type { Draft } from '../../../scripts/coach/scoring';
import { readLabelled } from '../../../scripts/coach/scoring';
import type { Locale } from '../../../src/coach';
import en from '../../fixtures/coach/en.json';
import nl from '../../fixtures/coach/nl.json';

export { confusionTable, type Draft, score, WORK_TOPICS } from '../../../scripts/coach/scoring';

function drafts(json: unknown, source: string): readonly Draft[] {
  const file = readLabelled(json, source);
  if (file.skipped.length > 0) throw new Error(`Unusable labels in ${source}:\n${file.skipped.join('\n')}`);
  return file.drafts;
}

export const CORPUS: Readonly<Record<Locale, readonly Draft[]>> = {
  en: drafts(en, 'en.json'),
  nl: drafts(nl, 'nl.json'),
};
