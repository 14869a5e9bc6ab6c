// Everything the coach knows about Dutch (and Flemish), as one plain object: rules,
// wording, and the model with its thresholds as `npm run train:coach` wrote them.
import type { LanguageData } from '../knowledge';
import trained from './nl-model.json';
import { NL_RULES } from './nl-rules';
import { NL_WORDING } from './nl-wording';

export const NL: LanguageData = { locale: 'nl', rules: NL_RULES, wording: NL_WORDING, ...trained };
