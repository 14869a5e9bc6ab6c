// The last good copy of each calendar, in IndexedDB: feeds can be megabytes, more than
// extension storage should hold, and only the background reads them.
import { createStore, del, get, set } from 'idb-keyval';
import type { FeedCopy } from './refresh';

const copies = createStore('echt-feeds', 'copies');

function isCopy(value: unknown): value is FeedCopy {
  if (typeof value !== 'object' || value === null) return false;
  const copy = value as Partial<FeedCopy>;
  return typeof copy.text === 'string' && typeof copy.fetchedAt === 'number';
}

export async function readCopy(sourceId: string): Promise<FeedCopy | undefined> {
  const value: unknown = await get(sourceId, copies);
  return isCopy(value) ? value : undefined;
}

export function writeCopy(sourceId: string, copy: FeedCopy): Promise<void> {
  return set(sourceId, copy, copies);
}

export function deleteCopy(sourceId: string): Promise<void> {
  return del(sourceId, copies);
}
