// One typed definition per setting: key, default, version, migrations and a validator.
// Stored values are repaired, not trusted: anything that fails validation (an old
// format, a hand edit, a half-written value) is mended and rewritten — field by field
// when the definition has a `repair`, else by falling back to the default.
//
// Where a setting lives is in its key. `local:` settings are in storage.local through WXT's
// storage, which every content script can read too: only what is no secret and no one's
// personal data. `private:` settings (calendar addresses, the user's e-mail addresses, the
// coach's personal rules) are in the extension's IndexedDB (private-store.ts), which only
// Echt's pages and worker can open; a change to one is announced in storage.local by a
// random token under `local:changed.<name>`, which says that it changed and nothing else.
//
// Every write of a setting holds that setting's lock, in every context of the extension at
// once (the worker, the popup, the options page) where the browser has Web Locks, else in
// this context: a write never falls between another's read and its write, so no change is
// lost to a race (storage.local has no transactions; IndexedDB's alone would not order a
// read-repair against an update).
import { storage } from 'wxt/utils/storage';
import { serialQueue } from '../platform';
import { takeLocalEarly } from './early';
import { changeRecord, readRecord, type StoredRecord } from './private-store';

type LocalKey = `local:${string}`;
type PrivateKey = `private:${string}`;

interface DefinitionBase<T> {
  key: LocalKey | PrivateKey;
  /** Where an older Echt kept a private setting: moved from there (nothing lost), then removed. */
  movedFrom?: LocalKey;
  fallback: T;
  version: number;
  /** Numbered steps: `migrations[n]` turns version n-1 data into version n. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

type SettingDefinition<T> = DefinitionBase<T> &
  (
    | { isValid: (value: unknown) => value is T; repair?: never }
    /** Mends what it can of a stored value and never throws; for structured settings. */
    | { repair: (value: unknown) => T; isValid?: never }
  );

export interface Setting<T> {
  readonly key: string;
  /** The storage.local key whose change means this setting changed: what a content script may watch. */
  readonly changeKey: LocalKey;
  /** The key an older Echt (and its backups) used, when it was another. */
  readonly formerKey?: string;
  /** The version of the values it stores: what its migrations bring older ones to. */
  readonly version: number;
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
  /** Brings what is stored to this version: moved to its place, migrations run. */
  migrate(): Promise<void>;
  /** A value of `version` (from a backup file) as this version stores it: the migrations after it, run. */
  upgrade(value: unknown, version: number): Promise<unknown>;
}

/** How a setting's value reaches its storage; define.ts builds the rest on top. */
interface Place {
  /** The value stored now at this version (older data migrated first), or null. */
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
  /** `change` gets the stored value and returns what to store, or undefined for no write. */
  change(change: (stored: unknown) => unknown): Promise<void>;
  watch(callback: (stored: unknown) => void): () => void;
  migrate(): Promise<void>;
}

/** A plain object with its keys in order, as JSON.stringify's replacer; anything else as it is. */
function keysInOrder(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Whether two values hold the same JSON, whatever the order of their keys: Chrome's
 * storage.local gives an object back with its keys sorted, so a value read back is rarely in
 * the order it was written. Compared in order, every read of such a setting took it for
 * damaged and wrote it again (the popup wrote the reminder rules and state on every open).
 */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, keysInOrder) === JSON.stringify(b, keysInOrder);
}

async function runMigrations(
  migrations: DefinitionBase<unknown>['migrations'],
  value: unknown,
  from: number,
  to: number,
): Promise<unknown> {
  let migrated = value;
  for (let version = from + 1; version <= to; version++) {
    const step = migrations?.[version];
    if (step) migrated = await step(migrated);
  }
  return migrated;
}

/**
 * `make()`, called the first time it is needed. WXT's storage reads an item as it is
 * defined; defined when its module loads, every setting cost a page a storage read, and
 * those reads queued ahead of the one the popup waits for before its first render.
 */
function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** storage.local through WXT's storage, which runs the migrations itself. */
function localPlace(key: LocalKey, definition: DefinitionBase<unknown>): Place {
  const item = onFirstUse(() =>
    storage.defineItem<unknown>(key, { version: definition.version, migrations: definition.migrations }),
  );
  const stored = key.slice('local:'.length);
  return {
    async read() {
      // The popup's first script may have asked already (early.ts).
      const early = await takeLocalEarly(stored, definition.version);
      return early ? early.value : item().getValue();
    },
    write: (value) => item().setValue(value),
    async change(change) {
      const next = change(await item().getValue());
      if (next !== undefined) await item().setValue(next);
    },
    // As the item would watch, without defining it: that costs a read, and a page that only watches pays it.
    watch: (callback) => storage.watch<unknown>(key, (value) => callback(value)),
    migrate: () => item().migrate(),
  };
}

