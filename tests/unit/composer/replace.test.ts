// The order and the checks of replaceRange, with small stand-in editors. Whether real
// editors take each step is proven in Chromium (tests/e2e/replace.e2e.ts); happy-dom has
// neither execCommand nor StaticRange, so this file stands both in for the browser.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { placeSelection } from '../../../src/composer/caret';
import { replaceRange } from '../../../src/composer/replace';
import { draftOffset, readText } from '../../../src/composer/text';

const DRAFT = 'Hi Sam, let me know if I need anything. Thanks!';
const PHRASE = 'let me know if I need anything';
const START = DRAFT.indexOf(PHRASE);
const END = START + PHRASE.length;
const BETTER = "I'll take Friday's standup";
const EXPECTED = DRAFT.replace(PHRASE, BETTER);

/** Stands in for the browser's execCommand('insertText'): edits the selection in place. */
const execCommand = vi.fn((command: string, _ui?: boolean, text = '') => {
  if (command !== 'insertText') return false;
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement) {
    active.setRangeText(text, active.selectionStart, active.selectionEnd, 'end');
    return true;
  }
  insertAtSelection(text);
  return true;
});

function insertAtSelection(text: string): void {
  const range = document.getSelection()?.getRangeAt(0);
  if (!range) return;
  range.deleteContents();
  const node = document.createTextNode(text);
  range.insertNode(node);
  document.getSelection()?.setBaseAndExtent(node, text.length, node, text.length);
}

function editor(): HTMLElement {
  document.body.innerHTML = `<div id="editor" contenteditable="true"><p>${DRAFT}</p></div>`;
  return document.getElementById('editor') as HTMLElement;
}

/** An editor that keeps its own model: it takes `beforeinput` and cancels it. */
function onBeforeInput(composer: HTMLElement, apply: (event: InputEvent) => void): void {
  composer.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    apply(event as InputEvent);
  });
}

/** A key the user pressed: trusted, unlike any event a script makes. */
function userKey(key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function caret(composer: HTMLElement): number | null {
  const range = document.getSelection()?.getRangeAt(0);
  return range?.collapsed ? draftOffset(composer, range.startContainer, range.startOffset) : null;
}

beforeEach(() => {
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  vi.stubGlobal('StaticRange', class {});
});

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  execCommand.mockClear();
});

