// Loads one language's catalog for a page, so a page fetches and parses only the words it
// shows. The catalogs are the files the browser reads for the manifest's own texts
// (_locales/<locale>/messages.json), shipped in the extension anyway: fetched from the
// page's own origin and parsed as JSON, which is quicker than evaluating them as a module.
// The worker holds both instead (bundled.ts). A fetched catalog is kept for the next page
// (kept.ts), which then has it at once.
import { addCatalog, type Catalog, hasCatalog, type Locale } from './index';
import { keepCatalog, keptCatalog } from './kept';

const loading: Partial<Record<Locale, Promise<void>>> = {};

async function fetchCatalog(locale: Locale): Promise<Catalog> {
  const response = await fetch(`/_locales/${locale}/messages.json`);
  if (!response.ok) throw new Error(`No catalog for ${locale}: ${response.status}`);
  return (await response.json()) as Catalog;
}

/** Whether translate() knows `locale`'s words now, from the copy a page kept if need be: no wait. */
export function catalogAtOnce(locale: Locale): boolean {
  if (hasCatalog(locale)) return true;
  const copy = keptCatalog(locale);
  if (copy) addCatalog(locale, copy);
  return copy !== undefined;
}

/** Resolves once translate() knows `locale`'s words; started once per page and locale. */
export function loadCatalog(locale: Locale): Promise<void> {
  if (catalogAtOnce(locale)) return Promise.resolve();
  const started =
    loading[locale] ??
    fetchCatalog(locale).then(
      (catalog) => {
        addCatalog(locale, catalog);
        keepCatalog(locale, catalog);
      },
      (error: unknown) => {
        // Tried again the next time it is asked for.
        delete loading[locale];
        throw error;
      },
    );
  loading[locale] = started;
  return started;
}
