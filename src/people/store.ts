// The only module that touches IndexedDB (through idb-keyval). It owns the database, the
// schema check before every transaction, and typed access to records inside one
// transaction, so a change that spans records (a check-in and its person's summary)
// commits whole or not at all.
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { sortByTime } from './check-in';
import { PeopleError } from './errors';
import { inspectCheckIn, inspectStoredPerson } from './inspect';
import { type RawTx, type UpgradeReport, upgrade } from './migrations';
import {
  allCheckInsRange,
  checkInAddress,
  checkInKey,
  checkInTimeKey,
  checkInTimeRange,
  DATABASE,
  peopleRange,
  personCheckInsRange,
  personKey,
  SCHEMA_VERSION,
  SUMMARY_KEY,
  VERSION_KEY,
} from './schema';
import { sortByName } from './search';
import { readSummary, summaryOf } from './summary';
import type { CheckIn, CheckInRef, Person } from './types';

export { DATABASE } from './schema';

const withStore: UseStore = createStore(DATABASE.name, DATABASE.store);

/** Records read from the store: damaged ones are repaired where possible, else skipped. */
interface Loaded<T> {
  items: T[];
  repaired: number;
  skipped: number;
}

/** Typed access to people and check-ins inside one transaction. */
export interface PeopleTx {
  person(id: string): Promise<Person | undefined>;
  people(): Promise<Loaded<Person>>;
  /**
   * Everyone, sorted by name, read from the one summary record the writes keep (summary.ts),
   * or from the person records when it is missing or damaged: the same answer, one `get`.
   */
  peopleAtOnce(): Promise<Loaded<Person>>;
  putPerson(person: Person): void;
  deletePerson(id: string): void;
  /** The whole log, oldest first. */
  checkIns(): Promise<Loaded<CheckIn>>;
  /** One person's check-ins with `from <= at < to`, oldest first. */
  checkInsOf(personId: string, from?: number, to?: number): Promise<Loaded<CheckIn>>;
  /** Everyone's check-ins with `from <= at < to`, oldest first, read through the time index. */
  checkInsBetween(from: number, to: number): Promise<Loaded<CheckIn>>;
  countCheckIns(from: number, to: number): Promise<number>;
  checkIn(ref: CheckInRef): Promise<CheckIn | undefined>;
  putCheckIn(entry: CheckIn): void;
  deleteCheckIn(ref: CheckInRef): void;
  /** Deletes every check-in with this person; returns how many. */
  deleteCheckInsOf(personId: string): Promise<number>;
  /** Empties the store, keeping only the schema version. */
  clear(): void;
}

type Mode = IDBTransactionMode;

/**
 * Runs `work` in one transaction; if it throws, the transaction is aborted and nothing is
 * written. A write resolves once it is committed; a read as soon as its answers are there
 * (the popup waits for one: its commit would add a round trip and change nothing).
 */
