// What the toolbar popup reads at open, with 500 people and 10,000 check-ins stored.
// Runs the real store code against fake-indexeddb (an in-memory IndexedDB written in
// JavaScript), so the figures compare layouts and catch regressions; Chromium's own
// IndexedDB is measured by the popup benchmark in the browser.
// Run: npx tsx bench/people.ts
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import {
  type CheckIn,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportData,
  importData,
  listCheckIns,
  loadPopupData,
  type PeopleExport,
  type PersonData,
} from '../src/people';

// The sizes the popup must handle; PEOPLE=50 CHECK_INS=1000 in the environment for a quick try.
const PEOPLE = Number(process.env.PEOPLE ?? 500);
const CHECK_INS = Number(process.env.CHECK_INS ?? 10_000);
const RUNS = 20;
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 2, 10, 9).getTime();
const HOWS = ['meeting', 'chat', 'coffee', 'call', 'other'] as const;

/** A fixed pseudo-random sequence, so every run seeds the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function isoDay(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function seedData(): PeopleExport {
  const next = random(6);
  const people: PersonData[] = Array.from({ length: PEOPLE }, (_, index) => ({
    id: `person-${String(index).padStart(4, '0')}`,
    name: `Colleague ${index} Jansen-Müller`,
    emails: [`colleague.${index}@example.nl`],
    notes: 'Two kids, a dog called Bo. Training for a half marathon. Prefers chat over calls. '.repeat(2),
    askAbout: Array.from({ length: index % 4 }, (_, item) => ({
      id: `ask-${index}-${item}`,
      text: 'How the move went',
      ...(item % 2 === 0 ? { date: isoDay(NOW + Math.floor((next() - 0.5) * 60) * DAY) } : {}),
      done: item === 2,
      createdAt: NOW - 90 * DAY,
    })),
    addedAt: NOW - 400 * DAY,
    ...(index % 10 === 0 ? { reconnectWeeks: 2 } : {}),
  }));
  const checkIns: CheckIn[] = Array.from({ length: CHECK_INS }, (_, index) => ({
    id: `check-in-${index}`,
    personId: `person-${String(Math.floor(next() * PEOPLE)).padStart(4, '0')}`,
    at: NOW - Math.floor(next() * 730 * DAY),
    how: HOWS[index % HOWS.length] ?? 'other',
    ...(index % 3 === 0 ? { note: 'Asked how they are really doing' } : {}),
  }));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, people, checkIns };
}

async function median(task: () => Promise<unknown>): Promise<{ median: number; min: number; max: number }> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = times.length / 2;
  const value = ((times[Math.floor(middle - 0.5)] ?? 0) + (times[Math.ceil(middle - 0.5)] ?? 0)) / 2;
  return { median: value, min: times[0] ?? 0, max: times[times.length - 1] ?? 0 };
}

function row(label: string, figures: { median: number; min: number; max: number }): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  return `${label.padEnd(44)}${ms(figures.median)}${ms(figures.min)}${ms(figures.max)}`;
}

const seedStart = performance.now();
await importData(seedData(), 'replace');
console.log(`Seeded ${PEOPLE} people and ${CHECK_INS} check-ins in ${(performance.now() - seedStart).toFixed(0)} ms.`);

const popup = await loadPopupData(NOW);
console.log(
  `Popup sees ${popup.people.length} people, ${popup.reconnect.length} to reconnect with, ` +
    `${popup.askAboutDue.length} "ask about" items due, ${popup.checkInsThisWeek} check-ins this week.\n`,
);
console.log(
  `${'Median of 20 runs (fake-indexeddb, Node)'.padEnd(44)}${'median'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}`,
);
console.log(row('Popup open: loadPopupData(now)', await median(() => loadPopupData(NOW))));
console.log(
  row("One person's last 20 check-ins", await median(() => listCheckIns({ personId: 'person-0042', limit: 20 }))),
);
console.log(row('For contrast: the whole log (not on open)', await median(() => listCheckIns())));
console.log(row('Export everything (options page)', await median(() => exportData())));
