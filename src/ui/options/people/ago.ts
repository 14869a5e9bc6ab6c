// "3 days ago" for a check-in, in the user's language.
import type { Locale } from '../../../i18n';
import { formatRelative } from '../../../i18n/dates';

/**
 * How long ago a check-in was: "3 days ago". The page's clock only ticks every half
 * minute, so a check-in logged a moment ago would otherwise read "in less than a minute".
 */
export function ago(at: number, now: number, locale: Locale): string {
  return formatRelative(Math.min(at, now), now, locale);
}
