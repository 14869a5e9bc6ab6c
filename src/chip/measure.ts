// The chip's work in a page event (a keystroke, the look at a draft after a pause, a slice
// of compiling the coach's knowledge, the card's rehearsal), timed for bench/chip.ts and contained: an error in
// Echt never reaches the page.

/** Names of the performance measures around the chip's work. */
export const MEASURE = {
  keystroke: 'echt:keystroke',
  detect: 'echt:detect',
  compile: 'echt:compile',
  rehearse: 'echt:rehearse',
} as const;

/** Runs `work` and times it as `measure`; false when it failed. */
export function contained(measure: string, work: () => void): boolean {
  const start = performance.now();
  let done = true;
  try {
    work();
  } catch {
    // The chip may fail on a page it does not understand; the page must not.
    done = false;
  }
  // Measured and cleared at once: a PerformanceObserver still sees it, the buffer never grows.
  performance.measure(measure, { start });
  performance.clearMeasures(measure);
  return done;
}
