// One typed definition per setting: key, default, version, migrations and a validator.
// Stored values are repaired, not trusted: anything that fails validation (an old
// format, a hand edit, a half-written value) is mended and rewritten — field by field
// when the definition has a `repair`, else by falling back to the default.
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
   * refused (TypeError, nothing written) where its validator says no. Updates of one
   * setting in one context run one at a time, so none is lost to another that read the
   * same value; storage has no transactions, so a write from another context can still
   * fall between this read and this write.
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
  const get = async (): Promise<T> => {
    const stored = await item.getValue();
    const value = repair(stored);
    if (stored !== null && !sameJson(value, stored)) await item.setValue(value);
    return value;
  };
  const serially = serialQueue();

  return {
    key: definition.key,
    fallback: definition.fallback,
    get,
    repair,
    update: (change) =>
      serially(async () => {
        const current = await get();
        const changed = change(current);
        const next = mend ? mend(changed) : changed;
        if (!accepts(next)) throw new TypeError(`Invalid value for ${definition.key}`);
        if (!sameJson(next, current)) await item.setValue(next);
        return next;
      }),
    async set(value) {
      if (!accepts(value)) throw new TypeError(`Invalid value for ${definition.key}`);
      await item.setValue(value);
    },
    async ensure() {
      const stored = await item.getValue();
      const value = repair(stored);
      if (stored === null || !sameJson(value, stored)) await item.setValue(value);
    },
    watch(callback) {
      return item.watch((value) => callback(repair(value)));
    },
    migrate: () => item.migrate(),
  };
}
