import { clear, createStore, keys } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eraseEverything } from '../../../src/backup';
import { deviceStores } from '../../../src/backup/device';
import { readCopy, writeCopy } from '../../../src/feeds/store';
import { addFeed, importCalendarFile, noteWarning, removeSource, syncAll, updateSource } from '../../../src/feeds/sync';
import { serialQueue } from '../../../src/platform';
import { feedSources, feedStatuses } from '../../../src/settings/feeds';

const ICS_V1 = 'BEGIN:VCALENDAR\r\nX-WR-CALNAME:Team\r\nEND:VCALENDAR\r\n';
const ICS_V2 = 'BEGIN:VCALENDAR\r\nX-WR-CALNAME:Team v2\r\nEND:VCALENDAR\r\n';

function validate(text: string): void {
  if (!text.startsWith('BEGIN:VCALENDAR')) throw Object.assign(new Error('web page'), { code: 'html-page' });
}

function server(bodies: string[]) {
  return vi.fn(async () => new Response(bodies.shift() ?? '', { status: 200 }));
}

const copies = createStore('echt-feeds', 'copies');

beforeEach(async () => {
  await clear(copies);
});

/** Every key in the calendars' store: copies and expansions alike. */
function storedKeys(): Promise<IDBValidKey[]> {
  return keys(copies);
}

