// Silences stored before keys existed were the clause the highlight covered, words of the
// user's draft included ("let me know if you need anything for the funeral plans").
// Each is read by the rules once more and becomes the keys of what they find there; what
// they find nothing in is dropped. Run once, by the settings' migration (settings/chat.ts),
// so the detector is loaded only where an old value is met.
import { detect } from './detect';
import { validatePersonalRule } from './preferences';
import { isSilenceKey } from './silence';
import type { Locale } from './types';

/**
 * A sentence that shows a hard time, put before the old phrase: the phrase was flagged in
 * its draft, and rules that count only beside a hard time must find it again alone.
 */
const HARD_TIME: Readonly<Record<Locale, string>> = { en: 'So sorry to hear that.', nl: 'Wat erg om te horen.' };

/** The keys for old silenced phrases; `rules` are the stored personal rules, as they were stored. */
export function keysFromPhrases(phrases: unknown, rules: unknown): string[] {
  if (!Array.isArray(phrases)) return [];
  const personalRules = (Array.isArray(rules) ? rules : []).flatMap((rule) => {
    const check = validatePersonalRule(rule);
    return check.ok ? [check.rule] : [];
  });
  const keys = new Set<string>();
  for (const phrase of phrases) {
    if (isSilenceKey(phrase)) keys.add(phrase);
    if (typeof phrase !== 'string' || isSilenceKey(phrase)) continue;
    for (const locale of ['en', 'nl'] as const) {
      for (const detection of detect(`${HARD_TIME[locale]} ${phrase}`, { locale, personalRules })) {
        keys.add(detection.key);
      }
    }
  }
  return [...keys];
}
