// Putting the occurrences of a query in order. A year of a big feed holds tens of thousands;
// comparing every pair through their Dates costs several times more than sorting numbers, so
// they are sorted as numbers first and compared one by one only where their starts are equal.
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
 * The indices by start, equal starts in index order; null when the starts cannot be packed
 * exactly. Each start (less the first) times the count, plus the index, is one integer below
 * 2^53, so a typed array sorts them all without calling back for each pair.
 */
function byStart(starts: readonly number[]): number[] | null {
  const count = starts.length;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const start of starts) {
    if (!Number.isInteger(start)) return null;
    first = Math.min(first, start);
    last = Math.max(last, start);
  }
  if (count === 0 || (last - first + 1) * count > Number.MAX_SAFE_INTEGER) return null;
  const keys = new Float64Array(count);
  for (let index = 0; index < count; index++) keys[index] = ((starts[index] ?? first) - first) * count + index;
  keys.sort();
  const order: number[] = [];
  for (const key of keys) order.push(key % count);
  return order;
}

/** Occurrences `a` and `b` (indices) that start at the same time: by end, then `tie`. */
function compareSameStart(found: Found, tie: Tie, a: number, b: number): number {
  return (
    (found.ends[a] ?? 0) - (found.ends[b] ?? 0) ||
    tie(found.occurrences[a] as Occurrence, found.occurrences[b] as Occurrence)
  );
}

// Runs of equal starts are short (meetings at the same time): sorted in place by insertion,
// longer ones (all-day events of a busy day) by the built-in sort.
const SHORT_RUN = 16;

/** Orders `order[first..next)`, occurrences with the same start, keeping their order where they compare equal. */
function sortRun(found: Found, tie: Tie, order: number[], first: number, next: number): void {
  if (next - first > SHORT_RUN) {
    const run = order.slice(first, next).sort((a, b) => compareSameStart(found, tie, a, b));
    run.forEach((item, offset) => {
      order[first + offset] = item;
    });
    return;
  }
  for (let index = first + 1; index < next; index++) {
    const item = order[index] ?? 0;
    let place = index;
    while (place > first && compareSameStart(found, tie, order[place - 1] ?? 0, item) > 0) {
      order[place] = order[place - 1] ?? 0;
      place--;
    }
    order[place] = item;
  }
}

/**
 * The occurrences by start, then end, then `tie`; in the order they were found where all of
 * these are equal, as a stable sort of the whole list would give.
 */
export function sortedOccurrences(found: Found, tie: Tie): Occurrence[] {
  const { occurrences, starts } = found;
  const startOf = (index: number) => starts[index] ?? 0;
  let order = byStart(starts);
  if (order === null) {
    order = Array.from(occurrences.keys());
    order.sort((a, b) => startOf(a) - startOf(b) || compareSameStart(found, tie, a, b));
  } else {
    for (let first = 0; first < order.length; ) {
      const start = startOf(order[first] ?? 0);
      let next = first + 1;
      while (next < order.length && startOf(order[next] ?? 0) === start) next++;
      if (next - first > 1) sortRun(found, tie, order, first, next);
      first = next;
    }
  }
  return order.map((index) => occurrences[index] as Occurrence);
}
