// The phrase deck with the built-in wording, for the popup and the reminders. It imports
// the wording alone, so a page that shows the deck does not carry the model.
import { EN_WORDING } from './data/en-wording';
import { NL_WORDING } from './data/nl-wording';
import { withName } from './names';
import type { Locale, Situation } from './types';

const WORDING = { en: EN_WORDING, nl: NL_WORDING };

/** Lines for the phrase deck, in `locale`, addressed to `name` where a line has room for it. */
export function phrasesFor(situation: Situation, locale: Locale, name?: string): string[] {
  return WORDING[locale].deck[situation].map((line) => withName(line, name));
}
