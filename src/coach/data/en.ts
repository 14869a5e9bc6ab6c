// Everything the coach knows about English, as one plain object: rules, wording, and the
// model with its thresholds as `npm run train:coach` wrote them, prepared for the engine.
import type { LanguageData } from '../knowledge';
import { prepareLanguage } from '../prepare';
import trained from './en-model.json';
import { EN_RULES } from './en-rules';
import { EN_WORDING } from './en-wording';
import { SHARED } from './shared';

/**
 * Built when asked, not when the module loads: a bundle that imports the coach without
 * asking for its knowledge then leaves the model out.
 */
export function enData(): LanguageData {
  const { model, thresholds } = trained;
  return prepareLanguage({ locale: 'en', rules: EN_RULES, wording: EN_WORDING, model, thresholds }, SHARED);
}
