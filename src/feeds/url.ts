// Which addresses Echt accepts as a calendar feed. webcal:// is the same feed over
// https; plain http is accepted only for this computer (a calendar served locally).

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
