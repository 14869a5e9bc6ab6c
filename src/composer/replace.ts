// Replaces part of the draft through the editor's own input path, so the editor's model,
// the DOM and the editor's undo stack agree: what the app sends is what the user sees, and
// one Ctrl+Z brings the old text back. Echt never writes `.value`, `textContent` or markup.
//
// Editors take input in different ways, so the ways are tried in a fixed order, and after
// each the draft is read again: a step counts only when the text is exactly the draft with
// the range replaced. When a step changes the text into anything else, nothing more is
// tried, so two edits never pile up.
//
// 1. `beforeinput` with inputType 'insertReplacementText' (the text in `data` and in a
//    text/plain `dataTransfer`, the range in `targetRanges`): what the browser sends when
//    spellcheck replaces a word. Editors that keep their own model handle it and cancel it
//    (Slate, Lexical, Quill, CKEditor 5); a synthetic event has no default action, so
//    everything else ignores it. It goes first because execCommand fires no beforeinput:
//    Slate, which only listens to beforeinput, would keep a stale model under a DOM that
//    looks right, and no check of the DOM could tell.
// 2. `document.execCommand('insertText')` on the selected range: the browser's own editing,
//    with its own undo entry. Text fields and plain contenteditable take it, and so do
//    editors that read the DOM back (ProseMirror, Draft.js). An editor that keeps the DOM
//    to itself puts its text back (CKEditor 5), which the check after the step notices.
// 3. A synthetic `paste` carrying text/plain on the selected range: rich editors that
//    handle neither still take pasted text; plain fields ignore an untrusted paste. It
//    relies on the editor having copied the DOM selection into its model (Slate does so
//    at most every 100 ms), which is why it comes last.
//
// The user may act while this runs: a quick Ctrl+Z, the next word, a click elsewhere.
// From then on the draft is theirs again. A step already taken stands, but no further
// step runs and the caret is left where they put it: otherwise an undo landing between a
// step and its check would look like a step that did nothing, and the next step would put
// the replacement back.
import { type DraftSelection, draftSelection, placeSelection, selectionRange } from './caret';
import { isTextField, readText } from './text';
import { afterHistoryGroup, closeUndoGroup, markInputBoundary, restoreCaretOnUndo } from './undo';

export type ReplaceStep = 'beforeinput' | 'insertText' | 'paste';

/** The order for rich editors; text fields only have the browser's own editing. */
const EDITOR_STEPS: readonly ReplaceStep[] = ['beforeinput', 'insertText', 'paste'];
const FIELD_STEPS: readonly ReplaceStep[] = ['insertText'];

/**
 * How long an editor that took a step may take to show it. React-based editors render a
 * frame or two later; this bounds the wait when an editor claims an input and then does
 * nothing, so the next step can run.
 */
const RENDER_LIMIT_MS = 300;
/** The longest wait for an editor to show a claimed input, frames or not. */
const RENDER_CAP_MS = 2000;

/** What the user does that makes the draft theirs again (only trusted events count). */
const USER_EVENTS = ['keydown', 'pointerdown', 'compositionstart', 'paste', 'drop'] as const;

/** A character that may be rewritten unchanged at the end of an edit: not a line, not part of a word. */
const WIDENING = /^[\s\p{P}\p{S}]$/u;

export interface ReplaceOptions {
  /** When the user last changed the draft (performance.now()): the edit waits out the editor's grouping. */
  editedAt?: number;
  /** Overrides the order of the steps, so tests can prove each step on its own. */
  steps?: readonly ReplaceStep[];
  /** What to select afterwards, as offsets into `replacement` (a placeholder); a caret after it by default. */
  select?: DraftSelection;
  /** Ends the watch that puts the caret back after an undo (the chip detached). */
  signal?: AbortSignal;
}

