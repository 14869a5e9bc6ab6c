// Silence keys, the contract between the coach and the settings that store them: a key
// holds the kind and only words Echt itself ships (a rule's own matched words, or for a
// phrase the model found alone, words of Echt's public lexicon), never a word only the
// user's draft brought; and `detect` leaves out whatever a stored key names, in any draft.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coachData, type Detection, isSilenceKey, type Locale, SILENCE_KEY_MAX } from '../../../src/coach';
import { EN_RULES } from '../../../src/coach/data/en-rules';
import { EN_WORDING } from '../../../src/coach/data/en-wording';
import { foldForMatching } from '../../../src/coach/fold';
import { phraseLexicon, prepareRules } from '../../../src/coach/prepare';
import { compileRules } from '../../../src/coach/rules/compile';
import { detect, LOCALES } from './helpers';

const keyOf = (text: string, kind?: string): string | undefined =>
  detect(text).find((detection) => kind === undefined || detection.kind === kind)?.key;

const wordsOf = (key: string): string[] => key.slice(key.indexOf(':') + 1).split(' ');

describe('the key of a phrase a rule found', () => {
  it("holds the rule's own matched words, never the rest of the clause the underline covers", () => {
    const [offer] = detect('Let me know if you need anything this week, Sam.');
    expect(offer?.phrase).toBe('Let me know if you need anything this week');
    expect(offer?.key).toBe('vague-offer:let me know if you need anything');
  });

  it('is the same however the phrase is written or whatever surrounds it', () => {
    const key = 'vague-offer:let me know if you need anything';
    expect(keyOf('So sorry about your mum. LET ME KNOW  if you need anything at all for the kids!')).toBe(key);
    expect(keyOf('Hi Sam, how are you? So sorry. Let me know if you need anything!', 'vague-offer')).toBe(key);
    expect(keyOf('Laat het weten als ik iets kan doen!')).toBe('vague-offer:laat het weten als ik iets kan doen');
  });

  it('joins the words of two rules whose phrases are read as one', () => {
    expect(keyOf('Ugh, my cat died. Cheer up, at least you still have the dog.', 'minimizing')).toBe(
      'minimizing:cheer up at least you',
    );
  });
});

describe('the key of a phrase the model found without a rule', () => {
  it("holds only words of Echt's public lexicon, in draft order, six at most", () => {
    // "Dani" is in the underline; no rule matches "here if u need me".
    expect(keyOf('oh no Dani :( here if u need me')).toBe('vague-offer:no here if u need me');
    // The underline is the last clause or, where the model reads both as minimising, the
    // whole sentence: six lexicon words at most, "jong" and "examen" left out either way.
    expect(['minimizing:je hebt nog alle tijd', 'minimizing:je bent nog je hebt nog']).toContain(
      keyOf('Zo jammer van je examen. Je bent nog jong, je hebt nog alle tijd!'),
    );
  });
});

describe('the key of a personal rule', () => {
  it('is its phrase, folded', () => {
    const rule = { phrase: 'No worries!', suggestions: ['Thanks for telling me.'] };
    expect(detect('no  WORRIES at all', { personalRules: [rule] })[0]?.key).toBe('personal:no worries');
  });
});

interface CorpusFile {
  drafts: { text: string }[];
}

