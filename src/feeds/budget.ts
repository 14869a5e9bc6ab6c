// What one calendar may take each time its meetings are worked out: at most this many
// occurrences in the coming weeks, and this many ms while its repeat rules are tried when it
// is read and again while it is expanded. Reading costs what the feed's size costs (at most
// 10 MB); the budget bounds what its rules may add, so no feed can hold up the worker.
export const FEED_BUDGET = { occurrences: 5000, ms: 150 } as const;
