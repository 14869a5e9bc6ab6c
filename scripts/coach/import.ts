// Brings labelled drafts written outside the team into the repo's training corpus:
// `npm run import:coach -- [--add] <folder or file.json> [...]`. Every draft is checked against the
// format, and near-copies (of each other, or of the hand-written corpus) are dropped, so
// the corpus does not count one draft twice. Writes tests/fixtures/coach/chat/<language>.json
// with the files it came from, and each draft's source (its writer's folder, or the blind
// set), which cross-writer validation holds out one at a time. Running it again on the same
// inputs gives the same files.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { foldForMatching } from '../../src/coach/fold.ts';
import { type Draft, readLabelled } from './scoring.ts';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/coach');
const HAND_WRITTEN = ['en.json', 'nl.json'];
/** Two drafts whose character 5-grams overlap this much are one draft written twice. */
const NEAR_COPY = 0.8;
/** Shingles shared by more drafts than this say nothing about copying; they only cost time. */
const COMMON_SHINGLE = 400;
const SHINGLE = 5;

/** The draft reduced to its letters and digits, single-spaced: what a copy keeps. */
function skeleton(text: string): string {
  return foldForMatching(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function shingles(key: string): Set<string> {
  const padded = ` ${key} `;
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= padded.length; i++) set.add(padded.slice(i, i + SHINGLE));
  if (set.size === 0) set.add(padded);
  return set;
}

/** Remembers the drafts kept so far and tells whether a new one nearly copies one of them. */
class CopyFinder {
  private readonly keys = new Set<string>();
  private readonly sets: Set<string>[] = [];
  private readonly index = new Map<string, number[]>();

  isCopy(text: string): boolean {
    const key = skeleton(text);
    if (this.keys.has(key)) return true;
    const mine = shingles(key);
    const shared = new Map<number, number>();
    for (const shingle of mine) {
      const holders = this.index.get(shingle);
      if (!holders || holders.length > COMMON_SHINGLE) continue;
      for (const holder of holders) shared.set(holder, (shared.get(holder) ?? 0) + 1);
    }
    for (const [holder, count] of shared) {
      const theirs = this.sets[holder]?.size ?? 0;
      // The Jaccard bound from the shared shingles found; common shingles were not counted,
      // so a candidate is checked exactly before it counts as a copy.
      if (count / (mine.size + theirs - count) < NEAR_COPY / 2) continue;
      if (jaccard(mine, this.sets[holder] ?? new Set()) >= NEAR_COPY) return true;
    }
    return false;
  }

  keep(text: string): void {
    const key = skeleton(text);
    this.keys.add(key);
    const set = shingles(key);
    const id = this.sets.push(set) - 1;
    for (const shingle of set) {
      const holders = this.index.get(shingle) ?? [];
      holders.push(id);
      this.index.set(shingle, holders);
    }
  }
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const item of a) if (b.has(item)) both++;
  return both / Math.max(1, a.size + b.size - both);
}

function jsonFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(path, name));
}

/**
 * Who wrote the drafts of a file: its folder's name ("en-a"), or for a scored blind set
 * kept in a `blind` folder, "blind/set1".
 */
function sourceOf(path: string): string {
  const folder = basename(dirname(path));
  return basename(dirname(dirname(path))) === 'blind' ? `blind/${folder}` : folder;
}

function readFile(path: string) {
  return readLabelled(JSON.parse(readFileSync(path, 'utf8')), path);
}

/** A batch still being written is not JSON yet: it is left for the next import. */
function readIfComplete(path: string): ReturnType<typeof readFile> | undefined {
  try {
    return readFile(path);
  } catch (error) {
    console.warn(`left out ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

const args = process.argv.slice(2);
/**
 * `--add`: keep the chat corpus as it is and add the inputs after it (the outside writers'
 * folders need not be on the machine); without it the corpus is rebuilt from the inputs alone.
 */
const adding = args.includes('--add');
const inputs = args.filter((arg) => arg !== '--add');
if (inputs.length === 0) {
  console.error('usage: npm run import:coach -- [--add] <folder or file.json> [...]');
  process.exit(2);
}

const finders = new Map<string, CopyFinder>();
function finderFor(language: string): CopyFinder {
  let finder = finders.get(language);
  if (!finder) {
    finder = new CopyFinder();
    finders.set(language, finder);
  }
  return finder;
}

// The hand-written corpus comes first: a written draft that copies one of it is dropped.
for (const name of HAND_WRITTEN) {
  const file = readFile(join(FIXTURES, name));
  const finder = finderFor(file.language);
  for (const draft of file.drafts) finder.keep(draft.text);
}

interface Output {
  from: string[];
  drafts: Draft[];
  copies: number;
  skippedLabels: number;
}
const outputs = new Map<string, Output>();
if (adding) {
  for (const name of readdirSync(join(FIXTURES, 'chat'))
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const kept = JSON.parse(readFileSync(join(FIXTURES, 'chat', name), 'utf8'));
    const file = readLabelled(kept, name);
    const from: string[] = Array.isArray(kept.from)
      ? kept.from.filter((item: unknown) => typeof item === 'string')
      : [];
    const finder = finderFor(file.language);
    for (const draft of file.drafts) finder.keep(draft.text);
    outputs.set(file.language, { from, drafts: [...file.drafts], copies: 0, skippedLabels: 0 });
  }
}
for (const path of inputs.flatMap((input) => jsonFiles(resolve(input)))) {
  const file = readIfComplete(path);
  if (!file) continue;
  const out = outputs.get(file.language) ?? { from: [], drafts: [], copies: 0, skippedLabels: 0 };
  outputs.set(file.language, out);
  // Where it came from, without the machine's own folders.
  out.from.push(`${sourceOf(path)}/${basename(path)}`);
  out.skippedLabels += file.skipped.length;
  for (const problem of file.skipped) console.warn(`dropped a draft: ${problem}`);
  const finder = finderFor(file.language);
  const source = sourceOf(path);
  for (const [index, draft] of file.drafts.entries()) {
    // A draft whose label was unusable would teach the model that its phrase is fine.
    if (file.incomplete.has(index)) continue;
    if (finder.isCopy(draft.text)) {
      out.copies++;
      continue;
    }
    finder.keep(draft.text);
    out.drafts.push({ text: draft.text, topic: draft.topic, expect: draft.expect, source });
  }
}

for (const [language, out] of [...outputs].sort((a, b) => a[0].localeCompare(b[0]))) {
  const target = join(FIXTURES, 'chat', `${language}.json`);
  // One draft per line: small, and a diff shows which drafts came or went.
  const lines = out.drafts.map((draft) => JSON.stringify(draft));
  const head = `{"language":${JSON.stringify(language)},"from":${JSON.stringify(out.from)},"drafts":[`;
  writeFileSync(target, `${head}\n${lines.join(',\n')}\n]}\n`);
  console.log(
    `${language}: ${out.drafts.length} drafts kept from ${out.from.length} files; ` +
      `${out.copies} near-copies and ${out.skippedLabels} drafts with unusable labels dropped -> ${relative(process.cwd(), target)}`,
  );
}
