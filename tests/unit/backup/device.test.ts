// The real stores (fake browser storage, fake IndexedDB): export, erase, restore, round trip.
import { clear, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  collectBackup,
  eraseEverything,
  parseBackup,
  restoreBackup,
  serializeBackup,
  withoutFeedAddresses,
} from '../../../src/backup';
import { deviceRules, deviceStores } from '../../../src/backup/device';
import { readCopy } from '../../../src/feeds/store';
import { importCalendarFile } from '../../../src/feeds/sync';
import { addAskAbout, addPerson, listCheckIns, listPeople, logCheckIn } from '../../../src/people';
import { language, selfEmails } from '../../../src/settings';
import { coachPreferences } from '../../../src/settings/chat';
import { feedSources, feedStatuses } from '../../../src/settings/feeds';
import { ALL_SETTINGS } from '../../../src/settings/install';
import { reminderRules, reminderState } from '../../../src/settings/reminders';
import { servePackagedKnowledge } from '../packaged';
import { at, emptyPeopleStore } from '../people/helpers';

const CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Echt//Test//EN\r\nX-WR-CALNAME:Team\r\nEND:VCALENDAR\r\n';
const NOW = new Date('2026-05-04T10:00:00Z');

beforeEach(async () => {
  await emptyPeopleStore();
  await clear(createStore('echt-feeds', 'copies'));
});

async function seed(): Promise<void> {
  const sam = await addPerson({ name: 'Sam de Vries', emails: ['sam@example.nl'], notes: 'Two kids' }, at(2026, 1, 2));
  await addAskAbout(sam.id, { text: 'Moving house', date: '2026-05-20' }, at(2026, 4, 1));
  await logCheckIn({ personId: sam.id, at: at(2026, 4, 2), how: 'coffee', note: 'New flat' });
  await language.set('nl');
  await selfEmails.set(['me@example.org']);
  await reminderRules.set({ ...(await reminderRules.get()), leadMinutes: 10 });
  await importCalendarFile('Team', CALENDAR, { now: NOW, validate: () => {} });
}

async function everything() {
  const settings = await Promise.all(ALL_SETTINGS.map((setting) => setting.get()));
  const sources = await feedSources.get();
  const copies = await Promise.all(sources.map((source) => readCopy(source.id)));
  return { people: await listPeople(), checkIns: await listCheckIns(), settings, copies };
}

describe('a backup of this device', () => {
  it('comes back identical after everything was erased', async () => {
    await seed();
    const before = await everything();
    const [calendar] = await feedSources.get();
    const text = serializeBackup(await collectBackup(deviceStores, NOW));

    await eraseEverything(deviceStores);
    const empty = await everything();
    expect(empty.people).toEqual([]);
    expect(empty.checkIns).toEqual([]);
    expect(await language.get()).toBe('auto');
    expect(await feedSources.get()).toEqual([]);
    expect(await readCopy(calendar?.id ?? '')).toBeUndefined();

    const check = await parseBackup(text, deviceRules);
    if (!check.ok) throw new Error(JSON.stringify(check.problem));
    await restoreBackup(check.backup, 'replace', deviceStores);
    expect(await everything()).toEqual(before);
  });

  it("refuses a file with a value a setting's own repair would change, before writing anything", async () => {
    await seed();
    const file = JSON.parse(serializeBackup(await collectBackup(deviceStores, NOW)));
    file.settings['local:settings.language'] = 'fr';
    expect(await parseBackup(JSON.stringify(file), deviceRules)).toEqual({
      ok: false,
      problem: { code: 'invalid-setting', key: 'local:settings.language' },
    });
    // One bad field in a structured setting is enough.
    file.settings['local:settings.language'] = 'en';
    file.settings['local:settings.reminders'].leadMinutes = 'soon';
    expect(await parseBackup(JSON.stringify(file), deviceRules)).toEqual({
      ok: false,
      problem: { code: 'invalid-setting', key: 'local:settings.reminders' },
    });
  });

  it('puts every setting back when storage fails halfway through a restore', async () => {
    await seed();
    const before = await everything();
    const file = JSON.parse(serializeBackup(await collectBackup(deviceStores, NOW)));
    file.settings['local:settings.language'] = 'en';
    file.settings['private:settings.selfEmails'] = ['other@example.org'];
    file.settings['local:settings.reminders'].leadMinutes = 15;
    file.people = { ...file.people, people: [], checkIns: [] };
    const check = await parseBackup(JSON.stringify(file), deviceRules);
    if (!check.ok) throw new Error(JSON.stringify(check.problem));
    // Language and addresses are written, then the reminder rules' write fails as a full disk would.
    const settings = deviceStores.settings.map((setting) =>
      setting === reminderRules ? { ...setting, set: () => Promise.reject(new Error('QuotaExceededError')) } : setting,
    );
    await expect(restoreBackup(check.backup, 'replace', { ...deviceStores, settings })).rejects.toThrow(
      'QuotaExceededError',
    );
    expect(await everything()).toEqual(before);
  });

  it('refuses a calendar copy the calendar parser cannot read', async () => {
    const file = JSON.parse(serializeBackup(await collectBackup(deviceStores, NOW)));
    file.calendarFiles = { x: { text: '<!doctype html><p>Sign in', fetchedAt: 1 } };
    expect(await parseBackup(JSON.stringify(file), deviceRules)).toEqual({
      ok: false,
      problem: { code: 'invalid-calendar', id: 'x' },
    });
  });
});

