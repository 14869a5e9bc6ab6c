// Planning reminders from stored calendars: what a wake-up or an open popup costs per feed,
// for the probe of 200 events repeating every minute (30 KB) and two feeds at the 10 MB
// limit: mostly single meetings, and only weekly series with their exceptions. Goal: any
// feed up to 10 MB plans the next two days in under 200 ms.
//
//   wake-up, reading the feed   the feed parsed and its meetings of the planning window (a
//                               day back, eight ahead) worked out: what every wake-up of a
//                               freshly started worker paid before the expansion was kept
//   within the budget           the same, within Echt's per-feed budget, over the reach an
//                               expansion is kept for: paid once per new copy of a feed
//   from the kept expansion     the expansion read back from IndexedDB (fake-indexeddb in
//                               Node, slower than the browser's) and the next two days
//                               taken from it: what every other wake-up and popup pays
//
// The first figure is measured with whichever calendar code this tree has: run it here and
// in a checkout of the code before, and compare. Run: npx tsx bench/plan.ts
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createStore, get, set } from 'idb-keyval';
import * as calendar from '../src/calendar';
import { generateFeed } from './feeds';

const NOW = new Date('2025-03-10T07:00:00Z');
const DAY = 86_400_000;
const PLANNING = { from: new Date(NOW.getTime() - DAY), to: new Date(NOW.getTime() + 8 * DAY) };
const TWO_DAYS = { from: NOW, to: new Date(NOW.getTime() + 2 * DAY) };
/** What src/feeds/expansion.ts keeps: 17 days from the window's start. */
const REACH = { from: PLANNING.from, to: new Date(PLANNING.from.getTime() + 17 * DAY) };
const PEOPLE = { self: ['noor@example.org'], timeZone: 'Europe/Amsterdam', maxPeople: 8 };
/** Runs per figure; a run that takes longer than SLOW_MS is run once. */
const RUNS = 9;
const SLOW_MS = 5_000;

const feeds = [
  {
    name: 'probe: 200 events repeating every minute',
    text: readFileSync('tests/fixtures/calendar/minutely-probe.ics', 'utf8'),
  },
  { name: 'meetings, a few weekly series', text: generateFeed(9_700, 600) },
  { name: 'weekly series only', text: generateFeed(9_300, 2_325) },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median of RUNS runs of `work` (one run when it is slow), and what the last run returned. */
async function measure<T>(work: () => Promise<T> | T): Promise<{ ms: number; runs: number; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
    if (times[0] !== undefined && times[0] > SLOW_MS) break;
  }
  if (result === undefined) throw new Error('Nothing was measured');
  return { ms: median(times), runs: times.length, result };
}

const store = createStore('echt-bench', 'expansions');
// The code before had no budget: then only the first figure is measured.
const budgeted = 'occurrencesWithin' in calendar;

console.log(`now ${NOW.toISOString()}; medians of up to ${RUNS} runs; ${budgeted ? 'with' : 'without'} a budget`);
for (const { name, text } of feeds) {
  // MB as the 10 MB limit counts them (src/feeds/refresh.ts): 1024 × 1024 bytes.
  const size = `${(new TextEncoder().encode(text).length / 1024 / 1024).toFixed(2)} MB`;
  const before = await measure(() =>
    calendar.occurrencesBetween(calendar.parseCalendar(text), { ...PLANNING, ...PEOPLE }),
  );
  console.log(`${name} (${size})`);
  console.log(
    `  wake-up, reading the feed:     ${before.ms.toFixed(1)} ms (${before.runs} runs), ${before.result.length} occurrences`,
  );
  if (!budgeted) continue;
  const { FEED_BUDGET } = await import('../src/feeds/budget');
  const budget = { ...FEED_BUDGET, clock: () => performance.now() };
  const within = await measure(() =>
    calendar.occurrencesWithin(calendar.parseCalendar(text, budget), { ...REACH, ...PEOPLE }, budget),
  );
  console.log(
    `  within the budget, once:       ${within.ms.toFixed(1)} ms, ${within.result.occurrences.length} occurrences` +
      `${within.result.cut ? ` (cut: ${within.result.cut})` : ''}`,
  );
  await set(['expansion', name], { ...REACH, occurrences: within.result.occurrences }, store);
  const kept = await measure(async () => {
    const expansion = (await get(['expansion', name], store)) as { occurrences: calendar.Occurrence[] };
    const from = TWO_DAYS.from.getTime();
    const to = TWO_DAYS.to.getTime();
    return expansion.occurrences.filter(({ start }) => start.getTime() >= from && start.getTime() < to);
  });
  console.log(`  next two days from the kept:   ${kept.ms.toFixed(1)} ms, ${kept.result.length} occurrences`);
}
