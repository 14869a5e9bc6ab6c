// A draft is read in passages of a few sentences, and a passage read once is remembered:
// typing at the end of a long draft only reads the last passage again. What the draft as
// a whole allows (a hard time in it, or only work talk) is then decided over all passages.
import { foldForMatching } from './normalize';
import type { CompiledLanguage, Needs } from './rules/table';
import { counts, endOf, type PassageReading, readPassage, showsHardTime, talksWork } from './scan';
import type { BuiltInKind } from './types';

export interface Found {
  readonly kind: BuiltInKind;
  readonly start: number;
  readonly end: number;
  readonly name?: string;
  /** The rules' own words in the phrase (see silence.ts). */
  readonly words: string;
}

/** A passage ends at the first sentence end after this many characters. */
const PASSAGE_LENGTH = 200;
/** Passages remembered per language; cleared when full, which only costs a re-read. */
const READINGS_CAP = 500;
const READINGS = new Map<CompiledLanguage, Map<string, PassageReading>>();

function readingsOf(language: CompiledLanguage): Map<string, PassageReading> {
  let readings = READINGS.get(language);
  if (!readings) {
    readings = new Map();
    READINGS.set(language, readings);
  }
  return readings;
}

function endsSentence(unit: number): boolean {
  return unit === 46 || unit === 33 || unit === 63 || unit === 10; // . ! ? and a line break
}

/**
 * Where each passage of `text` ends: at the first sentence end once it is long enough.
 * Typing at the end of a draft never moves the passages before it.
 */
function passageEnds(text: string): number[] {
  const ends: number[] = [];
  let start = 0;
  for (let i = start + PASSAGE_LENGTH; i < text.length; i++) {
    if (!endsSentence(text.charCodeAt(i))) continue;
    while (i + 1 < text.length && endsSentence(text.charCodeAt(i + 1))) i++;
    ends.push(i + 1);
    start = i + 1;
    i = start + PASSAGE_LENGTH - 1;
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

/** What the whole draft allows; each answer is worked out once, and only if a phrase needs it. */
class DraftSituation {
  private readonly readings: readonly PassageReading[];
  private hardTime: boolean | undefined;
  private workTalk: boolean | undefined;

  constructor(readings: readonly PassageReading[]) {
    this.readings = readings;
  }

  allows(needs: Needs): boolean {
    if (needs === 'always') return true;
    this.hardTime ??= this.readings.some(showsHardTime);
    if (this.hardTime || needs === 'support') return this.hardTime;
    this.workTalk ??= this.readings.some(talksWork);
    return !this.workTalk;
  }
}

/** Two phrases of one kind with only a comma between them read as one ("never mind, I'll manage"). */
function joinNeighbours(phrases: readonly Found[], text: string): Found[] {
  const joined: Found[] = [];
  for (const phrase of phrases) {
    const previous = joined[joined.length - 1];
    if (previous?.kind === phrase.kind && /^[ \t,;:–-]*$/.test(text.slice(previous.end, phrase.start))) {
      const name = phrase.name ?? previous.name;
      joined[joined.length - 1] = {
        kind: phrase.kind,
        start: previous.start,
        end: phrase.end,
        words: `${previous.words} ${phrase.words}`,
        ...(name ? { name } : {}),
      };
    } else {
      joined.push(phrase);
    }
  }
  return joined;
}

/** The language's phrases in `text`, in order, none overlapping. */
export function findPhrases(text: string, language: CompiledLanguage): Found[] {
  const known = readingsOf(language);
  const ends = passageEnds(text);
  const passages = ends.map((end, index) => text.slice(ends[index - 1] ?? 0, end));
  const unread = passages.filter((passage) => !known.has(passage)).length;
  if (known.size + unread > READINGS_CAP) known.clear();
  // Folding costs the same per character but has a cost per call: fold a new draft in one go.
  const foldedDraft = unread > 1 ? foldForMatching(text) : undefined;
  const readings = passages.map((passage, index) => {
    const start = ends[index - 1] ?? 0;
    let reading = known.get(passage);
    if (!reading) {
      const folded = foldedDraft?.slice(start, start + passage.length) ?? foldForMatching(passage);
      reading = readPassage(folded, passage, language);
      known.set(passage, reading);
    }
    return { reading, offset: start };
  });
  const situation = new DraftSituation(readings.map(({ reading }) => reading));
  const kept: Found[] = [];
  let keptEnd = 0;
  for (const { reading, offset } of readings) {
    for (const candidate of reading.candidates) {
      const from = candidate.start + offset;
      if (from < keptEnd || !situation.allows(candidate.needs) || !counts(candidate, reading)) continue;
      const { kind, name, words } = candidate;
      keptEnd = endOf(candidate, reading) + offset;
      kept.push({ kind, start: from, end: keptEnd, words, ...(name ? { name } : {}) });
    }
  }
  return joinNeighbours(kept, text);
}
