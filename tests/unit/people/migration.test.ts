import { beforeEach, describe, expect, it } from 'vitest';
import { addPerson, exportData, listCheckIns, listPeople, loadOverview, PeopleError } from '../../../src/people';
import { MIGRATIONS } from '../../../src/people/migrations';
import { getPerson } from '../../../src/people/people';
import { SCHEMA_VERSION, SUMMARY_KEY } from '../../../src/people/schema';
import { openPeopleStore } from '../../../src/people/store';
import v1 from '../../fixtures/people/v1.json';
import { at, emptyPeopleStore, plant, storedEntries } from './helpers';

beforeEach(emptyPeopleStore);

function plantV1(data: Record<string, unknown> = v1): Promise<void> {
  return plant(Object.entries(data));
}

const lower = (emails: string[]) => emails.map((email) => email.replace(/^mailto:/i, '').toLowerCase());

describe('the people store schema', () => {
  it('has a migration for every version after 1', () => {
    for (let version = 2; version <= SCHEMA_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('starts a new store at the current version, with an empty summary of its people', async () => {
    expect(await listPeople()).toEqual([]);
    expect(await storedEntries()).toEqual([
      [SUMMARY_KEY, { version: 1, people: [], repaired: 0, skipped: 0 }],
      ['schemaVersion', SCHEMA_VERSION],
    ]);
  });
});

describe(`version 1 data (tests/fixtures/people/v1.json) in version ${SCHEMA_VERSION}`, () => {
  it('loads with nothing lost', async () => {
    await plantV1();
    const people = await listPeople();
    expect(people).toHaveLength(v1.people.length);
    for (const old of v1.people) {
      const { emails, ...rest } = old;
      expect(people.find((person) => person.id === old.id)).toMatchObject({ ...rest, emails: lower(emails) });
    }
    const checkIns = await listCheckIns();
    expect(checkIns).toHaveLength(v1.checkIns.length);
    expect([...checkIns].sort((a, b) => a.id.localeCompare(b.id))).toEqual(v1.checkIns);
  });

  it('knows everyone’s newest check-in, whatever order the old log was in', async () => {
    await plantV1();
    expect((await getPerson('p-sofie'))?.lastCheckIn).toEqual({
      id: 'c-2',
      at: 1771601400000,
      how: 'chat',
      note: 'Asked how she really is',
    });
    expect((await getPerson('p-sam'))?.lastCheckIn?.id).toBe('c-4');
    expect(await getPerson('p-noor')).not.toHaveProperty('lastCheckIn');
  });

  it('shows in the popup and exports like data made today', async () => {
    await plantV1();
    const popup = await loadOverview(at(2026, 3, 10));
    // Sam's own two weeks ran out first; Sofié's check-in on 20 February still counts; Jan-Willem is 'off'.
    expect(popup.reconnect.map((s) => s.person.name)).toEqual(['Sam de Vries', 'Noor Bakker']);
    expect(popup.askAboutDue.map((due) => due.item.text)).toEqual(['Knee surgery']);
    const exported = await exportData();
    expect(exported.people.map((person) => person.id).sort()).toEqual(v1.people.map((person) => person.id).sort());
    expect(exported.checkIns).toHaveLength(v1.checkIns.length);
  });

  it('reports the migration, leaves the old lists behind, and migrates once', async () => {
    await plantV1();
    const [first, second] = await Promise.all([openPeopleStore(), openPeopleStore()]);
    expect([first, second]).toContainEqual({ from: 1, skipped: 0, schemaVersion: SCHEMA_VERSION });
    const keys = (await storedEntries()).map(([key]) => key);
    expect(keys).not.toContain('people');
    expect(keys).not.toContain('checkIns');
    expect(keys).toContain('schemaVersion');
    expect(await listCheckIns()).toHaveLength(v1.checkIns.length);
  });

  it('migrates on the first write as well as the first read', async () => {
    await plantV1();
    await addPerson({ name: 'Mats' }, at(2026, 3, 10));
    expect(await listPeople()).toHaveLength(v1.people.length + 1);
  });

  it('skips damaged old records with a count and keeps the rest', async () => {
    const damaged = {
      ...v1,
      people: [...v1.people, 'not a person', { name: 'No id' }],
      checkIns: [...v1.checkIns, { id: 'c-orphan', personId: 'gone', at: 1, how: 'chat' }, { id: 'c-bad', at: 'x' }],
    };
    await plantV1(damaged);
    expect(await openPeopleStore()).toEqual({ from: 1, skipped: 4, schemaVersion: SCHEMA_VERSION });
    expect(await listPeople()).toHaveLength(v1.people.length);
    expect(await listCheckIns()).toHaveLength(v1.checkIns.length);
  });

  it('reads a store from a newer Echt as well as it can, and does not write to it', async () => {
    await plant([
      ['schemaVersion', SCHEMA_VERSION + 1],
      [['person', 'p-1'], { id: 'p-1', name: 'Sam', emails: [], notes: '', askAbout: [], addedAt: 0, future: true }],
    ]);
    expect((await listPeople()).map((person) => person.name)).toEqual(['Sam']);
    await expect(addPerson({ name: 'Noor' }, 0)).rejects.toBeInstanceOf(PeopleError);
    expect(await listPeople()).toHaveLength(1);
  });
});
