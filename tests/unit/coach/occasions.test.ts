// A vague offer in a draft that names what is going on gets a concrete offer that fits it
// first, in the draft's language and register; otherwise the general rewrites stay.
import { describe, expect, it } from 'vitest';
import { coachData } from '../../../src/coach';
import { detect } from './helpers';

function firstOffer(text: string): string | undefined {
  return detect(text).find((detection) => detection.kind === 'vague-offer')?.suggestions[0];
}

describe('a vague offer in a draft that names the occasion', () => {
  it.each([
    ['so sorry about your dad, the funeral must be so hard. lmk if u need anything', /funeral/],
    ['sorry ur kid is sick again 😕 lmk if u need anything', /kids/],
    ['good luck with the move this weekend! let me know if you need anything', /boxes/],
    ['congrats on the baby!! let me know if you need anything', /meal/],
    ["heard you're in hospital 😢 anything I can do?", /meetings/],
    ["sorry the review went badly. let me know if there's anything I can do", /feedback/],
    ['Veel sterkte met de verhuizing! Laat maar weten als je iets nodig hebt.', /dozen/],
    ['Gefeliciteerd met de geboorte! Laat maar weten als je iets nodig hebt.', /maaltijd/],
    ['Beterschap met je zoontje, hij heeft koorts zeker? Laat weten als ik iets kan doen.', /kinderen/],
  ])('%s', (text, fits) => {
    expect(firstOffer(text)).toMatch(fits);
  });

  it('speaks Flemish-friendly Dutch to a Flemish draft', () => {
    expect(firstOffer('amai, veel sterkte met de verhuis. zeg maar als ge iets nodig hebt')).toBe(
      'Zal ik zaterdag komen helpen met de verhuis?',
    );
    expect(firstOffer('Veel sterkte met de verhuizing! Laat maar weten als je iets nodig hebt.')).toBe(
      'Zal ik zaterdag komen helpen met dozen sjouwen?',
    );
  });

  it('keeps the general rewrites where nothing is named', () => {
    expect(firstOffer('Let me know if you need anything.')).toBe(coachData('en').wording.suggestions['vague-offer'][0]);
    expect(firstOffer('Laat maar weten als je iets nodig hebt.')).toBe(
      coachData('nl').wording.suggestions['vague-offer'][0],
    );
  });

  it('offers lines short enough for a chat line, with at most four rewrites', () => {
    for (const locale of ['en', 'nl'] as const) {
      const { wording } = coachData(locale);
      const offers = [
        ...wording.occasions.map((occasion) => occasion.offer),
        ...wording.registers.flatMap((register) => Object.values(register.offers)),
      ];
      for (const offer of offers) expect(offer.length, offer).toBeLessThanOrEqual(80);
    }
    expect(detect('sorry ur kid is sick again 😕 lmk if u need anything')[0]?.suggestions.length).toBeLessThanOrEqual(
      4,
    );
  });
});
