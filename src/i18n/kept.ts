// The language a page last showed and that language's catalog, kept in the extension
// origin's localStorage so the next page (the popup above all) can paint its first frame
// in the right words at once: localStorage is read synchronously, where the language
// setting (storage.local) and the catalog (a fetch) each cost a round trip. Only Echt's own
// pages can read it (a content script sees its web page's localStorage, the worker has
// none). It is a copy and never the truth: the pages write it whenever they learn the
// setting, and the popup reads the setting after its first paint and follows it where the
// copy was wrong. A copy that cannot be read is no copy; "delete everything" removes it.
import { isRecord } from '../guards';
import type { Catalog, Locale } from './index';

/** Every copy Echt keeps in localStorage starts with this, so "delete everything" finds them all. */
const PREFIX = 'echt.';
const LOCALE_KEY = `${PREFIX}locale`;
const CATALOG_KEY = `${PREFIX}catalog`;

/**
 * Which catalogs this build ships: a copy kept by another build (before an update) is not
 * used. Set by the build (wxt.config.ts); unit tests run without one.
 */
const BUILD: string = import.meta.env.ECHT_CATALOGS ?? 'unbuilt';

/**
 * localStorage where the page has one and may use it; never throws. Other copies (the popup's
 * first frame, src/ui/popup/first-frame.ts) live beside these under `keptKey`.
 */
export function kept(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Refused by the browser (storage blocked): the pages read the setting instead.
    return undefined;
  }
}

function isEntry(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.message === 'string' &&
    (value.placeholders === undefined || isRecord(value.placeholders))
  );
}

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'nl';
}

/** The language the last page showed, if a page kept it. */
export function keptLocale(): Locale | undefined {
  const value = kept()?.getItem(LOCALE_KEY);
  return isLocale(value) ? value : undefined;
}

export function keepLocale(locale: Locale): void {
  try {
    if (kept()?.getItem(LOCALE_KEY) !== locale) kept()?.setItem(LOCALE_KEY, locale);
  } catch {
    // Full or refused: the next page reads the setting, a round trip later.
  }
}

/** `locale`'s catalog as this build kept it, or undefined. */
export function keptCatalog(locale: Locale): Catalog | undefined {
  try {
    const text = kept()?.getItem(`${CATALOG_KEY}.${locale}`);
    if (!text) return undefined;
    const copy: unknown = JSON.parse(text);
    if (typeof copy !== 'object' || copy === null || !('build' in copy) || !('catalog' in copy)) return undefined;
    if (copy.build !== BUILD || !isRecord(copy.catalog)) return undefined;
    // Damaged (a hand edit): no copy, so the page fetches the catalog as on a first open.
    return Object.values(copy.catalog).every(isEntry) ? (copy.catalog as Catalog) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `locale`'s catalog, its words only (the notes for translators are half of it). */
export function keepCatalog(locale: Locale, catalog: Catalog): void {
  const words = Object.fromEntries(
    Object.entries(catalog).map(([key, { message, placeholders }]) => [
      key,
      placeholders
        ? {
            message,
            placeholders: Object.fromEntries(
              Object.entries(placeholders).map(([name, { content }]) => [name, { content }]),
            ),
          }
        : { message },
    ]),
  );
  try {
    kept()?.setItem(`${CATALOG_KEY}.${locale}`, JSON.stringify({ build: BUILD, catalog: words }));
  } catch {
    // Full or refused: the next page fetches the catalog again.
  }
}

/** The localStorage key of a copy named `name`. */
export function keptKey(name: string): string {
  return `${PREFIX}${name}`;
}

/** Removes every copy (the language, the catalogs, the popup's first frames): "delete everything" leaves none behind. */
export function forgetKept(): void {
  try {
    const storage = kept();
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index));
    for (const key of keys) if (key?.startsWith(PREFIX)) storage.removeItem(key);
  } catch {
    // Refused: there was nothing kept either.
  }
}
