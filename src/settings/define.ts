// One typed definition per setting: key, default, version, migrations and a validator.
// Stored values are repaired, not trusted: anything that fails validation (an old
// format, a hand edit, a half-written value) is mended and rewritten — field by field
// when the definition has a `repair`, else by falling back to the default.
//
// Every write of a setting holds that setting's lock, in every context of the extension at
// once (the worker, the popup, the options page) where the browser has Web Locks, else in
// this context: a write never falls between another's read and its write, so no change is
// lost to a race.
import { storage } from 'wxt/utils/storage';
import { serialQueue } from '../platform';

type StorageKey = `local:${string}` | `sync:${string}`;

interface DefinitionBase<T> {
  key: StorageKey;
  fallback: T;
  version: number;
  /** Numbered steps, as WXT runs them: `migrations[n]` turns version n-1 data into version n. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

type SettingDefinition<T> = DefinitionBase<T> &
  (
    | { isValid: (value: unknown) => value is T; repair?: never }
    /** Mends what it can of a stored value and never throws; for structured settings. */
    | { repair: (value: unknown) => T; isValid?: never }
  );

export interface Setting<T> {
  readonly key: StorageKey;
  readonly fallback: T;
  get(): Promise<T>;
  /** Refuses (TypeError) a value that is not already valid; pass it through `repair` first to mend it. */
  set(value: T): Promise<void>;
  /**
   * Applies `change` to the value stored now and stores the result; resolves to what was
   * stored. The result is mended field by field where the setting has a `repair`, and
   * refused (TypeError, nothing written) where its validator says no. Writes of one
   * setting run one at a time across Echt's contexts, so no update is lost to another
   * that read the same value.
   */
  update(change: (current: T) => T): Promise<T>;
  /** The value as it would be stored: mended field by field, or the default. */
  repair(value: unknown): T;
  /** Writes the default when nothing is stored, and mends what is damaged; used on install. */
  ensure(): Promise<void>;
  /** Calls back with the repaired value on every change; returns the unsubscribe. */
  watch(callback: (value: T) => void): () => void;
  migrate(): Promise<void>;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Runs `task` holding the lock named `name` in every context of the extension (Web Locks
 * share the extension's origin); where a context has no Web Locks, `serially` orders its own.
 */
function lockedRunner(name: string): <R>(task: () => Promise<R>) => Promise<R> {
  const serially = serialQueue();
  return (task) => {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return locks ? locks.request(name, task) : serially(task);
  };
}

export function defineSetting<T>(definition: SettingDefinition<T>): Setting<T> {
  const item = storage.defineItem<unknown>(definition.key, {
    version: definition.version,
    migrations: definition.migrations,
  });
  const { isValid, repair: mend } = definition;
  const repair = (value: unknown): T => {
    if (value === null || value === undefined) return definition.fallback;
    if (mend) return mend(value);
    return isValid?.(value) ? value : definition.fallback;
  };
  const accepts = (value: unknown): boolean => (mend ? sameJson(mend(value), value) : Boolean(isValid?.(value)));
  const locked = lockedRunner(`echt:${definition.key}`);
  /** Reads and repairs; `writeBack` stores a repair (only ever under the lock, after a fresh read). */
  const read = async (writeBack: boolean): Promise<T> => {
    const stored = await item.getValue();
    const value = repair(stored);
    if (writeBack && stored !== null && !sameJson(value, stored)) await item.setValue(value);
    return value;
  };
  const get = async (): Promise<T> => {
    const stored = await item.getValue();
    const value = repair(stored);
    // Damaged: mend it under the lock, from what is stored by then.
    return stored === null || sameJson(value, stored) ? value : locked(() => read(true));
  };

  return {
    key: definition.key,
    fallback: definition.fallback,
    get,
    repair,
    update: (change) =>
      locked(async () => {
        const current = await read(true);
        const changed = change(current);
        const next = mend ? mend(changed) : changed;
        if (!accepts(next)) throw new TypeError(`Invalid value for ${definition.key}`);
        if (!sameJson(next, current)) await item.setValue(next);
        return next;
      }),
    async set(value) {
      if (!accepts(value)) throw new TypeError(`Invalid value for ${definition.key}`);
      await locked(() => item.setValue(value));
    },
    ensure: () =>
      locked(async () => {
        const stored = await item.getValue();
        const value = repair(stored);
        if (stored === null || !sameJson(value, stored)) await item.setValue(value);
      }),
    watch(callback) {
      return item.watch((value) => callback(repair(value)));
    },
    migrate: () => item.migrate(),
  };
}
