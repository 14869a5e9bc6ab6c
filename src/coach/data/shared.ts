// What every language's knowledge carries alike: the small words that tell English and
// Dutch (with Flemish) apart, and how a draft greets someone by name. Plain data, as the
// engine receives it.
import type { SharedKnowledge } from '../knowledge';
import { anyOf } from '../prepare';
import { wordList } from './work';

const ENGLISH = wordList(
  "the you your you'?re i'?m i'?ll it'?s are and to of it that this what how my for with if just know let " +
    "can need have don'?t not be so hi thanks anything really i will would could should please about at there " +
    "hru lmk nvm least good morning everyone hello thank thx our we'?re anyone ur",
);

const DUTCH = wordList(
  "de het een ik je jij jou mijn m'n en van dat die niet met voor op maar wel ook als er nog even ff gewoon " +
    'hoe gaat ie wat kan moet hoi dank zijn heb ben zo toch echt alles goed laat joh hoor iets kop zeg te wil ' +
    'geen red ge gij da nie allez amai zenne efkes ne nen ewa goeiemorgen goedemorgen iedereen merci',
);

const GREETINGS = wordList(
  'hi hey hello hiya heya dear morning good_morning hoi hallo hai hee goedemorgen goeiemorgen goedemiddag ' +
    'beste lieve ha yo',
);

export const SHARED: SharedKnowledge = {
  markers: { en: anyOf(ENGLISH), nl: anyOf(DUTCH) },
  greeting: `^[\\s"']*(?:${GREETINGS.join('|')})\\b[ ,]*`,
  // Words that follow a greeting but greet a group, not a person.
  notNames: wordList(
    "team all everyone everybody there guys folks both you y allemaal iedereen jullie daar jij lieverd schat collega collegas collega's",
  ),
};
