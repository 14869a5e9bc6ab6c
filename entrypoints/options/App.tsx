import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { translator } from '../../src/i18n';
import { indexedDbWorks } from '../../src/platform';
import { useLocale } from '../../src/ui';
import { OPTIONS_SECTIONS, type OptionsSection, SectionNav, StorageNotice } from '../../src/ui/options';
import { Options } from './context';
import { CalendarsSection } from './sections/CalendarsSection';
import { ChatSection } from './sections/ChatSection';
import { DataSection } from './sections/DataSection';
import { LanguageSection } from './sections/LanguageSection';
import { PeopleSection } from './sections/PeopleSection';
import { RemindersSection } from './sections/RemindersSection';
import { YouSection } from './sections/YouSection';
import { useCurrentSection } from './use-current-section';

/** Each section's container; each reads and writes its own settings. */
const SECTIONS: Record<OptionsSection, FunctionComponent> = {
  language: LanguageSection,
  you: YouSection,
  calendars: CalendarsSection,
  reminders: RemindersSection,
  chat: ChatSection,
  people: PeopleSection,
  data: DataSection,
};

export function App() {
  const locale = useLocale();
  const current = useCurrentSection();

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
      <div class="options-layout">
        <SectionNav t={t} current={current} />
        <main class="options">
          <h1>{t('optionsTitle')}</h1>
          <StorageNotice t={t} check={indexedDbWorks} />
          {OPTIONS_SECTIONS.map(({ id }) => {
            const Section = SECTIONS[id];
            return (
              <div key={id} id={id} class="section-anchor">
                <Section />
              </div>
            );
          })}
        </main>
      </div>
    </Options.Provider>
  );
}
