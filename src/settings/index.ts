// Every stored setting is defined in this folder, once, with its default, version,
// migrations and repair (define.ts): the light ones here; the chip's in chat.ts, the
// reminders' in reminders.ts, the calendars' in feeds.ts. install.ts lists them all:
// src/background/index.ts repairs every one on install and browser start-up, and
// src/backup saves and restores the user's. The pages read them live (src/ui/use-setting.ts).
import type { LanguageSetting } from '../i18n';
import { defineSetting } from './define';

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

/** When Echt was installed (ms since epoch); not user-editable, shown in the popup. */
export const installedAt = defineSetting<number | null>({
  key: 'local:meta.installedAt',
  fallback: null,
  version: 1,
  isValid: (value): value is number | null =>
    value === null || (typeof value === 'number' && Number.isFinite(value) && value > 0),
});

/** The user's own e-mail addresses: how Echt tells the user apart from the other attendees. */
export const selfEmails = defineSetting<string[]>({
  key: 'local:settings.selfEmails',
  fallback: [],
  version: 1,
  repair: (value) =>
    Array.isArray(value)
      ? [
          ...new Set(
            value
              .filter((entry): entry is string => typeof entry === 'string' && entry.includes('@'))
              .map((entry) => entry.trim().toLowerCase()),
          ),
        ]
      : [],
});
