// English or Nederlands, each named in its own language; the choice is stored at once and
// the whole page follows.
import type { Locale, Translate } from '../../i18n';

const CHOICES: readonly { locale: Locale; name: 'languageEnglish' | 'languageDutch' }[] = [
  { locale: 'en', name: 'languageEnglish' },
  { locale: 'nl', name: 'languageDutch' },
];

interface LanguageSwitchProps {
  t: Translate;
  locale: Locale;
  onChange: (locale: Locale) => void;
}

export function LanguageSwitch({ t, locale, onChange }: LanguageSwitchProps) {
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t('optionsLanguageLabel')}</legend>
      {CHOICES.map((choice) => (
        <button
          key={choice.locale}
          type="button"
          class="quiet"
          lang={choice.locale}
          aria-pressed={choice.locale === locale}
          onClick={() => onChange(choice.locale)}
        >
          {t(choice.name)}
        </button>
      ))}
    </fieldset>
  );
}
