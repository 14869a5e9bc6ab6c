// What Echt keeps, read from inside the browser: functions to run in one of Echt's own
// contexts (a page, the worker, Firefox's background page), in Chromium and Firefox alike.
// Each is sent to the browser as source, so it uses nothing but its parameters and the
// globals there.
import type { browser } from 'wxt/browser';

type ExtensionApi = typeof browser;

/**
 * Every storage area (local, session, sync) and every IndexedDB database of the
 * extension, as one JSON text to search. An area that cannot be read says why instead.
 */
export async function everythingStored(): Promise<string> {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = scope.browser ?? scope.chrome;
  const areas: Record<string, unknown> = {};
  for (const area of ['local', 'session', 'sync'] as const) {
    try {
      areas[area] = await api.storage[area].get(null);
    } catch (error) {
      areas[area] = `unreadable: ${String(error)}`;
    }
  }
  const databases: Record<string, unknown> = {};
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const store of Array.from(db.objectStoreNames)) {
      databases[`${name}/${store}`] = await new Promise((resolve, reject) => {
        const all = db.transaction(store).objectStore(store).getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
    }
    db.close();
  }
  return JSON.stringify({ areas, databases });
}

/** Echt's private settings (src/settings/private-store.ts), by name, as stored: `{ version, value }`. */
export async function privateSettings(): Promise<Record<string, { version: number; value: unknown }>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('echt-settings');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (!db.objectStoreNames.contains('settings')) return {};
    const store = db.transaction('settings').objectStore('settings');
    const [keys, values] = await Promise.all(
      [store.getAllKeys(), store.getAll()].map(
        (request) =>
          new Promise<unknown[]>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    return Object.fromEntries((keys ?? []).map((key, index) => [String(key), (values ?? [])[index]])) as Record<
      string,
      { version: number; value: unknown }
    >;
  } finally {
    db.close();
  }
}
