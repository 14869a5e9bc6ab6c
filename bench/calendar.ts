// Reading a big calendar feed: 5,000 VEVENTs over one year, among them 300 weekly series
// with moved, cancelled and removed instances. Compares parse + expand over the year with
// ical.js parsing the same text alone (the floor any reader pays); goal: under 1.5 times.
// Then a feed shaped like Google Calendar's, whose long join texts Echt never reads.
// Run: npx tsx bench/calendar.ts
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ICAL from 'ical.js';
import { occurrencesBetween, parseCalendar } from '../src/calendar';

const EVENTS = 5_000;
const SERIES = 300;
const OVERRIDES_PER_SERIES = 3;
const RUNS = 15;
const YEAR = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') };
const DAY = 86_400_000;
const ZONES = ['Europe/Amsterdam', 'W. Europe Standard Time', 'America/New_York', 'Asia/Kolkata'];

/** A fixed pseudo-random sequence, so every run reads the same feed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function basic(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}Z$/g, '');
}

/** Folds a content line at 75 octets (the characters here are all ASCII). */
function fold(line: string): string {
  const parts: string[] = [];
  for (let index = 0; index < line.length; index += index === 0 ? 75 : 74) {
    parts.push(line.slice(index, index + (index === 0 ? 75 : 74)));
  }
  return parts.join('\r\n ');
}

function people(next: () => number, organizer: number): string[] {
  const count = 2 + Math.floor(next() * 5);
  const lines = [`ORGANIZER;CN=Colleague ${organizer}:mailto:colleague.${organizer}@example.org`];
  for (let index = 0; index < count; index++) {
    const who = Math.floor(next() * 400);
    const answer = ['ACCEPTED', 'TENTATIVE', 'NEEDS-ACTION', 'DECLINED'][Math.floor(next() * 4)];
    lines.push(
      `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${answer};CN=Colleague ${who};X-NUM-GUESTS=0:mailto:colleague.${who}@example.org`,
    );
  }
  lines.push('ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Noor:mailto:noor@example.org');
  return lines;
}

function event(uid: string, title: string, zone: string, start: number, minutes: number, extra: string[]): string[] {
  const next = random(uid.length * 7919 + start / 60_000);
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:20241201T080000Z`,
    `DTSTART;TZID=${zone}:${basic(start)}`,
    `DTEND;TZID=${zone}:${basic(start + minutes * 60_000)}`,
    ...extra,
    `SUMMARY:${title}`,
    'DESCRIPTION:Agenda: where we are\\, what is in the way\\, who needs a hand. Join: https://meet.example.org/abc-defg-hij',
    'LOCATION:Room Amstel',
    ...people(next, Math.floor(next() * 400)),
    'STATUS:CONFIRMED',
    'SEQUENCE:0',
    'END:VEVENT',
  ].map(fold);
}

/** Wall-clock starts (as if UTC) on working days of 2025 between 08:00 and 17:00. */
function workingStart(next: () => number): number {
  const day = Math.floor(next() * 365);
  const date = Date.UTC(2025, 0, 1) + day * DAY;
  const weekday = new Date(date).getUTCDay();
  const shift = weekday === 0 ? DAY : weekday === 6 ? 2 * DAY : 0;
  return date + shift + (8 + Math.floor(next() * 18) / 2) * 3_600_000;
}

function generateFeed(): string {
  const next = random(2025);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Echt//Bench//EN', 'X-WR-CALNAME:Bench'];
  let count = 0;
  for (let series = 0; series < SERIES; series++) {
    const zone = ZONES[series % ZONES.length] ?? 'UTC';
    const start = Date.UTC(2025, 0, 6 + (series % 5)) + (8 + (series % 9)) * 3_600_000;
    const uid = `series-${series}@bench.example.org`;
    const exdates = [2, 9].map((week) => basic(start + week * 7 * DAY));
    lines.push(
      ...event(uid, `Series ${series}`, zone, start, 30, [
        'RRULE:FREQ=WEEKLY',
        `EXDATE;TZID=${zone}:${exdates.join(',')}`,
      ]),
    );
    count += 1;
    for (let override = 0; override < OVERRIDES_PER_SERIES; override++) {
      const week = 4 + override * 12 + Math.floor(next() * 8);
      const original = start + week * 7 * DAY;
      const moved = original + (override === 1 ? 7 * DAY : 3 * 3_600_000);
      const status = override === 2 ? ['STATUS:CANCELLED'] : [];
      lines.push(
        ...event(uid, `Series ${series} (moved)`, zone, moved, 30, [
          `RECURRENCE-ID;TZID=${zone}:${basic(original)}`,
          ...status,
        ]).filter((line) => !(status.length > 0 && line === 'STATUS:CONFIRMED')),
      );
      count += 1;
    }
  }
  for (let single = 0; count < EVENTS; single++, count++) {
    const zone = ZONES[single % ZONES.length] ?? 'UTC';
    lines.push(...event(`single-${single}@bench.example.org`, `Meeting ${single}`, zone, workingStart(next), 45, []));
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

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

const text = generateFeed();
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

/**
 * 3,000 copies of the Google fixture's first meeting, each with its own UID and no repeat
 * rule: the description (Meet's join text), conference link and other properties Echt
 * never reads are two fifths of each event, as in real Google feeds.
 */
function googleStyleFeed(): string {
  const google = readFileSync(new URL('../tests/fixtures/calendar/google-feed.ics', import.meta.url), 'utf8');
  const first = google.indexOf('BEGIN:VEVENT');
  const end = google.indexOf('END:VEVENT', first) + 'END:VEVENT\r\n'.length;
  const meeting = google.slice(first, end).replace(/RRULE:[^\r\n]*\r\n/, '');
  const uid = /UID:([^\r\n]*)/.exec(meeting)?.[1] ?? '';
  const events = Array.from({ length: 3_000 }, (_, index) => meeting.replace(uid, `copy-${index}-${uid}`));
  return `${google.slice(0, first)}${events.join('')}END:VCALENDAR\r\n`;
}

const google = googleStyleFeed();
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
