// `npm run train:coach`: trains the coach's model for each language on the committed
// corpus, calibrates its thresholds on drafts it was not trained on, and writes both to
// src/coach/data/<language>-model.json. Deterministic: the same corpus gives the same bytes.
// Prints precision and recall of the whole detect() on the calibration part and on the
// test part (neither trained on; the test part was not calibrated on either).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createCoach } from '../../src/coach/engine.ts';
import type { LanguageData } from '../../src/coach/knowledge.ts';
import type { Locale } from '../../src/coach/types.ts';
import { type TrainedLanguage, trainLanguage } from './pipeline.ts';
import { kindTable, score } from './scoring.ts';

const DATA = resolve(import.meta.dirname, '../../src/coach/data');

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const trained = new Map<Locale, TrainedLanguage>();
for (const locale of ['en', 'nl'] as const) {
  const started = performance.now();
  const result = trainLanguage(locale);
  trained.set(locale, result);
  const json = `${JSON.stringify(result.file)}\n`;
  writeFileSync(resolve(DATA, `${locale}-model.json`), json);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${locale}: trained on ${result.parts.train.length} drafts, calibrated on ${result.parts.calibrate.length}, ` +
      `${result.parts.test.length} held out for testing; loss ${result.loss.toFixed(3)}; ${seconds} s; ` +
      `weights ${kb(json.length)}, ${kb(gzipSync(json, { level: 9 }).length)} gzipped`,
  );
  console.log(
    `  thresholds ${result.file.thresholds.model.join(' ')}; rules from ${result.file.thresholds.ruled}, must-flag rules from ${result.file.thresholds.forced}`,
  );
}

const data: Partial<Record<Locale, LanguageData>> = {};
for (const [locale, result] of trained) data[locale] = result.language;
const coach = createCoach(data);
for (const [locale, result] of trained) {
  for (const part of ['calibrate', 'test'] as const) {
    const drafts = result.parts[part];
    const figures = score(drafts, (text) => coach.detect(text));
    console.log(
      `\n${locale}, ${part} part (${drafts.length} drafts, not trained on): precision ${figures.precision.toFixed(3)}, ` +
        `recall ${figures.recall.toFixed(3)}`,
    );
    if (part === 'test') console.log(kindTable(figures.perKind));
  }
}
