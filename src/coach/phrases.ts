// The phrase deck with the built-in wording, for the popup and the reminders. It imports
// the deck alone, so a page that shows it carries neither the model nor the coach's offers.
import { EN_DECK } from './data/en-deck';
import { NL_DECK } from './data/nl-deck';
import { withName } from './names';
import type { Locale, Situation } from './types';

const DECK = { en: EN_DECK, nl: NL_DECK };

/** Lines for the phrase deck, in `locale`, addressed to `name` where a line has room for it. */
export function phrasesFor(situation: Situation, locale: Locale, name?: string): string[] {
  return DECK[locale][situation].map((line) => withName(line, name));
}
