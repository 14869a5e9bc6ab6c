// The chat chip's settings: what the user changed about the coach, and where the chip runs.
import { type CoachPreferences, DEFAULT_PREFERENCES, repairPreferences } from '../coach';
import { type ChatSiteSettings, NO_SITE_CHANGES, repairChatSites } from '../composer/sites';
import { defineSetting } from './define';

/** Kinds turned off, phrases silenced ("don't suggest this again") and the user's own rules. */
export const coachPreferences = defineSetting<CoachPreferences>({
  key: 'local:settings.coach',
  fallback: DEFAULT_PREFERENCES,
  version: 1,
  repair: repairPreferences,
});

/** Chat sites the user turned off, and other sites the user turned Echt on for. */
export const chatSites = defineSetting<ChatSiteSettings>({
  key: 'local:settings.chatSites',
  fallback: NO_SITE_CHANGES,
  version: 1,
  repair: repairChatSites,
});
