// Whether each calendar has a stored copy, and its stored expansion: what the popup's Today
// reads first (upcoming.ts, `keptMeetings`), asked by its first script before the module has
// loaded (src/platform/early.ts). `peekExpansions` takes the answer once, when it holds every
// calendar it is asked about, and checks each expansion as it checks its own reads.
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

/** Asks, once the calendars' ids are known, for each one's copy key and expansion in one transaction. */
export function askExpansionsEarly(sourceIds: Promise<readonly string[]>): void {
  askEarly(NAME, async () => {
    const ids = await sourceIds;
    if (ids.length === 0) return new Map<string, Peeked>();
    return readEarly(FEEDS_DATABASE.name, FEEDS_DATABASE.store, (store, ask) =>
      Promise.all(
        ids.map(async (id) => {
          const [key, expansion] = await Promise.all([ask(store.getKey(id)), ask(store.get(expansionKey(id)))]);
          return [id, { copy: key !== undefined, expansion }] as const;
        }),
      ).then((entries) => new Map<string, Peeked>(entries)),
    );
  });
}

/** What was asked early for these calendars, if it was and it holds every one of them. */
export async function takeExpansionsEarly(sourceIds: readonly string[]): Promise<Peeked[] | undefined> {
  const answer = takeEarly(NAME);
  if (!answer) return undefined;
  try {
    const found = await answer;
    if (!(found instanceof Map)) return undefined;
    const peeked = sourceIds.map((id) => found.get(id) as Peeked | undefined);
    return peeked.every((each) => each !== undefined) ? (peeked as Peeked[]) : undefined;
  } catch {
    return undefined;
  }
}
