import { useState } from 'preact/hooks';
import type { LanguageSetting, Translate } from '../../i18n';

export interface LanguageSettingsProps {
  t: Translate;
  language: LanguageSetting;
  onLanguageChange: (value: LanguageSetting) => Promise<void>;
}

type SaveState = 'idle' | 'saved' | 'failed';

export function LanguageSettings({ t, language, onLanguageChange }: LanguageSettingsProps) {
  const [saveState, setSaveState] = useState<SaveState>('idle');

  const change = async (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value as LanguageSetting;
    try {
      await onLanguageChange(value);
      setSaveState('saved');
    } catch {
      setSaveState('failed');
    }
  };

  return (
    <section class="card setting">
      <label for="language" class="section-label">
        {t('optionsLanguageLabel')}
      </label>
      <select id="language" value={language} onChange={change} aria-describedby="language-help">
        <option value="auto">{t('languageAuto')}</option>
        <option value="en" lang="en">
          {t('languageEnglish')}
        </option>
        <option value="nl" lang="nl">
          {t('languageDutch')}
        </option>
      </select>
      <p id="language-help" class="help">
        {t('optionsLanguageHelp')}
      </p>
      <p class="save-state" role="status">
        {saveState === 'saved' ? t('optionsSaved') : saveState === 'failed' ? t('optionsSaveFailed') : ''}
      </p>
    </section>
  );
}