/** The extension's IndexedDB (private-store.ts), with a token in storage.local to announce changes. */
function privatePlace(name: string, changeKey: LocalKey, definition: DefinitionBase<unknown>): Place {
  const { version, migrations, movedFrom } = definition;
  const token = onFirstUse(() => storage.defineItem<string>(changeKey));
  // A new value every time (storage.onChanged fires only on a change); digits only, no words.
  const announce = () => token().setValue(`${Date.now()}.${Math.floor(Math.random() * 1e9)}`);

  /** What an older Echt left in storage.local, as a record of its version. */
  const left = async (): Promise<StoredRecord | undefined> => {
    if (!movedFrom) return undefined;
    const value = await storage.getItem<unknown>(movedFrom);
    if (value === null) return undefined;
    const meta = await storage.getMeta<{ v?: unknown }>(movedFrom);
    return { version: typeof meta.v === 'number' ? meta.v : 1, value };
  };
  /** Moves what storage.local holds here, unless something is stored here already; then removes it there. */
  const moveIn = async (): Promise<StoredRecord | undefined> => {
    const found = await left();
    const record = found ? await changeRecord(name, (current) => (current ? undefined : found)) : undefined;
    if (movedFrom && found) await storage.removeItem(movedFrom, { removeMeta: true });
    return record ?? (await readRecord(name));
  };
  /** Runs the migrations after `record`'s version; stored unless another context got there first. */
  const upgrade = async (record: StoredRecord): Promise<StoredRecord> => {
    if (record.version >= version) return record;
    const next = { version, value: await runMigrations(migrations, record.value, record.version, version) };
    const stored = await changeRecord(name, (current) => (current?.version === record.version ? next : undefined));
    return stored ?? (await readRecord(name)) ?? next;
  };
  const current = async (): Promise<StoredRecord | undefined> => {
    const record = (await readRecord(name)) ?? (await moveIn());
    return record && upgrade(record);
  };

  return {
    // Without IndexedDB (a broken profile, a refused open) a private setting reads as unset,
    // so what lives in storage.local (the routine nudges) still works; writes still fail loudly.
    read: () =>
      current().then(
        (record) => record?.value ?? null,
        (error: unknown) => {
          console.warn(`Echt: ${name} could not be read`, error);
          return null;
        },
      ),
    async write(value) {
      await changeRecord(name, () => ({ version, value }));
      await announce();
    },
    async change(change) {
      await current();
      const stored = await changeRecord(name, (record) => {
        const next = change(record?.value ?? null);
        return next === undefined ? undefined : { version, value: next };
      });
      if (stored) await announce();
    },
    watch(callback) {
      // Reads may finish out of order; only the newest one is passed on.
      let asked = 0;
      // The token's key watched as its item would, without defining the item (that costs a read).
      return storage.watch<string>(changeKey, () => {
        const ticket = ++asked;
        void current().then(
          (record) => ticket === asked && callback(record?.value ?? null),
          () => undefined,
        );
      });
    },
    async migrate() {
      // A copy left behind (a move cut off before its removal) is removed even when the move is done.
      await moveIn();
      await current();
    },
  };
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
  const { key, isValid, repair: mend } = definition;
  const name = key.slice(key.indexOf(':') + 1);
  const changeKey: LocalKey = key.startsWith('private:') ? `local:changed.${name}` : (key as LocalKey);
  const place = key.startsWith('private:')
    ? privatePlace(name, changeKey, definition)
    : localPlace(key as LocalKey, definition);
  const repair = (value: unknown): T => {
    if (value === null || value === undefined) return definition.fallback;
    if (mend) return mend(value);
    return isValid?.(value) ? value : definition.fallback;
  };
  const accepts = (value: unknown): boolean => (mend ? sameJson(mend(value), value) : Boolean(isValid?.(value)));
  const refuse = () => new TypeError(`Invalid value for ${key}`);
  const locked = lockedRunner(`echt:${key}`);
  /** Stores the mended value where what is stored now is damaged; under the lock, from a fresh read. */
  const mendStored = () =>
    locked(() =>
      place.change((stored) => {
        const value = repair(stored);
        return stored === null || !sameJson(value, stored) ? value : undefined;
      }),
    );

  return {
    key,
    changeKey,
    ...(definition.movedFrom ? { formerKey: definition.movedFrom } : {}),
    version: definition.version,
    fallback: definition.fallback,
    repair,
    async get() {
      const stored = await place.read();
      const value = repair(stored);
      // Damaged: mended under the lock, from what is stored by then.
      if (stored !== null && !sameJson(value, stored)) await mendStored();
      return value;
    },
    update: (change) =>
      locked(async () => {
        let result = definition.fallback;
        await place.change((stored) => {
          const current = repair(stored);
          const changed = change(current);
          const next = mend ? mend(changed) : changed;
          if (!accepts(next)) throw refuse();
          result = next;
          return sameJson(next, stored) ? undefined : next;
        });
        return result;
      }),
    async set(value) {
      if (!accepts(value)) throw refuse();
      await locked(() => place.write(value));
    },
    ensure: mendStored,
    watch: (callback) => place.watch((value) => callback(repair(value))),
    migrate: () => place.migrate(),
    upgrade: (value, version) => runMigrations(definition.migrations, value, version, definition.version),
  };
}
