// The last good copy of each calendar, and its expansion (the meetings of the coming weeks
// worked out from it), in IndexedDB: feeds can be megabytes, more than extension storage
// should hold, and only the background reads them. A copy and its expansion change together,
// in one transaction: an expansion is always that of the copy stored beside it.
import { clear, createStore, get, promisifyRequest } from 'idb-keyval';
import { expansionKey, FEEDS_DATABASE, type Peeked, takeExpansionsEarly } from './early';
import type { FeedCopy } from './refresh';

const copies = createStore(FEEDS_DATABASE.name, FEEDS_DATABASE.store);

// Read on every wake-up: kept while the worker lives, and forgotten whenever the copy changes.
const remembered = new Map<string, unknown>();

function isCopy(value: unknown): value is FeedCopy {
  if (typeof value !== 'object' || value === null) return false;
  const copy = value as Partial<FeedCopy>;
  return typeof copy.text === 'string' && typeof copy.fetchedAt === 'number';
}

/** One write transaction: all of `work` is stored, or (when it fails) none of it. */
function inTransaction(work: (store: IDBObjectStore) => void): Promise<void> {
  return copies('readwrite', (store) => {
    work(store);
    return promisifyRequest(store.transaction);
  });
}

export async function readCopy(sourceId: string): Promise<FeedCopy | undefined> {
  const value: unknown = await get(sourceId, copies);
  return isCopy(value) ? value : undefined;
}

/** Stores a new copy; the expansion of the one it replaces goes with it. */
export async function writeCopy(sourceId: string, copy: FeedCopy): Promise<void> {
  remembered.delete(sourceId);
  await inTransaction((store) => {
    store.put(copy, sourceId);
    store.delete(expansionKey(sourceId));
  });
}

export async function deleteCopy(sourceId: string): Promise<void> {
  remembered.delete(sourceId);
  await inTransaction((store) => {
    store.delete(sourceId);
    store.delete(expansionKey(sourceId));
  });
}

/** Deletes every copy and expansion, also of calendars no longer listed. */
export async function deleteAllCopies(): Promise<void> {
  remembered.clear();
  await clear(copies);
}

/** The stored expansion of a calendar's copy, unchecked: the caller says what it must hold. */
export async function readExpansion(sourceId: string): Promise<unknown> {
  if (remembered.has(sourceId)) return remembered.get(sourceId);
  const value: unknown = await get(expansionKey(sourceId), copies);
  remembered.set(sourceId, value);
  return value;
}

/**
 * Whether each calendar has a copy, and its stored expansion, read in one transaction and not
 * remembered: for a page, which does not hear when a copy changes (src/feeds/upcoming.ts).
 */
export async function peekExpansions(sourceIds: readonly string[]): Promise<Peeked[]> {
  if (sourceIds.length === 0) return [];
  // The popup's first script may have asked already (early.ts).
  const early = await takeExpansionsEarly(sourceIds);
  if (early) return early;
  return copies('readonly', (store) =>
    Promise.all(
      sourceIds.map(async (sourceId) => {
        const [key, expansion] = await Promise.all([
          promisifyRequest(store.getKey(sourceId)),
          promisifyRequest<unknown>(store.get(expansionKey(sourceId))),
        ]);
        return { copy: key !== undefined, expansion };
      }),
    ),
  );
}

/** Stores the expansion of the copy stored now; nothing when the copy went in the meantime. */
export async function writeExpansion(sourceId: string, expansion: unknown): Promise<void> {
  await copies('readwrite', async (store) => {
    if ((await promisifyRequest(store.getKey(sourceId))) === undefined) return;
    store.put(expansion, expansionKey(sourceId));
    await promisifyRequest(store.transaction);
    remembered.set(sourceId, expansion);
  });
}
