// A calendar's latest refresh in words: "Synced 3 minutes ago", or what went wrong and
// which copy is shown instead ("last updated 5 days ago" once it is old), and a warning
// when Echt reads only part of it.
import type { FeedProblem, FeedStatus, FeedWarning } from '../../feeds';
import { isStale } from '../../feeds/health';
import type { Locale, MessageKey, Translate } from '../../i18n';
import { formatRelative, formatTime } from '../../i18n/dates';

const PROBLEM_MESSAGES: Record<FeedProblem, MessageKey> = {
  offline: 'feedOffline',
  timeout: 'feedTimeout',
  'not-found': 'feedNotFound',
  forbidden: 'feedForbidden',
  'server-error': 'feedServerError',
  'too-large': 'feedTooLarge',
  'html-page': 'feedHtmlPage',
  'not-a-calendar': 'feedNotCalendar',
  'insecure-redirect': 'feedInsecureRedirect',
};

const WARNING_MESSAGES: Record<FeedWarning, MessageKey> = {
  'too-many-events': 'feedTooManyEvents',
  'too-slow': 'feedTooSlow',
};

/** The outcome itself: "Synced 3 minutes ago", "Offline — showing the last copy from 09:12". */
function outcome(status: Exclude<FeedStatus, { state: 'never' }>, now: Date, t: Translate, locale: Locale): string {
  if (status.state === 'synced') return t('feedSynced', [formatRelative(status.at, now, locale)]);
  const problem = t(PROBLEM_MESSAGES[status.problem], [String(status.httpStatus ?? '')]);
  if (status.lastGoodAt === undefined) return problem;
  // A time of day alone would hide that the copy is days old.
  const copy = isStale(status, now)
    ? t('feedStale', [formatRelative(status.lastGoodAt, now, locale)])
    : t('feedLastCopy', [formatTime(status.lastGoodAt, locale)]);
  return `${problem} — ${copy}`;
}

/** One readable line, with the warning when Echt reads only part of the calendar. */
export function describeFeedStatus(status: FeedStatus | undefined, now: Date, t: Translate, locale: Locale): string {
  if (!status || status.state === 'never') return t('feedNever');
  const line = outcome(status, now, t, locale);
  return status.warning ? `${line}. ${t(WARNING_MESSAGES[status.warning])}` : line;
}
