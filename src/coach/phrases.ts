// The phrase deck with the built-in wording, for the popup and the reminders.
import { coachData } from './data';
import { compileWording } from './rewrites';
import type { Locale, Situation } from './types';

/** Lines for the phrase deck, in `locale`, addressed to `name` where a line has room for it. */
export function phrasesFor(situation: Situation, locale: Locale, name?: string): string[] {
  return compileWording(coachData(locale).wording).deck(situation, name);
}
