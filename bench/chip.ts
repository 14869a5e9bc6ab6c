// What the chat chip costs the page, measured in Chromium with the built test extension.
// Run: npx tsx bench/chip.ts   (builds the test extension and the editor pages first;
//      `--first-look` measures the first look alone)
//
// 1. Time per keystroke: the content script wraps its work for each page event in
//    performance.measure() ('echt:keystroke'; the look at the draft after a pause is
//    'echt:detect'). A PerformanceObserver in the page collects them while a 500-character
//    draft is typed key by key, with a pause after each sentence as people make; each
//    keystroke's figure is the sum of the measures between its keydown and the next.
// 2. First look: a fresh page load, a click into the composer, one sentence typed and a
//    pause. The coach's knowledge is asked for when the composer gets focus and compiled
//    in idle slices ('echt:compile'); the first look is the first 'echt:detect' that starts
//    after the last slice, i.e. the first one that reads the draft with the knowledge. The
//    page's long tasks (> 50 ms) are collected too, and those that overlap one of Echt's
//    measures are counted as Echt's.
// 3. Heap growth: 5,000 keystrokes (sentences, pauses, messages sent), then a full
//    collection; the page's JS heap compared with the same typing with Echt turned off for
//    the site, so what the page itself keeps (its message list) is not counted as Echt's.
//
// ECHT_BUILD=<folder of a chrome-mv3-test build> measures that build instead of building this
// checkout: a build of the code before a change, kept aside, is measured side by side with it.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchEcht, TEST_BUILD } from '../tests/e2e/support/browser';
import { buildEditorFixtures, type EditorName, editorPage } from '../tests/e2e/support/editors';
import { buildTestExtension } from '../tests/e2e/support/prepare';
import { serveFixtures } from '../tests/e2e/support/server';

const SENTENCES = [
  'Hi Sam, how are you?',
  'I heard about your dad, that sounds really hard.',
  'Let me know if I can do anything.',
  'At least the project deadline moved to next month.',
  'You should just take a few days off, honestly.',
  'I can take the Friday standup for you if that helps.',
  'Sorry to bother you, but I will manage the release notes.',
  'No rush at all, talk soon.',
];
/** The editors measured: the cheapest to read (a field's value) and one that is read from its DOM. */
const EDITORS: [EditorName, string][] = [
  ['textarea', '#editor textarea'],
  ['prosemirror', '.ProseMirror'],
];
const DRAFT_LENGTH = 500;
const HEAP_KEYSTROKES = 5_000;
/** Between keys while typing: a quick typist. */
const KEY_GAP_MS = 35;
/** After a sentence: long enough for the chip to look at the draft. */
const PAUSE_MS = 600;

/** The first `length` characters of the sentences, repeated. */
function draftOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.slice(0, length);
}

interface Span {
  name: string;
  start: number;
  duration: number;
}

interface Collected {
  keys: number[];
  measures: Span[];
  longTasks: Span[];
}

