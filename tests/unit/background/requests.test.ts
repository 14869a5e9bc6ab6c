// The worker answers only the contexts that need it: a chat tab gets what the chip needs
// and nothing else, every request is checked in the worker itself, and a refused request
// gets no answer and changes nothing. The probes of the review, replayed against the
// real handlers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clear, createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../../src/background/handlers';
import { requestChecks } from '../../../src/background/requests';
import { coachData } from '../../../src/coach';
import { serveMessages } from '../../../src/platform/runtime';
import { coachPreferences } from '../../../src/settings/chat';
import { feedSources } from '../../../src/settings/feeds';
import { reminderState } from '../../../src/settings/reminders';
import { ask, CHAT_TAB, ELSEWHERE, OPTIONS_PAGE, OTHER_EXTENSION, POPUP } from '../senders';
import { stubManifestWithSlack } from './browser';

const ICS = readFileSync(join(import.meta.dirname, '../../fixtures/calendar/people.ics'), 'utf8');

let controller: AbortController;
const serveIcs = async () => new Response(ICS, { status: 200 });
const network = vi.fn(serveIcs);

beforeEach(async () => {
  await clear(createStore('echt-feeds', 'copies'));
  controller = new AbortController();
  serveMessages(handlers, requestChecks, controller.signal);
  vi.stubGlobal('fetch', network);
  // A test that failed midway leaves no answer of its own for the next.
  network.mockReset().mockImplementation(serveIcs);
  stubManifestWithSlack();
});

afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

