// The toolbar popup in Chromium with a full memory: 500 people and 10,000 check-ins in the
// extension's IndexedDB and a calendar with meetings today. Opens popup.html 20 times and
// prints the time to first render and to a complete Today, plus the popup's gzipped JS.
// Absolute times move with the machine, so each popup open is paired with an open of a
// blank extension page (one script that marks its first paint the way the popup does),
// opened the same way in the same run: the ratios to it are the figures to compare.
// Uses the test build (.output/chrome-mv3-test), building it only when it is missing; or
// the build in EXTENSION, to set an older commit's build beside this one on one machine.
// EXTENSION=a,b measures several builds side by side: each in a browser of its own, one open
// of each in turn (the order alternating), so a shared machine's load falls on all alike.
// Run: npx tsx bench/popup.ts (STEPS=1 also prints when each step of the popup's start
// happened: navigation timing, the browser's paint entries and the popup's `echt:step-` marks)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { READY_MARK, RENDERED_MARK } from '../src/ui/popup/marks';
import { launchEcht, ROOT, TEST_BUILD } from '../tests/e2e/support/browser';
import { installed } from '../tests/e2e/support/options';
import { importPeople } from '../tests/e2e/support/people-api';
import { startedScripts } from './page-scripts';
import { seedEmail as email, seedMemory } from './seed';

// The extension pages' own API, used inside page.evaluate().
declare const chrome: typeof browser;

const PEOPLE = Number(process.env.PEOPLE ?? 500);
const CHECK_INS = Number(process.env.CHECK_INS ?? 10_000);
const OPENS = Number(process.env.OPENS ?? 20);
const COLD_OPENS = 5;
/** Goals, as multiples of the blank page's first paint. */
const GOAL = { rendered: 1.3, ready: 2 };
/** The blank page's one mark, set after its first paint as the popup sets its own. */
const BLANK_MARK = 'echt:blank-rendered';

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

/**
 * The JS an English popup loads: its entry and every chunk it imports, statically or later
 * (the view), plus the English catalog where the build keeps the catalogs apart (loaded by
 * the page itself), gzipped as bench/size.ts counts.
 */
function popupScripts(build: string): { gzipped: number; files: string[] } {
  const html = readFileSync(join(build, 'popup.html'), 'utf8');
  // Its scripts, and the entry and chunks popup-frame.js starts (named on it, data-echt-module
  // and data-echt-imports; older builds preloaded the entry, marked data-echt-start).
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*href)="\/([^"]+\.js)"[^>]*?(?:data-echt-start)?>/g)]
    .filter(([tag]) => tag.startsWith('<script') || tag.includes('data-echt-start'))
    .map((match) => match[1] as string);
  files.push(...startedScripts(html));
  // Chunks name each other as "./name.js" (imports) or "chunks/name.js" (preload lists).
  for (const file of files) {
    const code = readFileSync(join(build, file), 'utf8');
    for (const [, name] of code.matchAll(/["'`](?:\.\/|chunks\/)([\w.-]+\.js)["'`]/g)) {
      const chunk = `chunks/${name}`;
      if (!files.includes(chunk) && existsSync(join(build, chunk))) files.push(chunk);
    }
  }
  const english = readdirSync(join(build, 'chunks'))
    .map((file) => `chunks/${file}`)
    .find(
      (file) => /^chunks\/messages-/.test(file) && readFileSync(join(build, file), 'utf8').includes('Echt settings'),
    );
  if (english) files.push(english);
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

/**
 * The floor every extension page pays: an empty page whose one module script marks its
 * first paint (a frame, then a task, as the popup's marks are set). Written into the
 * bench's copy of the build only; Echt itself ships no such page.
 */
async function addBlankPage(build: string): Promise<void> {
  await writeFile(
    join(build, 'blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Blank</title>' +
      '<script type="module" src="/blank.js"></script></head><body></body></html>\n',
  );
  await writeFile(
    join(build, 'blank.js'),
    `requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(BLANK_MARK)})));\n`,
  );
}

type Echt = Awaited<ReturnType<typeof launchEcht>>;

/** Every step of one open the page recorded, from navigation start, in ms (STEPS=1). */
type Steps = Record<string, number>;
const STEPS = Boolean(process.env.STEPS);

/** Navigation timing, the paint entries and the popup's step marks of the page open now. */
function readSteps(page: Page): Promise<Steps> {
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const entries = [
      ...performance.getEntriesByType('paint'),
      ...performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('echt:')),
    ];
    const times: Record<string, number> = Object.fromEntries(entries.map((entry) => [entry.name, entry.startTime]));
    // Each file the page loaded: when its request started and when its last byte came.
    for (const resource of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const file = resource.name.replace(/^.*\//, '').replace(/-[\w-]{8}\.(js|css)$/, '.$1');
      times[`${file} requested`] = resource.startTime;
      times[`${file} loaded`] = resource.responseEnd;
    }
    if (navigation) {
      times['response end'] = navigation.responseEnd;
      times['dom interactive'] = navigation.domInteractive;
      times.DOMContentLoaded = navigation.domContentLoadedEventStart;
    }
    return times;
  });
}

/** Opens `path` in a new tab at popup size and reads the marks, from navigation start, in ms. */
async function openAt(echt: Echt, path: string, marks: readonly string[]): Promise<{ times: number[]; page: Page }> {
  const page = await echt.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(echt.url(path));
  const last = marks.at(-1) ?? '';
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, last);
  const times = await page.evaluate(
    (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN),
    [...marks],
  );
  return { times, page };
}

interface Open {
  blank: number;
  rendered: number;
  ready: number;
}