/** Runs in the page before anything else: notes each keydown and every measure of Echt's. */
function collect(): void {
  // The heap runs keep nothing of their own, so all the growth is the page's and Echt's.
  if (location.hash === '#heap') return;
  const seen: Collected = { keys: [], measures: [], longTasks: [] };
  Object.assign(window, { echtBench: seen });
  // Registered first, so it runs before the content script's own listener on the window.
  window.addEventListener('keydown', () => seen.keys.push(performance.now()), { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name.startsWith('echt:')) {
        seen.measures.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
      }
    }
  }).observe({ type: 'measure' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      seen.longTasks.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function ms(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`;
}

/** Types `text` key by key, `gap` ms apart, pausing after each sentence when asked to. */
async function typeLikeAUser(page: Page, text: string, gap: number, pauses = true): Promise<void> {
  for (const char of text) {
    await page.keyboard.type(char);
    if (gap) await page.waitForTimeout(gap);
    if (pauses && /[.?!]/.test(char)) await page.waitForTimeout(PAUSE_MS);
  }
}

async function openEditor(page: Page, url: string, composer: string, echt = true) {
  await page.goto(url);
  await page.waitForFunction(() => 'chatFixture' in window);
  await page.locator(composer).click();
  // The content script mounts the host once the background has answered.
  if (echt) await page.waitForFunction(() => document.querySelector('echt-chip') !== null);
}

async function keystrokeCost(page: Page, origin: string, name: EditorName, composer: string) {
  await openEditor(page, `${origin}${editorPage(name)}`, composer);
  await typeLikeAUser(page, draftOf(DRAFT_LENGTH), KEY_GAP_MS);
  await page.waitForTimeout(PAUSE_MS);
  const seen = await page.evaluate(() => (window as unknown as { echtBench: Collected }).echtBench);
  if (seen.measures.length === 0) throw new Error('No measures from the content script reached the page.');
  const perKey = seen.keys.map(() => 0);
  let key = 0;
  const detects: number[] = [];
  for (const measure of seen.measures) {
    if (measure.name === 'echt:detect') detects.push(measure.duration);
    // Compile slices and the coach's reading within a look are not a keystroke's.
    if (measure.name !== 'echt:keystroke') continue;
    while (key + 1 < seen.keys.length && (seen.keys[key + 1] ?? 0) <= measure.start) key++;
    perKey[key] = (perKey[key] ?? 0) + measure.duration;
  }
  const mean = perKey.reduce((sum, value) => sum + value, 0) / perKey.length;
  perKey.sort((a, b) => a - b);
  // The first look at a draft also compiles the coach's rules; it is shown apart.
  const [firstDetect = Number.NaN, ...laterDetects] = detects;
  laterDetects.sort((a, b) => a - b);
  return { keys: seen.keys.length, perKey, mean, firstDetect, detects: laterDetects };
}

/** Page loads per editor for the first look. */
const FIRST_LOOKS = Number(process.env.FIRST_LOOKS ?? 15);
/** The first sentence typed into a fresh page: one phrase the coach flags. */
const FIRST_SENTENCE = 'Let me know if I can do anything.';
/** How long a page may take to compile the knowledge and look again. */
const READY_WITHIN_MS = 5_000;

interface FirstLook {
  /** The first look at the draft with the knowledge compiled. */
  look: number;
  /** Whether the knowledge was compiled by the first pause (otherwise the look came when it was). */
  readyAtPause: boolean;
  /** From navigation start to the end of the last compile slice. */
  readyAt: number;
  slices: number[];
  /** The page's long tasks, and those that overlap one of Echt's measures. */
  longTasks: Span[];
  echtLongTasks: Span[];
}

const overlaps = (a: Span, b: Span) => a.start < b.start + b.duration && b.start < a.start + a.duration;

/** One fresh page: focus, one sentence, a pause; the first look that had the knowledge. */
async function firstLook(page: Page, origin: string, name: EditorName, composer: string): Promise<FirstLook> {
  await openEditor(page, `${origin}${editorPage(name)}`, composer);
  await typeLikeAUser(page, FIRST_SENTENCE, KEY_GAP_MS, false);
  const read = () => page.evaluate(() => (window as unknown as { echtBench: Collected }).echtBench);
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    await page.waitForTimeout(PAUSE_MS);
    const seen = await read();
    const slices = seen.measures.filter((measure) => measure.name === 'echt:compile');
    const ready = Math.max(...slices.map((slice) => slice.start + slice.duration));
    const detects = seen.measures.filter((measure) => measure.name === 'echt:detect');
    const look = detects.find((detect) => detect.start >= ready);
    if (look && slices.length > 0) {
      const echtLongTasks = seen.longTasks.filter((task) => seen.measures.some((measure) => overlaps(task, measure)));
      return {
        look: look.duration,
        readyAtPause: detects[0] === look,
        readyAt: ready,
        slices: slices.map((slice) => slice.duration),
        longTasks: seen.longTasks,
        echtLongTasks,
      };
    }
    if (Date.now() > deadline) throw new Error(`No look at the draft with the knowledge within ${READY_WITHIN_MS} ms`);
  }
}

/** Heap growth (bytes, after a full collection) at every 1,000 keystrokes, up to HEAP_KEYSTROKES. */
async function heapWhileTyping(page: Page, origin: string, composer: string, echt: boolean): Promise<number[]> {
  await openEditor(page, `${origin}${editorPage('textarea')}#heap`, composer, echt);
  const cdp = await page.context().newCDPSession(page);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  /** Messages of about 100 characters: typed, a pause (the chip comes), Enter (it goes). */
  const typeMessages = async (keystrokes: number) => {
    for (let typed = 0; typed < keystrokes; ) {
      const message = draftOf(99).slice(0, keystrokes - typed - 1);
      await typeLikeAUser(page, message, 0, false);
      await page.waitForTimeout(PAUSE_MS);
      await page.keyboard.press('Enter');
      typed += message.length + 1;
    }
  };
  // Warm up the same way: the first chips, the coach's compiled rules, the page's first messages.
  await typeMessages(500);
  const before = await used();
  const growth: number[] = [];
  for (let done = 0; done < HEAP_KEYSTROKES; done += 1_000) {
    await typeMessages(1_000);
    growth.push((await used()) - before);
  }
  return growth;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

type Echt = Awaited<ReturnType<typeof launchEcht>>;

async function perKeystroke(echt: Echt, origin: string): Promise<void> {
  console.log(`Per keystroke, typing a ${DRAFT_LENGTH}-character draft (${KEY_GAP_MS} ms between keys):\n`);
  console.log('editor        keys      p50      p99      max     mean   pauses  first look  later p50  later max');
  for (const [name, composer] of EDITORS) {
    const page = await echt.context.newPage();
    const run = await keystrokeCost(page, origin, name, composer);
    console.log(
      [
        name.padEnd(12),
        String(run.keys).padStart(5),
        ms(percentile(run.perKey, 50)).padStart(8),
        ms(percentile(run.perKey, 99)).padStart(8),
        ms(run.perKey.at(-1) ?? Number.NaN).padStart(8),
        ms(run.mean).padStart(8),
        String(run.detects.length + 1).padStart(8),
        ms(run.firstDetect).padStart(11),
        ms(percentile(run.detects, 50)).padStart(10),
        ms(run.detects.at(-1) ?? Number.NaN).padStart(10),
      ].join(' '),
    );
    await page.close();
  }
  console.log(
    '\n(Timers in a page are coarsened to 100 µs, so p50 and p99 are multiples of it; the mean of 500 is finer.)',
  );
}

async function firstLooks(echt: Echt, origin: string): Promise<void> {
  console.log(
    `\nFirst look at a draft after page load: ${FIRST_LOOKS} fresh pages per editor, "${FIRST_SENTENCE}" typed, a pause:\n`,
  );
  console.log(
    'editor        look p50  look p90  look max  ready at pause  ready after p50  slices  slice max  long tasks (Echt)',
  );
  for (const [name, composer] of EDITORS) {
    const runs: FirstLook[] = [];
    for (let i = 0; i < FIRST_LOOKS; i++) {
      const page = await echt.context.newPage();
      runs.push(await firstLook(page, origin, name, composer));
      await page.close();
    }
    const looks = runs.map((run) => run.look).sort((a, b) => a - b);
    const readyAt = runs.map((run) => run.readyAt).sort((a, b) => a - b);
    const slices = runs.flatMap((run) => run.slices).sort((a, b) => a - b);
    const longTasks = runs.flatMap((run) => run.longTasks);
    const echtLongTasks = runs.flatMap((run) => run.echtLongTasks);
    console.log(
      [
        name.padEnd(12),
        ms(percentile(looks, 50)).padStart(9),
        ms(percentile(looks, 90)).padStart(9),
        ms(looks.at(-1) ?? Number.NaN).padStart(9),
        `${runs.filter((run) => run.readyAtPause).length}/${runs.length}`.padStart(15),
        ms(percentile(readyAt, 50)).padStart(16),
        String(slices.length / runs.length).padStart(7),
        ms(slices.at(-1) ?? Number.NaN).padStart(10),
        `${longTasks.length} (${echtLongTasks.length})`.padStart(18),
      ].join(' '),
    );
    for (const task of echtLongTasks) console.log(`  Echt's long task: ${ms(task.duration)} at ${ms(task.start)}`);
  }
}

async function heapGrowth(echt: Echt, origin: string): Promise<void> {
  const composer = '#editor textarea';
  const on = await echt.context.newPage();
  const withEcht = await heapWhileTyping(on, origin, composer, true);
  await on.close();
  // The same typing with the chip turned off for the site: what the page itself keeps.
  const popup = await echt.context.newPage();
  await popup.goto(echt.url('popup.html'));
  await popup.evaluate(
    (url) => chrome.runtime.sendMessage({ echt: 1, type: 'setSiteEnabled', data: { url, enabled: false } }),
    `${origin}/`,
  );
  const off = await echt.context.newPage();
  const withoutEcht = await heapWhileTyping(off, origin, composer, false);
  await Promise.all([off.close(), popup.close()]);
  console.log('\nJS heap growth while typing messages in the textarea page (after a full GC each time):\n');
  console.log('keystrokes   with Echt   Echt off   difference');
  withEcht.forEach((bytes, index) => {
    const page = withoutEcht[index] ?? Number.NaN;
    const count = ((index + 1) * 1_000).toLocaleString('en');
    console.log(
      `${count.padStart(10)} ${kb(bytes).padStart(11)} ${kb(page).padStart(10)} ${kb(bytes - page).padStart(12)}`,
    );
  });
}

/** Only the first look: the quick run while working on it. */
const FIRST_LOOK_ONLY = process.argv.includes('--first-look');

async function main(): Promise<void> {
  const given = process.env.ECHT_BUILD;
  if (!given) buildTestExtension();
  buildEditorFixtures();
  // A copy of the build: a test run elsewhere may rebuild .output while this one measures.
  const build = await mkdtemp(join(tmpdir(), 'echt-chip-bench-'));
  await cp(given ?? TEST_BUILD, build, { recursive: true });
  console.log(`Build measured: ${given ?? 'this checkout'}\n`);
  const server = await serveFixtures();
  const echt = await launchEcht({ extension: build });
  await echt.context.addInitScript(collect);
  try {
    if (!FIRST_LOOK_ONLY) await perKeystroke(echt, server.origin);
    await firstLooks(echt, server.origin);
    if (!FIRST_LOOK_ONLY) await heapGrowth(echt, server.origin);
  } finally {
    await echt.close();
    await server.close();
    await rm(build, { recursive: true, force: true });
  }
}

// The extension's own API inside the popup page.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

await main();
