// One typed definition per setting: key, default, version, migrations and a validator.
// Stored values are repaired, not trusted: anything that fails validation (an old
// format, a hand edit, a half-written value) reads as the default and is rewritten.
import { storage } from 'wxt/utils/storage';

type StorageKey = `local:${string}` | `sync:${string}`;

export interface SettingDefinition<T> {
  key: StorageKey;
  fallback: T;
  version: number;
  /** Numbered steps, as WXT runs them: `migrations[n]` turns version n-1 data into version n. */
  migrations?: Record<number, (old: unknown) => unknown>;
  isValid: (value: unknown) => value is T;
}

export interface Setting<T> {
  readonly key: StorageKey;
  readonly fallback: T;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Writes the default when nothing valid is stored; used on install. */
  ensure(): Promise<void>;
  /** Calls back with the repaired value on every change; returns the unsubscribe. */
  watch(callback: (value: T) => void): () => void;
  migrate(): Promise<void>;
}

export function defineSetting<T>(definition: SettingDefinition<T>): Setting<T> {
  const item = storage.defineItem<unknown>(definition.key, {
    version: definition.version,
    migrations: definition.migrations,
  });
  const repair = (value: unknown): T => (definition.isValid(value) ? value : definition.fallback);

  return {
    key: definition.key,
    fallback: definition.fallback,
    async get() {
      const stored = await item.getValue();
      const value = repair(stored);
      if (stored !== null && value !== stored) await item.setValue(value);
      return value;
    },
    async set(value) {
      if (!definition.isValid(value)) throw new TypeError(`Invalid value for ${definition.key}`);
      await item.setValue(value);
    },
    async ensure() {
      const stored = await item.getValue();
      if (!definition.isValid(stored)) await item.setValue(definition.fallback);
    },
    watch(callback) {
      return item.watch((value) => callback(repair(value)));
    },
    migrate: () => item.migrate(),
  };
}
