import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { translator } from '../../src/i18n';
import { useLocale } from '../../src/ui';
import { Options } from './context';
import { CalendarsSection } from './sections/CalendarsSection';
import { ChatSection } from './sections/ChatSection';
import { DataSection } from './sections/DataSection';
import { LanguageSection } from './sections/LanguageSection';
import { PeopleSection } from './sections/PeopleSection';
import { RemindersSection } from './sections/RemindersSection';
import { YouSection } from './sections/YouSection';

/** The page's sections in order; each reads and writes its own settings. */
const SECTIONS: readonly { id: string; Section: FunctionComponent }[] = [
  { id: 'language', Section: LanguageSection },
  { id: 'you', Section: YouSection },
  { id: 'calendars', Section: CalendarsSection },
  { id: 'reminders', Section: RemindersSection },
  { id: 'chat', Section: ChatSection },
  { id: 'people', Section: PeopleSection },
  { id: 'data', Section: DataSection },
];

export function App() {
  const locale = useLocale();

  useEffect(() => {
    if (locale) {
      document.documentElement.lang = locale;
      document.title = translator(locale)('optionsTitle');
    }
  }, [locale]);

  if (!locale) return null;
  const t = translator(locale);
  return (
    <Options.Provider value={{ locale, t }}>
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        {SECTIONS.map(({ id, Section }) => (
          <Section key={id} />
        ))}
      </main>
    </Options.Provider>
  );
}
