// The chip in every real editor, with the built extension in Chromium: the user types a
// draft, pauses, reads the chip and accepts a rewrite by mouse or by keyboard. The
// editor's model, its DOM and its undo must agree, Enter must send what is shown, and
// the page must never see an error.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detect } from '../../src/coach';
import { ARTIFACTS, type EchtBrowser, launchEcht } from './support/browser';
import {
  bundleReplaceScript,
  type ChatPage,
  COMPOSERS,
  type EditorName,
  inComposerWorld,
  openChatPage,
  READS_THE_CHIP_MS,
} from './support/editors';
import { type FixtureServer, serveFixtures } from './support/server';

// The extension's own API inside the popup page, for the messages the popup will send.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** How the user accepts in each editor first (then the other way). */
const ACCEPT_FIRST: Record<EditorName, 'click' | 'keys'> = {
  textarea: 'keys',
  contenteditable: 'click',
  quill: 'click',
  prosemirror: 'keys',
  lexical: 'click',
  slate: 'keys',
  draft: 'click',
  ckeditor: 'keys',
  roosterjs: 'click',
};

const GREETING = 'Hi Sam 👋';
const ASK = 'let me know if I can do anything. Thanks!';
const DRAFT = `${GREETING}\n${ASK}`;
const FOUND = ((found) => {
  if (!found) throw new Error('the coach finds nothing in the test draft');
  return found;
})(detect(DRAFT)[0]);
const FIRST = FOUND.suggestions[0] ?? '';
const SECOND = FOUND.suggestions[1] ?? '';
const withRewrite = (rewrite: string) => DRAFT.slice(0, FOUND.start) + rewrite + DRAFT.slice(FOUND.end);

interface ChipState {
  kind: string | null;
  rewrites: { tag: string; text: string; hidden: boolean }[];
}

interface EditorPage extends ChatPage {
  composer: string;
  /** The draft as the page shows it, read from the DOM the way Echt reads it. */
  shown(): Promise<string>;
  /** The text selected in the draft, read the way Echt reads it. */
  selected(): Promise<string>;
  chip(): Promise<ChipState | null>;
  focused(): Promise<boolean>;
}

let echt: EchtBrowser;
let server: FixtureServer;
let readScript: string;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  readScript = bundleReplaceScript();
  server = await serveFixtures();
  echt = await launchEcht();
});

afterAll(async () => {
  await echt?.close();
  await server?.close();
});

async function openEditor(name: EditorName): Promise<EditorPage> {
  const chat = await openChatPage(echt.context, server.origin, name);
  const { page } = chat;
  const composer = COMPOSERS[name];
  // readText() from src/composer, run in an isolated world of the page (as a content script is).
  const call = await inComposerWorld(page, composer, readScript);
  return {
    ...chat,
    composer,
    shown: async () => String(await call('return echtReplace.readText(composer);')),
    selected: async () =>
      String(
        await call(
          'const at = echtReplace.draftSelection(composer); return at ? echtReplace.readText(composer).slice(at.start, at.end) : "";',
        ),
      ),
    chip: () =>
      page.evaluate(() => {
        const root = document.querySelector('echt-chip')?.shadowRoot?.querySelector('.chip');
        if (!root || root.childElementCount === 0) return null;
        return {
          kind: root.getAttribute('data-kind'),
          rewrites: Array.from(root.querySelectorAll<HTMLElement>('.rewrite')).map((element) => ({
            tag: element.tagName,
            text: element.textContent ?? '',
            hidden: element.hidden === true,
          })),
        };
      }),
    focused: () =>
      page.evaluate((selector) => {
        const composer = document.querySelector(selector);
        return composer?.contains(document.activeElement) === true;
      }, composer),
  };
}

/** Types the draft the way a user does: keys, Shift+Enter for the second line. */
async function typeDraft(editor: EditorPage): Promise<void> {
  await editor.page.locator(editor.composer).click();
  await editor.page.keyboard.type(GREETING);
  await editor.page.keyboard.press('Shift+Enter');
  await editor.page.keyboard.type(ASK);
}

async function waitForChip(editor: EditorPage, kind = FOUND.kind): Promise<ChipState> {
  await expect.poll(async () => (await editor.chip())?.kind).toBe(kind);
  return (await editor.chip()) as ChipState;
}

/**
 * Waits until the editor's model holds `text` and the page shows it. React-based editors
 * update the model first and render a frame later.
 */
async function holds(editor: EditorPage, text: string): Promise<void> {
  await expect
    .poll(async () => ({ model: await editor.model(), shown: await editor.shown() }))
    .toEqual({
      model: text,
      shown: text,
    });
}

async function accept(editor: EditorPage, how: 'click' | 'keys'): Promise<void> {
  if (how === 'keys') await editor.page.keyboard.press('Alt+Shift+Enter');
  else await editor.page.locator('echt-chip .rewrite').first().click();
}

