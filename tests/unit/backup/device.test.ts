// The real stores (fake browser storage, fake IndexedDB): export, erase, restore, round trip.
import { clear, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectBackup, eraseEverything, parseBackup, restoreBackup, serializeBackup } from '../../../src/backup';
import { deviceRules, deviceStores } from '../../../src/backup/device';
import { readCopy } from '../../../src/feeds/store';
import { importCalendarFile } from '../../../src/feeds/sync';
import { addAskAbout, addPerson, listCheckIns, listPeople, logCheckIn } from '../../../src/people';
import { language, selfEmails } from '../../../src/settings';
import { feedSources } from '../../../src/settings/feeds';
import { ALL_SETTINGS } from '../../../src/settings/install';
import { reminderRules } from '../../../src/settings/reminders';
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

    const check = parseBackup(text, deviceRules);
    if (!check.ok) throw new Error(JSON.stringify(check.problem));
    await restoreBackup(check.backup, 'replace', deviceStores);
    expect(await everything()).toEqual(before);
  });

  it("refuses a file with a value a setting's own repair would change, before writing anything", async () => {
    await seed();
    const file = JSON.parse(serializeBackup(await collectBackup(deviceStores, NOW)));
    file.settings['local:settings.language'] = 'fr';
    expect(parseBackup(JSON.stringify(file), deviceRules)).toEqual({
      ok: false,
      problem: { code: 'invalid-setting', key: 'local:settings.language' },
    });
    // One bad field in a structured setting is enough.
    file.settings['local:settings.language'] = 'en';
    file.settings['local:settings.reminders'].leadMinutes = 'soon';
    expect(parseBackup(JSON.stringify(file), deviceRules)).toEqual({
      ok: false,
      problem: { code: 'invalid-setting', key: 'local:settings.reminders' },
    });
  });

  it('puts every setting back when storage fails halfway through a restore', async () => {
    await seed();
    const before = await everything();
    const file = JSON.parse(serializeBackup(await collectBackup(deviceStores, NOW)));
    file.settings['local:settings.language'] = 'en';
    file.settings['local:settings.selfEmails'] = ['other@example.org'];
    file.settings['local:settings.reminders'].leadMinutes = 15;
    file.people = { ...file.people, people: [], checkIns: [] };
    const check = parseBackup(JSON.stringify(file), deviceRules);
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
    expect(parseBackup(JSON.stringify(file), deviceRules)).toEqual({
      ok: false,
      problem: { code: 'invalid-calendar', id: 'x' },
    });
  });
});