describe('a chat tab', () => {
  it('gets no meetings, adds no feed, imports no calendar and changes no nudge', async () => {
    await ask(OPTIONS_PAGE(), 'importCalendar', { name: 'Team', text: ICS });
    const before = { sources: await feedSources.get(), state: await reminderState.get() };

    expect(await ask(CHAT_TAB(), 'upcomingMeetings', { hours: 24 })).toBeUndefined();
    expect(await ask(CHAT_TAB(), 'addFeed', { url: 'https://calendar.example/team.ics', name: 'x' })).toBeUndefined();
    expect(await ask(CHAT_TAB(), 'addFeed', { url: 'http://192.168.1.1/cal.ics', name: 'x' })).toBeUndefined();
    expect(await ask(CHAT_TAB(), 'importCalendar', { name: 'Injected', text: ICS })).toBeUndefined();
    expect(
      await ask(CHAT_TAB(), 'setMeetingNudge', { meetingId: 'm1', seriesId: 's1', nudge: 'series' }),
    ).toBeUndefined();
    expect(await ask(CHAT_TAB(), 'syncFeeds', null)).toBeUndefined();
    expect(await ask(CHAT_TAB(), 'getStatus', null)).toBeUndefined();
    expect(await ask(CHAT_TAB(), 'setSiteEnabled', { url: 'https://evil.example/', enabled: true })).toBeUndefined();

    expect(network).not.toHaveBeenCalled();
    expect(await feedSources.get()).toEqual(before.sources);
    expect(await reminderState.get()).toEqual(before.state);
  });

  it('gets what the chip needs, each request checked', async () => {
    const setup = await ask(CHAT_TAB(), 'chipSetup', null);
    expect(setup).toMatchObject({ ok: true, value: { enabled: true, locale: 'en' } });
    // Where a frame is comes from the browser: one of another site that claims Slack's address is not on Slack.
    const claimed = await ask(ELSEWHERE(), 'chipSetup', { url: 'https://app.slack.com/client/T1/C1' });
    expect(claimed).toMatchObject({ ok: true, value: { enabled: false } });

    expect(await ask(CHAT_TAB(), 'silencePhrase', { key: 'vague-offer:just say the word' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await ask(CHAT_TAB(), 'setKindEnabled', { kind: 'advice', enabled: false })).toEqual({
      ok: true,
      value: null,
    });
    expect(await coachPreferences.get()).toEqual({
      disabledKinds: ['advice'],
      silenced: ['vague-offer:just say the word'],
      personalRules: [],
    });

    const refused = [
      ask(CHAT_TAB(), 'silencePhrase', { key: 'Let me know if you need anything for the funeral plans' }),
      ask(CHAT_TAB(), 'silencePhrase', { phrase: 'just say the word' }),
      ask(CHAT_TAB(), 'setKindEnabled', { kind: 'everything', enabled: false }),
      ask(CHAT_TAB(), 'setKindEnabled', { kind: 'comparison', enabled: 'no' }),
    ];
    for (const answer of await Promise.all(refused)) expect(answer).toBeUndefined();
    expect((await coachPreferences.get()).disabledKinds).toEqual(['advice']);
    expect((await coachPreferences.get()).silenced).toEqual(['vague-offer:just say the word']);
  });
  it("gets the coach's knowledge for a language Echt ships, and no answer for any other", async () => {
    network.mockImplementationOnce(async () => new Response(JSON.stringify(coachData('nl'))));
    for (const locale of ['fr', '../manifest.json#', '', 7, null]) {
      expect(await ask(CHAT_TAB(), 'coachKnowledge', { locale }), String(locale)).toBeUndefined();
    }
    expect(await ask(CHAT_TAB(), 'coachKnowledge', null)).toBeUndefined();
    expect(network).not.toHaveBeenCalled();

    expect(await ask(CHAT_TAB(), 'coachKnowledge', { locale: 'nl' })).toMatchObject({
      ok: true,
      value: { locale: 'nl' },
    });
    expect(network).toHaveBeenCalledTimes(1);
  });
});

describe("Echt's own pages", () => {
  it('add a calendar from a file and read the meetings', async () => {
    expect(await ask(OPTIONS_PAGE(), 'importCalendar', { name: 'Team', text: ICS })).toEqual({ ok: true, value: true });
    expect((await feedSources.get()).map((source) => source.name)).toEqual(['Team']);
    expect(await ask(POPUP(), 'upcomingMeetings', { hours: 12 })).toMatchObject({ ok: true });
  });

  it("are held to the options page's rules for feed addresses: https or webcal, http only for this computer", async () => {
    for (const url of ['http://192.168.1.1/cal.ics', 'http://calendar.example/team.ics', 'file:///etc/passwd', 42]) {
      expect(await ask(OPTIONS_PAGE(), 'addFeed', { url, name: 'Router' }), String(url)).toBeUndefined();
    }
    expect(network).not.toHaveBeenCalled();
    expect(await feedSources.get()).toEqual([]);

    expect(await ask(OPTIONS_PAGE(), 'addFeed', { url: 'webcal://calendar.example/team.ics', name: 'Team' })).toEqual({
      ok: true,
      value: expect.objectContaining({ state: 'synced' }),
    });
    expect((await feedSources.get())[0]?.url).toBe('https://calendar.example/team.ics');
  });

  it('send numbers within bounds and texts within their lengths', async () => {
    for (const hours of [0, -1, 10_000, Number.NaN, '12']) {
      expect(await ask(POPUP(), 'upcomingMeetings', { hours }), String(hours)).toBeUndefined();
    }
    const long = 'n'.repeat(61);
    expect(await ask(OPTIONS_PAGE(), 'addFeed', { url: 'https://calendar.example/a.ics', name: long })).toBeUndefined();
    expect(
      await ask(OPTIONS_PAGE(), 'setMeetingNudge', { meetingId: 'm'.repeat(2000), seriesId: 's', nudge: 'series' }),
    ).toBeUndefined();
    expect(
      await ask(OPTIONS_PAGE(), 'setMeetingNudge', { meetingId: 'm1', seriesId: 's1', nudge: 'forever' }),
    ).toBeUndefined();
    expect(await reminderState.get()).toMatchObject({ dismissedMeetings: {}, dismissedSeries: {} });
  });
});

describe('another extension', () => {
  it('gets no answer to anything', async () => {
    expect(await ask(OTHER_EXTENSION(), 'chipSetup', { url: 'https://app.slack.com/' })).toBeUndefined();
    expect(await ask(OTHER_EXTENSION(), 'upcomingMeetings', { hours: 12 })).toBeUndefined();
  });
});
