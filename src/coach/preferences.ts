// What the user changed about the coach, as pure functions: each takes preferences and
// returns new ones, so the settings layer can store the result as it is.
import { isRecord } from '../guards';
import { phraseKey } from './fold';
import { isSilenceKey } from './silence';
import { type CoachPreferences, KINDS, type Kind, type PersonalRule } from './types';

export const DEFAULT_PREFERENCES: CoachPreferences = { disabledKinds: [], silenced: [], personalRules: [] };

export const PERSONAL_RULE_LIMITS = {
  phraseMin: 2,
  phraseMax: 80,
  suggestionMax: 200,
  suggestionsMax: 4,
  rules: 50,
  silenced: 500,
} as const;

export type RuleProblem =
  | 'not-a-rule'
  | 'phrase-too-short'
  | 'phrase-too-long'
  | 'phrase-needs-a-letter'
  | 'no-suggestions'
  | 'too-many-suggestions'
  | 'suggestion-empty'
  | 'suggestion-too-long'
  | 'suggestion-repeats-phrase'
  | 'too-many-rules';

export type RuleCheck = { ok: true; rule: PersonalRule } | { ok: false; problem: RuleProblem };

function phraseProblem(phrase: string): RuleProblem | undefined {
  if (phrase.length < PERSONAL_RULE_LIMITS.phraseMin) return 'phrase-too-short';
  if (phrase.length > PERSONAL_RULE_LIMITS.phraseMax) return 'phrase-too-long';
  if (!/\p{L}/u.test(phrase)) return 'phrase-needs-a-letter';
  return undefined;
}

function suggestionsProblem(suggestions: readonly string[], phrase: string): RuleProblem | undefined {
  if (suggestions.length === 0) return 'no-suggestions';
  if (suggestions.length > PERSONAL_RULE_LIMITS.suggestionsMax) return 'too-many-suggestions';
  const key = phraseKey(phrase);
  for (const suggestion of suggestions) {
    if (suggestion.length === 0) return 'suggestion-empty';
    if (suggestion.length > PERSONAL_RULE_LIMITS.suggestionMax) return 'suggestion-too-long';
    // Accepting such a rewrite would bring the same chip straight back.
    if (` ${phraseKey(suggestion)} `.includes(` ${key} `)) return 'suggestion-repeats-phrase';
  }
  return undefined;
}

/** A personal rule from anything (a form, stored data): trimmed and checked, or the reason it cannot be used. */
export function validatePersonalRule(input: unknown): RuleCheck {
  if (!isRecord(input) || typeof input.phrase !== 'string' || !Array.isArray(input.suggestions)) {
    return { ok: false, problem: 'not-a-rule' };
  }
  if (!input.suggestions.every((item): item is string => typeof item === 'string')) {
    return { ok: false, problem: 'not-a-rule' };
  }
  const phrase = input.phrase.replace(/\s+/g, ' ').trim();
  const suggestions = input.suggestions.map((suggestion) => suggestion.trim());
  const problem = phraseProblem(phrase) ?? suggestionsProblem(suggestions, phrase);
  return problem ? { ok: false, problem } : { ok: true, rule: { phrase, suggestions } };
}

/** Adds a rule, or replaces the rule for the same phrase. */
export function addPersonalRule(
  preferences: CoachPreferences,
  input: unknown,
): { ok: true; preferences: CoachPreferences } | { ok: false; problem: RuleProblem } {
  const check = validatePersonalRule(input);
  if (!check.ok) return check;
  const key = phraseKey(check.rule.phrase);
  const others = preferences.personalRules.filter((rule) => phraseKey(rule.phrase) !== key);
  if (others.length >= PERSONAL_RULE_LIMITS.rules) return { ok: false, problem: 'too-many-rules' };
  return { ok: true, preferences: { ...preferences, personalRules: [...others, check.rule] } };
}

export function removePersonalRule(preferences: CoachPreferences, phrase: string): CoachPreferences {
  const key = phraseKey(phrase);
  return { ...preferences, personalRules: preferences.personalRules.filter((rule) => phraseKey(rule.phrase) !== key) };
}

export function setKindEnabled(preferences: CoachPreferences, kind: Kind, enabled: boolean): CoachPreferences {
  const others = preferences.disabledKinds.filter((disabled) => disabled !== kind);
  return { ...preferences, disabledKinds: enabled ? others : [...others, kind] };
}

/**
 * Echt leaves this phrase alone from now on, in every draft: `key` is a detection's key
 * (silence.ts). Anything else changes nothing, so no other text can be stored this way.
 */
export function silence(preferences: CoachPreferences, key: string): CoachPreferences {
  if (!isSilenceKey(key) || preferences.silenced.includes(key)) return preferences;
  const kept = preferences.silenced.slice(-(PERSONAL_RULE_LIMITS.silenced - 1));
  return { ...preferences, silenced: [...kept, key] };
}

export function unsilence(preferences: CoachPreferences, key: string): CoachPreferences {
  return { ...preferences, silenced: preferences.silenced.filter((silenced) => silenced !== key) };
}

/** Stored preferences repaired field by field: whatever is unusable falls back to the default. */
export function repairPreferences(stored: unknown): CoachPreferences {
  if (!isRecord(stored)) return DEFAULT_PREFERENCES;
  const kinds: readonly string[] = [...KINDS, 'personal'];
  const disabledKinds = Array.isArray(stored.disabledKinds)
    ? stored.disabledKinds.filter((kind): kind is Kind => typeof kind === 'string' && kinds.includes(kind))
    : [];
  // Only keys: anything else could be words of a draft (see the settings' migration 2).
  const silenced = Array.isArray(stored.silenced) ? stored.silenced.filter(isSilenceKey) : [];
  const personalRules = Array.isArray(stored.personalRules)
    ? stored.personalRules.flatMap((rule) => {
        const check = validatePersonalRule(rule);
        return check.ok ? [check.rule] : [];
      })
    : [];
  return {
    disabledKinds: [...new Set(disabledKinds)],
    silenced: [...new Set(silenced)].slice(-PERSONAL_RULE_LIMITS.silenced),
    personalRules: personalRules.slice(0, PERSONAL_RULE_LIMITS.rules),
  };
}
