// The labelled-draft format (tests/fixtures/coach/KINDS.md) and how a detector is scored
// on it. Shared by the corpus test, `npm run score:coach` and the trainer, so a figure
// means the same wherever it is printed. Nothing here knows which file it is given.
import { type Detection, KINDS, type Kind } from '../../src/coach/index.ts';

export interface Expected {
  readonly kind: Kind;
  /** Text that occurs in the draft and must be (part of) a detection of `kind`. */
  readonly phrase: string;
}

export interface Draft {
  readonly text: string;
  /** "support" for drafts with phrases; work-chat topics and "support-ok" for drafts without. */
  readonly topic: string;
  readonly expect: readonly Expected[];
  /**
   * Who wrote it, for drafts brought in from outside the team: the writer's folder
   * ("en-a") or the blind set ("blind/set1"). Cross-writer validation holds out one at a time.
   */
  readonly source?: string;
}

export interface LabelledFile {
  readonly language: string;
  readonly drafts: readonly Draft[];
  /** Labels that could not be used (unknown kind, phrase not in its draft), with why. */
  readonly skipped: readonly string[];
  /** The drafts (by index) that lost a label that way: their labels are incomplete. */
  readonly incomplete: ReadonlySet<number>;
}

/** Topics of real work chat: drafts there are the hard negatives. */
export const WORK_TOPICS: readonly string[] = [
  'code-review',
  'deploy',
  'incident',
  'planning',
  'joke',
  'thanks',
  'small-talk',
];

const KIND_NAMES: readonly string[] = KINDS;

function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && KIND_NAMES.includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readLabel(label: unknown, text: string): Expected | string {
  if (!isRecord(label)) return 'a label that is not an object';
  const { kind, phrase } = label;
  if (!isKind(kind)) return `unknown kind ${JSON.stringify(kind)}`;
  if (typeof phrase !== 'string' || phrase.length === 0) return `a ${kind} label without a phrase`;
  if (!text.includes(phrase)) return `${kind} "${phrase}" does not occur in its draft`;
  return { kind, phrase };
}

/**
 * Reads a labelled file's parsed JSON. A draft that is not a draft is an error (the file is
 * not in the format); a label that cannot be used is skipped and reported, so one typo in a
 * large set does not stop it being scored.
 */
export function readLabelled(json: unknown, source = 'file'): LabelledFile {
  if (!isRecord(json) || !Array.isArray(json.drafts))
    throw new Error(`${source}: expected { language, drafts: [...] }`);
  const language = typeof json.language === 'string' ? json.language : 'unknown';
  const skipped: string[] = [];
  const incomplete = new Set<number>();
  const drafts = json.drafts.map((draft: unknown, index): Draft => {
    if (!isRecord(draft) || typeof draft.text !== 'string' || !Array.isArray(draft.expect)) {
      throw new Error(`${source}: draft ${index} needs a text and an expect list`);
    }
    const text = draft.text;
    const expect: Expected[] = [];
    for (const label of draft.expect) {
      const read = readLabel(label, text);
      if (typeof read === 'string') {
        skipped.push(`${source}, draft ${index}: ${read}`);
        incomplete.add(index);
      } else {
        expect.push(read);
      }
    }
    const topic = typeof draft.topic === 'string' ? draft.topic : '';
    return typeof draft.source === 'string' ? { text, topic, expect, source: draft.source } : { text, topic, expect };
  });
  return { language, drafts, skipped, incomplete };
}

const NONE = 'none';
export type Cell = Kind | typeof NONE;

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Score extends Tally {
  precision: number;
  recall: number;
  /** Right, wrong and missed per kind: a detection of the wrong kind is wrong for its own kind. */
  perKind: Map<Kind, Tally>;
  /**
   * confusion[labelled][found]: how often a phrase of one kind was found as another, or
   * not at all; none/none counts the drafts without phrases that stayed silent.
   */
  confusion: Map<Cell, Map<Cell, number>>;
  /** Drafts without phrases that got a detection anyway, per topic. */
  nagged: Map<string, number>;
  /** Drafts where the detector and the labels disagree, for a readable report. */
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

function tallyOf(perKind: Map<Kind, Tally>, kind: Kind): Tally {
  let tally = perKind.get(kind);
  if (!tally) {
    tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    perKind.set(kind, tally);
  }
  return tally;
}

export function precisionOf(tally: Tally): number {
  return tally.truePositives / Math.max(1, tally.truePositives + tally.falsePositives);
}

export function recallOf(tally: Tally): number {
  return tally.truePositives / Math.max(1, tally.truePositives + tally.falseNegatives);
}

/** Scores `find` on `drafts`: one detection may cover two labelled phrases it joined. */
export function score(drafts: readonly Draft[], find: (text: string) => readonly Detection[]): Score {
  const confusion: Score['confusion'] = new Map();
  const perKind = new Map<Kind, Tally>();
  const nagged = new Map<string, number>();
  const misses: string[] = [];
  const total: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const draft of drafts) {
    const detections = find(draft.text);
    if (draft.expect.length === 0 && detections.length === 0) count(confusion, NONE, NONE);
    if (draft.expect.length === 0 && detections.length > 0) nagged.set(draft.topic, (nagged.get(draft.topic) ?? 0) + 1);
    const right = new Set<Detection>();
    const confused = new Set<Detection>();
    for (const expected of draft.expect) {
      const span = spanOf(draft, expected);
      const same = detections.filter((detection) => detection.kind === expected.kind && overlaps(detection, span));
      if (same.length > 0) {
        total.truePositives++;
        tallyOf(perKind, expected.kind).truePositives++;
        for (const detection of same) right.add(detection);
        count(confusion, expected.kind, expected.kind);
        continue;
      }
      total.falseNegatives++;
      tallyOf(perKind, expected.kind).falseNegatives++;
      const other = detections.find((detection) => overlaps(detection, span));
      if (other) confused.add(other);
      count(confusion, expected.kind, other?.kind ?? NONE);
      misses.push(`missed ${expected.kind} "${expected.phrase}" in: ${draft.text}`);
    }
    for (const detection of detections) {
      if (right.has(detection)) continue;
      total.falsePositives++;
      tallyOf(perKind, detection.kind).falsePositives++;
      if (!confused.has(detection)) count(confusion, NONE, detection.kind);
      misses.push(`wrongly found ${detection.kind} "${detection.phrase}" in: ${draft.text}`);
    }
  }
  return { ...total, precision: precisionOf(total), recall: recallOf(total), perKind, confusion, nagged, misses };
}

/** The confusion table as text: rows are the labelled kind, columns the kind found. */
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

/** Precision and recall per kind as text, one row per kind that was labelled or found. */
export function kindTable(perKind: Score['perKind']): string {
  const width = Math.max(...KINDS.map((kind) => kind.length)) + 2;
  const header = `${'kind'.padEnd(width)}${['labelled', 'right', 'wrong', 'missed', 'precision', 'recall'].map((title) => title.padStart(10)).join('')}`;
  const rows = [...KINDS, 'personal' as const]
    .filter((kind) => perKind.has(kind))
    .map((kind) => {
      const tally = tallyOf(perKind, kind);
      const labelled = tally.truePositives + tally.falseNegatives;
      const cells = [labelled, tally.truePositives, tally.falsePositives, tally.falseNegatives].map((n) =>
        String(n).padStart(10),
      );
      return `${kind.padEnd(width)}${cells.join('')}${precisionOf(tally).toFixed(3).padStart(10)}${recallOf(tally).toFixed(3).padStart(10)}`;
    });
  return [header, ...rows].join('\n');
}
