import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe('loadCatalog', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("fetches only the language asked for, once, from the extension's own catalogs", async () => {
    vi.resetModules();
    // Fresh modules: no catalog added yet, as in a page that just opened.
    const i18n = await import('../../src/i18n');
    const { loadCatalog } = await import('../../src/i18n/load');
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(JSON.stringify(nlCatalog));
    });
    expect(i18n.translate('nl', 'popupOpenSettings')).toBe('popupOpenSettings');

    await Promise.all([loadCatalog('nl'), loadCatalog('nl')]);
    await loadCatalog('nl');

    expect(fetched).toEqual(['/_locales/nl/messages.json']);
    expect(i18n.translate('nl', 'popupOpenSettings')).toBe('Instellingen');
    expect(i18n.hasCatalog('en')).toBe(false);
  });

  it('tries again after a failed load', async () => {
    vi.resetModules();
    const i18n = await import('../../src/i18n');
    const { loadCatalog } = await import('../../src/i18n/load');
    let calls = 0;
    vi.stubGlobal('fetch', async () => {
      calls++;
      return calls === 1 ? new Response('', { status: 404 }) : new Response(JSON.stringify(enCatalog));
    });
    await expect(loadCatalog('en')).rejects.toThrow();
    await loadCatalog('en');
    expect(i18n.translate('en', 'popupOpenSettings')).toBe('Settings');
  });
});

describe('the catalog and language a page keeps for the next one', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('gives the next page the words at once, without a fetch', async () => {
    vi.resetModules();
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(nlCatalog)));
    await (await import('../../src/i18n/load')).loadCatalog('nl');

    // The next page: fresh modules, and a fetch that would fail.
    vi.resetModules();
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('', { status: 404 });
    });
    const i18n = await import('../../src/i18n');
    const { catalogAtOnce } = await import('../../src/i18n/load');
    expect(catalogAtOnce('nl')).toBe(true);
    expect(i18n.translate('nl', 'popupSince', ['21 november 2026'])).toBe('Bij je sinds 21 november 2026');
    expect(catalogAtOnce('en')).toBe(false);
    expect(fetched).toEqual([]);
    // Only the words are kept: the notes for translators stay in the package.
    expect(localStorage.getItem('echt.catalog.nl')).not.toContain('"description"');
  });

  it('keeps the language last shown, and forgets everything when asked', async () => {
    const { forgetKept, keepCatalog, keepLocale, keptCatalog, keptLocale } = await import('../../src/i18n/kept');
    expect(keptLocale()).toBeUndefined();
    keepLocale('nl');
    keepCatalog('nl', nlCatalog);
    expect(keptLocale()).toBe('nl');
    expect(keptCatalog('nl')?.popupOpenSettings?.message).toBe('Instellingen');
    forgetKept();
    expect(keptLocale()).toBeUndefined();
    expect(keptCatalog('nl')).toBeUndefined();
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('uses no copy that is damaged or that another build kept', async () => {
    const { keepCatalog, keptCatalog, keptLocale } = await import('../../src/i18n/kept');
    localStorage.setItem('echt.locale', 'fr');
    expect(keptLocale()).toBeUndefined();
    keepCatalog('en', enCatalog);
    const kept = JSON.parse(localStorage.getItem('echt.catalog.en') ?? '{}');
    localStorage.setItem('echt.catalog.en', JSON.stringify({ ...kept, build: 'an older build' }));
    expect(keptCatalog('en')).toBeUndefined();
    localStorage.setItem('echt.catalog.en', JSON.stringify({ ...kept, catalog: { popupSince: { message: 4 } } }));
    expect(keptCatalog('en')).toBeUndefined();
    localStorage.setItem('echt.catalog.en', '{"build":');
    expect(keptCatalog('en')).toBeUndefined();
  });
});