/** One blank page, then one popup, each in a new tab: navigation start -> each mark, in ms. */
async function openOnce(echt: Echt, steps: Steps[]): Promise<Open> {
  const blank = await openAt(echt, 'blank.html', [BLANK_MARK]);
  await blank.page.close();
  const popup = await openAt(echt, 'popup.html', [RENDERED_MARK, READY_MARK]);
  const meetings = await popup.page.evaluate(() => document.querySelectorAll('.meeting-card').length);
  if (STEPS) steps.push(await readSteps(popup.page));
  if (meetings !== 6) throw new Error(`Expected 6 meetings on Today, saw ${meetings}`);
  await popup.page.close();
  const [rendered = Number.NaN, ready = Number.NaN] = popup.times;
  return { blank: blank.times[0] ?? Number.NaN, rendered, ready };
}

const SOURCE_BUILDS = process.env.EXTENSION?.split(',') ?? [TEST_BUILD];

if (!process.env.EXTENSION && !existsSync(join(TEST_BUILD, 'manifest.json'))) {
  console.log('No test build yet: building it…');
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'test'], { cwd: ROOT, stdio: 'inherit' });
}

/** One build measured: its browser, the page that seeded it (kept open) and what each open found. */
interface Measured {
  source: string;
  build: string;
  echt: Echt;
  seeding: Page;
  warm: Open[];
  cold: Open[];
  steps: Steps[];
}

const measured: Measured[] = [];
try {
  for (const source of SOURCE_BUILDS) {
    // A copy of the build: a test run elsewhere may rebuild .output while this one measures.
    const build = await mkdtemp(join(tmpdir(), 'echt-bench-build-'));
    await cp(source, build, { recursive: true });
    await addBlankPage(build);
    const echt = await launchEcht({ extension: build });
    const seeding = await echt.context.newPage();
    measured.push({ source, build, echt, seeding, warm: [], cold: [], steps: [] });
    await seeding.goto(echt.url('popup.html'));
    await seed(seeding);
  }
  /** The builds in turn, every other round the other way round. */
  const inTurn = (round: number) => (round % 2 === 0 ? measured : [...measured].reverse());

  for (let open = 0; open < OPENS; open++) {
    for (const each of inTurn(open)) each.warm.push(await openOnce(each.echt, each.steps));
  }
  // The browser stops an idle service worker after 30 s; the popup then wakes it.
  for (let open = 0; open < COLD_OPENS; open++) {
    for (const each of inTurn(open)) {
      const devtools = await each.echt.context.newCDPSession(each.seeding);
      await devtools.send('ServiceWorker.enable');
      await devtools.send('ServiceWorker.stopAllWorkers');
      each.cold.push(await openOnce(each.echt, each.steps));
    }
  }

  const median = (times: number[]) =>
    quantile(
      [...times].sort((a, b) => a - b),
      0.5,
    );
  const row = (label: string, times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
    return `${label.padEnd(40)}${ms(quantile(sorted, 0.5))}${ms(quantile(sorted, 0.9))}${ms(sorted[0] ?? 0)}${ms(sorted.at(-1) ?? 0)}`;
  };
  const header = (title: string) =>
    `\n${title.padEnd(40)}${['median', 'p90', 'min', 'max'].map((name) => name.padStart(10)).join('')}`;
  const ratio = (label: string, opens: Open[], key: 'rendered' | 'ready', goal: number) => {
    const value = median(opens.map((open) => open[key])) / median(opens.map((open) => open.blank));
    return `${label.padEnd(40)}${value.toFixed(2).padStart(10)}   goal ≤ ${goal}${value <= goal ? '' : ' (not met)'}`;
  };
  for (const { source, warm, cold, steps, build } of measured) {
    if (measured.length > 1) console.log(`\n${source}`);
    for (const [title, opens] of [
      [`${OPENS} opens of popup.html (Chromium)`, warm],
      [`${COLD_OPENS} opens, service worker stopped`, cold],
    ] as const) {
      console.log(header(title));
      console.log(
        row(
          'Blank extension page (first paint)',
          opens.map((open) => open.blank),
        ),
      );
      console.log(
        row(
          'First render (Today heading painted)',
          opens.map((open) => open.rendered),
        ),
      );
      console.log(
        row(
          'Today complete (meetings, this week)',
          opens.map((open) => open.ready),
        ),
      );
      console.log(ratio('First render / blank page (medians)', opens, 'rendered', GOAL.rendered));
      console.log(ratio('Today complete / blank page (medians)', opens, 'ready', GOAL.ready));
    }

    if (STEPS) {
      // Each step's median, warm opens and opens with the worker stopped, in the order the steps happen.
      const at = (opens: Steps[], name: string) => {
        const times = opens.flatMap((open) => (open[name] === undefined ? [] : [open[name] as number]));
        return times.length > 0 ? median(times) : Number.NaN;
      };
      const warmSteps = steps.slice(0, OPENS);
      const coldSteps = steps.slice(OPENS);
      const names = [...new Set(warmSteps.flatMap((open) => Object.keys(open)))];
      const ms = (value: number) => (Number.isNaN(value) ? '' : `${value.toFixed(1)} ms`).padStart(12);
      console.log(
        `\n${"Steps of the popup's start, medians".padEnd(40)}${'warm'.padStart(12)}${'stopped'.padStart(12)}`,
      );
      for (const name of names.sort((a, b) => at(warmSteps, a) - at(warmSteps, b))) {
        console.log(`${name.padEnd(40)}${ms(at(warmSteps, name))}${ms(at(coldSteps, name))}`);
      }
    }

    const { gzipped, files } = popupScripts(build);
    console.log(`\nPopup JS, gzipped: ${(gzipped / 1024).toFixed(1)} KB (${files.join(', ')})`);
  }
} finally {
  for (const { echt, build } of measured) {
    await echt.close();
    await rm(build, { recursive: true, force: true });
  }
}
