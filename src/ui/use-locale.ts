// The locale the user chose, live: pages re-render when the setting changes elsewhere.
import { useEffect, useState } from 'preact/hooks';
import { type Locale, resolveLocale } from '../i18n';
import { uiLanguage } from '../platform/runtime';
import { language } from '../settings';

/** null until the stored setting has been read, so a page never flashes the wrong language. */
export function useLocale(): Locale | null {
  const [locale, setLocale] = useState<Locale | null>(null);
  useEffect(() => {
    const apply = (setting: Parameters<typeof resolveLocale>[0]) => setLocale(resolveLocale(setting, uiLanguage()));
    void language.get().then(apply);
    return language.watch(apply);
  }, []);
  return locale;
}
