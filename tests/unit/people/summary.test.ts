// The one record of everyone that the popup reads (src/people/summary.ts): every write path
// keeps it equal to what reading each person record gives, in the same transaction; a
// missing or damaged one is passed over for the person records; export never holds it.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAskAbout,
  addPerson,
  addPersonFromAttendee,
  deleteAll,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportData,
  importData,
  listPeople,
  loadOverview,
  logCheckIn,
  openPeopleStore,
  type PeopleExport,
  removeAskAbout,
  removeCheckIn,
  removePerson,
  updateAskAbout,
  updatePerson,
} from '../../../src/people';
import { SCHEMA_VERSION, SUMMARY_KEY } from '../../../src/people/schema';
import { read } from '../../../src/people/store';
import v1 from '../../fixtures/people/v1.json';
import { at, emptyPeopleStore, plant, storedEntries } from './helpers';

beforeEach(emptyPeopleStore);

const NOW = at(2026, 3, 10, 14);

async function storedSummary(): Promise<unknown> {
  return (await storedEntries()).find(([key]) => key === SUMMARY_KEY)?.[1];
}

/** What reading every person record gives (the path the popup took before the summary). */
async function fromRecords() {
  const { items, repaired, skipped } = await read((tx) => tx.people());
  return { people: await listPeople(), repaired, skipped, count: items.length };
}

async function expectCurrent(): Promise<void> {
  const records = await fromRecords();
  expect(await storedSummary()).toEqual({
    version: 1,
    people: records.people,
    repaired: records.repaired,
    skipped: records.skipped,
  });
}

function exported(people: PeopleExport['people'], checkIns: PeopleExport['checkIns'] = []): PeopleExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, people, checkIns };
}

