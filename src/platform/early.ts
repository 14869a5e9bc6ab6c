// Reads the popup's first script asks for before the popup's module has loaded
// (src/ui/popup/early-reads.ts): that script runs as the page is parsed, the module some
// 60 ms later, and IndexedDB and storage.local answer in the meantime. The answers wait on
// the page, each under a name, for the store that would have asked: it takes its answer once
// and checks it as it checks its own reads, and reads for itself when there is none, when it
// does not fit, or when what it read has changed since. Every other page (and the worker)
// finds none and reads as before.
import { browser } from 'wxt/browser';

/** Where the answers wait: one map per page, shared by its classic script and its modules. */
const ANSWERS = Symbol.for('echt.earlyAnswers');

interface Waiting {
  answer: Promise<unknown>;
  /** Stops listening for changes that would make the answer old. */
  stop: () => void;
}

type Answers = Map<string, Waiting>;

const holder = globalThis as { [ANSWERS]?: Answers };

function answers(): Answers {
  holder[ANSWERS] ??= new Map();
  return holder[ANSWERS];
}

/**
 * Drops the answer under `name` as soon as one of `keys` changes in storage.local (a setting's
 * own key, or the key that announces a change to a private one), so a write by the worker
 * between the question and the store's taking the answer is never lost: the popup's own
 * watchers only start once its module has rendered. Returns the way to stop listening.
 */
function dropOnChange(name: string, keys: readonly string[]): () => void {
  if (keys.length === 0) return () => undefined;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !keys.some((key) => Object.hasOwn(changes, key))) return;
    const waiting = answers().get(name);
    if (waiting?.stop === stop) {
      answers().delete(name);
      stop();
    }
  };
  const stop = () => browser.storage.onChanged.removeListener(listener);
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    // No extension API here: the answer is still taken only once.
  }
  return stop;
}

/**
 * Asks now and leaves the answer under `name` for the store to take; a change to any of `keys`
 * in storage.local before then drops it, and the store reads for itself. Never throws.
 */
export function askEarly<T>(name: string, ask: () => Promise<T>, keys: readonly string[] = []): Promise<T> {
  let answer: Promise<T>;
  try {
    answer = ask();
  } catch (error) {
    answer = Promise.reject(error);
  }
  // A store that takes it handles a failure itself (by reading again); one that never does ignores it.
  answer.catch(() => undefined);
  answers().get(name)?.stop();
  answers().set(name, { answer, stop: dropOnChange(name, keys) });
  return answer;
}

/** The answer asked early under `name`, once: a later read goes to the store itself. */
export function takeEarly(name: string): Promise<unknown> | undefined {
  const waiting = holder[ANSWERS]?.get(name);
  holder[ANSWERS]?.delete(name);
  waiting?.stop();
  return waiting?.answer;
}

/** storage.local's values for `keys`, in one call, through the browser's own API. */
export function readLocalEarly(keys: readonly string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get([...keys]);
}

function request<T>(asked: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    asked.onsuccess = () => resolve(asked.result);
    asked.onerror = () => reject(asked.error);
  });
}

/**
 * One read-only transaction on one of Echt's databases, opened on its own connection (closed
 * after): `work` asks, the promise carries its answers. A database that does not exist yet is
 * not created (its module creates it with its store, on its own open): the promise rejects.
 */
export function readEarly<T>(
  database: string,
  storeName: string,
  work: (store: IDBObjectStore, ask: typeof request) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const open = indexedDB.open(database);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      try {
        work(db.transaction(storeName, 'readonly').objectStore(storeName), request).then(resolve, reject);
      } catch (error) {
        reject(error);
      } finally {
        // Closes once the transaction is done.
        db.close();
      }
    };
  });
}
