// Offsets point at the phrase exactly as typed, whatever the draft holds around it.
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

/** The one phrase detect() finds in `text`, checked to be `text.slice(start, end)`. */
function onlyPhrase(text: string): string {
  const detections = detect(text);
  expect(detections, text).toHaveLength(1);
  const [detection] = detections;
  expect(text.slice(detection?.start, detection?.end)).toBe(detection?.phrase);
  return detection?.phrase ?? '';
}

describe('detect() offsets', () => {
  it('hold with curly quotes and apostrophes', () => {
    expect(onlyPhrase('I’m so sorry about your dad. At least he’s not in pain anymore.')).toBe(
      'At least he’s not in pain anymore.',
    );
    expect(onlyPhrase('Hoe is ’t?')).toBe('Hoe is ’t?');
  });

  it('hold after emoji, which take two units each', () => {
    expect(onlyPhrase('😢😢 so sorry to hear that 🙏 ping me if you need something')).toBe(
      'ping me if you need something',
    );
    expect(onlyPhrase('Gecondoleerd 💔💔 je weet me te vinden')).toBe('je weet me te vinden');
  });

  it('run on through "laat maar weten", where "maar" turns to nothing new', () => {
    // Accepting a rewrite replaces the underline: "…overnemen? maar weten" was left behind.
    expect(onlyPhrase('als je iets nodig hebt laat maar weten')).toBe('als je iets nodig hebt laat maar weten');
    expect(onlyPhrase('gelukkig is het maar een verstuiking maar toch balen')).toBe(
      'gelukkig is het maar een verstuiking',
    );
  });

  it('stop before an emoji that follows the phrase', () => {
    expect(onlyPhrase('Sorry you’re so burned out. At least it’s Friday 🎉 see you Monday')).toBe(
      'At least it’s Friday',
    );
  });

  it('hold across line breaks and repeated spaces', () => {
    const text = 'Hi Sam,\n\nSo sorry about the surgery.\nLet   me know   if you need anything!\nTake care';
    expect(onlyPhrase(text)).toBe('Let   me know   if you need anything!');
    expect(onlyPhrase('Hi Sam,\r\nhow are you?\r\nbye')).toBe('how are you?');
  });

  it('hold with accents and mixed case', () => {
    expect(onlyPhrase('Hé Anouk, alles oké?')).toBe('alles oké?');
    expect(onlyPhrase('HOW ARE YOU??')).toBe('HOW ARE YOU??');
    expect(onlyPhrase('Wat rot van je opa. KOP OP!')).toBe('KOP OP!');
  });

  it('hold with non-breaking spaces and tabs', () => {
    expect(onlyPhrase('Thinking of you.\tLet\u00a0me know if you need anything')).toBe(
      'Let\u00a0me know if you need anything',
    );
  });

  it('hold for letters that grow when lower-cased', () => {
    expect(onlyPhrase('İstanbul trip is off 😞 so sorry. At least it’s refundable.')).toBe('At least it’s refundable.');
  });
});
