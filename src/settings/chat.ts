// The chat chip's settings: what the user changed about the coach, and where the chip runs.

import { knowledgeFile, type LanguageData } from '../coach/knowledge';
import { DEFAULT_PREFERENCES, repairPreferences } from '../coach/preferences';
import type { CoachPreferences, Locale } from '../coach/types';
import { isRecord } from '../guards';
import { isHost, isOrigin, packagedJson } from '../platform';
import { defineSetting } from './define';

/**
 * Version 1 kept each silenced phrase as the text the highlight covered, words of the
 * user's draft included; version 2 keeps detection keys only (src/coach/silence.ts). The
 * coach's engine, needed to convert, is loaded only when an old value is met, and its
 * knowledge read from the package then.
 */
async function silencesAsKeys(old: unknown): Promise<unknown> {
  if (!isRecord(old)) return old;
  const { keysFromPhrases } = await import('../coach/silence-upgrade');
  const knowledge = async (locale: Locale) => (await packagedJson(knowledgeFile(locale))) as LanguageData;
  return { ...old, silenced: await keysFromPhrases(old.silenced, old.personalRules, knowledge) };
}

/**
 * Kinds turned off, phrases silenced ("don't suggest this again") and the user's own rules.
 * Private (define.ts): personal rules are the user's own words. Chat tabs get them from the
 * background with chipSetup.
 */
export const coachPreferences = defineSetting<CoachPreferences>({
  key: 'private:settings.coach',
  movedFrom: 'local:settings.coach',
  fallback: DEFAULT_PREFERENCES,
  version: 2,
  migrations: { 2: silencesAsKeys },
  repair: repairPreferences,
});

/** What the user changed about where the chip runs. */
export interface ChatSiteSettings {
  /** Hostnames where the user turned Echt off, built-in chat sites included. */
  readonly disabled: readonly string[];
  /**
   * Sites the user turned Echt on for, as origins without a port ("https://chat.example.org"):
   * the scheme fixes the host permission asked for, and match patterns ignore ports.
   */
  readonly enabled: readonly string[];
}

export const NO_SITE_CHANGES: ChatSiteSettings = { disabled: [], enabled: [] };

/** Enough for anyone's list; keeps a damaged or hand-edited value from growing without end. */
const SITES_MAX = 200;

function cleanList(value: unknown, valid: (entry: string) => boolean): string[] {
  if (!Array.isArray(value)) return [];
  const entries = value
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => entry.trim().toLowerCase())
    .filter(valid);
  return [...new Set(entries)].slice(-SITES_MAX);
}

/** Stored site choices repaired field by field; whatever is unusable is dropped. */
export function repairChatSites(stored: unknown): ChatSiteSettings {
  if (!isRecord(stored)) return NO_SITE_CHANGES;
  const { disabled, enabled } = stored;
  return { disabled: cleanList(disabled, isHost), enabled: cleanList(enabled, isOrigin) };
}

/** Chat sites the user turned off, and other sites the user turned Echt on for. */
export const chatSites = defineSetting<ChatSiteSettings>({
  key: 'local:settings.chatSites',
  fallback: NO_SITE_CHANGES,
  version: 1,
  repair: repairChatSites,
});