describe.each(Object.keys(COMPOSERS) as EditorName[])('the chip in %s', (name) => {
  it('replaces in the model, undoes in one step, keeps the caret and sends what is shown', async () => {
    const editor = await openEditor(name);
    const first = ACCEPT_FIRST[name];
    const second = first === 'click' ? 'keys' : 'click';

    await typeDraft(editor);
    expect(await editor.model()).toBe(DRAFT);
    const beforeChip = await editor.page.locator(editor.composer).boundingBox();
    const chip = await waitForChip(editor);
    // Every rewrite is a button; the first shows, the others wait behind "More".
    expect(chip.rewrites.map((rewrite) => rewrite.tag)).toEqual(FOUND.suggestions.map(() => 'BUTTON'));
    expect(chip.rewrites.map((rewrite) => rewrite.text)).toEqual(FOUND.suggestions);
    expect(chip.rewrites.filter((rewrite) => !rewrite.hidden)).toHaveLength(1);
    // Nothing in the page moved, and nothing was written into the editor.
    expect(await editor.page.locator(editor.composer).boundingBox()).toEqual(beforeChip);
    expect(await editor.page.locator(`${editor.composer} echt-chip`).count()).toBe(0);
    expect(await editor.model()).toBe(DRAFT);
    expect(await editor.focused()).toBe(true);

    await editor.page.waitForTimeout(READS_THE_CHIP_MS);
    await accept(editor, first);
    await holds(editor, withRewrite(FIRST));
    expect(await editor.focused()).toBe(true);
    expect(await editor.chip()).toBeNull();

    await editor.page.keyboard.press('Control+z');
    await holds(editor, DRAFT);

    await editor.page.keyboard.press('Enter');
    expect(await editor.sent()).toEqual([DRAFT]);
    await expect.poll(() => editor.model()).toBe('');

    // The next message: the chip is back for it, accepted the other way, and typing fills in
    // the rewrite's placeholder, which is selected.
    await typeDraft(editor);
    await waitForChip(editor);
    await editor.page.waitForTimeout(READS_THE_CHIP_MS);
    await accept(editor, second);
    await holds(editor, withRewrite(FIRST));
    // The user types once they see the placeholder selected.
    await expect.poll(() => editor.selected()).toBe(FIRST.match(/\[[^\]]+\]/)?.[0]);
    await editor.page.keyboard.type('the Friday standup');
    const typed = withRewrite(FIRST.replace(/\[[^\]]+\]/, 'the Friday standup'));
    await holds(editor, typed);
    await editor.page.keyboard.press('Enter');
    expect(await editor.sent()).toEqual([DRAFT, typed]);

    // Sent while the chip shows: it goes with the message.
    await typeDraft(editor);
    await waitForChip(editor);
    await editor.page.keyboard.press('Enter');
    expect(await editor.sent()).toEqual([DRAFT, typed, DRAFT]);
    await expect.poll(() => editor.chip()).toBeNull();

    expect(editor.errors).toEqual([]);
    await editor.page.close();
  });
});

