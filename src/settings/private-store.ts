// Where the settings only Echt's own pages and worker may read are kept: the extension's
// IndexedDB, database `echt-settings`. A content script runs in a web page's origin and
// opens only that page's databases, while storage.local is open to every content script
// in Chromium and Firefox alike. The only module that opens this database (but for the
// popup's early read, early.ts); define.ts is its only user.
import { createStore, promisifyRequest } from 'idb-keyval';
import { isRecord } from '../guards';
import { PRIVATE_DATABASE, takePrivateEarly } from './early';

/** One setting as stored: its value and the version of the setting that wrote it. */
export interface StoredRecord {
  version: number;
  value: unknown;
}

const records = createStore(PRIVATE_DATABASE.name, PRIVATE_DATABASE.store);

function asRecord(value: unknown): StoredRecord | undefined {
  if (!isRecord(value) || typeof value.version !== 'number' || !Number.isInteger(value.version)) return undefined;
  return { version: value.version, value: value.value };
}

export function readRecord(name: string): Promise<StoredRecord | undefined> {
  const read = () => records('readonly', (store) => promisifyRequest<unknown>(store.get(name)));
  // The popup's first script may have asked already (early.ts); if that failed, read here.
  const early = takePrivateEarly(name);
  return (early ? early.catch(read) : read()).then(asRecord);
}

/**
 * Reads, changes and writes one setting in one transaction, so no other context's write
 * can fall between the read and the write. `change` returns undefined to leave it as it is;
 * an error it throws aborts the transaction and rejects. Resolves once the write is stored.
 */
export function changeRecord(
  name: string,
  change: (current: StoredRecord | undefined) => StoredRecord | undefined,
): Promise<StoredRecord | undefined> {
  return records('readwrite', async (store) => {
    const next = change(asRecord(await promisifyRequest(store.get(name))));
    if (next) store.put(next, name);
    await promisifyRequest(store.transaction);
    return next;
  });
}

/** Empties the database; tests start from nothing with it. */
export function clearRecords(): Promise<void> {
  return records('readwrite', (store) => {
    store.clear();
    return promisifyRequest(store.transaction);
  });
}
