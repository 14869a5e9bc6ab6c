// What the user changes: kinds off, phrases silenced, personal rules matched literally.
import { describe, expect, it } from 'vitest';
import {
  addPersonalRule,
  type CoachPreferences,
  DEFAULT_PREFERENCES,
  PERSONAL_RULE_LIMITS,
  removePersonalRule,
  repairPreferences,
  setKindEnabled,
  silence,
  unsilence,
  validatePersonalRule,
} from '../../../src/coach';
import { detect, found } from './helpers';

const DRAFT = 'Hi Sam, how are you? So sorry about your mum. Let me know if you need anything!';

function frozen(preferences: CoachPreferences): CoachPreferences {
  return Object.freeze({
    disabledKinds: Object.freeze([...preferences.disabledKinds]),
    silenced: Object.freeze([...preferences.silenced]),
    personalRules: Object.freeze([...preferences.personalRules]),
  });
}

describe('turning a kind off', () => {
  it('drops that kind and keeps the others', () => {
    const preferences = setKindEnabled(frozen(DEFAULT_PREFERENCES), 'vague-offer', false);
    expect(found(DRAFT, preferences)).toEqual([['shallow-checkin', 'how are you?']]);
    expect(found(DRAFT, setKindEnabled(preferences, 'vague-offer', true))).toHaveLength(2);
  });

  it('does not change the preferences it was given', () => {
    const before = frozen(DEFAULT_PREFERENCES);
    setKindEnabled(before, 'advice', false);
    expect(before.disabledKinds).toEqual([]);
  });
});

/** The key of the one detection of `kind` in `text`. */
function keyOf(text: string, kind: string): string {
  const detection = detect(text).find((found) => found.kind === kind);
  if (!detection) throw new Error(`no ${kind} in "${text}"`);
  return detection.key;
}

describe('silencing one phrase', () => {
  const FUNERAL = 'So sorry. Let me know if you need anything for the funeral plans tomorrow.';

  it('remembers the rule and its own words, never the rest of the draft', () => {
    const key = keyOf(FUNERAL, 'vague-offer');
    expect(key).toBe('vague-offer:let me know if you need anything');
    const preferences = silence(frozen(DEFAULT_PREFERENCES), key);
    expect(preferences.silenced).toEqual([key]);
    expect(JSON.stringify(preferences)).not.toMatch(/funeral|plans|tomorrow|sorry/);
  });

  it('keeps the same phrase silent in every later draft, and nothing else', () => {
    const preferences = silence(frozen(DEFAULT_PREFERENCES), keyOf(FUNERAL, 'vague-offer'));
    expect(found(DRAFT, preferences)).toEqual([['shallow-checkin', 'how are you?']]);
    expect(found('LET ME KNOW  if you need anything with the move!', preferences)).toEqual([]);
    expect(found('Ping me if you need anything', preferences)).toEqual([
      ['vague-offer', 'Ping me if you need anything'],
    ]);
  });

  it('stores nothing that is not a key', () => {
    const before = frozen(DEFAULT_PREFERENCES);
    for (const text of [FUNERAL, 'Let me know if you need anything', 'bogus:let me know', 'vague-offer:', 7]) {
      expect(silence(before, text as string)).toBe(before);
    }
    expect(silence(before, `vague-offer:${'word '.repeat(60)}word`)).toBe(before);
  });

  it('can be undone', () => {
    const key = keyOf('how are you?', 'shallow-checkin');
    const silenced = silence(DEFAULT_PREFERENCES, key);
    expect(found('How are you?', silenced)).toEqual([]);
    expect(found('How are you?', unsilence(silenced, key))).toHaveLength(1);
  });

  it('remembers a phrase once', () => {
    const twice = silence(
      silence(DEFAULT_PREFERENCES, keyOf('hru', 'shallow-checkin')),
      keyOf('HRU!', 'shallow-checkin'),
    );
    expect(twice.silenced).toEqual(['shallow-checkin:hru']);
  });
});

