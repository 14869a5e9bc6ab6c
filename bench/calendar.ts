// Reading a big calendar feed: 5,000 VEVENTs over one year, among them 300 weekly series
// with moved, cancelled and removed instances. Compares parse + expand over the year with
// ical.js parsing the same text alone (the floor any reader pays); goal: under 1.5 times.
// Then a feed shaped like Google Calendar's, whose long join texts Echt never reads.
// Run: npx tsx bench/calendar.ts
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ICAL from 'ical.js';
import { occurrencesBetween, parseCalendar } from '../src/calendar';
import { generateFeed, googleStyleFeed } from './feeds';

const EVENTS = 5_000;
const SERIES = 300;
const RUNS = 15;
const YEAR = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

// Each run starts after a full collection. Its time is measured twice: when the work returns,
// and after a collection of the garbage it left (ICAL.parse alone leaves a whole parse tree;
// parseCalendar collects most of that while it runs, so this is the like-for-like figure).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

interface Run {
  /** ms until the work returned */
  work: number;
  /** ms until its garbage was collected too */
  collected: number;
}

function measure(work: () => void): Run {
  collect();
  const start = performance.now();
  work();
  const done = performance.now();
  collect();
  return { work: done - start, collected: performance.now() - start };
}

function medianRun(runs: readonly Run[]): Run {
  return { work: median(runs.map((run) => run.work)), collected: median(runs.map((run) => run.collected)) };
}

const text = generateFeed(EVENTS, SERIES);
const query = { ...YEAR, self: ['noor@example.org'], timeZone: 'Europe/Amsterdam' };
let occurrences = 0;
let peakHeap = 0;
const runs = { ical: [] as Run[], echt: [] as Run[], parse: [] as Run[] };
for (let run = -2; run < RUNS; run++) {
  const ical = measure(() => ICAL.parse(text));
  const echt = measure(() => {
    occurrences = occurrencesBetween(parseCalendar(text), query).length;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  });
  const parse = measure(() => parseCalendar(text));
  if (run >= 0) {
    runs.ical.push(ical);
    runs.echt.push(echt);
    runs.parse.push(parse);
  }
}

// The same, back to back with no collection in between: the heap a long-running worker has.
const warm = { ical: [] as number[], echt: [] as number[] };
for (let run = 0; run < RUNS; run++) {
  let start = performance.now();
  ICAL.parse(text);
  warm.ical.push(performance.now() - start);
  start = performance.now();
  occurrencesBetween(parseCalendar(text), query);
  warm.echt.push(performance.now() - start);
}

collect();
const before = process.memoryUsage().heapUsed;
const kept = parseCalendar(text);
collect();
const retained = process.memoryUsage().heapUsed - before;

const ical = medianRun(runs.ical);
const echt = medianRun(runs.echt);
const parse = medianRun(runs.parse);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (run: Run) => `${run.work.toFixed(1)} ms (${run.collected.toFixed(1)} ms with its garbage collected)`;
console.log(`calendar: ${EVENTS} VEVENTs (${SERIES} weekly series), ${mb(text.length)} of text`);
console.log(`occurrences in 2025: ${occurrences}; medians of ${RUNS} runs`);
console.log(`ICAL.parse alone:            ${ms(ical)}`);
console.log(`parseCalendar + year expand: ${ms(echt)}`);
console.log(`  of which parseCalendar:    ${ms(parse)}`);
console.log(
  `ratio: ${(echt.work / ical.work).toFixed(2)} (${(echt.collected / ical.collected).toFixed(2)} with garbage collected); goal under 1.5`,
);
const warmIcal = median(warm.ical);
const warmEcht = median(warm.echt);
console.log(
  `back to back, no collection between runs: ICAL.parse ${warmIcal.toFixed(1)} ms, parse + expand ` +
    `${warmEcht.toFixed(1)} ms, ratio ${(warmEcht / warmIcal).toFixed(2)}`,
);
console.log(
  `memory: peak rss ${mb(process.resourceUsage().maxRSS * 1024)}, peak heap used ${mb(peakHeap)}, ` +
    `a parsed Calendar keeps ${mb(retained)} (${kept.series.length} series)`,
);

const google = googleStyleFeed(3_000);
const googleRuns = { ical: [] as Run[], parse: [] as Run[] };
for (let run = -2; run < RUNS; run++) {
  const ical = measure(() => ICAL.parse(google));
  const parse = measure(() => parseCalendar(google));
  if (run >= 0) {
    googleRuns.ical.push(ical);
    googleRuns.parse.push(parse);
  }
}
const googleIcal = medianRun(googleRuns.ical);
const googleParse = medianRun(googleRuns.parse);
console.log(`google-style feed: 3000 VEVENTs, ${mb(google.length)} of text`);
console.log(`ICAL.parse alone:            ${ms(googleIcal)}`);
console.log(`parseCalendar:               ${ms(googleParse)}`);
console.log(`ratio: ${(googleParse.work / googleIcal.work).toFixed(2)}`);
