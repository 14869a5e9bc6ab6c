import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAskAbout,
  addPerson,
  deleteAll,
  EXPORT_FORMAT,
  exportData,
  importData,
  listCheckIns,
  listPeople,
  logCheckIn,
  type PeopleExport,
  updateAskAbout,
  validateImport,
} from '../../../src/people';
import { at, emptyPeopleStore } from './helpers';

beforeEach(emptyPeopleStore);

/** A small but complete set: notes, items with and without dates, overrides, check-ins. */
async function seed(): Promise<void> {
  const sofie = await addPerson(
    { name: 'Sofié Claes', emails: ['sofie@example.be', 'sofie@home.be'], notes: 'Two kids.\nRuns.' },
    at(2026, 1, 2),
  );
  const sam = await addPerson({ name: 'Sam de Vries', emails: ['sam@example.nl'], reconnectWeeks: 2 }, at(2026, 1, 3));
  await addPerson({ name: 'Noor', reconnectWeeks: 'off' }, at(2026, 1, 4));
  const surgery = await addAskAbout(sofie.id, { text: 'Knee surgery', date: '2026-03-12' }, at(2026, 2, 1));
  await addAskAbout(sofie.id, { text: 'Moving house' }, at(2026, 2, 2));
  await updateAskAbout(sofie.id, surgery.id, { done: true });
  await logCheckIn({ personId: sofie.id, at: at(2026, 2, 10), how: 'coffee', note: 'Talked about the move' });
  await logCheckIn({ personId: sofie.id, at: at(2026, 2, 3), how: 'chat' });
  await logCheckIn({ personId: sam.id, at: at(2026, 2, 5), how: 'call' });
}

/** What a user would look at: every person with their summary, and the whole log. */
async function everything() {
  return { people: await listPeople(), checkIns: await listCheckIns() };
}

/** The file as it goes to disk and comes back. */
async function exportedFile(): Promise<unknown> {
  return JSON.parse(JSON.stringify(await exportData()));
}

function valid(raw: unknown): PeopleExport {
  const check = validateImport(raw);
  if (!check.ok) throw new Error(JSON.stringify(check.errors));
  return check.data;
}

describe('export, delete all, import', () => {
  it('round-trips without losing anything', async () => {
    await seed();
    const before = await everything();
    const file = await exportedFile();
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1 });

    await deleteAll();
    expect(await everything()).toEqual({ people: [], checkIns: [] });

    await importData(valid(file), 'replace');
    expect(await everything()).toEqual(before);
    expect(await exportedFile()).toEqual(file);
  });

  it('round-trips into an empty store by merge as well', async () => {
    await seed();
    const before = await everything();
    const file = await exportedFile();
    await deleteAll();
    expect(await importData(valid(file), 'merge')).toEqual({ peopleAdded: 3, peopleUpdated: 0, checkInsAdded: 3 });
    expect(await everything()).toEqual(before);
  });
});

describe('a broken or foreign file', () => {
  const cases: [string, unknown, string][] = [
    ['not an object', [1, 2, 3], ''],
    ['another app’s export', { format: 'contacts', people: [] }, 'format'],
    ['a newer format', { format: EXPORT_FORMAT, version: 99, people: [], checkIns: [] }, 'version'],
    ['people that is not a list', { format: EXPORT_FORMAT, version: 1, people: {}, checkIns: [] }, 'people'],
  ];

  it.each(cases)('is refused with a clear message: %s', (_name, raw, path) => {
    const check = validateImport(raw);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors[0]).toMatchObject({ path, message: expect.any(String) });
  });

  it('is refused with every problem listed, and changes nothing', async () => {
    await seed();
    const before = await everything();
    const file = (await exportedFile()) as { people: Record<string, unknown>[]; checkIns: Record<string, unknown>[] };
    file.people[0] = { ...file.people[0], emails: ['not-an-address'] };
    file.people.push({ ...file.people[1], name: 'A second record, same id', emails: [] });
    file.checkIns[0] = { ...file.checkIns[0], personId: 'someone-else' };

    const check = validateImport(file);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.map((error) => error.path)).toEqual([
      'people[0].emails[0]',
      'people[3].id',
      'checkIns[0].personId',
    ]);
    await expect(importData(file as unknown as PeopleExport, 'replace')).rejects.toMatchObject({
      code: 'invalid-import',
    });
    expect(await everything()).toEqual(before);
  });
});

describe('merge and replace', () => {
  it('replace makes the store exactly the file', async () => {
    await seed();
    const file = valid(await exportedFile());
    await deleteAll();
    await addPerson({ name: 'Only here' }, at(2026, 3, 1));
    await importData(file, 'replace');
    expect((await listPeople()).map((person) => person.name)).toEqual(['Noor', 'Sam de Vries', 'Sofié Claes']);
  });

  it('merge keeps what is here, adds what is new, and matches people by e-mail', async () => {
    await seed();
    const file = valid(await exportedFile());
    await deleteAll();
    const mats = await addPerson({ name: 'Mats' }, at(2026, 3, 1));
    // The same colleague added on this device before the import, with a note of their own.
    const here = await addPerson({ name: 'Sam', emails: ['SAM@example.nl'], notes: 'Coffee: black.' }, at(2026, 3, 2));
    await logCheckIn({ personId: mats.id, at: at(2026, 3, 2), how: 'chat' });

    expect(await importData(file, 'merge')).toEqual({ peopleAdded: 2, peopleUpdated: 1, checkInsAdded: 3 });
    const people = await listPeople();
    expect(people.map((person) => person.name)).toEqual(['Mats', 'Noor', 'Sam', 'Sofié Claes']);
    const sam = people.find((person) => person.id === here.id);
    expect(sam).toMatchObject({ name: 'Sam', notes: 'Coffee: black.', reconnectWeeks: 2, addedAt: at(2026, 1, 3) });
    expect(sam?.lastCheckIn?.at).toBe(at(2026, 2, 5));
    expect((await listCheckIns({ personId: here.id })).map((entry) => entry.how)).toEqual(['call']);
    expect(await listCheckIns()).toHaveLength(4);
  });

  it('merging the same file twice changes nothing the second time', async () => {
    await seed();
    const file = valid(await exportedFile());
    const before = await everything();
    expect(await importData(file, 'merge')).toEqual({ peopleAdded: 0, peopleUpdated: 0, checkInsAdded: 0 });
    expect(await everything()).toEqual(before);
  });
});
