// The layout INTERNALS.md describes, checked on the import graph of src/ so it stays true:
// no cycle between the top-level parts of src/, browser.* only where it belongs, the pure
// parts pure, the chip in its own folder, and every folder saying what it is. A small
// reader of import statements is enough here: the code is formatted by Biome and imports
// only at the top level.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** Where browser.* may be called: the shells, the worker's services and the thin wrappers. */
const BROWSER_ALLOWED = ['entrypoints/', 'src/background/', 'src/platform/'];
/** WXT's typed storage reaches browser.storage: the settings' own store, and the worker's session data. */
const STORAGE_ALLOWED = ['src/settings/', 'src/background/'];
/** Parts that take the clock, the text or the feed as parameters and reach nothing else of Echt. */
const PURE = ['coach', 'calendar', 'reminders'];
/** What the pure parts may import from the rest of src/ besides themselves. */
const PURE_MAY_USE = ['i18n', 'guards'];
/** Packages that reach the browser's extension API. */
const BROWSER_PACKAGES = ['wxt/browser', '@wxt-dev/browser', 'webextension-polyfill'];

interface Import {
  /** As written: './text', '../coach', 'wxt/browser'. */
  specifier: string;
  /** The file it names, relative to the repository; undefined for a package. */
  file: string | undefined;
  /**
   * `import type` / `export type`: gone after compiling, so no dependency at run time. Under
   * verbatimModuleSyntax, `import { type A }` still loads the module, so it counts as one.
   */
  typeOnly: boolean;
}

