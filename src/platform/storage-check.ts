// Whether the browser lets Echt keep anything in IndexedDB (a Firefox private window may not,
// a full disk cannot), and whether a failed write means storage is full. The popup and the
// options page use these to say so in plain words instead of failing quietly.

/** A database of its own, so probing never touches the schema of Echt's real ones. */
const PROBE_DATABASE = 'echt-storage-check';

/** Opens (creating when needed) a small database of its own; false when the browser refuses. */
export function indexedDbWorks(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      if (!factory) {
        resolve(false);
        return;
      }
      const request = factory.open(PROBE_DATABASE);
      request.onsuccess = () => {
        request.result.close();
        resolve(true);
      };
      request.onerror = () => resolve(false);
    } catch {
      resolve(false);
    }
  });
}

/**
 * Whether a failure is storage being full: IndexedDB's QuotaExceededError, or extension
 * storage's "QUOTA_BYTES quota exceeded" (also as the text of an error passed on by the worker).
 */
export function isStorageFull(error: unknown): boolean {
  if (error instanceof Error && error.name === 'QuotaExceededError') return true;
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message);
}
