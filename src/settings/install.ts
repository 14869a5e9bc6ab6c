// Bringing every stored value to a valid state, on install, update and browser start-up.
import { feedSources, feedStatuses } from '../feeds/sources';
import { chatSites, coachPreferences } from './chat';
import type { Setting } from './define';
import { language, selfEmails } from './index';
import { reminderRules, reminderState } from './reminders';

export const ALL_SETTINGS: readonly Setting<unknown>[] = [
  language,
  selfEmails,
  reminderRules,
  reminderState,
  feedSources,
  feedStatuses,
  coachPreferences,
  chatSites,
];

/** Runs migrations, then stores a default wherever nothing valid is stored and mends the rest. */
export async function installDefaults(): Promise<void> {
  for (const setting of ALL_SETTINGS) {
    await setting.migrate();
    await setting.ensure();
  }
}