describe('personal rules', () => {
  const rule = { phrase: 'no worries', suggestions: ['Thanks for telling me.'] };

  it('offers the user their own words, in place of a built-in rule where they overlap', () => {
    const added = addPersonalRule(frozen(DEFAULT_PREFERENCES), {
      phrase: 'let me know if you need anything',
      suggestions: ['I’ll bring soup on [day].'],
    });
    expect(added.ok).toBe(true);
    const preferences = added.ok ? added.preferences : DEFAULT_PREFERENCES;
    const personal = detect(DRAFT, preferences).filter((detection) => detection.kind === 'personal');
    expect(personal.map((detection) => [detection.phrase, detection.suggestions])).toEqual([
      ['Let me know if you need anything', ['I’ll bring soup on [day].']],
    ]);
    expect(found(DRAFT, preferences).map(([kind]) => kind)).toEqual(['shallow-checkin', 'personal']);
  });

  it('matches the phrase literally, never as a pattern', () => {
    const literal = { phrase: 'a.b (c)*', suggestions: ['x'] };
    expect(found('so a.b (c)* then', { personalRules: [literal] })).toEqual([['personal', 'a.b (c)*']]);
    expect(found('so axb (c) then', { personalRules: [literal] })).toEqual([]);
    const greedy = { phrase: '(a+)+$', suggestions: ['x'] };
    expect(found('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', { personalRules: [greedy] })).toEqual([]);
    expect(found('see (a+)+$ here', { personalRules: [greedy] })).toEqual([['personal', '(a+)+$']]);
  });

  it('matches whole words, ignoring case, curly quotes and spacing', () => {
    expect(found('No  Worries, really', { personalRules: [rule] })).toEqual([['personal', 'No  Worries']]);
    const dont = { phrase: "don't worry", suggestions: ['x'] };
    expect(found('Don’t worry!', { personalRules: [dont] })).toEqual([['personal', 'Don’t worry']]);
    const just = { phrase: 'just', suggestions: ['x'] };
    expect(found('justice for all', { personalRules: [just] })).toEqual([]);
  });

  it('can be switched off with the other kinds', () => {
    expect(found('no worries', { personalRules: [rule], disabledKinds: ['personal'] })).toEqual([]);
  });

  it('replaces the rule for the same phrase, and can be removed', () => {
    const first = addPersonalRule(DEFAULT_PREFERENCES, rule);
    const base = first.ok ? first.preferences : DEFAULT_PREFERENCES;
    const second = addPersonalRule(base, { phrase: 'No Worries', suggestions: ['Thank you!'] });
    const replaced = second.ok ? second.preferences : base;
    expect(replaced.personalRules).toEqual([{ phrase: 'No Worries', suggestions: ['Thank you!'] }]);
    expect(removePersonalRule(replaced, 'no worries').personalRules).toEqual([]);
  });

  it('keeps at most the allowed number of rules', () => {
    let preferences: CoachPreferences = DEFAULT_PREFERENCES;
    for (let i = 0; i < PERSONAL_RULE_LIMITS.rules; i++) {
      const next = addPersonalRule(preferences, { phrase: `phrase ${i}`, suggestions: ['x'] });
      if (next.ok) preferences = next.preferences;
    }
    expect(preferences.personalRules).toHaveLength(PERSONAL_RULE_LIMITS.rules);
    expect(addPersonalRule(preferences, { phrase: 'one more', suggestions: ['x'] })).toEqual({
      ok: false,
      problem: 'too-many-rules',
    });
  });
});

describe('validatePersonalRule()', () => {
  it('trims what the user typed', () => {
    expect(validatePersonalRule({ phrase: '  no   worries ', suggestions: [' Thanks! '] })).toEqual({
      ok: true,
      rule: { phrase: 'no worries', suggestions: ['Thanks!'] },
    });
  });

  it.each([
    [{ phrase: 'x', suggestions: ['y'] }, 'phrase-too-short'],
    [{ phrase: 'x'.repeat(81), suggestions: ['y'] }, 'phrase-too-long'],
    [{ phrase: '?!?!', suggestions: ['y'] }, 'phrase-needs-a-letter'],
    [{ phrase: 'no worries', suggestions: [] }, 'no-suggestions'],
    [{ phrase: 'no worries', suggestions: ['a', 'b', 'c', 'd', 'e'] }, 'too-many-suggestions'],
    [{ phrase: 'no worries', suggestions: ['  '] }, 'suggestion-empty'],
    [{ phrase: 'no worries', suggestions: ['y'.repeat(201)] }, 'suggestion-too-long'],
    [{ phrase: 'no worries', suggestions: ['Oh, no worries at all'] }, 'suggestion-repeats-phrase'],
    [{ phrase: 'no worries', suggestions: [42] }, 'not-a-rule'],
    ['no worries', 'not-a-rule'],
    [null, 'not-a-rule'],
  ])('refuses %j: %s', (input, problem) => {
    expect(validatePersonalRule(input)).toEqual({ ok: false, problem });
  });
});

describe('repairPreferences()', () => {
  it('falls back to the defaults for anything unusable', () => {
    expect(repairPreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(repairPreferences('junk')).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps what is valid, field by field', () => {
    const repaired = repairPreferences({
      disabledKinds: ['advice', 'nonsense', 7, 'advice'],
      silenced: ['How are you?', 3, '', 'shallow-checkin:how are you', 'advice:Cheer  Up'],
      personalRules: [{ phrase: 'no worries', suggestions: ['Thanks!'] }, { phrase: 'x' }],
    });
    expect(repaired).toEqual({
      disabledKinds: ['advice'],
      silenced: ['shallow-checkin:how are you'],
      personalRules: [{ phrase: 'no worries', suggestions: ['Thanks!'] }],
    });
  });

  it('ignores unusable personal rules passed straight to detect()', () => {
    const junk = [{ phrase: 'x', suggestions: [] }] as unknown as CoachPreferences['personalRules'];
    expect(detect('x marks the spot', { personalRules: junk })).toEqual([]);
  });
});
