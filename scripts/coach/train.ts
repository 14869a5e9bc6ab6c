// `npm run train:coach [-- --misses]`: trains the coach's model for each language on the
// committed corpus and writes it, with thresholds calibrated across writers, to
// src/coach/data/<language>-model.json. Deterministic: the same corpus gives the same bytes.
// Prints the cross-writer figures (cross.ts): each source of drafts scored by a model that
// never saw it; `--misses` lists every draft where those models and the labels disagree.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { crossReport, crossWriter } from './cross.ts';
import { trainLanguage } from './pipeline.ts';

const DATA = resolve(import.meta.dirname, '../../src/coach/data');
const misses = process.argv.includes('--misses');

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

for (const locale of ['en', 'nl'] as const) {
  const started = performance.now();
  const result = trainLanguage(locale);
  const json = `${JSON.stringify(result.file)}\n`;
  writeFileSync(resolve(DATA, `${locale}-model.json`), json);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const outside = [...result.corpus.sources.values()].reduce((sum, drafts) => sum + drafts.length, 0);
  console.log(
    `${locale}: trained on ${result.corpus.always.length} hand-written drafts and ${outside} from ` +
      `${result.corpus.sources.size} outside sources (one fold each); loss ${result.loss.toFixed(3)}; ${seconds} s; ` +
      `weights ${kb(json.length)}, ${kb(gzipSync(json, { level: 9 }).length)} gzipped`,
  );
  const { thresholds } = result.file;
  console.log(
    `  thresholds ${thresholds.model.join(' ')}; rules from ${thresholds.ruled}, must-flag rules from ${thresholds.forced}\n`,
  );
  console.log(`${crossReport(locale, crossWriter(result.folds), misses)}\n`);
}
