// The editor's own undo after accepting a rewrite, in every fixture editor (RoosterJS, the
// editor of Outlook on the web, included), with the built extension in Chromium: one Ctrl+Z
// gives back exactly the draft as it was before the accept, in the editor's model and on
// screen, with the caret where it was; a second goes on into the user's own typing; redo
// brings the rewrite back; typing straight after the accept is a step of its own. And the
// rewrite's placeholder: selected, filled in by typing, reached with Tab, noted while left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILL_IN_AFTER_MS, PAUSE_MS } from '../../src/chip/controller';
import { detect } from '../../src/coach';
import { type EchtBrowser, launchEcht } from './support/browser';
import {
  bundleReplaceScript,
  type ChatPage,
  COMPOSERS,
  type EditorName,
  inComposerWorld,
  openChatPage,
} from './support/editors';
import { type FixtureServer, serveFixtures } from './support/server';

/** A draft the user types, the coach's first rewrite for it, and the draft with that rewrite. */
interface Case {
  draft: string;
  first: string;
  rewritten: string;
}

function rewriting(draft: string): Case {
  const found = detect(draft)[0];
  const first = found?.suggestions[0];
  if (!found || !first) throw new Error(`the coach finds nothing in "${draft}"`);
  return { draft, first, rewritten: draft.slice(0, found.start) + first + draft.slice(found.end) };
}

const GREETING = 'Hi Sam 👋';
// Words after the phrase: editors that snapshot their undo at word boundaries lost these.
const OFFER = rewriting(`${GREETING}\nlet me know if I can do anything. Thanks, talk soon!`);
const MINIMIZING = rewriting(`${GREETING}\nThat is rough. Cheer up! Talk soon.`);
const DRAFT = OFFER.draft;
const REWRITTEN = OFFER.rewritten;
const SLOT = ((slot) => {
  if (!slot) throw new Error('the first rewrite of a vague offer has no placeholder');
  return slot;
})(OFFER.first.match(/\[[^\]]+\]/)?.[0]);
// One word: editors that snapshot at word boundaries (RoosterJS) would make two steps of two.
const FILLED = REWRITTEN.replace(SLOT, 'Thursday');

/** The keys that redo in each editor on Linux; Quill binds Ctrl+Y only on Windows. */
const REDO_KEYS: Record<EditorName, string[]> = {
  textarea: ['Control+Shift+z', 'Control+y'],
  contenteditable: ['Control+Shift+z', 'Control+y'],
  quill: ['Control+Shift+z'],
  prosemirror: ['Control+Shift+z', 'Control+y'],
  lexical: ['Control+Shift+z', 'Control+y'],
  slate: ['Control+Shift+z', 'Control+y'],
  draft: ['Control+Shift+z', 'Control+y'],
  ckeditor: ['Control+Shift+z', 'Control+y'],
  roosterjs: ['Control+Shift+z', 'Control+y'],
};

interface Draft {
  model: string;
  shown: string;
  selection: { start: number; end: number } | null;
}

interface EditorPage extends ChatPage {
  composer: string;
  /** The editor's model, the text on screen (read as Echt reads it) and the selection in it. */
  draft(): Promise<Draft>;
  chipText(): Promise<string | null>;
  /** What the chip said to screen readers last. */
  spoken(): Promise<string | null>;
}

let echt: EchtBrowser;
let server: FixtureServer;
let script: string;

beforeAll(async () => {
  script = bundleReplaceScript();
  server = await serveFixtures();
  echt = await launchEcht();
});

afterAll(async () => {
  await echt?.close();
  await server?.close();
});

async function openEditor(name: EditorName): Promise<EditorPage> {
  const chat = await openChatPage(echt.context, server.origin, name);
  const composer = COMPOSERS[name];
  const call = await inComposerWorld(chat.page, composer, script);
  const inChip = (selector: string) =>
    chat.page.evaluate(
      (css) => document.querySelector('echt-chip')?.shadowRoot?.querySelector(css)?.textContent || null,
      selector,
    );
  return {
    ...chat,
    composer,
    draft: async () => ({
      model: await chat.model(),
      ...((await call(
        'return { shown: echtReplace.readText(composer), selection: echtReplace.draftSelection(composer) };',
      )) as Omit<Draft, 'model'>),
    }),
    chipText: () => inChip('.chip'),
    spoken: () => inChip('[role="status"]'),
  };
}

/** Types a draft the way a user does, key by key, Shift+Enter for a new line. */
async function typeDraft(editor: EditorPage, draft: string): Promise<void> {
  await editor.page.locator(editor.composer).click();
  const [first = '', ...lines] = draft.split('\n');
  await editor.page.keyboard.type(first, { delay: 20 });
  for (const line of lines) {
    await editor.page.keyboard.press('Shift+Enter');
    await editor.page.keyboard.type(line, { delay: 20 });
  }
}

/** Waits until model and screen both hold `text`, and gives the draft as it is then. */
async function holds(editor: EditorPage, text: string): Promise<Draft> {
  await expect.poll(async () => ((draft) => [draft.model, draft.shown])(await editor.draft())).toEqual([text, text]);
  return editor.draft();
}

