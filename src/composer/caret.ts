// Where the user's caret or selection is in a composer, as offsets into the draft, and
// putting it back: after a replacement, and when focus returns from the chip.
import { draftOffset, draftRange, isTextField } from './text';

export interface DraftSelection {
  start: number;
  end: number;
}

/** The selection in the composer as draft offsets, or null when it is not inside the composer. */
export function draftSelection(composer: HTMLElement): DraftSelection | null {
  if (isTextField(composer)) return { start: composer.selectionStart ?? 0, end: composer.selectionEnd ?? 0 };
  const selection = composer.ownerDocument.getSelection();
  if (!selection?.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!composer.contains(range.startContainer) || !composer.contains(range.endContainer)) return null;
  return {
    start: draftOffset(composer, range.startContainer, range.startOffset),
    end: draftOffset(composer, range.endContainer, range.endOffset),
  };
}

/**
 * Focuses the composer and selects the draft's [start, end), a caret when they are equal,
 * unless exactly that is selected already: editors move the caret themselves, and setting
 * it again would make them re-render for nothing.
 */
export function placeSelection(composer: HTMLElement, start: number, end = start): void {
  if (composer.ownerDocument.activeElement !== composer) composer.focus({ preventScroll: true });
  if (isTextField(composer)) {
    if (composer.selectionStart !== start || composer.selectionEnd !== end) composer.setSelectionRange(start, end);
    return;
  }
  const current = draftSelection(composer);
  if (current?.start === start && current.end === end) return;
  const range = draftRange(composer, start, end);
  if (range) {
    composer.ownerDocument
      .getSelection()
      ?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  }
}