/**
 * Replaces the draft's characters [start, end) (offsets into `readText(composer)`) with
 * `replacement`. Resolves to the step that landed, or null when none did (the draft is
 * then as it was, or, if an editor changed it unexpectedly, left to the editor's undo; a
 * replacement equal to the text it replaces changes nothing and is null too).
 * Afterwards focus is on the composer with the caret after the new text (or `select` inside
 * it selected), and the editor's undo takes back exactly this edit (see undo.ts).
 */
export async function replaceRange(
  composer: HTMLElement,
  start: number,
  end: number,
  replacement: string,
  options: ReplaceOptions = {},
): Promise<ReplaceStep | null> {
  const before = readText(composer);
  if (start < 0 || end < start || end > before.length) return null;
  const expected = before.slice(0, start) + replacement + before.slice(end);
  if (expected === before) return null;
  const steps = options.steps ?? (isTextField(composer) ? FIELD_STEPS : EDITOR_STEPS);
  const caret = draftSelection(composer);
  const user = watchUser(composer.ownerDocument);
  try {
    await afterHistoryGroup(options.editedAt);
    if (user.acted) return null;
    const edit = widen(before, start, end, replacement);
    const step = await applySteps(composer, edit, steps, before, expected, user);
    if (!step) return null;
    // From now on: the user may undo at once, before the rest here is done.
    restoreCaretOnUndo(composer, { before, after: expected, caret }, options.signal);
    if (user.acted) return step;
    markInputBoundary(composer);
    closeUndoGroup(composer);
    // React editors render the undo and the redo a frame later, and put their caret back then.
    await rendered(composer.ownerDocument);
    if (user.acted) return step;
    // An editor that took the undo but not the redo: the edit is made once more, as it was.
    if (readText(composer) === before && (await applySteps(composer, edit, [step], before, expected, user)) !== step) {
      return null;
    }
    // Set even where it already is: a caret moved by a script ends the browser's typing step.
    const { start: from, end: to } = options.select ?? { start: replacement.length, end: replacement.length };
    placeSelection(composer, start + from, start + to, true);
    return step;
  } finally {
    user.stop();
  }
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edit that makes the replacement: the range and the new text, taking in the one
 * character after the phrase, unchanged, when it is a space or punctuation on the same
 * line. Editors that add typing to an edit ending where the caret is (Slate) then keep the
 * user's next words apart from it.
 */
function widen(text: string, start: number, end: number, replacement: string): Edit {
  const next = text.charAt(end);
  return WIDENING.test(next) ? { start, end: end + 1, text: replacement + next } : { start, end, text: replacement };
}

/** Tries each step in turn until one makes the draft `expected`; see the top of this file. */
async function applySteps(
  composer: HTMLElement,
  edit: Edit,
  steps: readonly ReplaceStep[],
  before: string,
  expected: string,
  user: { readonly acted: boolean },
): Promise<ReplaceStep | null> {
  // A boundary is an event the editor may answer with an update of its own; it settles first.
  markInputBoundary(composer);
  await nextTask();
  for (const step of steps) {
    if (!(await select(composer, edit.start, edit.end)) || user.acted) return null;
    const claimed = STEPS[step](composer, edit.text);
    const after = await settledText(composer, before, claimed);
    if (user.acted) return after === expected ? step : null;
    if (after === expected) return step;
    if (after !== before) return null;
  }
  return null;
}

/** Notes whether the user acts in the page from now on (our own events are never trusted). */
function watchUser(doc: Document): { readonly acted: boolean; stop(): void } {
  // The window's capture phase sees the event before the page can stop it.
  const target: EventTarget = doc.defaultView ?? doc;
  const stop = new AbortController();
  const watch = {
    acted: false,
    stop: () => stop.abort(),
  };
  for (const type of USER_EVENTS) {
    target.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) watch.acted = true;
      },
      { capture: true, signal: stop.signal },
    );
  }
  return watch;
}

/**
 * Focuses the composer and selects [start, end), as a user's selection would be. Returns
 * whether the selection could be made.
 */
