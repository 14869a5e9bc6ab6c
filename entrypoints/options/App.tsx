import { useEffect, useState } from 'preact/hooks';
import { type LanguageSetting, translator } from '../../src/i18n';
import { language } from '../../src/settings';
import { OptionsView } from '../../src/ui/OptionsView';
import { useLocale } from '../../src/ui/use-locale';

export function App() {
  const locale = useLocale();
  const [choice, setChoice] = useState<LanguageSetting | null>(null);

  useEffect(() => {
    void language.get().then(setChoice);
    return language.watch(setChoice);
  }, []);

  useEffect(() => {
    if (locale) {
      document.documentElement.lang = locale;
      document.title = translator(locale)('optionsTitle');
    }
  }, [locale]);

  if (!locale || !choice) return null;
  return <OptionsView t={translator(locale)} language={choice} onLanguageChange={(value) => language.set(value)} />;
}
