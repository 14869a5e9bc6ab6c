// One refresh of one calendar feed: a conditional request with a timeout and a size
// limit, checked by the caller's parser before it can replace anything. A refresh that
// fails in any way returns the previous copy untouched: the last good calendar is never
// lost to a broken or unreachable feed.

export interface FeedCopy {
  text: string;
  fetchedAt: number;
  etag?: string;
  lastModified?: string;
}

export type FeedProblem =
  | 'offline'
  | 'timeout'
  | 'not-found'
  | 'forbidden'
  | 'server-error'
  | 'too-large'
  | 'html-page'
  | 'not-a-calendar';

export type FeedStatus =
  | { state: 'never' }
  | { state: 'synced'; at: number }
  | { state: 'failed'; at: number; problem: FeedProblem; httpStatus?: number; lastGoodAt?: number };

interface RefreshResult {
  /** The copy to keep: new when the feed changed and parsed, else the previous one. */
  copy: FeedCopy | undefined;
  /** True when `copy` is new and should be stored. */
  changed: boolean;
  status: FeedStatus;
}

interface RefreshOptions {
  now: Date;
  fetch: typeof globalThis.fetch;
  /** Throws when the text is not a calendar; its `code` may say 'html-page'. */
  validate: (text: string) => void;
  timeoutMs?: number;
  maxBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

class FeedFailure extends Error {
  constructor(
    readonly problem: FeedProblem,
    readonly httpStatus?: number,
  ) {
    super(problem);
  }
}

function problemForStatus(status: number): FeedProblem {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 401 || status === 403) return 'forbidden';
  return 'server-error';
}

/** Reads the body, giving up as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FeedFailure('too-large');
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FeedFailure('too-large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function conditionalHeaders(previous: FeedCopy | undefined): Record<string, string> {
  const headers: Record<string, string> = { accept: 'text/calendar, text/plain;q=0.9, */*;q=0.1' };
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  return headers;
}

function asFailure(error: unknown, timedOut: boolean): FeedFailure {
  if (error instanceof FeedFailure) return error;
  if (timedOut) return new FeedFailure('timeout');
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'html-page') return new FeedFailure('html-page');
  if (error instanceof TypeError) return new FeedFailure('offline');
  return new FeedFailure('not-a-calendar');
}

export async function refreshFeed(
  url: string,
  previous: FeedCopy | undefined,
  options: RefreshOptions,
): Promise<RefreshResult> {
  const at = options.now.getTime();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await options.fetch(url, {
      headers: conditionalHeaders(previous),
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
    if (response.status === 304 && previous) return { copy: previous, changed: false, status: { state: 'synced', at } };
    if (!response.ok) throw new FeedFailure(problemForStatus(response.status), response.status);
    const text = await readLimited(response, options.maxBytes ?? DEFAULT_MAX_BYTES);
    options.validate(text);
    const copy: FeedCopy = { text, fetchedAt: at };
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) copy.etag = etag;
    if (lastModified) copy.lastModified = lastModified;
    return { copy, changed: true, status: { state: 'synced', at } };
  } catch (error) {
    const failure = asFailure(error, timedOut);
    const status: FeedStatus = { state: 'failed', at, problem: failure.problem };
    if (failure.httpStatus !== undefined) status.httpStatus = failure.httpStatus;
    if (previous) status.lastGoodAt = previous.fetchedAt;
    return { copy: previous, changed: false, status };
  } finally {
    clearTimeout(timer);
  }
}
