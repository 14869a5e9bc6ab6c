// Echt's own words: never flagged themselves, the right number, the right language, and
// shaped for where they go.
import { describe, expect, it } from 'vitest';
import { coachData, KINDS, phrasesFor, SITUATIONS } from '../../../src/coach';
import { CORPUS } from './corpus';
import { detect, LOCALES } from './helpers';

/** Every line Echt can put in a draft, with and without a name. */
function everyLine(): string[] {
  return LOCALES.flatMap((locale) => {
    const { wording } = coachData(locale);
    const suggestions = KINDS.flatMap((kind) => wording.suggestions[kind]);
    const offers = [
      ...wording.occasions.map((occasion) => occasion.offer),
      ...wording.registers.flatMap((register) => Object.values(register.offers)),
    ];
    const deck = SITUATIONS.flatMap((situation) => [
      ...phrasesFor(situation, locale),
      ...phrasesFor(situation, locale, 'Sam'),
    ]);
    return [...suggestions, ...offers, ...deck];
  });
}

describe("Echt's own words", () => {
  it('stay Echt’s own once the user has filled a slot with many words of their own', () => {
    // "It sounds like [what you heard]." filled in after the user's "Honestly,": the slot's
    // words are the user's, and the line is still Echt's.
    const draft =
      'That sounds so stressful. Honestly, it sounds like your manager never once listened to what you told him. Did I get that right?';
    expect(detect(draft)).toEqual([]);
    expect(detect('Eerlijk gezegd: het klinkt alsof je leidinggevende nooit één keer heeft geluisterd. Klopt dat?')).toEqual([]);
  });

  it('do not hide a phrase the user wrote in the same sentence', () => {
    const draft = 'oh no that sounds really hard, let me know if you need anything';
    expect(detect(draft).map((found) => [found.kind, draft.slice(found.start, found.end)])).toEqual([
      ['vague-offer', 'let me know if you need anything'],
    ]);
  });

  it('are never flagged, in either language', () => {
    for (const line of everyLine()) {
      expect(detect(line), line).toEqual([]);
      expect(detect(line, { locale: 'en' }), line).toEqual([]);
      expect(detect(line, { locale: 'nl' }), line).toEqual([]);
    }
  });

  it('do not bring the chip back once accepted in a draft', () => {
    for (const locale of LOCALES) {
      for (const draft of CORPUS[locale]) {
        for (const detection of detect(draft.text)) {
          for (const suggestion of detection.suggestions) {
            const rewritten = draft.text.slice(0, detection.start) + suggestion + draft.text.slice(detection.end);
            const replaced = { start: detection.start, end: detection.start + suggestion.length };
            const again = detect(rewritten).filter((next) => next.start < replaced.end && replaced.start < next.end);
            expect(again, rewritten).toEqual([]);
          }
        }
      }
    }
  });

  it('offer two to four rewrites with one sentence of why, in the draft’s language', () => {
    for (const locale of LOCALES) {
      for (const draft of CORPUS[locale]) {
        for (const detection of detect(draft.text)) {
          expect(detection.suggestions.length).toBeGreaterThanOrEqual(2);
          expect(detection.suggestions.length).toBeLessThanOrEqual(4);
          expect(detection.why).toMatch(/^[^.!?]+[.]$/);
          expect(detection.why).toBe(coachData(locale).wording.why[detection.kind]);
        }
      }
    }
  });

  it('speak Dutch with the informal "je"', () => {
    const dutch = [
      ...KINDS.flatMap((kind) => coachData('nl').wording.suggestions[kind]),
      ...Object.values(coachData('nl').wording.why),
    ];
    for (const line of dutch) expect(line, line).not.toMatch(/\b(u|uw)\b/i);
  });

  it('leave a visible slot where a detail is needed', () => {
    for (const locale of LOCALES) {
      expect(coachData(locale).wording.suggestions['vague-offer'].every((line) => /\[[^\]]+\]/.test(line))).toBe(true);
      expect(coachData(locale).wording.suggestions['self-silencing'].every((line) => /\[[^\]]+\]/.test(line))).toBe(
        true,
      );
    }
  });
});

describe('names in suggestions', () => {
  it('use the name the draft greets, in a later sentence', () => {
    const [offer] = detect('Hi Sam, so sorry about your dad. Let me know if you need anything.');
    expect(offer?.suggestions.some((line) => line.includes('Sam'))).toBe(true);
    const [aanbod] = detect('Hoi Sam, wat rot van je vader. Laat maar weten als je iets nodig hebt.');
    expect(aanbod?.suggestions.some((line) => line.includes('Sam'))).toBe(true);
  });

  it('do not repeat the greeting’s name in its own sentence', () => {
    const [checkIn] = detect('Hi Sam, how are you?');
    expect(checkIn?.suggestions.some((line) => line.includes('Sam'))).toBe(false);
  });

  it('take the name a question is addressed to', () => {
    const [checkIn] = detect('How are you, Daan?');
    expect(checkIn?.phrase).toBe('How are you, Daan?');
    expect(checkIn?.suggestions[0]).toBe('How are you really doing, Daan?');
  });

  it('are not taken from a greeting to a group', () => {
    const [offer] = detect('Hi team, so sorry about Jo’s news. Let me know if you need anything.');
    expect(offer?.suggestions.some((line) => line.includes('team'))).toBe(false);
  });
});

describe('suggestions fit where they go', () => {
  it('start in lower case mid-sentence, but keep "I"', () => {
    const [offer] = detect('So sorry to hear that, let me know if you need anything');
    expect(offer?.suggestions[0]).toBe('could I take [task] off your plate this week?');
    expect(offer?.suggestions[3]).toBe("I'll pick up [task] today, unless you'd rather keep it.");
  });

  it('drop their full stop when the sentence carries on', () => {
    const [minimizing] = detect('Sorry about your cat. At least it was quick, I know how much you loved her.');
    expect(minimizing?.phrase).toBe('At least it was quick');
    expect(minimizing?.suggestions[0]).toBe("That sounds really hard. I'm sorry");
  });
});

describe('phrasesFor()', () => {
  it('has lines for every situation in both languages, with the name filled in', () => {
    for (const locale of LOCALES) {
      for (const situation of SITUATIONS) {
        const lines = phrasesFor(situation, locale, 'Noor');
        expect(lines.length).toBeGreaterThanOrEqual(2);
        expect(lines.join(' ')).not.toMatch(/[{}]/);
      }
      expect(phrasesFor('check-in', locale, 'Noor')[0]).toContain('Noor');
      expect(phrasesFor('check-in', locale)[0]).not.toContain(',?');
    }
  });
});
