// Gzipped size of each JS bundle a context loads, from the production Chrome build, and
// apart from them the coach's knowledge per language: files of the package that the worker
// sends a chat tab when a draft first needs them (coachKnowledge). Run `npm run build`
// first. The content script has a budget: it loads in every chat tab.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = resolve(import.meta.dirname, '../.output/chrome-mv3');
// Issue 13 asks 15 KB for the coach's engine and the chip together; today they take 16.2 KB
// (the chip's exact undo, placeholders, frames and textarea underline, and the model's
// passages, came after the engine reached 15 KB). The gate stops further growth while that
// goal stays open: lower it as the script shrinks, never raise it.
const CONTENT_SCRIPT_BUDGET = 16.5 * 1024;
const LANGUAGES = ['en', 'nl'] as const;

function gzipped(file: string): number {
  return gzipSync(readFileSync(join(BUILD, file)), { level: 9 }).length;
}

/** The scripts a page loads: its module entry plus every chunk it preloads. */
function pageScripts(html: string): string[] {
  const source = readFileSync(join(BUILD, html), 'utf8');
  return [...source.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1] as string);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error(`No build at ${BUILD}. Run "npm run build" first.`);
  process.exit(1);
}

const bundles: Record<string, string[]> = {
  background: ['background.js'],
  popup: pageScripts('popup.html'),
  options: pageScripts('options.html'),
  'content script': ['content-scripts/chat.js'],
};

console.log('context          gzipped  files');
for (const [context, files] of Object.entries(bundles)) {
  const total = files.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`${context.padEnd(16)} ${kb(total).padStart(8)}  ${files.join(', ')}`);
}
// Each page loads one language's words besides its own scripts: the one it shows.
// src/i18n/load.ts fetches it from the catalogs the browser reads for the manifest.
const catalogs = readdirSync(join(BUILD, '_locales')).map((locale) => `_locales/${locale}/messages.json`);
const catalogSizes = catalogs.map((file) => `${kb(gzipped(file))} (${file})`);
console.log(`each page also loads one catalog: ${catalogSizes.join(' or ')}`);

console.log('\ncoach knowledge   JSON     gzipped  file (the message a chat tab gets, once per page)');
for (const language of LANGUAGES) {
  const file = `coach/${language}.json`;
  const json = statSync(join(BUILD, file)).size;
  console.log(`${language.padEnd(16)} ${kb(json).padStart(8)} ${kb(gzipped(file)).padStart(8)}  ${file}`);
}

const content = gzipped('content-scripts/chat.js');
const share = ((content / CONTENT_SCRIPT_BUDGET) * 100).toFixed(0);
console.log(`\ncontent script: ${kb(content)} of its ${kb(CONTENT_SCRIPT_BUDGET)} budget (${share}%)`);
if (content > CONTENT_SCRIPT_BUDGET) {
  console.log('over budget');
  process.exitCode = 1;
}
