// Bundles the fixture chat pages, one per real editor, from tests/fixtures/editors into
// tests/fixtures/pages/editors (git-ignored), where the fixture server serves them; and
// opens them for the browser tests, with Echt's composer module in an isolated world.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { ROOT } from './browser';
import type { EchtFirefox } from './firefox';
import { FIXTURE_PAGES } from './server';

const SOURCES = resolve(import.meta.dirname, '../../fixtures/editors');
const OUTPUT = join(FIXTURE_PAGES, 'editors');

/** Each fixture page: its file name and the editor's name as people know it. */
export const EDITORS = {
  textarea: 'Textarea',
  contenteditable: 'Contenteditable',
  quill: 'Quill',
  prosemirror: 'ProseMirror',
  lexical: 'Lexical',
  slate: 'Slate',
  draft: 'Draft.js',
  ckeditor: 'CKEditor 5',
  roosterjs: 'RoosterJS',
} as const;

export type EditorName = keyof typeof EDITORS;

/** Each fixture page's editable root: where the user types and Echt reads the draft. */
export const COMPOSERS: Record<EditorName, string> = {
  textarea: '#editor textarea',
  contenteditable: '#editor [contenteditable="true"]',
  quill: '.ql-editor',
  prosemirror: '.ProseMirror',
  lexical: '[data-lexical-editor]',
  slate: '[data-slate-editor]',
  draft: '.public-DraftEditor-content',
  ckeditor: '.ck-editor__editable',
  roosterjs: '#editor > [contenteditable="true"]',
};

/** Where a fixture page is served, relative to the fixture server's origin. */
export function editorPage(name: EditorName): string {
  return `/editors/${name}.html`;
}

/**
 * Builds every editor page: one ES module per editor (shared chunks such as React split
 * out), its stylesheet when the editor brings one, and an HTML page from the template.
 */
export function buildEditorFixtures(): void {
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  const names = Object.keys(EDITORS) as EditorName[];
  const { metafile } = buildSync({
    entryPoints: names.map((name) => join(SOURCES, `${name}.js`)),
    outdir: OUTPUT,
    // The metafile's paths are relative to this.
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'chrome120',
    minify: true,
    metafile: true,
    logLevel: 'warning',
    // Production builds of the editors (Lexical picks its build by export condition,
    // React and Draft.js by these Node globals).
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    // Editor stylesheets reference icons and fonts; the tests do not need them.
    loader: { '.svg': 'dataurl', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty' },
  });
  const outputs = Object.keys(metafile.outputs).map((file) => relative(OUTPUT, resolve(ROOT, file)));
  const template = readFileSync(join(SOURCES, 'page.html'), 'utf8');
  for (const name of names) {
    const styles = outputs.includes(`${name}.css`) ? `<link rel="stylesheet" href="./${name}.css" />` : '';
    const page = template
      .replaceAll('{{name}}', name)
      .replaceAll('{{title}}', EDITORS[name])
      .replace('<!--styles-->', styles);
    writeFileSync(join(OUTPUT, `${name}.html`), page);
  }
}

/**
 * The composer's replacement module as one classic script that defines
 * `window.echtReplace`, for tests to add to a page: the chip that will call it in the
 * content script is not built yet, and the page cannot reach the content script's world.
 */
export function bundleReplaceScript(): string {
  const { outputFiles } = buildSync({
    stdin: {
      contents: `import { readText } from './src/composer/text';
        import { draftSelection } from './src/composer/caret';
        import { replaceRange } from './src/composer/replace';
        window.echtReplace = { draftSelection, readText, replaceRange };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'warning',
  });
  const [script] = outputFiles;
  if (!script) throw new Error('esbuild returned no replacement script');
  return script.text;
}

/**
 * The user stops typing, the chip appears, they read it and accept. Editors group quick
 * edits into one undo entry (Quill: everything within 1 s of the group's first change), so
 * an accept sooner than that would be undone together with the last words typed.
 */
export const READS_THE_CHIP_MS = 1100;

interface FixtureWindow extends Window {
  chatFixture: { editor: string; sent: string[]; modelText(): string };
}

/** A fixture chat page, open in the browser (a Playwright page in Chromium, a Puppeteer page in Firefox). */
export interface ChatPage<P = Page> {
  page: P;
  /** Errors the page logged or threw. */
  errors: string[];
  /** The editor's own model text. */
  model(): Promise<string>;
  /** What the page sent, oldest first. */
  sent(): Promise<string[]>;
}

/** What reading a fixture page takes: Playwright's and Puppeteer's pages both have it. */
interface EvaluatingPage {
  evaluate<R>(fn: () => R): Promise<Awaited<R>>;
}

/** The fixture's own record of the editor's model and of what it sent. */
function fixtureReader(page: EvaluatingPage): Pick<ChatPage, 'model' | 'sent'> {
  return {
    model: () => page.evaluate(() => (window as unknown as FixtureWindow).chatFixture.modelText()),
    sent: () => page.evaluate(() => (window as unknown as FixtureWindow).chatFixture.sent),
  };
}

/** Opens the fixture page of `name` from the fixture server at `origin`, once its editor is ready. */
export async function openChatPage(context: BrowserContext, origin: string, name: EditorName): Promise<ChatPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}${editorPage(name)}`);
  await page.waitForFunction(() => 'chatFixture' in window);
  return { page, errors, ...fixtureReader(page) };
}

/** The same fixture page in Firefox. */
export async function openFirefoxChatPage(
  echt: EchtFirefox,
  origin: string,
  name: EditorName,
): Promise<ChatPage<PuppeteerPage>> {
  const page = await echt.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}${editorPage(name)}`);
  await page.waitForFunction(() => 'chatFixture' in window);
  return { page, errors, ...fixtureReader(page) };
}

export async function evaluateIn(cdp: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/**
 * Runs `script` (from bundleReplaceScript) in an isolated world of the page, as a content
 * script runs. Returns a call of an async function body there, with `composer` (the element
 * `selector` finds) and `args` in scope.
 */
export async function inComposerWorld(
  page: Page,
  selector: string,
  script: string,
): Promise<(body: string, ...args: unknown[]) => Promise<unknown>> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'echt-composer-test',
  });
  await evaluateIn(cdp, executionContextId, script);
  return (body, ...args) =>
    evaluateIn(
      cdp,
      executionContextId,
      `(async (composer, ...args) => { ${body} })(document.querySelector(${JSON.stringify(selector)}), ...${JSON.stringify(args)})`,
    );
}