describe('the chip', () => {
  it('stays away from a draft with nothing to improve', async () => {
    const editor = await openEditor('contenteditable');
    await editor.page.locator(editor.composer).click();
    await editor.page.keyboard.type('Hi Sam, I can take the Friday standup for you.');
    await editor.page.waitForTimeout(READS_THE_CHIP_MS);
    expect(await editor.chip()).toBeNull();
    // The same page does show it for a phrase, so the wait above was long enough.
    await editor.page.keyboard.type(' Cheer up!');
    await waitForChip(editor, 'minimizing');
    expect(editor.errors).toEqual([]);
    await editor.page.close();
  });

  it('leaves IME composition alone and looks at the draft once it is committed', async () => {
    const editor = await openEditor('prosemirror');
    const cdp = await editor.page.context().newCDPSession(editor.page);
    await editor.page.locator(editor.composer).click();
    await editor.page.keyboard.type('Let me know if I can do anything ');
    // A Japanese input method composing, with pauses longer than the chip's.
    await cdp.send('Input.imeSetComposition', { text: 'に', selectionStart: 1, selectionEnd: 1 });
    await editor.page.waitForTimeout(READS_THE_CHIP_MS);
    await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
    await editor.page.waitForTimeout(READS_THE_CHIP_MS);
    expect(await editor.chip()).toBeNull();
    await cdp.send('Input.insertText', { text: '日本' });
    await waitForChip(editor);
    expect(await editor.model()).toBe('Let me know if I can do anything 日本');
    expect(editor.errors).toEqual([]);
    await editor.page.close();
  });

  it('works with the keyboard alone and underlines the phrase without touching the editor', async () => {
    const editor = await openEditor('lexical');
    await typeDraft(editor);
    await waitForChip(editor);
    expect(await editor.page.evaluate(() => CSS.highlights.has('echt-phrase'))).toBe(true);
    const html = await editor.page.locator(editor.composer).innerHTML();
    await editor.page.waitForTimeout(READS_THE_CHIP_MS);

    await editor.page.keyboard.press('Alt+Shift+E');
    const focusedButton = () =>
      editor.page.evaluate(() => document.querySelector('echt-chip')?.shadowRoot?.activeElement?.textContent ?? null);
    expect(await focusedButton()).toBe(FIRST);
    // Escape goes back to the composer, with the text as it was.
    await editor.page.keyboard.press('Escape');
    expect(await editor.focused()).toBe(true);
    expect(await editor.chip()).toBeNull();
    expect(await editor.page.locator(editor.composer).innerHTML()).toBe(html);

    // A dismissed phrase stays away for this draft; a new draft brings the chip back.
    await editor.page.keyboard.type(' See you');
    await editor.page.waitForTimeout(READS_THE_CHIP_MS);
    expect(await editor.chip()).toBeNull();
    await editor.page.keyboard.press('Enter');
    await typeDraft(editor);
    await waitForChip(editor);
    await editor.page.waitForTimeout(READS_THE_CHIP_MS);

    // Into the chip, Tab to "More", open it, back to the second rewrite, take it.
    await editor.page.keyboard.press('Alt+Shift+E');
    await editor.page.keyboard.press('Tab');
    expect(await focusedButton()).toBe('More');
    await editor.page.keyboard.press('Enter');
    await editor.page.keyboard.press('Shift+Tab');
    expect(await focusedButton()).toBe(FOUND.suggestions.at(-1));
    await editor.page.keyboard.press('Shift+Tab');
    await editor.page.keyboard.press('Shift+Tab');
    expect(await focusedButton()).toBe(SECOND);
    await editor.page.keyboard.press('Enter');
    await expect.poll(() => editor.model()).toBe(withRewrite(SECOND));
    expect(await editor.focused()).toBe(true);
    expect(await editor.page.evaluate(() => CSS.highlights.has('echt-phrase'))).toBe(false);
    expect(editor.errors).toEqual([]);
    await editor.page.close();
  });

  it('is turned off and on again for a site, live, and stays off after a reload', async () => {
    const editor = await openEditor('textarea');
    const url = editor.page.url();
    const popup = await echt.context.newPage();
    await popup.goto(echt.url('popup.html'));
    const ask = (type: string, data: unknown) =>
      popup.evaluate(([type, data]) => chrome.runtime.sendMessage({ echt: 1, type, data }), [type, data] as const);

    await typeDraft(editor);
    await waitForChip(editor);
    expect(await ask('siteStatus', { url })).toMatchObject({ ok: true, value: { builtIn: true, enabled: true } });

    expect(await ask('setSiteEnabled', { url, enabled: false })).toMatchObject({
      ok: true,
      value: { ok: true, status: { enabled: false } },
    });
    await expect.poll(() => editor.page.locator('echt-chip').count()).toBe(0);
    await editor.page.keyboard.type(' Really.');
    await editor.page.waitForTimeout(READS_THE_CHIP_MS);
    expect(await editor.page.locator('echt-chip').count()).toBe(0);

    await editor.page.reload();
    await editor.page.waitForFunction(() => 'chatFixture' in window);
    await typeDraft(editor);
    await editor.page.waitForTimeout(READS_THE_CHIP_MS);
    expect(await editor.page.locator('echt-chip').count()).toBe(0);

    expect(await ask('setSiteEnabled', { url, enabled: true })).toMatchObject({
      ok: true,
      value: { ok: true, status: { enabled: true } },
    });
    await editor.page.keyboard.type(' ');
    await waitForChip(editor);
    expect(editor.errors).toEqual([]);
    await Promise.all([editor.page.close(), popup.close()]);
  });

  it('is pictured in a chat page for the README (npm run screenshots)', async () => {
    const editor = await openEditor('textarea');
    const draft = 'Hi Sam, so sorry to hear about your dad. Let me know if I can do anything!';
    await editor.page.locator(editor.composer).click();
    await editor.page.keyboard.type(draft);
    const chip = await waitForChip(editor);
    // What the picture shows: the card in view beside the draft, naming the kind of phrase,
    // with one rewrite offered and the phrase underlined in the text field; the draft as typed.
    const card = editor.page.locator('echt-chip .chip');
    expect(await card.locator('.kind').textContent()).toBe('Vague offer');
    expect(chip.rewrites.filter((rewrite) => !rewrite.hidden)).toHaveLength(1);
    expect(await editor.page.locator('echt-chip .mirror .mark').textContent()).toBe(
      'Let me know if I can do anything!',
    );
    const box = await card.boundingBox();
    const viewport = editor.page.viewportSize();
    expect(box && viewport && box.x >= 0 && box.y >= 0).toBe(true);
    expect(box && viewport && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
    expect(await editor.shown()).toBe(draft);
    await editor.page.screenshot({ path: join(ARTIFACTS, 'chip.png') });
    await editor.page.close();
  });
});
