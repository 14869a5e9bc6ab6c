// Scores the coach on labelled drafts: `npm run score:coach -- <file.json> [...] [--misses]`.
// Prints precision and recall per language and per kind, the confusion between kinds and
// which work topics it nagged in; `--misses` lists every draft where it and the labels
// disagree. Files are read as they are (the format in tests/fixtures/coach/KINDS.md);
// drafts are checked the way the chip checks them, with the language read from the draft.
import { readFileSync } from 'node:fs';
import { detect } from '../../src/coach/index.ts';
import { confusionTable, type Draft, kindTable, readLabelled, type Score, score } from './scoring.ts';

const USAGE = 'usage: npm run score:coach -- <file.json> [more.json ...] [--misses]';

function report(title: string, drafts: readonly Draft[], result: Score, showMisses: boolean): void {
  const labelled = drafts.reduce((sum, draft) => sum + draft.expect.length, 0);
  const silent = drafts.filter((draft) => draft.expect.length === 0).length;
  console.log(`\n== ${title}: ${drafts.length} drafts, ${labelled} labelled phrases, ${silent} drafts without`);
  console.log(
    `precision ${result.precision.toFixed(3)}  recall ${result.recall.toFixed(3)}  ` +
      `(${result.truePositives} right, ${result.falsePositives} wrong, ${result.falseNegatives} missed)`,
  );
  console.log(`\n${kindTable(result.perKind)}`);
  console.log(`\n${confusionTable(result.confusion)}`);
  if (result.nagged.size > 0) {
    const topics = [...result.nagged].sort((a, b) => b[1] - a[1]).map(([topic, n]) => `${topic || '(none)'} ${n}`);
    console.log(`\ndrafts without phrases that got a chip, by topic: ${topics.join(', ')}`);
  }
  if (showMisses && result.misses.length > 0) console.log(`\n${result.misses.join('\n')}`);
}

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const byLanguage = new Map<string, Draft[]>();
for (const file of files) {
  const labelled = readLabelled(JSON.parse(readFileSync(file, 'utf8')), file);
  for (const problem of labelled.skipped) console.warn(`skipped label: ${problem}`);
  byLanguage.set(labelled.language, [...(byLanguage.get(labelled.language) ?? []), ...labelled.drafts]);
}

const all: Draft[] = [];
for (const [language, drafts] of [...byLanguage].sort((a, b) => a[0].localeCompare(b[0]))) {
  report(
    language,
    drafts,
    score(drafts, (text) => detect(text)),
    showMisses,
  );
  all.push(...drafts);
}
if (byLanguage.size > 1)
  report(
    'all languages',
    all,
    score(all, (text) => detect(text)),
    false,
  );
