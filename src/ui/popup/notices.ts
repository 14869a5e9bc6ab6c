// What keeps Echt from working fully, in the popup's words: a calendar not refreshed for
// days, or whose address no longer works. Pure: the calendars, their statuses and the clock come in.
import type { FeedStatus } from '../../feeds';
import { addressFailed, isStale, lastConfirmed } from '../../feeds/health';
import type { Locale, Translate } from '../../i18n';
import { formatRelative } from '../../i18n/dates';

/** One sentence per enabled calendar that is gone or stale, in the order the calendars are listed. */
export function calendarNotices(
  sources: readonly { id: string; name: string; enabled: boolean }[],
  statuses: Readonly<Record<string, FeedStatus>>,
  now: Date,
  t: Translate,
  locale: Locale,
): string[] {
  return sources.flatMap((source) => {
    const status = statuses[source.id];
    if (!source.enabled) return [];
    if (addressFailed(status)) return [t('popupCalendarGone', [source.name])];
    const confirmed = lastConfirmed(status);
    if (confirmed === undefined || !isStale(status, now)) return [];
    return [t('popupCalendarStale', [source.name, t('feedStale', [formatRelative(confirmed, now, locale)])])];
  });
}