async function select(composer: HTMLElement, start: number, end: number): Promise<boolean> {
  if (isTextField(composer) || selects(composer, start, end)) {
    placeSelection(composer, start, end);
    return true;
  }
  const seen = nextEvent(composer.ownerDocument, 'selectionchange');
  // One call, so the editor sees one selection change rather than an empty one first.
  placeSelection(composer, start, end, true);
  // Editors copy the DOM selection into their model on `selectionchange` (Quill,
  // Draft.js, CKEditor 5), some a task later (Slate debounces it).
  await seen;
  await nextTask();
  // Taking the selection, an editor may re-render around it (CKEditor 5 drops the filler
  // characters that held the caret), so check the selection as it is now.
  return selects(composer, start, end);
}

/** Whether the selection spans exactly the draft's [start, end) in `composer`. */
function selects(composer: HTMLElement, start: number, end: number): boolean {
  const selected = draftSelection(composer);
  return selected?.start === start && selected.end === end;
}

/** Each step; returns whether something claimed the input (a handled event, an edit made). */
const STEPS: Record<ReplaceStep, (composer: HTMLElement, text: string) => boolean> = {
  beforeinput(composer, text) {
    // The selection as it is now: a Range computed earlier may point into nodes the
    // editor has since replaced. Text fields have no target ranges, as in the spec.
    const range = isTextField(composer) ? null : selectionRange(composer);
    const event = new InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      data: text,
      dataTransfer: plainText(text),
      targetRanges: range ? [new StaticRange(range)] : [],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    return !composer.dispatchEvent(event);
  },
  insertText(composer, text) {
    // Deprecated but still the only way to edit through the browser's own undo stack.
    return composer.ownerDocument.execCommand('insertText', false, text);
  },
  paste(composer, text) {
    const event = new ClipboardEvent('paste', {
      clipboardData: plainText(text),
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    return !composer.dispatchEvent(event);
  },
};

function plainText(text: string): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/**
 * The draft once the editor has dealt with a step. Editors show an input in the same task
 * (browser editing), a microtask later (Lexical), or at their next render (React); they
 * undo a DOM edit they reject in a mutation observer. So: wait for the text to change
 * (when the step was claimed at all), then give the editor one more task.
 */
async function settledText(composer: HTMLElement, before: string, claimed: boolean): Promise<string> {
  if (claimed) await textChange(composer, before);
  await nextTask();
  return readText(composer);
}

/**
 * Resolves when the text differs from `before`, or when the editor has had both
 * RENDER_LIMIT_MS and two painted frames to show it: on a busy machine a render can
 * trail the clock, and a frame comes only after the renders queued before it. A hidden
 * tab paints no frames: RENDER_CAP_MS at the latest.
 */
async function textChange(composer: HTMLElement, before: string): Promise<void> {
  if (readText(composer) !== before) return;
  let observer: MutationObserver | undefined;
  const changed = new Promise<void>((resolve) => {
    observer = new MutationObserver(() => readText(composer) !== before && resolve());
    observer.observe(composer, { subtree: true, childList: true, characterData: true });
  });
  const shown = Promise.all([sleep(RENDER_LIMIT_MS), twoFrames(composer.ownerDocument)]);
  await Promise.race([changed, shown, sleep(RENDER_CAP_MS)]);
  observer?.disconnect();
}

/** Resolves at the next `type` event on `target`, or after RENDER_LIMIT_MS if none comes. */
function nextEvent(target: EventTarget, type: string): Promise<unknown> {
  const seen = new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
  return Promise.race([seen, sleep(RENDER_LIMIT_MS)]);
}

/** Resolves after two painted frames (at once where there are no frames). */
function twoFrames(doc: Document): Promise<unknown> {
  const view = doc.defaultView;
  return new Promise((resolve) =>
    view?.requestAnimationFrame ? view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)) : resolve(0),
  );
}

/** Resolves after two painted frames, or after RENDER_LIMIT_MS in a tab that paints none. */
function rendered(doc: Document): Promise<unknown> {
  return Promise.race([twoFrames(doc), sleep(RENDER_LIMIT_MS)]);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function nextTask(): Promise<void> {
  return sleep(0);
}