describe('the people summary', () => {
  it('follows every change to a person, an "ask about" item or the log', async () => {
    const sam = await addPerson({ name: 'Sam', emails: ['sam@example.nl'] }, at(2026, 1, 5));
    await expectCurrent();
    const noor = await addPerson({ name: 'Noor' }, at(2026, 1, 6));
    await updatePerson(sam.id, { notes: 'Moving house in March', reconnectWeeks: 2 });
    await expectCurrent();
    const item = await addAskAbout(noor.id, { text: 'Knee surgery', date: '2026-03-12' }, at(2026, 2, 1));
    await expectCurrent();
    await updateAskAbout(noor.id, item.id, { done: true });
    await expectCurrent();
    await removeAskAbout(noor.id, item.id);
    await expectCurrent();
    const entry = await logCheckIn({ personId: sam.id, at: at(2026, 3, 9), how: 'coffee' });
    await expectCurrent();
    expect((await loadOverview(NOW)).people.find((person) => person.id === sam.id)?.lastCheckIn?.id).toBe(entry.id);
    await removeCheckIn(entry);
    await expectCurrent();
    expect((await loadOverview(NOW)).people.find((person) => person.id === sam.id)?.lastCheckIn).toBeUndefined();
    await addPersonFromAttendee({ name: 'Mats', email: 'mats@example.nl' }, NOW);
    await expectCurrent();
    await removePerson(noor.id);
    await expectCurrent();
    expect((await loadOverview(NOW)).people.map((person) => person.name)).toEqual(['Mats', 'Sam']);
  });

  it('is left as it was when a write fails', async () => {
    await addPerson({ name: 'Sam', emails: ['sam@example.nl'] }, at(2026, 1, 5));
    const before = await storedSummary();
    await expect(addPerson({ name: 'Other Sam', emails: ['SAM@example.nl'] }, NOW)).rejects.toThrow();
    expect(await storedSummary()).toEqual(before);
    await expectCurrent();
  });

  it('follows an import, replacing or merging, and deleting everything', async () => {
    await addPerson({ name: 'Sam' }, at(2026, 1, 5));
    const file = exported(
      [
        { id: 'p-1', name: 'Noor', emails: ['noor@example.nl'], notes: '', askAbout: [], addedAt: 1 },
        { id: 'p-2', name: 'Jan', emails: [], notes: 'Two kids', askAbout: [], addedAt: 2 },
      ],
      [{ id: 'c-1', personId: 'p-1', at: at(2026, 3, 9), how: 'chat' }],
    );
    await importData(file, 'merge');
    await expectCurrent();
    expect((await loadOverview(NOW)).people.map((person) => person.name)).toEqual(['Jan', 'Noor', 'Sam']);
    await importData(file, 'replace');
    await expectCurrent();
    expect((await loadOverview(NOW)).people.map((person) => person.name)).toEqual(['Jan', 'Noor']);
    await deleteAll();
    await expectCurrent();
    expect((await loadOverview(NOW)).people).toEqual([]);
  });

  it('is built by the migration from version 1 and by opening the store on install or update', async () => {
    await plant(Object.entries(v1));
    await openPeopleStore();
    await expectCurrent();
    expect((await fromRecords()).count).toBe(v1.people.length);
    // People written by something that kept no summary (an older Echt): opening rebuilds it.
    await plant([[['person', 'p-new'], { id: 'p-new', name: 'Zoë', emails: [], notes: '', askAbout: [], addedAt: 1 }]]);
    await openPeopleStore();
    await expectCurrent();
  });

  it('counts the person records it had to skip or repair', async () => {
    await plant([
      ['schemaVersion', SCHEMA_VERSION],
      [['person', 'text'], 'not a person'],
      [
        ['person', 'odd'],
        { id: 'odd', name: 'Sam', emails: ['SAM@example.nl', 42], notes: '', askAbout: [], addedAt: 1 },
      ],
    ]);
    await addPerson({ name: 'Noor' }, NOW);
    await expectCurrent();
    const popup = await loadOverview(NOW);
    expect(popup.skipped).toBe(1);
    expect(popup.people.map((person) => [person.name, person.emails])).toEqual([
      ['Noor', []],
      ['Sam', ['sam@example.nl']],
    ]);
  });

  it('is what the popup reads: one record, not every person', async () => {
    await addPerson({ name: 'Sam' }, at(2026, 1, 5));
    const summary = await storedSummary();
    // A person record the summary does not know (never written by Echt) stays out of the popup.
    await plant([[['person', 'p-x'], { id: 'p-x', name: 'Ghost', emails: [], notes: '', askAbout: [], addedAt: 1 }]]);
    expect(await storedSummary()).toEqual(summary);
    expect((await loadOverview(NOW)).people.map((person) => person.name)).toEqual(['Sam']);
  });

  it('when missing or damaged, is passed over: the popup reads every good person record', async () => {
    await addPerson({ name: 'Sam', emails: ['sam@example.nl'] }, at(2026, 1, 5));
    await addPerson({ name: 'Noor' }, at(2026, 1, 6));
    await plant([[['person', 'bad'], { id: 'bad', name: '' }]]);
    const expected = { people: await listPeople(), skipped: 1 };
    const damaged: unknown[] = [
      undefined,
      'not a summary',
      { version: 2, people: [], repaired: 0, skipped: 0 },
      { version: 1, people: 'everyone', repaired: 0, skipped: 0 },
      { version: 1, people: [], repaired: 0, skipped: -1 },
      { version: 1, people: [{ id: 'x', name: 'No fields' }], repaired: 0, skipped: 0 },
      { version: 1, people: [{ ...expected.people[0], askAbout: [{ text: 'no id' }] }], repaired: 0, skipped: 0 },
      { version: 1, people: [{ ...expected.people[0], lastCheckIn: { at: 'yesterday' } }], repaired: 0, skipped: 0 },
    ];
    for (const summary of damaged) {
      await plant([[SUMMARY_KEY, summary]]);
      const popup = await loadOverview(NOW);
      expect({ people: popup.people, skipped: popup.skipped }).toEqual(expected);
    }
  });

  it('never shows in an export', async () => {
    const sam = await addPerson({ name: 'Sam' }, at(2026, 1, 5));
    await logCheckIn({ personId: sam.id, at: at(2026, 3, 9), how: 'coffee' });
    expect(await storedSummary()).toBeDefined();
    const data = await exportData();
    expect(data.people.map((person) => person.id)).toEqual([sam.id]);
    expect(data.checkIns).toHaveLength(1);
    expect(Object.keys(data)).toEqual(['format', 'version', 'people', 'checkIns']);
    expect(JSON.stringify(data)).not.toContain('skipped');
  });
});
