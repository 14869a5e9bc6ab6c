// The locale the user chose, live: pages re-render when the setting changes elsewhere.
// Each page keeps what it learns for the next one (src/i18n/kept.ts).
import { useEffect, useState } from 'preact/hooks';
import { hasCatalog, type LanguageSetting, type Locale, resolveLocale } from '../i18n';
import { keepLocale } from '../i18n/kept';
import { loadCatalog } from '../i18n/load';
import { uiLanguage } from '../platform';
import { language } from '../settings';
import { useSetting } from './use-setting';

/**
 * null until the stored setting has been read and its catalog loaded, so a page never
 * flashes the wrong language or message keys. After a change, the language shown until
 * then stays while the new one's words load. `first` is a read of the setting already started
 * (useSetting).
 */
export function useLocale(first?: Promise<LanguageSetting>): Locale | null {
  const setting = useSetting(language, first);
  const wanted = setting === null ? null : resolveLocale(setting, uiLanguage());
  // What is shown until a newly chosen language's words are in. Known at once when the setting
  // was (a read already in: useSetting) and its words are here, so the page renders no second time for it.
  const [shown, setShown] = useState<Locale | null>(() => (wanted !== null && hasCatalog(wanted) ? wanted : null));
  useEffect(() => {
    if (wanted === null) return;
    keepLocale(wanted);
    let live = true;
    loadCatalog(wanted).then(
      () => live && setShown(wanted),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return wanted !== null && hasCatalog(wanted) ? wanted : shown;
}
