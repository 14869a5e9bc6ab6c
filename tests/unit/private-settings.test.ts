// Secrets and personal data out of storage.local, which every content script can read:
// calendar addresses, the user's e-mail addresses and the coach's personal rules live in
// the extension's IndexedDB, a profile stored by the version before moves there losing
// nothing, and storage.onChanged tells a chat tab only that something changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { repairState } from '../../src/reminders';
import { language, selfEmails } from '../../src/settings';
import { coachPreferences } from '../../src/settings/chat';
import { defineSetting } from '../../src/settings/define';
import { feedSources, feedStatuses } from '../../src/settings/feeds';
import { installDefaults } from '../../src/settings/install';
import { reminderRules, reminderState } from '../../src/settings/reminders';
import { servePackagedKnowledge } from './packaged';

/** storage.local as the version before this one left it (every key with WXT's version meta). */
const V1_PROFILE: Record<string, unknown> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/settings/v1-local.json'), 'utf8'),
);
const v1 = (key: string) => V1_PROFILE[key];

const FEED = 'https://calendar.google.com/calendar/ical/me%40example.org/private-0a1b2c/basic.ics';

/** Everything storage.local holds, as one string: what a content script could read. */
async function readableByContentScripts(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('private settings', () => {
  it('keep feed addresses, e-mail addresses and personal rules out of storage.local', async () => {
    await installDefaults();
    await feedSources.set([{ id: 'a', name: 'Work', color: '#3b7ddd', enabled: true, url: FEED }]);
    await selfEmails.set(['me@example.org']);
    await coachPreferences.update((current) => ({
      ...current,
      personalRules: [{ phrase: 'no worries', suggestions: ['Thanks for telling me.'] }],
    }));

    expect((await feedSources.get())[0]?.url).toBe(FEED);
    expect(await selfEmails.get()).toEqual(['me@example.org']);
    const local = await readableByContentScripts();
    expect(local).toContain('settings.language');
    for (const secret of ['calendar.google.com', 'private-0a1b2c', 'me@example.org', 'no worries', 'Thanks for']) {
      expect(local).not.toContain(secret);
    }
  });

  it('tell every context of a change through storage.onChanged, carrying nothing but a token', async () => {
    const changes: Record<string, { newValue?: unknown }>[] = [];
    fakeBrowser.storage.onChanged.addListener((change) => void changes.push(change));
    const seen: string[][] = [];
    const stop = selfEmails.watch((value) => seen.push(value));

    await selfEmails.set(['me@example.org']);
    await expect.poll(() => seen).toEqual([['me@example.org']]);
    stop();
    expect(changes.map((change) => Object.keys(change))).toEqual([['changed.settings.selfEmails']]);
    expect(JSON.stringify(changes)).not.toContain('example.org');
  });

  it('lose no change made at the same time from two contexts', async () => {
    // Two definitions of one key: two contexts, each with its own queue.
    const inPopup = defineSetting<string[]>({
      key: 'private:settings.selfEmails',
      fallback: [],
      version: 1,
      repair: selfEmails.repair,
    });
    await Promise.all(
      ['a@x.org', 'b@x.org', 'c@x.org', 'd@x.org'].map((email, index) =>
        (index % 2 ? inPopup : selfEmails).update((emails) => [...emails, email]),
      ),
    );
    expect([...(await selfEmails.get())].sort()).toEqual(['a@x.org', 'b@x.org', 'c@x.org', 'd@x.org']);
  });
});

describe('a profile stored by the version before', () => {
  beforeEach(servePackagedKnowledge);

  it('moves to the private store on update, losing nothing, and leaves no copy behind', async () => {
    await fakeBrowser.storage.local.set(V1_PROFILE);
    await installDefaults();

    expect(await feedSources.get()).toEqual(v1('feeds.sources'));
    expect(await feedStatuses.get()).toEqual(v1('feeds.status'));
    expect(await selfEmails.get()).toEqual(v1('settings.selfEmails'));
    expect(await reminderRules.get()).toEqual(v1('settings.reminders'));
    expect(await language.get()).toBe('nl');
    const coach = await coachPreferences.get();
    expect(coach.disabledKinds).toEqual(['advice']);
    expect(coach.personalRules).toEqual([{ phrase: 'no worries', suggestions: ['Thanks for telling me.'] }]);

    const local = await fakeBrowser.storage.local.get(null);
    for (const key of ['feeds.sources', 'feeds.status', 'settings.selfEmails', 'settings.coach']) {
      expect(local, key).not.toHaveProperty(key);
      expect(local, key).not.toHaveProperty(`${key}$`);
    }
    const readable = JSON.stringify(local);
    for (const secret of ['private-5f1e0c9d2b7a4e3f', 'example.org', 'werk.example', 'no worries', 'funeral']) {
      expect(readable).not.toContain(secret);
    }
  });

  it('keeps the reminder state, without the meeting titles it used to hold', async () => {
    await fakeBrowser.storage.local.set(V1_PROFILE);
    await installDefaults();
    const state = await reminderState.get();
    expect(state).toEqual(repairState(v1('state.reminders')));
    expect(Object.keys(state.handled)).toEqual(['meeting:uid-1@20250505T080000Z']);
    expect(state.dismissedSeries).toEqual({ 'uid-2': { at: 1746431800000 } });
    const readable = await readableByContentScripts();
    expect(readable).not.toContain('Funeral arrangements');
    expect(readable).not.toContain('Therapy');
  });

  it('turns silenced phrases into keys with migration 2, dropping what the rules find nothing in', async () => {
    await fakeBrowser.storage.local.set(V1_PROFILE);
    await installDefaults();
    expect((await coachPreferences.get()).silenced).toEqual([
      'vague-offer:let me know if you need anything',
      'shallow-checkin:how are you',
    ]);
  });

  it("drops the old phrases, and keeps the rest of the coach's settings, when the coach's knowledge cannot be read", async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await fakeBrowser.storage.local.set(V1_PROFILE);
    await installDefaults();
    const preferences = await coachPreferences.get();
    expect(preferences.silenced).toEqual([]);
    expect(preferences.disabledKinds).toEqual(['advice']);
    expect(preferences.personalRules).toHaveLength(1);
  });

  it('is moved by whichever context reads it first, and once', async () => {
    await fakeBrowser.storage.local.set(V1_PROFILE);
    // The options page opened before the worker ran its update: both read at once.
    const [first, second] = await Promise.all([feedSources.get(), feedSources.get()]);
    expect(first).toEqual(v1('feeds.sources'));
    expect(second).toEqual(first);
    expect(await fakeBrowser.storage.local.get('feeds.sources')).toEqual({});
  });

  it('leaves a copy another context wrote since in place: what is stored here wins, the old copy goes', async () => {
    await feedSources.set([]);
    await fakeBrowser.storage.local.set({ 'feeds.sources': v1('feeds.sources') });
    await installDefaults();
    expect(await feedSources.get()).toEqual([]);
    expect(await fakeBrowser.storage.local.get('feeds.sources')).toEqual({});
  });
});
