// The lists of stored settings: what install, update and browser start-up bring to a valid
// state, and what a backup holds.

import { chatSites, coachPreferences } from './chat';
import type { Setting } from './define';
import { feedSources, feedStatuses } from './feeds';
import { installedAt, language, selfEmails } from './index';
import { reminderRules, reminderState } from './reminders';

/** The user's settings and what Echt decided for them: a backup holds them, erasing resets them. */
export const USER_SETTINGS: readonly Setting<unknown>[] = [
  language,
  selfEmails,
  reminderRules,
  reminderState,
  feedSources,
  feedStatuses,
  coachPreferences,
  chatSites,
];

/** Every stored setting: the user's, and when Echt was installed (which survives erasing). */
export const ALL_SETTINGS: readonly Setting<unknown>[] = [...USER_SETTINGS, installedAt];

/** Runs migrations, then stores a default wherever nothing valid is stored and mends the rest. */
export async function installDefaults(): Promise<void> {
  for (const setting of ALL_SETTINGS) {
    await setting.migrate();
    await setting.ensure();
  }
}
