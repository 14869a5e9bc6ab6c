// How current a calendar's copy is, from the status of its latest refresh: the options page
// and the popup say so when a copy is old or its address stopped working, rather than
// letting Echt remind from an old copy without a word.
import type { FeedStatus } from './refresh';

/** After this long without a successful refresh, a calendar's copy is called stale. */
export const STALE_AFTER_MS = 3 * 24 * 3_600_000;

/** When the feed last confirmed the copy in use; undefined when it never did. */
export function lastConfirmed(status: FeedStatus | undefined): number | undefined {
  if (status?.state === 'synced') return status.at;
  return status?.state === 'failed' ? status.lastGoodAt : undefined;
}

/** Whether the copy in use has not been confirmed for several days. */
export function isStale(status: FeedStatus | undefined, now: Date): boolean {
  const confirmed = lastConfirmed(status);
  return confirmed !== undefined && now.getTime() - confirmed > STALE_AFTER_MS;
}

/** Whether the feed answered that its address is gone or no longer open to Echt (404, 410, 401, 403). */
export function addressFailed(status: FeedStatus | undefined): boolean {
  return status?.state === 'failed' && (status.problem === 'not-found' || status.problem === 'forbidden');
}
