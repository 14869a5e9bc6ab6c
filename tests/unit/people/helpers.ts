// Raw access to the people database, to plant stored data the API would never write.
import { clear, createStore, entries, setMany } from 'idb-keyval';
import { DATABASE } from '../../../src/people/store';

const raw = createStore(DATABASE.name, DATABASE.store);

export function emptyPeopleStore(): Promise<void> {
  return clear(raw);
}

export function plant(records: [IDBValidKey, unknown][]): Promise<void> {
  return setMany(records, raw);
}

export function storedEntries(): Promise<[IDBValidKey, unknown][]> {
  return entries(raw);
}

/** A local time, so calendar-day tests hold in any time zone. */
export function at(year: number, month: number, day: number, hour = 9): number {
  return new Date(year, month - 1, day, hour).getTime();
}
