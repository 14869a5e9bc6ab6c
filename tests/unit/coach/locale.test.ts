// The draft's language: read from the draft itself, short drafts included, or given.
import { describe, expect, it } from 'vitest';
import { guessLocale } from '../../../src/coach';
import { detect } from './helpers';

describe('guessLocale()', () => {
  it.each([
    ['hoe gaat ie', 'nl'],
    ['kop op joh', 'nl'],
    ['laat maar', 'nl'],
    ['Hé, alles goed?', 'nl'],
    ['Zeg het maar als ik iets kan doen.', 'nl'],
    ['how r u', 'en'],
    ['hru', 'en'],
    ['forget it', 'en'],
    ['Let me know if you need anything!', 'en'],
  ] as const)('reads %j as %s', (text, locale) => {
    expect(guessLocale(text)).toBe(locale);
  });
});

describe('detect() and the language', () => {
  it('answers a short Dutch draft in Dutch', () => {
    const [detection] = detect('hoe gaat ie');
    expect(detection?.locale).toBe('nl');
    expect(detection?.suggestions[0]).toMatch(/echt met je/);
    expect(detection?.why).toMatch(/vraag/);
  });

  it('answers a short English draft in English', () => {
    const [detection] = detect('how r u');
    expect(detection?.locale).toBe('en');
    expect(detection?.suggestions[0]).toMatch(/really/);
  });

  it('reads the draft in the language it is given', () => {
    expect(detect('kop op joh', { locale: 'en' })).toEqual([]);
    expect(detect('kop op joh', { locale: 'nl' })[0]?.kind).toBe('minimizing');
  });

  it('tries both languages when the draft gives nothing away', () => {
    expect(detect('hru 🙂')[0]?.locale).toBe('en');
    expect(detect('KOP OP 🙂')[0]?.locale).toBe('nl');
  });
});
