// Everything the coach knows about English, as one plain object: rules, wording, and the
// model with its thresholds as `npm run train:coach` wrote them, prepared for the engine.
import type { LanguageData } from '../knowledge';
import { prepareLanguage } from '../prepare';
import trained from './en-model.json';
import { EN_RULES } from './en-rules';
import { EN_WORDING } from './en-wording';
import { SHARED } from './shared';

/** Drafts a page reads while idle, so its first look finds everything compiled: most kinds, a name, an occasion, an emoji. */
const SAMPLES = [
  'Hi Dana, so sorry to hear about the funeral. You should just rest, at least it is over now. Let me know if you need anything!',
  'hey, how are you? same thing happened to me last year. no rush, but please reply soon. never mind, I will manage 🙏',
];

/**
 * Built when asked, not when the module loads: a bundle that imports the coach without
 * asking for its knowledge then leaves the model out.
 */
export function enData(): LanguageData {
  const { model, thresholds } = trained;
  const source = { locale: 'en', rules: EN_RULES, wording: EN_WORDING, model, thresholds, samples: SAMPLES } as const;
  return prepareLanguage(source, SHARED);
}
