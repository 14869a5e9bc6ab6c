// What a page does to add a calendar by its address, the same from the options page and
// the welcome page: check the address, ask for its origin in the user's click (the
// browser shows the prompt only then), and let the worker add and fetch it.
import type { FeedStatus } from '../feeds';
import { normalizeFeedUrl } from '../feeds/url';
import { originPattern, requestOrigin, sendMessage } from '../platform';

/** Why an address was not added; each is explained to the user. */
export type AddFeedProblem = 'invalid-url' | 'not-https' | 'denied';

export type AddFeedResult =
  /** `url` is the address as stored (webcal:// made https://). */
  { outcome: 'added'; url: string; status: FeedStatus } | { outcome: AddFeedProblem };

export async function addFeedByAddress(input: string, name: string): Promise<AddFeedResult> {
  const normalized = normalizeFeedUrl(input);
  if (!normalized.ok) return { outcome: normalized.problem };
  if (!(await requestOrigin(originPattern(normalized.url)))) return { outcome: 'denied' };
  const status = await sendMessage('addFeed', { url: normalized.url, name });
  return { outcome: 'added', url: normalized.url, status };
}
