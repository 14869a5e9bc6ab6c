// The words of a reminder notification, in the user's language. Pure: the reminder, the
// phrase and the user's own note come in; a title and a message go out.
import type { Locale, Translate } from '../i18n';
import { formatTime } from '../i18n/dates';
import type { PlannedReminder } from './types';

export interface ReminderText {
  title: string;
  message: string;
}

/** "Sam", "Sam and Priya", "Sam, Priya and Lotte"; first names keep it light. */
export function namePeople(names: readonly string[], locale: Locale): string {
  const first = names.map((name) => (name.includes('@') ? name : (name.trim().split(/\s+/)[0] ?? name)));
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(first);
}

export function reminderText(
  reminder: PlannedReminder,
  { t, locale, phrase, note }: { t: Translate; locale: Locale; phrase: string; note?: string },
): ReminderText {
  const title =
    reminder.kind === 'meeting' && reminder.people.length > 0
      ? t('reminderTitle', [
          namePeople(
            reminder.people.map((person) => person.name),
            locale,
          ),
          formatTime(reminder.start, locale),
        ])
      : reminder.title;
  const lines = [phrase];
  if (note) lines.push(t('reminderLastTime', [note]));
  return { title, message: lines.join('\n') };
}
