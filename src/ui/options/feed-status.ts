// A calendar's latest refresh in words: "Synced 3 minutes ago", or what went wrong and
// which copy is shown instead.
import type { FeedProblem, FeedStatus } from '../../feeds';
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
};

/** One readable line: "Synced 3 minutes ago", "Offline — showing the last copy from 09:12". */
export function describeFeedStatus(status: FeedStatus | undefined, now: Date, t: Translate, locale: Locale): string {
  if (!status || status.state === 'never') return t('feedNever');
  if (status.state === 'synced') return t('feedSynced', [formatRelative(status.at, now, locale)]);
  const problem = t(PROBLEM_MESSAGES[status.problem], [String(status.httpStatus ?? '')]);
  if (status.lastGoodAt === undefined) return problem;
  return `${problem} — ${t('feedLastCopy', [formatTime(status.lastGoodAt, locale)])}`;
}
