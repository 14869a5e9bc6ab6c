// Which language a draft is in, from the small words every sentence is made of. Words the
// two languages share ("is", "was", "we", "in", "me") count for neither.
import { foldForMatching } from './fold';
import type { Locale } from './types';

const ENGLISH = (
  "the you your you'?re i'?m i'?ll it'?s are and to of it that this what how my for with if just know let " +
  "can need have don'?t not be so hi thanks anything really i will would could should please about at there " +
  "hru lmk nvm least good morning everyone hello thank thx our we'?re anyone ur"
).split(' ');

const DUTCH = (
  "de het een ik je jij jou mijn m'n en van dat die niet met voor op maar wel ook als er nog even ff gewoon " +
  'hoe gaat ie wat kan moet hoi dank zijn heb ben zo toch echt alles goed laat joh hoor iets kop zeg te wil ' +
  'geen red ge gij da nie allez amai zenne efkes ne nen ewa goeiemorgen goedemorgen iedereen merci'
).split(' ');

const ENGLISH_WORDS = new RegExp(`\\b(?:${ENGLISH.join('|')})\\b`, 'g');
const DUTCH_WORDS = new RegExp(`\\b(?:${DUTCH.join('|')})\\b`, 'g');

/** Enough of a long draft to tell its language; chat drafts rarely switch halfway. */
const SAMPLE = 300;

function votes(sample: string, words: RegExp): number {
  return sample.match(words)?.length ?? 0;
}

let lastSample = '';
let lastLocales: readonly Locale[] = ['en', 'nl'];

/** The languages to read a draft in, most likely first; both when it cannot tell. */
export function candidateLocales(text: string): readonly Locale[] {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // While the user types past the sample, the answer cannot change.
  if (sample === lastSample) return lastLocales;
  const folded = foldForMatching(sample);
  const en = votes(folded, ENGLISH_WORDS);
  const nl = votes(folded, DUTCH_WORDS);
  lastSample = sample;
  lastLocales = en > nl ? ['en'] : nl > en ? ['nl'] : ['en', 'nl'];
  return lastLocales;
}

/** The language a draft is most likely written in; English when it cannot tell. */
export function guessLocale(text: string): Locale {
  return candidateLocales(text)[0] ?? 'en';
}
