// Where the user's caret or selection is in a composer, as offsets into the draft, and
// putting it back: after a replacement, and when focus returns from the chip. A composer
// may sit in an open shadow root (web-component apps), where the document's selection
// only shows the shadow host: the selection is then read through getComposedRanges.
import { draftOffset, draftRange, isTextField } from './text';

export interface DraftSelection {
  start: number;
  end: number;
}

/** The selection as the composer's own tree sees it, or null when there is none. */
export function selectionRange(composer: HTMLElement): AbstractRange | null {
  const selection = composer.ownerDocument.getSelection();
  if (!selection?.rangeCount) return null;
  const root = composer.getRootNode();
  if (root instanceof ShadowRoot && typeof selection.getComposedRanges === 'function') {
    return selection.getComposedRanges({ shadowRoots: [root] })[0] ?? null;
  }
  return selection.getRangeAt(0);
}

/** Whether the composer has focus, also inside a shadow root. */
export function hasFocus(composer: HTMLElement): boolean {
  const root = composer.getRootNode();
  return (root instanceof ShadowRoot || root instanceof Document) && root.activeElement === composer;
}

/** The selection in the composer as draft offsets, or null when it is not inside the composer. */
export function draftSelection(composer: HTMLElement): DraftSelection | null {
  if (isTextField(composer)) return { start: composer.selectionStart ?? 0, end: composer.selectionEnd ?? 0 };
  const range = selectionRange(composer);
  if (!range || !composer.contains(range.startContainer) || !composer.contains(range.endContainer)) return null;
  return {
    start: draftOffset(composer, range.startContainer, range.startOffset),
    end: draftOffset(composer, range.endContainer, range.endOffset),
  };
}

/**
 * Focuses the composer and selects the draft's [start, end), a caret when they are equal,
 * unless exactly that is selected already (or `again`): editors move the caret themselves,
 * and setting it again would make them re-render for nothing.
 */
export function placeSelection(composer: HTMLElement, start: number, end = start, again = false): void {
  if (!hasFocus(composer)) composer.focus({ preventScroll: true });
  if (isTextField(composer)) {
    if (again || composer.selectionStart !== start || composer.selectionEnd !== end) {
      composer.setSelectionRange(start, end);
    }
    return;
  }
  const current = draftSelection(composer);
  if (!again && current?.start === start && current.end === end) return;
  const range = draftRange(composer, start, end);
  if (range) {
    composer.ownerDocument
      .getSelection()
      ?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  }
}
