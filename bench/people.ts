// What the toolbar popup reads at open, with 500 people and 10,000 check-ins stored.
// Runs the real store code against fake-indexeddb (an in-memory IndexedDB written in
// JavaScript), so the figures compare layouts and catch regressions; Chromium's own
// IndexedDB is measured by the popup benchmark in the browser.
// Run: npx tsx bench/people.ts
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { exportData, importData, listCheckIns, loadOverview } from '../src/people';
import { seedMemory } from './seed';

// The sizes the popup must handle; PEOPLE=50 CHECK_INS=1000 in the environment for a quick try.
const PEOPLE = Number(process.env.PEOPLE ?? 500);
const CHECK_INS = Number(process.env.CHECK_INS ?? 10_000);
const RUNS = 20;
const NOW = new Date(2026, 2, 10, 9).getTime();

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
await importData(seedMemory(NOW, PEOPLE, CHECK_INS), 'replace');
console.log(`Seeded ${PEOPLE} people and ${CHECK_INS} check-ins in ${(performance.now() - seedStart).toFixed(0)} ms.`);

const popup = await loadOverview(NOW);
console.log(
  `Popup sees ${popup.people.length} people, ${popup.reconnect.length} to reconnect with, ` +
    `${popup.askAboutDue.length} "ask about" items due, ${popup.checkInsThisWeek} check-ins this week.\n`,
);
console.log(
  `${'Median of 20 runs (fake-indexeddb, Node)'.padEnd(44)}${'median'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}`,
);
console.log(row('Popup open: loadOverview(now)', await median(() => loadOverview(NOW))));
console.log(
  row("One person's last 20 check-ins", await median(() => listCheckIns({ personId: 'person-0042', limit: 20 }))),
);
console.log(row('For contrast: the whole log (not on open)', await median(() => listCheckIns())));
console.log(row('Export everything (options page)', await median(() => exportData())));