interface SourceFile {
  /** Relative to the repository, with forward slashes. */
  path: string;
  /** The text without comments. */
  code: string;
  imports: Import[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveFile(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(ROOT, dirname(from), specifier);
  for (const suffix of CANDIDATES) {
    const candidate = base + suffix;
    try {
      if (statSync(candidate).isFile()) return relative(ROOT, candidate).replaceAll('\\', '/');
    } catch {
      // Not this one; try the next ending.
    }
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

// `import x, { y } from '…'`, `import type { … } from '…'`, `export * from '…'`, `export { … } from '…'`.
const FROM =
  /\b(import|export)\s+(type\s+)?((?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+))\s+from\s*['"]([^'"]+)['"]/g;
// `import '…'` (a style sheet, or side effects) and `import('…')`.
const BARE = /\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function readSource(path: string): SourceFile {
  const code = stripComments(readFileSync(join(ROOT, path), 'utf8'));
  const imports: Import[] = [];
  for (const [, , type, , specifier = ''] of code.matchAll(FROM)) {
    imports.push({ specifier, file: resolveFile(path, specifier), typeOnly: Boolean(type) });
  }
  for (const [, specifier = ''] of code.matchAll(BARE)) {
    imports.push({ specifier, file: resolveFile(path, specifier), typeOnly: false });
  }
  return { path, code, imports };
}

const SOURCE = /\.(ts|tsx)$/;
const files = [...walk(SRC), ...walk(join(ROOT, 'entrypoints'))]
  .map((file) => relative(ROOT, file).replaceAll('\\', '/'))
  .filter((file) => SOURCE.test(file))
  .map(readSource);
const srcFiles = files.filter((file) => file.path.startsWith('src/'));

/** The top-level part of src/ a file belongs to: its folder, or the file itself (messaging, guards). */
function partOf(path: string): string | undefined {
  if (!path.startsWith('src/')) return undefined;
  const [first = ''] = path.slice('src/'.length).split('/');
  return first.replace(SOURCE, '');
}

/** Runtime edges between parts, each with one import that makes it. */
function partGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of srcFiles) {
    const from = partOf(file.path) ?? '';
    for (const { file: target, typeOnly, specifier } of file.imports) {
      const to = target ? partOf(target) : undefined;
      if (typeOnly || !to || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, `${file.path} imports ${specifier}`);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Every cycle through the graph, as the imports that close it (empty when there is none). */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (part: string) => {
    state.set(part, 'visiting');
    path.push(part);
    for (const next of graph.get(part)?.keys() ?? []) {
      if (state.get(next) === 'visiting') {
        const loop = [...path.slice(path.indexOf(next)), next];
        found.push(loop.slice(1).map((to, index) => graph.get(loop[index] ?? '')?.get(to) ?? to));
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(part, 'done');
  };
  for (const part of graph.keys()) if (!state.has(part)) visit(part);
  return found;
}

const allowedFor = (path: string, prefixes: readonly string[]) => prefixes.some((prefix) => path.startsWith(prefix));

const byPath = new Map(files.map((file) => [file.path, file]));

/**
 * Every file of Echt a context loads when it runs: its entry and what that imports,
 * transitively; `apart` (and what only it imports) left out.
 */
function reachable(entry: string, apart?: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || path === apart) return;
    seen.add(path);
    for (const { file, typeOnly } of byPath.get(path)?.imports ?? []) if (file && !typeOnly) visit(file);
  };
  visit(entry);
  return seen;
}

describe('the layout of src/', () => {
  it('reads every file it checks', () => {
    expect(srcFiles.length).toBeGreaterThan(100);
    expect(files.find((file) => file.path === 'src/chip/page.ts')?.imports.length).toBeGreaterThan(0);
  });

  it('has no import cycle between its top-level parts', () => {
    const graph = partGraph();
    expect(graph.get('background')?.has('settings')).toBe(true);
    expect(cycles(graph)).toEqual([]);
  });

  it('calls browser.* only in entrypoints/, src/background/ and src/platform/', () => {
    const offenders = files
      .filter((file) => !allowedFor(file.path, BROWSER_ALLOWED))
      .flatMap((file) => [
        ...file.imports
          .filter((entry) => !entry.typeOnly && BROWSER_PACKAGES.includes(entry.specifier))
          .map((entry) => `${file.path} imports ${entry.specifier}`),
        ...[...file.code.matchAll(/\b(?:browser|chrome)\.[a-z]\w*/g)].map((match) => `${file.path}: ${match[0]}`),
      ]);
    expect(offenders).toEqual([]);
  });

  it("uses WXT's storage only for the settings and the worker's own data", () => {
    const offenders = files
      .filter((file) => !allowedFor(file.path, STORAGE_ALLOWED))
      .filter((file) => file.imports.some((entry) => !entry.typeOnly && entry.specifier === 'wxt/utils/storage'))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('keeps coach, calendar and reminders pure: no other part of Echt, nothing of the extension', () => {
    const offenders = srcFiles
      .filter((file) => PURE.includes(partOf(file.path) ?? ''))
      .flatMap((file) =>
        file.imports
          .filter((entry) => {
            const part = entry.file ? partOf(entry.file) : undefined;
            if (part) return part !== partOf(file.path) && !PURE_MAY_USE.includes(part);
            return (
              entry.specifier.startsWith('wxt') ||
              entry.specifier.startsWith('@wxt-dev') ||
              entry.specifier === 'idb-keyval'
            );
          })
          .map((entry) => `${file.path} imports ${entry.specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it("leaves the coach's detector to the chat tabs, and its knowledge to the package", () => {
    // The knowledge (rules, model, wording as the page gets it) reaches a chat tab as a
    // message, read from a file the build writes; in a bundle it would be parsed on every
    // page or every start of the worker. The worker and the pages never run the detector.
    // The wording (and the phrase deck beside it) is words for people to read, not knowledge.
    const knowledge = (path: string) =>
      (path.startsWith('src/coach/data/') && !/-(?:wording|deck)\.ts$/.test(path)) ||
      ['src/coach/index.ts', 'src/coach/prepare.ts'].includes(path);
    const detector = (path: string) =>
      path === 'src/coach/engine.ts' || path === 'src/coach/model.ts' || path.startsWith('src/coach/rules/');
    // The welcome page's practice box runs the chip itself, as a chat tab does. A chat tab
    // gets the engine as a script of its own, put into the frame when a draft first needs
    // it: the content script that loads in every chat page carries no part of the detector.
    for (const runner of ['entrypoints/coach-engine.ts', 'entrypoints/welcome/main.tsx']) {
      const reached = reachable(runner);
      expect(reached.has('src/coach/engine.ts')).toBe(true);
      expect([...reached].filter(knowledge).map((path) => `${runner}: ${path}`)).toEqual([]);
    }
    const chat = 'entrypoints/chat.content/index.ts';
    expect(reachable(chat).has('src/chip/controller.ts')).toBe(true);
    expect([...reachable(chat)].filter((path) => knowledge(path) || detector(path))).toEqual([]);
    // One exception: the settings' migration of silences stored before keys existed runs the
    // engine, with the knowledge read from the package, only where an old value is met.
    const UPGRADE = 'src/coach/silence-upgrade.ts';
    for (const entry of ['entrypoints/background.ts', 'entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx']) {
      const reached = reachable(entry);
      expect(reached.size).toBeGreaterThan(10);
      expect([...reached].filter(knowledge).map((path) => `${entry}: ${path}`)).toEqual([]);
      expect([...reachable(entry, UPGRADE)].filter(detector).map((path) => `${entry}: ${path}`)).toEqual([]);
    }
    const loaders = files.filter((file) => file.imports.some((entry) => entry.file === UPGRADE));
    expect(loaders.map((file) => file.path)).toEqual(['src/settings/chat.ts']);
    expect(loaders[0]?.code).toMatch(/await import\('\.\.\/coach\/silence-upgrade'\)/);
  });

  it("keeps the calendars' meetings from the chat content script: it reaches no part of src/feeds", () => {
    // The popup reads Today's meetings from the extension's IndexedDB (src/feeds/upcoming.ts),
    // which a content script could not open anyway (it runs in the page's origin); it must not
    // carry the code that would ask for them either.
    const chat = [...reachable('entrypoints/chat.content/index.ts')];
    expect(chat.length).toBeGreaterThan(10);
    expect(chat.filter((path) => path.startsWith('src/feeds/'))).toEqual([]);
    expect(reachable('entrypoints/popup/main.tsx').has('src/feeds/upcoming.ts')).toBe(true);
    // The page's reader brings no parser: ical.js stays in the worker.
    expect(reachable('entrypoints/popup/main.tsx').has('src/feeds/expansion.ts')).toBe(false);
  });

  it("gives the popup the phrase deck without the coach's offers and patterns", () => {
    // The deck's lines are a few hundred bytes; the wording around them was a quarter of the
    // popup's script, loaded on every open (bench/README.md).
    const popup = reachable('entrypoints/popup/main.tsx');
    expect(popup.has('src/coach/data/en-deck.ts') && popup.has('src/coach/data/nl-deck.ts')).toBe(true);
    expect([...popup].filter((path) => path.endsWith('-wording.ts'))).toEqual([]);
  });

  it('leaves both catalogs to the worker: a page loads only the one it shows', () => {
    // Bundled, the two catalogs were a third of the popup's script.
    const bundling = files
      .filter((file) =>
        file.imports.some((entry) => !entry.typeOnly && /_locales\/\w+\/messages\.json$/.test(entry.specifier)),
      )
      .map((file) => file.path);
    expect(bundling).toEqual(['src/i18n/bundled.ts']);
    const users = files
      .filter((file) => file.imports.some((entry) => entry.file === 'src/i18n/bundled.ts'))
      .map((file) => file.path);
    expect(users.every((path) => path.startsWith('src/background/'))).toBe(true);
  });

  it('takes nothing from the tests or the benchmarks into Echt: sample data stays in the harness', () => {
    const offenders = files.flatMap((file) =>
      file.imports
        .filter((entry) => entry.file?.startsWith('tests/') || entry.file?.startsWith('bench/'))
        .map((entry) => `${file.path} imports ${entry.specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("leaves the chip's index to the chat content script and the practice box", () => {
    // It pulls in the whole chip, which only the chat tabs and the welcome page run.
    const offenders = files.flatMap((file) =>
      file.imports
        .filter((entry) => !entry.typeOnly && entry.file === 'src/chip/index.ts')
        .filter(() => !['entrypoints/chat.content/', 'entrypoints/welcome/'].some((dir) => file.path.startsWith(dir)))
        .map((entry) => `${file.path} imports ${entry.specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps every file of the chip in src/chip/', () => {
    const stray = walk(SRC)
      .map((file) => relative(ROOT, file).replaceAll('\\', '/'))
      .filter((file) => (file.split('/').at(-1) ?? '').startsWith('chip-') && !file.startsWith('src/chip/'));
    expect(stray).toEqual([]);
  });

  it("says in each folder's index.ts what the folder is and which file runs it", () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    const unexplained = folders.filter((folder) => {
      let text: string;
      try {
        text = readFileSync(join(SRC, folder, 'index.ts'), 'utf8');
      } catch {
        return true;
      }
      const opening = text.match(/^(?:\/\/.*\n)+/)?.[0] ?? '';
      return !/(entrypoints|src)\/[\w./-]+/.test(opening);
    });
    expect(unexplained).toEqual([]);
  });
});
