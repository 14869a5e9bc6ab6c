// Which language a draft is in, from the small words every sentence is made of (the
// knowledge's `shared.markers`). Words the two languages share ("is", "was", "we", "in",
// "me") count for neither.
import { foldForMatching } from './fold';
import type { Locale } from './types';

/** Enough of a long draft to tell its language; chat drafts rarely switch halfway. */
const SAMPLE = 300;

/** The languages to read a draft in, most likely first; both when it cannot tell. */
export type LocaleGuess = (text: string) => readonly Locale[];

export function guessLocales(markers: Readonly<Record<Locale, string>>): LocaleGuess {
  const english = new RegExp(markers.en, 'g');
  const dutch = new RegExp(markers.nl, 'g');
  let lastSample = '';
  let lastLocales: readonly Locale[] = ['en', 'nl'];
  return (text) => {
    const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
    // While the user types past the sample, the answer cannot change.
    if (sample === lastSample) return lastLocales;
    const folded = foldForMatching(sample);
    const en = folded.match(english)?.length ?? 0;
    const nl = folded.match(dutch)?.length ?? 0;
    lastSample = sample;
    lastLocales = en > nl ? ['en'] : nl > en ? ['nl'] : ['en', 'nl'];
    return lastLocales;
  };
}
