// Tells the options page's sections that stored data changed under them all at once (an
// import, delete everything), so a section that keeps its own copy reads it again.
interface ChangeSignal {
  /** Returns the unsubscribe. */
  listen(listener: () => void): () => void;
  notify(): void;
}

function createChangeSignal(): ChangeSignal {
  const listeners = new Set<() => void>();
  return {
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}

/** People memory was replaced, merged into or emptied by the data section. */
export const peopleReplaced = createChangeSignal();
