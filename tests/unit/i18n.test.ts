import { describe, expect, it } from 'vitest';
import enCatalog from '../../public/_locales/en/messages.json';
import nlCatalog from '../../public/_locales/nl/messages.json';
import { resolveLocale, translate } from '../../src/i18n';

interface Entry {
  message: string;
  placeholders?: Record<string, unknown>;
}
const en: Record<string, Entry> = enCatalog;
const nl: Record<string, Entry> = nlCatalog;

describe('translate', () => {
  it('fills named placeholders the way the browser does', () => {
    expect(translate('en', 'popupSince', ['21 November 2026'])).toBe('With you since 21 November 2026');
    expect(translate('nl', 'popupSince', ['21 november 2026'])).toBe('Bij je sinds 21 november 2026');
  });

  it('speaks Dutch when asked', () => {
    expect(translate('nl', 'popupOpenSettings')).toBe('Instellingen');
  });
});

describe('resolveLocale', () => {
  it('follows the browser for "auto", Dutch for any nl variant', () => {
    expect(resolveLocale('auto', 'nl-BE')).toBe('nl');
    expect(resolveLocale('auto', 'NL')).toBe('nl');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('nl', 'en-US')).toBe('nl');
    expect(resolveLocale('en', 'nl-NL')).toBe('en');
  });
});

describe('locale catalogs', () => {
  it('have the same keys and placeholders in English and Dutch', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const dutch = nl[key];
      expect(Object.keys(dutch?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
      expect(dutch?.message.trim(), key).not.toBe('');
    }
  });
});
