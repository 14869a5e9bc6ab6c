import type { LanguageSetting } from '../i18n';
import { defineSetting, type Setting } from './define';

export type { Setting } from './define';

const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', 'en', 'nl'];

/** The language Echt speaks: follow the browser, or a fixed choice. */
export const language = defineSetting<LanguageSetting>({
  key: 'local:settings.language',
  fallback: 'auto',
  version: 1,
  isValid: (value): value is LanguageSetting =>
    typeof value === 'string' && (LANGUAGE_SETTINGS as readonly string[]).includes(value),
});

/** Every setting, so install and start-up can bring each one to a valid state. */
export const ALL_SETTINGS: readonly Setting<unknown>[] = [language];

/** On install and update: run migrations, then store a default wherever nothing valid is stored. */
export async function installDefaults(): Promise<void> {
  for (const setting of ALL_SETTINGS) {
    await setting.migrate();
    await setting.ensure();
  }
}

/** When Echt was installed (ms since epoch); not user-editable, shown in the popup. */
export const installedAt = defineSetting<number | null>({
  key: 'local:meta.installedAt',
  fallback: null,
  version: 1,
  isValid: (value): value is number | null =>
    value === null || (typeof value === 'number' && Number.isFinite(value) && value > 0),
});
