// Settings the popup needs at once, asked by its first script before the module has loaded
// (src/platform/early.ts): the raw records of the private store (the calendars, the user's
// addresses), which `readRecord` takes once, and the raw storage.local values of settings
// kept there (the reminder rules and state, the language), with the version WXT's storage
// keeps beside each, which a setting's first read takes once. Each is checked as the
// store checks its own reads; a value of an older version is read again the usual way, so
// its migrations run.

import { askEarly, readEarly, readLocalEarly, takeEarly } from '../platform/early';

/** The database of private settings (private-store.ts): one store, one record per setting. */
export const PRIVATE_DATABASE = { name: 'echt-settings', store: 'settings' } as const;

const privateName = (record: string) => `private:${record}`;
const localName = (key: string) => `local:${key}`;

/** Where WXT's storage keeps the version of the value under `key`. */
const metaKey = (key: string) => `${key}$`;

/** Asks for these records in one transaction; each waits under its own name. The promise has them all, in order. */
export function askPrivateEarly(records: readonly string[]): Promise<unknown[]> {
  // Never throws: a failure to open rejects the promise.
  const all = readEarly(PRIVATE_DATABASE.name, PRIVATE_DATABASE.store, (store, ask) =>
    Promise.all(records.map((record) => ask(store.get(record)))),
  );
  records.forEach((record, index) => {
    // A change to a private setting is announced under this key (define.ts).
    askEarly(privateName(record), () => all.then((values) => values[index]), [`changed.${record}`]);
  });
  return all;
}

/** The raw record asked early under `record`'s name, once; undefined when none was asked. */
export function takePrivateEarly(record: string): Promise<unknown> | undefined {
  return takeEarly(privateName(record));
}

/** A storage.local value as asked early: the value, and the version stored beside it. */
export interface LocalAnswer {
  value: unknown;
  version: number;
}

/** Asks storage.local for these settings' values and versions, in one call; each waits under its own name. */
export function askLocalEarly(keys: readonly string[]): void {
  // Never throws: without the API (a test page) every answer rejects, and the settings read for themselves.
  const all = Promise.resolve().then(() => readLocalEarly(keys.flatMap((key) => [key, metaKey(key)])));
  for (const key of keys) {
    askEarly(
      localName(key),
      () =>
        all.then((stored): LocalAnswer => {
          const meta: unknown = stored[metaKey(key)];
          const version = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
          // As WXT's storage reads it: no version stored means the first.
          return { value: stored[key] ?? null, version: typeof version === 'number' ? version : 1 };
        }),
      [key, metaKey(key)],
    );
  }
}

/** The value asked early for `key` if it was, and it is of `version` (or nothing is stored); else undefined. */
export async function takeLocalEarly(key: string, version: number): Promise<{ value: unknown } | undefined> {
  const answer = takeEarly(localName(key));
  if (!answer) return undefined;
  try {
    const { value, version: stored } = (await answer) as LocalAnswer;
    return value === null || stored === version ? { value } : undefined;
  } catch {
    return undefined;
  }
}