function corpusDrafts(language: Locale): string[] {
  const path = resolve(import.meta.dirname, `../../fixtures/coach/chat/${language}.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as CorpusFile).drafts.map((draft) => draft.text);
}

describe.each(LOCALES)('every key in the %s chat corpus', (language) => {
  const lexicon = new Set(coachData(language).lexicon);
  const detections: Detection[] = corpusDrafts(language).flatMap((text) => detect(text, { locale: language }));

  it('holds only words Echt ships, whatever the user wrote around them', () => {
    expect(detections.length).toBeGreaterThan(1000);
    const foreign = detections.flatMap((detection) =>
      wordsOf(detection.key)
        .filter((word) => word !== '' && !lexicon.has(word))
        .map((word) => `${detection.key} (${word})`),
    );
    expect(foreign).toEqual([]);
  });

  it('is a well-formed key within the length the settings accept', () => {
    const keyed = detections.filter((detection) => !detection.key.endsWith(':'));
    // A phrase without one word of the lexicon gets an empty key, which cannot be stored.
    expect(keyed.length / detections.length).toBeGreaterThan(0.98);
    expect(keyed.filter((detection) => !isSilenceKey(detection.key)).map((detection) => detection.key)).toEqual([]);
    expect(Math.max(...detections.map((detection) => detection.key.length))).toBeLessThanOrEqual(SILENCE_KEY_MAX);
  });

  it('holds only words of the phrase underlined, in their order there', () => {
    // A rule may end inside a word ("why aren't you answer|ing"): its key holds what it matched.
    const outOfPlace = detections.filter((detection) => {
      const words = foldForMatching(detection.phrase)
        .split(/[^\p{L}\p{N}']+/u)
        .map((word) => word.replaceAll("'", ''));
      let at = 0;
      for (const word of wordsOf(detection.key)) {
        if (word === '') continue;
        at = words.findIndex((typed, index) => index >= at && typed.startsWith(word)) + 1;
        if (at === 0) return true;
      }
      return false;
    });
    expect(outOfPlace.map((detection) => [detection.phrase, detection.key])).toEqual([]);
  });
});

describe('the lexicon', () => {
  it('is made of the rules and the wording, not the occasions a draft may name', () => {
    const lexicon = new Set(phraseLexicon(EN_RULES.phrases, EN_WORDING));
    expect(lexicon.has('anything')).toBe(true);
    expect(lexicon.has('plate')).toBe(true);
    expect(lexicon.has('funeral')).toBe(false);
    expect(lexicon.has('dont')).toBe(true);
    // Compiled rules carry their own words for their keys.
    const rules = compileRules(prepareRules(EN_RULES));
    expect(rules.rules.matchAt('lmk if you need anything', 0)?.owner.literals.has('lmk')).toBe(true);
  });
});

describe('detect with silenced keys', () => {
  it('leaves out the silenced phrase in any later draft, and nothing else', () => {
    const silenced = ['vague-offer:let me know if you need anything'];
    expect(detect('So sorry about your mum. Let me know if you need anything!', { silenced })).toEqual([]);
    expect(detect('Moving is a lot. let me know if you need anything for the boxes', { silenced })).toEqual([]);
    expect(detect('So sorry about your mum. Ping me if you need anything!', { silenced })).toHaveLength(1);
    expect(detect('Hi Sam, how are you?', { silenced }).map((detection) => detection.kind)).toEqual([
      'shallow-checkin',
    ]);
  });

  it('leaves out a phrase the model found, and a personal rule, by their keys', () => {
    expect(detect('oh no Dani :( here if u need me', { silenced: ['vague-offer:no here if u need me'] })).toEqual([]);
    expect(detect('oh no Sam :( here if u need me', { silenced: ['vague-offer:no here if u need me'] })).toEqual([]);
    const personalRules = [{ phrase: 'no worries', suggestions: ['Thanks for telling me.'] }];
    expect(detect('No worries!', { personalRules, silenced: ['personal:no worries'] })).toEqual([]);
  });

  it('no longer leaves out a phrase by the words the user typed', () => {
    // Keys only: a stored draft phrase (as older versions kept) silences nothing.
    expect(
      detect('Let me know if you need anything!', { silenced: ['let me know if you need anything'] }),
    ).toHaveLength(1);
  });
});

describe('isSilenceKey', () => {
  it('accepts keys as detect makes them and refuses anything else', () => {
    expect(isSilenceKey('vague-offer:let me know if you need anything')).toBe(true);
    expect(isSilenceKey('personal:no worries')).toBe(true);
    for (const junk of ['let me know', 'vague-offer:', 'nonsense:let me know', 'advice:You Should', 'advice:a  b', 7]) {
      expect(isSilenceKey(junk)).toBe(false);
    }
    expect(isSilenceKey(`advice:${'a '.repeat(SILENCE_KEY_MAX)}a`)).toBe(false);
  });
});
