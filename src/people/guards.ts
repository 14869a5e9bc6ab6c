// Type guards for values read from outside the type system.

export type Fields = Record<string, unknown>;

/** A plain object whose fields can be read one by one. */
export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A moment as Echt stores it: ms since 1970, not before. */
export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