describe('replaceRange', () => {
  it('gives the text to an editor that takes beforeinput, and tries nothing else', async () => {
    const composer = editor();
    onBeforeInput(composer, (event) => insertAtSelection(event.data ?? ''));
    expect(await replaceRange(composer, START, END, BETTER)).toBe('beforeinput');
    expect(readText(composer)).toBe(EXPECTED);
    expect(execCommand).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(composer);
    expect(caret(composer)).toBe(START + BETTER.length);
  });

  it("falls back to the browser's own editing when no editor claims the input", async () => {
    const composer = editor();
    expect(await replaceRange(composer, START, END, BETTER)).toBe('insertText');
    expect(readText(composer)).toBe(EXPECTED);
    expect(caret(composer)).toBe(START + BETTER.length);
  });

  it('stops at a step that changed the draft into something else, so edits never pile up', async () => {
    const composer = editor();
    onBeforeInput(composer, () => insertAtSelection('?'));
    expect(await replaceRange(composer, START, END, BETTER)).toBeNull();
    // The edit takes in the full stop after the phrase (see widen in replace.ts).
    expect(readText(composer)).toBe(DRAFT.replace(`${PHRASE}.`, '?'));
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('reports failure and leaves the draft alone when nothing takes the text', async () => {
    const composer = editor();
    execCommand.mockReturnValueOnce(false);
    expect(await replaceRange(composer, START, END, BETTER)).toBeNull();
    expect(readText(composer)).toBe(DRAFT);
  });

  it('gives a textarea only the browser editing, which has its own undo', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.value = DRAFT;
    const events = vi.fn();
    field.addEventListener('beforeinput', events);
    expect(await replaceRange(field, START, END, BETTER)).toBe('insertText');
    expect(field.value).toBe(EXPECTED);
    expect([field.selectionStart, field.selectionEnd]).toEqual([START + BETTER.length, START + BETTER.length]);
    expect(events).not.toHaveBeenCalled();
  });

  it("lets the user's own undo stand when it lands before the step is checked", async () => {
    const composer = editor();
    const pasted = vi.fn();
    composer.addEventListener('paste', pasted);
    execCommand.mockImplementationOnce((_command, _ui, text = '') => {
      insertAtSelection(text);
      // The user presses Ctrl+Z at once: the editor undoes before Echt reads the draft again.
      queueMicrotask(() => {
        composer.dispatchEvent(userKey('z'));
        (composer.querySelector('p') as HTMLElement).textContent = DRAFT;
      });
      return true;
    });
    expect(await replaceRange(composer, START, END, BETTER)).toBeNull();
    expect(readText(composer)).toBe(DRAFT);
    expect(pasted).not.toHaveBeenCalled();
  });

  it('leaves the caret where the user put it when they type on during the replacement', async () => {
    const composer = editor();
    execCommand.mockImplementationOnce((_command, _ui, text = '') => {
      insertAtSelection(text);
      composer.dispatchEvent(userKey('a'));
      const text0 = composer.querySelector('p')?.firstChild as Text;
      document.getSelection()?.setBaseAndExtent(text0, 1, text0, 1);
      return true;
    });
    expect(await replaceRange(composer, START, END, BETTER)).toBe('insertText');
    expect(readText(composer)).toBe(EXPECTED);
    expect(caret(composer)).toBe(1);
  });

  it('waits for the frames of an editor that renders a claimed input late', async () => {
    const composer = editor();
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    let render: () => void = () => undefined;
    // The editor takes the input now and shows it at a later frame, at the selection it took.
    onBeforeInput(composer, (event) => {
      render = () => insertAtSelection(event.data ?? '');
    });
    const result = replaceRange(composer, START, END, BETTER);
    // A busy page: the clock passes the render limit before the editor's next frame.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const paint = () => {
      for (const callback of frames.splice(0)) callback(0);
    };
    paint();
    render();
    paint();
    expect(await result).toBe('beforeinput');
    expect(readText(composer)).toBe(EXPECTED);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('refuses a range outside the draft', async () => {
    const composer = editor();
    expect(await replaceRange(composer, START, DRAFT.length + 1, BETTER)).toBeNull();
    expect(execCommand).not.toHaveBeenCalled();
  });
});

describe('the undo around a replacement', () => {
  /** Every event the editor sees that could mark a step in its undo, in order. */
  function boundaries(composer: HTMLElement): string[] {
    const seen: string[] = [];
    composer.addEventListener('compositionend', () => seen.push('compositionend'));
    composer.addEventListener('beforeinput', (event) => seen.push((event as InputEvent).inputType));
    return seen;
  }

  it('takes in the character after the phrase, unchanged, so the edit ends past the caret', async () => {
    const composer = editor();
    const data: (string | null)[] = [];
    onBeforeInput(composer, (event) => {
      if (event.inputType !== 'insertReplacementText') return;
      data.push(event.data);
      insertAtSelection(event.data ?? '');
    });
    expect(await replaceRange(composer, START, END, BETTER)).toBe('beforeinput');
    expect(data).toEqual([`${BETTER}.`]);
    expect(readText(composer)).toBe(EXPECTED);
    // The caret goes after the new words, before the character taken in.
    expect(caret(composer)).toBe(START + BETTER.length);
  });

  it("ends an input unit before and after the edit, then an undo and a redo close the editor's group", async () => {
    const composer = editor();
    const seen = boundaries(composer);
    onBeforeInput(composer, (event) => {
      if (event.inputType === 'insertReplacementText') insertAtSelection(event.data ?? '');
    });
    expect(await replaceRange(composer, START, END, BETTER)).toBe('beforeinput');
    expect(seen).toEqual(['compositionend', 'insertReplacementText', 'compositionend', 'historyUndo', 'historyRedo']);
    expect(readText(composer)).toBe(EXPECTED);
  });

  it('makes the edit once more in an editor that takes the undo but not the redo', async () => {
    const composer = editor();
    const seen = boundaries(composer);
    onBeforeInput(composer, (event) => {
      if (event.inputType === 'insertReplacementText') insertAtSelection(event.data ?? '');
      if (event.inputType === 'historyUndo') (composer.querySelector('p') as HTMLElement).textContent = DRAFT;
    });
    expect(await replaceRange(composer, START, END, BETTER)).toBe('beforeinput');
    expect(readText(composer)).toBe(EXPECTED);
    expect(seen.filter((type) => type === 'insertReplacementText')).toHaveLength(2);
  });

  it('gives a text field neither boundary nor undo events: the browser keeps its undo itself', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.value = DRAFT;
    const seen = boundaries(field);
    expect(await replaceRange(field, START, END, BETTER)).toBe('insertText');
    expect(seen).toEqual([]);
  });

  it('waits until the draft has been still for a second, so the edit is not grouped with the last keys', async () => {
    const composer = editor();
    const result = replaceRange(composer, START, END, BETTER, { editedAt: performance.now() - 700 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(readText(composer)).toBe(DRAFT);
    expect(await result).toBe('insertText');
    expect(readText(composer)).toBe(EXPECTED);
  });

  it('does nothing when the user acts while it waits', async () => {
    const composer = editor();
    const result = replaceRange(composer, START, END, BETTER, { editedAt: performance.now() - 800 });
    composer.dispatchEvent(userKey('a'));
    expect(await result).toBeNull();
    expect(readText(composer)).toBe(DRAFT);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('selects what it is asked to inside the new text, such as a placeholder', async () => {
    const composer = editor();
    const text = 'Could I take [task] off your plate';
    expect(await replaceRange(composer, START, END, text, { select: { start: 13, end: 19 } })).toBe('insertText');
    const range = document.getSelection()?.getRangeAt(0);
    expect(range?.toString()).toBe('[task]');
  });

  it("puts the caret back where the user had it when the editor's undo brings the draft back", async () => {
    const composer = editor();
    placeSelection(composer, DRAFT.length);
    expect(await replaceRange(composer, START, END, BETTER)).toBe('insertText');
    const paragraph = composer.querySelector('p') as HTMLElement;
    // The editor's undo: the old text back, with the phrase selected as it was before the edit.
    paragraph.textContent = DRAFT;
    placeSelection(composer, START, END);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(caret(composer)).toBe(DRAFT.length);
    // Its redo, and the user typing on: the caret is theirs and the editor's again.
    paragraph.textContent = EXPECTED;
    await new Promise((resolve) => setTimeout(resolve, 0));
    paragraph.textContent = `${EXPECTED} See you`;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const moved = vi.spyOn(Selection.prototype, 'setBaseAndExtent');
    paragraph.textContent = DRAFT;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(moved).not.toHaveBeenCalled();
  });
});
