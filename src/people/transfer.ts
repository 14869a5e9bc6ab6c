// Export, import and delete-everything for the options page's data section.
import { withCheckIn } from './check-in';
import { PeopleError } from './errors';
import { EXPORT_FORMAT, EXPORT_VERSION, type PeopleExport, validateImport } from './export-format';
import { planMerge } from './merge';
import { read, write } from './store';
import type { CheckIn, Person, PersonData } from './types';

function dataOf(person: Person): PersonData {
  const { lastCheckIn: _summary, ...data } = person;
  return data;
}

/** Everything people memory holds, as a plain JSON-ready object. Damaged records are left out. */
export function exportData(): Promise<PeopleExport> {
  return read(async (tx) => {
    const [people, checkIns] = await Promise.all([tx.people(), tx.checkIns()]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      people: people.items.map(dataOf),
      checkIns: checkIns.items,
    };
  });
}

export type ImportMode = 'merge' | 'replace';

export interface ImportReport {
  peopleAdded: number;
  peopleUpdated: number;
  checkInsAdded: number;
}

/**
 * `people` with `checkIns` applied, so each summary ends on the newest; people not in
 * `people` are found with `lookup` and added once a check-in touches them.
 */
function summarised(
  people: ReadonlyMap<string, Person>,
  checkIns: readonly CheckIn[],
  lookup: (id: string) => Person | undefined,
): Map<string, Person> {
  const result = new Map(people);
  for (const entry of checkIns) {
    const person = result.get(entry.personId) ?? lookup(entry.personId);
    if (person !== undefined) result.set(person.id, withCheckIn(person, entry));
  }
  return result;
}

function replaceAll(data: PeopleExport): Promise<ImportReport> {
  return write(async (tx) => {
    tx.clear();
    const people = summarised(
      new Map(data.people.map((person) => [person.id, person])),
      data.checkIns,
      () => undefined,
    );
    for (const person of people.values()) tx.putPerson(person);
    for (const entry of data.checkIns) tx.putCheckIn(entry);
    return { peopleAdded: people.size, peopleUpdated: 0, checkInsAdded: data.checkIns.length };
  });
}

function mergeIn(data: PeopleExport): Promise<ImportReport> {
  return write(async (tx) => {
    const existing = (await tx.people()).items;
    const plan = planMerge(existing, data);
    const remapped = data.checkIns.map((entry) => ({
      ...entry,
      personId: plan.idHere.get(entry.personId) ?? entry.personId,
    }));
    const present = await Promise.all(remapped.map((entry) => tx.checkIn(entry)));
    const fresh = remapped.filter((_entry, index) => present[index] === undefined);
    const byId = new Map(existing.map((person) => [person.id, person]));
    const people = summarised(plan.people, fresh, (id) => byId.get(id));
    for (const person of people.values()) tx.putPerson(person);
    for (const entry of fresh) tx.putCheckIn(entry);
    return { peopleAdded: plan.added, peopleUpdated: plan.updated, checkInsAdded: fresh.length };
  });
}

/**
 * Imports a file that passed `validateImport` (checked again here). 'replace' makes the
 * store exactly the file; 'merge' adds the file to what is here. Either all of it is
 * written or, on any error, nothing.
 */
export async function importData(data: PeopleExport, mode: ImportMode): Promise<ImportReport> {
  const check = validateImport(data);
  if (!check.ok) {
    throw new PeopleError('invalid-import', `The file cannot be imported: ${check.errors.length} problems.`);
  }
  return mode === 'replace' ? replaceAll(check.data) : mergeIn(check.data);
}

/** Deletes every person and check-in. */
export function deleteAll(): Promise<void> {
  return write(async (tx) => tx.clear());
}
