// Everything the coach knows about Dutch (and Flemish), as one plain object: rules,
// wording, and the model with its thresholds as `npm run train:coach` wrote them, prepared
// for the engine.
import type { LanguageData } from '../knowledge';
import { prepareLanguage } from '../prepare';
import trained from './nl-model.json';
import { NL_RULES } from './nl-rules';
import { NL_WORDING } from './nl-wording';
import { SHARED } from './shared';

/**
 * Built when asked, not when the module loads: a bundle that imports the coach without
 * asking for its knowledge then leaves the model out.
 */
export function nlData(): LanguageData {
  const { model, thresholds } = trained;
  return prepareLanguage({ locale: 'nl', rules: NL_RULES, wording: NL_WORDING, model, thresholds }, SHARED);
}
