// Which addresses Echt accepts as a calendar feed, and how one is shown. webcal:// is the
// same feed over https; plain http is accepted only for this computer (a calendar served
// locally).

type FeedUrlProblem = 'invalid-url' | 'not-https';

type FeedUrlResult = { ok: true; url: string } | { ok: false; problem: FeedUrlProblem };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function normalizeFeedUrl(input: string): FeedUrlResult {
  const trimmed = input.trim().replace(/^webcals?:\/\//i, 'https://');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'invalid-url' };
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    url.hash = '';
    return { ok: true, url: url.href };
  }
  return { ok: false, problem: url.protocol === 'http:' ? 'not-https' : 'invalid-url' };
}

/** Characters of a feed's path shown after its host; a secret token comes later in real feeds. */
const SHOWN_PATH = 8;

/**
 * A feed address as the options page shows it: the host and the first characters of the
 * rest ("calendar.google.com/calenda…"), never more than half of it. A Google or Outlook
 * address is a password to the whole calendar; the user reveals or copies it on purpose.
 */
export function maskFeedUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return '…';
  }
  const rest = `${url.pathname}${url.search}`;
  return `${url.host}${rest.slice(0, Math.min(SHOWN_PATH, Math.floor(rest.length / 2)))}…`;
}
