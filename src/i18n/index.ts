// Echt's own translation lookup. The browser's i18n API always follows the browser's
// language; Echt lets the user pick a language, so it reads the same messages.json
// files itself and applies the same placeholder rules the browser uses. Dates and times
// in the user's language are in dates.ts. Every context that shows words uses it: the
// pages through src/ui/use-locale.ts, the chip through the texts src/background/chat-sites.ts
// sends it, the notifications in src/background/reminders.ts.
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';

export type Locale = 'en' | 'nl';
export type LanguageSetting = 'auto' | Locale;
export type MessageKey = keyof typeof en;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const CATALOGS: Record<Locale, Record<string, MessageEntry>> = { en, nl };

/** The locale Echt speaks for a setting, given the browser's UI language (e.g. "nl-BE"). */
export function resolveLocale(setting: LanguageSetting, uiLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** One message in `locale`, falling back to English; `$1`… are positional substitutions. */
export function translate(locale: Locale, key: MessageKey, substitutions: readonly string[] = []): string {
  const entry = CATALOGS[locale][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, ref: string) =>
    ref === '$' ? '$' : (substitutions[Number(ref) - 1] ?? ''),
  );
}

export type Translate = (key: MessageKey, substitutions?: readonly string[]) => string;

export function translator(locale: Locale): Translate {
  return (key, substitutions) => translate(locale, key, substitutions);
}
