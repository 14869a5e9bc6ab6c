// Everything the coach knows about Dutch (and Flemish), as one plain object: rules,
// wording, and the model with its thresholds as `npm run train:coach` wrote them, prepared
// for the engine.
import type { LanguageData } from '../knowledge';
import { prepareLanguage } from '../prepare';
import trained from './nl-model.json';
import { NL_RULES } from './nl-rules';
import { NL_WORDING } from './nl-wording';
import { SHARED } from './shared';

/** Drafts a page reads while idle, so its first look finds everything compiled: most kinds, a name, an occasion, an emoji. */
const SAMPLES = [
  'Hoi Sanne, wat erg van de begrafenis. Je moet gewoon rusten, het is tenminste voorbij. Laat maar weten als ik iets kan doen!',
  'hey, hoe gaat het? dat had ik vorig jaar ook. laat je snel iets weten? laat maar, ik red me wel 🙏',
];

/**
 * Built when asked, not when the module loads: a bundle that imports the coach without
 * asking for its knowledge then leaves the model out.
 */
export function nlData(): LanguageData {
  const { model, thresholds } = trained;
  const source = { locale: 'nl', rules: NL_RULES, wording: NL_WORDING, model, thresholds, samples: SAMPLES } as const;
  return prepareLanguage(source, SHARED);
}
