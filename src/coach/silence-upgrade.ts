// Silences stored before keys existed were the clause the highlight covered, words of the
// user's draft included ("let me know if you need anything for the funeral plans").
// Each is read by the coach once more and becomes the keys of what it finds there; what it
// finds nothing in is dropped. Run once, by the settings' migration (settings/chat.ts), and
// only where an old value is met: the engine is loaded then, and the knowledge read from the
// package (`knowledge`), so no bundle carries the knowledge for it.
import { createCoach } from './engine';
import type { LanguageData } from './knowledge';
import { validatePersonalRule } from './preferences';
import { isSilenceKey } from './silence';
import type { Locale } from './types';

/**
 * A sentence that shows a hard time, put before the old phrase: the phrase was flagged in
 * its draft, and rules that count only beside a hard time must find it again alone.
 */
const HARD_TIME: Readonly<Record<Locale, string>> = { en: 'So sorry to hear that.', nl: 'Wat erg om te horen.' };

/**
 * The keys for old silenced phrases; `rules` are the stored personal rules, as they were
 * stored. Without the knowledge (it could not be read) only what already is a key is kept:
 * an old phrase is dropped rather than kept as the user's words.
 */
export async function keysFromPhrases(
  phrases: unknown,
  rules: unknown,
  knowledge: (locale: Locale) => Promise<LanguageData>,
): Promise<string[]> {
  if (!Array.isArray(phrases)) return [];
  const keys = new Set(phrases.filter(isSilenceKey));
  const old = phrases.filter((phrase): phrase is string => typeof phrase === 'string' && !isSilenceKey(phrase));
  if (old.length === 0) return [...keys];
  const coach = await Promise.all([knowledge('en'), knowledge('nl')]).then(
    ([en, nl]) => createCoach({ en, nl }),
    () => undefined,
  );
  if (!coach) return [...keys];
  const personalRules = (Array.isArray(rules) ? rules : []).flatMap((rule) => {
    const check = validatePersonalRule(rule);
    return check.ok ? [check.rule] : [];
  });
  for (const phrase of old) {
    // Read in its own language only: the model, reading English as Dutch, would find a
    // phrase of the wrong kind there and key it by the few words the languages share.
    const locale = coach.localesOf(phrase)[0] ?? 'en';
    for (const detection of coach.detect(`${HARD_TIME[locale]} ${phrase}`, { locale, personalRules })) {
      keys.add(detection.key);
    }
  }
  return [...keys];
}
