// Whether each calendar has a stored copy, and its stored expansion: what the popup's Today
// reads first (upcoming.ts, `keptMeetings`), asked by its first script before the module has
// loaded (src/platform/early.ts): every calendar's at once, in one transaction. `peekExpansions`
// takes the answer once and checks each expansion as it checks its own reads.
import { askEarly, readEarly, takeEarly } from '../platform/early';

/** The calendars' last good copies and their expansions (store.ts). */
export const FEEDS_DATABASE = { name: 'echt-feeds', store: 'copies' } as const;

/** The expansion's key beside the copy's (the source id): arrays never equal a string key. */
export function expansionKey(sourceId: string): [string, string] {
  return ['expansion', sourceId];
}

export interface Peeked {
  copy: boolean;
  expansion: unknown;
}

const NAME = 'feeds.expansions';

/**
 * Every expansion's key, beside each copy's: expansions are keyed ['expansion', id], and in
 * IndexedDB's order an array comes after every string, so these bounds hold them all.
 */
const EXPANSIONS = () => IDBKeyRange.bound(['expansion'], ['expansion', []]);

/**
 * Asks for every calendar's copy key and expansion in one transaction, without waiting for the
 * list of calendars (a read of its own): what is asked for but not enabled costs a little
 * reading, and `peekExpansions` picks the calendars it wants.
 */
export function askExpansionsEarly(): void {
  askEarly(
    NAME,
    () =>
      readEarly(FEEDS_DATABASE.name, FEEDS_DATABASE.store, (store, ask) =>
        Promise.all([ask(store.getAllKeys()), ask(store.getAll(EXPANSIONS()))]),
      ).then(([keys, expansions]) => {
        const found = new Map<string, Peeked>();
        for (const key of keys) if (typeof key === 'string') found.set(key, { copy: true, expansion: undefined });
        // The keys of what getAll returned, in its order: those in the same range, not every array.
        const range = EXPANSIONS();
        const expansionKeys = keys.filter((key): key is [string, string] => range.includes(key));
        expansionKeys.forEach(([, id], index) => {
          found.set(id, { copy: found.has(id), expansion: expansions[index] });
        });
        return found;
      }),
    // A refresh or a change of calendars, announced while the module loads, drops the answer.
    ['changed.feeds.status', 'changed.feeds.sources'],
  );
}

/** What was asked early for these calendars, if it was: a calendar it did not find has no copy and no expansion. */
export async function takeExpansionsEarly(sourceIds: readonly string[]): Promise<Peeked[] | undefined> {
  const answer = takeEarly(NAME);
  if (!answer) return undefined;
  try {
    const found = await answer;
    if (!(found instanceof Map)) return undefined;
    return sourceIds.map((id) => (found.get(id) as Peeked | undefined) ?? { copy: false, expansion: undefined });
  } catch {
    return undefined;
  }
}
