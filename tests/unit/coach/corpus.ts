// The labelled corpus in tests/fixtures/coach and how detect() is scored on it.

import { type Detection, KINDS, type Kind, type Locale } from '../../../src/coach';
import en from '../../fixtures/coach/en.json';
import nl from '../../fixtures/coach/nl.json';

export interface Expected {
  kind: Kind;
  /** Text that occurs in the draft and must be (part of) a detection of `kind`. */
  phrase: string;
}

export interface Draft {
  text: string;
  /** "support" for drafts with phrases; work-chat topics and "support-ok" for drafts without. */
  topic: string;
  expect: Expected[];
}

/** Topics of real work chat: drafts there are the hard negatives. */
export const WORK_TOPICS = ['code-review', 'deploy', 'incident', 'planning', 'joke', 'thanks', 'small-talk'];

const KIND_NAMES: readonly string[] = KINDS;

function asDrafts(file: { drafts: { text: string; topic: string; expect: { kind: string; phrase: string }[] }[] }) {
  return file.drafts.map(
    (draft): Draft => ({
      ...draft,
      expect: draft.expect.map((expected) => {
        if (!KIND_NAMES.includes(expected.kind)) throw new Error(`Unknown kind in corpus: ${expected.kind}`);
        return { kind: expected.kind as Kind, phrase: expected.phrase };
      }),
    }),
  );
}

export const CORPUS: Readonly<Record<Locale, Draft[]>> = { en: asDrafts(en), nl: asDrafts(nl) };

const NONE = 'none';
type Cell = Kind | typeof NONE;

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /**
   * confusion[labelled][found]: how often a phrase of one kind was found as another, or
   * not at all; none/none counts the drafts without phrases that stayed silent.
   */
  confusion: Map<Cell, Map<Cell, number>>;
  /** Drafts where detect() and the labels disagree, for a readable failure. */
  misses: string[];
}

function spanOf(draft: Draft, expected: Expected): { start: number; end: number } {
  const start = draft.text.indexOf(expected.phrase);
  return { start, end: start + expected.phrase.length };
}

function overlaps(detection: Detection, span: { start: number; end: number }): boolean {
  return detection.start < span.end && span.start < detection.end;
}

function count(confusion: Score['confusion'], expected: Cell, detected: Cell): void {
  const row = confusion.get(expected) ?? new Map<Cell, number>();
  row.set(detected, (row.get(detected) ?? 0) + 1);
  confusion.set(expected, row);
}

/** Scores `find` on `drafts`: one detection may cover two labelled phrases it joined. */
export function score(drafts: readonly Draft[], find: (text: string) => Detection[]): Score {
  const confusion: Score['confusion'] = new Map();
  const misses: string[] = [];
  let truePositives = 0;
  let falseNegatives = 0;
  let falsePositives = 0;
  for (const draft of drafts) {
    const detections = find(draft.text);
    if (draft.expect.length === 0 && detections.length === 0) count(confusion, NONE, NONE);
    const right = new Set<Detection>();
    const confused = new Set<Detection>();
    for (const expected of draft.expect) {
      const span = spanOf(draft, expected);
      const same = detections.filter((detection) => detection.kind === expected.kind && overlaps(detection, span));
      if (same.length > 0) {
        truePositives++;
        for (const detection of same) right.add(detection);
        count(confusion, expected.kind, expected.kind);
        continue;
      }
      falseNegatives++;
      const other = detections.find((detection) => overlaps(detection, span));
      if (other) confused.add(other);
      count(confusion, expected.kind, other?.kind ?? NONE);
      misses.push(`missed ${expected.kind} "${expected.phrase}" in: ${draft.text}`);
    }
    for (const detection of detections) {
      if (right.has(detection)) continue;
      falsePositives++;
      if (!confused.has(detection)) count(confusion, NONE, detection.kind);
      misses.push(`wrongly found ${detection.kind} "${detection.phrase}" in: ${draft.text}`);
    }
  }
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
    confusion,
    misses,
  };
}

/** The confusion table as text: rows are the labelled kind, columns the kind detect() found. */
export function confusionTable(confusion: Score['confusion']): string {
  const cells: Cell[] = [...KINDS, NONE];
  const width = Math.max(...cells.map((cell) => cell.length)) + 2;
  const header = `${'labelled \\ found'.padEnd(width)}${cells.map((cell) => cell.padStart(width)).join('')}`;
  const rows = cells.map((expected) => {
    const row = confusion.get(expected);
    return `${expected.padEnd(width)}${cells.map((found) => String(row?.get(found) ?? 0).padStart(width)).join('')}`;
  });
  return [header, ...rows].join('\n');
}
