// The locale the user chose, live: pages re-render when the setting changes elsewhere.
import { type Locale, resolveLocale } from '../i18n';
import { uiLanguage } from '../platform';
import { language } from '../settings';
import { useSetting } from './use-setting';

/** null until the stored setting has been read, so a page never flashes the wrong language. */
export function useLocale(): Locale | null {
  const setting = useSetting(language);
  return setting === null ? null : resolveLocale(setting, uiLanguage());
}
