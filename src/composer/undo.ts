// Keeps the editor's own undo exact around a replacement: one Ctrl+Z gives back the draft
// as it was before the accept, with the caret where the user had it, and the user's
// typing before and after stays in steps of its own.
//
// Editors keep their own undo stacks and decide themselves where one step ends. What was
// measured in the fixture editors (tests/e2e/undo.e2e.ts), and what each boundary here is for:
//
// - Time. Quill groups every edit within 1 s of a group's first edit, ProseMirror edits less
//   than 0.5 s apart that touch each other. An edit made sooner after the user's last key is
//   undone together with their last words, so the replacement waits until the draft has been
//   still for HISTORY_GROUP_MS.
// - The end of an input unit. RoosterJS (Outlook) snapshots its undo at word boundaries, clicks,
//   cursor keys and the end of an IME composition, not per key: without a snapshot just before
//   the edit, Ctrl+Z went back to the last word boundary before the phrase and took what the
//   user typed after it too. A synthetic `compositionend` (with no text, and outside any
//   composition) is the boundary it recognises without side effects: the other editors look
//   at a composition's end only while they are composing. Sent before the edit and after it.
// - A new typing group after the edit. Quill and ProseMirror would fold typing that follows
//   within their grouping time into the replacement, so one Ctrl+Z would take both. Undo and
//   redo, sent as the `historyUndo` / `historyRedo` input events right after each other,
//   leave the text as it is and end the group in both (and in Lexical and Slate, which take
//   the same events); the browser's own editing and the editors that ignore the events are
//   untouched. The text is checked afterwards.
// - The browser's own typing (textarea, plain contenteditable) continues a typing step when
//   the caret has not been moved by a script since; setting the caret after the edit closes it.
// - Slate adds typing to the last edit when it starts exactly where that edit ended.
//   replace.ts therefore lets the edit take in one unchanged character after the phrase
//   where there is one, so that the edit ends past the caret (`widen`).
//
// Editors put the selection back as it was when the undone step began: the phrase Echt
// selected to replace it. `restoreCaretOnUndo` moves it to where the user's caret was.
import { type DraftSelection, placeSelection } from './caret';
import { isTextField, readText } from './text';

/** The longest that fixture editors group separate edits into one undo step (Quill's 1 s). */
export const HISTORY_GROUP_MS = 1000;

/** Resolves once HISTORY_GROUP_MS have passed since `editedAt` (a performance.now() time). */
export function afterHistoryGroup(editedAt: number | undefined): Promise<void> {
  const wait = editedAt === undefined ? 0 : editedAt + HISTORY_GROUP_MS - performance.now();
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}

/** The end of an input unit, for editors that snapshot their undo there (see above). */
export function markInputBoundary(composer: HTMLElement): void {
  if (isTextField(composer)) return;
  composer.dispatchEvent(new CompositionEvent('compositionend', { data: '', bubbles: true, composed: true }));
}

/**
 * Ends the editor's current undo group by an undo and a redo in the same task, for editors
 * that take them as input events; the others see two events they ignore. The caller
 * checks the draft once the editor had a chance to render it.
 */
export function closeUndoGroup(composer: HTMLElement): void {
  if (isTextField(composer)) return;
  for (const inputType of ['historyUndo', 'historyRedo']) {
    composer.dispatchEvent(
      new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true, composed: true }),
    );
  }
}

/**
 * After a replacement: while the draft is exactly `after`, the editor's undo that brings
 * back exactly `before` puts the caret back at `caret`, where the user had it; a redo is
 * left to the editor. Any other change of the draft ends the watch, as does `signal`.
 */
export function restoreCaretOnUndo(
  composer: HTMLElement,
  change: { before: string; after: string; caret: DraftSelection | null },
  signal?: AbortSignal,
): void {
  const { before, after, caret } = change;
  if (!caret || signal?.aborted) return;
  let shown = after;
  const stop = new AbortController();
  const check = () => {
    const text = readText(composer);
    if (text === shown) return;
    if (text === before && shown === after) {
      placeSelection(composer, caret.start, caret.end);
      shown = before;
    } else if (text === after && shown === before) {
      shown = after;
    } else {
      stop.abort();
    }
  };
  // A field's undo is an input event; an editor's shows as changes in its DOM, rendered
  // after its model, sometimes without any input event (model editors undo by key).
  if (isTextField(composer)) {
    composer.addEventListener('input', check, { signal: stop.signal });
  } else {
    const observer = new MutationObserver(check);
    observer.observe(composer, { subtree: true, childList: true, characterData: true });
    stop.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  signal?.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
}
