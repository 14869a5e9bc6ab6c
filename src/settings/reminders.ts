// The reminders' stored values, apart from the light settings so the content script
// never bundles the reminder logic.
import {
  DEFAULT_REMINDER_RULES,
  EMPTY_REMINDER_STATE,
  type ReminderRules,
  type ReminderState,
  repairRules,
  repairState,
} from '../reminders';
import { defineSetting } from './define';

/** When and how often to nudge before meetings, and the routine reminders. */
export const reminderRules = defineSetting<ReminderRules>({
  key: 'local:settings.reminders',
  fallback: DEFAULT_REMINDER_RULES,
  version: 1,
  repair: repairRules,
});

/**
 * What the reminders already did (shown, dropped, snoozed, dismissed); written by the
 * background only. In storage.local, so routines keep working without IndexedDB: it holds
 * ids and times, no meeting titles. Version 1 kept the titles; migration 2 leaves them out.
 */
export const reminderState = defineSetting<ReminderState>({
  key: 'local:state.reminders',
  fallback: EMPTY_REMINDER_STATE,
  version: 2,
  migrations: { 2: repairState },
  repair: repairState,
});
