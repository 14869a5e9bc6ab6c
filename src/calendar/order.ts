// Putting the occurrences of a query in order. A year of a big feed holds tens of thousands;
// comparing them through their Dates costs several times more than comparing numbers, so
// their times are kept as numbers beside them and the sort reads those.
import type { Occurrence } from './types';

/** The occurrences of a query in the order they were found, with their times by index. */
export interface Found {
  readonly occurrences: Occurrence[];
  /** `start.getTime()` of each occurrence. */
  readonly starts: number[];
  /** `end.getTime()` of each occurrence. */
  readonly ends: number[];
}

type Tie = (a: Occurrence, b: Occurrence) => number;

/**
 * The occurrences by start, then end, then `tie`; in the order they were found where all of
 * these are equal (the built-in sort is stable).
 */
export function sortedOccurrences(found: Found, tie: Tie): Occurrence[] {
  const { occurrences, starts, ends } = found;
  const order = Array.from(occurrences.keys());
  order.sort(
    (a, b) =>
      (starts[a] ?? 0) - (starts[b] ?? 0) ||
      (ends[a] ?? 0) - (ends[b] ?? 0) ||
      tie(occurrences[a] as Occurrence, occurrences[b] as Occurrence),
  );
  return order.map((index) => occurrences[index] as Occurrence);
}
