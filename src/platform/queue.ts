// Work that must not overlap, run one task after another. A worker answers messages and
// alarms as they come; two tasks that read, change and write the same stored value must
// not interleave, or one change is lost.

type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A queue: each task starts when the one before it has settled, in the order they were
 * queued. A failed task rejects its own caller only; `onError` also hears of it, and the
 * next task runs all the same.
 */
export function serialQueue(onError: (error: unknown) => void = () => undefined): SerialQueue {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task, task);
    last = run.catch(onError);
    return run;
  };
}