const FEED = 'https://calendar.google.com/calendar/ical/me%40example.org/private-0a1b2c3d/basic.ics';

async function withFeed(): Promise<void> {
  await seed();
  await feedSources.update((sources) => [
    ...sources,
    { id: 'feed1', name: 'Work', color: '#2f9e44', enabled: true, url: FEED },
  ]);
  await feedStatuses.update((statuses) => ({ ...statuses, feed1: { state: 'synced', at: NOW.getTime() } }));
}

describe("the calendars' secret addresses in a backup", () => {
  it('are left out when the user asks, with their calendars; imported files stay', async () => {
    await withFeed();
    const backup = await collectBackup(deviceStores, NOW);
    const feeds = deviceRules.feeds;
    if (!feeds) throw new Error('no feed rules');
    const text = serializeBackup(withoutFeedAddresses(backup, feeds));
    expect(text).not.toContain('calendar.google.com');
    expect(text).not.toContain('feed1');
    expect(serializeBackup(backup)).toContain(FEED);

    await eraseEverything(deviceStores);
    const check = await parseBackup(text, deviceRules);
    if (!check.ok) throw new Error(JSON.stringify(check.problem));
    expect(check.calendars).toEqual([{ name: 'Team' }]);
    await restoreBackup(check.backup, 'replace', deviceStores);
    expect((await feedSources.get()).map((source) => source.name)).toEqual(['Team']);
  });

  it('are listed with their calendars before a restore', async () => {
    await withFeed();
    const check = await parseBackup(serializeBackup(await collectBackup(deviceStores, NOW)), deviceRules);
    expect(check.ok && check.calendars).toEqual([{ name: 'Team' }, { name: 'Work', url: FEED }]);
  });

  it('are held to the rule for adding a calendar: a file with another address changes nothing', async () => {
    await withFeed();
    const file = JSON.parse(serializeBackup(await collectBackup(deviceStores, NOW)));
    for (const url of ['http://192.168.1.1/cal.ics', 'javascript:alert(1)', 'webcal://calendar.example/a.ics']) {
      file.settings['private:feeds.sources'][1].url = url;
      expect(await parseBackup(JSON.stringify(file), deviceRules), url).toEqual({
        ok: false,
        problem: { code: 'invalid-feed-url', name: 'Work' },
      });
    }
  });
});

describe('a backup made by the version before', () => {
  it('is restored: settings under their old keys, silences turned into keys, meeting titles left out', async () => {
    servePackagedKnowledge();
    await seed();
    const today = JSON.parse(serializeBackup(await collectBackup(deviceStores, NOW)));
    const v1 = {
      format: 'echt.backup',
      version: 1,
      exportedAt: NOW.toISOString(),
      settings: {
        'local:settings.language': 'nl',
        'local:settings.selfEmails': ['me@example.org'],
        'local:feeds.sources': [{ id: 'feed1', name: 'Work', color: '#2f9e44', enabled: true, url: FEED }],
        'local:feeds.status': { feed1: { state: 'synced', at: 1 } },
        'local:settings.coach': {
          disabledKinds: [],
          silenced: ['let me know if you need anything for the funeral plans'],
          personalRules: [],
        },
        'local:state.reminders': {
          handled: {
            'meeting:m1': { at: 1, outcome: 'shown', meeting: { meetingId: 'm1', seriesKey: 'm', title: 'Chemo' } },
          },
          snoozed: {},
          dismissedMeetings: {},
          dismissedSeries: {},
          shownPerDay: {},
        },
      },
      calendarFiles: {},
      people: today.people,
    };
    const check = await parseBackup(JSON.stringify(v1), deviceRules);
    if (!check.ok) throw new Error(JSON.stringify(check.problem));
    await restoreBackup(check.backup, 'replace', deviceStores);
    expect(await selfEmails.get()).toEqual(['me@example.org']);
    expect((await feedSources.get())[0]?.url).toBe(FEED);
    expect((await coachPreferences.get()).silenced).toEqual(['vague-offer:let me know if you need anything']);
    expect(JSON.stringify(await reminderState.get())).not.toContain('Chemo');
  });
});
