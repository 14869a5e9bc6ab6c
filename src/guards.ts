// Type guards for values that come from outside the type system: storage, IndexedDB, a
// file the user picked. One place, so every reader agrees on what a readable object is.

/** A plain object (not null, not an array) whose fields can be read one by one. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A moment that was set: ms after 1970 began (0, or nothing, means "not set"). */
export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** A moment as people memory stores it: ms since 1970, not before. */
export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
