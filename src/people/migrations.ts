// Numbered steps from one stored layout to the next: `MIGRATIONS[n]` turns version n-1
// into version n inside one transaction, so a step either completes or leaves nothing
// changed. A step only moves and reshapes data; what is damaged is repaired when read.
// Steps are frozen once released: they use their own version's keys, never newer ones.
import { isRecord, isTime } from '../guards';
import { normalizeEmail } from './normalize';
import {
  checkInKey,
  checkInTimeKey,
  personKey,
  SCHEMA_VERSION,
  V1_CHECK_INS_KEY,
  V1_PEOPLE_KEY,
  VERSION_KEY,
} from './schema';

/** Raw access to the store for migrations, inside one read-write transaction. */
export interface RawTx {
  get(key: IDBValidKey): Promise<unknown>;
  put(key: IDBValidKey, value: unknown): void;
  delete(key: IDBValidKey): void;
}

interface MigrationReport {
  /** Records that could not be carried over (not an object, no id, unknown person). */
  skipped: number;
}

type Migration = (tx: RawTx) => Promise<MigrationReport>;

type V1Person = Record<string, unknown> & { id: string };
type V1CheckIn = Record<string, unknown> & { id: string; personId: string; at: number };

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isV1Person(value: unknown): value is V1Person {
  return isRecord(value) && typeof value.id === 'string';
}

function isV1CheckIn(value: unknown): value is V1CheckIn {
  return isRecord(value) && typeof value.id === 'string' && typeof value.personId === 'string' && isTime(value.at);
}

/** Version 1 stored addresses as typed; version 2 stores them normalised. */
function normalizedEmails(emails: unknown): unknown {
  if (!Array.isArray(emails)) return emails;
  return emails.map((email) => (typeof email === 'string' ? (normalizeEmail(email) ?? email) : email));
}

function summaryOf(entry: V1CheckIn): Record<string, unknown> {
  const { id, at, how, note } = entry;
  return { id, at, how, ...(note === undefined ? {} : { note }) };
}

/**
 * Version 1 -> 2. Version 1 kept all people in one list and the whole log in another, so
 * showing "last check-in" meant reading the whole log. Version 2 stores one record per
 * person and per check-in (plus a time index), and keeps each person's newest check-in
 * on the person.
 */
async function splitListsAndSummarise(tx: RawTx): Promise<MigrationReport> {
  const rawPeople = asList(await tx.get(V1_PEOPLE_KEY));
  const rawCheckIns = asList(await tx.get(V1_CHECK_INS_KEY));
  const people = rawPeople.filter(isV1Person);
  const ids = new Set(people.map((person) => person.id));
  const checkIns = rawCheckIns.filter((entry): entry is V1CheckIn => isV1CheckIn(entry) && ids.has(entry.personId));

  const newest = new Map<string, V1CheckIn>();
  for (const entry of checkIns) {
    tx.put(checkInKey(entry), entry);
    tx.put(checkInTimeKey(entry), true);
    const known = newest.get(entry.personId);
    if (known === undefined || known.at <= entry.at) newest.set(entry.personId, entry);
  }
  for (const person of people) {
    const last = newest.get(person.id);
    const summary = last === undefined ? {} : { lastCheckIn: summaryOf(last) };
    tx.put(personKey(person.id), { ...person, emails: normalizedEmails(person.emails), ...summary });
  }
  tx.delete(V1_PEOPLE_KEY);
  tx.delete(V1_CHECK_INS_KEY);
  return { skipped: rawPeople.length + rawCheckIns.length - people.length - checkIns.length };
}

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  2: splitListsAndSummarise,
};

/** The stored version: absent means a new store, unless version 1's lists are there. */
async function storedVersion(tx: RawTx): Promise<number> {
  const version = await tx.get(VERSION_KEY);
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
  const legacy = (await tx.get(V1_PEOPLE_KEY)) !== undefined || (await tx.get(V1_CHECK_INS_KEY)) !== undefined;
  return legacy ? 1 : SCHEMA_VERSION;
}

export interface UpgradeReport extends MigrationReport {
  /** The version found; above SCHEMA_VERSION when a newer Echt wrote the store. */
  from: number;
}

/** Runs every step from the stored version up to SCHEMA_VERSION and records the new version. */
export async function upgrade(tx: RawTx): Promise<UpgradeReport> {
  const from = await storedVersion(tx);
  if (from > SCHEMA_VERSION) return { from, skipped: 0 };
  let skipped = 0;
  for (let version = from + 1; version <= SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step === undefined) throw new Error(`No migration to people schema version ${version}.`);
    skipped += (await step(tx)).skipped;
  }
  tx.put(VERSION_KEY, SCHEMA_VERSION);
  return { from, skipped };
}
