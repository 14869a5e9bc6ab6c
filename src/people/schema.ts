// Where each record lives in the people store, by schema version. Only the store, the
// migrations and the popup's early read (early.ts) read this file; everything else sees
// typed records.

/** The layout this code reads and writes. Add a migration (migrations.ts) to raise it. */
export const SCHEMA_VERSION = 2;

/** Where people memory lives. A database of its own: idb-keyval makes one object store per database. */
export const DATABASE = { name: 'echt-people', store: 'records' } as const;

/** Holds the schema version as a number. */
export const VERSION_KEY = 'schemaVersion';

/**
 * Every person in one record, rebuilt by each write that changes a person (summary.ts): a
 * text key, so no range over array keys (people, the log) ever includes it.
 */
export const SUMMARY_KEY = 'peopleSummary';

/** Version 1 kept all people in one list under this key... */
export const V1_PEOPLE_KEY = 'people';
/** ...and the whole check-in log in one list under this one. */
export const V1_CHECK_INS_KEY = 'checkIns';

// Version 2: one record per person and one per check-in, under array keys. IndexedDB
// compares array keys element by element (numbers numerically, and any array after any
// text), so every question the UI asks of the log is one key range:
//   ['person', id]                         -> Person, with its newest check-in
//   ['checkin', personId, at, id]          -> CheckIn: a person's log, oldest first
//   ['checkin-at', at, personId, id]       -> true: the same log by time, for "this week"
const PERSON = 'person';
const CHECK_IN = 'checkin';
const CHECK_IN_AT = 'checkin-at';

/** Keys from `prefix + [from]` up to (not including) `prefix + [to]`; open ends when left out. */
function within(prefix: IDBValidKey[], from?: number, to?: number): IDBKeyRange {
  const lower = from === undefined ? prefix : [...prefix, from];
  const upper = to === undefined ? [...prefix, []] : [...prefix, to];
  return IDBKeyRange.bound(lower, upper, false, to !== undefined);
}

export function personKey(id: string): IDBValidKey {
  return [PERSON, id];
}

export function peopleRange(): IDBKeyRange {
  return within([PERSON]);
}

interface CheckInAddress {
  personId: string;
  at: number;
  id: string;
}

export function checkInKey({ personId, at, id }: CheckInAddress): IDBValidKey {
  return [CHECK_IN, personId, at, id];
}

export function checkInTimeKey({ personId, at, id }: CheckInAddress): IDBValidKey {
  return [CHECK_IN_AT, at, personId, id];
}

/** The whole log, ordered by person. */
export function allCheckInsRange(): IDBKeyRange {
  return within([CHECK_IN]);
}

/** One person's check-ins with `from <= at < to`. */
export function personCheckInsRange(personId: string, from?: number, to?: number): IDBKeyRange {
  return within([CHECK_IN, personId], from, to);
}

/** Time-index entries with `from <= at < to`. */
export function checkInTimeRange(from?: number, to?: number): IDBKeyRange {
  return within([CHECK_IN_AT], from, to);
}

/** Reads the address back out of either kind of check-in key. */
export function checkInAddress(key: IDBValidKey): CheckInAddress | undefined {
  if (!Array.isArray(key)) return undefined;
  const [kind, first, second, id] = key;
  const [personId, at] = kind === CHECK_IN ? [first, second] : kind === CHECK_IN_AT ? [second, first] : [];
  if (typeof personId !== 'string' || typeof at !== 'number' || typeof id !== 'string') return undefined;
  return { personId, at, id };
}
