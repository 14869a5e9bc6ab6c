// The toolbar popup in Chromium with a full memory: 500 people and 10,000 check-ins in the
// extension's IndexedDB and a calendar with meetings today. Opens popup.html 20 times and
// prints the time to first render and to a complete Today, plus the popup's gzipped JS.
// Uses the test build (.output/chrome-mv3-test), building it only when it is missing.
// Run: npx tsx bench/popup.ts
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { READY_MARK, RENDERED_MARK } from '../src/ui/popup/marks';
import { launchEcht, ROOT, TEST_BUILD } from '../tests/e2e/support/browser';
import { installed } from '../tests/e2e/support/options';
import { importPeople } from '../tests/e2e/support/people-api';
import { seedEmail as email, seedMemory } from './seed';

// The extension pages' own API, used inside page.evaluate().
declare const chrome: typeof browser;

const PEOPLE = Number(process.env.PEOPLE ?? 500);
const CHECK_INS = Number(process.env.CHECK_INS ?? 10_000);
const OPENS = 20;
const COLD_OPENS = 5;

function stamp(time: number): string {
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Six meetings in the next hours, each with three of the people above. */
function calendar(now: number): string {
  const events = Array.from({ length: 6 }, (_, index) => [
    'BEGIN:VEVENT',
    `UID:bench-${index}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(now + (index + 1) * 3_600_000)}`,
    `DTEND:${stamp(now + (index + 1) * 3_600_000 + 1_800_000)}`,
    `SUMMARY:Meeting ${index + 1}`,
    ...[0, 1, 2].map((offset) => `ATTENDEE;CN=Colleague ${index * 3 + offset}:mailto:${email(index * 3 + offset)}`),
    'END:VEVENT',
  ]);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Echt bench//EN', ...events.flat(), 'END:VCALENDAR', ''].join(
    '\r\n',
  );
}

/** The JS popup.html loads: its module entry and every chunk it preloads, gzipped (as bench/size.ts counts). */
function popupScriptBytes(build: string): { gzipped: number; files: string[] } {
  const html = readFileSync(join(build, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1] as string);
  const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(build, file)), { level: 9 }).length, 0);
  return { gzipped, files };
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? 0;
  const high = sorted[Math.ceil(at)] ?? 0;
  return low + (high - low) * (at - Math.floor(at));
}

async function seed(page: Page): Promise<void> {
  await installed(page);
  const now = Date.now();
  const started = performance.now();
  await importPeople(page, seedMemory(now, PEOPLE, CHECK_INS), 'replace');
  const imported = await page.evaluate(
    (text) => chrome.runtime.sendMessage({ echt: 1, type: 'importCalendar', data: { name: 'Bench', text } }),
    calendar(now),
  );
  if (JSON.stringify(imported) !== JSON.stringify({ ok: true, value: true })) throw new Error('Calendar not imported');
  console.log(
    `Seeded ${PEOPLE} people, ${CHECK_INS} check-ins and 6 meetings in ${(performance.now() - started).toFixed(0)} ms.`,
  );
}

/** One open: navigation start -> each mark, in ms. */
async function openOnce(echt: Awaited<ReturnType<typeof launchEcht>>): Promise<{ rendered: number; ready: number }> {
  const page = await echt.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(echt.url('popup.html'));
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
  const marks = await page.evaluate(
    ([rendered, ready]) => ({
      rendered: performance.getEntriesByName(rendered)[0]?.startTime ?? Number.NaN,
      ready: performance.getEntriesByName(ready)[0]?.startTime ?? Number.NaN,
      meetings: document.querySelectorAll('.meeting-card').length,
    }),
    [RENDERED_MARK, READY_MARK] as const,
  );
  if (marks.meetings !== 6) throw new Error(`Expected 6 meetings on Today, saw ${marks.meetings}`);
  await page.close();
  return marks;
}

if (!existsSync(join(TEST_BUILD, 'manifest.json'))) {
  console.log('No test build yet: building it…');
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'test'], { cwd: ROOT, stdio: 'inherit' });
}

// A copy of the build: a test run elsewhere may rebuild .output while this one measures.
const build = await mkdtemp(join(tmpdir(), 'echt-bench-build-'));
await cp(TEST_BUILD, build, { recursive: true });
const echt = await launchEcht({ extension: build });
try {
  const seeding = await echt.context.newPage();
  await seeding.goto(echt.url('popup.html'));
  await seed(seeding);

  const warm = { rendered: [] as number[], ready: [] as number[] };
  for (let open = 0; open < OPENS; open++) {
    const times = await openOnce(echt);
    warm.rendered.push(times.rendered);
    warm.ready.push(times.ready);
  }
  // The browser stops an idle service worker after 30 s; the popup then wakes it.
  const cold = { rendered: [] as number[], ready: [] as number[] };
  const devtools = await echt.context.newCDPSession(seeding);
  await devtools.send('ServiceWorker.enable');
  for (let open = 0; open < COLD_OPENS; open++) {
    await devtools.send('ServiceWorker.stopAllWorkers');
    const times = await openOnce(echt);
    cold.rendered.push(times.rendered);
    cold.ready.push(times.ready);
  }
  await seeding.close();

  const row = (label: string, times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
    return `${label.padEnd(40)}${ms(quantile(sorted, 0.5))}${ms(quantile(sorted, 0.9))}${ms(sorted[0] ?? 0)}${ms(sorted.at(-1) ?? 0)}`;
  };
  const header = (title: string) =>
    `\n${title.padEnd(40)}${['median', 'p90', 'min', 'max'].map((name) => name.padStart(10)).join('')}`;
  console.log(header(`${OPENS} opens of popup.html (Chromium)`));
  console.log(row('First render (Today heading painted)', warm.rendered));
  console.log(row('Today complete (meetings, this week)', warm.ready));
  console.log(header(`${COLD_OPENS} opens, service worker stopped`));
  console.log(row('First render (Today heading painted)', cold.rendered));
  console.log(row('Today complete (meetings, this week)', cold.ready));

  const { gzipped, files } = popupScriptBytes(build);
  console.log(`\nPopup JS, gzipped: ${(gzipped / 1024).toFixed(1)} KB (${files.join(', ')})`);
} finally {
  await echt.close();
  await rm(build, { recursive: true, force: true });
}
