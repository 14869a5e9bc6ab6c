import { describe, expect, it, vi } from 'vitest';
import { type FeedCopy, refreshFeed } from '../../../src/feeds/refresh';
import { normalizeFeedUrl } from '../../../src/feeds/url';
import { originPattern } from '../../../src/platform/match-patterns';

const NOW = new Date('2026-11-21T09:12:00Z');
const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
const URL_ = 'https://calendar.example/feed.ics';

/** A strict stand-in for the calendar parser: the caller's validate. */
function validate(text: string): void {
  if (/^\s*</.test(text)) throw Object.assign(new Error('web page'), { code: 'html-page' });
  if (!text.includes('BEGIN:VCALENDAR')) throw Object.assign(new Error('no'), { code: 'not-a-calendar' });
}

const previous: FeedCopy = { text: ICS, fetchedAt: Date.parse('2026-11-21T08:00:00Z'), etag: '"v1"' };

function respond(body: BodyInit | null, init: ResponseInit = {}) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body, init));
}

describe('refreshFeed', () => {
  it('keeps a new calendar with its validators for the next conditional request', async () => {
    const fetch = respond(ICS, { headers: { etag: '"v2"', 'last-modified': 'Sat, 21 Nov 2026 09:00:00 GMT' } });
    const result = await refreshFeed(URL_, undefined, { now: NOW, fetch, validate });
    expect(result).toEqual({
      copy: { text: ICS, fetchedAt: NOW.getTime(), etag: '"v2"', lastModified: 'Sat, 21 Nov 2026 09:00:00 GMT' },
      changed: true,
      status: { state: 'synced', at: NOW.getTime() },
    });
  });

  it('asks only for changes, and keeps the copy on 304 Not Modified', async () => {
    const fetch = respond(null, { status: 304 });
    const result = await refreshFeed(URL_, previous, { now: NOW, fetch, validate });
    const headers = fetch.mock.calls[0]?.[1]?.headers as Record<string, string>;
    expect(headers['if-none-match']).toBe('"v1"');
    expect(result).toEqual({ copy: previous, changed: false, status: { state: 'synced', at: NOW.getTime() } });
  });

  it.each([
    [404, 'not-found'],
    [410, 'not-found'],
    [401, 'forbidden'],
    [500, 'server-error'],
  ] as const)('never replaces the last good copy on HTTP %i', async (status, problem) => {
    const result = await refreshFeed(URL_, previous, { now: NOW, fetch: respond('nope', { status }), validate });
    expect(result.copy).toBe(previous);
    expect(result.changed).toBe(false);
    expect(result.status).toEqual({
      state: 'failed',
      at: NOW.getTime(),
      problem,
      httpStatus: status,
      lastGoodAt: previous.fetchedAt,
    });
  });

  it('says a web page is not a calendar, and keeps the last good copy', async () => {
    const fetch = respond('<!doctype html><title>Sign in</title>', { headers: { 'content-type': 'text/html' } });
    const result = await refreshFeed(URL_, previous, { now: NOW, fetch, validate });
    expect(result.copy).toBe(previous);
    expect(result.status).toMatchObject({ state: 'failed', problem: 'html-page', lastGoodAt: previous.fetchedAt });
  });

  it('reports offline when the network is unreachable', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await refreshFeed(URL_, previous, { now: NOW, fetch, validate });
    expect(result.status).toMatchObject({ state: 'failed', problem: 'offline', lastGoodAt: previous.fetchedAt });
  });

  it('gives up on a feed that does not answer in time', async () => {
    const fetch = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const result = await refreshFeed(URL_, undefined, { now: NOW, fetch, validate, timeoutMs: 5 });
    expect(result).toEqual({
      copy: undefined,
      changed: false,
      status: { state: 'failed', at: NOW.getTime(), problem: 'timeout' },
    });
  });

  it('stops reading a feed that is larger than the limit', async () => {
    const big = `BEGIN:VCALENDAR\r\n${'X-FILL:0123456789\r\n'.repeat(200)}END:VCALENDAR\r\n`;
    const stream = new Response(big).body;
    const result = await refreshFeed(URL_, previous, { now: NOW, fetch: respond(stream), validate, maxBytes: 1024 });
    expect(result.copy).toBe(previous);
    expect(result.status).toMatchObject({ problem: 'too-large' });
  });

  it('trusts a declared length over the limit without reading it', async () => {
    const fetch = respond(ICS, { headers: { 'content-length': String(50 * 1024 * 1024) } });
    const result = await refreshFeed(URL_, undefined, { now: NOW, fetch, validate });
    expect(result.status).toMatchObject({ problem: 'too-large' });
  });
});

describe('normalizeFeedUrl', () => {
  it('turns webcal into https and keeps https as it is', () => {
    expect(normalizeFeedUrl(' webcal://p01-caldav.example/published/2/abc ')).toEqual({
      ok: true,
      url: 'https://p01-caldav.example/published/2/abc',
    });
    expect(normalizeFeedUrl('https://calendar.example/basic.ics#x')).toEqual({
      ok: true,
      url: 'https://calendar.example/basic.ics',
    });
  });

  it('refuses plain http except on this computer, and things that are no address', () => {
    expect(normalizeFeedUrl('http://calendar.example/basic.ics')).toEqual({ ok: false, problem: 'not-https' });
    expect(normalizeFeedUrl('http://127.0.0.1:8080/team.ics')).toMatchObject({ ok: true });
    expect(normalizeFeedUrl('my calendar')).toEqual({ ok: false, problem: 'invalid-url' });
    expect(normalizeFeedUrl('ftp://calendar.example/a.ics')).toEqual({ ok: false, problem: 'invalid-url' });
  });

  it('gives the permission pattern for a feed', () => {
    expect(originPattern('https://calendar.example:8443/a/b.ics?x=1')).toBe('https://calendar.example/*');
  });
});
