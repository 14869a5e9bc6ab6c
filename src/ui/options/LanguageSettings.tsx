// The language Echt speaks: the browser's, English or Dutch; saved at once.
import { useState } from 'preact/hooks';
import type { LanguageSetting, Translate } from '../../i18n';
import { Field } from '../Field';

interface LanguageSettingsProps {
  t: Translate;
  language: LanguageSetting;
  onLanguageChange: (value: LanguageSetting) => Promise<void>;
}

type SaveState = 'idle' | 'saved' | 'failed';

export function LanguageSettings({ t, language, onLanguageChange }: LanguageSettingsProps) {
  const [saveState, setSaveState] = useState<SaveState>('idle');

  const change = async (value: LanguageSetting) => {
    try {
      await onLanguageChange(value);
      setSaveState('saved');
    } catch {
      setSaveState('failed');
    }
  };

  return (
    <section class="card setting">
      <Field
        id="language"
        label={t('optionsLanguageLabel')}
        labelClass="section-label"
        hint={t('optionsLanguageHelp')}
        wrapper={false}
        choices={[
          { value: 'auto', label: t('languageAuto') },
          { value: 'en', label: t('languageEnglish'), lang: 'en' },
          { value: 'nl', label: t('languageDutch'), lang: 'nl' },
        ]}
        value={language}
        onValue={(value) => void change(value)}
      />
      <p class="save-state" role="status">
        {saveState === 'saved' ? t('optionsSaved') : saveState === 'failed' ? t('optionsSaveFailed') : ''}
      </p>
    </section>
  );
}
