// Dates and times in the words of the user's language, through date-fns's locales; the
// popup, the options page and the reminders' notifications all write them this way.
import { format, formatDistance } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import type { Locale } from './index';

const DATE_LOCALES = { en: enGB, nl } as const;

/** A calendar day as people write it in `locale`: "21 November 2026", "21 november 2026". */
export function formatDay(date: Date | number, locale: Locale): string {
  return format(date, 'PPP', { locale: DATE_LOCALES[locale] });
}

/** A clock time: "09:12". */
export function formatTime(date: Date | number, locale: Locale): string {
  return format(date, 'p', { locale: DATE_LOCALES[locale] });
}

/** How long ago or how soon, in words: "3 minutes ago", "over 5 minuten". */
export function formatRelative(date: Date | number, now: Date | number, locale: Locale): string {
  return formatDistance(date, now, { addSuffix: true, locale: DATE_LOCALES[locale] });
}

/** A short weekday name for an ISO weekday (1 = Monday): "Mon", "ma". */
export function weekdayName(isoDay: number, locale: Locale): string {
  // 2024-01-01 was a Monday; any Monday works as the reference.
  return format(new Date(2024, 0, isoDay), 'EEE', { locale: DATE_LOCALES[locale] });
}
