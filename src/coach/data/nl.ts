// Everything the coach knows about Dutch (and Flemish), as one plain object: rules,
// wording, and the model with its thresholds as `npm run train:coach` wrote them.
import type { LanguageData } from '../knowledge';
import trained from './nl-model.json';
import { NL_RULES } from './nl-rules';
import { NL_WORDING } from './nl-wording';

/**
 * Built when asked, not when the module loads: a bundle that imports the coach without
 * asking for its knowledge (the options page) then leaves the model out.
 */
export function nlData(): LanguageData {
  return { locale: 'nl', rules: NL_RULES, wording: NL_WORDING, model: trained.model, thresholds: trained.thresholds };
}