describe('calendar feeds', () => {
  it('adds a feed, fetches it and reports it synced', async () => {
    const now = new Date('2026-11-21T09:00:00Z');
    const { source, status } = await addFeed('https://calendar.example/team.ics', ' Team ', {
      now,
      fetch: server([ICS_V1]),
      validate,
    });
    expect(source).toMatchObject({ name: 'Team', enabled: true, url: 'https://calendar.example/team.ics' });
    expect(status).toEqual({ state: 'synced', at: now.getTime() });
    expect((await readCopy(source.id))?.text).toBe(ICS_V1);
  });

  it('keeps the last good calendar when the feed turns into a web page', async () => {
    const fetch = server([ICS_V1, '<html>Sign in</html>', ICS_V2]);
    const { source } = await addFeed('https://calendar.example/team.ics', 'Team', {
      now: new Date('2026-11-21T09:00:00Z'),
      fetch,
      validate,
    });
    await syncAll({ now: new Date('2026-11-21T09:30:00Z'), fetch, validate });
    expect((await readCopy(source.id))?.text).toBe(ICS_V1);
    expect((await feedStatuses.get())[source.id]).toMatchObject({
      state: 'failed',
      problem: 'html-page',
      lastGoodAt: Date.parse('2026-11-21T09:00:00Z'),
    });

    await syncAll({ now: new Date('2026-11-21T10:00:00Z'), fetch, validate });
    expect((await readCopy(source.id))?.text).toBe(ICS_V2);
    expect((await feedStatuses.get())[source.id]).toEqual({ state: 'synced', at: Date.parse('2026-11-21T10:00:00Z') });
  });

  it('skips switched-off feeds when refreshing', async () => {
    const fetch = server([ICS_V1]);
    const { source } = await addFeed('https://calendar.example/a.ics', 'A', { now: new Date(), fetch, validate });
    await updateSource(source.id, { enabled: false });
    await syncAll({ now: new Date(), fetch, validate });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('renames and recolours a calendar, and ignores a blank name or a colour that is not #rrggbb', async () => {
    const { source } = await addFeed('https://calendar.example/a.ics', 'A', {
      now: new Date(),
      fetch: server([ICS_V1]),
      validate,
    });
    await updateSource(source.id, { name: '  Work  ', color: '#AA3366' });
    expect(await feedSources.get()).toEqual([{ ...source, name: 'Work', color: '#aa3366' }]);
    await updateSource(source.id, { name: '   ', color: 'red' });
    expect(await feedSources.get()).toEqual([{ ...source, name: 'Work', color: '#aa3366' }]);
    await updateSource(source.id, { name: 'x'.repeat(80) });
    expect((await feedSources.get())[0]?.name).toBe('x'.repeat(60));
  });

  it('imports an .ics file, and refuses a file that is not a calendar without adding anything', async () => {
    const now = new Date('2026-11-21T09:00:00Z');
    const source = await importCalendarFile('holidays.ics', ICS_V1, { now, validate });
    expect((await readCopy(source.id))?.text).toBe(ICS_V1);
    await expect(importCalendarFile('notes.txt', 'hello', { now, validate })).rejects.toThrow();
    expect(await feedSources.get()).toHaveLength(1);
  });

  it('removes a source with its copy and status', async () => {
    const { source } = await addFeed('https://calendar.example/a.ics', 'A', {
      now: new Date(),
      fetch: server([ICS_V1]),
      validate,
    });
    await removeSource(source.id);
    expect(await feedSources.get()).toEqual([]);
    expect(await feedStatuses.get()).toEqual({});
    expect(await readCopy(source.id)).toBeUndefined();
  });

  it('keeps a warning while the copy stays the same, and says when that copy was last confirmed', async () => {
    const feed = vi.fn(async () => new Response(ICS_V1, { status: 200 }));
    const { source } = await addFeed('https://calendar.example/a.ics', 'A', {
      now: new Date('2026-11-16T09:00:00Z'),
      fetch: feed,
      validate,
    });
    await noteWarning(source.id, 'too-many-events');
    const unchanged = vi.fn(async () => new Response(null, { status: 304 }));
    await syncAll({ now: new Date('2026-11-17T09:00:00Z'), fetch: unchanged, validate });
    expect((await feedStatuses.get())[source.id]).toEqual({
      state: 'synced',
      at: Date.parse('2026-11-17T09:00:00Z'),
      warning: 'too-many-events',
    });
    const gone = vi.fn(async () => new Response('gone', { status: 404 }));
    await syncAll({ now: new Date('2026-11-21T09:00:00Z'), fetch: gone, validate });
    expect((await feedStatuses.get())[source.id]).toMatchObject({
      state: 'failed',
      problem: 'not-found',
      lastGoodAt: Date.parse('2026-11-17T09:00:00Z'),
      warning: 'too-many-events',
    });
  });
});

describe('a calendar removed while it refreshes', () => {
  /** A feed that answers only when told to, so the test can act while the refresh waits. */
  function slowFeed() {
    let answer: (response: Response) => void = () => undefined;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    return { fetch, answer: (body: string) => answer(new Response(body, { status: 200 })) };
  }

  async function addedFeed(): Promise<string> {
    const { source } = await addFeed('https://calendar.example/a.ics', 'A', {
      now: new Date('2026-11-21T09:00:00Z'),
      fetch: server([ICS_V1]),
      validate,
    });
    return source.id;
  }

  it.each([
    ['removing it', (id: string) => removeSource(id)],
    ['"delete everything"', () => eraseEverything(deviceStores)],
  ])('leaves nothing behind after %s: no copy, no status, no calendar', async (_what, remove) => {
    const id = await addedFeed();
    const serially = serialQueue();
    const feed = slowFeed();
    const refreshing = syncAll({ now: new Date('2026-11-21T09:30:00Z'), fetch: feed.fetch, validate, serially });
    await vi.waitFor(() => expect(feed.fetch).toHaveBeenCalled());
    await serially(() => remove(id));
    feed.answer(ICS_V2);
    await refreshing;
    expect(await feedSources.get()).toEqual([]);
    expect(await feedStatuses.get()).toEqual({});
    expect(await readCopy(id)).toBeUndefined();
  });

  it('"delete everything" also removes a copy no calendar lists any more', async () => {
    await writeCopy('left-behind', { text: ICS_V1, fetchedAt: 1 });
    await eraseEverything(deviceStores);
    expect(await readCopy('left-behind')).toBeUndefined();
  });
});

describe('adding a calendar that cannot be stored', () => {
  it('leaves no copy behind when its calendar cannot be listed', async () => {
    vi.spyOn(feedSources, 'update').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await expect(importCalendarFile('holidays.ics', ICS_V1, { now: new Date(), validate })).rejects.toThrow(/quota/);
    expect(await feedSources.get()).toEqual([]);
    expect(await feedStatuses.get()).toEqual({});
    expect(await storedKeys()).toEqual([]);
  });
});