/** Types the draft, waits for the chip and takes the first rewrite as soon as it shows. */
async function acceptFirst(editor: EditorPage, which = OFFER): Promise<void> {
  await typeDraft(editor, which.draft);
  const atEnd = { start: which.draft.length, end: which.draft.length };
  expect(await holds(editor, which.draft)).toMatchObject({ selection: atEnd });
  await expect.poll(() => editor.chipText()).toContain(which.first);
  await editor.page.keyboard.press('Alt+Shift+Enter');
  await holds(editor, which.rewritten);
}

/** The rewrite's placeholder, selected: where the user types next. */
const slotSelected = (draft: Draft) =>
  draft.selection ? draft.shown.slice(draft.selection.start, draft.selection.end) : null;

describe.each(Object.keys(COMPOSERS) as EditorName[])('undo after a rewrite in %s', (name) => {
  it('one Ctrl+Z gives back exactly the draft and caret, a second goes on into the typing, redo brings the rewrite back', async () => {
    const editor = await openEditor(name);
    await acceptFirst(editor);
    const press = (key: string) => editor.page.keyboard.press(key);

    for (const redo of REDO_KEYS[name]) {
      await press('Control+z');
      expect(await holds(editor, DRAFT)).toMatchObject({ selection: { start: DRAFT.length, end: DRAFT.length } });
      await press(redo);
      await holds(editor, REWRITTEN);
    }
    await press('Control+z');
    await holds(editor, DRAFT);
    // The user's own steps from here, as the editor keeps them: an earlier state of their typing.
    await press('Control+z');
    await expect
      .poll(async () => {
        const { model, shown } = await editor.draft();
        return model === shown && model.length < DRAFT.length && DRAFT.startsWith(model);
      })
      .toBe(true);
    expect(editor.errors).toEqual([]);
    await editor.page.close();
  });

  it('undoes typing that follows the accept at once and the rewrite as two steps', async () => {
    const editor = await openEditor(name);
    // A rewrite without a placeholder: the caret ends after it and the user goes on typing there.
    await acceptFirst(editor, MINIMIZING);
    await expect
      .poll(async () => (await editor.draft()).selection)
      .toEqual({ start: MINIMIZING.rewritten.indexOf(' Talk'), end: MINIMIZING.rewritten.indexOf(' Talk') });
    await editor.page.keyboard.type(' Hugs');
    await holds(editor, MINIMIZING.rewritten.replace(' Talk', ' Hugs Talk'));
    await editor.page.keyboard.press('Control+z');
    await holds(editor, MINIMIZING.rewritten);
    await editor.page.keyboard.press('Control+z');
    await holds(editor, MINIMIZING.draft);
    expect(editor.errors).toEqual([]);
    await editor.page.close();
  });

  it('selects the placeholder, says which, lets Tab reach it, notes it while left and never stops Enter', async () => {
    const editor = await openEditor(name);
    // Whether a Tab got through to the page (Echt stops the ones it takes, before the editor).
    await editor.page.evaluate(() => {
      const seen: string[] = [];
      window.addEventListener('keydown', (event) => event.key === 'Tab' && seen.push('Tab'));
      Object.assign(window, { tabsSeen: seen });
    });
    const tabsSeen = () => editor.page.evaluate(() => (window as unknown as { tabsSeen: string[] }).tabsSeen.length);

    await acceptFirst(editor);
    await expect.poll(async () => slotSelected(await editor.draft())).toBe(SLOT);
    expect(await editor.spoken()).toBe(`${SLOT} selected: type to fill it in.`);
    // Moved away, Tab goes back to the placeholder left, and the page does not see it.
    await editor.page.keyboard.press('End');
    await expect.poll(async () => slotSelected(await editor.draft())).not.toBe(SLOT);
    await editor.page.keyboard.press('Tab');
    await expect.poll(async () => slotSelected(await editor.draft())).toBe(SLOT);
    expect(await tabsSeen()).toBe(0);
    // Left in the draft after a while: a quiet note; Enter still sends.
    await expect
      .poll(() => editor.chipText(), { timeout: FILL_IN_AFTER_MS + PAUSE_MS + 5_000 })
      .toBe(`Fill in ${SLOT} before sending`);
    await editor.page.keyboard.press('Enter');
    expect(await editor.sent()).toEqual([REWRITTEN]);

    // Filled in: no note, and Tab is the page's again.
    await acceptFirst(editor);
    await expect.poll(async () => slotSelected(await editor.draft())).toBe(SLOT);
    await editor.page.keyboard.type('Thursday');
    await holds(editor, FILLED);
    await editor.page.waitForTimeout(FILL_IN_AFTER_MS + PAUSE_MS);
    expect(await editor.chipText()).toBeNull();
    await editor.page.keyboard.press('Tab');
    expect(await tabsSeen()).toBe(1);
    expect(editor.errors).toEqual([]);
    await editor.page.close();
  });
});
