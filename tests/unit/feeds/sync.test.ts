import { clear, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readCopy } from '../../../src/feeds/store';
import {
  addFeed,
  enabledCopies,
  importCalendarFile,
  removeSource,
  syncAll,
  updateSource,
} from '../../../src/feeds/sync';
import { feedSources, feedStatuses } from '../../../src/settings/feeds';

const ICS_V1 = 'BEGIN:VCALENDAR\r\nX-WR-CALNAME:Team\r\nEND:VCALENDAR\r\n';
const ICS_V2 = 'BEGIN:VCALENDAR\r\nX-WR-CALNAME:Team v2\r\nEND:VCALENDAR\r\n';

function validate(text: string): void {
  if (!text.startsWith('BEGIN:VCALENDAR')) throw Object.assign(new Error('web page'), { code: 'html-page' });
}

function server(bodies: string[]) {
  return vi.fn(async () => new Response(bodies.shift() ?? '', { status: 200 }));
}

beforeEach(async () => {
  await clear(createStore('echt-feeds', 'copies'));
});

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

  it('skips switched-off feeds when refreshing and when reading meetings', async () => {
    const fetch = server([ICS_V1]);
    const { source } = await addFeed('https://calendar.example/a.ics', 'A', { now: new Date(), fetch, validate });
    await updateSource(source.id, { enabled: false });
    await syncAll({ now: new Date(), fetch, validate });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await enabledCopies()).toEqual([]);
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
    expect((await enabledCopies()).map((entry) => entry.source.id)).toEqual([source.id]);
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
});
