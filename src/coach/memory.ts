// What the coach remembers between two looks at a draft: what it read in each sentence of
// the last draft (and of the one before, while the next is read). While the user types,
// every sentence but the one being typed is the same, so a keystroke reads only that one
// again; only one draft is kept, so a stream of new drafts leaves short-lived garbage.

export interface DraftMemory<T> {
  /** What was read for `key` in the last draft or this one; else `read()`, kept for this draft. */
  get(key: string, read: () => T): T;
  /** This draft is read: what it used is kept for the next one, the rest let go. */
  next(): void;
}

export function draftMemory<T>(): DraftMemory<T> {
  let previous = new Map<string, T>();
  let current = new Map<string, T>();
  return {
    get(key, read) {
      const value = current.get(key) ?? previous.get(key) ?? read();
      current.set(key, value);
      return value;
    },
    next() {
      previous = current;
      current = new Map();
    },
  };
}
