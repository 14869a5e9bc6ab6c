// Everything the coach knows about English, as one plain object: rules, wording, and the
// model with its thresholds as `npm run train:coach` wrote them.
import type { LanguageData } from '../knowledge';
import trained from './en-model.json';
import { EN_RULES } from './en-rules';
import { EN_WORDING } from './en-wording';

/**
 * Built when asked, not when the module loads: a bundle that imports the coach without
 * asking for its knowledge (the options page) then leaves the model out.
 */
export function enData(): LanguageData {
  return { locale: 'en', rules: EN_RULES, wording: EN_WORDING, model: trained.model, thresholds: trained.thresholds };
}
