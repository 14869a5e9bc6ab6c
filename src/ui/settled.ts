// What a read started before the first render has come to, known without waiting: a page
// that starts its reads early (the popup, entrypoints/popup/opening.ts) marks them with
// `track`, and a hook that is handed one renders its outcome at once when it is already in,
// rather than rendering "loading" first and the value a render later.

export type Settled<T> = { value: T } | 'pending' | 'failed';

const outcomes = new WeakMap<Promise<unknown>, Settled<unknown>>();

/** Notes how `promise` settles, for `settledNow`; returns it, its failure marked as handled. */
export function track<T>(promise: Promise<T>): Promise<T> {
  promise.then(
    (value) => outcomes.set(promise, { value }),
    () => outcomes.set(promise, 'failed'),
  );
  return promise;
}

/** How a tracked promise has settled so far: 'pending' until it has (and for one never tracked). */
export function settledNow<T>(promise: Promise<T>): Settled<T> {
  return (outcomes.get(promise) as Settled<T> | undefined) ?? 'pending';
}