function inTransaction<T>(mode: Mode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> {
  return withStore(mode, async (store) => {
    const committed = promisifyRequest(store.transaction);
    try {
      const result = await work(store);
      if (mode === 'readonly') committed.catch(() => undefined);
      else await committed;
      return result;
    } catch (error) {
      committed.catch(() => undefined);
      try {
        store.transaction.abort();
      } catch {
        // Already finished: nothing left to undo.
      }
      throw error;
    }
  });
}

const nothing = <T>(): Loaded<T> => ({ items: [], repaired: 0, skipped: 0 });

function loaded<T>(raws: readonly unknown[], inspect: (raw: unknown) => { value: T | undefined; problems: unknown[] }) {
  const result = nothing<T>();
  for (const raw of raws) {
    const { value, problems } = inspect(raw);
    if (value === undefined) result.skipped++;
    else {
      result.items.push(value);
      if (problems.length > 0) result.repaired++;
    }
  }
  return result;
}

const readCheckIn = (raw: unknown) => inspectCheckIn(raw, 'checkIn');

function isEmptyWindow(from: number | undefined, to: number | undefined): boolean {
  return from !== undefined && to !== undefined && from >= to;
}

const readPeople = async (store: IDBObjectStore) =>
  loaded(await promisifyRequest<unknown[]>(store.getAll(peopleRange())), inspectStoredPerson);

/** Rebuilds the summary from the person records, inside the transaction that changed them. */
async function rebuildSummary(store: IDBObjectStore): Promise<void> {
  const { items, repaired, skipped } = await readPeople(store);
  store.put(summaryOf(sortByName(items), repaired, skipped), SUMMARY_KEY);
}

/** `changed` is told whenever a person record is put or deleted, or the store cleared. */
function peopleTx(store: IDBObjectStore, changed: () => void = () => undefined): PeopleTx {
  const getAll = (range: IDBKeyRange) => promisifyRequest<unknown[]>(store.getAll(range));
  const getAllKeys = (range: IDBKeyRange) => promisifyRequest(store.getAllKeys(range));
  const deleteCheckIn = (ref: CheckInRef) => {
    store.delete(checkInKey(ref));
    store.delete(checkInTimeKey(ref));
  };
  return {
    async person(id) {
      return inspectStoredPerson(await promisifyRequest(store.get(personKey(id)))).value;
    },
    people: () => readPeople(store),
    async peopleAtOnce() {
      const summary = readSummary(await promisifyRequest<unknown>(store.get(SUMMARY_KEY)));
      if (summary === undefined) {
        const { items, ...counts } = await readPeople(store);
        return { items: sortByName(items), ...counts };
      }
      return { items: [...summary.people], repaired: summary.repaired, skipped: summary.skipped };
    },
    putPerson(person) {
      store.put(person, personKey(person.id));
      changed();
    },
    deletePerson(id) {
      store.delete(personKey(id));
      changed();
    },
    async checkIns() {
      const { items, ...counts } = loaded(await getAll(allCheckInsRange()), readCheckIn);
      return { items: sortByTime(items), ...counts };
    },
    async checkInsOf(personId, from, to) {
      if (isEmptyWindow(from, to)) return nothing();
      return loaded(await getAll(personCheckInsRange(personId, from, to)), readCheckIn);
    },
    async checkInsBetween(from, to) {
      if (isEmptyWindow(from, to)) return nothing();
      const addresses = (await getAllKeys(checkInTimeRange(from, to))).map(checkInAddress);
      const found = addresses.map((address) => address && promisifyRequest(store.get(checkInKey(address))));
      return loaded(
        (await Promise.all(found)).filter((raw) => raw !== undefined),
        readCheckIn,
      );
    },
    countCheckIns: async (from, to) =>
      isEmptyWindow(from, to) ? 0 : promisifyRequest(store.count(checkInTimeRange(from, to))),
    async checkIn(ref) {
      return readCheckIn(await promisifyRequest(store.get(checkInKey(ref)))).value;
    },
    putCheckIn(entry) {
      store.put(entry, checkInKey(entry));
      store.put(true, checkInTimeKey(entry));
    },
    deleteCheckIn,
    async deleteCheckInsOf(personId) {
      const addresses = (await getAllKeys(personCheckInsRange(personId))).map(checkInAddress);
      for (const address of addresses) if (address !== undefined) deleteCheckIn(address);
      store.delete(personCheckInsRange(personId));
      return addresses.length;
    },
    clear() {
      store.clear();
      store.put(SCHEMA_VERSION, VERSION_KEY);
      changed();
    },
  };
}

function rawTx(store: IDBObjectStore): RawTx {
  return {
    get: (key) => promisifyRequest<unknown>(store.get(key)),
    put: (key, value) => void store.put(value, key),
    delete: (key) => void store.delete(key),
  };
}

function isNewer(version: unknown): boolean {
  return typeof version === 'number' && version > SCHEMA_VERSION;
}

export interface OpenReport extends UpgradeReport {
  /** The version the store is at now. */
  schemaVersion: number;
}

/**
 * Brings the store to SCHEMA_VERSION, running any migrations, and rebuilds the summary.
 * Every read and write does this on its own when needed; the background calls it on install
 * and update, so the first popup after an update finds the summary there.
 */
export async function openPeopleStore(): Promise<OpenReport> {
  const report = await inTransaction('readwrite', async (store) => {
    const upgraded = await upgrade(rawTx(store));
    // A store from a newer Echt is never written, its summary included.
    if (upgraded.from <= SCHEMA_VERSION) await rebuildSummary(store);
    return upgraded;
  });
  return { ...report, schemaVersion: Math.max(report.from, SCHEMA_VERSION) };
}

const STALE = Symbol('stale schema');

/** Runs `work` if the store is at SCHEMA_VERSION (or newer, read as best we can); else STALE. */
function readIfCurrent<T>(work: (tx: PeopleTx) => Promise<T>): Promise<T | typeof STALE> {
  return inTransaction('readonly', async (store) => {
    // Both requests go out at once; the schema check costs no extra round trip.
    const [version, result] = await Promise.all([promisifyRequest(store.get(VERSION_KEY)), work(peopleTx(store))]);
    return version === SCHEMA_VERSION || isNewer(version) ? result : STALE;
  });
}

/** Reads in one transaction. A store from an older version is migrated first. */
export async function read<T>(work: (tx: PeopleTx) => Promise<T>): Promise<T> {
  const result = await readIfCurrent(work);
  if (result !== STALE) return result;
  await openPeopleStore();
  return inTransaction('readonly', (store) => work(peopleTx(store)));
}

/**
 * Writes in one transaction: all of `work` commits, or (if it throws) none of it. A write
 * that changed a person (or migrated the store) ends by rebuilding the summary in the same
 * transaction, so the summary commits with the change or not at all.
 */
export function write<T>(work: (tx: PeopleTx) => Promise<T>): Promise<T> {
  return inTransaction('readwrite', async (store) => {
    const version: unknown = await promisifyRequest(store.get(VERSION_KEY));
    if (isNewer(version)) {
      throw new PeopleError(
        'newer-schema',
        'People were saved by a newer version of Echt; update Echt to change them.',
      );
    }
    let changed = version !== SCHEMA_VERSION;
    if (changed) await upgrade(rawTx(store));
    const result = await work(
      peopleTx(store, () => {
        changed = true;
      }),
    );
    if (changed) await rebuildSummary(store);
    return result;
  });
}
